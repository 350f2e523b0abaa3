//! The application wizard in the release build, as visitors fill it in: by keyboard,
//! across reloads, with mistakes, changes, blocked storage and old drafts. Sending is in
//! `sending.rs`.

use e2e::wizard::*;
use e2e::{Browser, BrowserOptions, Key};
use serde_json::{json, Value};

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
    let applications = site.received();
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
    browser.wait_focus("input#email").await;
    // Fixing the answers and continuing clears the errors and the title.
    fill_about_you(&browser).await;
    continue_(&browser).await;
    at_step(&browser, "background").await;
    assert_eq!(
        browser.title().await,
        "Your background – Apply | Melsoft Academy Backend Career Guide"
    );
    // Back on the page that had the errors, they are gone: they belong to one Continue.
    browser.click_text("Back").await;
    at_step(&browser, "about-you").await;
    browser.settled().await;
    assert!(!browser.exists(".cg-error-summary").await);
    assert!(!browser.exists(".cg-error-message").await);
    assert_eq!(
        browser.title().await,
        "About you – Apply | Melsoft Academy Backend Career Guide"
    );
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
    assert_eq!(site.received().len(), 1);
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
    browser.wait_focus("button.cg-button--warning").await;
    browser.assert_accessible("start again, asking first").await;
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
