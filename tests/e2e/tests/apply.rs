//! The application wizard in the release build, against a real endpoint on 127.0.0.1
//! that records what it receives and can answer 201, 500 or not at all.

use e2e::{Browser, BrowserOptions, Key, Reply, Site, SiteOptions};
use serde_json::{json, Value};

const NAME: &str = "Thandiwe Nkosi-O’Brien";
const EMAIL: &str = "thandi@example.com";
const MOTIVATION: &str =
    "I want to build the <b>reliable</b> systems behind the apps people use every day.";

async fn site_with_endpoint() -> Site {
    Site::start_with(SiteOptions {
        endpoint_on_app: true,
        ..SiteOptions::default()
    })
    .await
}

async fn at_step(browser: &Browser, slug: &str) {
    browser
        .wait_until(
            &format!("the {slug} step"),
            &format!("return location.pathname === '/apply/{slug}' && document.querySelector('.cg-wizard[data-step={slug}]')"),
        )
        .await;
}

async fn continue_(browser: &Browser) {
    browser.click_text("Continue").await;
}

async fn fill_about_you(browser: &Browser) {
    browser.type_into("#full-name", NAME).await;
    browser.type_into("#email", EMAIL).await;
    browser
        .find("#country")
        .await
        .select_by_value("South Africa")
        .await
        .unwrap();
}

async fn fill_background(browser: &Browser) {
    browser.click("label[for=situation-2]").await;
    browser.click("label[for=experience-2]").await;
    browser.click("label[for=languages]").await;
    browser.click("label[for=languages-6]").await;
}

async fn fill_track(browser: &Browser) {
    browser.click("label[for=track-2]").await;
    browser.click("label[for=cohort]").await;
}

async fn fill_motivation(browser: &Browser) {
    browser.type_into("#motivation", MOTIVATION).await;
    browser
        .type_into("#portfolio-url", "https://github.com/thandi")
        .await;
}

/// Fills every question page and stops at the consent page.
async fn reach_consent(browser: &Browser, site: &Site) {
    browser.goto(&site.url("/apply")).await;
    at_step(browser, "about-you").await;
    fill_about_you(browser).await;
    continue_(browser).await;
    at_step(browser, "background").await;
    fill_background(browser).await;
    continue_(browser).await;
    at_step(browser, "track").await;
    fill_track(browser).await;
    continue_(browser).await;
    at_step(browser, "motivation").await;
    fill_motivation(browser).await;
    continue_(browser).await;
    at_step(browser, "check-answers").await;
    continue_(browser).await;
    at_step(browser, "consent").await;
}

fn expected_body(reference: &str, submitted_at: &str) -> Value {
    json!({
        "schema_version": 1,
        "reference": reference,
        "idempotency_key": reference,
        "submitted_at": submitted_at,
        "track": "python",
        "cohort": "2027-02-01",
        "answers": {
            "full_name": NAME,
            "email": EMAIL,
            "phone": null,
            "country": "South Africa",
            "situation": "employed-in-tech",
            "experience": "some",
            "languages": ["python", "sql"],
            "motivation": MOTIVATION,
            "portfolio_url": "https://github.com/thandi",
            "heard_from": null,
            "privacy_consent": true
        }
    })
}

fn is_reference(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 3
        && parts[0] == "MA"
        && parts[1..].iter().all(|p| {
            p.len() == 4
                && p.bytes()
                    .all(|b| b"23456789ABCDEFGHJKMNPQRSTUVWXYZ".contains(&b))
        })
}

