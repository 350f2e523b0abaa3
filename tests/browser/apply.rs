use super::support::{mount, mount_with_storage, settle, widget};
use career_guide::routing::page::{Page, WidgetKind};

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn continue_with_nothing_lists_every_problem() {
    let app = mount(widget(WidgetKind::Apply, Page::Apply(None)));
    settle().await;
    assert_eq!(app.text(".cg-caption"), "Question 1 of 5");
    app.submit("form.cg-form").await;
    let links: Vec<String> = app
        .find_all(".cg-error-summary__list a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert_eq!(links, ["#full-name", "#email", "#country"]);
    assert!(app
        .text("#email-error")
        .contains("Enter your email address"));
}

#[wasm_bindgen_test]
async fn valid_answers_move_on_and_are_saved() {
    let app = mount(widget(WidgetKind::Apply, Page::Apply(None)));
    settle().await;
    app.type_into("#full-name", "  Zoë O’Brien ").await;
    app.type_into("#email", "zoe@example.com").await;
    app.select("#country", "South Africa").await;
    app.submit("form.cg-form").await;
    settle().await;
    assert_eq!(app.text(".cg-caption"), "Question 2 of 5");
    let draft = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("career-guide:application-draft")
        .unwrap()
        .unwrap();
    assert!(
        draft.contains(r#""full_name":"Zoë O’Brien""#),
        "trimmed and saved: {draft}"
    );
    assert!(draft.contains(r#""step":"background""#), "{draft}");
}

const READY_FOR_MOTIVATION: &str = r#"{"version":1,"step":"motivation","answers":{"full_name":"Ada Lovelace","email":"ada@example.com","country":"United Kingdom","situation":"student","experience":"some","languages":["python"],"track":"python","cohort":"2027-02-01"},"reference":null,"submitted_at":null}"#;

#[wasm_bindgen_test]
async fn a_saved_draft_comes_back_at_its_step_and_the_box_counts_characters() {
    let app = mount_with_storage(
        widget(WidgetKind::Apply, Page::Apply(None)),
        &[("career-guide:application-draft", READY_FOR_MOTIVATION)],
    );
    settle().await;
    assert_eq!(app.text(".cg-caption"), "Question 4 of 5");
    assert_eq!(
        app.text(".cg-character-count"),
        "Enter at least 50 more characters"
    );
    app.type_into("#motivation", "Because I like it").await;
    assert_eq!(
        app.text(".cg-character-count"),
        "Enter at least 33 more characters"
    );
    app.type_into("#motivation", &"x".repeat(2_005)).await;
    assert_eq!(
        app.text(".cg-character-count"),
        "You have 5 characters too many"
    );
}

#[wasm_bindgen_test]
async fn a_corrupt_draft_is_discarded_with_a_notice() {
    let app = mount_with_storage(
        widget(WidgetKind::Apply, Page::Apply(None)),
        &[("career-guide:application-draft", "{not json")],
    );
    settle().await;
    assert!(app
        .text("[data-testid=discarded-notice]")
        .contains("could not restore"));
    assert_eq!(app.text(".cg-caption"), "Question 1 of 5");
}

#[wasm_bindgen_test]
async fn without_an_endpoint_the_wizard_says_it_is_a_preview() {
    let app = mount(widget(WidgetKind::Apply, Page::Apply(None)));
    settle().await;
    assert!(app.text("[data-testid=preview-notice]").contains("Preview"));
}
