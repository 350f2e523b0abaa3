//! The draft application saved in the browser on every change, so a reload or a closed tab
//! loses nothing, and the receipt kept after sending so the confirmation survives a reload:
//! its reference and date for good, its copy of the answers for [`ANSWERS_KEPT_DAYS`].

use super::answers::Answers;
use super::payload::Signals;
use super::steps::StepId;
use crate::platform::clock::Date;
use crate::platform::storage::{Area, Restored, Versioned};
use serde::{Deserialize, Serialize};

/// How long the confirmation keeps a copy of the answers on the device (the page says so).
pub const ANSWERS_KEPT_DAYS: i64 = 30;

/// Where the draft is kept; drafts of another version are discarded with a notice.
pub const DRAFT_STORE: Versioned = Versioned {
    key: "career-guide:application-draft",
    version: 1,
    area: Area::Local,
};

/// Where the receipt of a sent application is kept.
pub const RECEIPT_STORE: Versioned = Versioned {
    key: "career-guide:application-receipt",
    version: 2,
    area: Area::Local,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub step: StepId,
    pub answers: Answers,
    /// Fixed on the first attempt to send, so retries and double clicks are one application.
    pub reference: Option<String>,
    pub submitted_at: Option<String>,
    /// The hidden field's value (see `Signals::honeypot`).
    #[serde(default)]
    pub honeypot: String,
    /// When the first answer was given, in milliseconds since 1970 (UTC).
    #[serde(default)]
    pub first_answer_at: Option<i64>,
    /// Fixed with the reference on the first attempt, so a retry sends the same body.
    #[serde(default)]
    pub signals: Option<Signals>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            step: StepId::AboutYou,
            answers: Answers::default(),
            reference: None,
            submitted_at: None,
            honeypot: String::new(),
            first_answer_at: None,
            signals: None,
        }
    }
}

impl Draft {
    pub fn to_json(&self) -> String {
        DRAFT_STORE.encode(self)
    }

    pub fn restore(stored: Option<&str>) -> Restored<Draft> {
        Draft::usable(DRAFT_STORE.decode(stored))
    }

    /// A draft never stands at the confirmation: that page belongs to a receipt.
    pub fn usable(restored: Restored<Draft>) -> Restored<Draft> {
        match restored {
            Restored::Found(draft) if draft.step == StepId::Confirmation => Restored::Discarded,
            other => other,
        }
    }

    /// True when the visitor has typed or chosen nothing yet.
    pub fn is_blank(&self) -> bool {
        self.answers == Answers::default()
    }

    /// Notes the time of an answer; only the first one counts.
    pub fn answered_at(&mut self, epoch_ms: f64) {
        self.first_answer_at.get_or_insert(epoch_ms as i64);
    }

    /// The signals as sent, fixed on the first call: the honeypot's value and the whole
    /// seconds from the first answer until `epoch_ms`.
    pub fn signals(&mut self, epoch_ms: f64) -> Signals {
        let started = self.first_answer_at.unwrap_or(epoch_ms as i64);
        let honeypot = &self.honeypot;
        self.signals
            .get_or_insert_with(|| Signals {
                honeypot: honeypot.clone(),
                seconds_to_complete: u64::try_from((epoch_ms as i64 - started) / 1000).unwrap_or(0),
            })
            .clone()
    }
}

/// What stays on the device after sending: the reference and date for the confirmation
/// page, and a copy of the answers until `answers_kept_until`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub reference: String,
    pub submitted_at: String,
    /// `None` once removed by the visitor or past `answers_kept_until`.
    pub answers: Option<Answers>,
    pub answers_kept_until: Date,
}

impl Receipt {
    /// The receipt of an application accepted on `today`.
    pub fn new(reference: String, submitted_at: String, answers: Answers, today: Date) -> Receipt {
        Receipt {
            reference,
            submitted_at,
            answers: Some(answers),
            answers_kept_until: today.add_days(ANSWERS_KEPT_DAYS),
        }
    }

    /// Drops the answers once their time is up; true when it did (the caller saves).
    pub fn expire(&mut self, today: Date) -> bool {
        let expired = self.answers.is_some() && today > self.answers_kept_until;
        if expired {
            self.answers = None;
        }
        expired
    }

    pub fn to_json(&self) -> String {
        RECEIPT_STORE.encode(self)
    }

