//! The wizard's controls, each inside the shared [`FormGroup`] with its question's wording
//! from `application.json` and its error from the last Continue.

use super::state::{use_wizard, WizardState};
use crate::apply::answers::Field;
use crate::apply::config::{apply_config, Choice};
use crate::apply::validate::{char_count, character_count_message, MOTIVATION_MAX_CHARS};
use crate::ui::form_group::{use_field, FormGroup};
use leptos::prelude::*;

/// The message for `field` from the last Continue, if any.
fn error_for(state: WizardState, field: Field) -> Memo<Option<String>> {
    Memo::new(move |_| {
        state.errors.with(|errors| {
            errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    })
}

/// The question's label, or a legend for a group of choices, with its hint and error.
#[component]
fn Question(field: Field, #[prop(optional)] grouped: bool, children: Children) -> impl IntoView {
    let state = use_wizard();
    let question = apply_config().question(field);
    let hint = question.hint.as_deref();
    let error = error_for(state, field);
    if grouped {
        view! {
            <FormGroup id=field.id() legend=question.label.as_str() large_legend=true hint=hint error=error>
                {children()}
            </FormGroup>
        }
        .into_any()
    } else {
        view! {
            <FormGroup id=field.id() label=question.label.as_str() hint=hint error=error
                also_described_by=(field == Field::Motivation).then(|| count_id(field))>
                {children()}
            </FormGroup>
        }
        .into_any()
    }
}

/// A one-line text input.
#[component]
pub fn TextInput(
    field: Field,
    #[prop(default = "text")] input_type: &'static str,
    autocomplete: &'static str,
    #[prop(default = "")] width: &'static str,
    #[prop(optional)] spellcheck_off: bool,
) -> impl IntoView {
    view! {
        <Question field=field>
            <TextControl field=field input_type=input_type autocomplete=autocomplete width=width spellcheck_off=spellcheck_off />
        </Question>
    }
}

#[component]
fn TextControl(
    field: Field,
    input_type: &'static str,
    autocomplete: &'static str,
    width: &'static str,
    spellcheck_off: bool,
) -> impl IntoView {
    let state = use_wizard();
    let control = use_field();
    let value = Memo::new(move |_| state.draft.with(|d| d.answers.text(field).to_owned()));
    view! {
        <input
            class=format!("cg-input {width}")
            class:cg-input--error=move || control.invalid.get()
            id=field.id()
            name=field.id()
            type=input_type
            autocomplete=autocomplete
            spellcheck=spellcheck_off.then_some("false")
            aria-describedby=move || control.described_by.get()
            prop:value=move || value.get()
            on:input=move |ev| state.set_text(field, event_target_value(&ev))
        />
    }
}

/// A select of `options` after the question's placeholder, for long lists.
#[component]
pub fn SelectInput(
    field: Field,
    options: &'static [String],
    autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <Question field=field>
            <SelectControl field=field options=options autocomplete=autocomplete />
        </Question>
    }
}

#[component]
fn SelectControl(
    field: Field,
    options: &'static [String],
    autocomplete: &'static str,
) -> impl IntoView {
    let state = use_wizard();
    let control = use_field();
    let placeholder = apply_config()
        .question(field)
        .placeholder
        .as_deref()
        .unwrap_or("");
    // About 200 options. In the browser the `options` directive adds them in one go with the
    // browser's own `Option` constructor (as fast to mount as the markup string it replaces,
    // which a page enforcing Trusted Types refuses); pre-rendered natively they are plain
    // children. The page is rebuilt on every visit, so the selection is set once here and
    // the select itself holds it afterwards.
    let prerendered = (!crate::platform::IN_BROWSER).then(|| {
        std::iter::once(("", placeholder))
            .chain(options.iter().map(|o| (o.as_str(), o.as_str())))
            .map(|(value, label)| view! { <option value=value>{label}</option> })
            .collect_view()
    });
    let selected = state
        .draft
        .with_untracked(|d| d.answers.text(field).to_owned());
    view! {
        <select
            use:with_options=(placeholder, options)
            prop:value=selected
            class="cg-select"
            class:cg-select--error=move || control.invalid.get()
            id=field.id()
            name=field.id()
            autocomplete=autocomplete
            aria-describedby=move || control.described_by.get()
            on:change=move |ev| state.set_text(field, event_target_value(&ev))
        >{prerendered}</select>
    }
}

/// Adds a placeholder option (value "") and one option per choice to a new `select`.
fn with_options(
    select: web_sys::Element,
    (placeholder, options): (&'static str, &'static [String]),
) {
    crate::platform::dom::add_options(&select, placeholder, options);
}

/// The id of option `index` in a group: the first one takes the field's id, so error
/// summary links land on it.
fn option_id(field: Field, index: usize) -> String {
    if index == 0 {
        field.id().to_owned()
    } else {
        format!("{}-{}", field.id(), index + 1)
    }
}

/// One choice from a list, as radios in a fieldset.
#[component]
pub fn Radios(field: Field, choices: Vec<Choice>) -> impl IntoView {
    let state = use_wizard();
    let group = crate::ui::instance::use_instance().group_name(field.id());
    let value = Memo::new(move |_| state.draft.with(|d| d.answers.text(field).to_owned()));
    view! {
        <Question field=field grouped=true>
            <div class="cg-radios">
                {choices
                    .into_iter()
                    .enumerate()
                    .map(|(index, choice)| {
                        let id = option_id(field, index);
                        let hint_id = format!("{id}-item-hint");
                        let this = choice.value.clone();
                        let set = choice.value.clone();
                        view! {
                            <div class="cg-radios__item">
                                <input
                                    class="cg-radios__input"
                                    type="radio"
                                    id=id.clone()
                                    name=group.clone()
                                    value=choice.value
                                    aria-describedby=choice.hint.as_ref().map(|_| hint_id.clone())
                                    prop:checked=move || value.get() == this
                                    on:change=move |_| state.set_text(field, set.clone())
                                />
                                <label class="cg-label cg-radios__label" for=id>{choice.label}</label>
                                {choice.hint.map(|hint| view! {
                                    <div class="cg-hint cg-radios__hint" id=hint_id.clone()>{hint}</div>
                                })}
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </Question>
    }
}

/// Any number of choices, as checkboxes in a fieldset.
#[component]
pub fn Checkboxes(field: Field, choices: &'static [Choice]) -> impl IntoView {
    let state = use_wizard();
    view! {
        <Question field=field grouped=true>
            <div class="cg-checkboxes">
                {choices
                    .iter()
                    .enumerate()
                    .map(|(index, choice)| {
                        let id = option_id(field, index);
                        let value = choice.value.clone();
                        let set = choice.value.clone();
                        view! {
                            <div class="cg-checkboxes__item">
                                <input
                                    class="cg-checkboxes__input"
                                    type="checkbox"
                                    id=id.clone()
                                    name=field.id()
                                    value=choice.value.as_str()
                                    prop:checked=move || state.draft.with(|d| d.answers.chosen(field).contains(&value))
                                    on:change=move |ev| {
                                        let used = event_target_checked(&ev);
                                        state.edit(|a| a.set_chosen(field, &set, used));
                                    }
                                />
                                <label class="cg-label cg-checkboxes__label" for=id>{choice.label.as_str()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </Question>
    }
}

fn count_id(field: Field) -> String {
    format!("{}-count", field.id())
}

/// A text area with a live character count (GOV.UK character count pattern).
#[component]
pub fn CountedTextArea(field: Field) -> impl IntoView {
    view! {
        <Question field=field>
            <CountedControl field=field />
        </Question>
    }
}

#[component]
fn CountedControl(field: Field) -> impl IntoView {
    let state = use_wizard();
    let control = use_field();
    let value = Memo::new(move |_| state.draft.with(|d| d.answers.text(field).to_owned()));
    let over = move || value.with(|v| char_count(v) > MOTIVATION_MAX_CHARS);
    view! {
        <textarea
            class="cg-textarea"
            class:cg-textarea--error=move || control.invalid.get() || over()
            id=field.id()
            name=field.id()
            rows="8"
            aria-describedby=move || control.described_by.get()
            prop:value=move || value.get()
            on:input=move |ev| state.set_text(field, event_target_value(&ev))
        ></textarea>
        <div class="cg-hint cg-character-count" class:cg-character-count--over=over id=count_id(field) aria-live="polite">
            {move || value.with(|v| character_count_message(v))}
        </div>
    }
}

/// A single checkbox that must be ticked (consent); its label is the question.
#[component]
pub fn SingleCheckbox(field: Field) -> impl IntoView {
    let state = use_wizard();
    let error = error_for(state, field);
    let label = apply_config().question(field).label.as_str();
    view! {
        <FormGroup id=field.id() error=error>
            <SingleCheckboxControl field=field label=label />
        </FormGroup>
    }
}

#[component]
fn SingleCheckboxControl(field: Field, label: &'static str) -> impl IntoView {
    let state = use_wizard();
    let control = use_field();
    view! {
        <div class="cg-checkboxes">
            <div class="cg-checkboxes__item">
                <input
                    class="cg-checkboxes__input"
                    type="checkbox"
                    id=field.id()
                    name=field.id()
                    aria-describedby=move || control.described_by.get()
                    prop:checked=move || state.draft.with(|d| d.answers.consent)
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        state.edit(|a| a.consent = checked);
                    }
                />
                <label class="cg-label cg-checkboxes__label" for=field.id()>{label}</label>
            </div>
        </div>
    }
}

/// A field people never meet: off-screen, hidden from screen readers (`aria-hidden`), out
/// of reach of the keyboard (`inert`, `tabindex=-1`), named so autofill and password
/// managers pass it by. Software that fills in every field fills it; its value goes to the
/// endpoint as a signal and never stops anyone sending.
#[component]
pub fn Honeypot() -> impl IntoView {
    let state = use_wizard();
    view! {
        <div class="cg-honeypot" aria-hidden="true" inert=true>
            <label for="extra-details">{"Leave this field empty"}</label>
            <input
                type="text"
                id="extra-details"
                name="extra-details"
                tabindex="-1"
                autocomplete="off"
                data-1p-ignore=""
                data-lpignore="true"
                prop:value=move || state.draft.with(|d| d.honeypot.clone())
                on:input=move |ev| state.set_honeypot(event_target_value(&ev))
            />
        </div>
    }
}
