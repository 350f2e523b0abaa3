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
use crate::routing::nav::{use_nav, Link, Location};
use crate::routing::page::Page;
use crate::ui::confirm::ConfirmButton;
use crate::ui::deferred::FirstScreen;
use crate::ui::error_summary::{ErrorSummary, Problem};
use crate::ui::instance::use_instance;
use crate::ui::page_meta::set_page_meta;
use crate::ui::pages::ContentProblem;
use confirmation::Confirmation;
use consent::Consent;
use leptos::prelude::*;
use pages::{AboutYou, Background, CheckAnswers, Motivation, TrackAndStart};

/// The wizard for the step the visitor asks for, or a message if its configuration is
/// broken. One wizard stays on screen across its steps: `requested` follows the address.
pub fn page(requested: Signal<Option<StepId>>) -> AnyView {
    match APPLICATION.try_get() {
        Ok(_) => view! { <ApplyPage requested=requested /> }.into_any(),
        Err(error) => view! { <ContentProblem error=error /> }.into_any(),
    }
}

/// The wizard: the step shown for the one asked for (the guard may send the visitor to
/// the first incomplete step), the address corrected to it, and the step itself.
#[component]
pub fn ApplyPage(requested: Signal<Option<StepId>>) -> impl IntoView {
    let state = use_wizard();
    let nav = use_nav();
    let instance = use_instance();
    let config = apply_config();
    // The title's "Error: " belongs to the wizard's pages; leaving them drops it.
    on_cleanup(move || {
        instance.has_errors.try_set(false);
    });
    // Decided again only when the visitor asks for a step, not as they type.
    let shown = Memo::new(move |_| {
        let requested = requested.get();
        state.draft.with_untracked(|d| {
            resolve(
                requested,
                d.step,
                &d.answers,
                config,
                state.today.get_value(),
                state.receipt.with_untracked(Option::is_some),
            )
        })
    });
    // The address names the step shown. Corrected after this render, unless the visitor
    // has moved on by then: it replaces the history entry and moves no focus.
    Effect::new(move |_| {
        let step = shown.get();
        if requested.get() != Some(step) {
            let asked = nav.location_untracked();
            let to = Location {
                page: Page::Apply(Some(step)),
                query: asked.query.clone(),
                hash: String::new(),
            };
            request_animation_frame(move || {
                if nav.try_location_untracked().as_ref() == Some(&asked) {
                    nav.redirect(to);
                }
            });
        }
    });
    // The first step renders a task after the wizard's state is restored: together they
    // compile too much code in one task for a slow phone. Later steps render at once.
    let first = StoredValue::new(true);
    move || {
        let step = shown.get();
        let first = first
            .try_update_value(|first| std::mem::replace(first, false))
            .unwrap_or(false);
        untrack(|| {
            // A new step starts without the previous step's errors.
            state.arrive(step);
            state.set_step(step);
            instance.emit(HostEvent::Step {
                step: step.name(),
                number: StepId::ALL
                    .iter()
                    .position(|s| *s == step)
                    .map_or(0, |i| i + 1),
            });
        });
        let step_view = move || view! { <StepView step=step first=first /> }.into_any();
        if first {
            view! { <FirstScreen>{step_view()}</FirstScreen> }.into_any()
        } else {
            step_view()
        }
    }
}

/// One step's page inside the wizard's frame: Back, notices, errors, Start again. On the
/// first step shown, the page's questions render a task after that frame.
#[component]
fn StepView(step: StepId, first: bool) -> impl IntoView {
    let state = use_wizard();
    set_page_meta(format!("{} – Apply", step.title()), &apply_config().intro);
    let page = move || match step {
        StepId::AboutYou => view! { <AboutYou /> }.into_any(),
        StepId::Background => view! { <Background /> }.into_any(),
        StepId::Track => view! { <TrackAndStart /> }.into_any(),
        StepId::Motivation => view! { <Motivation /> }.into_any(),
        StepId::CheckAnswers => view! { <CheckAnswers /> }.into_any(),
        StepId::Consent => view! { <Consent /> }.into_any(),
        StepId::Confirmation => view! { <Confirmation /> }.into_any(),
    };
    let page = if first {
        view! { <FirstScreen>{page()}</FirstScreen> }.into_any()
    } else {
        page()
    };
    let back = step.previous().map(|previous| {
        view! { <Link to=Page::Apply(Some(previous)) class="cg-back-link">"Back"</Link> }
    });
    view! {
        <div class="cg-wizard" data-step=step.name()>
            <WithoutScript />
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

/// For a visitor without scripts: sending needs them, and what the application asks, page
/// by page. (Hidden whenever scripts run, as every `noscript` is.)
#[component]
fn WithoutScript() -> impl IntoView {
    let config = apply_config();
    let pages = crate::apply::steps::reviewed_pages()
        .map(|step| {
            let questions = crate::apply::answers::Field::of_step(step)
                .map(|field| pages::short_label(field, config))
                .collect::<Vec<_>>()
                .join(", ");
            view! { <li><strong>{config.step_heading(step)}":"</strong>" "{questions}</li> }
        })
        .collect_view();
    view! {
        <noscript>
            <div class="cg-notice cg-notice--warning">
                <p>{config.without_script.as_str()}</p>
                <ul class="cg-list">{pages}</ul>
            </div>
        </noscript>
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
                <p><strong>{"Preview:"}</strong>{" this form is not connected to an application service, so applications sent from it go nowhere."}</p>
            </div>
        })}
        <Show when=move || !state.kept.get()>
            <div class="cg-notice cg-notice--warning" data-testid="storage-notice">
                <p>{"Your answers will not be saved if you leave or reload this page, because this browser is not letting the page store them. You can still complete and send your application now."}</p>
            </div>
        </Show>
        <Show when=move || state.discarded.get()>
            <div class="cg-notice cg-notice--warning" data-testid="discarded-notice">
                <p>{"We could not restore your saved answers, so you are starting again."}</p>
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
