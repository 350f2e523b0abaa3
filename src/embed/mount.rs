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
use crate::ui::readiness::{Hold, Readiness};
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
        move |options: &MountOptions, stylesheet: &str, readiness: &Readiness| {
            container_for(&element, options, stylesheet, readiness)
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
/// placed (hidden until nothing holds the instance back, see [`Readiness`]) and the app
/// rendered. Nothing more happens once the instance has been ended, or if its container
/// cannot be placed (the host's fallback then stays, and the console says why, once).
pub(super) fn launch(
    options: MountOptions,
    colours: Requested,
    host: Element,
    stylesheet: String,
    starting: Starting,
    place: impl FnOnce(&MountOptions, &str, &Readiness) -> Result<HtmlElement, String> + 'static,
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
        let readiness = Readiness::new();
        let container = match place(&options, &stylesheet, &readiness) {
            Ok(container) => container,
            Err(why) => {
                dom::error(&format!(
                    "could not start ({why}); the fallback content stays in place."
                ));
                return;
            }
        };
        // After the steps that show the widget, which `place` registered first.
        let kind = options.kind.name();
        let (ready_host, data_layer) = (host.clone(), options.presets.analytics);
        readiness.when_shown(move || HostEvent::Ready { kind }.tell(&ready_host, data_layer));
        super::theme::apply(&container, options.theme, &theme);
        dom::next_task().await;
        if starting.ended() {
            return;
        }
        let mounted = leptos::mount::mount_to(container, move || {
            view! { <App options=options host=host.clone() readiness=readiness.clone() /> }
        });
        starting.started(Box::new(mounted));
    });
}

/// Where the app renders, hidden until it is shown: inside a shadow root for an embed, or
/// beside the fallback on our own page, which it then replaces (same frame, so nothing
/// shifts).
fn container_for(
    element: &HtmlElement,
    options: &MountOptions,
    stylesheet: &str,
    readiness: &Readiness,
) -> Result<HtmlElement, String> {
    if !options.standalone {
        match isolate(element, stylesheet, readiness) {
            Isolated::Yes(container) => {
                return state_ready_when_shown(element, readiness, container)
            }
            Isolated::Broken(why) => return Err(why),
            Isolated::NotHere => dom::warn(
                "this element cannot hold a shadow root; mounting without style isolation.",
            ),
        }
    }
    let _ = element.class_list().add_1(ROOT_CLASS);
    let container: HtmlElement = element
        .owner_document()
        .and_then(|d| d.create_element("div").ok())
        .and_then(|div| div.dyn_into::<HtmlElement>().ok())
        .ok_or("a container could not be made")?;
    container.set_class_name(APP_CLASS);
    crate::ui::locale::declare_on(&container);
    container.set_hidden(true);
    element
        .append_child(&container)
        .map_err(|_| "the container could not be placed")?;
    let (element_for_show, shown) = (element.clone(), container.clone());
    readiness.when_shown(move || {
        let element = element_for_show;
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
    state_ready_when_shown(element, readiness, container)
}

/// For the host's styles and scripts: the widget says on its element when it is on screen.
fn state_ready_when_shown(
    element: &HtmlElement,
    readiness: &Readiness,
    container: HtmlElement,
) -> Result<HtmlElement, String> {
    let element = element.clone();
    readiness.when_shown(move || {
        let _ = element.set_attribute(STATE, "ready");
    });
    Ok(container)
}

/// How isolating a widget in a shadow root went.
enum Isolated {
    Yes(HtmlElement),
    /// The element cannot hold a shadow root (a link, a list item): mount without one.
    NotHere,
    /// It has one now, but it could not be set up: nothing is mounted, and the fallback
    /// shows through the slot, which comes first.
    Broken(String),
}

/// Gives `element` an open shadow root (the one it already has, emptied, when it held a
/// widget before) with a slot for the host's fallback (visible until the widget is shown),
/// our stylesheet and a container for the app.
fn isolate(element: &HtmlElement, stylesheet: &str, readiness: &Readiness) -> Isolated {
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => match element
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        {
            Ok(shadow) => shadow,
            Err(_) => return Isolated::NotHere,
        },
    };
    let Some(slot) = element
        .owner_document()
        .and_then(|d| d.create_element("slot").ok())
    else {
        return Isolated::Broken("no slot for the fallback".into());
    };
    shadow.replace_children_with_node_1(&slot);
    match styled_container(&shadow, stylesheet, readiness) {
        Ok(container) => {
            let shown = container.clone();
            readiness.when_shown(move || {
                slot.remove();
                shown.set_hidden(false);
            });
            Isolated::Yes(container)
        }
        Err(why) => Isolated::Broken(why),
    }
}

/// Adds to `shadow` our stylesheet and a hidden `.cg-root` container that declares the
/// widget's language and direction. The instance is held back until the stylesheet has
/// loaded; should it fail, the widget is not shown (its fallback stays) and the console
/// says so once.
pub(super) fn styled_container(
    shadow: &web_sys::ShadowRoot,
    stylesheet: &str,
    readiness: &Readiness,
) -> Result<HtmlElement, String> {
    let document = shadow.owner_document().ok_or("no document")?;
    let made = |tag: &str| {
        document
            .create_element(tag)
            .map_err(|_| format!("no {tag} element"))
    };
    let link = made("link")?;
    let container: HtmlElement = made("div")?
        .dyn_into()
        .map_err(|_| "a container that is not an HTML element")?;
    link.set_attribute("rel", "stylesheet")
        .and_then(|_| link.set_attribute("href", stylesheet))
        .map_err(|_| "the stylesheet's link could not be set")?;
    container.set_class_name(ROOT_CLASS);
    crate::ui::locale::declare_on(&container);
    container.set_hidden(true);
    shadow
        .append_child(&link)
        .and_then(|_| shadow.append_child(&container))
        .map_err(|_| "the shadow root could not take the widget")?;
    // Released when the stylesheet has loaded, or kept for good (the widget stays hidden)
    // when it cannot.
    let held = Rc::new(RefCell::new(Some(readiness.hold(Hold::Stylesheet))));
    let loaded = {
        let held = Rc::clone(&held);
        Closure::<dyn FnMut()>::new(move || drop(held.borrow_mut().take())).into_js_value()
    };
    let failed = {
        let (held, stylesheet) = (Rc::clone(&held), stylesheet.to_owned());
        Closure::<dyn FnMut()>::new(move || {
            if let Some(held) = held.borrow_mut().take() {
                std::mem::forget(held);
                dom::error(&format!(
                    "could not start: the stylesheet {stylesheet} did not load; the fallback content stays in place."
                ));
            }
        })
        .into_js_value()
    };
    link.add_event_listener_with_callback("load", loaded.unchecked_ref())
        .and_then(|_| link.add_event_listener_with_callback("error", failed.unchecked_ref()))
        .map_err(|_| "the stylesheet cannot be waited for")?;
    Ok(container)
}
