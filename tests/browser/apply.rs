use super::support::{mount, mount_with_storage, widget};
use career_guide::routing::page::{Page, WidgetKind};
use wasm_bindgen_test::wasm_bindgen_test;

fn stored_draft() -> Option<String> {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("career-guide:application-draft")
        .unwrap()
}

#[wasm_bindgen_test]
async fn continue_with_nothing_lists_every_problem() {
    let app = mount(widget(WidgetKind::Apply, Page::Apply(None))).await;
    app.wait_text(".cg-caption", "Question 1 of 5").await;
    app.submit("form.cg-form").await;
    app.wait_count(".cg-error-summary__list a", 3).await;
    let links: Vec<String> = app
        .find_all(".cg-error-summary__list a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert_eq!(links, ["#full-name", "#email", "#country"]);
    app.wait_text_containing("#email-error", "Enter your email address")
        .await;
}

#[wasm_bindgen_test]
async fn valid_answers_move_on_and_are_saved() {
    let app = mount(widget(WidgetKind::Apply, Page::Apply(None))).await;
    app.wait_text(".cg-caption", "Question 1 of 5").await;
    app.type_into("#full-name", "  Zoë O’Brien ").await;
    app.type_into("#email", "zoe@example.com").await;
    app.select("#country", "South Africa").await;
    app.submit("form.cg-form").await;
    app.wait_text(".cg-caption", "Question 2 of 5").await;
    let draft = stored_draft().expect("a saved draft");
    assert!(
        draft.contains(r#""full_name":"Zoë O’Brien""#),
        "trimmed and saved: {draft}"
    );
    assert!(draft.contains(r#""step":"background""#), "{draft}");
}

// "The next cohort" is open on any day, so this draft never goes stale.
const READY_FOR_MOTIVATION: &str = r#"{"version":1,"step":"motivation","answers":{"full_name":"Ada Lovelace","email":"ada@example.com","country":"United Kingdom","situation":"student","experience":"some","languages":["python"],"track":"python","cohort":"next"},"reference":null,"submitted_at":null}"#;

#[wasm_bindgen_test]
async fn a_saved_draft_comes_back_at_its_step_and_the_box_counts_characters() {
    let app = mount_with_storage(
        widget(WidgetKind::Apply, Page::Apply(None)),
        &[("career-guide:application-draft", READY_FOR_MOTIVATION)],
    )
    .await;
    app.wait_text(".cg-caption", "Question 4 of 5").await;
    app.wait_text(".cg-character-count", "Enter at least 50 more characters")
        .await;
    app.type_into("#motivation", "Because I like it").await;
    app.wait_text(".cg-character-count", "Enter at least 33 more characters")
        .await;
    app.type_into("#motivation", &"x".repeat(2_005)).await;
    app.wait_text(".cg-character-count", "You have 5 characters too many")
        .await;
}

#[wasm_bindgen_test]
async fn a_corrupt_draft_is_discarded_with_a_notice() {
    let app = mount_with_storage(
        widget(WidgetKind::Apply, Page::Apply(None)),
        &[("career-guide:application-draft", "{not json")],
    )
    .await;
    app.wait_text_containing("[data-testid=discarded-notice]", "could not restore")
        .await;
    app.wait_text(".cg-caption", "Question 1 of 5").await;
    assert_eq!(stored_draft(), None, "the unreadable draft is removed");
}

#[wasm_bindgen_test]
async fn without_an_endpoint_the_wizard_says_it_is_a_preview() {
    let app = mount(widget(WidgetKind::Apply, Page::Apply(None))).await;
    app.wait_text_containing("[data-testid=preview-notice]", "Preview")
        .await;
}