#[tokio::test]
async fn the_whole_wizard_can_be_completed_with_the_keyboard_alone() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/apply")).await;
    at_step(&browser, "about-you").await;
    assert_eq!(browser.text(".cg-caption").await, "Question 1 of 5");
    browser.tab_to("#full-name").await;
    browser.type_keys(NAME).await;
    browser.press(Key::Tab).await;
    browser.type_keys(EMAIL).await;
    browser.tab_to("#country").await;
    browser.type_keys("South Africa").await;
    browser
        .wait_until(
            "the country",
            "return document.querySelector('#country').value === 'South Africa'",
        )
        .await;
    browser.tab_to("button[type=submit]").await;
    browser.press(Key::Enter).await;

    at_step(&browser, "background").await;
    assert_eq!(browser.text(".cg-caption").await, "Question 2 of 5");
    browser.tab_to("#situation").await;
    browser.press(Key::Space).await;
    browser.tab_to("#experience").await;
    browser.press(Key::Down).await;
    browser.tab_to("#languages").await;
    browser.press(Key::Space).await;
    browser.tab_to("button[type=submit]").await;
    browser.press(Key::Enter).await;

    at_step(&browser, "track").await;
    browser.tab_to("#track").await;
    browser.press(Key::Space).await;
    browser.tab_to("#cohort").await;
    browser.press(Key::Space).await;
    browser.tab_to("button[type=submit]").await;
    browser.press(Key::Enter).await;

    at_step(&browser, "motivation").await;
    browser.tab_to("#motivation").await;
    browser.type_keys(MOTIVATION).await;
    browser.tab_to("button[type=submit]").await;
    browser.press(Key::Enter).await;

    at_step(&browser, "check-answers").await;
    browser.tab_to("button[type=submit]").await;
    browser.press(Key::Enter).await;

    at_step(&browser, "consent").await;
    browser.tab_to("#consent").await;
    browser.press(Key::Space).await;
    browser.tab_to("button[type=submit]").await;
    browser.press(Key::Enter).await;

    at_step(&browser, "confirmation").await;
    let reference = browser.text("[data-testid=reference]").await;
    assert!(is_reference(&reference), "{reference}");
    let applications = site.applications();
    assert_eq!(applications.len(), 1);
    let answers = &applications[0].body["answers"];
    assert_eq!(answers["full_name"], NAME);
    assert_eq!(answers["situation"], "student");
    assert_eq!(answers["experience"], "some");
    assert_eq!(answers["languages"], json!(["python"]));
    assert_eq!(applications[0].body["track"], "node");
    browser.close().await;
}

#[tokio::test]
async fn every_step_survives_a_reload_and_the_axe_finds_nothing() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/apply")).await;
    at_step(&browser, "about-you").await;
    browser.assert_accessible("about you").await;
    fill_about_you(&browser).await;
    browser.reload().await;
    at_step(&browser, "about-you").await;
    assert_eq!(
        browser
            .eval::<String>("return document.querySelector('#full-name').value;", vec![])
            .await,
        NAME
    );
    assert_eq!(
        browser
            .eval::<String>("return document.querySelector('#country').value;", vec![])
            .await,
        "South Africa"
    );
    continue_(&browser).await;

    at_step(&browser, "background").await;
    browser.assert_accessible("background").await;
    fill_background(&browser).await;
    browser.reload().await;
    at_step(&browser, "background").await;
    let checked: Vec<bool> = browser
        .eval("return ['#situation-2', '#experience-2', '#languages', '#languages-6'].map(s => document.querySelector(s).checked);", vec![])
        .await;
    assert_eq!(checked, [true, true, true, true]);
    continue_(&browser).await;

    at_step(&browser, "track").await;
    browser.assert_accessible("track").await;
    assert!(browser.text(".cg-inset").await.contains("3 months"));
    fill_track(&browser).await;
    browser.reload().await;
    at_step(&browser, "track").await;
    continue_(&browser).await;

    at_step(&browser, "motivation").await;
    browser.assert_accessible("motivation").await;
    fill_motivation(&browser).await;
    browser.reload().await;
    at_step(&browser, "motivation").await;
    assert_eq!(
        browser
            .eval::<String>(
                "return document.querySelector('#motivation').value;",
                vec![]
            )
            .await,
        MOTIVATION
    );
    continue_(&browser).await;

    at_step(&browser, "check-answers").await;
    browser.reload().await;
    at_step(&browser, "check-answers").await;
    let review = browser.text(".cg-wizard").await;
    for expected in [
        NAME,
        EMAIL,
        "South Africa",
        "Employed in tech",
        "Some",
        "Python, SQL",
        "Python/Flask/Django",
        "Monday 1 February 2027",
        MOTIVATION,
        "https://github.com/thandi",
    ] {
        assert!(review.contains(expected), "the review shows {expected:?}");
    }
    assert_eq!(
        review.matches("Not provided").count(),
        2,
        "phone and how you heard are optional and empty"
    );
    browser.assert_accessible("check your answers").await;
    continue_(&browser).await;

    at_step(&browser, "consent").await;
    browser.reload().await;
    at_step(&browser, "consent").await;
    browser.assert_accessible("consent").await;
    browser.close().await;
}

