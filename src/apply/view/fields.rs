//! Form controls after the GOV.UK Design System: label, hint, error message beside the
//! field, and the error summary at the top of the page.

use super::state::use_wizard;
use crate::app::heading::Heading;
use crate::apply::answers::Field;
use crate::apply::config::{Choice, Question};
use crate::apply::validate::{char_count, character_count_message, MOTIVATION_MAX_CHARS};
use crate::platform::dom;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The message for `field` from the last Continue, if any.
fn error_for(field: Field) -> Memo<Option<String>> {
    let state = use_wizard();
    Memo::new(move |_| {
        state.errors.with(|errors| {
            errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    })
}

fn hint_id(field: Field) -> String {
    format!("{}-hint", field.id())
}

fn error_id(field: Field) -> String {
    format!("{}-error", field.id())
}

/// `aria-describedby` for a control: its hint and, when shown, its error.
fn described_by(
    field: Field,
    has_hint: bool,
    error: Memo<Option<String>>,
    extra: Option<String>,
) -> impl Fn() -> Option<String> {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id(field));
        }
        if let Some(extra) = &extra {
            ids.push(extra.clone());
        }
        if error.get().is_some() {
            ids.push(error_id(field));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

#[component]
fn Hint(field: Field, question: &'static Question) -> impl IntoView {
    question
        .hint
        .as_ref()
        .map(|hint| view! { <div class="cg-hint" id=hint_id(field)>{hint.as_str()}</div> })
}

#[component]
fn ErrorMessage(field: Field, error: Memo<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="cg-error-message" id=error_id(field)>
                    <span class="cg-visually-hidden">"Error: "</span>
                    {message}
                </p>
            }
        })
    }
}

/// A one-line text input.
#[component]
pub fn TextInput(
    field: Field,
    question: &'static Question,
    #[prop(default = "text")] input_type: &'static str,
    autocomplete: &'static str,
    #[prop(default = "")] width: &'static str,
    #[prop(optional)] spellcheck_off: bool,
) -> impl IntoView {
    let state = use_wizard();
    let error = error_for(field);
    let value = Memo::new(move |_| state.draft.with(|d| d.answers.text(field).to_owned()));
    view! {
        <div class="cg-form-group" class:cg-form-group--error=move || error.get().is_some()>
            <label class="cg-label" for=field.id()>{question.label.as_str()}</label>
            <Hint field=field question=question />
            <ErrorMessage field=field error=error />
            <input
                class=format!("cg-input {width}")
                class:cg-input--error=move || error.get().is_some()
                id=field.id()
                name=field.id()
                type=input_type
                autocomplete=autocomplete
                spellcheck=spellcheck_off.then_some("false")
                aria-describedby=described_by(field, question.hint.is_some(), error, None)
                prop:value=move || value.get()
                on:input=move |ev| state.set_text(field, event_target_value(&ev))
            />
        </div>
    }
}

/// A select with a "Choose…" first option, for long lists.
#[component]
pub fn SelectInput(
    field: Field,
    question: &'static Question,
    options: &'static [String],
    autocomplete: &'static str,
) -> impl IntoView {
    let state = use_wizard();
    let error = error_for(field);
    // About 200 options: one markup string is far cheaper to mount than 200 elements built
    // one by one. The page is rebuilt on every visit, so the selection is set once here and
    // the select itself holds it afterwards.
    let markup = options_markup("Choose a country", options);
    let selected = state
        .draft
        .with_untracked(|d| d.answers.text(field).to_owned());
    view! {
        <div class="cg-form-group" class:cg-form-group--error=move || error.get().is_some()>
            <label class="cg-label" for=field.id()>{question.label.as_str()}</label>
            <Hint field=field question=question />
            <ErrorMessage field=field error=error />
            <select
                inner_html=markup
                prop:value=selected
                class="cg-select"
                class:cg-select--error=move || error.get().is_some()
                id=field.id()
                name=field.id()
                autocomplete=autocomplete
                aria-describedby=described_by(field, question.hint.is_some(), error, None)
                on:change=move |ev| state.set_text(field, event_target_value(&ev))
            ></select>
        </div>
    }
}

