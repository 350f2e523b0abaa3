//! The harness itself: a browser kept from an earlier test arrives as a new one would.

use serde_json::{json, Value};

#[tokio::test]
async fn a_kept_browser_arrives_as_a_new_one_would() {
    let site = e2e::Site::start().await;
    let mut kept = 0;
    // Tests on another thread may take the browser this one keeps; a few rounds make sure
    // at least one browser handed out here was kept.
    for _ in 0..4 {
        let browser = e2e::Browser::start().await;
        if browser.kept() {
            kept += 1;
            browser.goto(&site.url("/demo.html")).await;
            let state: Value = browser
                .eval(
                    "return {
                        dark: matchMedia('(prefers-color-scheme: dark)').matches,
                        leftover: window.__leftover === 1,
                        width: innerWidth,
                        year: new Date().getUTCFullYear(),
                    };",
                    vec![],
                )
                .await;
            assert_eq!(
                state,
                json!({ "dark": false, "leftover": false, "width": 1280, "year": 2026 }),
                "a kept browser carries what an earlier test set"
            );
            assert_eq!(browser.client.windows().await.unwrap().len(), 1);
            let blocked: String = browser
                .eval_async("fetch('/robots.txt').then(() => done('fetched'), (e) => done('blocked: ' + e));")
                .await;
            assert_eq!(blocked, "fetched", "a URL an earlier test blocked");
        }
        // Leave everything a test may change behind for the next one.
        browser.goto(&site.url("/demo.html")).await;
        browser.emulate(&[("prefers-color-scheme", "dark")]).await;
        browser.viewport(375, 700).await;
        browser
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": "window.__leftover = 1;" }),
            )
            .await;
        browser.set_clock("2031-06-01T00:00:00.000Z").await;
        browser.cdp("Network.enable", json!({})).await;
        browser
            .cdp("Network.setBlockedURLs", json!({ "urls": ["*robots.txt"] }))
            .await;
        let _: Value = browser
            .eval("window.open('about:blank'); return null;", vec![])
            .await;
        browser.close().await;
    }
    assert!(kept > 0, "no browser was kept between tests");
}
