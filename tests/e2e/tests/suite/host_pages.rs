//! The widgets pasted into landing pages nobody here wrote, as npm publishes them (see
//! `e2e::host_pages`), served with the strict CSP the README's hosting section promises and the widgets far below the
//! fold, on a phone and a desktop: the page neither jumps nor changes, the host's own links
//! still work, the widgets are accessible and an application gets through.

use e2e::host_pages::{HostPage, NOTUS, RESUME};
use e2e::wizard::apply_in_widget;
use e2e::{Browser, Reported, Site};
use serde_json::json;

/// Computed styles that would show the widgets leaking into the page.
const STYLE_PROPERTIES: [&str; 14] = [
    "font-family",
    "font-size",
    "font-weight",
    "color",
    "background-color",
    "margin-top",
    "margin-bottom",
    "padding-top",
    "padding-left",
    "line-height",
    "display",
    "width",
    "border-top-width",
    "text-transform",
];

/// The host's elements to compare, each the first match of a selector.
const HOST_ELEMENTS: [&str; 8] = ["body", "nav", "h1", "h2", "h3", "p", "a", "button"];

/// Pages before the widgets: how far the app may push below the fold.
const BELOW_THE_FOLD: i64 = 2;

async fn host_styles(browser: &Browser) -> Vec<String> {
    browser
        .eval(
            "const [selectors, properties] = arguments;
             return selectors.map(s => {
                 const el = document.querySelector(s);
                 if (!el) return s + ': none';
                 const style = getComputedStyle(el);
                 return s + ' { ' + properties.map(p => p + ': ' + style.getPropertyValue(p)).join('; ') + ' }';
             });",
            vec![json!(HOST_ELEMENTS), json!(STYLE_PROPERTIES)],
        )
        .await
}

/// What the page itself reports, so the widgets' share can be told apart; line numbers
/// go (the snippet moves the page's own inline script down).
fn sorted(reported: &Reported) -> (Vec<String>, Vec<String>) {
    let without_line = |entry: &String| match entry.rsplit_once(':') {
        Some((rest, line)) if line.bytes().all(|b| b.is_ascii_digit()) => rest.to_owned(),
        _ => entry.clone(),
    };
    let mut errors: Vec<String> = reported.errors.iter().map(without_line).collect();
    let mut csp: Vec<String> = reported.csp.iter().map(without_line).collect();
    errors.sort();
    csp.sort();
    (errors, csp)
}

/// Nothing scrolled the page or moved focus since it loaded (every scroll and focus event
/// is recorded), watched for half a second after the widgets settled; and the widgets are
/// far below the fold, so a jump would show.
async fn assert_page_still(browser: &Browser, when: &str) {
    browser.after_frames(30).await;
    let moved = browser.reported().await.moved;
    assert!(moved.is_empty(), "{when}: {moved:?}");
    let (scroll, focused, fold): (i64, String, i64) = browser
        .eval(
            "const widgets = document.querySelector('[data-career-guide]').getBoundingClientRect().top;
             return [Math.round(scrollY), document.activeElement.tagName, Math.floor((widgets + scrollY) / innerHeight)];",
            vec![],
        )
        .await;
    assert_eq!(scroll, 0, "{when}: the page jumped");
    assert_eq!(focused, "BODY", "{when}: focus moved");
    assert!(
        fold >= BELOW_THE_FOLD,
        "{when}: the widgets are only {fold} screens down"
    );
}

async fn embeds_behave_on(page: &HostPage, in_page_link: &str, width: u32) {
    let label = format!("{} at {width}px", page.package);
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.viewport(width, 800).await;

    // The page as its author made it.
    browser.goto(&site.url(&page.path(false))).await;
    browser
        .wait_until(
            "the page to load",
            "return document.readyState === 'complete';",
        )
        .await;
    browser.after_frames(2).await;
    let styles_without = host_styles(&browser).await;
    let (errors_without, csp_without) = sorted(&browser.reported().await);

    // The same page with the snippet.
    browser.goto(&site.url(&page.path(true))).await;
    browser.settled().await;
    assert_page_still(&browser, &format!("{label}, on mount")).await;
    assert_eq!(
        host_styles(&browser).await,
        styles_without,
        "{label}: the host's styles changed"
    );
    let (errors_with, csp_with) = sorted(&browser.reported().await);
    assert_eq!(
        csp_with, csp_without,
        "{label}: CSP violations beyond the page's own"
    );
    assert_eq!(
        errors_with, errors_without,
        "{label}: console errors beyond the page's own"
    );
    assert!(
        !csp_with
            .iter()
            .chain(&errors_with)
            .any(|e| e.contains("career-guide")),
        "{label}: {csp_with:?} {errors_with:?}"
    );
    browser
        .assert_accessible_within(&label, Some("[data-career-guide]"))
        .await;

    // A saved draft restored on the next visit moves nothing either.
    browser
        .in_shadow("#apply", "#full-name")
        .await
        .send_keys("Thandi")
        .await
        .unwrap();
    browser.goto(&site.url(&page.path(true))).await;
    browser.settled().await;
    let restored: String = browser
        .eval(
            "return document.querySelector('#apply').shadowRoot.querySelector('#full-name').value;",
            vec![],
        )
        .await;
    assert_eq!(restored, "Thandi", "{label}: the draft was restored");
    assert_page_still(&browser, &format!("{label}, with a draft restored")).await;
    browser
        .in_shadow("#apply", "#full-name")
        .await
        .clear()
        .await
        .unwrap();

    // The host's own in-page link still works, with its menu button on a phone if the page
    // has one that works (Notus' needs an inline script, which the strict CSP blocks).
    if page.package.starts_with("startbootstrap") && width < 992 {
        browser.click(".navbar-toggler").await;
        browser
            .wait_until(
                "the menu to open",
                "return document.querySelector('.navbar-collapse.show') !== null;",
            )
            .await;
    }
    let link = format!("a[href='{in_page_link}']");
    let visible: bool = browser
        .eval(
            &format!("return [...document.querySelectorAll(\"{link}\")].some(a => a.offsetParent !== null);"),
            vec![],
        )
        .await;
    assert!(
        visible || width < 992,
        "{label}: the desktop page shows {link}"
    );
    if visible || page.package.starts_with("startbootstrap") {
        browser.click(&link).await;
        browser
            .wait_until(
                "the host's link to be followed",
                &format!("return location.hash === '{in_page_link}';"),
            )
            .await;
    }

    // A whole application through the wizard at the bottom of the page.
    apply_in_widget(&browser, "#apply").await;
    let received = site.received();
    assert_eq!(received.len(), 1, "{label}: one application");
    assert_eq!(received[0].status, 201);
    browser.close().await;
}

#[tokio::test]
async fn the_bootstrap_resume_theme_with_the_widgets_at_the_bottom() {
    for width in [360, 1280] {
        embeds_behave_on(&RESUME, "#experience", width).await;
    }
}

#[tokio::test]
async fn the_tailwind_notus_landing_page_with_the_widgets_at_the_bottom() {
    for width in [360, 1280] {
        embeds_behave_on(&NOTUS, "#pablo", width).await;
    }
}
