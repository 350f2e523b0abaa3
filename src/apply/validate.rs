//! Validation rules and messages, after the GOV.UK Design System: checked when the visitor
//! presses Continue, one specific message per problem, never "invalid".

use super::answers::{Answers, Field};
use super::cohorts::check_cohort;
use super::config::{offers, ApplyConfig};
use super::steps::StepId;
use crate::platform::clock::Date;
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

/// Every problem on `step`'s page, in page order, on the visitor's day `today` (start
/// dates close). Empty means the visitor may continue.
pub fn validate_step(
    step: StepId,
    answers: &Answers,
    config: &ApplyConfig,
    today: Date,
) -> Vec<FieldError> {
    Field::of_step(step)
        .filter_map(|field| {
            check_field(field, answers, config, today)
                .err()
                .map(|message| FieldError { field, message })
        })
        .collect()
}

/// The answers on `step` that were given but no longer hold on `today`: a start date
/// that has closed since. Shown as soon as the visitor is sent back to that page.
pub fn withdrawn_answers(
    step: StepId,
    answers: &Answers,
    config: &ApplyConfig,
    today: Date,
) -> Vec<FieldError> {
    validate_step(step, answers, config, today)
        .into_iter()
        .filter(|error| error.field == Field::Cohort && !answers.cohort.is_empty())
        .collect()
}

/// Checks one answer.
pub fn check_field(
    field: Field,
    answers: &Answers,
    config: &ApplyConfig,
    today: Date,
) -> Result<(), String> {
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
        Field::Cohort => check_cohort(config, &answers.cohort, today),
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
pub mod tests;
