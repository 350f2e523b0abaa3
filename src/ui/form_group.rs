//! The one wrapper every form field uses, after the GOV.UK Design System: a label (or a
//! fieldset legend for a group of choices), an optional hint, the error message beside
//! the field, and the ids that tie them to the control with `aria-describedby`.
//!
//! Controls inside read their ids with [`use_field`].

use leptos::prelude::*;

/// What a control inside a [`FormGroup`] needs to point at its hint and error.
#[derive(Clone, Copy)]
pub struct FieldContext {
    /// `aria-describedby` for the control (`None` on a fieldset's controls: the fieldset
    /// itself is described).
    pub described_by: Signal<Option<String>>,
    /// Whether the field shows an error, for the control's error style.
    pub invalid: Signal<bool>,
}

pub fn use_field() -> FieldContext {
    expect_context::<FieldContext>()
}

pub fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

pub fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// A field: `label` names a single control with id `id`; `legend` names a group of
/// choices in a fieldset instead; with neither (a lone checkbox) the control's own label
/// names it.
#[component]
pub fn FormGroup(
    /// The control's id (for a group, the first choice's), which error links point at.
    #[prop(into)]
    id: String,
    #[prop(optional_no_strip, into)] label: Option<&'static str>,
    #[prop(optional_no_strip, into)] legend: Option<&'static str>,
    /// A legend in the larger, question-heading size.
    #[prop(optional)]
    large_legend: bool,
    #[prop(optional_no_strip, into)] hint: Option<&'static str>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// Another element describing the control, such as a live character count.
    #[prop(optional_no_strip, into)]
    also_described_by: Option<String>,
    children: Children,
) -> impl IntoView {
    // Memos, not derived signals: a page being replaced disposes them as nodes, so nothing
    // still listening can read a disposed value.
    let invalid = Memo::new(move |_| error.with(Option::is_some));
    let described_by = {
        let id = id.clone();
        Memo::new(move |_| {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id(&id));
            }
            ids.extend(also_described_by.clone());
            if invalid.get() {
                ids.push(error_id(&id));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    };
    let grouped = legend.is_some();
    provide_context(FieldContext {
        described_by: if grouped {
            Signal::stored(None)
        } else {
            described_by.into()
        },
        invalid: invalid.into(),
    });
    let hint = hint.map(|hint| view! { <div class="cg-hint" id=hint_id(&id)>{hint}</div> });
    let message = {
        let id = error_id(&id);
        move || {
            error.get().map(|message| {
                view! {
                    <p class="cg-error-message" id=id.clone()>
                        <span class="cg-visually-hidden">{"Error: "}</span>
                        {message}
                    </p>
                }
            })
        }
    };
    let body = match legend {
        Some(legend) => {
            let legend_class = if large_legend {
                "cg-fieldset__legend cg-fieldset__legend--m"
            } else {
                "cg-fieldset__legend"
            };
            view! {
                <fieldset class="cg-fieldset" aria-describedby=described_by>
                    <legend class=legend_class>{legend}</legend>
                    {hint}
                    {message}
                    {children()}
                </fieldset>
            }
            .into_any()
        }
        None => view! {
            {label.map(|label| view! { <label class="cg-label" for=id.clone()>{label}</label> })}
            {hint}
            {message}
            {children()}
        }
        .into_any(),
    };
    view! {
        <div class="cg-form-group" class:cg-form-group--error=move || invalid.get()>
            {body}
        </div>
    }
}
