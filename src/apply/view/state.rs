//! The wizard's reactive state for one mounted instance: the draft (saved on every change),
//! the receipt of a sent application, the errors on the current page, and sending, as a
//! Leptos action over the submission model.

use super::transport::BrowserTransport;
use crate::apply::answers::{Answers, Field};
use crate::apply::config::apply_config;
use crate::apply::draft::{Draft, Receipt, DRAFT_STORE, RECEIPT_STORE};
use crate::apply::payload::{PayloadAttribution, Source};
use crate::apply::prefill::preselect;
use crate::apply::reference::{reference_from_bytes, RANDOM_BYTES_NEEDED};
use crate::apply::steps::StepId;
use crate::apply::submission::{
    prepare, send, Failure, NotSent, Outcome, Request, DEFAULT_TIMEOUT_SECONDS,
};
use crate::apply::validate::{withdrawn_answers, FieldError};
use crate::platform::clock::{Date, Now};
use crate::platform::dom;
use crate::platform::storage::{self, Restored};
use crate::routing::attribution::{first_touch, Attribution};
use crate::routing::nav::{use_nav, Go, Location, Nav};
use crate::routing::page::Page;
use crate::ui::instance::{use_instance, Instance};
use leptos::prelude::*;

/// What the visitor last learned about sending.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendStatus {
    Idle,
    /// No endpoint: nothing was sent, and the page says so.
    Preview,
    /// The last attempt failed; everything is kept and Retry sends the same application.
    Failed(Failure),
}

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
    pub status: RwSignal<SendStatus>,
    /// The request on its way; `pending()` is what "Sending…" shows.
    pub sending: Action<Request, ()>,
    /// The visitor's day, which decides the start dates offered; read when the wizard
    /// opens and again on each attempt to send.
    pub today: StoredValue<Date>,
    instance: Instance,
    nav: Nav,
}

impl WizardState {
    /// Restores any draft and receipt. Runs under the instance's owner (see
    /// `Instance::shared`), with its navigation and host at hand.
    fn load() -> Self {
        let (draft, discarded) = match Draft::usable(DRAFT_STORE.load()) {
            Restored::Found(draft) => (draft, false),
            Restored::Nothing => (Draft::default(), false),
            Restored::Discarded => {
                dom::warn("a saved application draft could not be read and was discarded.");
                (Draft::default(), true)
            }
        };
        let instance = use_instance();
        let nav = use_nav();
        let mut draft = draft;
        // The host's preselected answers, where the visitor has none (not saved until the
        // visitor answers something: they are the host's, not yet the visitor's).
        let today = Now::read().today;
        for warning in preselect(
            &mut draft.answers,
            &instance.presets(),
            apply_config(),
            today,
        ) {
            dom::warn(&warning);
        }
        let state = StoredValue::new(None::<WizardState>);
        let sending = Action::new_local(move |request: &Request| {
            let request = request.clone();
            async move {
                let Some(state) = state.get_value() else {
                    return;
                };
                let draft = state.draft.get_untracked();
                match send(request, &draft, &BrowserTransport, Now::read).await {
                    Outcome::Accepted { receipt, event } => {
                        state.keep_receipt(*receipt);
                        state.instance.emit(event);
                        nav.go(
                            Location::new(Page::Apply(Some(StepId::Confirmation))),
                            Go {
                                replace: true,
                                keep_scroll: false,
                            },
                        );
                    }
                    Outcome::Failed(failure) => state.status.set(SendStatus::Failed(failure)),
                }
            }
        });
        let now = Now::read();
        let mut receipt: Option<Receipt> = RECEIPT_STORE.load().found();
        if let Some(receipt) = receipt.as_mut() {
            if receipt.expire(now.today) {
                let _ = RECEIPT_STORE.save(receipt);
            }
        }
        let wizard = WizardState {
            draft: RwSignal::new(draft),
            receipt: RwSignal::new(receipt),
            kept: RwSignal::new(storage::is_available()),
            discarded: RwSignal::new(discarded),
            errors: RwSignal::new(Vec::new()),
            status: RwSignal::new(SendStatus::Idle),
            sending,
            today: StoredValue::new(now.today),
            instance,
            nav,
        };
        state.set_value(Some(wizard));
        wizard
    }

    /// Changes the answers and saves the draft at once.
    pub fn edit(&self, change: impl FnOnce(&mut Answers)) {
        self.draft.update(|d| {
            change(&mut d.answers);
            if !d.is_blank() {
                d.answered_at(Now::read().epoch_ms);
            }
        });
        self.save();
    }

