//! Mounting into a host element: read its options, isolate it in a shadow root with our
//! stylesheet, keep the host's fallback content visible until the widget can show its
//! first page, and start the app. Also ending an instance whose element has left the page.

use super::attributes::{read_options, unknown_attribute_warnings};
use super::live::{self, Starting};
use crate::platform::dom;
use crate::platform::host_events::HostEvent;
use crate::shell::frame::prefetch;
use crate::shell::options::{MountOptions, Routing};
use crate::shell::root::App;
use crate::ui::instance::PageShown;
use crate::ui::theme::Requested;
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
/// Marks the element of the page made to be framed (`frame.html`): its options come from
/// the page's address.
pub(super) const FRAME_ATTRIBUTE: &str = "data-frame";

thread_local! {
    /// Only one instance per page may drive the address bar.
    static URL_ROUTING_TAKEN: Cell<bool> = const { Cell::new(false) };
}

/// Mounts the app configured by `element`'s attributes into it (or, on the page made to
/// be framed, by the page's address).
pub fn mount(element: HtmlElement, asset_base: &str, stylesheet: &str) {
    if element.has_attribute(MOUNTED) {
        return;
    }
    let _ = element.set_attribute(MOUNTED, "");
    let taken = URL_ROUTING_TAKEN.with(Cell::get);
    let framed = element.has_attribute(FRAME_ATTRIBUTE);
    let (options, mut warnings) = if framed {
        super::frame::read_options(&element, asset_base)
    } else {
        let (mut options, mut warnings) =
            read_options(&|name| element.get_attribute(name), asset_base, taken);
        warnings.extend(unknown_attributes_of(&element));
        let (presets, more) = super::presets::of_element(&element);
        options.presets = presets;
        warnings.extend(more);
        (options, warnings)
    };
    for warning in warnings.drain(..) {
        dom::warn(&warning);
    }
    let by_url = matches!(options.routing, Routing::Url { .. });
    if by_url {
        URL_ROUTING_TAKEN.with(|t| t.set(true));
    }
    let starting = live::starting(&element, by_url);
    if framed {
        super::frame::report_height(&element);
    }
    let colours = super::theme::requested(&element);
    let host: Element = element.clone().into();
    let place = {
        let element = element.clone();
        move |options: &MountOptions, stylesheet: &str, reveal: &Rc<Reveal>| {
            container_for(&element, options, stylesheet, reveal)
        }
    };
    launch(
        options,
        colours,
        host,
        stylesheet.to_owned(),
        starting,
        place,
    );
}

/// Warnings for the attributes of `element` in our family that we do not read.
pub(super) fn unknown_attributes_of(element: &Element) -> Vec<String> {
    let names: Vec<String> = element
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .collect();
    unknown_attribute_warnings(&names)
}

/// Ends the instance in `element` (it has left the page): its view is unmounted and its
/// reactive owner disposed, with every effect, listener and timer it holds; the element
/// shows its fallback again and may be mounted anew.
pub fn unmount(element: &Element) {
    if live::end(element) == Some(true) {
        URL_ROUTING_TAKEN.with(|t| t.set(false));
    }
    let _ = element.remove_attribute(MOUNTED);
    let _ = element.remove_attribute(STATE);
    if let Some(shadow) = element.shadow_root() {
        // The fallback, slotted, is what the element shows again.
        while let Some(child) = shadow.first_child() {
            let _ = shadow.remove_child(&child);
        }
        if let Some(slot) = element
            .owner_document()
            .and_then(|d| d.create_element("slot").ok())
        {
            let _ = shadow.append_child(&slot);
        }
    }
}

