//! The GOV.UK error summary: "There is a problem" above the form, a link to each field in
//! error, and focus on the summary each time the visitor's Continue finds problems.

use super::heading::Heading;
use crate::platform::dom;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A problem with one field: the field's control id and the message shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub id: &'static str,
    pub message: String,
}

/// Shown while `problems` finds any. They only ever change after the visitor submits,
/// so taking focus then is what they expect. (The summary derives its own memo, so it
/// never reads a value owned by a page that is being replaced.)
#[component]
pub fn ErrorSummary(problems: impl Fn() -> Vec<Problem> + Send + Sync + 'static) -> impl IntoView {
    let problems = Memo::new(move |_| problems());
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if problems.with(|p| !p.is_empty()) {
            request_animation_frame(move || {
                // The page may be gone by the next frame.
                if let Some(Some(summary)) = summary.try_get_untracked() {
                    let _ = summary.focus();
                    dom::scroll_into_view(&summary);
                }
            });
        }
    });
    let go_to_field = |id: &'static str| {
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            if let Some(node) = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) {
                if let Some(group) = dom::find_by_id(&node, id)
                    .and_then(|el| el.closest(".cg-form-group").ok().flatten())
                {
                    dom::scroll_into_view(&group);
                }
                dom::focus_id(&node, id);
            }
        }
    };
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div class="cg-error-summary" tabindex="-1" node_ref=summary>
                <div role="alert">
                    <Heading level=2 id="error-summary-title" class="cg-error-summary__title">"There is a problem"</Heading>
                    <ul class="cg-error-summary__list">
                        {move || {
                            problems
                                .get()
                                .into_iter()
                                .map(|problem| {
                                    let id = problem.id;
                                    view! { <li><a href=format!("#{id}") on:click=go_to_field(id)>{problem.message}</a></li> }
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </div>
        </Show>
    }
}
