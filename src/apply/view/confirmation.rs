//! The confirmation: the reference, what happens next, and a copy of the answers to print
//! or download.

use super::pages::AllAnswers;
use super::state::use_wizard;
use crate::apply::config::apply_config;
use crate::apply::payload::PayloadAnswers;
use crate::apply::steps::StepId;
use crate::routing::nav::use_nav;
use crate::routing::page::Page;
use crate::routing::url::encode;
use crate::ui::confirm::ConfirmButton;
use crate::ui::heading::Heading;
use leptos::prelude::*;

#[component]
pub fn Confirmation() -> impl IntoView {
    let state = use_wizard();
    let nav = use_nav();
    let config = apply_config();
    move || {
        let Some(receipt) = state.receipt.get() else {
            return ().into_any();
        };
        let copy = serde_json::json!({
            "reference": receipt.reference,
            "submitted_at": receipt.submitted_at,
            "programme": config.programme.name,
            "answers": PayloadAnswers::new(&receipt.answers),
        });
        let download = format!(
            "data:application/json;charset=utf-8,{}",
            encode(&serde_json::to_string_pretty(&copy).unwrap_or_default())
        );
        let filename = format!("melsoft-application-{}.json", receipt.reference);
        let print = |_| {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        };
        view! {
            <div class="cg-panel">
                <Heading level=1 class="cg-panel__title">{config.step_heading(StepId::Confirmation)}</Heading>
                <div class="cg-panel__body">
                    "Your reference number"<br />
                    <strong class="cg-reference" data-testid="reference">{receipt.reference.clone()}</strong>
                </div>
            </div>
            <p>{format!("Your application to the {} has been received.", config.programme.name)}</p>
            <Heading level=2>"What happens next"</Heading>
            <ul class="cg-list">
                {config.next_steps.iter().map(|s| view! { <li>{s.as_str()}</li> }).collect_view()}
            </ul>
            <Heading level=2>"Keep a copy"</Heading>
            <div class="cg-button-group cg-no-print">
                <button type="button" class="cg-button cg-button--secondary" on:click=print>"Print your answers"</button>
                <a class="cg-button cg-button--secondary" href=download download=filename>"Download your answers (JSON)"</a>
            </div>
            <AllAnswers answers=receipt.answers.clone() level=3 />
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
