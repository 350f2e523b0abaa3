//! A single-page host: a React site (React 18 as npm publishes it, in development mode
//! under StrictMode) whose router swaps each page's elements, widgets included
//! (tests/e2e/pages/spa.html). Every widget whose element leaves the page is ended, a new
//! element gets a new widget, and nothing piles up over many page changes.

use e2e::wizard::answer_in_widget;
use e2e::{Browser, Reply, Site};
use serde_json::{json, Value};

/// The pages of the React site and how many widgets each has.
const PAGES: [(&str, u32); 4] = [("apply", 1), ("about", 0), ("both", 2), ("home", 1)];

/// Counts `career-guide:ready` events from the page's first script on.
const COUNT_READY: &str = "window.__ready = 0;
    document.addEventListener('career-guide:ready', () => { window.__ready += 1; }, true);";

/// Goes to `page` with the site's own link and waits until its widgets (if any) are up.
async fn visit(browser: &Browser, page: &str, widgets: u32) {
    browser.click(&format!("#to-{page}")).await;
    browser
        .wait_until(
            &format!("the {page} page with {widgets} widget(s) ready"),
            &format!(
                "const mounts = [...document.querySelectorAll('[data-career-guide]')];
                 return location.hash === '#{page}' && mounts.length === {widgets}
                     && mounts.every((m) => m.getAttribute('data-career-guide-state') === 'ready');"
            ),
        )
        .await;
}

/// The instances alive on the page, from the app's own module (the loader imported it,
/// so importing it again returns the same module).
async fn live_instances(browser: &Browser) -> u32 {
    browser
        .eval_async(
            "const glue = performance.getEntriesByType('resource').map((e) => e.name)
                 .find((n) => /career-guide-[0-9a-f]+\\.js$/.test(n));
             import(glue).then((module) => done(module.live_instances()));",
        )
        .await
}

/// Event listeners on the window and the document, by type, as DevTools lists them.
async fn global_listeners(browser: &Browser) -> Vec<String> {
    let mut found = Vec::new();
    for target in ["window", "document"] {
        let object = browser
            .cdp("Runtime.evaluate", json!({ "expression": target }))
            .await;
        let id = object["result"]["objectId"].clone();
        let listeners = browser
            .cdp("DOMDebugger.getEventListeners", json!({ "objectId": id }))
            .await;
        for listener in listeners["listeners"].as_array().into_iter().flatten() {
            found.push(format!(
                "{target} {}",
                listener["type"].as_str().unwrap_or("?")
            ));
        }
    }
    found.sort();
    found
}

#[tokio::test]
async fn fifty_page_changes_leave_exactly_the_widgets_on_the_page_alive() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": COUNT_READY }),
        )
        .await;
    browser.goto(&site.url("/e2e/spa.html#home")).await;
    browser.settled().await;
    let mut started = 1;
    // One round first, so everything a first visit sets up once is there.
    for (page, widgets) in PAGES {
        visit(&browser, page, widgets).await;
        started += widgets;
    }
    let listeners = global_listeners(&browser).await;
    for round in 0..50 {
        let (page, widgets) = PAGES[round % PAGES.len()];
        visit(&browser, page, widgets).await;
        started += widgets;
        assert_eq!(
            live_instances(&browser).await,
            widgets,
            "after page change {round}, on {page}"
        );
    }
    // Back on the same page as when they were counted: no listener piled up.
    assert_eq!(global_listeners(&browser).await, listeners);
    let ready: u32 = browser.eval("return window.__ready;", vec![]).await;
    assert_eq!(ready, started, "career-guide:ready once per widget started");
    let reported = browser.reported().await;
    assert!(reported.errors.is_empty(), "{:?}", reported.errors);
    browser.close().await;
}

#[tokio::test]
async fn an_element_put_back_in_the_same_task_keeps_one_working_widget() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/e2e/spa.html#home")).await;
    browser.settled().await;
    // As React's strict mode or a framework moving an element: out and back in one task;
    // and a new element added and removed and added again.
    browser
        .eval::<Value>(
            "const widget = document.querySelector('[data-career-guide]');
             const parent = widget.parentNode;
             widget.remove();
             parent.appendChild(widget);
             const fresh = document.createElement('div');
             fresh.setAttribute('data-career-guide', 'salary');
             fresh.id = 'fresh';
             parent.appendChild(fresh);
             fresh.remove();
             parent.appendChild(fresh);
             return null;",
            vec![],
        )
        .await;
    browser
        .wait_until(
            "both widgets ready",
            "const mounts = [...document.querySelectorAll('[data-career-guide]')];
             return mounts.length === 2 && mounts.every((m) => m.getAttribute('data-career-guide-state') === 'ready');",
        )
        .await;
    // A task later, still two: the first was not ended.
    browser.after_frames(2).await;
    assert_eq!(live_instances(&browser).await, 2);
    browser
        .in_shadow("#fresh", "#own-pay")
        .await
        .send_keys("52k")
        .await
        .unwrap();
    browser
        .wait_shadow_text("#fresh", "[data-testid=own-pay-results]", "your pay")
        .await;
    let reported = browser.reported().await;
    assert!(reported.errors.is_empty(), "{:?}", reported.errors);
    browser.close().await;
}

#[tokio::test]
async fn an_application_on_its_way_when_the_page_changes_arrives_once_and_is_confirmed() {
    let site = Site::start().await;
    site.reply_next(&[Reply::Held]);
    let browser = Browser::start().await;
    browser.goto(&site.url("/e2e/spa.html#apply")).await;
    browser.settled().await;
    answer_in_widget(&browser, "#apply", "consent").await;
    e2e::eventually("the application to reach the endpoint", || async {
        if site.received().len() == 1 {
            Ok(())
        } else {
            Err(format!("{} received", site.received().len()))
        }
    })
    .await;
    // The visitor goes to another page while it is on its way; then it arrives.
    visit(&browser, "about", 0).await;
    assert_eq!(live_instances(&browser).await, 0);
    site.release();
    // Back on the page: the application was finished and its confirmation kept.
    visit(&browser, "apply", 1).await;
    browser
        .wait_shadow_text("#apply", ".cg-reference", "MA-")
        .await;
    assert_eq!(site.received().len(), 1, "sent once");
    let reported = browser.reported().await;
    assert!(reported.errors.is_empty(), "{:?}", reported.errors);
    browser.close().await;
}

#[tokio::test]
async fn a_loader_that_arrives_after_the_element_mounts_it() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/e2e/spa.html?late#both")).await;
    browser.settled().await;
    assert_eq!(live_instances(&browser).await, 2);
    browser.close().await;
}
