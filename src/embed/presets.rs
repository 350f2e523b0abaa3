//! The host's presets for an instance (see [`Presets`]), read from its element's
//! attributes and the host page's address, each value checked like the visit's
//! attribution: a value that is not kept is named in a console warning, never sent raw.
//!
//! | Attribute | Or in the page's address | Becomes |
//! |---|---|---|
//! | `data-track="python"`, `data-cohort="2027-05-03"` | `cg_track`, `cg_cohort` | answers the wizard preselects |
//! | `data-field-campus="Lagos"` (at most [`MAX_FIELDS`]) | | `fields` in the application |
//! | `data-attribution="persist"` | | the first touch kept for 30 days |
//! | `data-analytics="datalayer"` | | host events pushed to `window.dataLayer` |

use crate::platform::clock::Now;
use crate::platform::dom;
use crate::routing::attribution::{bounded, first_touch, hidden_field, Attribution, Shape};
use crate::ui::presets::Presets;
use std::cell::Cell;

thread_local! {
    /// Whether this page's arrival has been read (its warnings are said once).
    static ARRIVED: Cell<bool> = const { Cell::new(false) };
}

/// Keeps where the visit came from when an instance starts: the first of the visit keeps
/// it, for the visit or (with `persist`) for 30 days; a later one with `persist` keeps the
/// visit's first touch for 30 days too.
pub fn arrive(persist: bool) {
    let (here, warnings) = Attribution::here();
    if !ARRIVED.with(|arrived| arrived.replace(true)) {
        for warning in warnings {
            dom::warn(&warning);
        }
    }
    first_touch(&here, persist, Now::read().today);
}

/// How many hidden fields an instance sends at most.
pub const MAX_FIELDS: usize = 10;
/// What a hidden field's attribute starts with.
pub const FIELD_PREFIX: &str = "data-field-";
/// The attributes this module reads besides the `data-field-*` ones.
pub const ATTRIBUTES: [&str; 4] = [
    "data-track",
    "data-cohort",
    "data-attribution",
    "data-analytics",
];
/// The answers a host may preselect: (attribute, address parameter, question).
const ANSWERS: [(&str, &str, &str); 2] = [
    ("data-track", "cg_track", "track"),
    ("data-cohort", "cg_cohort", "cohort"),
];

/// Reads the presets of `element` (a mount element or a popup's opener) and of the
/// page's address.
pub fn of_element(element: &web_sys::Element) -> (Presets, Vec<String>) {
    let names: Vec<String> = element
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .collect();
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    read(
        &names,
        &|name| element.get_attribute(name),
        &crate::routing::url::parse_query(&search),
    )
}

/// Reads the presets: `names` are the element's attribute names, `attribute` reads one,
/// `page_query` is the host page's address query, decoded.
pub fn read(
    names: &[String],
    attribute: &dyn Fn(&str) -> Option<String>,
    page_query: &[(String, String)],
) -> (Presets, Vec<String>) {
    let mut presets = Presets::default();
    let mut warnings = Vec::new();
    for (name, parameter, question) in ANSWERS {
        let given = attribute(name).map(|v| (name, v)).or_else(|| {
            page_query
                .iter()
                .find(|(key, _)| key == parameter)
                .map(|(_, v)| (parameter, v.clone()))
        });
        if let Some((from, value)) = given {
            match bounded(Shape::Name, &value) {
                Ok(value) => presets.answers.push((question.to_owned(), value)),
                Err(why) => warnings.push(format!("{from} was ignored: {why}.")),
            }
        }
    }
    for name in names.iter().filter(|n| n.starts_with(FIELD_PREFIX)) {
        let value = attribute(name).unwrap_or_default();
        let checked = hidden_field(&name[FIELD_PREFIX.len()..], &value);
        match checked {
            Ok(_) if presets.fields.len() == MAX_FIELDS => warnings.push(format!(
                "{name} was left out of applications: at most {MAX_FIELDS} hidden fields are sent."
            )),
            Ok(pair) => presets.fields.push(pair),
            Err(why) => warnings.push(format!("{name} was left out of applications: {why}.")),
        }
    }
    match attribute("data-attribution").as_deref().map(str::trim) {
        None | Some("visit") => {}
        Some("persist") => presets.persist_attribution = true,
        Some(other) => warnings.push(format!(
            "data-attribution=\"{other}\" is not visit or persist; where the visitor came from is kept for the visit only."
        )),
    }
    match attribute("data-analytics").as_deref().map(str::trim) {
        None => {}
        Some("datalayer") => presets.analytics = true,
        Some(other) => warnings.push(format!(
            "data-analytics=\"{other}\" is not datalayer; nothing is pushed to analytics."
        )),
    }
    (presets, warnings)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read_from(attributes: &[(&str, &str)], page: &[(&str, &str)]) -> (Presets, Vec<String>) {
        let names: Vec<String> = attributes.iter().map(|(n, _)| n.to_string()).collect();
        let owned: Vec<(String, String)> = attributes
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        let query: Vec<(String, String)> = page
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let attribute = move |name: &str| {
            owned
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        read(&names, &attribute, &query)
    }

    #[test]
    fn attributes_and_the_page_address_preset_the_wizard() {
        let (presets, warnings) = read_from(
            &[
                ("data-track", "python"),
                ("data-field-campus", "Lagos"),
                ("data-field-partner", "acme"),
                ("data-attribution", "persist"),
                ("data-analytics", "datalayer"),
            ],
            &[("cg_track", "node"), ("cg_cohort", "2027-05-03")],
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            presets.answer("track"),
            Some("python"),
            "the attribute wins"
        );
        assert_eq!(presets.answer("cohort"), Some("2027-05-03"));
        assert_eq!(
            presets.fields,
            [
                ("campus".to_owned(), "Lagos".to_owned()),
                ("partner".into(), "acme".into())
            ]
        );
        assert!(presets.persist_attribution && presets.analytics);
    }

    #[test]
    fn bad_presets_are_named_and_left_out() {
        let mut attributes = vec![
            ("data-field-Campus", "x"),
            ("data-field-note", "<script>"),
            ("data-attribution", "forever"),
            ("data-analytics", "ga4"),
            ("data-track", "py thon"),
        ];
        let many: Vec<(String, String)> = (0..12)
            .map(|i| (format!("data-field-f{i}"), "v".to_owned()))
            .collect();
        attributes.extend(many.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        let (presets, warnings) = read_from(&attributes, &[]);
        assert_eq!(presets.fields.len(), MAX_FIELDS);
        assert_eq!(presets.answers, []);
        assert!(!presets.persist_attribution && !presets.analytics);
        assert_eq!(warnings.len(), 2 + 2 + 1 + 2, "{warnings:?}");
        assert!(
            warnings.iter().all(|w| !w.contains("<script>")),
            "{warnings:?}"
        );
    }

    proptest! {
        #[test]
        fn no_field_is_sent_unbounded(name in "\\PC{0,40}", value in "\\PC{0,140}") {
            let attribute = format!("data-field-{name}");
            let (presets, _) = read_from(&[(attribute.as_str(), value.as_str())], &[]);
            for (name, value) in presets.fields {
                prop_assert!(name.len() <= 30 && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'));
                prop_assert!(value.chars().count() <= 100 && value.is_ascii());
            }
        }
    }
}
