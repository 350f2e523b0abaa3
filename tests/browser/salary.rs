use super::support::{mount, widget};
use career_guide::routing::page::{Page, WidgetKind};

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn changing_a_level_updates_the_numbers_and_the_chart() {
    let app = mount(widget(WidgetKind::Salary, Page::Salary)).await;
    app.wait_text(
        "[data-testid=comparison]",
        "Average salary is $34,000 (42%) more than entry-level salary per year.",
    )
    .await;
    app.select("#level-a", "experienced").await;
    app.wait_text(
        "[data-testid=comparison]",
        "Experienced salary is at least $39,000 (48%) more than entry-level salary per year.",
    )
    .await;
    app.wait_count(".cg-chart__bar", 4).await;
    app.click("#per-month").await;
    app.wait_text_containing(".cg-salary__pair", "well over $10,000 a month")
        .await;
}

#[wasm_bindgen_test]
async fn own_pay_adds_a_bar_and_a_comparison_per_level() {
    let app = mount(widget(WidgetKind::Salary, Page::Salary)).await;
    app.type_into("#own-pay", "52k").await;
    app.wait_count(".cg-chart__bar--own", 1).await;
    app.wait_text_containing(
        "[data-testid=own-pay-results]",
        "Entry-level salary is $29,000 (56%) more than your pay per year.",
    )
    .await;
}

#[wasm_bindgen_test]
async fn bad_pay_gets_a_message_and_keeps_the_text() {
    let app = mount(widget(WidgetKind::Salary, Page::Salary)).await;
    app.type_into("#own-pay", "fifty").await;
    app.click_text("Compare my pay").await;
    app.wait_text_containing("#own-pay-error", "Enter your pay as a number")
        .await;
    let input: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(app.find("#own-pay"));
    assert_eq!(input.value(), "fifty");
    assert!(!app.all_text().contains("NaN"));
}
