//! The host's brand (docs/embedding.md): theming properties set on the mount element or an
//! ancestor reach inside the shadow root; a colour that fails WCAG 2.2 AA where it is used
//! is replaced by the nearest one that passes, with a console warning naming the ratio;
//! `data-theme` fixes the scheme; the host's CSS still reaches nothing else. Served under
//! the strict CSP: the theme is applied through the CSSOM, never a style attribute.

use e2e::{Browser, Site, SiteOptions};
use serde_json::json;

/// Computed `properties` of the first `css` inside `host`'s shadow root.
async fn styles(browser: &Browser, host: &str, css: &str, properties: &[&str]) -> Vec<String> {
    browser
        .eval(
            "const [host, css, properties] = arguments;
             const el = document.querySelector(host).shadowRoot.querySelector(css);
             if (!el) throw new Error(css + ' not found in ' + host);
             const style = getComputedStyle(el);
             return properties.map(p => style.getPropertyValue(p));",
            vec![json!(host), json!(css), json!(properties)],
        )
        .await
}

/// `rgb(r, g, b)` as numbers.
fn rgb(text: &str) -> [f64; 3] {
    let inner = text
        .trim()
        .strip_prefix("rgb(")
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or_else(|| panic!("not an opaque rgb() colour: {text}"));
    let parts: Vec<f64> = inner
        .split(',')
        .map(|p| p.trim().parse().unwrap())
        .collect();
    [parts[0], parts[1], parts[2]]
}

/// WCAG's contrast ratio, computed here independently of the product's own.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |c: [f64; 3]| {
        let linear = |v: f64| {
            let v = v / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2])
    };
    let (la, lb) = (luminance(rgb(a)), luminance(rgb(b)));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

const BUTTON: &str = ".cg-button";
const PROPERTIES: [&str; 4] = ["background-color", "color", "border-radius", "font-family"];

#[tokio::test]
async fn the_hosts_brand_reaches_inside_and_never_makes_a_control_unreadable() {
    let site = Site::start_with(SiteOptions {
        strict_csp: true,
        ..SiteOptions::default()
    })
    .await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/e2e/brand.html")).await;

    // Set on an ancestor, in light: the accent as chosen, the host's font and radius.
    let teal = styles(&browser, "#teal", BUTTON, &PROPERTIES).await;
    assert_eq!(teal[0], "rgb(11, 114, 133)", "teal button: {teal:?}");
    assert_eq!(teal[1], "rgb(255, 255, 255)");
    assert_eq!(teal[2], "6px");
    assert!(teal[3].starts_with("Georgia"), "{teal:?}");
    let link = styles(&browser, "#teal", ".cg-root", &["--cg-link"]).await;
    assert!(
        link[0].starts_with("light-dark(#0b7285,"),
        "links take the accent: {link:?}"
    );

    // Set on the element, always dark: the host's background, the accent on it.
    let night = styles(&browser, "#night", BUTTON, &PROPERTIES).await;
    let night_root = styles(
        &browser,
        "#night",
        ".cg-root",
        &["background-color", "color"],
    )
    .await;
    assert_eq!(
        night_root[0], "rgb(11, 26, 58)",
        "the host's dark background"
    );
    assert_eq!(night_root[1], "rgb(255, 255, 255)");
    assert_eq!(
        night[0], "rgb(255, 179, 71)",
        "the dark accent as chosen: {night:?}"
    );
    assert_eq!(night[2], "12px");
    assert!(night[3].contains("Trebuchet MS"), "{night:?}");

    // Faint colours are replaced by readable ones of the same hue, and the console says so.
    let faint = styles(&browser, "#faint", BUTTON, &PROPERTIES).await;
    assert_ne!(
        faint[0], "rgb(127, 179, 213)",
        "the faint accent is not used as is"
    );
    let ratio = contrast(&faint[0], &faint[1]);
    assert!(
        ratio >= 4.5,
        "button text on the corrected accent: {ratio:.2}:1 {faint:?}"
    );
    let warnings = browser.reported().await.warnings;
    let expected = [
        "[career-guide] --career-guide-accent: #7fb3d5 has a contrast of 2.3:1 with the background #ffffff, below the 4.5:1 WCAG 2.2 AA asks of links; using #",
        "[career-guide] --career-guide-accent-dark: #1d3f8f has a contrast of ",
        "[career-guide] --career-guide-focus: #1d3f8f has a contrast of ",
    ];
    for start in expected {
        assert!(
            warnings.iter().any(|w| w.starts_with(start)),
            "no warning starting {start:?} in {warnings:#?}"
        );
    }
    assert_eq!(
        warnings.len(),
        expected.len(),
        "only the faint colours warn: {warnings:#?}"
    );

    // Unthemed: the product's own colours, square corners; the host's `button {…}` rule
    // with !important reached none of them.
    let plain = styles(&browser, "#plain", BUTTON, &PROPERTIES).await;
    assert_eq!(plain[0], "rgb(0, 112, 60)");
    assert_eq!(plain[2], "0px");

    let reported = browser.reported().await;
    assert!(reported.csp.is_empty(), "{:?}", reported.csp);
    assert!(reported.errors.is_empty(), "{:?}", reported.errors);
    browser.assert_accessible("brands, light visitor").await;

    // A visitor in dark mode: data-theme="light" stays light, the unset one turns dark
    // with the light accent carried over, readable.
    browser.emulate(&[("prefers-color-scheme", "dark")]).await;
    let teal_root = styles(&browser, "#teal", ".cg-root", &["background-color"]).await;
    assert_eq!(
        teal_root[0], "rgb(255, 255, 255)",
        "data-theme=light stays light"
    );
    let faint_dark = styles(&browser, "#faint", ".cg-root", &["background-color"]).await;
    assert_eq!(
        faint_dark[0], "rgb(18, 20, 23)",
        "no data-theme: the visitor's dark"
    );
    let faint = styles(&browser, "#faint", BUTTON, &PROPERTIES).await;
    assert!(contrast(&faint[0], &faint[1]) >= 4.5, "{faint:?}");
    assert!(contrast(&faint[0], &faint_dark[0]) >= 4.5, "{faint:?}");
    browser.assert_accessible("brands, dark visitor").await;
    browser.close().await;
}
