//! The embed builder page: the choices, each explained in place when it cannot be used, a
//! live preview of the real widget (the same loader on a page of its own, in a frame) and
//! the snippet with a copy button.

use super::model::{contrast_note, preview_address, snippet, start_pages, Choices, Field, Mode};
use crate::routing::nav::use_nav;
use crate::routing::page::WidgetKind;
use crate::ui::form_group::{use_field, FormGroup};
use crate::ui::heading::Heading;
use crate::ui::page_meta::set_page_meta;
use crate::ui::theme::ThemeMode;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The page's title, without the site name.
pub const TITLE: &str = "Put the guide on your page";
const LEDE: &str = "Choose a widget and how it looks, check it in the live preview, then copy the snippet into your landing page.";

pub fn page() -> AnyView {
    view! { <Builder /> }.into_any()
}

#[component]
fn Builder() -> impl IntoView {
    set_page_meta(TITLE.into(), LEDE);
    let site = use_nav().app_url();
    let choices = RwSignal::new(Choices::default());
    let width = RwSignal::new(PreviewWidth::Column);
    let code = {
        let site = site.clone();
        Memo::new(move |_| choices.with(|c| snippet(c, &site)))
    };
    let preview = Memo::new(move |_| choices.with(|c| preview_address(c, &site)));
    let kind = Memo::new(move |_| choices.with(|c| c.kind));
    // The frame is made by hand: rendered by the view, it would hold a placeholder
    // comment, which is not valid inside an iframe element.
    let frame = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(container) = frame.get() else {
            return;
        };
        let iframe = match container.first_element_child() {
            Some(iframe) => iframe,
            None => {
                let Some(iframe) = container
                    .owner_document()
                    .and_then(|d| d.create_element("iframe").ok())
                else {
                    return;
                };
                let _ = iframe.set_attribute("data-testid", "embed-preview");
                let _ = container.append_child(&iframe);
                iframe
            }
        };
        let title = format!(
            "Preview of the {} widget",
            kind_label(kind.get()).to_lowercase()
        );
        let _ = iframe.set_attribute("title", &title);
        let _ = iframe.set_attribute(
            "class",
            &format!("cg-builder__iframe {}", width.get().class()),
        );
        let src = preview.get();
        if iframe.get_attribute("src").as_deref() != Some(src.as_str()) {
            let _ = iframe.set_attribute("src", &src);
        }
    });

    view! {
        <article class="cg-article cg-builder">
            <Heading level=1>{TITLE}</Heading>
            <p class="cg-lede">{LEDE}</p>
            <div class="cg-builder__layout">
                <div class="cg-builder__choices">
                    <Choice legend="How it appears" name="embed-mode" options=Mode::ALL.iter().map(|m| (*m, mode_label(*m))).collect()
                        selected=Memo::new(move |_| choices.with(|c| c.mode))
                        on_pick=move |m: Mode| choices.update(|c| {
                            c.mode = m;
                            if !m.shows(c.kind) { c.kind = WidgetKind::Guide; c.view.clear(); }
                        }) />
                    <Choice legend="Widget" name="embed-kind" options=KINDS.iter().map(|k| (*k, kind_label(*k))).collect()
                        selected=kind on_pick=move |k| choices.update(|c| {
                            c.kind = k;
                            c.view.clear();
                            if !c.mode.shows(k) { c.mode = Mode::Inline; }
                        }) />
                    <StartPage choices=choices />
                    {Field::ALL[..3].iter().map(|f| view! { <TextField field=*f choices=choices /> }).collect_view()}
                    {Field::ALL[3..6].iter().map(|f| view! { <TextField field=*f choices=choices /> }).collect_view()}
                    <Marketing choices=choices />
                    <Choice legend="Colours" name="embed-theme"
                        options=ThemeMode::ALL.iter().map(|m| (*m, theme_label(*m))).collect()
                        selected=Memo::new(move |_| choices.with(|c| c.theme)) on_pick=move |m| choices.update(|c| c.theme = m) />
                    {Field::ALL[6..].iter().map(|f| view! { <TextField field=*f choices=choices /> }).collect_view()}
                </div>
                <section class="cg-builder__preview" aria-labelledby="embed-preview-heading">
                    <Heading level=2 id="embed-preview-heading">"Preview"</Heading>
                    <Choice legend="Width" name="embed-width"
                        options=PreviewWidth::ALL.iter().map(|w| (*w, w.label())).collect()
                        selected=Memo::new(move |_| width.get()) on_pick=move |w| width.set(w) />
                    <p class="cg-hint">{"The preview is the real widget. It never sends an application."}</p>
                    <div class="cg-builder__frame" node_ref=frame></div>
                </section>
            </div>
            <Snippet code=code mode=Memo::new(move |_| choices.with(|c| c.mode)) />
        </article>
    }
}

