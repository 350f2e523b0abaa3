//! A widget in a modal dialog over the host page, opened by the visitor from any element
//! with `data-career-guide-open="apply"` (or `salary`, `guide`) or a link to
//! `#career-guide-apply`: the "Apply now" button of a landing page. The opener carries the
//! same attributes and theming properties a mount element would.
//!
//! The dialog is the browser's own modal `<dialog>` (the rest of the page is inert behind
//! it), inside a shadow root of an element of ours at the end of `<body>`, so the host's
//! styles cannot reach it. Focus moves in when it opens, Tab and Shift+Tab stay inside,
//! Escape or the close button close it, and focus returns to the opener. The page behind
//! does not scroll while it is open; its own `overflow` and scroll position are put back
//! exactly. Closing keeps the widget as it was (a half-filled application included) for
//! the next opening.

use super::attributes::{read_options, KIND_ATTRIBUTE, OPEN_ATTRIBUTE};
use super::live;
use super::mount::{launch, unknown_attributes_of, ROOT_CLASS};
use crate::platform::dom;
use crate::routing::page::WidgetKind;
use crate::ui::heading::PAGE_TITLE_ID as TITLE_ID;
use crate::ui::locale::{declare_on, LOCALE};
use crate::ui::readiness::Readiness;
use crate::ui::theme::THEME_PROPERTIES;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlElement};

/// The attribute on our element that holds a popup's shadow root.
const POPUP_ATTRIBUTE: &str = "data-career-guide-popup";
/// What a link's `href` starts with to open a popup (`#career-guide-apply`).
pub const LINK_PREFIX: &str = "#career-guide-";
/// What can take focus inside the dialog, for keeping Tab inside it.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])";

/// One popup: kept for the page's life, so reopening finds the widget as it was left.
struct Popup {
    /// The opener's attributes it was made for: another opener with the same ones reuses it.
    key: String,
    dialog: HtmlDialogElement,
    state: Rc<State>,
}

#[derive(Default)]
struct State {
    /// How the page was before the popup opened, and where focus goes back to.
    before: RefCell<Option<Before>>,
    /// Its stylesheet has loaded (or failed): it may show.
    styled: Cell<bool>,
    /// An opener whose click came before the stylesheet.
    waiting: RefCell<Option<HtmlElement>>,
}

/// The page as it was when a popup opened.
struct Before {
    opener: HtmlElement,
    overflow: String,
    priority: String,
    scroll: (f64, f64),
}

thread_local! {
    static POPUPS: RefCell<Vec<Popup>> = const { RefCell::new(Vec::new()) };
}

/// Opens the widget `kind` ("apply", "salary" or "guide") in a popup for `opener`. The
/// popup's code is a chunk of its own, fetched on the first opening: most pages never open
/// one (docs/performance.md has what it saves). Should it not download, an opener that is
/// a link goes where it says, as it does when the app cannot start.
pub fn open(opener: HtmlElement, kind: String, asset_base: String, stylesheet: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let href = opener
            .get_attribute("href")
            .filter(|href| !href.starts_with('#'));
        if open_in_chunk(opener, kind, asset_base, stylesheet)
            .await
            .is_ok()
        {
            return;
        }
        match (href, web_sys::window()) {
            (Some(href), Some(window)) => {
                dom::error("the popup's code did not download; following the link instead.");
                let _ = window.location().assign(&href);
            }
            _ => dom::error("the popup could not be opened: its code did not download."),
        }
    });
}

/// Downloads the popup's chunk ahead of a first opening, on a page that has openers.
pub fn prepare() {
    wasm_bindgen_futures::spawn_local(async {
        // A failure is reported if the visitor opens a popup.
        let _ = preload_popup().await;
    });
}

crate::ui::chunk::split_point! {
    chunk popup, preload preload_popup;
    /// [`open_now`], from the popup's chunk.
    pub fn open_in_chunk(opener: HtmlElement, kind: String, asset_base: String, stylesheet: String) -> () {
        open_now(opener, &kind, &asset_base, &stylesheet)
    }
}

fn open_now(opener: HtmlElement, kind: &str, asset_base: &str, stylesheet: &str) {
    let Some(kind) = WidgetKind::from_name(kind.trim()).filter(|k| *k != WidgetKind::App) else {
        dom::warn(&format!(
            "{OPEN_ATTRIBUTE}=\"{kind}\" names no widget a popup shows (apply, salary or guide); nothing opens."
        ));
        return;
    };
    let key = popup_key(&opener, kind);
    let existing = POPUPS.with(|popups| {
        popups
            .borrow()
            .iter()
            .find(|p| p.key == key)
            .map(|p| (p.dialog.clone(), Rc::clone(&p.state)))
    });
    let (dialog, state) = match existing {
        Some(found) => found,
        None => match create(&opener, kind, key, asset_base, stylesheet) {
            Some(made) => made,
            None => {
                dom::error("the popup could not be opened.");
                return;
            }
        },
    };
    if state.styled.get() {
        show(&dialog, &state, opener);
    } else {
        *state.waiting.borrow_mut() = Some(opener);
    }
}