/// Starts an instance: the first page's downloads at once; then, each in a task of its
/// own so none blocks a slow phone for long, the host's colours checked, the container
/// placed (hidden until its first page is whole, see [`Reveal`]) and the app rendered.
/// Nothing more happens once the instance has been ended.
pub(super) fn launch(
    options: MountOptions,
    colours: Requested,
    host: Element,
    stylesheet: String,
    starting: Starting,
    place: impl FnOnce(&MountOptions, &str, &Rc<Reveal>) -> HtmlElement + 'static,
) {
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let first = options.first_page(&pathname);
    let by_url = matches!(options.routing, Routing::Url { .. });
    wasm_bindgen_futures::spawn_local(prefetch(first, by_url));
    super::presets::arrive(options.presets.persist_attribution);
    wasm_bindgen_futures::spawn_local(async move {
        dom::next_task().await;
        let theme = super::theme::resolve(colours).await;
        if starting.ended() {
            return;
        }
        let kind = options.kind.name();
        let ready = {
            let (host, data_layer) = (host.clone(), options.presets.analytics);
            Reveal::new(move || HostEvent::Ready { kind }.tell(&host, data_layer))
        };
        let container = place(&options, &stylesheet, &ready);
        super::theme::apply(&container, options.theme, &theme);
        let shown = {
            let ready = Rc::clone(&ready);
            PageShown::new(move || ready.page_shown())
        };
        dom::next_task().await;
        if starting.ended() {
            return;
        }
        let mounted = leptos::mount::mount_to(
            container,
            move || view! { <App options=options host=host.clone() shown=shown /> },
        );
        starting.started(Box::new(mounted));
    });
}

/// Shows the widget in place of the host's fallback once its first page is rendered and
/// (inside a shadow root) its stylesheet has loaded, whichever comes last.
pub(super) struct Reveal {
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
    pub(super) fn on_show(&self, show: impl FnOnce() + 'static) {
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
    {
        // For the host's styles and scripts: the widget is on screen.
        let element = element.clone();
        ready.on_show(move || {
            let _ = element.set_attribute(STATE, "ready");
        });
    }
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

/// Gives `element` an open shadow root holding our stylesheet and a container for the
/// app (the one it already has, emptied, when it held a widget before). The host's
/// fallback stays slotted (visible) until [`Reveal`] shows the widget.
fn isolate(element: &HtmlElement, stylesheet: &str, ready: &Rc<Reveal>) -> Option<HtmlElement> {
    let shadow = match element.shadow_root() {
        Some(shadow) => {
            while let Some(child) = shadow.first_child() {
                shadow.remove_child(&child).ok()?;
            }
            shadow
        }
        None => element
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    let container = styled_container(&shadow, stylesheet, ready)?;
    let slot = element.owner_document()?.create_element("slot").ok()?;
    shadow.insert_before(&slot, Some(&container)).ok()?;
    {
        let container = container.clone();
        ready.on_show(move || {
            slot.remove();
            container.set_hidden(false);
        });
    }
    Some(container)
}

/// Adds to `shadow` our stylesheet and a hidden `.cg-root` container that declares the
/// widget's language and direction; [`Reveal`] also waits for the stylesheet (or its
/// failure: the widget then shows unstyled rather than not at all).
pub(super) fn styled_container(
    shadow: &web_sys::ShadowRoot,
    stylesheet: &str,
    ready: &Rc<Reveal>,
) -> Option<HtmlElement> {
    let document = shadow.owner_document()?;
    let link: web_sys::HtmlLinkElement = document.create_element("link").ok()?.dyn_into().ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", stylesheet).ok()?;
    let container: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    container.set_class_name(ROOT_CLASS);
    crate::ui::locale::declare_on(&container);
    container.set_hidden(true);
    shadow.append_child(&link).ok()?;
    shadow.append_child(&container).ok()?;
    ready.waiting_for_styles.set(true);
    let styled = {
        let ready = Rc::clone(ready);
        Closure::<dyn FnMut()>::new(move || ready.styles_loaded()).into_js_value()
    };
    link.set_onload(Some(styled.unchecked_ref()));
    link.set_onerror(Some(styled.unchecked_ref()));
    Some(container)
}
