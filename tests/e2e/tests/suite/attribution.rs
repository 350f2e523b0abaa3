//! Where applicants come from, as marketing sets it up: a visitor follows a partner's link
//! with a campaign in it to a landing page whose wizard has hidden fields, a preselected
//! track and analytics on, and applies. The endpoint gets the attribution, prefill and
//! fields (checked against the build's JSON Schema by the test endpoint); the page's
//! dataLayer gets events without personal data; nothing outlives the visit unless the host
//! has consent; hostile values never leave the browser.

use e2e::wizard::{answer_in_widget, at_step_in, EMAIL, NAME};
use e2e::{Browser, Site};
use serde_json::{json, Value};

/// The landing page: the wizard as a marketing person embeds it, with `attributes`.
fn landing(site: &Site, attributes: &str) {
    site.paste(&format!(
        "<script src=\"/career-guide.js\" defer></script>\n\
         <div id=\"apply\" data-career-guide=\"apply\" data-endpoint=\"{}\" {attributes}>\
         <a href=\"/apply\">Apply</a></div>\n",
        site.endpoint_url()
    ));
}

/// Arrives at the landing page with `query`, from a link on another site (the referrer).
async fn arrive_from_partner(browser: &Browser, partner: &Site, site: &Site, query: &str) {
    partner.paste(&format!(
        "<p><a id=\"offer\" href=\"{}?{query}\">Our partner's bootcamp</a></p>\n",
        site.url(e2e::PASTED)
    ));
    browser.goto(&partner.url(e2e::PASTED)).await;
    browser.click("#offer").await;
    browser.settled().await;
}

/// What the page keeps of the visit, in each store.
async fn kept(browser: &Browser) -> (Option<String>, Option<String>) {
    browser
        .eval(
            "return [sessionStorage.getItem('career-guide:attribution'), localStorage.getItem('career-guide:attribution')];",
            vec![],
        )
        .await
}

#[tokio::test]
async fn an_application_from_a_partners_campaign_says_where_it_came_from() {
    let (site, partner) = (Site::start().await, Site::start().await);
    let browser = Browser::start().await;
    landing(
        &site,
        "data-field-campus=\"Lagos\" data-field-partner=\"acme\" data-analytics=\"datalayer\"",
    );
    arrive_from_partner(
        &browser,
        &partner,
        &site,
        "utm_source=partner&utm_medium=referral&utm_campaign=spring+2027&utm_content=hero&gclid=Cj0KCQ-abc_123&cg_track=python",
    )
    .await;
    // The track is preselected; the visitor keeps it (the helper's second track is Python).
    answer_in_widget(&browser, "#apply", "track").await;
    let preselected: String = browser
        .eval(
            "return document.querySelector('#apply').shadowRoot.querySelector('input[name^=track]:checked')?.value ?? '';",
            vec![],
        )
        .await;
    assert_eq!(preselected, "python");
    answer_in_widget(&browser, "#apply", "consent").await;
    at_step_in(&browser, "#apply", "confirmation").await;

    let received = site.received();
    assert_eq!(received.len(), 1);
    let body = &received[0].body;
    assert_eq!(body["schema_version"], 3);
    assert_eq!(body["track"], "python");
    assert_eq!(
        body["attribution"],
        json!({
            "utm_source": "partner", "utm_medium": "referral", "utm_campaign": "spring 2027",
            "utm_term": null, "utm_content": "hero",
            "gclid": "Cj0KCQ-abc_123", "fbclid": null, "msclkid": null,
            "referrer_origin": partner.origin(),
            "landing_path": "/pasted.html",
            "sent_from_path": "/pasted.html",
        })
    );
    assert_eq!(
        body["fields"],
        json!({ "campus": "Lagos", "partner": "acme" })
    );

    // The dataLayer heard every step and the application, and nothing personal.
    let layer: Vec<Value> = browser.eval("return window.dataLayer;", vec![]).await;
    let events: Vec<&str> = layer.iter().filter_map(|e| e["event"].as_str()).collect();
    for expected in [
        "career_guide_ready",
        "career_guide_step",
        "career_guide_submitted",
    ] {
        assert!(events.contains(&expected), "{expected} in {events:?}");
    }
    let steps: Vec<i64> = layer
        .iter()
        .filter(|e| e["event"] == "career_guide_step")
        .filter_map(|e| e["career_guide"]["number"].as_i64())
        .collect();
    assert_eq!(steps, [1, 2, 3, 4, 5, 6, 7], "one entry per step reached");
    let everything = serde_json::to_string(&layer).unwrap();
    for personal in [NAME, EMAIL, "Lagos", "South Africa"] {
        assert!(!everything.contains(personal), "{personal} in {everything}");
    }
    // Kept for the visit only: nothing in localStorage.
    let (visit, device) = kept(&browser).await;
    assert!(visit.is_some_and(|v| v.contains("spring 2027")));
    assert_eq!(device, None, "nothing outlives the visit without consent");
    browser.close().await;
}

