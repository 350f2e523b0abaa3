//! A button that asks before doing something that cannot be undone, in the page rather than
//! in a modal `confirm()` dialog, and keeps keyboard focus where the visitor expects it.

use leptos::html;
use leptos::prelude::*;

#[component]
pub fn ConfirmButton(
    /// The first button's text.
    label: &'static str,
    /// What is about to happen, as a question.
    question: &'static str,
    /// The text of the button that goes ahead.
    confirm: &'static str,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let ask_ref = NodeRef::<html::Button>::new();
    let confirm_ref = NodeRef::<html::Button>::new();
    // Once a choice is on screen, put focus on it; on Cancel, back on the first button.
    let returning = RwSignal::new(false);
    Effect::new(move |_| {
        if asking.get() {
            if let Some(button) = confirm_ref.get() {
                let _ = button.focus();
            }
        } else if returning.get() {
            if let Some(button) = ask_ref.get() {
                let _ = button.focus();
            }
        }
    });
    view! {
        <div class="cg-confirm">
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="cg-button cg-button--secondary"
                            node_ref=ask_ref
                            on:click=move |_| asking.set(true)
                        >
                            {label}
                        </button>
                    }
                }
            >
                <div class="cg-confirm__panel" role="group" aria-label=question>
                    <p class="cg-confirm__question">{question}</p>
                    <div class="cg-button-group">
                        <button
                            type="button"
                            class="cg-button cg-button--warning"
                            node_ref=confirm_ref
                            on:click=move |_| {
                                returning.set(false);
                                asking.set(false);
                                on_confirm.run(());
                            }
                        >
                            {confirm}
                        </button>
                        <button
                            type="button"
                            class="cg-button cg-button--secondary"
                            on:click=move |_| {
                                returning.set(true);
                                asking.set(false);
                            }
                        >
                            "Cancel"
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
