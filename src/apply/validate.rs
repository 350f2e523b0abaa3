//! Validation rules and messages, after the GOV.UK Design System: checked when the visitor
//! presses Continue, one specific message per problem, never "invalid".

use super::answers::{Answers, Field};
use super::config::{offers, ApplyConfig};
use super::steps::StepId;
use crate::ui::text::{group_thousands, plural};

pub const MOTIVATION_MIN_CHARS: usize = 50;
pub const MOTIVATION_MAX_CHARS: usize = 2_000;
const NAME_MAX_CHARS: usize = 200;
const EMAIL_MAX_CHARS: usize = 254;
const URL_MAX_CHARS: usize = 2_000;

/// A problem with one answer, in the words shown to the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

/// Every problem on `step`'s page, in page order. Empty means the visitor may continue.
pub fn validate_step(step: StepId, answers: &Answers, config: &ApplyConfig) -> Vec<FieldError> {
    Field::of_step(step)
        .filter_map(|field| {
            check_field(field, answers, config)
                .err()
                .map(|message| FieldError { field, message })
        })
        .collect()
}

/// Checks one answer.
pub fn check_field(field: Field, answers: &Answers, config: &ApplyConfig) -> Result<(), String> {
    match field {
        Field::FullName => check_name(&answers.full_name),
        Field::Email => check_email(&answers.email),
        Field::Phone => check_phone(&answers.phone),
        Field::Country => {
            if config.countries.iter().any(|c| c == &answers.country) {
                Ok(())
            } else {
                Err("Select the country you live in".into())
            }
        }
        Field::Situation => choice(
            &config.situations,
            &answers.situation,
            "Select your current situation",
        ),
        Field::Experience => choice(
            &config.experience_levels,
            &answers.experience,
            "Select how much programming experience you have",
        ),
        Field::Languages => {
            if answers
                .languages
                .iter()
                .all(|l| offers(&config.languages, l))
            {
                Ok(())
            } else {
                Err("Select the languages you have used from the list".into())
            }
        }
        Field::Track => choice(
            &config.tracks,
            &answers.track,
            "Select the track you want to take",
        ),
        Field::Cohort => choice(
            &config.cohorts,
            &answers.cohort,
            "Select when you want to start",
        ),
        Field::Motivation => check_motivation(&answers.motivation),
        Field::PortfolioUrl => check_url(&answers.portfolio_url),
        Field::HeardFrom => {
            let value = answers.heard_from.as_str();
            if value.is_empty() || offers(&config.heard_from, value) {
                Ok(())
            } else {
                Err("Select how you heard about us from the list".into())
            }
        }
        Field::Consent => {
            if answers.consent {
                Ok(())
            } else {
                Err("Confirm that you agree to Melsoft Academy using your answers to assess your application".into())
            }
        }
    }
}

fn choice(choices: &[super::config::Choice], value: &str, message: &str) -> Result<(), String> {
    if offers(choices, value) {
        Ok(())
    } else {
        Err(message.into())
    }
}

/// Letters of any script (with their combining marks), apostrophes, hyphens and spaces.
pub fn check_name(name: &str) -> Result<(), String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("Enter your full name".into());
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(format!(
            "Full name must be {NAME_MAX_CHARS} characters or fewer"
        ));
    }
    let allowed =
        |c: char| c.is_alphabetic() || is_combining_mark(c) || is_name_punctuation(c) || c == ' ';
    if !name.chars().all(allowed) || !name.chars().any(char::is_alphabetic) {
        return Err("Full name must only include letters, hyphens, spaces and apostrophes".into());
    }
    Ok(())
}

fn is_name_punctuation(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}'
            | '\u{02BC}'
            | '-'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{00A0}'
            | '\u{200C}'
            | '\u{200D}'
    )
}

/// Marks that attach to letters (accents, Indic vowel signs and viramas, Arabic harakat…).
/// `char::is_alphabetic` covers many of them but not all, so the common blocks are listed.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957
        | 0x0962..=0x0963 | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x0A01..=0x0A03 | 0x0A3C..=0x0A51
        | 0x0A81..=0x0A83 | 0x0ABC..=0x0ACD | 0x0B01..=0x0B03 | 0x0B3C..=0x0B57 | 0x0B82
        | 0x0BBE..=0x0BCD | 0x0C00..=0x0C04 | 0x0C3C..=0x0C56 | 0x0C81..=0x0C83 | 0x0CBC..=0x0CD6
        | 0x0D00..=0x0D03 | 0x0D3B..=0x0D57 | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0x3099..=0x309A | 0xFE20..=0xFE2F)
}