#[tokio::test]
async fn with_consent_the_first_touch_is_credited_for_thirty_days_and_without_it_for_the_visit() {
    let (site, partner) = (Site::start().await, Site::start().await);
    let browser = Browser::start().await;
    landing(&site, "data-attribution=\"persist\"");
    arrive_from_partner(
        &browser,
        &partner,
        &site,
        "utm_source=newsletter&utm_campaign=may",
    )
    .await;
    let (_, device) = kept(&browser).await;
    assert!(
        device.is_some_and(|d| d.contains("newsletter")),
        "kept on the device"
    );

    // A new visit (a new session) a week later, straight to the page: still credited.
    browser
        .eval::<Value>("sessionStorage.clear(); return null;", vec![])
        .await;
    browser.advance_clock(7.0 * 86_400.0).await;
    browser.goto(&site.url(e2e::PASTED)).await;
    browser.settled().await;
    answer_in_widget(&browser, "#apply", "consent").await;
    at_step_in(&browser, "#apply", "confirmation").await;
    let first = site.received()[0].body["attribution"].clone();
    assert_eq!(first["utm_source"], "newsletter");
    assert_eq!(first["referrer_origin"], partner.origin());

    // Without consent, the next visit knows nothing of the last.
    landing(&site, "");
    browser
        .eval::<Value>(
            "sessionStorage.clear(); localStorage.clear(); return null;",
            vec![],
        )
        .await;
    arrive_from_partner(&browser, &partner, &site, "utm_source=ads").await;
    browser
        .eval::<Value>("sessionStorage.clear(); return null;", vec![])
        .await;
    browser.goto(&site.url(e2e::PASTED)).await;
    browser.settled().await;
    answer_in_widget(&browser, "#apply", "consent").await;
    at_step_in(&browser, "#apply", "confirmation").await;
    let second = site.received()[1].body["attribution"].clone();
    assert_eq!(second["utm_source"], Value::Null);
    assert_eq!(kept(&browser).await.1, None);
    browser.close().await;
}

#[tokio::test]
async fn hostile_values_and_choices_not_offered_are_left_out_with_a_warning() {
    let (site, partner) = (Site::start().await, Site::start().await);
    let browser = Browser::start().await;
    landing(
        &site,
        "data-field-note=\"&lt;b&gt;hi&lt;/b&gt;\" data-field-first.name=\"x\" data-track=\"rust\" data-cohort=\"2026-01-05\" data-analytics=\"ga4\"",
    );
    let long = "a".repeat(150);
    arrive_from_partner(
        &browser,
        &partner,
        &site,
        &format!("utm_source={long}&utm_campaign=%3Cscript%3Ealert(1)%3C%2Fscript%3E&utm_term=caf%C3%A9&utm_medium=email"),
    )
    .await;
    let warnings = browser.reported().await.warnings;
    for expected in [
        "utm_source in the page's address was left out of applications: it is 150 characters long",
        "utm_campaign in the page's address was left out of applications: it has \"<\"",
        "utm_term in the page's address was left out of applications: it has U+00E9",
        "data-field-note was left out of applications",
        "data-field-first.name was left out of applications: its name is not kept",
        "the preselected track \"rust\" is not a track the form offers",
        "the preselected cohort \"2026-01-05\" is not a start date open today",
        "data-analytics=\"ga4\" is not datalayer",
    ] {
        assert!(
            warnings.iter().any(|w| w.contains(expected)),
            "{expected} in {warnings:#?}"
        );
    }
    assert!(
        warnings
            .iter()
            .all(|w| !w.contains("script>") && !w.contains(&long)),
        "no warning repeats a hostile value: {warnings:#?}"
    );
    // Asked as usual: nothing preselected.
    answer_in_widget(&browser, "#apply", "track").await;
    let preselected: bool = browser
        .eval(
            "return !!document.querySelector('#apply').shadowRoot.querySelector('input[name^=track]:checked');",
            vec![],
        )
        .await;
    assert!(!preselected);
    answer_in_widget(&browser, "#apply", "consent").await;
    at_step_in(&browser, "#apply", "confirmation").await;
    let body = &site.received()[0].body;
    assert_eq!(body["attribution"]["utm_medium"], "email");
    for left_out in ["utm_source", "utm_campaign", "utm_term"] {
        assert_eq!(body["attribution"][left_out], Value::Null, "{left_out}");
    }
    assert_eq!(body["fields"], json!({}));
    let layer: Value = browser
        .eval("return window.dataLayer ?? null;", vec![])
        .await;
    assert_eq!(
        layer,
        Value::Null,
        "nothing pushed without data-analytics=datalayer"
    );
    browser.close().await;
}
