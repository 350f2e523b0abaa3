//! The JSON body posted to the admissions endpoint. Its contract is the JSON Schema
//! `public/application.schema.json` (shipped in the build, described in docs/admissions.md); any
//! change to its shape bumps `schema_version` there and in `src/content/application.json`.

use super::answers::Answers;
use super::cohorts::cohort_sent;
use crate::routing::attribution::Attribution;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Header carrying the idempotency key, so the endpoint can drop repeats.
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Payload {
    pub schema_version: u32,
    pub reference: String,
    /// Equal to the reference: a retry of the same application carries the same key.
    pub idempotency_key: String,
    /// ISO 8601, UTC, fixed on the first attempt.
    pub submitted_at: String,
    pub track: String,
    /// The start date chosen ("2027-02-01"), or `None` for the next cohort.
    pub cohort: Option<String>,
    pub answers: PayloadAnswers,
    pub signals: Signals,
    /// Where the application came from (see `routing::attribution`).
    pub attribution: PayloadAttribution,
    /// The host's hidden fields (`data-field-campus="Lagos"` → `"campus": "Lagos"`).
    pub fields: BTreeMap<String, String>,
}

/// Where an application came from: the visit's campaign, click ids, referring origin and
/// landing page, and the page it was sent from. Every value bounded; `null` when unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayloadAttribution {
    #[serde(flatten)]
    pub visit: Attribution,
    /// The path of the host page the visitor sent the application from.
    pub sent_from_path: Option<String>,
}

/// What the host and the visit add to an application beside the answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Source {
    pub attribution: PayloadAttribution,
    pub fields: Vec<(String, String)>,
}

/// What the endpoint can use to tell people from bots; the wizard never blocks anyone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signals {
    /// The hidden field people never see, hear or reach; only software fills it.
    pub honeypot: String,
    /// Whole seconds from the first answer to the first attempt to send.
    pub seconds_to_complete: u64,
}

/// Answers as sent: trimmed, with optional ones that were left empty as `null`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PayloadAnswers {
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub country: String,
    pub situation: String,
    pub experience: String,
    pub languages: Vec<String>,
    pub motivation: String,
    pub portfolio_url: Option<String>,
    pub heard_from: Option<String>,
    pub privacy_consent: bool,
}

fn optional(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

impl Payload {
    pub fn new(
        schema_version: u32,
        reference: &str,
        submitted_at: &str,
        answers: &Answers,
        signals: Signals,
        source: &Source,
    ) -> Payload {
        Payload {
            schema_version,
            reference: reference.to_owned(),
            idempotency_key: reference.to_owned(),
            submitted_at: submitted_at.to_owned(),
            track: answers.track.clone(),
            cohort: cohort_sent(&answers.cohort),
            answers: PayloadAnswers::new(answers),
            signals,
            attribution: source.attribution.clone(),
            fields: source.fields.iter().cloned().collect(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl PayloadAnswers {
    pub fn new(answers: &Answers) -> PayloadAnswers {
        PayloadAnswers {
            full_name: answers.full_name.trim().to_owned(),
            email: answers.email.trim().to_owned(),
            phone: optional(&answers.phone),
            country: answers.country.clone(),
            situation: answers.situation.clone(),
            experience: answers.experience.clone(),
            languages: answers.languages.clone(),
            motivation: answers.motivation.trim().to_owned(),
            portfolio_url: optional(&answers.portfolio_url),
            heard_from: optional(&answers.heard_from),
            privacy_consent: answers.consent,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply::validate::tests::complete_answers;

    /// The payload for `answers`, as the endpoint reads it.
    fn sent(answers: &Answers) -> serde_json::Value {
        let payload = Payload::new(
            2,
            "MA-2345-6789",
            "t",
            answers,
            signals(),
            &Source::default(),
        );
        serde_json::from_str(&payload.to_json()).unwrap()
    }

    fn signals() -> Signals {
        Signals {
            honeypot: String::new(),
            seconds_to_complete: 412,
        }
    }

    #[test]
    fn the_payload_has_the_documented_shape() {
        let mut answers = complete_answers();
        answers.consent = true;
        answers.phone = "  ".into();
        answers.full_name = "  Thandiwe Nkosi ".into();
        let json = Payload::new(
            2,
            "MA-2345-6789",
            "2026-11-24T10:00:00.000Z",
            &answers,
            signals(),
            &Source::default(),
        )
        .to_json();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["schema_version"], 2);
        assert_eq!(value["reference"], "MA-2345-6789");
        assert_eq!(value["idempotency_key"], "MA-2345-6789");
        assert_eq!(value["submitted_at"], "2026-11-24T10:00:00.000Z");
        assert_eq!(value["track"], "python");
        assert_eq!(value["cohort"], "2027-02-01");
        assert_eq!(value["answers"]["full_name"], "Thandiwe Nkosi");
        assert_eq!(value["answers"]["phone"], serde_json::Value::Null);
        assert_eq!(value["answers"]["languages"][0], "python");
        assert_eq!(value["answers"]["privacy_consent"], true);
        assert_eq!(value["signals"]["honeypot"], "");
        assert_eq!(value["signals"]["seconds_to_complete"], 412);
        assert_eq!(value["attribution"]["utm_source"], serde_json::Value::Null);
        assert_eq!(
            value["attribution"]["sent_from_path"],
            serde_json::Value::Null
        );
        assert_eq!(value["fields"], serde_json::json!({}));
        answers.cohort = crate::apply::cohorts::NEXT_COHORT.into();
        let value = sent(&answers);
        assert_eq!(value["cohort"], serde_json::Value::Null);
    }

    #[test]
    fn markup_is_sent_as_plain_text() {
        let mut answers = complete_answers();
        answers.motivation = "<script>alert(\"x\")</script>".into();
        let value = sent(&answers);
        assert_eq!(
            value["answers"]["motivation"],
            "<script>alert(\"x\")</script>"
        );
    }
}
