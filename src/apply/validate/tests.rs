//! The validation table and its edge cases: every question, good and bad input, and the
//! messages a visitor reads.

use super::*;
use crate::apply::config::apply_config;

/// The visitor's day in tests: before every configured start date closes.
pub fn today() -> Date {
    Date::parse("2026-11-25").unwrap()
}

/// Answers that pass every question page (consent not yet given).
pub fn complete_answers() -> Answers {
    Answers {
        full_name: "Thandiwe Nkosi".into(),
        email: "thandi@example.com".into(),
        phone: String::new(),
        country: "South Africa".into(),
        situation: "student".into(),
        experience: "some".into(),
        languages: vec!["python".into()],
        track: "python".into(),
        cohort: "2027-02-01".into(),
        motivation: "I want to build the systems behind the apps I use every day, reliably.".into(),
        portfolio_url: String::new(),
        heard_from: String::new(),
        consent: false,
    }
}

fn check(field: Field, value: &str) -> Result<(), String> {
    let mut answers = complete_answers();
    answers.set_text(field, value.into());
    check_field(field, &answers, apply_config(), today())
}

const NAME_FORMAT: &str = "Full name must only include letters, hyphens, spaces and apostrophes";
const EMAIL_FORMAT: &str = "Enter an email address in the correct format, like name@example.com";
const PHONE_FORMAT: &str = "Enter a phone number, like 021 123 4567 or +27 21 123 4567";
const URL_FORMAT: &str =
    "Enter a link that starts with http:// or https://, like https://github.com/your-name";

/// (field, input, expected message or None when valid)
fn table() -> Vec<(Field, String, Option<&'static str>)> {
    let ok = |f: Field, s: &str| (f, s.to_owned(), None);
    let bad = |f: Field, s: &str, m: &'static str| (f, s.to_owned(), Some(m));
    vec![
        ok(Field::FullName, "Thandiwe Nkosi"),
        ok(Field::FullName, "Zoë O'Brien-Smith"),
        ok(Field::FullName, "Seán Ó Briain"),
        ok(Field::FullName, "D’Angelo"),
        ok(Field::FullName, "محمد عبد الله"),
        ok(Field::FullName, "דוד לוי"),
        ok(Field::FullName, "李小龙"),
        ok(Field::FullName, "Nguyễn Thị Minh Khai"),
        ok(Field::FullName, "अनिल कुमार"),
        ok(Field::FullName, "Ἀλέξανδρος"),
        ok(Field::FullName, "  Jo  "),
        ok(Field::FullName, "Renée\u{301}"),
        bad(Field::FullName, "", "Enter your full name"),
        bad(Field::FullName, "   ", "Enter your full name"),
        bad(Field::FullName, "R2-D2", NAME_FORMAT),
        bad(Field::FullName, "Jo 😀", NAME_FORMAT),
        bad(Field::FullName, "<script>alert(1)</script>", NAME_FORMAT),
        bad(Field::FullName, "<b>Bold</b>", NAME_FORMAT),
        bad(
            Field::FullName,
            "Robert'); DROP TABLE students;--",
            NAME_FORMAT,
        ),
        bad(Field::FullName, "'-'", NAME_FORMAT),
        bad(Field::FullName, "name@example.com", NAME_FORMAT),
        bad(Field::FullName, "\u{202E}evil", NAME_FORMAT),
        ok(Field::Email, "name@example.com"),
        ok(Field::Email, "first.last+tag@sub.example.co.za"),
        ok(Field::Email, "  padded@example.com  "),
        ok(Field::Email, "josé@bücher.de"),
        bad(Field::Email, "", "Enter your email address"),
        bad(Field::Email, "name", EMAIL_FORMAT),
        bad(Field::Email, "name@", EMAIL_FORMAT),
        bad(Field::Email, "@example.com", EMAIL_FORMAT),
        bad(Field::Email, "name@example", EMAIL_FORMAT),
        bad(Field::Email, "name@@example.com", EMAIL_FORMAT),
        bad(Field::Email, "na me@example.com", EMAIL_FORMAT),
        bad(Field::Email, "name@example..com", EMAIL_FORMAT),
        bad(Field::Email, ".name@example.com", EMAIL_FORMAT),
        bad(Field::Email, "name@-example.com", EMAIL_FORMAT),
        bad(Field::Email, "name@example.c", EMAIL_FORMAT),
        bad(Field::Email, "name@1.2.3.4", EMAIL_FORMAT),
        bad(Field::Email, "<script>@example.com", EMAIL_FORMAT),
        ok(Field::Phone, ""),
        ok(Field::Phone, "021 123 4567"),
        ok(Field::Phone, "+27 (21) 123-4567"),
        bad(Field::Phone, "12345", PHONE_FORMAT),
        bad(Field::Phone, "call me", PHONE_FORMAT),
        bad(Field::Phone, "++27 21 123 4567", PHONE_FORMAT),
        bad(Field::Phone, "1234567890123456", PHONE_FORMAT),
        ok(Field::PortfolioUrl, ""),
        ok(Field::PortfolioUrl, "https://github.com/thandi"),
        ok(Field::PortfolioUrl, "HTTP://Example.com/path?q=1#x"),
        ok(Field::PortfolioUrl, "https://thandi.dev:8443/"),
        bad(Field::PortfolioUrl, "github.com/thandi", URL_FORMAT),
        bad(Field::PortfolioUrl, "javascript:alert(1)", URL_FORMAT),
        bad(Field::PortfolioUrl, "ftp://example.com", URL_FORMAT),
        bad(Field::PortfolioUrl, "https://", URL_FORMAT),
        bad(Field::PortfolioUrl, "https://localhost", URL_FORMAT),
        bad(Field::PortfolioUrl, "https://exa mple.com", URL_FORMAT),
        bad(
            Field::PortfolioUrl,
            "https://example.com/\"><script>",
            URL_FORMAT,
        ),
        ok(Field::Country, "South Africa"),
        bad(Field::Country, "", "Select the country you live in"),
        bad(Field::Country, "Atlantis", "Select the country you live in"),
        bad(
            Field::Situation,
            "astronaut",
            "Select your current situation",
        ),
        bad(
            Field::Experience,
            "",
            "Select how much programming experience you have",
        ),
        bad(Field::Track, "rust", "Select the track you want to take"),
        ok(Field::Cohort, "2027-05-03"),
        bad(Field::Cohort, "2020-01-01", "Select when you want to start"),
        ok(Field::HeardFrom, ""),
        bad(
            Field::HeardFrom,
            "tv",
            "Select how you heard about us from the list",
        ),
    ]
}

