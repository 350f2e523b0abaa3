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
        let (options, warnings) = read(&[(KIND_ATTRIBUTE, "apply"), ("data-timeout-seconds", bad)]);
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

#[test]
fn a_theme_is_light_dark_or_the_visitors() {
    use crate::ui::theme::ThemeMode;
    assert_eq!(read(&[(KIND_ATTRIBUTE, "salary")]).0.theme, ThemeMode::Auto);
    let (options, warnings) = read(&[(KIND_ATTRIBUTE, "salary"), ("data-theme", "dark")]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(options.theme, ThemeMode::Dark);
    let (options, warnings) = read(&[(KIND_ATTRIBUTE, "salary"), ("data-theme", "night")]);
    assert_eq!(options.theme, ThemeMode::Auto);
    assert_eq!(
        warnings,
        ["data-theme=\"night\" is not one of auto, light, dark; following the visitor's setting."]
    );
}
