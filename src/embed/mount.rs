//! Mounting into a host element: read its options, isolate it in a shadow root with our
//! stylesheet, keep the host's fallback content visible until the widget can show its
//! first page, and start the app.

use super::attributes::{read_options, unknown_attribute_warnings};
use crate::platform::dom;
use crate::platform::host_events::HostEvent;
use crate::shell::frame::prefetch;
use crate::shell::options::{MountOptions, Routing};
use crate::shell::root::App;
use crate::ui::instance::PageShown;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Marks an element we have mounted, so a second loader run leaves it alone.
const MOUNTED: &str = "data-career-guide-mounted";
/// Where the loader and the mount say how a widget stands: `loading`, `failed`, `ready`.
const STATE: &str = "data-career-guide-state";
/// Class of the element all our CSS is scoped under.
pub(super) const ROOT_CLASS: &str = "cg-root";
/// Class of the app's container on our own page, inside the root, beside the fallback.
pub(super) const APP_CLASS: &str = "cg-app";

thread_local! {
    /// Only one instance per page may drive the address bar.
    static URL_ROUTING_TAKEN: Cell<bool> = const { Cell::new(false) };
}

/// Mounts the app configured by `element`'s attributes into it.
pub fn mount(element: HtmlElement, asset_base: &str, stylesheet: &str) {
    if element.has_attribute(MOUNTED) {
        return;
    }
    let _ = element.set_attribute(MOUNTED, "");
    let taken = URL_ROUTING_TAKEN.with(Cell::get);
    let (options, mut warnings) =
        read_options(&|name| element.get_attribute(name), asset_base, taken);
    let names: Vec<String> = element
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .collect();
    warnings.extend(unknown_attribute_warnings(&names));
    for warning in &warnings {
        dom::warn(warning);
    }
    if matches!(options.routing, Routing::Url { .. }) {
        URL_ROUTING_TAKEN.with(|t| t.set(true));
    }
    // The first page's chunks start downloading now, and the frame renders meanwhile in a
    // container that stays hidden: the host's fallback shows until the first page is on
    // screen (its content parsed and its view rendered in tasks of their own, see
    // `shell::frame`), so the widget appears with its page, never a loading message.
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let first = options.first_page(&pathname);
    let by_url = matches!(options.routing, Routing::Url { .. });
    wasm_bindgen_futures::spawn_local(prefetch(first, by_url));
    let stylesheet = stylesheet.to_owned();
    let colours = super::theme::requested(&element);
    wasm_bindgen_futures::spawn_local(async move {
        // Each step in a task of its own, so none blocks a slow phone for long: reading the
        // options and starting the downloads (above), the theme and the container, then
        // the first render.
        dom::next_task().await;
        let theme = super::theme::resolve(colours).await;
        let kind = options.kind.name();
        let host = element.clone();
        let ready = Reveal::new(move || {
            // For the host's styles and scripts: the widget is on screen.
            let _ = host.set_attribute(STATE, "ready");
            HostEvent::Ready { kind }.emit(&host);
        });
        let container = container_for(&element, &options, &stylesheet, &ready);
        super::theme::apply(&container, options.theme, &theme);
        let shown = {
            let ready = Rc::clone(&ready);
            PageShown::new(move || ready.page_shown())
        };
        dom::next_task().await;
        start(container, options, element.clone().into(), shown);
    });
}

/// Shows the widget in place of the host's fallback once its first page is rendered and
/// (inside a shadow root) its stylesheet has loaded, whichever comes last.
struct Reveal {
    waiting_for_page: Cell<bool>,
    waiting_for_styles: Cell<bool>,
    show: RefCell<Vec<Box<dyn FnOnce()>>>,
}

impl Reveal {
    fn new(then: impl FnOnce() + 'static) -> Rc<Reveal> {
        Rc::new(Reveal {
            waiting_for_page: Cell::new(true),
            waiting_for_styles: Cell::new(false),
            show: RefCell::new(vec![Box::new(then)]),
        })
    }

