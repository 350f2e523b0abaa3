//! What admissions receive and can trust, on fixed days of the visitor's clock: start dates
//! that close, the bot signals, the published schema, and how long the answers stay on
//! the visitor's device.

use e2e::wizard::*;
use e2e::{Browser, BrowserOptions, Site};
use serde_json::Value;

async fn browser_on(day: &'static str) -> Browser {
    Browser::start_with(BrowserOptions {
        clock: day,
        ..BrowserOptions::default()
    })
    .await
}

/// The start dates the track page offers, as their labels read.
async fn offered_cohorts(browser: &Browser) -> Vec<String> {
    browser.find("#cohort").await;
    browser
        .eval(
            "return [...document.querySelectorAll('input[type=radio][id^=cohort]')]
                 .map(i => document.querySelector(`label[for='${i.id}']`).textContent);",
            vec![],
        )
        .await
}

async fn send_and_confirm(browser: &Browser) {
    browser.click_text("Send application").await;
    at_step(browser, "confirmation").await;
}

#[tokio::test]
async fn a_start_date_that_closes_is_no_longer_offered_and_a_draft_that_chose_it_goes_back() {
    let site = site_with_endpoint().await;
    let browser = browser_on("2027-01-31T20:00:00.000Z").await;
    reach_consent(&browser, &site).await;
    browser.click_text("Back").await;
    browser.click_text("Back").await;
    browser.click_text("Back").await;
    at_step(&browser, "track").await;
    assert_eq!(
        offered_cohorts(&browser).await,
        [
            "Monday 1 February 2027",
            "Monday 3 May 2027",
            "Monday 2 August 2027",
            "The next cohort, when its dates are announced"
        ],
        "the last day to apply for February"
    );
    assert!(browser
        .text("#cohort-item-hint")
        .await
        .contains("Apply by Sunday 31 January 2027"));
    // The next morning the visitor comes back to send it.
    browser.set_clock("2027-02-01T07:00:00.000Z").await;
    browser.goto(&site.url("/apply/consent")).await;
    at_step(&browser, "track").await;
    assert_eq!(
        browser.text(".cg-error-summary__list").await,
        "The cohort starting Monday 1 February 2027 has closed. Select a start date that is still open, or the next cohort"
    );
    assert!(browser.title().await.starts_with("Error: "));
    assert_eq!(offered_cohorts(&browser).await[0], "Monday 3 May 2027");
    browser.assert_accessible("a closed start date").await;
    assert!(site.received().is_empty(), "nothing was sent");
    browser.click("label[for=cohort]").await;
    continue_(&browser).await;
    at_step(&browser, "motivation").await;
    browser.goto(&site.url("/apply/consent")).await;
    at_step(&browser, "consent").await;
    browser.click("label[for=consent]").await;
    send_and_confirm(&browser).await;
    assert_eq!(site.received()[0].body["cohort"], "2027-05-03");
    browser.close().await;
}

#[tokio::test]
async fn a_page_left_open_past_the_closing_date_sends_the_visitor_back_instead_of_sending() {
    let site = site_with_endpoint().await;
    let browser = browser_on("2027-01-31T23:58:00.000Z").await;
    reach_consent(&browser, &site).await;
    browser.advance_clock(300.0).await;
    browser.click("label[for=consent]").await;
    browser.click_text("Send application").await;
    at_step(&browser, "track").await;
    browser
        .wait_text(".cg-error-summary__list", "has closed")
        .await;
    assert!(site.received().is_empty(), "nothing was sent");
    browser.close().await;
}

#[tokio::test]
async fn with_no_start_date_open_the_wizard_says_so_and_applies_for_the_next_cohort() {
    let site = site_with_endpoint().await;
    let browser = browser_on("2027-09-01T09:00:00.000Z").await;
    browser.goto(&site.url("/apply")).await;
    at_step(&browser, "about-you").await;
    fill_about_you(&browser).await;
    continue_(&browser).await;
    at_step(&browser, "background").await;
    fill_background(&browser).await;
    continue_(&browser).await;
    at_step(&browser, "track").await;
    assert!(browser
        .text("[data-testid=no-cohort-open]")
        .await
        .contains("No start dates are open"));
    assert_eq!(
        offered_cohorts(&browser).await,
        ["The next cohort, when its dates are announced"]
    );
    browser.assert_accessible("no start date open").await;
    fill_track(&browser).await;
    continue_(&browser).await;
    at_step(&browser, "motivation").await;
    fill_motivation(&browser).await;
    continue_(&browser).await;
    at_step(&browser, "check-answers").await;
    assert!(browser
        .text("main")
        .await
        .contains("The next cohort, when its dates are announced"));
    continue_(&browser).await;
    at_step(&browser, "consent").await;
    browser.click("label[for=consent]").await;
    send_and_confirm(&browser).await;
    assert_eq!(site.received()[0].body["cohort"], Value::Null);
    browser.close().await;
}

