//! The confirmation: the reference and date, what happens next, and for a limited time a
//! copy of the answers to print or download, which the visitor can remove at once.

use super::pages::AllAnswers;
use super::state::use_wizard;
use crate::apply::answers::Answers;
use crate::apply::config::apply_config;
use crate::apply::draft::{Receipt, ANSWERS_KEPT_DAYS};
use crate::apply::payload::PayloadAnswers;
use crate::apply::steps::StepId;
use crate::platform::clock::Date;
use crate::routing::nav::use_nav;
use crate::routing::page::Page;
use crate::routing::url::encode;
use crate::ui::confirm::ConfirmButton;
use crate::ui::heading::Heading;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Confirmation() -> impl IntoView {
    let state = use_wizard();
    let nav = use_nav();
    let config = apply_config();
    // Redrawn when a receipt comes or goes, not when its answers are removed.
    let has_receipt = Memo::new(move |_| state.receipt.with(Option::is_some));
    move || {
        if !has_receipt.get() {
            return ().into_any();
        }
        let Some(receipt) = state.receipt.get_untracked() else {
            return ().into_any();
        };
        let sent_on = receipt
            .submitted_at
            .get(..10)
            .and_then(Date::parse)
            .map(|day| format!("Sent on {}", day.long()));
        view! {
            <div class="cg-panel">
                <Heading level=1 class="cg-panel__title">{config.step_heading(StepId::Confirmation)}</Heading>
                <div class="cg-panel__body">
                    "Your reference number"<br />
                    <strong class="cg-reference" data-testid="reference">{receipt.reference.clone()}</strong>
                    {sent_on.map(|sent| view! { <br /><span data-testid="sent-on">{sent}</span> })}
                </div>
            </div>
            <p>{format!("Your application to the {} has been received.", config.programme.name)}</p>
            <Heading level=2>"What happens next"</Heading>
            <ul class="cg-list">
                {config.next_steps.iter().map(|s| view! { <li>{s.as_str()}</li> }).collect_view()}
            </ul>
            <Heading level=2>"Your answers on this device"</Heading>
            <KeptAnswers />
            <div class="cg-no-print">
                <ConfirmButton
                    label="Start a new application"
                    question="Start a new application? The copy of this one kept on this device will be removed."
                    confirm="Yes, start a new application"
                    on_confirm=Callback::new(move |_| {
                        state.start_new();
                        nav.go_page(Page::Apply(Some(StepId::AboutYou)));
                    })
                />
            </div>
        }
        .into_any()
    }
}

/// The copy of the answers while it is kept: when it goes, print, download, remove now.
/// Once removed, says so; focus moves to that message, as the button is gone.
#[component]
fn KeptAnswers() -> impl IntoView {
    let state = use_wizard();
    let removed_message = NodeRef::<html::P>::new();
    move || {
        let receipt = state.receipt.get()?;
        Some(kept_answers(receipt, removed_message))
    }
}

fn kept_answers(receipt: Receipt, removed_message: NodeRef<html::P>) -> AnyView {
    let state = use_wizard();
    let Some(answers) = receipt.answers else {
        return view! {
            <p class="cg-notice cg-notice--info" tabindex="-1" node_ref=removed_message data-testid="answers-removed">
                "A copy of your answers is no longer kept on this device. Your reference number and the date you applied stay here."
            </p>
        }
        .into_any();
    };
    let remove = move |_| {
        state.remove_answers();
        request_animation_frame(move || {
            if let Some(message) = removed_message.get_untracked() {
                let _ = message.focus();
            }
        });
    };
    view! {
        <p data-testid="answers-kept-until">{format!(
            "A copy of your answers is kept on this device until {} ({ANSWERS_KEPT_DAYS} days after you applied), so you can print or download it. Then only your reference number and the date stay here.",
            receipt.answers_kept_until.long()
        )}</p>
        <div class="cg-button-group cg-no-print">
            <button type="button" class="cg-button cg-button--secondary" on:click=print>"Print your answers"</button>
            <a class="cg-button cg-button--secondary" href=download_link(&receipt.reference, &answers) download=format!("melsoft-application-{}.json", receipt.reference)>
                "Download your answers (JSON)"
            </a>
            <button type="button" class="cg-button cg-button--warning" on:click=remove>"Remove my answers from this device"</button>
        </div>
        <AllAnswers answers=answers level=3 />
    }
    .into_any()
}

fn print(_: leptos::ev::MouseEvent) {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The answers as a JSON file, in a `data:` link (nothing leaves the device).
fn download_link(reference: &str, answers: &Answers) -> String {
    let copy = serde_json::json!({
        "reference": reference,
        "programme": apply_config().programme.name,
        "answers": PayloadAnswers::new(answers),
    });
    format!(
        "data:application/json;charset=utf-8,{}",
        encode(&serde_json::to_string_pretty(&copy).unwrap_or_default())
    )
}
