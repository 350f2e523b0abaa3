//! Embedding in someone else's page: the snippet, isolation both ways, router manners,
//! strict CSP and the fallback, against the release build (events are in events.rs).

use e2e::demo::{open_demo, APPLY, SALARY};
use e2e::{Browser, Reply, Site, SiteOptions};
use serde_json::{json, Value};

#[tokio::test]
async fn the_app_and_the_widgets_run_under_the_strict_csp_without_a_single_violation() {
    let site = Site::start_with(SiteOptions {
        strict_csp: true,
        ..SiteOptions::default()
    })
    .await;
    let browser = Browser::start().await;
    open_demo(&browser, &site).await;
    // Use the widgets, so dynamic rendering is covered too.
    browser
        .in_shadow(SALARY, "#own-pay")
        .await
        .send_keys("52k")
        .await
        .unwrap();
    browser.click_in_shadow(SALARY, "label[for=per-hour]").await;
    browser
        .wait_shadow_text(SALARY, ".cg-salary__pair", "an hour")
        .await;
    browser.click_in_shadow(APPLY, "button[type=submit]").await;
    browser
        .wait_shadow_text(APPLY, ".cg-error-summary", "There is a problem")
        .await;
    let reported = browser.reported().await;
    assert!(reported.csp.is_empty(), "demo page: {:?}", reported.csp);
    for path in [
        "/",
        "/roadmap/3",
        "/salary?pay=52k",
        "/faq#how-long",
        "/apply",
    ] {
        browser.goto_app(&site.url(path)).await;
        let reported = browser.reported().await;
        assert!(reported.csp.is_empty(), "{path}: {:?}", reported.csp);
    }
    let policy: Option<String> = browser
        .eval(
            "return fetch('/').then(r => r.headers.get('content-security-policy'));",
            vec![],
        )
        .await;
    assert!(
        policy.is_some_and(|p| p.contains("script-src 'self' 'wasm-unsafe-eval'")),
        "the test really served the strict policy"
    );
    // Last, a page that breaks the policy on purpose: the listener sees it, and once its
    // report arrives, every earlier page's report would have too.
    browser.goto(&site.url("/e2e/csp-canary.html")).await;
    browser
        .wait_until(
            "the canary's violation",
            "return window.__reported.csp.some(v => v.startsWith('style-src'))",
        )
        .await;
    let reports = e2e::eventually("the canary's report", || async {
        let reports = site.csp_reports();
        if reports.iter().any(|r| r.to_string().contains("csp-canary")) {
            Ok(reports)
        } else {
            Err(format!("{reports:?}"))
        }
    })
    .await;
    let others: Vec<&Value> = reports
        .iter()
        .filter(|r| !r.to_string().contains("csp-canary"))
        .collect();
    assert!(others.is_empty(), "violations reported: {others:?}");
    browser.close().await;
}

#[tokio::test]
async fn the_router_keeps_to_its_base_path_and_host_links_navigate_as_usual() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/careers")).await;
    let guide = "#guide";
    browser.in_shadow(guide, "[data-page-heading]").await;
    browser
        .eval::<Value>("window.__samePage = true; return null;", vec![])
        .await;
    browser
        .click_in_shadow(guide, ".cg-nav a[href='/careers/roadmap']")
        .await;
    browser
        .wait_until(
            "the widget's roadmap",
            "return location.pathname === '/careers/roadmap'",
        )
        .await;
    browser
        .wait_shadow_text(guide, "[data-page-heading]", "8-Step Roadmap")
        .await;
    assert!(
        browser
            .eval::<bool>("return window.__samePage === true;", vec![])
            .await,
        "the widget navigated without a reload"
    );
    assert_eq!(
        browser.title().await,
        "Careers – a host page with the whole guide under /careers",
        "an embed leaves the host's title alone"
    );
    // A deep link under the base path opens that page of the widget.
    browser.goto(&site.url("/careers/roadmap/3")).await;
    browser
        .wait_shadow_text(guide, "[data-page-heading]", "Hone Your Skills")
        .await;
    // The host's own same-origin link is a normal navigation.
    browser
        .eval::<Value>("window.__samePage = true; return null;", vec![])
        .await;
    browser.click("#host-pricing").await;
    browser.wait_text("h1", "Host pricing page").await;
    assert!(
        !browser
            .eval::<bool>("return window.__samePage === true;", vec![])
            .await,
        "the host link loaded a new page"
    );
    assert_eq!(browser.path().await, "/e2e/pricing.html");
    browser.back().await;
    browser
        .wait_shadow_text(guide, "[data-page-heading]", "Hone Your Skills")
        .await;
    browser
        .assert_accessible("host page with the app embedded")
        .await;
    browser.close().await;
}

