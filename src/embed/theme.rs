//! The host's brand on a mounted widget: reads the theming custom properties the host set
//! on the mount element or an ancestor (they inherit through the shadow root), has
//! [`crate::ui::theme`] check them, and sets the resulting colour tokens on the widget's
//! root. Every change it makes to a host's colour is explained in the console.

use crate::platform::dom;
use crate::ui::theme::{resolve, Requested, ThemeMode};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Applies `mode` and the host's colours to `root`, the element the widget renders into.
pub fn apply(host: &HtmlElement, root: &HtmlElement, mode: ThemeMode) {
    if mode != ThemeMode::Auto {
        let _ = root.set_attribute("data-theme", mode.name());
    }
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(host).ok().flatten())
    else {
        return;
    };
    let requested = Requested::read(|name| {
        let value = style.get_property_value(name).ok()?;
        Some(as_rgb(root, &value).unwrap_or(value))
    });
    let resolved = resolve(&requested);
    let root_style = root.style();
    for (token, value) in &resolved.tokens {
        // CSSOM, not a style attribute: allowed under `style-src 'self'`.
        let _ = root_style.set_property(token, value);
    }
    for warning in &resolved.warnings {
        dom::warn(warning);
    }
}

/// Any CSS colour (`teal`, `hsl(…)`, `#0b7285`) as the browser computes it, `rgb(…)`,
/// read from a hidden probe beside `root`; `None` if the browser does not take it.
fn as_rgb(root: &HtmlElement, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let document = root.owner_document()?;
    let probe: HtmlElement = document.create_element("span").ok()?.dyn_into().ok()?;
    probe.set_hidden(true);
    let parent = root.parent_node()?;
    parent.append_child(&probe).ok()?;
    let _ = probe.style().set_property("color", value);
    let taken = !probe.style().get_property_value("color").ok()?.is_empty();
    let computed = web_sys::window()?
        .get_computed_style(&probe)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("color").ok());
    probe.remove();
    computed.filter(|_| taken)
}
