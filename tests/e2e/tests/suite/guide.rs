//! The guide as visitors use it, in the release build served on 127.0.0.1.

use e2e::{Browser, BrowserOptions, Site, SiteOptions};
use serde_json::json;

/// Opens `path` and waits until the app has mounted and shows a page heading.
async fn open(browser: &Browser, site: &Site, path: &str) {
    browser.goto_app(&site.url(path)).await;
}

#[tokio::test]
async fn a_deep_link_survives_a_reload_and_static_hosts_get_a_404_copy() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/roadmap/5").await;
    browser
        .wait_text("h1", "Your Network Is Your Net Worth")
        .await;
    browser.reload().await;
    browser
        .wait_text("h1", "Your Network Is Your Net Worth")
        .await;
    assert_eq!(browser.path().await, "/roadmap/5");
    browser.close().await;
}

#[tokio::test]
async fn a_host_without_any_rewrite_rule_serves_each_route_as_its_file_and_404_html_otherwise() {
    let site = Site::start_with(SiteOptions {
        no_spa_fallback: true,
        ..SiteOptions::default()
    })
    .await;
    let (status, headers, _) = e2e::http_get(&site.url("/roadmap/5"), &[]).await;
    assert_eq!(
        status, 301,
        "the host sends a folder's address to its slashed form"
    );
    assert_eq!(headers["location"], "/roadmap/5/");
    let (status, _, body) = e2e::http_get(&site.url("/roadmap/5/"), &[]).await;
    assert_eq!(status, 200, "the route is a file");
    assert_eq!(
        body,
        std::fs::read(e2e::dist_dir().join("roadmap/5/index.html")).unwrap()
    );
    let (status, _, body) = e2e::http_get(&site.url("/roadmap/9"), &[]).await;
    assert_eq!(status, 404, "an address that is no page");
    assert_eq!(
        body,
        std::fs::read(e2e::dist_dir().join("404.html")).unwrap(),
        "with 404.html"
    );
    let browser = Browser::start().await;
    open(&browser, &site, "/roadmap/5").await;
    browser
        .wait_text("h1", "Your Network Is Your Net Worth")
        .await;
    assert_eq!(browser.path().await, "/roadmap/5/");
    // Links inside work as usual from there.
    browser.click(".cg-pagination__next a").await;
    browser.wait_text("h1", "Find a Mentor").await;
    assert_eq!(browser.path().await, "/roadmap/6");
    open(&browser, &site, "/roadmap/9").await;
    browser.wait_text("h1", "Page not found").await;
    browser.close().await;
}

#[tokio::test]
async fn previous_and_next_walk_through_all_eight_steps_and_history_follows() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/roadmap").await;
    let titles: Vec<String> = browser
        .eval(
            "return [...document.querySelectorAll('.cg-steps__title')].map(e => e.textContent);",
            vec![],
        )
        .await;
    assert_eq!(titles.len(), 8, "the list shows all 8 steps");
    browser.click(".cg-steps__link").await;
    for (index, title) in titles.iter().enumerate() {
        let n = index + 1;
        browser.wait_text("h1", title).await;
        assert_eq!(browser.path().await, format!("/roadmap/{n}"));
        assert_eq!(
            browser.text(".cg-caption").await,
            format!("The 8-step roadmap › Step {n} of 8")
        );
        let items: usize = browser
            .eval(
                "return document.querySelectorAll('.cg-step-list li').length;",
                vec![],
            )
            .await;
        assert_eq!(items, 8, "every step page lists all 8 steps");
        if n < 8 {
            browser.click(".cg-pagination__next a").await;
        }
    }
    assert!(
        !browser.exists(".cg-pagination__next").await,
        "no next step after step 8"
    );
    browser.click(".cg-pagination__prev a").await;
    browser.wait_text("h1", &titles[6]).await;
    browser.back().await;
    browser.wait_text("h1", &titles[7]).await;
    browser.forward().await;
    browser.wait_text("h1", &titles[6]).await;
    browser.close().await;
}

#[tokio::test]
async fn an_faq_anchor_opens_its_question_in_place() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/faq#degree-necessary").await;
    browser
        .wait_until(
            "the linked question to open",
            "return document.getElementById('degree-necessary').open",
        )
        .await;
    let open: Vec<String> = browser
        .eval(
            "return [...document.querySelectorAll('details[open]')].map(d => d.id);",
            vec![],
        )
        .await;
    assert_eq!(open, ["degree-necessary"]);
    browser
        .wait_text(
            "#degree-necessary",
            "A strong portfolio and practical experience",
        )
        .await;
    browser
        .wait_until(
            "focus on the question",
            "return document.activeElement.closest('#degree-necessary')",
        )
        .await;
    // Another question opens by click, and its own link changes the address.
    browser.click("#how-long summary").await;
    browser.click("#how-long .cg-faq__anchor a").await;
    browser
        .wait_until(
            "the address to name the question",
            "return location.hash === '#how-long'",
        )
        .await;
    browser.assert_accessible("faq with answers open").await;
    browser.close().await;
}

