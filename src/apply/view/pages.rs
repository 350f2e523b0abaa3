//! The wizard's pages: four question pages, "Check your answers", consent and sending,
//! and the confirmation.

use super::fields::{Checkboxes, CountedTextArea, Radios, SelectInput, SingleCheckbox, TextInput};
use super::send::post;
use super::state::use_wizard;
use crate::app::confirm::ConfirmButton;
use crate::app::heading::Heading;
use crate::app::nav::{use_nav, Link, Location};
use crate::app::page::Page;
use crate::app::shell::use_instance;
use crate::apply::answers::{Answers, Field};
use crate::apply::config::{apply_config, label_of, ApplyConfig};
use crate::apply::payload::Payload;
use crate::apply::steps::{after_continue, StepId};
use crate::apply::submission::{is_success, Failure, Submission};
use crate::apply::validate::validate_step;
use crate::embed::events::HostEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Query key marking a visit from a "Change" link on the review page.
pub const RETURN_KEY: &str = "return";

/// A question page: heading, the questions, Continue.
#[component]
pub fn QuestionPage(step: StepId, children: Children) -> impl IntoView {
    let state = use_wizard();
    let nav = use_nav();
    let instance = use_instance();
    let config = apply_config();
    let on_continue = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.edit(|a| a.trim_step(step));
        let errors = state
            .draft
            .with_untracked(|d| validate_step(step, &d.answers, config));
        let has_errors = !errors.is_empty();
        state.errors.set(errors);
        instance.has_errors.set(has_errors);
        if !has_errors {
            let returning = nav.location_untracked().query_value(RETURN_KEY)
                == Some(StepId::CheckAnswers.slug());
            nav.go_page(Page::Apply(Some(after_continue(step, returning))));
        }
    };
    view! {
        <form class="cg-form" novalidate on:submit=on_continue>
            <QuestionCaption step=step />
            <Heading level=1>{config.step_heading(step.slug())}</Heading>
            {children()}
            <button type="submit" class="cg-button">"Continue"</button>
        </form>
    }
}

#[component]
fn QuestionCaption(step: StepId) -> impl IntoView {
    step.question_number()
        .map(|(n, of)| view! { <p class="cg-caption">{format!("Question {n} of {of}")}</p> })
}

#[component]
pub fn AboutYou() -> impl IntoView {
    let q = &apply_config().questions;
    view! {
        <QuestionPage step=StepId::AboutYou>
            <TextInput field=Field::FullName question=&q.full_name autocomplete="name" spellcheck_off=true />
            <TextInput field=Field::Email question=&q.email input_type="email" autocomplete="email" spellcheck_off=true />
            <TextInput field=Field::Phone question=&q.phone input_type="tel" autocomplete="tel" width="cg-input--width-20" />
            <SelectInput field=Field::Country question=&q.country options=&apply_config().countries autocomplete="country-name" />
        </QuestionPage>
    }
}

#[component]
pub fn Background() -> impl IntoView {
    let config = apply_config();
    let q = &config.questions;
    view! {
        <QuestionPage step=StepId::Background>
            <Radios field=Field::Situation question=&q.situation choices=&config.situations />
            <Radios field=Field::Experience question=&q.experience choices=&config.experience_levels />
            <Checkboxes field=Field::Languages question=&q.languages choices=&config.languages />
        </QuestionPage>
    }
}

#[component]
pub fn TrackAndStart() -> impl IntoView {
    let config = apply_config();
    let q = &config.questions;
    view! {
        <QuestionPage step=StepId::Track>
            <p class="cg-inset">{config.programme.duration_note.as_str()}</p>
            <Radios field=Field::Track question=&q.track choices=&config.tracks />
            <Radios field=Field::Cohort question=&q.cohort choices=&config.cohorts />
        </QuestionPage>
    }
}

#[component]
pub fn Motivation() -> impl IntoView {
    let config = apply_config();
    let q = &config.questions;
    view! {
        <QuestionPage step=StepId::Motivation>
            <CountedTextArea field=Field::Motivation question=&q.motivation />
            <TextInput field=Field::PortfolioUrl question=&q.portfolio_url input_type="url" autocomplete="url" spellcheck_off=true />
            <Radios field=Field::HeardFrom question=&q.heard_from choices=&config.heard_from />
        </QuestionPage>
    }
}

