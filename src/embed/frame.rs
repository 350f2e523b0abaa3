//! The page made to be framed (`frame.html`), for page builders that only let a marketing
//! person paste an iframe: one widget alone, its options in the page's address with the
//! attributes' names (`?widget=salary&theme=dark&accent=%230b7285`), and its height told
//! to the page around it so the frame can fit it.

use super::attributes::{
    read_options as read_attributes, unknown_attribute_warnings, KIND_ATTRIBUTE,
};
use crate::routing::url::parse_query;
use crate::shell::options::MountOptions;
use crate::ui::theme::THEME_PROPERTIES;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The message the frame posts to its parent whenever its height changes (version 1):
/// `{"type": "career-guide:height", "version": 1, "height": 812}`, in CSS pixels.
pub const HEIGHT_MESSAGE: &str = "career-guide:height";
pub const HEIGHT_MESSAGE_VERSION: u32 = 1;

/// The mount element's attribute for a query key: `widget` names the widget, any other key
/// `k` stands for `data-k`.
fn attribute_of(key: &str) -> String {
    if key == "widget" {
        KIND_ATTRIBUTE.to_owned()
    } else {
        format!("data-{key}")
    }
}

/// The options of the framed widget, read from the page's query as attributes would be.
/// Links that leave it open in a new tab unless the query says otherwise (a sandboxed
/// frame may not navigate the top window). Theming properties in the query
/// (`accent=…` for `--career-guide-accent`) are set on `element`, where the widget reads
/// them like a host's.
pub fn read_options(element: &HtmlElement, asset_base: &str) -> (MountOptions, Vec<String>) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (pairs, properties): (Vec<_>, Vec<_>) = parse_query(&search)
        .into_iter()
        .partition(|(key, _)| theme_property(key).is_none());
    let style = element.style();
    for (key, value) in properties {
        if let Some(property) = theme_property(&key) {
            // CSSOM, not a style attribute: allowed under `style-src 'self'`.
            let _ = style.set_property(property, &value);
        }
    }
    let attributes: Vec<(String, String)> = pairs
        .into_iter()
        .map(|(key, value)| (attribute_of(&key), value))
        .collect();
    let attribute = |name: &str| {
        let found = attributes
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone());
        match name {
            "data-links" => found.or_else(|| Some("new-tab".into())),
            _ => found,
        }
    };
    let (mut options, mut warnings) = read_attributes(&attribute, asset_base, true);
    options.framed = true;
    // This page is on the guide's own site, so its address must not send applications
    // elsewhere (a link to it with someone else's endpoint would collect them there).
    if let Some(endpoint) = options.endpoint.take() {
        if same_origin(&endpoint, asset_base) {
            options.endpoint = Some(endpoint);
        } else {
            warnings.push(format!(
                "endpoint={endpoint} is not on this site; a framed wizard sends only to this site or to the endpoint the build is configured with."
            ));
        }
    }
    let names: Vec<String> = attributes.iter().map(|(name, _)| name.clone()).collect();
    let (presets, more) = super::presets::read(&names, &attribute, &[]);
    options.presets = presets;
    warnings.extend(more);
    warnings.extend(
        unknown_attribute_warnings(&names)
            .into_iter()
            .map(|warning| format!("in the frame's address: {warning}")),
    );
    (options, warnings)
}

/// Whether `url` (absolute, or a path) is on the origin of `base` (an absolute URL).
fn same_origin(url: &str, base: &str) -> bool {
    if url.starts_with('/') && !url.starts_with("//") {
        return true;
    }
    let origin_of = |u: &str| {
        let rest = u
            .split_once("://")
            .map(|(scheme, rest)| (scheme.to_ascii_lowercase(), rest))?;
        let host = rest.1.split(['/', '?', '#']).next()?.to_ascii_lowercase();
        Some((rest.0, host))
    };
    origin_of(url).is_some_and(|o| Some(o) == origin_of(base))
}

/// The theming property a query key names (`accent` → `--career-guide-accent`).
fn theme_property(key: &str) -> Option<&'static str> {
    THEME_PROPERTIES
        .iter()
        .copied()
        .find(|property| property.strip_prefix("--career-guide-") == Some(key))
}

/// Tells the page around the frame how tall `element` is, now and whenever it changes:
/// only to the origin the query names as `origin`, or to any page when it names none
/// (a height is nothing secret).
pub fn report_height(element: &HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(parent) = window.parent() else {
        return;
    };
    let Some(parent) = parent.filter(|p| !js_sys::Object::is(p, &window)) else {
        return; // not in a frame
    };
    let search = window.location().search().unwrap_or_default();
    let origin = parse_query(&search)
        .into_iter()
        .find(|(key, _)| key == "origin")
        .and_then(|(_, origin)| web_origin(&origin))
        .unwrap_or_else(|| "*".to_owned());
    let measured = element.clone();
    let last = std::cell::Cell::new(-1.0);
    let post = move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"version".into(), &HEIGHT_MESSAGE_VERSION.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, &origin);
    };
    let observed = Closure::<dyn FnMut()>::new(post).into_js_value();
    if let Ok(observer) = web_sys::ResizeObserver::new(observed.unchecked_ref()) {
        observer.observe(element);
    }
}

/// `text` as a web origin ("https://www.example.com"), if it is one.
fn web_origin(text: &str) -> Option<String> {
    let lower = text.trim().trim_end_matches('/').to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host_ok = !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    host_ok.then_some(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_keys_name_attributes_and_theme_properties() {
        assert_eq!(attribute_of("widget"), "data-career-guide");
        assert_eq!(attribute_of("endpoint"), "data-endpoint");
        assert_eq!(theme_property("accent"), Some("--career-guide-accent"));
        assert_eq!(theme_property("font"), Some("--career-guide-font"));
        assert_eq!(theme_property("endpoint"), None);
    }

    #[test]
    fn a_framed_wizard_sends_only_to_its_own_site() {
        let base = "https://guide.example.com/career-guide/";
        assert!(same_origin("/api/applications", base));
        assert!(same_origin("https://GUIDE.example.com/api", base));
        assert!(!same_origin("https://evil.example/collect", base));
        assert!(!same_origin("//evil.example/collect", base));
        assert!(!same_origin(
            "https://guide.example.com.evil.example/",
            base
        ));
    }

    #[test]
    fn only_a_web_origin_is_a_target_for_the_height() {
        assert_eq!(
            web_origin("https://Builder.example.com/"),
            Some("https://builder.example.com".into())
        );
        assert_eq!(
            web_origin("http://127.0.0.1:8080"),
            Some("http://127.0.0.1:8080".into())
        );
        assert_eq!(web_origin("https://example.com/page"), None);
        assert_eq!(web_origin("javascript:alert(1)"), None);
        assert_eq!(web_origin("*"), None);
    }
}