/// The widgets, in the order a landing page most often wants them.
const KINDS: [WidgetKind; 4] = [
    WidgetKind::Salary,
    WidgetKind::Apply,
    WidgetKind::Guide,
    WidgetKind::App,
];

fn kind_label(kind: WidgetKind) -> &'static str {
    match kind {
        WidgetKind::Salary => "Salary comparison",
        WidgetKind::Apply => "Application form",
        WidgetKind::Guide => "The guide",
        WidgetKind::App => "Everything",
    }
}

fn mode_label(mode: Mode) -> &'static str {
    match mode {
        Mode::Inline => "On the page, where you paste it",
        Mode::Popup => "In a popup, from a button or link",
        Mode::Frame => "In a frame, for page builders that only allow an iframe",
    }
}

fn theme_label(mode: ThemeMode) -> &'static str {
    match mode {
        ThemeMode::Auto => "Follow the visitor's light or dark setting",
        ThemeMode::Light => "Always light",
        ThemeMode::Dark => "Always dark",
    }
}

/// How wide the preview frame is: the column a widget might sit in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PreviewWidth {
    Phone,
    Column,
    Wide,
}

impl PreviewWidth {
    const ALL: [PreviewWidth; 3] = [
        PreviewWidth::Phone,
        PreviewWidth::Column,
        PreviewWidth::Wide,
    ];

    fn label(self) -> &'static str {
        match self {
            PreviewWidth::Phone => "A phone (320 pixels)",
            PreviewWidth::Column => "A column (480 pixels)",
            PreviewWidth::Wide => "The whole width",
        }
    }

    fn class(self) -> &'static str {
        match self {
            PreviewWidth::Phone => "cg-builder__iframe--phone",
            PreviewWidth::Column => "cg-builder__iframe--column",
            PreviewWidth::Wide => "cg-builder__iframe--wide",
        }
    }
}

/// Radios for one choice, in the shared form group.
#[component]
fn Choice<T: Copy + PartialEq + Send + Sync + 'static>(
    legend: &'static str,
    name: &'static str,
    options: Vec<(T, &'static str)>,
    #[prop(into)] selected: Signal<T>,
    #[prop(into)] on_pick: Callback<T>,
) -> impl IntoView {
    view! {
        <FormGroup id=format!("{name}-1") legend=legend>
            <div class="cg-radios">
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (value, label))| {
                        let id = format!("{name}-{}", i + 1);
                        view! {
                            <div class="cg-radios__item">
                                <input class="cg-radios__input" type="radio" id=id.clone() name=name
                                    prop:checked=move || selected.get() == value
                                    on:change=move |_| on_pick.run(value) />
                                <label class="cg-label cg-radios__label" for=id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </FormGroup>
    }
}

/// Where the widget starts, for kinds with more than one page.
#[component]
fn StartPage(choices: RwSignal<Choices>) -> impl IntoView {
    let pages = Memo::new(move |_| start_pages(choices.with(|c| c.kind)));
    move || {
        let pages = pages.get();
        (pages.len() > 1).then(|| {
            view! {
                <FormGroup id="embed-view" label="Start on">
                    <select class="cg-select" id="embed-view"
                        on:change=move |ev| { let view = event_target_value(&ev); choices.update(|c| c.view = view); }>
                        {pages
                            .into_iter()
                            .map(|(view, label)| {
                                let selected = choices.with_untracked(|c| c.view == view);
                                view! { <option value=view selected=selected>{label}</option> }
                            })
                            .collect_view()}
                    </select>
                </FormGroup>
            }
        })
    }
}

/// A text choice: shown only for the kinds that read it, explained in place when its value
/// cannot be used (which leaves it out of the snippet), kept as typed either way.
#[component]
fn TextField(field: Field, choices: RwSignal<Choices>) -> impl IntoView {
    let (label, hint) = (field.label(), field.hint());
    let applies = Memo::new(move |_| choices.with(|c| field.applies_to(c.kind, c.mode)));
    let error = Memo::new(move |_| choices.with(|c| field.problem(field.value(c))));
    let note = Memo::new(move |_| choices.with(|c| contrast_note(field, field.value(c))));
    move || {
        applies.get().then(|| {
            view! {
                <FormGroup id=field.id() label=label hint=hint error=error>
                    <TextControl field=field choices=choices />
                    {move || note.get().map(|note| view! { <p class="cg-builder__note" role="status">{note}</p> })}
                </FormGroup>
            }
        })
    }
}

#[component]
fn TextControl(field: Field, choices: RwSignal<Choices>) -> impl IntoView {
    let control = use_field();
    let typed = choices.with_untracked(|c| field.value(c).to_owned());
    let change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        choices.update(|c| field.set(c, value));
    };
    if field == Field::HiddenFields {
        return view! {
            <textarea class="cg-textarea" id=field.id() name=field.id() rows="3" spellcheck="false"
                class:cg-textarea--error=move || control.invalid.get()
                aria-describedby=move || control.described_by.get()
                prop:value=typed on:change=change />
        }
        .into_any();
    }
    view! {
        <input class="cg-input" type="text" id=field.id() name=field.id() spellcheck="false" autocomplete="off"
            class:cg-input--error=move || control.invalid.get()
            aria-describedby=move || control.described_by.get()
            value=typed on:change=change />
    }
    .into_any()
}

