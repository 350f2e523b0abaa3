//! Reading a mount element's data-attributes into mount options. Every bad or unknown value
//! gets a warning for the console and a safe default, never a blank box.

use crate::routing::nav::LeaveTo;
use crate::routing::page::{Page, WidgetKind};
use crate::routing::url::{is_base_path, is_endpoint, is_safe_link};
use crate::shell::options::{MountOptions, Routing};
use crate::ui::theme::ThemeMode;

/// The attribute that marks a mount point and names what to show in it.
pub const KIND_ATTRIBUTE: &str = "data-career-guide";
/// Every attribute the embedder may set. A `data-career-guide-…` attribute that is not
/// one, or a near miss of one (`data-endpont`), gets a warning.
pub const ATTRIBUTES: [&str; 11] = [
    KIND_ATTRIBUTE,
    "data-theme",
    "data-base-path",
    "data-endpoint",
    "data-view",
    "data-app-url",
    "data-apply-url",
    "data-timeout-seconds",
    "data-standalone",
    "data-links",
    OPEN_ATTRIBUTE,
];
/// The attribute that makes an element open a widget in a popup, and names which.
pub const OPEN_ATTRIBUTE: &str = "data-career-guide-open";
/// Attributes the loader itself sets on a mount point.
const STATE_ATTRIBUTES: [&str; 2] = ["data-career-guide-mounted", "data-career-guide-state"];
/// The longest wait for the application endpoint a host may ask for.
const MAX_TIMEOUT_SECONDS: u32 = 120;