pub fn check_email(email: &str) -> Result<(), String> {
    let email = email.trim();
    if email.is_empty() {
        return Err("Enter your email address".into());
    }
    if email.chars().count() > EMAIL_MAX_CHARS {
        return Err(format!(
            "Email address must be {EMAIL_MAX_CHARS} characters or fewer"
        ));
    }
    if is_email(email) {
        Ok(())
    } else {
        Err("Enter an email address in the correct format, like name@example.com".into())
    }
}

/// A practical email check: one @, a sensible local part, and a domain with a dot.
fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    if domain.contains('@') || local.is_empty() || local.chars().count() > 64 {
        return false;
    }
    let local_ok = local
        .chars()
        .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.chars().count() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| {
            tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit())
        });
    local_ok && domain_ok
}

/// Optional. Digits with the usual separators, an optional leading +, 7 to 15 digits.
pub fn check_phone(phone: &str) -> Result<(), String> {
    let phone = phone.trim();
    if phone.is_empty() {
        return Ok(());
    }
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let body = phone.strip_prefix('+').unwrap_or(phone);
    let allowed = body
        .chars()
        .all(|c| c.is_ascii_digit() || " -().".contains(c));
    if allowed && (7..=15).contains(&digits) {
        Ok(())
    } else {
        Err("Enter a phone number, like 021 123 4567 or +27 21 123 4567".into())
    }
}

pub fn check_motivation(text: &str) -> Result<(), String> {
    let count = char_count(text);
    if count == 0 {
        Err("Enter why you want to become a backend developer".into())
    } else if count < MOTIVATION_MIN_CHARS {
        Err(format!(
            "Why you want to become a backend developer must be {MOTIVATION_MIN_CHARS} characters or more"
        ))
    } else if count > MOTIVATION_MAX_CHARS {
        Err("Why you want to become a backend developer must be 2,000 characters or fewer".into())
    } else {
        Ok(())
    }
}

/// Characters as the visitor counts them: Unicode scalar values of the trimmed text.
pub fn char_count(text: &str) -> usize {
    text.trim().chars().count()
}

/// The live message under the motivation box (GOV.UK character count pattern).
pub fn character_count_message(text: &str) -> String {
    let count = char_count(text) as u64;
    let (min, max) = (MOTIVATION_MIN_CHARS as u64, MOTIVATION_MAX_CHARS as u64);
    if count > max {
        let over = count - max;
        format!(
            "You have {} character{} too many",
            group_thousands(over),
            plural(over)
        )
    } else if count < min {
        let needed = min - count;
        format!("Enter at least {needed} more character{}", plural(needed))
    } else {
        let left = max - count;
        format!(
            "You have {} character{} remaining",
            group_thousands(left),
            plural(left)
        )
    }
}

/// Optional. A full web link: http or https, a host with a dot, no spaces.
pub fn check_url(url: &str) -> Result<(), String> {
    let url = url.trim();
    if url.is_empty() {
        return Ok(());
    }
    if is_web_link(url) {
        Ok(())
    } else {
        Err(
            "Enter a link that starts with http:// or https://, like https://github.com/your-name"
                .into(),
        )
    }
}

fn is_web_link(url: &str) -> bool {
    if url.chars().count() > URL_MAX_CHARS
        || url.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    !host.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        && !"<>\"'`".chars().any(|c| url.contains(c))
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::apply::config::apply_config;

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
            motivation: "I want to build the systems behind the apps I use every day, reliably."
                .into(),
            portfolio_url: String::new(),
            heard_from: String::new(),
            consent: false,
        }
    }

    fn check(field: Field, value: &str) -> Result<(), String> {
        let mut answers = complete_answers();
        answers.set_text(field, value.into());
        check_field(field, &answers, apply_config())
    }

    const NAME_FORMAT: &str =
        "Full name must only include letters, hyphens, spaces and apostrophes";
    const EMAIL_FORMAT: &str =
        "Enter an email address in the correct format, like name@example.com";
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
        assert!(check_field(Field::Languages, &answers, config).is_ok());
        answers.languages = vec!["cobol".into()];
        assert!(check_field(Field::Languages, &answers, config).is_err());
    }

    #[test]
    fn a_page_reports_every_problem_in_order() {
        let config = apply_config();
        let errors = validate_step(StepId::AboutYou, &Answers::default(), config);
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::FullName, Field::Email, Field::Country]);
        assert!(validate_step(StepId::CheckAnswers, &Answers::default(), config).is_empty());
        let mut answers = complete_answers();
        assert_eq!(
            validate_step(StepId::Consent, &answers, config)[0].field,
            Field::Consent
        );
        answers.consent = true;
        assert!(validate_step(StepId::Consent, &answers, config).is_empty());
    }
}