    /// What the hidden field (see `Honeypot`) was given.
    pub fn set_honeypot(&self, value: String) {
        self.draft.update(|d| d.honeypot = value);
        self.save();
    }

    /// Shows, on arriving at `step`, the answers given there that no longer hold (a start
    /// date that has closed); clears any other page's errors.
    pub fn arrive(&self, step: StepId) {
        let withdrawn = self.draft.with_untracked(|d| {
            withdrawn_answers(step, &d.answers, apply_config(), self.today.get_value())
        });
        self.instance.has_errors.set(!withdrawn.is_empty());
        self.errors.set(withdrawn);
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

    /// Where applications go; `None` makes the wizard a preview. The host's `data-endpoint`
    /// wins over the configured one.
    pub fn endpoint(&self) -> Option<String> {
        self.instance
            .endpoint
            .get_value()
            .or_else(|| apply_config().endpoint.clone())
    }

    /// Sends the application, unless a request is already on its way (a double click).
    /// Problems are shown as errors; without an endpoint the page says it is a preview.
    pub fn submit(&self) {
        if self.sending.pending().get_untracked() {
            return;
        }
        let endpoint = self.endpoint();
        let timeout = self
            .instance
            .timeout_seconds
            .unwrap_or(DEFAULT_TIMEOUT_SECONDS);
        let mut draft = self.draft.get_untracked();
        let now = Now::read();
        self.today.set_value(now.today);
        let prepared = prepare(
            &mut draft,
            apply_config(),
            endpoint.as_deref(),
            timeout,
            new_reference,
            &now,
            &self.source(),
        );
        match prepared {
            Ok(request) => {
                // The reference is kept before the request leaves, so a reload or a retry
                // sends the same application.
                self.draft.set(draft);
                self.save();
                self.errors.set(Vec::new());
                self.instance.has_errors.set(false);
                self.status.set(SendStatus::Idle);
                self.sending.dispatch_local(request);
            }
            Err(NotSent::Incomplete(step)) => {
                self.nav.go_page(Page::Apply(Some(step)));
            }
            Err(NotSent::Invalid(errors)) => {
                self.instance.has_errors.set(true);
                self.errors.set(errors);
            }
            Err(NotSent::Preview) => {
                self.errors.set(Vec::new());
                self.instance.has_errors.set(false);
                self.status.set(SendStatus::Preview);
            }
        }
    }

    /// Where the application comes from: the visit's first touch (with the campaign of
    /// this page if the visit began without one), this page, and the host's hidden fields.
    fn source(&self) -> Source {
        let presets = self.instance.presets();
        let (here, _) = Attribution::here();
        let first = first_touch(&here, presets.persist_attribution, self.today.get_value());
        Source {
            attribution: PayloadAttribution {
                visit: Attribution::at_send(first, &here),
                sent_from_path: here.landing_path,
            },
            fields: presets.fields,
        }
    }

    /// The endpoint accepted the application: keep a receipt, clear the draft.
    fn keep_receipt(&self, receipt: Receipt) {
        if RECEIPT_STORE.save(&receipt).is_err() {
            self.kept.set(false);
        }
        self.receipt.set(Some(receipt));
        self.clear_draft();
    }

    /// Forgets the draft (and any errors) and starts from the first question.
    pub fn clear_draft(&self) {
        DRAFT_STORE.clear();
        self.draft.set(Draft::default());
        self.errors.set(Vec::new());
        self.status.set(SendStatus::Idle);
        self.discarded.set(false);
    }

    /// Removes the copy of the answers from the receipt, keeping its reference and date.
    pub fn remove_answers(&self) {
        self.receipt.update(|receipt| {
            if let Some(receipt) = receipt {
                receipt.answers = None;
                if RECEIPT_STORE.save(receipt).is_err() {
                    RECEIPT_STORE.clear();
                }
            }
        });
    }

    /// Starts a new application after a sent one.
    pub fn start_new(&self) {
        RECEIPT_STORE.clear();
        self.receipt.set(None);
        self.clear_draft();
    }

    fn save(&self) {
        let saved = self.draft.with_untracked(|draft| DRAFT_STORE.save(draft));
        if saved.is_err() {
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

/// The instance's wizard state, restored when a wizard page first needs it.
pub fn use_wizard() -> WizardState {
    use_instance().shared(WizardState::load)
}
