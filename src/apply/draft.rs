//! The draft application saved in the browser on every change, so a reload or a closed tab
//! loses nothing, and the receipt kept after sending so the confirmation survives a reload.

use super::answers::Answers;
use super::steps::StepId;
use crate::platform::storage::{Restored, Versioned};
use serde::{Deserialize, Serialize};

/// Where the draft is kept; drafts of another version are discarded with a notice.
pub const DRAFT_STORE: Versioned = Versioned {
    key: "career-guide:application-draft",
    version: 1,
};

/// Where the receipt of a sent application is kept.
pub const RECEIPT_STORE: Versioned = Versioned {
    key: "career-guide:application-receipt",
    version: 1,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub step: StepId,
    pub answers: Answers,
    /// Fixed on the first attempt to send, so retries and double clicks are one application.
    pub reference: Option<String>,
    pub submitted_at: Option<String>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            step: StepId::AboutYou,
            answers: Answers::default(),
            reference: None,
            submitted_at: None,
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
}

/// What stays on the device after sending: enough for the confirmation page and a copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub reference: String,
    pub submitted_at: String,
    pub answers: Answers,
}

impl Receipt {
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
        let receipt = Receipt {
            reference: "MA-2345-6789".into(),
            submitted_at: "2026-11-24T10:00:00.000Z".into(),
            answers: complete_answers(),
        };
        assert_eq!(
            Receipt::restore(Some(&receipt.to_json())),
            Restored::Found(receipt)
        );
        assert_eq!(Receipt::restore(Some("{}")), Restored::Discarded);
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
