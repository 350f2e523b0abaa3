use super::support::{mount, settle, widget};
use career_guide::routing::page::{Page, WidgetKind};

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn marking_a_step_updates_the_bar_and_storage() {
    let app = mount(widget(WidgetKind::Guide, Page::Roadmap));
    settle().await;
    assert_eq!(app.text(".cg-progress__label"), "0 of 8 done");
    app.click("#step-3-done").await;
    app.click("#step-5-done").await;
    assert_eq!(app.text(".cg-progress__label"), "2 of 8 done");
    let progress = app.find("progress");
    assert_eq!(progress.get_attribute("value").as_deref(), Some("2"));
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("career-guide:roadmap-progress")
        .unwrap()
        .unwrap();
    assert_eq!(stored, r#"{"version":1,"done":[3,5]}"#);
}

#[wasm_bindgen_test]
async fn reset_asks_first_then_clears() {
    let app = mount(widget(WidgetKind::Guide, Page::Roadmap));
    settle().await;
    app.click("#step-1-done").await;
    app.click_text("Reset progress").await;
    assert_eq!(
        app.text(".cg-progress__label"),
        "1 of 8 done",
        "nothing is cleared before confirming"
    );
    app.click_text("Yes, reset progress").await;
    assert_eq!(app.text(".cg-progress__label"), "0 of 8 done");
}

#[wasm_bindgen_test]
async fn links_change_the_page_in_memory_without_leaving() {
    let href_before = web_sys::window().unwrap().location().href().unwrap();
    let app = mount(widget(WidgetKind::Guide, Page::Step(1)));
    settle().await;
    assert!(app
        .text("h2[data-page-heading]")
        .starts_with("Invest in Learning"));
    app.click(".cg-pagination__next a").await;
    assert!(app
        .text("h2[data-page-heading]")
        .starts_with("Become Proficient"));
    app.click(".cg-pagination__prev a").await;
    assert!(app
        .text("h2[data-page-heading]")
        .starts_with("Invest in Learning"));
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        href_before
    );
}

#[wasm_bindgen_test]
async fn faq_answers_open_all_at_once() {
    let app = mount(widget(WidgetKind::Guide, Page::Faq));
    settle().await;
    assert_eq!(app.find_all("details[open]").len(), 0);
    app.click_text("Show all answers").await;
    assert_eq!(app.find_all("details[open]").len(), 7);
    app.click_text("Hide all answers").await;
    assert_eq!(app.find_all("details[open]").len(), 0);
}

#[wasm_bindgen_test]
async fn links_out_of_a_guide_widget_go_to_the_full_app() {
    let app = mount(widget(WidgetKind::Guide, Page::Overview));
    settle().await;
    let apply = app
        .find_all("a")
        .into_iter()
        .find(|a| a.text_content().unwrap_or_default() == "Apply now")
        .unwrap();
    assert_eq!(apply.get_attribute("href").as_deref(), Some("/apply"));
}