/// `<option>` markup for a placeholder and `options`, escaped.
fn options_markup(placeholder: &str, options: &[String]) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut markup = format!("<option value=\"\">{}</option>", escape(placeholder));
    for option in options {
        let text = escape(option);
        markup.push_str(&format!("<option value=\"{text}\">{text}</option>"));
    }
    markup
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
pub fn Radios(
    field: Field,
    question: &'static Question,
    choices: &'static [Choice],
) -> impl IntoView {
    let state = use_wizard();
    let error = error_for(field);
    let value = Memo::new(move |_| state.draft.with(|d| d.answers.text(field).to_owned()));
    view! {
        <div class="cg-form-group" class:cg-form-group--error=move || error.get().is_some()>
            <fieldset class="cg-fieldset" aria-describedby=described_by(field, question.hint.is_some(), error, None)>
                <legend class="cg-fieldset__legend cg-fieldset__legend--m">{question.label.as_str()}</legend>
                <Hint field=field question=question />
                <ErrorMessage field=field error=error />
                <div class="cg-radios">
                    {choices
                        .iter()
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
                                        name=field.id()
                                        value=choice.value.as_str()
                                        aria-describedby=choice.hint.as_ref().map(|_| hint_id.clone())
                                        prop:checked=move || value.get() == this
                                        on:change=move |_| state.set_text(field, set.clone())
                                    />
                                    <label class="cg-label cg-radios__label" for=id>{choice.label.as_str()}</label>
                                    {choice.hint.as_ref().map(|hint| view! {
                                        <div class="cg-hint cg-radios__hint" id=hint_id.clone()>{hint.as_str()}</div>
                                    })}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// Any number of choices, as checkboxes in a fieldset (the languages used).
#[component]
pub fn Checkboxes(
    field: Field,
    question: &'static Question,
    choices: &'static [Choice],
) -> impl IntoView {
    let state = use_wizard();
    let error = error_for(field);
    view! {
        <div class="cg-form-group" class:cg-form-group--error=move || error.get().is_some()>
            <fieldset class="cg-fieldset" aria-describedby=described_by(field, question.hint.is_some(), error, None)>
                <legend class="cg-fieldset__legend cg-fieldset__legend--m">{question.label.as_str()}</legend>
                <Hint field=field question=question />
                <ErrorMessage field=field error=error />
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
                                        prop:checked=move || state.draft.with(|d| d.answers.languages.contains(&value))
                                        on:change=move |ev| {
                                            let used = event_target_checked(&ev);
                                            state.edit(|a| a.set_language(&set, used));
                                        }
                                    />
                                    <label class="cg-label cg-checkboxes__label" for=id>{choice.label.as_str()}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// A text area with a live character count (GOV.UK character count pattern).
#[component]
pub fn CountedTextArea(field: Field, question: &'static Question) -> impl IntoView {
    let state = use_wizard();
    let error = error_for(field);
    let value = Memo::new(move |_| state.draft.with(|d| d.answers.text(field).to_owned()));
    let count_id = format!("{}-count", field.id());
    let over = move || value.with(|v| char_count(v) > MOTIVATION_MAX_CHARS);
    view! {
        <div class="cg-form-group" class:cg-form-group--error=move || error.get().is_some()>
            <label class="cg-label" for=field.id()>{question.label.as_str()}</label>
            <Hint field=field question=question />
            <ErrorMessage field=field error=error />
            <textarea
                class="cg-textarea"
                class:cg-textarea--error=move || error.get().is_some() || over()
                id=field.id()
                name=field.id()
                rows="8"
                aria-describedby=described_by(field, question.hint.is_some(), error, Some(count_id.clone()))
                prop:value=move || value.get()
                on:input=move |ev| state.set_text(field, event_target_value(&ev))
            ></textarea>
            <div class="cg-hint cg-character-count" class:cg-character-count--over=over id=count_id aria-live="polite">
                {move || value.with(|v| character_count_message(v))}
            </div>
        </div>
    }
}

/// A single checkbox that must be ticked (consent).
#[component]
pub fn SingleCheckbox(field: Field, question: &'static Question) -> impl IntoView {
    let state = use_wizard();
    let error = error_for(field);
    view! {
        <div class="cg-form-group" class:cg-form-group--error=move || error.get().is_some()>
            <ErrorMessage field=field error=error />
            <div class="cg-checkboxes">
                <div class="cg-checkboxes__item">
                    <input
                        class="cg-checkboxes__input"
                        type="checkbox"
                        id=field.id()
                        name=field.id()
                        aria-describedby=move || error.get().map(|_| error_id(field))
                        prop:checked=move || state.draft.with(|d| d.answers.consent)
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            state.edit(|a| a.consent = checked);
                        }
                    />
                    <label class="cg-label cg-checkboxes__label" for=field.id()>{question.label.as_str()}</label>
                </div>
            </div>
        </div>
    }
}

/// "There is a problem", with a link to each field in error. It takes focus whenever a
/// Continue finds problems.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let state = use_wizard();
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if state.errors.with(|e| !e.is_empty()) {
            request_animation_frame(move || {
                if let Some(summary) = summary.get_untracked() {
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
        <Show when=move || state.errors.with(|e| !e.is_empty())>
            <div class="cg-error-summary" tabindex="-1" node_ref=summary aria-labelledby="error-summary-title">
                <div role="alert">
                    <Heading level=2 id="error-summary-title" class="cg-error-summary__title">"There is a problem"</Heading>
                    <ul class="cg-error-summary__list">
                        {move || {
                            state
                                .errors
                                .get()
                                .into_iter()
                                .map(|error| {
                                    let id = error.field.id();
                                    view! { <li><a href=format!("#{id}") on:click=go_to_field(id)>{error.message}</a></li> }
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::options_markup;

    #[test]
    fn option_markup_is_escaped() {
        let markup = options_markup(
            "Choose",
            &["Côte d’Ivoire".into(), "<b>\"x\" & y</b>".into()],
        );
        assert_eq!(
            markup,
            "<option value=\"\">Choose</option><option value=\"Côte d’Ivoire\">Côte d’Ivoire</option>\
             <option value=\"&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;\">&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;</option>"
        );
    }
}