/// The opener's attributes (but the one that names the widget), which make a popup what it is.
fn popup_key(opener: &HtmlElement, kind: WidgetKind) -> String {
    let mut attributes: Vec<String> = opener
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .filter(|name| name.starts_with("data-") && name != OPEN_ATTRIBUTE)
        .map(|name| format!("{name}={}", opener.get_attribute(&name).unwrap_or_default()))
        .collect();
    attributes.sort();
    format!("{} {}", kind.name(), attributes.join(" "))
}

/// Makes the popup (hidden until its stylesheet is there) and starts its widget.
fn create(
    opener: &HtmlElement,
    kind: WidgetKind,
    key: String,
    asset_base: &str,
    stylesheet: &str,
) -> Option<(HtmlDialogElement, Rc<State>)> {
    let document = opener.owner_document()?;
    let host: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    host.set_attribute(POPUP_ATTRIBUTE, kind.name()).ok()?;
    copy_theme(opener, &host);
    document.body()?.append_child(&host).ok()?;
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    let words = LOCALE.try_get().ok().map(|l| &l.popup);

    let link: web_sys::HtmlLinkElement = document.create_element("link").ok()?.dyn_into().ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", stylesheet).ok()?;
    let dialog: HtmlDialogElement = document.create_element("dialog").ok()?.dyn_into().ok()?;
    dialog.set_class_name(&format!("{ROOT_CLASS} cg-popup"));
    declare_on(&dialog);
    dialog.set_attribute("aria-labelledby", TITLE_ID).ok()?;
    dialog.set_attribute("aria-modal", "true").ok()?;
    let bar = document.create_element("div").ok()?;
    bar.set_class_name("cg-popup__bar");
    let close: HtmlElement = document.create_element("button").ok()?.dyn_into().ok()?;
    close.set_attribute("type", "button").ok()?;
    close.set_class_name("cg-popup__close");
    let icon = cross(&document)?;
    let label = document.create_element("span").ok()?;
    label.set_text_content(Some(words.map_or("Close", |w| w.close.as_str())));
    close.append_child(&icon).ok()?;
    close.append_child(&label).ok()?;
    bar.append_child(&close).ok()?;
    let loading = document.create_element("p").ok()?;
    loading.set_class_name("cg-popup__loading");
    loading.set_attribute("role", "status").ok()?;
    loading.set_attribute("id", TITLE_ID).ok()?;
    loading.set_text_content(Some(words.map_or("Loading…", |w| w.loading.as_str())));
    let container: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    container.set_class_name(ROOT_CLASS);
    declare_on(&container);
    container.set_hidden(true);
    dialog.append_child(&bar).ok()?;
    dialog.append_child(&loading).ok()?;
    dialog.append_child(&container).ok()?;
    shadow.append_child(&link).ok()?;
    shadow.append_child(&dialog).ok()?;

    let state: Rc<State> = Rc::default();
    listen(&close, "click", {
        let dialog = dialog.clone();
        move |_| dialog.close()
    });
    listen(&dialog, "close", {
        let state = Rc::clone(&state);
        move |_| restore(state.before.borrow_mut().take())
    });
    listen(&dialog, "keydown", {
        let dialog = dialog.clone();
        move |event| keep_tab_inside(&dialog, &event)
    });
    // Shown once styled (or its stylesheet failed: shown plain rather than not at all).
    let styled = {
        let (dialog, state) = (dialog.clone(), Rc::clone(&state));
        move |_: web_sys::Event| {
            state.styled.set(true);
            if let Some(opener) = state.waiting.borrow_mut().take() {
                show(&dialog, &state, opener);
            }
        }
    };
    listen(&link, "load", styled.clone());
    listen(&link, "error", styled);

    let (mut options, mut warnings) = read_options(
        &|name| {
            if name == KIND_ATTRIBUTE {
                Some(kind.name().to_owned())
            } else {
                opener.get_attribute(name)
            }
        },
        asset_base,
        true,
    );
    warnings.extend(unknown_attributes_of(opener));
    let (presets, more) = super::presets::of_element(opener);
    options.presets = presets;
    warnings.extend(more);
    for warning in warnings {
        dom::warn(&warning);
    }
    let colours = super::theme::requested(&host);
    let starting = live::starting(&host, false);
    let place = {
        let dialog = dialog.clone();
        move |_: &_, _: &str, readiness: &Readiness| {
            let shown = container.clone();
            readiness.when_shown(move || {
                loading.remove();
                shown.set_hidden(false);
                if dialog.open() {
                    focus_title(&dialog);
                }
            });
            Ok(container)
        }
    };
    launch(
        options,
        colours,
        host.into(),
        stylesheet.to_owned(),
        starting,
        place,
    );
    POPUPS.with(|popups| {
        popups.borrow_mut().push(Popup {
            key,
            dialog: dialog.clone(),
            state: Rc::clone(&state),
        })
    });
    Some((dialog, state))
}