#[tokio::test]
async fn the_honeypot_is_out_of_sight_sound_and_reach_and_the_signals_are_sent() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/apply")).await;
    at_step(&browser, "about-you").await;
    let (hidden, inert, on_screen): (bool, bool, bool) = browser
        .eval(
            "const trap = document.querySelector('#extra-details');
             const box = trap.closest('[aria-hidden=true]');
             const r = trap.getBoundingClientRect();
             return [!!box, !!trap.closest('[inert]'), r.right > 0 && r.bottom > 0 && r.left < innerWidth];",
            vec![],
        )
        .await;
    assert!(
        hidden && inert && !on_screen,
        "hidden {hidden}, inert {inert}, on screen {on_screen}"
    );
    // Tabbing from the first field to Continue never lands on it.
    browser.find("#full-name").await.click().await.unwrap();
    let mut visited = Vec::new();
    for _ in 0..20 {
        browser.press(e2e::Key::Tab).await;
        let id: String = browser
            .eval(
                "return document.activeElement.id || document.activeElement.textContent;",
                vec![],
            )
            .await;
        if id == "Continue" {
            break;
        }
        visited.push(id);
    }
    assert!(
        !visited.iter().any(|id| id == "extra-details"),
        "{visited:?}"
    );
    assert!(visited.iter().any(|id| id == "country"), "{visited:?}");
    // A person, who takes a while.
    answer_every_question(&browser).await;
    browser.advance_clock(412.0).await;
    browser.click("label[for=consent]").await;
    send_and_confirm(&browser).await;
    let signals = &site.received()[0].body["signals"];
    assert_eq!(signals["honeypot"], "");
    let seconds = signals["seconds_to_complete"].as_u64().unwrap();
    assert!((412..480).contains(&seconds), "{seconds}");
    browser.close().await;
}

#[tokio::test]
async fn software_that_fills_every_field_is_flagged_not_blocked() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/apply")).await;
    at_step(&browser, "about-you").await;
    // What a form-filling bot does: every input gets a value and an input event.
    browser
        .eval::<Value>(
            "for (const input of document.querySelectorAll('input[type=text]')) {
                 input.value = 'Bot Botson';
                 input.dispatchEvent(new Event('input', { bubbles: true }));
             }
             return null;",
            vec![],
        )
        .await;
    answer_every_question(&browser).await;
    browser.click("label[for=consent]").await;
    send_and_confirm(&browser).await;
    let signals = &site.received()[0].body["signals"];
    assert_eq!(signals["honeypot"], "Bot Botson");
    browser.close().await;
}

#[tokio::test]
async fn the_build_publishes_the_schema_every_payload_is_checked_against() {
    let site = Site::start().await;
    let (status, headers, body) = e2e::http_get(&site.url("/application.schema.json"), &[]).await;
    assert_eq!(status, 200);
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    let schema: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    // The checker the site applies to every payload finds a broken one.
    let checker = e2e::PayloadSchema::of_build(&e2e::dist_dir());
    let mut payload = expected_body("MA-7K3P-X9QD", "2026-11-25T09:00:00.000Z", 412, "/");
    assert_eq!(checker.problems(&payload), Vec::<String>::new());
    payload["answers"]["email"] = "not an email".into();
    assert_eq!(checker.problems(&payload).len(), 1);
}

async fn receipt_in_storage(browser: &Browser) -> Value {
    let stored: String = browser
        .eval(
            "return localStorage.getItem('career-guide:application-receipt');",
            vec![],
        )
        .await;
    serde_json::from_str(&stored).unwrap()
}

#[tokio::test]
async fn the_answers_stay_on_the_device_for_thirty_days_or_until_removed() {
    let site = site_with_endpoint().await;
    let browser = Browser::start().await;
    reach_consent(&browser, &site).await;
    browser.click("label[for=consent]").await;
    send_and_confirm(&browser).await;
    let reference = browser.text("[data-testid=reference]").await;
    assert_eq!(
        browser.text("[data-testid=sent-on]").await,
        "Sent on Wednesday 25 November 2026"
    );
    assert!(browser
        .text("[data-testid=answers-kept-until]")
        .await
        .contains("until Friday 25 December 2026 (30 days after you applied)"));
    assert_eq!(
        receipt_in_storage(&browser).await["answers"]["full_name"],
        NAME
    );
    // Removing them now.
    browser
        .click_text("Remove my answers from this device")
        .await;
    browser.wait_focus("[data-testid=answers-removed]").await;
    assert_eq!(receipt_in_storage(&browser).await["answers"], Value::Null);
    assert!(
        !browser.text("main").await.contains(NAME),
        "no answer is shown"
    );
    assert_eq!(browser.text("[data-testid=reference]").await, reference);
    browser.assert_accessible("answers removed").await;
    browser.reload().await;
    at_step(&browser, "confirmation").await;
    assert!(browser.exists("[data-testid=answers-removed]").await);

    // A second application, then 31 days pass.
    browser.click_text("Start a new application").await;
    browser.click_text("Yes, start a new application").await;
    reach_consent(&browser, &site).await;
    browser.click("label[for=consent]").await;
    send_and_confirm(&browser).await;
    browser.set_clock("2026-12-25T20:00:00.000Z").await;
    browser.reload().await;
    at_step(&browser, "confirmation").await;
    assert!(
        browser.exists("[data-testid=answers-kept-until]").await,
        "kept on the 30th day"
    );
    browser.set_clock("2026-12-26T08:00:00.000Z").await;
    browser.reload().await;
    at_step(&browser, "confirmation").await;
    browser
        .wait_text("[data-testid=answers-removed]", "no longer kept")
        .await;
    assert_eq!(receipt_in_storage(&browser).await["answers"], Value::Null);
    assert!(receipt_in_storage(&browser).await["reference"]
        .as_str()
        .unwrap()
        .starts_with("MA-"));
    browser.close().await;
}
