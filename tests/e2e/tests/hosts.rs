//! Host pages built other ways than the ones in host_pages.rs: a page that enforces Trusted
//! Types, a right-to-left page in another language, a single-page app that swaps the
//! widget's element on navigation, and a page builder's sandboxed cross-origin frame.

use e2e::host_pages::RESUME;
use e2e::wizard::apply_in_widget;
use e2e::{Browser, Reported, Site, SiteOptions};

/// What `with` reports beyond what the host page reports on its own (`without`).
fn beyond(with: &Reported, without: &Reported) -> Vec<String> {
    with.errors
        .iter()
        .chain(&with.csp)
        .filter(|entry| {
            entry.contains("career-guide")
                || !without.errors.contains(entry) && !without.csp.contains(entry)
        })
        .cloned()
        .collect()
}

#[tokio::test]
async fn under_trusted_types_every_widget_works_without_a_violation() {
    let site = Site::start_with(SiteOptions {
        trusted_types: true,
        ..SiteOptions::default()
    })
    .await;
    let browser = Browser::start().await;
    // The standalone site's pages, the wizard's country list among them.
    for path in [
        "/",
        "/roadmap/3",
        "/faq",
        "/salary?pay=52k",
        "/embed",
        "/apply/about-you",
    ] {
        browser.goto_app(&site.url(path)).await;
        let reported = browser.reported().await;
        let ours = beyond(&reported, &Reported::default());
        assert!(ours.is_empty(), "{path}: {ours:?}");
    }
    let countries: u32 = browser
        .eval(
            "return document.querySelector('#country').options.length;",
            vec![],
        )
        .await;
    assert!(countries > 100, "{countries} countries");
    // A real theme (whose own icon script breaks the policy), then the same page with both
    // widgets at its bottom: a whole application goes through, country list and all.
    browser.goto(&site.url(&RESUME.path(false))).await;
    browser
        .wait_until("the page", "return document.readyState === 'complete';")
        .await;
    browser.after_frames(2).await;
    let host_alone = browser.reported().await;
    let policy: String = browser
        .eval(
            "return fetch(location.href).then(r => r.headers.get('content-security-policy'));",
            vec![],
        )
        .await;
    assert!(
        policy.contains("require-trusted-types-for 'script'; trusted-types 'none'"),
        "the test serves the policy: {policy}"
    );
    browser.goto(&site.url(&RESUME.path(true))).await;
    browser.settled().await;
    apply_in_widget(&browser, "#apply").await;
    assert_eq!(site.received().len(), 1);
    let ours = beyond(&browser.reported().await, &host_alone);
    assert!(ours.is_empty(), "{ours:?}");
    browser.close().await;
}