    pub fn restore(stored: Option<&str>) -> Restored<Receipt> {
        RECEIPT_STORE.decode(stored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply::validate::tests::complete_answers;

    #[test]
    fn a_draft_round_trips() {
        let draft = Draft {
            step: StepId::Motivation,
            answers: complete_answers(),
            reference: Some("MA-2345-6789".into()),
            ..Draft::default()
        };
        assert_eq!(
            Draft::restore(Some(&draft.to_json())),
            Restored::Found(draft)
        );
    }

    #[test]
    fn nothing_stored_is_not_a_problem() {
        assert_eq!(Draft::restore(None), Restored::Nothing);
    }

    #[test]
    fn corrupt_and_older_drafts_are_discarded() {
        for stored in [
            "",
            "{",
            "null",
            "[]",
            r#"{"version":0,"step":"about-you","answers":{}}"#,
            r#"{"version":2,"whatever":true}"#,
            r#"{"version":1,"step":"the-moon","answers":{},"reference":null,"submitted_at":null}"#,
            r#"{"version":1,"step":"about-you","answers":{"full_name":5},"reference":null,"submitted_at":null}"#,
            r#"{"version":1,"step":"confirmation","answers":{},"reference":null,"submitted_at":null}"#,
        ] {
            assert_eq!(
                Draft::restore(Some(stored)),
                Restored::Discarded,
                "{stored}"
            );
        }
    }

    #[test]
    fn missing_answers_default_to_empty() {
        let stored = r#"{"version":1,"step":"background","answers":{"full_name":"Ada"},"reference":null,"submitted_at":null}"#;
        let Restored::Found(draft) = Draft::restore(Some(stored)) else {
            panic!()
        };
        assert_eq!(draft.answers.full_name, "Ada");
        assert_eq!(draft.answers.email, "");
    }

    #[test]
    fn receipts_round_trip_and_reject_junk() {
        let receipt = Receipt::new(
            "MA-2345-6789".into(),
            "2026-11-24T10:00:00.000Z".into(),
            complete_answers(),
            Date::parse("2026-11-24").unwrap(),
        );
        assert_eq!(
            Receipt::restore(Some(&receipt.to_json())),
            Restored::Found(receipt)
        );
        assert_eq!(Receipt::restore(Some("{}")), Restored::Discarded);
        let older = r#"{"version":1,"reference":"MA-2345-6789","submitted_at":"t","answers":{}}"#;
        assert_eq!(Receipt::restore(Some(older)), Restored::Discarded);
    }

    #[test]
    fn answers_are_kept_for_thirty_days_then_only_the_reference_and_date() {
        let sent = Date::parse("2026-11-25").unwrap();
        let mut receipt = Receipt::new("MA-2345-6789".into(), "t".into(), complete_answers(), sent);
        assert_eq!(receipt.answers_kept_until.to_string(), "2026-12-25");
        assert!(!receipt.expire(sent.add_days(ANSWERS_KEPT_DAYS)));
        assert!(receipt.answers.is_some(), "kept on the 30th day");
        assert!(receipt.expire(sent.add_days(ANSWERS_KEPT_DAYS + 1)));
        assert_eq!(receipt.answers, None);
        assert_eq!(receipt.reference, "MA-2345-6789");
        assert!(!receipt.expire(sent.add_days(400)), "once");
    }

    #[test]
    fn the_privacy_notice_states_how_long_answers_are_kept() {
        let notice = &crate::apply::config::apply_config().privacy_notice;
        assert!(
            notice.contains(&format!("{ANSWERS_KEPT_DAYS} days")),
            "{notice}"
        );
    }

    #[test]
    fn the_signals_count_from_the_first_answer_and_are_fixed_once_sent() {
        let mut draft = Draft::default();
        draft.answered_at(1_000_000.0);
        draft.answered_at(5_000_000.0);
        draft.honeypot = "filled by a bot".into();
        let first = draft.signals(1_412_999.0);
        assert_eq!(first.seconds_to_complete, 412);
        assert_eq!(first.honeypot, "filled by a bot");
        assert_eq!(draft.signals(9_000_000.0), first, "a retry sends the same");
        let mut untouched = Draft::default();
        assert_eq!(untouched.signals(7.0).seconds_to_complete, 0);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        "\\PC{0,40}"
    }

    prop_compose! {
        fn answers()(
            names in proptest::collection::vec(text(), 11),
            languages in proptest::collection::vec(text(), 0..4),
            consent in any::<bool>(),
        ) -> Answers {
            Answers {
                full_name: names[0].clone(), email: names[1].clone(), phone: names[2].clone(),
                country: names[3].clone(), situation: names[4].clone(), experience: names[5].clone(),
                languages, track: names[6].clone(), cohort: names[7].clone(), motivation: names[8].clone(),
                portfolio_url: names[9].clone(), heard_from: names[10].clone(), consent,
            }
        }
    }

    proptest! {
        #[test]
        fn any_draft_round_trips(answers in answers(), step in prop::sample::select(StepId::ALL[..6].to_vec()), reference in proptest::option::of(text())) {
            let draft = Draft { step, answers, reference, ..Draft::default() };
            prop_assert_eq!(Draft::restore(Some(&draft.to_json())), Restored::Found(draft));
        }

        #[test]
        fn any_stored_text_restores_or_is_discarded(stored in "\\PC{0,120}") {
            let _ = Draft::restore(Some(&stored));
            let _ = Receipt::restore(Some(&stored));
        }
    }
}