#[tokio::test]
async fn marked_steps_survive_a_reload_and_can_be_reset() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/roadmap").await;
    for step in [1, 3, 8] {
        browser.click(&format!("label[for=step-{step}-done]")).await;
    }
    browser
        .wait_text(".cg-progress__label", "3 of 8 done")
        .await;
    browser.reload().await;
    browser
        .wait_text(".cg-progress__label", "3 of 8 done")
        .await;
    let checked: Vec<bool> = browser
        .eval(
            "return [1,2,3,8].map(n => document.getElementById('step-' + n + '-done').checked);",
            vec![],
        )
        .await;
    assert_eq!(checked, [true, false, true, true]);
    // A step page shows and changes the same progress.
    open(&browser, &site, "/roadmap/2").await;
    browser.click("label[for=step-2-done]").await;
    browser
        .wait_text(".cg-progress__label", "4 of 8 done")
        .await;
    open(&browser, &site, "/roadmap").await;
    browser.click_text("Reset progress").await;
    browser.click_text("Yes, reset progress").await;
    browser
        .wait_text(".cg-progress__label", "0 of 8 done")
        .await;
    browser.reload().await;
    browser
        .wait_text(".cg-progress__label", "0 of 8 done")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn with_storage_blocked_the_roadmap_works_and_says_progress_is_not_kept() {
    let site = Site::start().await;
    let browser = Browser::start_with(BrowserOptions {
        block_storage: true,
        ..BrowserOptions::default()
    })
    .await;
    open(&browser, &site, "/roadmap").await;
    let blocked: bool = browser
        .eval(
            "try { localStorage.setItem('x', '1'); return false; } catch (e) { return true; }",
            vec![],
        )
        .await;
    assert!(blocked, "the browser really blocks storage");
    browser
        .wait_text(".cg-progress", "Your progress will not be kept")
        .await;
    browser.click("label[for=step-4-done]").await;
    browser
        .wait_text(".cg-progress__label", "1 of 8 done")
        .await;
    browser.assert_accessible("storage blocked").await;
    browser.close().await;
}

#[tokio::test]
async fn the_skip_link_and_the_phone_menu_work_by_keyboard_at_320px() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.viewport(320, 640).await;
    open(&browser, &site, "/").await;
    let width: u32 = browser.eval("return window.innerWidth;", vec![]).await;
    assert_eq!(width, 320);
    let overflow: i64 = browser
        .eval(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            vec![],
        )
        .await;
    assert!(
        overflow <= 0,
        "the page scrolls sideways by {overflow}px at 320px"
    );
    browser.tab_to(".cg-skip-link").await;
    let visible: bool = browser
        .eval("const r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.width > 0;", vec![])
        .await;
    assert!(visible, "the skip link shows when focused");
    browser.press(e2e::Key::Enter).await;
    browser.wait_focus("main#main-content").await;
    // The menu is closed on a phone; it opens from the keyboard and its links work.
    let shown: bool = browser
        .eval(
            "return document.querySelector('.cg-nav__list').offsetParent !== null;",
            vec![],
        )
        .await;
    assert!(!shown, "the menu starts closed on a phone");
    browser.tab_to(".cg-nav__toggle").await;
    browser.press(e2e::Key::Enter).await;
    browser.wait_until("the menu to open", "return document.querySelector('.cg-nav__toggle').getAttribute('aria-expanded') === 'true'").await;
    browser.assert_accessible("the phone menu, open").await;
    browser.tab_to(".cg-nav__list a[href='/faq']").await;
    browser.press(e2e::Key::Enter).await;
    browser.wait_text("h1", "FAQ").await;
    browser.wait_focus("h1").await;
    browser.assert_accessible("phone width").await;
    browser.close().await;
}

/// Records how the app asks the browser to scroll (a test probe, from the first byte).
const SCROLL_PROBE: &str = "window.__scrolls = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (options) {
        window.__scrolls.push(options && options.behavior || 'auto');
        return original.call(this, options);
    };";

#[tokio::test]
async fn dark_mode_stays_accessible_and_reduced_motion_stops_smooth_scrolling() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": SCROLL_PROBE }),
        )
        .await;
    // Without a preference, the FAQ scrolls smoothly to a linked answer…
    open(&browser, &site, "/faq#degree-necessary").await;
    browser
        .wait_until("a scroll", "return window.__scrolls.length > 0")
        .await;
    let scrolls: Vec<String> = browser.eval("return window.__scrolls;", vec![]).await;
    assert_eq!(scrolls, ["smooth"]);
    // …and with reduced motion it jumps (a new document, not a jump within this one).
    browser
        .emulate(&[
            ("prefers-color-scheme", "dark"),
            ("prefers-reduced-motion", "reduce"),
        ])
        .await;
    open(&browser, &site, "/").await;
    open(&browser, &site, "/faq#degree-necessary").await;
    browser
        .wait_until("a scroll", "return window.__scrolls.length > 0")
        .await;
    let scrolls: Vec<String> = browser.eval("return window.__scrolls;", vec![]).await;
    assert_eq!(scrolls, ["auto"], "no smooth scrolling with reduced motion");
    for path in ["/", "/roadmap/3", "/salary", "/apply"] {
        open(&browser, &site, path).await;
        let background: String = browser
            .eval(
                "return getComputedStyle(document.querySelector('.cg-root')).backgroundColor;",
                vec![],
            )
            .await;
        assert_eq!(background, "rgb(18, 20, 23)", "{path} is dark");
        browser
            .assert_accessible(&format!("{path} in dark mode"))
            .await;
    }
    browser.close().await;
}

#[tokio::test]
async fn every_apply_call_to_action_goes_to_the_application() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    for path in [
        "/",
        "/roadmap",
        "/roadmap/8",
        "/bootcamp",
        "/faq",
        "/salary",
    ] {
        open(&browser, &site, path).await;
        // The page's own call to action, not the header's.
        let hrefs: Vec<String> = browser
            .eval("return [...document.querySelectorAll('main .cg-page a')].filter(a => a.textContent.trim() === 'Apply now').map(a => a.getAttribute('href'));", vec![])
            .await;
        assert!(!hrefs.is_empty(), "{path} ends with its own Apply link");
        assert!(hrefs.iter().all(|h| h == "/apply"), "{path}: {hrefs:?}");
    }
    browser.click_text("Apply now").await;
    browser
        .wait_until(
            "the wizard",
            "return location.pathname === '/apply/about-you'",
        )
        .await;
    browser.close().await;
}
