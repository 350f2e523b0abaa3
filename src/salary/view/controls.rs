//! The widget's form controls, each inside the shared [`FormGroup`]: a level picker, the
//! period radios and the visitor's pay.

use crate::salary::figures::salary_data;
use crate::salary::money::Period;
use crate::salary::pay_input::PayError;
use crate::ui::form_group::{use_field, FormGroup};
use crate::ui::instance::use_instance;
use leptos::prelude::*;

/// A select of every level.
#[component]
pub fn LevelPicker(
    id: &'static str,
    label: &'static str,
    selected: Signal<String>,
    on_pick: Callback<String>,
) -> impl IntoView {
    view! {
        <FormGroup id=id label=label>
            <select class="cg-select" id=id on:change=move |ev| on_pick.run(event_target_value(&ev))>
                {salary_data()
                    .levels
                    .iter()
                    .map(|level| {
                        let value = level.id.clone();
                        view! {
                            <option value=level.id.as_str() selected=move || selected.get() == value>
                                {level.label.as_str()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </FormGroup>
    }
}

/// Per year / per month / per hour, as inline radios.
#[component]
pub fn PeriodChoice(
    name: &'static str,
    legend: &'static str,
    selected: Signal<Period>,
    on_pick: Callback<Period>,
) -> impl IntoView {
    let group = use_instance().group_name(name);
    view! {
        <FormGroup id=format!("{name}-year") legend=legend>
            <div class="cg-radios cg-radios--inline">
                {Period::ALL
                    .into_iter()
                    .map(|period| {
                        let id = format!("{name}-{}", period.name());
                        view! {
                            <div class="cg-radios__item">
                                <input class="cg-radios__input" type="radio" id=id.clone() name=group.clone() value=period.name()
                                    prop:checked=move || selected.get() == period
                                    on:change=move |_| on_pick.run(period) />
                                <label class="cg-label cg-radios__label" for=id>{period.per_label()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </FormGroup>
    }
}

/// The visitor's own pay, as typed; `on_commit` runs when they leave the field,
/// `on_enter` when they press Enter in it (as in a form).
#[component]
pub fn PayField(
    text: RwSignal<String>,
    error: RwSignal<Option<PayError>>,
    on_commit: Callback<()>,
    on_enter: Callback<()>,
) -> impl IntoView {
    let message = Memo::new(move |_| error.get().map(|err| err.to_string()));
    view! {
        <FormGroup id="own-pay" label="Your current pay, in US dollars"
            hint="For example 52000, $52,000 or 52.5k" error=message>
            <PayInput text=text on_commit=on_commit on_enter=on_enter />
        </FormGroup>
    }
}

#[component]
fn PayInput(
    text: RwSignal<String>,
    on_commit: Callback<()>,
    on_enter: Callback<()>,
) -> impl IntoView {
    let field = use_field();
    view! {
        <input
            class="cg-input cg-input--width-10"
            class:cg-input--error=move || field.invalid.get()
            id="own-pay"
            name="pay"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=move || field.described_by.get()
            prop:value=move || text.get()
            on:input=move |ev| text.set(event_target_value(&ev))
            on:change=move |_| on_commit.run(())
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Enter" {
                    ev.prevent_default();
                    on_enter.run(());
                }
            }
        />
    }
}
