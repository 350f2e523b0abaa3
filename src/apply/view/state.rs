//! The wizard's reactive state for one mounted instance: the draft (saved on every change),
//! the receipt of a sent application, the errors on the current page and the sending state.

use crate::apply::answers::{Answers, Field};
use crate::apply::config::apply_config;
use crate::apply::draft::{Draft, Receipt, Restored, DRAFT_KEY, DRAFT_VERSION, RECEIPT_KEY};
use crate::apply::reference::{reference_from_bytes, RANDOM_BYTES_NEEDED};
use crate::apply::steps::StepId;
use crate::apply::submission::Submission;
use crate::apply::validate::FieldError;
use crate::platform::{dom, storage};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct WizardState {
    pub draft: RwSignal<Draft>,
    pub receipt: RwSignal<Option<Receipt>>,
    /// False when storage is blocked or full: the wizard works in memory and says so.
    pub kept: RwSignal<bool>,
    /// Set when a stored draft could not be used and was discarded.
    pub discarded: RwSignal<bool>,
    /// Problems found on the current page by the last Continue.
    pub errors: RwSignal<Vec<FieldError>>,
    pub submission: RwSignal<Submission>,
    /// The host's `data-endpoint`, which overrides the configured endpoint.
    endpoint_override: StoredValue<Option<String>>,
}

impl WizardState {
    /// Restores any draft and receipt; `endpoint` from the host overrides the configured one.
    pub fn load(endpoint: Option<String>) -> Self {
        let stored_draft = storage::read(DRAFT_KEY).ok().flatten();
        let (draft, discarded) = match Draft::restore(stored_draft.as_deref()) {
            Restored::Found(draft) => (draft, false),
            Restored::Nothing => (Draft::default(), false),
            Restored::Discarded => {
                dom::warn("a saved application draft could not be read and was discarded.");
                let _ = storage::remove(DRAFT_KEY);
                (Draft::default(), true)
            }
        };
        let receipt = match Receipt::restore(storage::read(RECEIPT_KEY).ok().flatten().as_deref()) {
            Restored::Found(receipt) => Some(receipt),
            Restored::Discarded => {
                let _ = storage::remove(RECEIPT_KEY);
                None
            }
            Restored::Nothing => None,
        };
        WizardState {
            draft: RwSignal::new(draft),
            receipt: RwSignal::new(receipt),
            kept: RwSignal::new(storage::is_writable()),
            discarded: RwSignal::new(discarded),
            errors: RwSignal::new(Vec::new()),
            submission: RwSignal::new(Submission::Idle),
            endpoint_override: StoredValue::new(endpoint),
        }
    }

    /// Where applications go; `None` makes the wizard a preview. The configuration is read
    /// only when the wizard is used, so other pages never parse it.
    pub fn endpoint(&self) -> Option<String> {
        self.endpoint_override
            .get_value()
            .or_else(|| apply_config().endpoint.clone())
    }

    /// Changes the answers and saves the draft at once.
    pub fn edit(&self, change: impl FnOnce(&mut Answers)) {
        self.draft.update(|d| change(&mut d.answers));
        self.save();
    }

    pub fn set_text(&self, field: Field, value: String) {
        self.edit(|a| a.set_text(field, value));
    }

    pub fn set_step(&self, step: StepId) {
        if step != StepId::Confirmation && self.draft.with_untracked(|d| d.step != step) {
            self.draft.update(|d| d.step = step);
            self.save();
        }
    }

    /// The reference and timestamp of this application, fixed on the first attempt to send.
    pub fn fix_identity(&self) -> (String, String) {
        let (reference, submitted_at) = self
            .draft
            .with_untracked(|d| (d.reference.clone(), d.submitted_at.clone()));
        let reference = reference.unwrap_or_else(new_reference);
        let submitted_at = submitted_at.unwrap_or_else(dom::now_iso);
        self.draft.update(|d| {
            d.reference = Some(reference.clone());
            d.submitted_at = Some(submitted_at.clone());
        });
        self.save();
        (reference, submitted_at)
    }

    /// The endpoint accepted the application: keep a receipt, clear the draft.
    pub fn finish(&self, reference: String, submitted_at: String) {
        let answers = self.draft.with_untracked(|d| d.answers.clone());
        let receipt = Receipt {
            version: DRAFT_VERSION,
            reference,
            submitted_at,
            answers,
        };
        if storage::write(RECEIPT_KEY, &receipt.to_json()).is_err() {
            self.kept.set(false);
        }
        self.receipt.set(Some(receipt));
        self.clear_draft();
    }

    /// Forgets the draft (and any errors) and starts from the first question.
    pub fn clear_draft(&self) {
        let _ = storage::remove(DRAFT_KEY);
        self.draft.set(Draft::default());
        self.errors.set(Vec::new());
        self.submission.set(Submission::Idle);
        self.discarded.set(false);
    }

    /// Starts a new application after a sent one.
    pub fn start_new(&self) {
        let _ = storage::remove(RECEIPT_KEY);
        self.receipt.set(None);
        self.clear_draft();
    }

    fn save(&self) {
        let json = self.draft.with_untracked(Draft::to_json);
        if storage::write(DRAFT_KEY, &json).is_err() {
            self.kept.set(false);
        }
    }
}

fn new_reference() -> String {
    loop {
        if let Some(reference) = reference_from_bytes(&dom::random_bytes(RANDOM_BYTES_NEEDED)) {
            return reference;
        }
    }
}

pub fn use_wizard() -> WizardState {
    expect_context::<WizardState>()
}
