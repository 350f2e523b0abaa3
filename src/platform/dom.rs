//! Small DOM helpers: finding our own elements inside a shadow root or the document,
//! moving focus, random bytes, the current time, and console messages for the embedder.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

/// The shadow root or document that contains `node`, where our element ids live.
fn root_of(node: &Node) -> Node {
    node.get_root_node()
}

/// Finds the element with `id` in the same tree as `near`.
pub fn find_by_id(near: &Node, id: &str) -> Option<Element> {
    let root = root_of(near);
    if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.get_element_by_id(id)
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.get_element_by_id(id)
    } else {
        None
    }
}

/// The first element matching `css` inside `within`: an element, a shadow root or a
/// document.
pub fn query(within: &Node, css: &str) -> Option<Element> {
    let found = if let Some(element) = within.dyn_ref::<Element>() {
        element.query_selector(css)
    } else if let Some(fragment) = within.dyn_ref::<web_sys::DocumentFragment>() {
        fragment.query_selector(css)
    } else if let Some(document) = within.dyn_ref::<web_sys::Document>() {
        document.query_selector(css)
    } else {
        Ok(None)
    };
    found.ok().flatten()
}

/// Moves keyboard focus to the element with `id` near `near`, scrolling it into view.
pub fn focus_id(near: &Node, id: &str) -> bool {
    match find_by_id(near, id).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// Focuses `element`, making it focusable first if it is not (headings, summaries).
pub fn focus_element(element: &HtmlElement) {
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let _ = element.focus();
}

/// Scrolls `element` into view unless the visitor asked for reduced motion, in which case
/// it jumps there.
pub fn scroll_into_view(element: &Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    if !prefers_reduced_motion() {
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
    }
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// `n` random bytes from `crypto.getRandomValues`, falling back to `Math.random`
/// where `crypto` is unavailable (very old browsers).
pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; n];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

/// Appends to `select` an option for the placeholder (value "") and one per choice (value
/// and text alike), with one call into the browser per option and one to insert them all:
/// no markup, so nothing for a Trusted Types policy to refuse.
pub fn add_options(select: &Element, placeholder: &str, choices: &[String]) {
    let Some(document) = select.owner_document() else {
        return;
    };
    let all = document.create_document_fragment();
    for (value, text) in
        std::iter::once(("", placeholder)).chain(choices.iter().map(|c| (c.as_str(), c.as_str())))
    {
        if let Ok(option) = web_sys::HtmlOptionElement::new_with_text_and_value(text, value) {
            let _ = all.append_child(&option);
        }
    }
    let _ = select.append_child(&all);
}

/// Resolves in a new task of the event loop: work after it cannot lengthen the task that
/// ran before (what keeps a slow phone responsive while a widget starts).
pub async fn next_task() {
    if !super::IN_BROWSER {
        return; // rendered to HTML at build time: all in one go
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Copies `text` to the clipboard; `false` where the browser does not let the page.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    // Missing outside secure contexts: calling it would throw.
    let available = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    available
        && wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
}

/// Writes a warning to the console, prefixed so the embedding person knows its origin
/// (natively, at build time, to standard error).
pub fn warn(message: &str) {
    if super::IN_BROWSER {
        web_sys::console::warn_1(&format!("[career-guide] {message}").into());
    } else {
        eprintln!("[career-guide] warning: {message}");
    }
}

/// Writes an error to the console, prefixed likewise.
pub fn error(message: &str) {
    if super::IN_BROWSER {
        web_sys::console::error_1(&format!("[career-guide] {message}").into());
    } else {
        eprintln!("[career-guide] error: {message}");
    }
}
