//! The host's brand on a mounted widget: reads the theming custom properties the host set
//! on the mount element or an ancestor (they inherit through the shadow root), has
//! [`crate::ui::theme`] check them (in a chunk of its own, downloaded only when a host sets
//! a colour), and sets the resulting colour tokens on the widget's root. Every change it
//! makes to a host's colour is explained in the console.

use crate::platform::dom;
use crate::ui::theme::{resolve_in_chunk, Requested, Resolved, ThemeMode};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The colour properties set on `host` or above it, each as the browser reads the colour.
pub fn requested(host: &HtmlElement) -> Requested {
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(host).ok().flatten())
    else {
        return Requested::default();
    };
    let canvas = Canvas::new();
    Requested::read(|name| {
        let value = style.get_property_value(name).ok()?;
        Some(
            canvas
                .as_ref()
                .and_then(|c| c.normalise(&value))
                .unwrap_or(value),
        )
    })
}

/// The checked colours, or nothing when the host set none (or the chunk cannot be had:
/// the widget then shows its own colours, and says so).
pub async fn resolve(requested: Requested) -> Resolved {
    if requested == Requested::default() {
        return Resolved::default();
    }
    resolve_in_chunk(requested).await.unwrap_or_else(|_| {
        dom::warn(
            "the host's colours could not be checked (download failed); using the widget's own.",
        );
        Resolved::default()
    })
}

/// Applies `mode` and the checked colours to `root`, the element the widget renders into.
pub fn apply(root: &HtmlElement, mode: ThemeMode, resolved: &Resolved) {
    if mode != ThemeMode::Auto {
        let _ = root.set_attribute("data-theme", mode.name());
    }
    let style = root.style();
    for (token, value) in &resolved.tokens {
        // CSSOM, not a style attribute: allowed under `style-src 'self'`.
        let _ = style.set_property(token, value);
    }
    for warning in &resolved.warnings {
        dom::warn(warning);
    }
}

/// A detached canvas context: any CSS colour (`teal`, `hsl(…)`) set as its fill style
/// reads back as `#rrggbb` (or `rgba(…)`), without touching the page.
struct Canvas(web_sys::CanvasRenderingContext2d);

impl Canvas {
    fn new() -> Option<Canvas> {
        let canvas = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into::<web_sys::HtmlCanvasElement>()
            .ok()?;
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Canvas(context))
    }

    /// `value` as the canvas writes it; `None` if it is not a colour.
    fn normalise(&self, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        // A value that is not a colour leaves the fill style as it was: start from a
        // sentinel that no host colour normalises to.
        self.0.set_fill_style_str("rgba(1, 2, 3, 0.5)");
        self.0.set_fill_style_str(value);
        let read = self.0.fill_style().as_string()?;
        (read != "rgba(1, 2, 3, 0.5)").then_some(read)
    }
}
