//! The wizard's question pages and "Check your answers".

use super::fields::{Checkboxes, CountedTextArea, Honeypot, Radios, SelectInput, TextInput};
use super::state::use_wizard;
use crate::apply::answers::{Answers, Field};
use crate::apply::cohorts::{cohort_choices, cohort_label, open_cohorts};
use crate::apply::config::{apply_config, label_of, ApplyConfig};
use crate::apply::steps::{after_continue, reviewed_pages, StepId};
use crate::apply::validate::validate_step;
use crate::routing::nav::{use_nav, Link, Location};
use crate::routing::page::Page;
use crate::ui::heading::Heading;
use crate::ui::instance::use_instance;
use leptos::prelude::*;

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
            .with_untracked(|d| validate_step(step, &d.answers, config, state.today.get_value()));
        let has_errors = !errors.is_empty();
        state.errors.set(errors);
        instance.has_errors.set(has_errors);
        if !has_errors {
            let returning = nav.location_untracked().query_value(RETURN_KEY)
                == Some(StepId::CheckAnswers.name());
            nav.go_page(Page::Apply(Some(after_continue(step, returning))));
        }
    };
    // `method="dialog"`: submitted outside a dialog, a form goes nowhere. Without scripts
    // (a pre-rendered page), Continue never puts the answers in an address.
    view! {
        <form class="cg-form" method="dialog" novalidate on:submit=on_continue>
            <QuestionCaption step=step />
            <Heading level=1>{config.step_heading(step)}</Heading>
            {children()}
            <button type="submit" class="cg-button">{"Continue"}</button>
        </form>
    }
}

#[component]
pub fn QuestionCaption(step: StepId) -> impl IntoView {
    step.question_number()
        .map(|(n, of)| view! { <p class="cg-caption">{format!("Question {n} of {of}")}</p> })
}

#[component]
pub fn AboutYou() -> impl IntoView {
    view! {
        <QuestionPage step=StepId::AboutYou>
            <TextInput field=Field::FullName autocomplete="name" spellcheck_off=true />
            <TextInput field=Field::Email input_type="email" autocomplete="email" spellcheck_off=true />
            <TextInput field=Field::Phone input_type="tel" autocomplete="tel" width="cg-input--width-20" />
            <SelectInput field=Field::Country options=&apply_config().countries autocomplete="country-name" />
            <Honeypot />
        </QuestionPage>
    }
}

#[component]
pub fn Background() -> impl IntoView {
    let config = apply_config();
    view! {
        <QuestionPage step=StepId::Background>
            <Radios field=Field::Situation choices=config.situations.clone() />
            <Radios field=Field::Experience choices=config.experience_levels.clone() />
            <Checkboxes field=Field::Languages choices=&config.languages />
        </QuestionPage>
    }
}

/// The track, and a start date among those still open on the visitor's day (or the next
/// cohort, said plainly when no date is open).
#[component]
pub fn TrackAndStart() -> impl IntoView {
    let state = use_wizard();
    let config = apply_config();
    let today = state.today.get_value();
    let none_open = open_cohorts(config, today).next().is_none();
    view! {
        <QuestionPage step=StepId::Track>
            <p class="cg-inset">{config.programme.duration_note.as_str()}</p>
            <Radios field=Field::Track choices=config.tracks.clone() />
            {none_open.then(|| view! {
                <p class="cg-inset" data-testid="no-cohort-open">{config.next_cohort.none_open.as_str()}</p>
            })}
            <Radios field=Field::Cohort choices=cohort_choices(config, today) />
        </QuestionPage>
    }
}

#[component]
pub fn Motivation() -> impl IntoView {
    let config = apply_config();
    view! {
        <QuestionPage step=StepId::Motivation>
            <CountedTextArea field=Field::Motivation />
            <TextInput field=Field::PortfolioUrl input_type="url" autocomplete="url" spellcheck_off=true />
            <Radios field=Field::HeardFrom choices=config.heard_from.clone() />
        </QuestionPage>
    }
}

/// Every answer as the reader will see it; optional ones left empty read "Not provided".
pub fn shown_answer(field: Field, answers: &Answers, config: &'static ApplyConfig) -> String {
    let text = match field {
        Field::Situation => label_of(&config.situations, &answers.situation).to_owned(),
        Field::Experience => label_of(&config.experience_levels, &answers.experience).to_owned(),
        Field::Track => label_of(&config.tracks, &answers.track).to_owned(),
        Field::Cohort => cohort_label(config, &answers.cohort),
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
    config.question(field).label.trim_end_matches(" (optional)")
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
                        query: vec![(RETURN_KEY.to_owned(), StepId::CheckAnswers.name().to_owned())],
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

/// Each reviewed page's answers under its heading, at heading `level`.
#[component]
pub fn AllAnswers(
    answers: Answers,
    level: u8,
    #[prop(optional)] with_change: bool,
) -> impl IntoView {
    let config = apply_config();
    let class = if level == 2 {
        "cg-heading-m"
    } else {
        "cg-heading-s"
    };
    reviewed_pages()
        .map(|step| {
            view! {
                <Heading level=level class=class>{config.step_heading(step)}</Heading>
                <AnswerList step=step answers=answers.clone() with_change=with_change />
            }
        })
        .collect_view()
}

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let state = use_wizard();
    let nav = use_nav();
    let config = apply_config();
    view! {
        <form class="cg-form" method="dialog" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            nav.go_page(Page::Apply(Some(after_continue(StepId::CheckAnswers, false))));
        }>
            <Heading level=1>{config.step_heading(StepId::CheckAnswers)}</Heading>
            {move || view! { <AllAnswers answers=state.draft.with(|d| d.answers.clone()) level=2 with_change=true /> }}
            <button type="submit" class="cg-button">{"Continue"}</button>
        </form>
    }
}