#[tokio::test]
async fn errors_follow_govuk_rules_and_keep_what_was_typed() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/apply")).await;
    at_step(&browser, "about-you").await;
    browser
        .type_into("#full-name", "<script>alert(1)</script>")
        .await;
    browser.type_into("#email", "thandi@").await;
    continue_(&browser).await;
    browser
        .wait_text(".cg-error-summary", "There is a problem")
        .await;
    browser
        .wait_until(
            "focus on the summary",
            "return document.activeElement.classList.contains('cg-error-summary')",
        )
        .await;
    assert!(
        browser.title().await.starts_with("Error: About you"),
        "{}",
        browser.title().await
    );
    let summary = browser.text(".cg-error-summary__list").await;
    assert_eq!(
        summary,
        "Full name must only include letters, hyphens, spaces and apostrophes\n\
         Enter an email address in the correct format, like name@example.com\n\
         Select the country you live in"
    );
    assert!(browser
        .text("#email-error")
        .await
        .contains("Enter an email address in the correct format"));
    assert_eq!(
        browser
            .eval::<String>("return document.querySelector('#full-name').value;", vec![])
            .await,
        "<script>alert(1)</script>"
    );
    assert!(
        !browser.exists("main script").await,
        "typed markup is never markup"
    );
    browser.assert_accessible("about you with errors").await;
    // Each summary link puts the cursor in its field.
    browser
        .click(".cg-error-summary__list a[href='#email']")
        .await;
    assert_eq!(browser.focused().await, "input#email");
    // Fixing the answers and continuing clears the errors and the title.
    browser.type_into("#full-name", NAME).await;
    browser.type_into("#email", EMAIL).await;
    browser
        .find("#country")
        .await
        .select_by_value("South Africa")
        .await
        .unwrap();
    continue_(&browser).await;
    at_step(&browser, "background").await;
    assert!(!browser.exists(".cg-error-summary").await);
    assert!(!browser.title().await.starts_with("Error"));
    // Motivation limits, with the live count.
    browser.goto(&site.url("/apply/track")).await;
    at_step(&browser, "background").await;
    fill_background(&browser).await;
    continue_(&browser).await;
    fill_track(&browser).await;
    continue_(&browser).await;
    at_step(&browser, "motivation").await;
    browser.type_into("#motivation", "Too short").await;
    browser
        .wait_text(".cg-character-count", "Enter at least 41 more characters")
        .await;
    browser
        .type_into("#portfolio-url", "github.com/thandi")
        .await;
    continue_(&browser).await;
    browser
        .wait_text("#motivation-error", "must be 50 characters or more")
        .await;
    browser
        .wait_text(
            "#portfolio-url-error",
            "Enter a link that starts with http:// or https://",
        )
        .await;
    browser.assert_accessible("motivation with errors").await;
    browser.close().await;
}

#[tokio::test]
async fn change_links_return_to_the_review_and_later_steps_redirect_to_the_first_incomplete() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/apply/track")).await;
    at_step(&browser, "about-you").await;
    reach_consent(&browser, &site).await;
    browser.click_text("Back").await;
    at_step(&browser, "check-answers").await;
    browser.click_text("Change full name").await;
    at_step(&browser, "about-you").await;
    assert!(browser.path().await.ends_with("?return=check-answers"));
    browser.type_into("#full-name", "Ada Lovelace").await;
    continue_(&browser).await;
    at_step(&browser, "check-answers").await;
    browser.wait_text(".cg-summary-list", "Ada Lovelace").await;
    browser
        .click_text("Change which programming languages have you used?")
        .await;
    at_step(&browser, "background").await;
    continue_(&browser).await;
    at_step(&browser, "check-answers").await;
    // Back and forward move between steps like any pages.
    browser.back().await;
    at_step(&browser, "background").await;
    browser.forward().await;
    at_step(&browser, "check-answers").await;
    browser.close().await;
}

