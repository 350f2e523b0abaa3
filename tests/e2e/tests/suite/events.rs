//! The events a host page can listen to, checked against the table docs/embedding.md
//! documents.

use e2e::demo::{open_demo, APPLY, SALARY};
use e2e::{Browser, Site};
use serde_json::Value;

#[tokio::test]
async fn events_tell_the_host_what_happens_without_personal_data() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open_demo(&browser, &site).await;
    let log = || async { browser.text("#event-log").await };
    browser
        .wait_text(
            "#event-log",
            r#"career-guide:ready from salary: {"kind":"salary"}"#,
        )
        .await;
    browser
        .wait_text(
            "#event-log",
            r#"career-guide:ready from apply: {"kind":"apply"}"#,
        )
        .await;
    browser
        .wait_text(
            "#event-log",
            r#"career-guide:step from apply: {"step":"about-you","number":1}"#,
        )
        .await;
    browser
        .in_shadow(SALARY, "#level-a")
        .await
        .select_by_value("experienced")
        .await
        .unwrap();
    browser
        .wait_text("#event-log", r#"career-guide:compare from salary: {"from":"experienced","to":"entry-level","per":"year"}"#)
        .await;
    // Widgets keep their state without touching the address bar.
    assert_eq!(browser.path().await, "/demo.html");
    // Complete the application inside the shadow root; the endpoint is the data-endpoint one.
    for (css, text) in [
        ("#full-name", "Ada Lovelace"),
        ("#email", "ada@example.com"),
    ] {
        browser
            .in_shadow(APPLY, css)
            .await
            .send_keys(text)
            .await
            .unwrap();
    }
    browser
        .in_shadow(APPLY, "#country")
        .await
        .select_by_value("United Kingdom")
        .await
        .unwrap();
    let next = || async { browser.click_in_shadow(APPLY, "button[type=submit]").await };
    next().await;
    browser
        .wait_text("#event-log", r#"{"step":"background","number":2}"#)
        .await;
    for label in ["situation", "experience"] {
        browser
            .click_in_shadow(APPLY, &format!("label[for={label}]"))
            .await;
    }
    next().await;
    browser
        .wait_text("#event-log", r#"{"step":"track","number":3}"#)
        .await;
    for label in ["track", "cohort"] {
        browser
            .click_in_shadow(APPLY, &format!("label[for={label}]"))
            .await;
    }
    next().await;
    browser
        .wait_text("#event-log", r#"{"step":"motivation","number":4}"#)
        .await;
    browser
        .in_shadow(APPLY, "#motivation")
        .await
        .send_keys(
            "I want to design the APIs and databases that keep services running for everyone.",
        )
        .await
        .unwrap();
    next().await;
    browser
        .wait_text("#event-log", r#"{"step":"check-answers","number":5}"#)
        .await;
    assert_eq!(
        browser.path().await,
        "/demo.html",
        "the wizard widget never touches the address bar"
    );
    next().await;
    browser.click_in_shadow(APPLY, "label[for=consent]").await;
    next().await;
    browser
        .wait_text("#event-log", "career-guide:submitted from apply")
        .await;
    let applications = site.received();
    assert_eq!(
        applications.len(),
        1,
        "sent to the endpoint named by data-endpoint"
    );
    let reference = applications[0].body["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let events = log().await;
    assert!(
        events.contains(&format!(
            r#"career-guide:submitted from apply: {{"reference":"{reference}"}}"#
        )),
        "{events}"
    );
    // Every event the documentation names fired, with the detail's documented fields.
    let documented = documented_events();
    assert_eq!(
        documented.len(),
        5,
        "the documented events table: {documented:?}"
    );
    for (name, keys) in documented {
        let fired: Vec<Value> = events
            .lines()
            .filter(|line| line.starts_with(&format!("{name} from ")))
            .map(|line| serde_json::from_str(line.split_once(": ").unwrap().1).unwrap())
            .collect();
        assert!(!fired.is_empty(), "{name} never fired: {events}");
        for detail in fired {
            let mut fired_keys: Vec<String> = detail.as_object().unwrap().keys().cloned().collect();
            fired_keys.sort();
            assert_eq!(fired_keys, keys, "{name}: {detail}");
        }
    }
    assert!(
        !events.contains("ada@example.com") && !events.contains("Ada Lovelace"),
        "no personal data in events"
    );
    browser.close().await;
}

/// The events docs/embedding.md's table documents, with the keys of each one's detail.
fn documented_events() -> Vec<(String, Vec<String>)> {
    let readme = std::fs::read_to_string(e2e::workspace().join("docs/embedding.md")).unwrap();
    readme
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("| `career-guide:")?;
            let (name, rest) = rest.split_once('`')?;
            let detail = rest.split('`').nth(1)?;
            let detail: Value = serde_json::from_str(detail).ok()?;
            let mut keys: Vec<String> = detail.as_object()?.keys().cloned().collect();
            keys.sort();
            Some((format!("career-guide:{name}"), keys))
        })
        .collect()
}