    /// Adds what showing means (before the "then" of [`Reveal::new`]).
    fn on_show(&self, show: impl FnOnce() + 'static) {
        self.show.borrow_mut().insert(0, Box::new(show));
    }

    fn page_shown(&self) {
        self.waiting_for_page.set(false);
        self.show_if_ready();
    }

    fn styles_loaded(&self) {
        self.waiting_for_styles.set(false);
        self.show_if_ready();
    }

    fn show_if_ready(&self) {
        if self.waiting_for_page.get() || self.waiting_for_styles.get() {
            return;
        }
        let show = std::mem::take(&mut *self.show.borrow_mut());
        for step in show {
            step();
        }
    }
}

/// Where the app renders, hidden until [`Reveal`] shows it: inside a shadow root for an
/// embed, or beside the fallback on our own page, which it then replaces (same frame, so
/// nothing shifts).
fn container_for(
    element: &HtmlElement,
    options: &MountOptions,
    stylesheet: &str,
    ready: &Rc<Reveal>,
) -> HtmlElement {
    if !options.standalone {
        if let Some(container) = isolate(element, stylesheet, ready) {
            return container;
        }
        dom::warn("this element cannot hold a shadow root; mounting without style isolation.");
    }
    let _ = element.class_list().add_1(ROOT_CLASS);
    let container = element
        .owner_document()
        .and_then(|d| d.create_element("div").ok())
        .and_then(|div| div.dyn_into::<HtmlElement>().ok());
    let Some(container) = container else {
        element.set_text_content(None);
        return element.clone();
    };
    container.set_class_name(APP_CLASS);
    crate::ui::locale::declare_on(&container);
    container.set_hidden(true);
    let _ = element.append_child(&container);
    let (element, shown) = (element.clone(), container.clone());
    ready.on_show(move || {
        // The fallback goes, the app takes its place. A pre-rendered page is the same
        // page: what the visitor did to it is done again on the app's (see `takeover`).
        let prerendered = element
            .first_element_child()
            .filter(|first| !first.is_same_node(Some(&shown)) && first.class_name() == APP_CLASS);
        let visitor = prerendered.as_ref().map(super::takeover::read);
        while let Some(node) = element.first_child() {
            if node.is_same_node(Some(&shown)) {
                break;
            }
            let _ = element.remove_child(&node);
        }
        while let Some(node) = shown.next_sibling() {
            let _ = element.remove_child(&node);
        }
        shown.set_hidden(false);
        if let Some(visitor) = visitor {
            super::takeover::apply(visitor, &shown);
        }
    });
    container
}

fn start(container: HtmlElement, options: MountOptions, host: Element, shown: PageShown) {
    leptos::mount::mount_to(
        container,
        move || view! { <App options=options host=host shown=shown /> },
    )
    .forget();
}

/// Attaches an open shadow root holding our stylesheet and a container for the app.
/// The host's fallback stays slotted (visible) until [`Reveal`] shows the widget.
fn isolate(element: &HtmlElement, stylesheet: &str, ready: &Rc<Reveal>) -> Option<HtmlElement> {
    let document = element.owner_document()?;
    let shadow = element
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    let link = document.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", stylesheet).ok()?;
    let slot = document.create_element("slot").ok()?;
    let container: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    container.set_class_name(ROOT_CLASS);
    crate::ui::locale::declare_on(&container);
    container.set_hidden(true);
    shadow.append_child(&link).ok()?;
    shadow.append_child(&slot).ok()?;
    shadow.append_child(&container).ok()?;

    ready.waiting_for_styles.set(true);
    {
        let container = container.clone();
        ready.on_show(move || {
            slot.remove();
            container.set_hidden(false);
        });
    }
    let styled = {
        let ready = Rc::clone(ready);
        Closure::<dyn FnMut()>::new(move || ready.styles_loaded()).into_js_value()
    };
    let link: web_sys::HtmlLinkElement = link.dyn_into().ok()?;
    // Show the widget once styled; if the stylesheet fails, show it anyway rather than nothing.
    link.set_onload(Some(styled.unchecked_ref()));
    link.set_onerror(Some(styled.unchecked_ref()));
    Some(container)
}
