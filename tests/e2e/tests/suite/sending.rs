//! Sending the application from the release build to a real endpoint on 127.0.0.1 that
//! records every request (repeats included) and answers as each test needs: any status,
//! never, or when released. What the visitor reads and what the endpoint receives.

use e2e::wizard::*;
use e2e::{Browser, Reply, Site, SiteOptions};
use serde_json::json;

/// The standalone wizard with a short wait for its endpoint, so a timeout takes seconds.
async fn site_with_short_timeout() -> Site {
    Site::start_with(SiteOptions {
        endpoint_on_app: true,
        app_attributes: "data-timeout-seconds=\"2\"".into(),
        ..SiteOptions::default()
    })
    .await
}

/// Counts the page's requests to the endpoint as they start (a test probe).
const FETCH_PROBE: &str = "window.__posts = 0;
    const original = window.fetch;
    window.fetch = function (input, init) {
        if (String(input && input.url || input).includes('/api/applications')) window.__posts += 1;
        return original.apply(this, arguments);
    };";

async fn send(browser: &Browser) {
    browser.click("label[for=consent]").await;
    browser.click_text("Send application").await;
}

#[tokio::test]
async fn a_failed_send_keeps_everything_and_retry_sends_exactly_one_application() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    site.reply_next(&[Reply::Status(500)]);
    send(&browser).await;
    browser.wait_text("[role=alert]", "error 500").await;
    browser
        .wait_text("[role=alert]", "Your answers have been kept")
        .await;
    browser.assert_accessible("send failed").await;
    assert!(
        browser
            .eval::<bool>("return document.querySelector('#consent').checked;", vec![])
            .await
    );
    browser.click_text("Retry").await;
    at_step(&browser, "confirmation").await;
    let reference = browser.text("[data-testid=reference]").await;
    let received = site.received();
    assert_eq!(received.len(), 2, "one failed attempt and one retry");
    assert_eq!(
        received[0].body, received[1].body,
        "the retry is the same application"
    );
    assert_eq!(
        site.applications().len(),
        1,
        "exactly one application was recorded"
    );
    let body = &received[1].body;
    assert_eq!(
        received[1].idempotency_key.as_deref(),
        Some(reference.as_str())
    );
    let submitted_at = body["submitted_at"].as_str().unwrap().to_owned();
    assert!(
        submitted_at.ends_with('Z') && submitted_at.contains('T'),
        "ISO 8601: {submitted_at}"
    );
    assert!(
        submitted_at.starts_with("2026-11-25T09:"),
        "the visitor's clock: {submitted_at}"
    );
    let seconds = body["signals"]["seconds_to_complete"].as_u64().unwrap();
    assert!(seconds < 120, "{seconds} seconds from the first answer");
    assert_eq!(
        body,
        &expected_body(&reference, &submitted_at, seconds, "/apply")
    );
    browser.assert_accessible("confirmation").await;
    // The confirmation outlives a reload; the draft is gone.
    browser.reload().await;
    at_step(&browser, "confirmation").await;
    assert_eq!(browser.text("[data-testid=reference]").await, reference);
    let draft: Option<String> = browser
        .eval(
            "return localStorage.getItem('career-guide:application-draft');",
            vec![],
        )
        .await;
    assert_eq!(draft, None);
    let download: String = browser
        .eval(
            "return document.querySelector('a[download]').getAttribute('download');",
            vec![],
        )
        .await;
    assert_eq!(download, format!("melsoft-application-{reference}.json"));
    // Starting a new application clears the confirmation.
    browser.click_text("Start a new application").await;
    browser.click_text("Yes, start a new application").await;
    at_step(&browser, "about-you").await;
    assert_eq!(
        browser
            .eval::<String>("return document.querySelector('#full-name').value;", vec![])
            .await,
        ""
    );
    browser.close().await;
}