/// Computed styles of host elements that the widgets must not change.
const HOST_STYLES: &str = "return ['body', 'h1', 'h2', '.intro a', '#host-link', '.host-button', '.site-header', 'label.switch'].map(s => {
    const c = getComputedStyle(document.querySelector(s));
    return [s, c.fontFamily, c.fontSize, c.color, c.backgroundColor, c.margin, c.padding, c.lineHeight, c.display].join(' | ');
});";

/// Style sheets and style elements in the host document (not in shadow roots).
const SHEETS: &str = "return document.styleSheets.length + document.querySelectorAll('style, link[rel=stylesheet]').length;";

#[tokio::test]
async fn the_widgets_do_not_change_the_host_pages_styles() {
    let site = Site::start().await;
    let without = Browser::start().await;
    without.cdp("Network.enable", json!({})).await;
    without
        .cdp(
            "Network.setBlockedURLs",
            json!({ "urls": ["*career-guide.js"] }),
        )
        .await;
    without.goto(&site.url("/demo.html")).await;
    without.find("h1").await;
    let before: Vec<String> = without.eval(HOST_STYLES, vec![]).await;
    let sheets_before: usize = without.eval(SHEETS, vec![]).await;
    assert!(
        !without
            .eval::<bool>(
                "return !!document.querySelector('[data-career-guide-mounted]');",
                vec![]
            )
            .await
    );
    without.close().await;

    let with = Browser::start().await;
    open_demo(&with, &site).await;
    let after: Vec<String> = with.eval(HOST_STYLES, vec![]).await;
    assert_eq!(before, after);
    let sheets: usize = with.eval(SHEETS, vec![]).await;
    assert_eq!(
        sheets, sheets_before,
        "the widgets add no stylesheet to the host document"
    );
    with.close().await;
}

/// Computed styles inside the widgets that a hostile host stylesheet must not change.
const WIDGET_STYLES: &str = "const out = [];
    for (const [host, sel] of [
        ['[data-career-guide=salary]', '.cg-root'], ['[data-career-guide=salary]', 'h2'],
        ['[data-career-guide=salary]', 'select'], ['[data-career-guide=salary]', 'button'],
        ['[data-career-guide=salary]', '.cg-chart__bar'], ['[data-career-guide=salary]', 'a'],
        ['[data-career-guide=apply]', 'input'], ['[data-career-guide=apply]', 'label'],
        ['[data-career-guide=apply]', 'button']]) {
      const h = document.querySelector(host);
      const c = getComputedStyle(h.shadowRoot.querySelector(sel));
      out.push([host, sel, c.fontFamily, c.fontSize, c.color, c.backgroundColor, c.borderTopStyle, c.padding, c.margin,
                c.lineHeight, c.textTransform, c.display, c.fill].join(' | '));
    }
    for (const host of document.querySelectorAll('[data-career-guide]')) {
      const c = getComputedStyle(host);
      out.push(['host', c.display, c.padding, c.borderTopStyle].join(' | '));
    }
    return out;";

#[tokio::test]
async fn a_hostile_host_stylesheet_leaves_the_widgets_looking_right() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open_demo(&browser, &site).await;
    let before: Vec<String> = browser.eval(WIDGET_STYLES, vec![]).await;
    browser.click("#hostile-switch").await;
    browser
        .wait_until(
            "the hostile sheet",
            "return getComputedStyle(document.querySelector('h1')).fontSize === '72px'",
        )
        .await;
    let after: Vec<String> = browser.eval(WIDGET_STYLES, vec![]).await;
    assert_eq!(before, after);
    browser.close().await;
}

#[tokio::test]
async fn two_widgets_keep_to_themselves_bad_attributes_fall_back_and_no_globals_appear() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp(
            "Network.setBlockedURLs",
            json!({ "urls": ["*career-guide.js"] }),
        )
        .await;
    browser.goto(&site.url("/e2e/two-salaries.html")).await;
    browser.find("h1").await;
    let globals_before: Vec<String> = browser
        .eval("return Object.getOwnPropertyNames(window);", vec![])
        .await;
    browser
        .cdp("Network.setBlockedURLs", json!({ "urls": [] }))
        .await;
    browser.reload().await;
    browser.in_shadow("#first", "#level-a").await;
    browser.in_shadow("#second", "#level-a").await;
    browser
        .in_shadow("#first", "#level-a")
        .await
        .select_by_value("experienced")
        .await
        .unwrap();
    browser
        .wait_shadow_text("#first", "[data-testid=comparison]", "Experienced salary")
        .await;
    browser
        .wait_shadow_text(
            "#second",
            "[data-testid=comparison]",
            "Average salary is $34,000",
        )
        .await;
    // The misconfigured element still shows something useful: the guide.
    browser
        .wait_shadow_text(
            "#bad",
            "[data-page-heading]",
            "How to Become a Backend Developer",
        )
        .await;
    let warnings = browser.reported().await.warnings;
    for expected in [
        "[career-guide] data-career-guide=\"calculator\" is not one of app, guide, salary, apply; showing the guide.",
        "[career-guide] data-endpoint=\"javascript:alert(1)\" is not an http(s) URL or path; using the configured endpoint.",
    ] {
        assert!(warnings.iter().any(|w| w == expected), "{expected:?} in {warnings:?}");
    }
    assert_eq!(
        warnings.len(),
        2,
        "only the misconfigured element warns: {warnings:?}"
    );
    let globals_after: Vec<String> = browser
        .eval("return Object.getOwnPropertyNames(window);", vec![])
        .await;
    let added: Vec<&String> = globals_after
        .iter()
        .filter(|g| !globals_before.contains(g))
        .collect();
    assert!(added.is_empty(), "the loader added globals: {added:?}");
    browser.assert_accessible("two widgets").await;
    browser.close().await;
}

