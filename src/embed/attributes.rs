//! Reading a mount element's data-attributes into mount options. Every bad or unknown value
//! gets a warning for the console and a safe default, never a blank box.

use crate::routing::page::{Page, WidgetKind};
use crate::shell::options::{MountOptions, Routing};

/// The attribute that marks a mount point and names what to show in it.
pub const KIND_ATTRIBUTE: &str = "data-career-guide";
/// Every attribute the embedder may set. A `data-career-guide-…` attribute that is not
/// one, or a near miss of one (`data-endpont`), gets a warning.
pub const ATTRIBUTES: [&str; 8] = [
    KIND_ATTRIBUTE,
    "data-base-path",
    "data-endpoint",
    "data-view",
    "data-app-url",
    "data-apply-url",
    "data-timeout-seconds",
    "data-standalone",
];
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

    let app_url = match attribute("data-app-url") {
        Some(url) if is_safe_url(&url) => with_trailing_slash(&url),
        Some(url) => {
            warnings.push(format!(
                "data-app-url=\"{url}\" is not an http(s) URL or path; using {asset_base}."
            ));
            with_trailing_slash(asset_base)
        }
        None => with_trailing_slash(asset_base),
    };
    let apply_url = match attribute("data-apply-url") {
        Some(url) if is_safe_url(&url) => url,
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
            !ATTRIBUTES.contains(&name.as_str()) && !STATE_ATTRIBUTES.contains(&name.as_str())
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

/// An absolute path of safe characters: "/", "/careers", "/en/careers".
fn is_base_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.contains("//")
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~'))
}

fn is_endpoint(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with('/'))
        && !lower.starts_with("//")
        && !url.chars().any(char::is_whitespace)
}

/// Links we put in `href`: http(s), site paths, or same-page anchors — never `javascript:`.
fn is_safe_url(url: &str) -> bool {
    is_endpoint(url)
        || (url.starts_with('#') && url.len() > 1 && !url.chars().any(char::is_whitespace))
}

fn with_trailing_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routing::page::StepId;

    fn read(attrs: &[(&str, &str)]) -> (MountOptions, Vec<String>) {
        let owned: Vec<(String, String)> = attrs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let get = move |name: &str| {
            owned
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        read_options(&get, "https://cdn.example.com/career-guide/", false)
    }

    #[test]
    fn a_bare_salary_widget_stays_in_memory() {
        let (options, warnings) = read(&[(KIND_ATTRIBUTE, "salary")]);
        assert!(warnings.is_empty());
        assert_eq!(options.kind, WidgetKind::Salary);
        assert_eq!(
            options.routing,
            Routing::Memory {
                start: Page::Salary
            }
        );
        assert_eq!(
            options.apply_url,
            "https://cdn.example.com/career-guide/apply"
        );
        assert!(!options.standalone);
    }

    #[test]
    fn an_app_with_a_base_path_routes_by_url() {
        let (options, warnings) = read(&[(KIND_ATTRIBUTE, "app"), ("data-base-path", "/careers/")]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            options.routing,
            Routing::Url {
                base: "/careers".into()
            }
        );
    }

    #[test]
    fn an_app_without_a_base_path_keeps_pages_in_memory() {
        let (options, _) = read(&[(KIND_ATTRIBUTE, "app"), ("data-view", "roadmap/3")]);
        assert_eq!(
            options.routing,
            Routing::Memory {
                start: Page::Step(3)
            }
        );
    }

    #[test]
    fn a_second_url_router_falls_back_to_memory() {
        let get = |name: &str| match name {
            KIND_ATTRIBUTE => Some("app".to_owned()),
            "data-base-path" => Some("/careers".to_owned()),
            _ => None,
        };
        let (options, warnings) = read_options(&get, "/", true);
        assert!(matches!(options.routing, Routing::Memory { .. }));
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn bad_values_warn_and_fall_back() {
        let cases: [&[(&str, &str)]; 7] = [
            &[(KIND_ATTRIBUTE, "calculator")],
            &[(KIND_ATTRIBUTE, "")],
            &[(KIND_ATTRIBUTE, "salary"), ("data-view", "faq")],
            &[(KIND_ATTRIBUTE, "app"), ("data-base-path", "careers")],
            &[
                (KIND_ATTRIBUTE, "apply"),
                ("data-endpoint", "javascript:alert(1)"),
            ],
            &[
                (KIND_ATTRIBUTE, "guide"),
                ("data-app-url", "javascript:alert(1)"),
            ],
            &[(KIND_ATTRIBUTE, "salary"), ("data-standalone", "")],
        ];
        for attrs in cases {
            let (options, warnings) = read(attrs);
            assert_eq!(warnings.len(), 1, "{attrs:?}: {warnings:?}");
            assert!(!options.app_url.starts_with("javascript"));
            assert_eq!(options.endpoint, None);
        }
        assert_eq!(
            read(&[(KIND_ATTRIBUTE, "calculator")]).0.kind,
            WidgetKind::Guide
        );
    }

    #[test]
    fn options_are_read_when_good() {
        let (options, warnings) = read(&[
            (KIND_ATTRIBUTE, "apply"),
            (
                "data-endpoint",
                "https://admissions.example.com/applications",
            ),
            ("data-view", "apply/track"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            options.endpoint.as_deref(),
            Some("https://admissions.example.com/applications")
        );
        assert_eq!(
            options.routing,
            Routing::Memory {
                start: Page::Apply(Some(StepId::Track))
            }
        );
        let (options, _) = read(&[
            (KIND_ATTRIBUTE, "guide"),
            ("data-apply-url", "#apply"),
            ("data-app-url", "/careers"),
        ]);
        assert_eq!(options.apply_url, "#apply");
        assert_eq!(options.app_url, "/careers/");
    }

    #[test]
    fn unknown_and_misspelt_attributes_are_named() {
        let names = [
            "data-career-guide",
            "data-endpont",
            "data-career-guide-theme",
            "data-career-guide-mounted",
            "data-testid",
            "class",
            "data-apply-url",
        ]
        .map(String::from);
        assert_eq!(
            unknown_attribute_warnings(&names),
            [
                "data-endpont is not an attribute of the career guide; did you mean data-endpoint?",
                "data-career-guide-theme is not an attribute of the career guide; it is ignored.",
            ]
        );
    }

    #[test]
    fn a_timeout_is_whole_seconds_within_reason() {
        let (options, warnings) = read(&[(KIND_ATTRIBUTE, "apply"), ("data-timeout-seconds", "3")]);
        assert!(warnings.is_empty());
        assert_eq!(options.timeout_seconds, Some(3));
        for bad in ["0", "1.5", "soon", "500"] {
            let (options, warnings) =
                read(&[(KIND_ATTRIBUTE, "apply"), ("data-timeout-seconds", bad)]);
            assert_eq!(options.timeout_seconds, None);
            assert_eq!(warnings.len(), 1, "{bad}");
        }
    }

    #[test]
    fn the_standalone_page_is_an_app() {
        let (options, _) = read(&[
            (KIND_ATTRIBUTE, "app"),
            ("data-standalone", ""),
            ("data-base-path", "/"),
        ]);
        assert!(options.standalone);
        assert_eq!(options.routing, Routing::Url { base: "".into() });
    }
}