#[tokio::test]
async fn no_answer_in_time_says_so_and_a_retry_is_the_same_application() {
    let site = site_with_short_timeout().await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    site.reply_next(&[Reply::Hang]);
    send(&browser).await;
    browser
        .wait_text("[role=status]", "Sending your application")
        .await;
    let started = std::time::Instant::now();
    browser
        .wait_text("[role=alert]", "took too long to answer")
        .await;
    assert!(
        started.elapsed().as_millis() >= 1_500,
        "the wizard waited the 2 seconds the host asked for"
    );
    browser.assert_accessible("send timed out").await;
    browser.click_text("Retry").await;
    at_step(&browser, "confirmation").await;
    let received = site.received();
    assert_eq!(received.len(), 2, "the hanging request and the retry");
    assert_eq!(received[0].idempotency_key, received[1].idempotency_key);
    assert_eq!(received[0].body, received[1].body);
    browser.close().await;
}

#[tokio::test]
async fn a_double_click_sends_one_request() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": FETCH_PROBE }),
        )
        .await;
    reach_consent(&browser, &site).await;
    // The first request is held, so the second click comes while it is on its way.
    site.reply_next(&[Reply::Held]);
    browser.click("label[for=consent]").await;
    let button = browser.find("button[type=submit]").await;
    button.click().await.expect("first click");
    browser
        .wait_until("the first request", "return window.__posts === 1")
        .await;
    button.click().await.expect("second click");
    // A click's handlers and the tasks they start have run when the click returns.
    let posts: u32 = browser.eval("return window.__posts;", vec![]).await;
    assert_eq!(posts, 1, "the second click started no request");
    site.release();
    at_step(&browser, "confirmation").await;
    assert_eq!(site.received().len(), 1, "the endpoint saw one request");
    browser.close().await;
}

#[tokio::test]
async fn any_2xx_is_received_and_a_4xx_is_explained() {
    for status in [200, 204] {
        let site = site_with_endpoint().await;
        let browser = Browser::start().await;
        reach_consent(&browser, &site).await;
        site.reply_next(&[Reply::Status(status)]);
        send(&browser).await;
        at_step(&browser, "confirmation").await;
        assert_eq!(site.received().len(), 1);
        browser.close().await;
    }
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    site.reply_next(&[Reply::Status(422)]);
    send(&browser).await;
    browser
        .wait_text("[role=alert]", "could not be accepted (error 422)")
        .await;
    browser
        .wait_text("[role=alert]", "Your answers have been kept")
        .await;
    assert_eq!(browser.path().await, "/apply/consent");
    browser.close().await;
}

#[tokio::test]
async fn an_unreachable_endpoint_is_a_network_failure_with_a_retry() {
    // Port 9 (discard) is closed on loopback: the connection is refused.
    let site = Site::start_with(SiteOptions {
        app_attributes: "data-endpoint=\"http://127.0.0.1:9/api/applications\"".into(),
        ..SiteOptions::default()
    })
    .await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    send(&browser).await;
    browser
        .wait_text("[role=alert]", "could not reach our application service")
        .await;
    browser.wait_text("[role=alert]", "Retry").await;
    browser.assert_accessible("endpoint unreachable").await;
    assert!(
        browser
            .eval::<bool>("return document.querySelector('#consent').checked;", vec![])
            .await,
        "nothing is lost"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_request_is_json_with_its_key_in_a_header() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    send(&browser).await;
    at_step(&browser, "confirmation").await;
    let received = site.received();
    assert_eq!(received.len(), 1);
    assert_eq!(
        received[0].content_type.as_deref(),
        Some("application/json")
    );
    assert_eq!(
        received[0].idempotency_key.as_deref(),
        received[0].body["reference"].as_str()
    );
    browser.close().await;
}

#[tokio::test]
async fn without_an_endpoint_it_is_a_preview_that_never_fakes_success() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    browser
        .wait_text(
            "[data-testid=preview-notice]",
            "not connected to an application service",
        )
        .await;
    send(&browser).await;
    browser
        .wait_text(
            "[role=alert]",
            "This is a preview: your application has not been sent.",
        )
        .await;
    assert!(site.received().is_empty());
    assert_eq!(browser.path().await, "/apply/consent");
    browser.close().await;
}
