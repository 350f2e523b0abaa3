//! The wizard's pages over the pure model in [`crate::apply`]: one URL per step (or one
//! in-memory page in a widget), guarded so a step with incomplete earlier steps sends the
//! visitor to the first incomplete one.

mod confirmation;
mod consent;
mod fields;
mod pages;
mod state;
mod transport;

pub use state::{use_wizard, WizardState};

use crate::apply::config::{apply_config, APPLICATION};
use crate::apply::steps::{resolve, StepId};
use crate::platform::host_events::HostEvent;
use crate::routing::nav::{use_nav, Go, Link, Location};
use crate::routing::page::Page;
use crate::ui::confirm::ConfirmButton;
use crate::ui::error_summary::{ErrorSummary, Problem};
use crate::ui::instance::use_instance;
use crate::ui::page_meta::set_page_meta;
use crate::ui::pages::ContentProblem;
use confirmation::Confirmation;
use consent::Consent;
use leptos::prelude::*;
use pages::{AboutYou, Background, CheckAnswers, Motivation, TrackAndStart};

/// The wizard's page for `requested`, or a message if its configuration is broken.
pub fn page(requested: Option<StepId>) -> AnyView {
    match APPLICATION.try_get() {
        Ok(_) => view! { <ApplyPage requested=requested /> }.into_any(),
        Err(error) => view! { <ContentProblem error=error /> }.into_any(),
    }
}

/// The wizard page for `requested` (or wherever the visitor should be).
#[component]
pub fn ApplyPage(requested: Option<StepId>) -> impl IntoView {
    let state = use_wizard();
    let nav = use_nav();
    let instance = use_instance();
    let config = apply_config();
    let step = state.draft.with_untracked(|d| {
        resolve(
            requested,
            d.step,
            &d.answers,
            config,
            state.receipt.with_untracked(Option::is_some),
        )
    });
    // A new page starts without the previous page's errors.
    state.errors.set(Vec::new());
    state.set_step(step);
    set_page_meta(format!("{} – Apply", step.title()), &config.intro);
    if requested != Some(step) {
        // Show the right step under its own URL; replace so Back does not loop.
        let query = nav.location_untracked().query;
        request_animation_frame(move || {
            nav.go(
                Location {
                    page: Page::Apply(Some(step)),
                    query,
                    hash: String::new(),
                },
                Go {
                    replace: true,
                    keep_scroll: false,
                },
            );
        });
    }
    instance.emit(HostEvent::Step {
        step: step.name(),
        number: StepId::ALL
            .iter()
            .position(|s| *s == step)
            .map_or(0, |i| i + 1),
    });

    let page = match step {
        StepId::AboutYou => view! { <AboutYou /> }.into_any(),
        StepId::Background => view! { <Background /> }.into_any(),
        StepId::Track => view! { <TrackAndStart /> }.into_any(),
        StepId::Motivation => view! { <Motivation /> }.into_any(),
        StepId::CheckAnswers => view! { <CheckAnswers /> }.into_any(),
        StepId::Consent => view! { <Consent /> }.into_any(),
        StepId::Confirmation => view! { <Confirmation /> }.into_any(),
    };
    let back = step.previous().map(|previous| {
        view! { <Link to=Page::Apply(Some(previous)) class="cg-back-link">"Back"</Link> }
    });
    view! {
        <div class="cg-wizard" data-step=step.name()>
            {back}
            <Notices step=step />
            <ErrorSummary problems=move || {
                state.errors.with(|errors| {
                    errors.iter().map(|e| Problem { id: e.field.id(), message: e.message.clone() }).collect()
                })
            } />
            {page}
            {(step != StepId::Confirmation).then(|| view! { <StartAgain /> })}
        </div>
    }
}

/// Preview mode, unsaved drafts and discarded drafts, said plainly.
#[component]
fn Notices(step: StepId) -> impl IntoView {
    let state = use_wizard();
    let preview = state.endpoint().is_none() && step != StepId::Confirmation;
    view! {
        {preview.then(|| view! {
            <div class="cg-notice cg-notice--info" data-testid="preview-notice">
                <p><strong>"Preview:"</strong>" this form is not connected to an application service, so applications sent from it go nowhere."</p>
            </div>
        })}
        <Show when=move || !state.kept.get()>
            <div class="cg-notice cg-notice--warning" data-testid="storage-notice">
                <p>"Your answers will not be saved if you leave or reload this page, because this browser is not letting the page store them. You can still complete and send your application now."</p>
            </div>
        </Show>
        <Show when=move || state.discarded.get()>
            <div class="cg-notice cg-notice--warning" data-testid="discarded-notice">
                <p>"We could not restore your saved answers, so you are starting again."</p>
            </div>
        </Show>
    }
}

#[component]
fn StartAgain() -> impl IntoView {
    let state = use_wizard();
    let nav = use_nav();
    let has_answers = move || state.draft.with(|d| !d.is_blank());
    view! {
        <Show when=has_answers>
            <div class="cg-start-again cg-no-print">
                <ConfirmButton
                    label="Start again"
                    question="Start again? This deletes all your answers."
                    confirm="Yes, delete my answers"
                    on_confirm=Callback::new(move |_| {
                        state.clear_draft();
                        nav.go_page(Page::Apply(Some(StepId::AboutYou)));
                    })
                />
            </div>
        </Show>
    }
}