#[tokio::test]
async fn a_failed_send_keeps_everything_and_retry_sends_exactly_one_application() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    site.reply_next(&[Reply::ServerError]);
    browser.click("label[for=consent]").await;
    browser.click_text("Send application").await;
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
    let applications = site.applications();
    assert_eq!(
        applications.len(),
        1,
        "exactly one application was recorded"
    );
    let body = &applications[0].body;
    assert_eq!(
        applications[0].idempotency_key.as_deref(),
        Some(reference.as_str())
    );
    let submitted_at = body["submitted_at"].as_str().unwrap().to_owned();
    assert!(
        submitted_at.ends_with('Z') && submitted_at.contains('T'),
        "ISO 8601: {submitted_at}"
    );
    assert_eq!(body, &expected_body(&reference, &submitted_at));
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
async fn no_answer_within_ten_seconds_says_so_and_a_retry_is_the_same_application() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    site.reply_next(&[Reply::Hang]);
    browser.click("label[for=consent]").await;
    browser.click_text("Send application").await;
    browser
        .wait_text("[role=status]", "Sending your application")
        .await;
    let started = std::time::Instant::now();
    browser
        .wait_until(
            "the timeout message",
            "return document.body.innerText.includes('took too long')",
        )
        .await;
    assert!(
        started.elapsed().as_secs() >= 8,
        "the wizard waited about 10 seconds"
    );
    browser.click_text("Retry").await;
    at_step(&browser, "confirmation").await;
    let received = site.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].idempotency_key, received[1].idempotency_key);
    assert_eq!(site.applications().len(), 1);
    browser.close().await;
}

#[tokio::test]
async fn a_double_click_sends_one_request() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    browser.click("label[for=consent]").await;
    browser
        .eval::<Value>("const b = document.querySelector('button[type=submit]'); b.click(); b.click(); return null;", vec![])
        .await;
    at_step(&browser, "confirmation").await;
    assert_eq!(site.received().len(), 1);
    browser.close().await;
}

#[tokio::test]
async fn with_storage_blocked_the_wizard_works_in_memory_and_says_so() {
    let site = site_with_endpoint().await;
    let browser = Browser::start_with(BrowserOptions {
        block_storage: true,
        ..BrowserOptions::default()
    })
    .await;
    browser.goto(&site.url("/apply")).await;
    at_step(&browser, "about-you").await;
    browser
        .wait_text("[data-testid=storage-notice]", "will not be saved")
        .await;
    browser.assert_accessible("storage blocked").await;
    reach_consent(&browser, &site).await;
    browser.click("label[for=consent]").await;
    browser.click_text("Send application").await;
    at_step(&browser, "confirmation").await;
    assert_eq!(site.applications().len(), 1);
    browser.close().await;
}

#[tokio::test]
async fn corrupt_or_older_drafts_are_discarded_with_a_notice() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    // Wait for the app first, or it could read (and discard) what the test stores next.
    browser.goto_app(&site.url("/")).await;
    for stored in [
        "{not json",
        r#"{"version":0,"step":"consent","answers":{"full_name":"Old"}}"#,
    ] {
        browser
            .eval::<Value>("localStorage.setItem('career-guide:application-draft', arguments[0]); return null;", vec![json!(stored)])
            .await;
        browser.goto(&site.url("/apply/consent")).await;
        at_step(&browser, "about-you").await;
        browser
            .wait_text(
                "[data-testid=discarded-notice]",
                "We could not restore your saved answers",
            )
            .await;
        assert_eq!(
            browser
                .eval::<String>("return document.querySelector('#full-name').value;", vec![])
                .await,
            ""
        );
        browser.assert_accessible("draft discarded").await;
    }
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
    browser.click("label[for=consent]").await;
    browser.click_text("Send application").await;
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

#[tokio::test]
async fn start_again_asks_first_and_clears_the_draft() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/apply")).await;
    at_step(&browser, "about-you").await;
    fill_about_you(&browser).await;
    browser.click_text("Start again").await;
    browser
        .wait_text(".cg-confirm", "This deletes all your answers")
        .await;
    assert_eq!(
        browser
            .eval::<String>("return document.querySelector('#full-name').value;", vec![])
            .await,
        NAME
    );
    browser.click_text("Yes, delete my answers").await;
    browser
        .wait_until(
            "the answers to clear",
            "return document.querySelector('#full-name').value === ''",
        )
        .await;
    let draft: Option<String> = browser
        .eval(
            "return localStorage.getItem('career-guide:application-draft');",
            vec![],
        )
        .await;
    assert!(draft.is_none_or(|d| !d.contains("Thandiwe")));
    browser.close().await;
}