/// Keeping where visitors came from beyond the visit, and analytics: for widgets on the
/// page (a frame has no storage of its own and no tag manager).
#[component]
fn Marketing(choices: RwSignal<Choices>) -> impl IntoView {
    let shown = Memo::new(move |_| choices.with(|c| c.mode != Mode::Frame));
    let checkbox = move |id: &'static str,
                         label: &'static str,
                         hint: &'static str,
                         get: fn(&Choices) -> bool,
                         set: fn(&mut Choices, bool)| {
        view! {
            <div class="cg-checkboxes__item">
                <input class="cg-checkboxes__input" type="checkbox" id=id
                    aria-describedby=format!("{id}-hint")
                    prop:checked=move || choices.with(get)
                    on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|c| set(c, on)); } />
                <label class="cg-label cg-checkboxes__label" for=id>{label}</label>
                <p class="cg-hint cg-checkboxes__hint" id=format!("{id}-hint")>{hint}</p>
            </div>
        }
    };
    move || {
        shown.get().then(|| {
            view! {
                <FormGroup id="embed-persist" legend="Campaigns and analytics">
                    <div class="cg-checkboxes">
                        {checkbox("embed-persist", "Keep where visitors came from for 30 days",
                            "Only if your page has the visitor's consent (your cookie banner's). Without it, it is kept for the visit.",
                            |c| c.persist, |c, on| c.persist = on)}
                        {checkbox("embed-analytics", "Send the widget's events to Google Tag Manager",
                            "Pushes each step, comparison and application to window.dataLayer, with no personal data.",
                            |c| c.analytics, |c, on| c.analytics = on)}
                    </div>
                </FormGroup>
            }
        })
    }
}

/// What the snippet of each mode needs from the page it goes into.
fn mode_note(mode: Mode) -> &'static str {
    match mode {
        Mode::Inline => "The widget appears where the element is; keep the link inside it: it shows until the widget is ready.",
        Mode::Popup => "The link opens the widget over your page. Put the script tag once per page; any number of links may open it. Without the script the link goes to the guide's own page.",
        Mode::Frame => "Paste the iframe where the widget should appear. If your page can run a script of its own, the embedding guide has ten lines that fit the frame's height to the widget.",
    }
}

/// The snippet, what its mode needs, and a button that copies it.
#[component]
fn Snippet(code: Memo<String>, mode: Memo<Mode>) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |ev: leptos::ev::MouseEvent| {
        let text = code.get_untracked();
        let area = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .and_then(|node| crate::platform::dom::find_by_id(&node, "embed-snippet"))
            .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
        wasm_bindgen_futures::spawn_local(async move {
            let copied = crate::platform::dom::copy_text(&text).await;
            if !copied {
                if let Some(area) = area {
                    area.select();
                }
            }
            let _ = status.try_set(
                if copied {
                    "Copied. Paste it into your page where the widget should appear."
                } else {
                    "Your browser did not let this page copy. The snippet is selected: copy it with Ctrl+C (⌘C on a Mac)."
                }
                .to_owned(),
            );
        });
    };
    view! {
        <section class="cg-builder__snippet" aria-labelledby="embed-snippet-heading">
            <Heading level=2 id="embed-snippet-heading">"Your snippet"</Heading>
            <FormGroup id="embed-snippet" label="Paste this where the widget should appear"
                hint="The script tag once per page (in the head or before the widget), the element where the widget goes.">
                <textarea class="cg-textarea cg-builder__code" id="embed-snippet" readonly rows="7" spellcheck="false"
                    aria-describedby="embed-snippet-hint embed-snippet-mode" prop:value=move || code.get() />
            </FormGroup>
            <p class="cg-hint" id="embed-snippet-mode">{move || mode_note(mode.get())}</p>
            <button type="button" class="cg-button" on:click=copy>"Copy the snippet"</button>
            <p class="cg-builder__status" role="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
}