#[tokio::test]
async fn the_fallback_stays_when_the_app_cannot_load() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp("Network.setBlockedURLs", json!({ "urls": ["*.wasm"] }))
        .await;
    browser.goto(&site.url("/demo.html")).await;
    browser
        .wait_until(
            "the loader to give up",
            "return document.querySelectorAll('[data-career-guide-state=failed]').length === 2",
        )
        .await;
    let fallback: Vec<String> = browser
        .eval("return [...document.querySelectorAll('[data-career-guide] a')].filter(a => a.offsetParent).map(a => a.textContent);", vec![])
        .await;
    assert_eq!(
        fallback,
        [
            "Compare backend salaries in the Backend Career Guide",
            "Apply on the Backend Career Guide site"
        ]
    );
    // The standalone site's page is whole without the app: it stays, and says why once.
    browser.goto(&site.url("/roadmap/3")).await;
    browser
        .wait_until(
            "the loader to give up",
            "return document.querySelector('[data-career-guide-state=failed]')",
        )
        .await;
    browser
        .wait_text("h1", "Hone Your Skills: Mastering the Backend Stack")
        .await;
    let errors = browser.reported().await.errors;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("[career-guide] could not start"),
        "{errors:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_cross_origin_endpoint_receives_the_application_with_its_key_header() {
    let admissions = Site::start().await;
    let site = Site::start_with(SiteOptions {
        strict_csp: true,
        extra_connect_origin: Some(admissions.origin().to_owned()),
        ..SiteOptions::default()
    })
    .await;
    admissions.reply_next(&[Reply::Status(201)]);
    let browser = Browser::start().await;
    // Fill the whole draft in storage, as a returning visitor would have it, then send.
    // Wait for the app first, or it could read (and discard) what the test stores next.
    browser.goto_app(&site.url("/")).await;
    let draft = json!({"version":1,"step":"consent","answers":{"full_name":"Ada Lovelace","email":"ada@example.com","country":"United Kingdom","situation":"student","experience":"none","languages":[],"track":"node","cohort":"2027-05-03","motivation":"Backend work is where the interesting problems are, and I want to solve them.","consent":false},"reference":null,"submitted_at":null});
    browser
        .eval::<Value>(
            "localStorage.setItem('career-guide:application-draft', arguments[0]); return null;",
            vec![json!(draft.to_string())],
        )
        .await;
    let endpoint: String =
        url::form_urlencoded::byte_serialize(admissions.endpoint_url().as_bytes()).collect();
    browser
        .goto(&site.url(&format!("/e2e/apply-endpoint.html?endpoint={endpoint}")))
        .await;
    browser
        .click_in_shadow("#apply", "label[for=consent]")
        .await;
    browser
        .click_in_shadow("#apply", "button[type=submit]")
        .await;
    browser
        .wait_shadow_text("#apply", ".cg-reference", "MA-")
        .await;
    let applications = admissions.received();
    assert_eq!(applications.len(), 1);
    assert_eq!(applications[0].body["cohort"], "2027-05-03");
    assert_eq!(
        applications[0].idempotency_key.as_deref(),
        applications[0].body["reference"].as_str()
    );
    let applications = admissions.received();
    assert_eq!(
        applications[0].content_type.as_deref(),
        Some("application/json")
    );
    let reported = browser.reported().await;
    assert!(reported.csp.is_empty(), "{:?}", reported.csp);
    browser.close().await;
}

#[tokio::test]
async fn the_demo_host_page_with_widgets_has_no_axe_violations() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open_demo(&browser, &site).await;
    browser
        .assert_accessible("demo page with two widgets")
        .await;
    browser.click_in_shadow(APPLY, "button[type=submit]").await;
    browser
        .wait_shadow_text(APPLY, ".cg-error-summary", "There is a problem")
        .await;
    browser
        .assert_accessible("demo page, wizard error state")
        .await;
    browser.close().await;
}
