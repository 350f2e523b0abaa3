//! The last page: consent, the "Send application" button, and what happened to the last
//! attempt (sending, preview, failure with Retry). The rules are the submission model's.

use super::fields::SingleCheckbox;
use super::pages::QuestionCaption;
use super::state::{use_wizard, SendStatus};
use crate::apply::answers::Field;
use crate::apply::config::apply_config;
use crate::apply::steps::StepId;
use crate::ui::heading::Heading;
use leptos::prelude::*;

#[component]
pub fn Consent() -> impl IntoView {
    let state = use_wizard();
    let config = apply_config();
    let sending = state.sending.pending();
    view! {
        <form class="cg-form" method="dialog" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); state.submit(); }>
            <QuestionCaption step=StepId::Consent />
            <Heading level=1>{config.step_heading(StepId::Consent)}</Heading>
            <p>{config.privacy_notice.as_str()}</p>
            <SingleCheckbox field=Field::Consent />
            <SubmissionStatus />
            <button type="submit" class="cg-button" aria-disabled=move || sending.get().then_some("true")>
                {move || if sending.get() { "Sending your application…" } else { "Send application" }}
            </button>
        </form>
    }
}

/// What happened to the last attempt to send, and the Retry button after a failure.
#[component]
fn SubmissionStatus() -> impl IntoView {
    let state = use_wizard();
    let sending = state.sending.pending();
    move || {
        if sending.get() {
            return view! { <p class="cg-status" role="status">{"Sending your application…"}</p> }
                .into_any();
        }
        match state.status.get() {
            SendStatus::Idle => ().into_any(),
            SendStatus::Preview => view! {
                <div class="cg-notice cg-notice--warning" role="alert">
                    <p><strong>{"This is a preview: your application has not been sent."}</strong></p>
                    <p>{"No application service is connected to this page, so nothing you enter here reaches Melsoft Academy. Your answers are still saved on this device."}</p>
                </div>
            }
            .into_any(),
            SendStatus::Failed(failure) => view! {
                <div class="cg-notice cg-notice--error" role="alert">
                    <p>{failure.message()}</p>
                    <button type="button" class="cg-button cg-button--secondary" on:click=move |_| state.submit()>"Retry"</button>
                </div>
            }
            .into_any(),
        }
    }
}