/// Every answer as the reader will see it; optional ones left empty read "Not provided".
pub fn shown_answer(field: Field, answers: &Answers, config: &'static ApplyConfig) -> String {
    let text = match field {
        Field::Situation => label_of(&config.situations, &answers.situation).to_owned(),
        Field::Experience => label_of(&config.experience_levels, &answers.experience).to_owned(),
        Field::Track => label_of(&config.tracks, &answers.track).to_owned(),
        Field::Cohort => label_of(&config.cohorts, &answers.cohort).to_owned(),
        Field::HeardFrom => label_of(&config.heard_from, &answers.heard_from).to_owned(),
        Field::Languages => answers
            .languages
            .iter()
            .map(|l| label_of(&config.languages, l))
            .collect::<Vec<_>>()
            .join(", "),
        Field::Consent => if answers.consent { "Yes" } else { "No" }.to_owned(),
        other => answers.text(other).trim().to_owned(),
    };
    if text.is_empty() {
        "Not provided".to_owned()
    } else {
        text
    }
}

/// The label of a question, without its "(optional)" marker, for the review page.
pub fn short_label(field: Field, config: &'static ApplyConfig) -> &'static str {
    let q = &config.questions;
    let label = match field {
        Field::FullName => &q.full_name.label,
        Field::Email => &q.email.label,
        Field::Phone => &q.phone.label,
        Field::Country => &q.country.label,
        Field::Situation => &q.situation.label,
        Field::Experience => &q.experience.label,
        Field::Languages => &q.languages.label,
        Field::Track => &q.track.label,
        Field::Cohort => &q.cohort.label,
        Field::Motivation => &q.motivation.label,
        Field::PortfolioUrl => &q.portfolio_url.label,
        Field::HeardFrom => &q.heard_from.label,
        Field::Consent => &q.consent.label,
    };
    label.trim_end_matches(" (optional)")
}

/// A GOV.UK summary list of one page's answers, with optional Change links.
#[component]
pub fn AnswerList(
    step: StepId,
    answers: Answers,
    #[prop(optional)] with_change: bool,
) -> impl IntoView {
    let config = apply_config();
    view! {
        <dl class="cg-summary-list">
            {Field::of_step(step)
                .map(|field| {
                    let label = short_label(field, config);
                    let change = Location {
                        page: Page::Apply(Some(step)),
                        query: vec![(RETURN_KEY.to_owned(), StepId::CheckAnswers.slug().to_owned())],
                        hash: String::new(),
                    };
                    view! {
                        <div class="cg-summary-list__row">
                            <dt class="cg-summary-list__key">{label}</dt>
                            <dd class="cg-summary-list__value">{shown_answer(field, &answers, config)}</dd>
                            {with_change.then(|| view! {
                                <dd class="cg-summary-list__actions">
                                    <Link to=change>"Change"<span class="cg-visually-hidden">{format!(" {}", label.to_ascii_lowercase())}</span></Link>
                                </dd>
                            })}
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}

const REVIEWED: [StepId; 4] = [
    StepId::AboutYou,
    StepId::Background,
    StepId::Track,
    StepId::Motivation,
];

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let state = use_wizard();
    let nav = use_nav();
    let config = apply_config();
    view! {
        <form class="cg-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            nav.go_page(Page::Apply(Some(after_continue(StepId::CheckAnswers, false))));
        }>
            <Heading level=1>{config.step_heading(StepId::CheckAnswers.slug())}</Heading>
            {move || {
                let answers = state.draft.with(|d| d.answers.clone());
                REVIEWED
                    .into_iter()
                    .map(|step| view! {
                        <Heading level=2 class="cg-heading-m">{config.step_heading(step.slug())}</Heading>
                        <AnswerList step=step answers=answers.clone() with_change=true />
                    })
                    .collect_view()
            }}
            <button type="submit" class="cg-button">"Continue"</button>
        </form>
    }
}

#[component]
pub fn Consent() -> impl IntoView {
    let state = use_wizard();
    let nav = use_nav();
    let instance = use_instance();
    let config = apply_config();
    let send = move || {
        let errors = state
            .draft
            .with_untracked(|d| validate_step(StepId::Consent, &d.answers, config));
        let has_errors = !errors.is_empty();
        state.errors.set(errors);
        instance.has_errors.set(has_errors);
        if has_errors || !state.submission.with_untracked(Submission::may_send) {
            return;
        }
        let Some(endpoint) = state.endpoint() else {
            state.submission.set(Submission::Preview);
            return;
        };
        let (reference, submitted_at) = state.fix_identity();
        let body = state.draft.with_untracked(|d| {
            Payload::new(config.schema_version, &reference, &submitted_at, &d.answers).to_json()
        });
        state.submission.set(Submission::Sending);
        spawn_local(async move {
            match post(&endpoint, body, &reference).await {
                Ok(status) if is_success(status) => {
                    state.finish(reference.clone(), submitted_at);
                    instance.emit(HostEvent::Submitted { reference });
                    nav.go(
                        Location::new(Page::Apply(Some(StepId::Confirmation))),
                        crate::app::nav::Go {
                            replace: true,
                            keep_scroll: false,
                        },
                    );
                }
                Ok(status) => state
                    .submission
                    .set(Submission::Failed(Failure::Status(status))),
                Err(failure) => state.submission.set(Submission::Failed(failure)),
            }
        });
    };
    let sending = move || state.submission.with(|s| matches!(s, Submission::Sending));
    view! {
        <form class="cg-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); send(); }>
            <QuestionCaption step=StepId::Consent />
            <Heading level=1>{config.step_heading(StepId::Consent.slug())}</Heading>
            <p>{config.privacy_notice.as_str()}</p>
            <SingleCheckbox field=Field::Consent question=&config.questions.consent />
            <SubmissionStatus retry=Callback::new(move |_| send()) />
            <button type="submit" class="cg-button" aria-disabled=move || sending().then_some("true")>
                {move || if sending() { "Sending your application…" } else { "Send application" }}
            </button>
        </form>
    }
}

/// What happened to the last attempt to send, and the Retry button after a failure.
#[component]
fn SubmissionStatus(retry: Callback<()>) -> impl IntoView {
    let state = use_wizard();
    move || {
        match state.submission.get() {
        Submission::Idle => ().into_any(),
        Submission::Sending => view! { <p class="cg-status" role="status">"Sending your application…"</p> }.into_any(),
        Submission::Preview => view! {
            <div class="cg-notice cg-notice--warning" role="alert">
                <p><strong>"This is a preview: your application has not been sent."</strong></p>
                <p>"No application service is connected to this page, so nothing you enter here reaches Melsoft Academy. Your answers are still saved on this device."</p>
            </div>
        }
        .into_any(),
        Submission::Failed(failure) => view! {
            <div class="cg-notice cg-notice--error" role="alert">
                <p>{failure.message()}</p>
                <button type="button" class="cg-button cg-button--secondary" on:click=move |_| retry.run(())>"Retry"</button>
            </div>
        }
        .into_any(),
    }
    }
}

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
            "answers": crate::apply::payload::Payload::new(config.schema_version, &receipt.reference, &receipt.submitted_at, &receipt.answers).answers,
        });
        let download = format!(
            "data:application/json;charset=utf-8,{}",
            crate::app::url::encode(&serde_json::to_string_pretty(&copy).unwrap_or_default())
        );
        let filename = format!("melsoft-application-{}.json", receipt.reference);
        let print = |_| {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        };
        view! {
            <div class="cg-panel">
                <Heading level=1 class="cg-panel__title">{config.step_heading(StepId::Confirmation.slug())}</Heading>
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
            {REVIEWED
                .into_iter()
                .map(|step| view! {
                    <Heading level=3 class="cg-heading-s">{config.step_heading(step.slug())}</Heading>
                    <AnswerList step=step answers=receipt.answers.clone() />
                })
                .collect_view()}
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
