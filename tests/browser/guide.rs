use super::support::{mount, widget};
use career_guide::routing::page::{Page, WidgetKind};
use career_guide::shell::options::{MountOptions, Routing};

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn marking_a_step_updates_the_bar_and_storage() {
    let app = mount(widget(WidgetKind::Guide, Page::Roadmap)).await;
    app.wait_text(".cg-progress__label", "0 of 8 done").await;
    app.click("#step-3-done").await;
    app.click("#step-5-done").await;
    app.wait_text(".cg-progress__label", "2 of 8 done").await;
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
    let app = mount(widget(WidgetKind::Guide, Page::Roadmap)).await;
    app.click("#step-1-done").await;
    app.wait_text(".cg-progress__label", "1 of 8 done").await;
    app.click_text("Reset progress").await;
    app.wait_count(".cg-confirm__panel", 1).await;
    assert_eq!(
        app.find(".cg-progress__label").text_content().unwrap(),
        "1 of 8 done",
        "nothing is cleared before confirming"
    );
    app.click_text("Yes, reset progress").await;
    app.wait_text(".cg-progress__label", "0 of 8 done").await;
}

#[wasm_bindgen_test]
async fn links_change_the_page_in_memory_without_leaving() {
    let href_before = web_sys::window().unwrap().location().href().unwrap();
    let app = mount(widget(WidgetKind::Guide, Page::Step(1))).await;
    app.wait_text_containing("h2[data-page-heading]", "Invest in Learning")
        .await;
    app.click(".cg-pagination__next a").await;
    app.wait_text_containing("h2[data-page-heading]", "Become Proficient")
        .await;
    app.click(".cg-pagination__prev a").await;
    app.wait_text_containing("h2[data-page-heading]", "Invest in Learning")
        .await;
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        href_before
    );
}

#[wasm_bindgen_test]
async fn faq_answers_open_all_at_once() {
    let app = mount(widget(WidgetKind::Guide, Page::Faq)).await;
    app.wait_count("details", 7).await;
    assert_eq!(app.find_all("details[open]").len(), 0);
    app.click_text("Show all answers").await;
    app.wait_count("details[open]", 7).await;
    app.click_text("Hide all answers").await;
    app.wait_count("details[open]", 0).await;
}

#[wasm_bindgen_test]
async fn links_out_of_a_guide_widget_go_to_the_full_app() {
    let app = mount(MountOptions {
        app_url: "https://guide.example.com/careers/".into(),
        apply_url: "https://academy.example.com/apply-now".into(),
        routing: Routing::Memory {
            start: Page::Overview,
        },
        ..widget(WidgetKind::Guide, Page::Overview)
    })
    .await;
    let href_of = |text: &str| {
        app.find_all("a")
            .into_iter()
            .find(|a| a.text_content().unwrap_or_default() == text)
            .and_then(|a| a.get_attribute("href"))
    };
    super::support::wait_for("the overview's links", || {
        href_of("Compare these salaries with your own pay").is_some()
    })
    .await;
    assert_eq!(
        href_of("Apply now").as_deref(),
        Some("https://academy.example.com/apply-now"),
        "Apply now goes where the embedder said"
    );
    assert_eq!(
        href_of("Compare these salaries with your own pay").as_deref(),
        Some("https://guide.example.com/careers/salary"),
        "a page the guide widget does not show is in the full app"
    );
    assert_eq!(
        href_of("See the 8-step roadmap").as_deref(),
        Some("https://guide.example.com/careers/roadmap"),
        "its own pages still have real addresses, for new tabs"
    );
}