#[test]
fn the_validation_table_holds() {
    let rows = table();
    assert!(rows.len() >= 50, "the table must keep at least 50 inputs");
    for (field, input, expected) in rows {
        let got = check(field, &input).err();
        assert_eq!(got.as_deref(), expected, "{field:?} {input:?}");
    }
}

#[test]
fn very_long_text_gets_a_message_not_a_crash() {
    let long = "a".repeat(100_000);
    assert_eq!(
        check(Field::FullName, &long).unwrap_err(),
        "Full name must be 200 characters or fewer"
    );
    assert_eq!(
        check(Field::Email, &format!("{long}@example.com")).unwrap_err(),
        "Email address must be 254 characters or fewer"
    );
    assert_eq!(
        check(Field::Motivation, &long).unwrap_err(),
        "Why you want to become a backend developer must be 2,000 characters or fewer"
    );
    assert_eq!(
        check(Field::PortfolioUrl, &format!("https://example.com/{long}")).unwrap_err(),
        URL_FORMAT
    );
    assert_eq!(
        check(Field::Phone, &"1".repeat(100_000)).unwrap_err(),
        PHONE_FORMAT
    );
}

#[test]
fn motivation_counts_characters_not_bytes() {
    let emoji_50 = "🚀".repeat(50);
    assert!(check(Field::Motivation, &emoji_50).is_ok());
    assert!(check(Field::Motivation, &"🚀".repeat(49))
        .unwrap_err()
        .contains("50 characters or more"));
    assert!(check(Field::Motivation, &format!("  {}  ", "x".repeat(49))).is_err());
    assert_eq!(
        check(Field::Motivation, "").unwrap_err(),
        "Enter why you want to become a backend developer"
    );
    assert!(check(Field::Motivation, &"<script>alert(1)</script>".repeat(3)).is_ok());
}

#[test]
fn the_character_count_talks_like_govuk() {
    assert_eq!(
        character_count_message(""),
        "Enter at least 50 more characters"
    );
    assert_eq!(
        character_count_message(&"x".repeat(49)),
        "Enter at least 1 more character"
    );
    assert_eq!(
        character_count_message(&"x".repeat(50)),
        "You have 1,950 characters remaining"
    );
    assert_eq!(
        character_count_message(&"x".repeat(1_999)),
        "You have 1 character remaining"
    );
    assert_eq!(
        character_count_message(&"x".repeat(2_003)),
        "You have 3 characters too many"
    );
}

#[test]
fn languages_must_come_from_the_list() {
    let config = apply_config();
    let mut answers = complete_answers();
    answers.languages = vec![];
    assert!(check_field(Field::Languages, &answers, config, today()).is_ok());
    answers.languages = vec!["cobol".into()];
    assert!(check_field(Field::Languages, &answers, config, today()).is_err());
}

#[test]
fn a_page_reports_every_problem_in_order() {
    let config = apply_config();
    let errors = validate_step(StepId::AboutYou, &Answers::default(), config, today());
    let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, [Field::FullName, Field::Email, Field::Country]);
    assert!(validate_step(StepId::CheckAnswers, &Answers::default(), config, today()).is_empty());
    let mut answers = complete_answers();
    assert_eq!(
        validate_step(StepId::Consent, &answers, config, today())[0].field,
        Field::Consent
    );
    answers.consent = true;
    assert!(validate_step(StepId::Consent, &answers, config, today()).is_empty());
}
