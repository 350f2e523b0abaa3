//! Mounting into a host element: read its options, isolate it in a shadow root with our
//! stylesheet, keep the host's fallback content visible until the widget can show its
//! first page, and start the app.

use super::attributes::{read_options, unknown_attribute_warnings};
use crate::platform::dom;
use crate::platform::host_events::HostEvent;
use crate::shell::frame::preload;
use crate::shell::options::{MountOptions, Routing};
use crate::shell::root::App;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Marks an element we have mounted, so a second loader run leaves it alone.
const MOUNTED: &str = "data-career-guide-mounted";
/// Class of the element all our CSS is scoped under.
const ROOT_CLASS: &str = "cg-root";

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
    // The first page's chunk downloads while the fallback is still on screen, so the
    // widget appears with its page, not with a loading message. A failed download is shown
    // (with a retry) by the page itself.
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let first = options.first_page(&pathname);
    let by_url = matches!(options.routing, Routing::Url { .. });
    let stylesheet = stylesheet.to_owned();
    // Leptos' executor starts with the first mount; this wait comes before it.
    wasm_bindgen_futures::spawn_local(async move {
        preload(first, by_url).await;
        let container = container_for(&element, &options, &stylesheet);
        super::theme::apply(&element, &container, options.theme);
        let kind = options.kind.name();
        start(container, options, element.clone().into());
        HostEvent::Ready { kind }.emit(&element);
    });
}

/// Where the app renders: inside a shadow root for an embed, or in place of the fallback on
/// our own page (same frame, so nothing shifts).
fn container_for(element: &HtmlElement, options: &MountOptions, stylesheet: &str) -> HtmlElement {
    if !options.standalone {
        if let Some(container) = isolate(element, stylesheet) {
            return container;
        }
        dom::warn("this element cannot hold a shadow root; mounting without style isolation.");
    }
    element.set_text_content(None);
    let _ = element.class_list().add_1(ROOT_CLASS);
    element.clone()
}

fn start(container: HtmlElement, options: MountOptions, host: Element) {
    leptos::mount::mount_to(
        container,
        move || view! { <App options=options host=host /> },
    )
    .forget();
}

/// Attaches an open shadow root holding our stylesheet and a container for the app.
/// The host's fallback stays slotted (visible) until the stylesheet has loaded.
fn isolate(element: &HtmlElement, stylesheet: &str) -> Option<HtmlElement> {
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
    container.set_hidden(true);
    shadow.append_child(&link).ok()?;
    shadow.append_child(&slot).ok()?;
    shadow.append_child(&container).ok()?;

    let reveal = {
        let container = container.clone();
        let slot = slot.clone();
        Closure::<dyn FnMut()>::new(move || {
            slot.remove();
            container.set_hidden(false);
        })
        .into_js_value()
    };
    let link: web_sys::HtmlLinkElement = link.dyn_into().ok()?;
    // Show the widget once styled; if the stylesheet fails, show it anyway rather than nothing.
    link.set_onload(Some(reveal.unchecked_ref()));
    link.set_onerror(Some(reveal.unchecked_ref()));
    Some(container)
}
