use super::support::{mount, settle, widget};
use career_guide::routing::page::{Page, WidgetKind};

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn changing_a_level_updates_the_numbers_and_the_chart() {
    let app = mount(widget(WidgetKind::Salary, Page::Salary));
    settle().await;
    assert_eq!(
        app.text("[data-testid=comparison]"),
        "Average salary is $34,000 (42%) more than entry-level salary per year."
    );
    app.select("#level-a", "experienced").await;
    assert_eq!(
        app.text("[data-testid=comparison]"),
        "Experienced salary is at least $39,000 (48%) more than entry-level salary per year."
    );
    assert_eq!(app.find_all(".cg-chart__bar").len(), 4);
    app.click("#per-month").await;
    assert!(app
        .text(".cg-salary__pair")
        .contains("well over $10,000 a month"));
}

#[wasm_bindgen_test]
async fn own_pay_adds_a_bar_and_a_comparison_per_level() {
    let app = mount(widget(WidgetKind::Salary, Page::Salary));
    settle().await;
    app.type_into("#own-pay", "52k").await;
    assert_eq!(app.find_all(".cg-chart__bar--own").len(), 1);
    let results = app.text("[data-testid=own-pay-results]");
    assert!(
        results.contains("Entry-level salary is $29,000 (56%) more than your pay per year."),
        "{results}"
    );
}

#[wasm_bindgen_test]
async fn bad_pay_gets_a_message_and_keeps_the_text() {
    let app = mount(widget(WidgetKind::Salary, Page::Salary));
    settle().await;
    app.type_into("#own-pay", "fifty").await;
    app.submit(".cg-salary__own form").await;
    assert!(app
        .text("#own-pay-error")
        .contains("Enter your pay as a number"));
    let input: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(app.find("#own-pay"));
    assert_eq!(input.value(), "fifty");
    assert!(!app.all_text().contains("NaN"));
}
