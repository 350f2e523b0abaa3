//! Driving the standalone wizard as a visitor does, for the tests of applying and sending:
//! the answers a test visitor gives, and reaching each step with them.

use crate::{Browser, Site, SiteOptions};
use serde_json::{json, Value};

pub const NAME: &str = "Thandiwe Nkosi-O’Brien";
pub const EMAIL: &str = "thandi@example.com";
pub const MOTIVATION: &str =
    "I want to build the <b>reliable</b> systems behind the apps people use every day.";

/// The standalone site, with the wizard sending to the site's recording endpoint.
pub async fn site_with_endpoint() -> Site {
    Site::start_with(SiteOptions {
        endpoint_on_app: true,
        ..SiteOptions::default()
    })
    .await
}

pub async fn at_step(browser: &Browser, slug: &str) {
    browser
        .wait_until(
            &format!("the {slug} step"),
            &format!("return location.pathname === '/apply/{slug}' && document.querySelector('[data-career-guide-state=ready] .cg-wizard[data-step={slug}]')"),
        )
        .await;
}

pub async fn continue_(browser: &Browser) {
    browser.click_text("Continue").await;
}

pub async fn fill_about_you(browser: &Browser) {
    browser.type_into("#full-name", NAME).await;
    browser.type_into("#email", EMAIL).await;
    browser
        .find("#country")
        .await
        .select_by_value("South Africa")
        .await
        .unwrap();
}

pub async fn fill_background(browser: &Browser) {
    browser.click("label[for=situation-2]").await;
    browser.click("label[for=experience-2]").await;
    browser.click("label[for=languages]").await;
    browser.click("label[for=languages-6]").await;
}

pub async fn fill_track(browser: &Browser) {
    browser.click("label[for=track-2]").await;
    browser.click("label[for=cohort]").await;
}

pub async fn fill_motivation(browser: &Browser) {
    browser.type_into("#motivation", MOTIVATION).await;
    browser
        .type_into("#portfolio-url", "https://github.com/thandi")
        .await;
}

/// Fills every question page and stops at the consent page.
pub async fn reach_consent(browser: &Browser, site: &Site) {
    browser.goto(&site.url("/apply")).await;
    at_step(browser, "about-you").await;
    answer_every_question(browser).await;
}

/// From the first question page, answers every question and stops at the consent page.
pub async fn answer_every_question(browser: &Browser) {
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

/// The body the filled-in wizard sends on the standalone site, arrived at `landing_path`
/// with nothing in its address: only the seconds it took vary.
pub fn expected_body(
    reference: &str,
    submitted_at: &str,
    seconds_to_complete: u64,
    landing_path: &str,
) -> Value {
    json!({
        "schema_version": 3,
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
        },
        "signals": { "honeypot": "", "seconds_to_complete": seconds_to_complete },
        "attribution": {
            "utm_source": null, "utm_medium": null, "utm_campaign": null, "utm_term": null,
            "utm_content": null, "gclid": null, "fbclid": null, "msclkid": null,
            "referrer_origin": null,
            "landing_path": landing_path,
            "sent_from_path": "/apply/consent"
        },
        "fields": {}
    })
}

pub fn is_reference(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 3
        && parts[0] == "MA"
        && parts[1..].iter().all(|p| {
            p.len() == 4
                && p.bytes()
                    .all(|b| b"23456789ABCDEFGHJKMNPQRSTUVWXYZ".contains(&b))
        })
}

/// Waits until the wizard inside `host`'s shadow root shows the step `slug`.
pub async fn at_step_in(browser: &Browser, host: &str, slug: &str) {
    browser
        .wait_until(
            &format!("the {slug} step in {host}"),
            &format!(
                "const root = document.querySelector({host:?}).shadowRoot;
                 return !!root && !!root.querySelector('.cg-wizard[data-step={slug}]');"
            ),
        )
        .await;
}

/// Answers every question of the wizard embedded in `host`, as a visitor does (clicks and
/// typing inside its shadow root), and sends the application.
pub async fn apply_in_widget(browser: &Browser, host: &str) {
    answer_in_widget(browser, host, "consent").await;
    at_step_in(browser, host, "confirmation").await;
}

/// Answers the wizard embedded in `host`, page by page from the one it shows, and
/// continues from each until it shows `last`; on the consent page it agrees and sends.
pub async fn answer_in_widget(browser: &Browser, host: &str, last: &str) {
    let type_in = |css: &'static str, text: &'static str| async move {
        let field = browser.in_shadow(host, css).await;
        field.send_keys(text).await.expect("type");
    };
    let click = |css: &'static str| async move { browser.click_in_shadow(host, css).await };
    let next = || async { browser.click_in_shadow(host, "button[type=submit]").await };
    let current = browser
        .wait_until(
            &format!("the wizard in {host}"),
            &format!(
                "const root = document.querySelector({host:?}).shadowRoot;
                 const wizard = root && root.querySelector('.cg-wizard');
                 return wizard && wizard.dataset.step;"
            ),
        )
        .await;
    let steps = [
        "about-you",
        "background",
        "track",
        "motivation",
        "check-answers",
        "consent",
    ];
    let from = steps
        .iter()
        .position(|s| current == *s)
        .unwrap_or_else(|| panic!("the wizard in {host} is on {current}"));
    for step in &steps[from..] {
        let step = *step;
        at_step_in(browser, host, step).await;
        if step == last && step != "consent" {
            return;
        }
        match step {
            "about-you" => {
                type_in("#full-name", NAME).await;
                type_in("#email", EMAIL).await;
                browser
                    .in_shadow(host, "#country")
                    .await
                    .select_by_value("South Africa")
                    .await
                    .unwrap();
            }
            "background" => {
                click("label[for=situation-2]").await;
                click("label[for=experience-2]").await;
                click("label[for=languages]").await;
                click("label[for=languages-6]").await;
            }
            "track" => {
                click("label[for=track-2]").await;
                click("label[for=cohort]").await;
            }
            "motivation" => type_in("#motivation", MOTIVATION).await,
            "consent" => click("label[for=consent]").await,
            _ => {}
        }
        next().await;
    }
}