/// The close button's cross, drawn in the text colour beside its visible name (an icon,
/// not a character, so nothing reads it out).
fn cross(document: &web_sys::Document) -> Option<Element> {
    const SVG: &str = "http://www.w3.org/2000/svg";
    let svg = document.create_element_ns(Some(SVG), "svg").ok()?;
    for (name, value) in [
        ("viewBox", "0 0 24 24"),
        ("width", "24"),
        ("height", "24"),
        ("aria-hidden", "true"),
        ("focusable", "false"),
    ] {
        svg.set_attribute(name, value).ok()?;
    }
    let path = document.create_element_ns(Some(SVG), "path").ok()?;
    for (name, value) in [
        ("d", "M5 5 19 19M19 5 5 19"),
        ("stroke", "currentColor"),
        ("stroke-width", "2.5"),
        ("stroke-linecap", "round"),
    ] {
        path.set_attribute(name, value).ok()?;
    }
    svg.append_child(&path).ok()?;
    Some(svg)
}

/// Sets on `host` the theming properties the opener has (set on it or inherited), so the
/// popup, which is not inside the opener, wears the same brand.
fn copy_theme(opener: &HtmlElement, host: &HtmlElement) {
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(opener).ok().flatten())
    else {
        return;
    };
    for property in THEME_PROPERTIES {
        if let Ok(value) = style.get_property_value(property) {
            if !value.trim().is_empty() {
                let _ = host.style().set_property(property, value.trim());
            }
        }
    }
}

/// Opens `dialog` over the page for `opener`, unless it is open already.
fn show(dialog: &HtmlDialogElement, state: &State, opener: HtmlElement) {
    if dialog.open() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let Ok(root) = root.dyn_into::<HtmlElement>() else {
        return;
    };
    let style = root.style();
    *state.before.borrow_mut() = Some(Before {
        opener,
        overflow: style.get_property_value("overflow").unwrap_or_default(),
        priority: style.get_property_priority("overflow"),
        scroll: (
            window.scroll_x().unwrap_or(0.0),
            window.scroll_y().unwrap_or(0.0),
        ),
    });
    // Important, so a host stylesheet's own `!important` cannot keep the page scrolling.
    let _ = style.set_property_with_priority("overflow", "hidden", "important");
    if dialog.show_modal().is_err() {
        restore(state.before.borrow_mut().take());
        return;
    }
    focus_title(dialog);
}

/// Puts the page back as it was before the popup opened, and focus on its opener.
fn restore(before: Option<Before>) {
    let Some(before) = before else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|r| r.dyn_into::<HtmlElement>().ok())
    {
        let style = root.style();
        if before.overflow.is_empty() {
            let _ = style.remove_property("overflow");
        } else {
            let _ =
                style.set_property_with_priority("overflow", &before.overflow, &before.priority);
        }
    }
    let now = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    if now != before.scroll {
        window.scroll_to_with_x_and_y(before.scroll.0, before.scroll.1);
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = before.opener.focus_with_options(&options);
}

/// Focuses the page title inside the dialog once the widget shows one, else the dialog's
/// first control: the visitor asked for the popup, so focus follows them into it.
fn focus_title(dialog: &HtmlDialogElement) {
    let title = dialog
        .query_selector("[data-page-heading]")
        .ok()
        .flatten()
        .filter(|title| title.closest("[hidden]").ok().flatten().is_none());
    if let Some(title) = title.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        dom::focus_element(&title);
    }
}

/// Tab from the last control goes to the first, Shift+Tab from the first to the last.
fn keep_tab_inside(dialog: &HtmlDialogElement, event: &web_sys::Event) {
    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    if key.key() != "Tab" {
        return;
    }
    let Ok(found) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let focusable: Vec<HtmlElement> = (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .filter(|el| {
            el.get_client_rects().length() > 0 && el.closest("[inert]").ok().flatten().is_none()
        })
        .collect();
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
        return;
    };
    let active = dialog
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element());
    let at = |el: &HtmlElement| active.as_ref().is_some_and(|a| a.is_same_node(Some(el)));
    let wrap_to = if key.shift_key() && (at(first) || active.is_none()) {
        Some(last)
    } else if !key.shift_key() && at(last) {
        Some(first)
    } else {
        None
    };
    if let Some(target) = wrap_to {
        event.prevent_default();
        let _ = target.focus();
    }
}

/// Listens for `event` on `target` for the page's life.
fn listen(target: &Element, event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    let handler = Closure::<dyn FnMut(web_sys::Event)>::new(handler).into_js_value();
    let _ = target.add_event_listener_with_callback(event, handler.unchecked_ref());
}