/// Reads options from `attribute` (the element's attributes by name).
///
/// `asset_base` is the URL the loader came from, the default home of the full app.
/// `url_routing_taken` says another instance on the page already routes by URL: two
/// routers would fight over the address bar, so the second falls back to memory.
pub fn read_options(
    attribute: &dyn Fn(&str) -> Option<String>,
    asset_base: &str,
    url_routing_taken: bool,
) -> (MountOptions, Vec<String>) {
    let mut warnings = Vec::new();
    let raw_kind = attribute(KIND_ATTRIBUTE).unwrap_or_default();
    let kind = WidgetKind::from_name(raw_kind.trim()).unwrap_or_else(|| {
        warnings.push(format!(
            "{KIND_ATTRIBUTE}=\"{raw_kind}\" is not one of {}; showing the guide.",
            WidgetKind::NAMES.join(", ")
        ));
        WidgetKind::Guide
    });
    let standalone = attribute("data-standalone").is_some();
    if standalone && kind != WidgetKind::App {
        warnings.push("data-standalone only applies to data-career-guide=\"app\"; ignored.".into());
    }
    let standalone = standalone && kind == WidgetKind::App;
    let timeout_seconds = match attribute("data-timeout-seconds") {
        None => None,
        Some(value) => match value.trim().parse::<u32>() {
            Ok(seconds) if (1..=MAX_TIMEOUT_SECONDS).contains(&seconds) => Some(seconds),
            _ => {
                warnings.push(format!(
                    "data-timeout-seconds=\"{value}\" is not a whole number of seconds from 1 to {MAX_TIMEOUT_SECONDS}; using the default."
                ));
                None
            }
        },
    };

    let theme = match attribute("data-theme") {
        None => ThemeMode::Auto,
        Some(value) => ThemeMode::from_name(value.trim()).unwrap_or_else(|| {
            warnings.push(format!(
                "data-theme=\"{value}\" is not one of {}; following the visitor's setting.",
                ThemeMode::NAMES.join(", ")
            ));
            ThemeMode::Auto
        }),
    };

    let leave_to = match attribute("data-links") {
        None => LeaveTo::Here,
        Some(value) => LeaveTo::from_name(value.trim()).unwrap_or_else(|| {
            warnings.push(format!(
                "data-links=\"{value}\" is not one of {}; links open in place.",
                LeaveTo::NAMES.join(", ")
            ));
            LeaveTo::Here
        }),
    };

    let app_url = match attribute("data-app-url") {
        Some(url) if is_safe_link(&url) => with_trailing_slash(&url),
        Some(url) => {
            warnings.push(format!(
                "data-app-url=\"{url}\" is not an http(s) URL or path; using {asset_base}."
            ));
            with_trailing_slash(asset_base)
        }
        None => with_trailing_slash(asset_base),
    };
    let apply_url = match attribute("data-apply-url") {
        Some(url) if is_safe_link(&url) => url,
        Some(url) => {
            warnings.push(format!("data-apply-url=\"{url}\" is not an http(s) URL, path or #anchor; using the app's apply page."));
            format!("{app_url}apply")
        }
        None => format!("{app_url}apply"),
    };
    let endpoint = match attribute("data-endpoint") {
        Some(url) if is_endpoint(&url) => Some(url),
        Some(url) => {
            warnings.push(format!("data-endpoint=\"{url}\" is not an http(s) URL or path; using the configured endpoint."));
            None
        }
        None => None,
    };

    let view = attribute("data-view");
    let start = match &view {
        None => kind.home(),
        Some(view) => {
            let page = Page::parse(&format!("/{}", view.trim().trim_start_matches('/')));
            if page != Page::NotFound && kind.contains(&page) {
                page
            } else {
                warnings.push(format!(
                    "data-view=\"{view}\" is not a page this {} widget shows; starting at its first page.",
                    kind.name()
                ));
                kind.home()
            }
        }
    };

    let base = attribute("data-base-path");
    let routing = match (kind, base) {
        (WidgetKind::App, Some(base)) if !is_base_path(&base) => {
            warnings.push(format!(
                "data-base-path=\"{base}\" must be a path like /careers; keeping pages in memory instead."
            ));
            Routing::Memory { start }
        }
        (WidgetKind::App, Some(_)) if url_routing_taken => {
            warnings.push(
                "Another career guide on this page already uses the address bar; this one keeps its pages in memory."
                    .into(),
            );
            Routing::Memory { start }
        }
        (WidgetKind::App, Some(base)) => {
            if view.is_some() {
                warnings.push("data-view is ignored when data-base-path is set: the address decides the page.".into());
            }
            Routing::Url {
                base: base.trim_end_matches('/').to_owned(),
            }
        }
        (_, Some(_)) => {
            warnings.push(format!(
                "data-base-path only applies to data-career-guide=\"app\"; the {} widget keeps its state in memory.",
                kind.name()
            ));
            Routing::Memory { start }
        }
        (_, None) => Routing::Memory { start },
    };

    (
        MountOptions {
            kind,
            routing,
            endpoint,
            timeout_seconds,
            app_url,
            apply_url,
            standalone,
            theme,
            leave_to,
            framed: false,
            presets: Default::default(),
        },
        warnings,
    )
}

/// Warnings for attributes in our family that we do not read: `data-career-guide-…`
/// ones, and near misses of ours (`data-endpont`), which would otherwise be ignored
/// without a word.
pub fn unknown_attribute_warnings(names: &[String]) -> Vec<String> {
    names
        .iter()
        .filter(|name| {
            !ATTRIBUTES.contains(&name.as_str())
                && !STATE_ATTRIBUTES.contains(&name.as_str())
                && !super::presets::ATTRIBUTES.contains(&name.as_str())
                && !name.starts_with(super::presets::FIELD_PREFIX)
        })
        .filter_map(|name| {
            let near = ATTRIBUTES
                .iter()
                .find(|known| name.starts_with("data-") && edit_distance(name, known) <= 2);
            match near {
                Some(known) => Some(format!(
                    "{name} is not an attribute of the career guide; did you mean {known}?"
                )),
                None if name.starts_with("data-career-guide-") => Some(format!(
                    "{name} is not an attribute of the career guide; it is ignored."
                )),
                None => None,
            }
        })
        .collect()
}

/// Levenshtein distance between two short ASCII names.
fn edit_distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

fn with_trailing_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}

#[cfg(test)]
mod tests;
