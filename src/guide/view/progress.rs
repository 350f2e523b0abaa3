//! The progress bar, the "done" checkboxes and the reset control of the roadmap.

use super::state::use_progress;
use crate::ui::confirm::ConfirmButton;
use leptos::prelude::*;

/// "3 of 8 done" with a bar, announced politely when it changes.
#[component]
pub fn ProgressSummary() -> impl IntoView {
    let state = use_progress();
    let label = move || state.progress.with(|p| p.label());
    let done = move || state.progress.with(|p| p.done_count());
    let total = state.progress.with_untracked(|p| p.total());
    view! {
        <div class="cg-progress cg-needs-script">
            <p class="cg-progress__label" aria-live="polite">{label}</p>
            <progress max=total value=done aria-label="Roadmap progress">{label}</progress>
            <Show when=move || !state.kept.get()>
                <p class="cg-notice">
                    {"Your progress will not be kept: this browser is not letting the page save it. "}
                    {"You can still mark steps as done while you are here."}
                </p>
            </Show>
        </div>
    }
}

/// The checkbox that marks roadmap step `step` as done.
#[component]
pub fn StepDone(step: usize, #[prop(optional)] compact: bool) -> impl IntoView {
    let state = use_progress();
    let id = format!("step-{step}-done");
    let checked = move || state.progress.with(|p| p.is_done(step));
    let on_change = move |ev| state.set(step, event_target_checked(&ev));
    let label = if compact {
        view! { "Done"<span class="cg-visually-hidden">{format!(": step {step}")}</span> }
            .into_any()
    } else {
        view! { {format!("I have done step {step}")} }.into_any()
    };
    view! {
        <div class="cg-checkbox cg-needs-script" class:cg-checkbox--compact=compact>
            <input type="checkbox" id=id.clone() prop:checked=checked on:change=on_change />
            <label for=id>{label}</label>
        </div>
    }
}

/// Clears every mark, after a confirmation.
#[component]
pub fn ResetProgress() -> impl IntoView {
    let state = use_progress();
    let any_done = move || state.progress.with(|p| p.done_count() > 0);
    view! {
        <Show when=any_done>
            <ConfirmButton
                label="Reset progress"
                question="Clear the marks on every step?"
                confirm="Yes, reset progress"
                on_confirm=Callback::new(move |_| state.reset())
            />
        </Show>
    }
}
