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
    // A popup, and the page made to be framed.
    browser.goto(&site.url("/e2e/popup.html")).await;
    browser
        .wait_until("the page", "return document.readyState === 'complete';")
        .await;
    browser.click("#apply-top").await;
    browser
        .wait_until(
            "the wizard in its popup",
            "const root = document.querySelector('[data-career-guide-popup]')?.shadowRoot;
             return root?.querySelector('dialog').open && root.querySelector('#country')?.options.length > 100;",
        )
        .await;
    let ours = beyond(&browser.reported().await, &Reported::default());
    assert!(ours.is_empty(), "popup: {ours:?}");
    browser.goto(&site.url("/frame.html?widget=apply")).await;
    browser.settled().await;
    let ours = beyond(&browser.reported().await, &Reported::default());
    assert!(ours.is_empty(), "frame.html: {ours:?}");
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

/// How a widget lays out inside `host`: its root's language and direction, the direction
/// its text runs, and where its controls sit.
#[derive(serde::Deserialize, Debug)]
struct Layout {
    lang: Option<String>,
    dir: Option<String>,
    /// `direction` as computed on a paragraph inside.
    direction: String,
    /// The x of a sentence's first and last character (its full stop).
    sentence: (f64, f64),
    /// The left edges of the two "Compare … with" selects, and of a radio and its label.
    selects: (f64, f64),
    radio: (f64, f64),
}

const LAYOUT: &str = "
    const root = document.querySelector('[data-career-guide=salary]').shadowRoot;
    const container = root.querySelector('.cg-root');
    const paragraph = [...root.querySelectorAll('p')].find((p) => p.textContent.trim().endsWith('.'));
    const text = [...paragraph.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim().endsWith('.'));
    const at = (offset) => { const r = document.createRange(); r.setStart(text, offset); r.setEnd(text, offset + 1); return r.getBoundingClientRect().x; };
    const last = text.textContent.trimEnd().length - 1;
    const left = (css) => root.querySelector(css).getBoundingClientRect().x;
    return {
        lang: container.getAttribute('lang'),
        dir: container.getAttribute('dir'),
        direction: getComputedStyle(paragraph).direction,
        sentence: [at(text.textContent.search(/\\S/)), at(last)],
        selects: [left('#level-a'), left('#level-b')],
        radio: [left('input[type=radio]'), left('input[type=radio] + label')],
    };";

#[tokio::test]
async fn on_a_right_to_left_page_in_arabic_the_widgets_stay_english_left_to_right() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto(&site.url(&RESUME.right_to_left())).await;
    browser.settled().await;
    let (lang, dir): (String, String) = browser
        .eval(
            "return [document.documentElement.lang, getComputedStyle(document.body).direction];",
            vec![],
        )
        .await;
    assert_eq!(
        (lang.as_str(), dir.as_str()),
        ("ar", "rtl"),
        "the host is Arabic, right to left"
    );
    let layout: Layout = browser.eval(LAYOUT, vec![]).await;
    assert_eq!(
        (layout.lang.as_deref(), layout.dir.as_deref()),
        (Some("en"), Some("ltr")),
        "{layout:?}"
    );
    assert_eq!(layout.direction, "ltr", "{layout:?}");
    assert!(
        layout.sentence.0 < layout.sentence.1,
        "the full stop ends the sentence: {layout:?}"
    );
    assert!(
        layout.selects.0 < layout.selects.1,
        "Compare … with, in reading order: {layout:?}"
    );
    assert!(
        layout.radio.0 < layout.radio.1,
        "a radio before its label: {layout:?}"
    );
    browser
        .assert_accessible_within("an Arabic, right-to-left page", Some("[data-career-guide]"))
        .await;
    // And the wizard goes through.
    apply_in_widget(&browser, "#apply").await;
    assert_eq!(site.received().len(), 1);
    browser.close().await;
}
