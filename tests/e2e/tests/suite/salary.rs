//! The salary comparison in the release build, as a visitor uses it.

use e2e::{Browser, Key, Site};

/// Opens the page and waits until the whole widget is there (chart and table included).
async fn open(browser: &Browser, site: &Site, path: &str) {
    browser.goto_app(&site.url(path)).await;
}

/// Types `pay` into the field and presses Enter, as a visitor does.
async fn enter_pay(browser: &Browser, pay: &str) {
    browser.type_into("#own-pay", pay).await;
    browser.keys(&Key::Enter.to_string()).await;
}

#[tokio::test]
async fn two_levels_side_by_side_keep_their_qualifiers() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/salary").await;
    browser
        .wait_text(
            "[data-testid=comparison]",
            "Average salary is $34,000 (42%) more than entry-level salary per year.",
        )
        .await;
    browser.assert_accessible("salary default").await;
    browser
        .find("#level-a")
        .await
        .select_by_value("experienced")
        .await
        .unwrap();
    browser
        .find("#level-b")
        .await
        .select_by_value("total-compensation")
        .await
        .unwrap();
    browser
        .wait_text(
            "[data-testid=comparison]",
            "Experienced salary is up to $99,564 (45%) less than total compensation per year.",
        )
        .await;
    let pair = browser.text(".cg-salary__pair").await;
    assert!(pair.contains("well over $120,000 a year"), "{pair}");
    assert!(pair.contains("reaching $219,564 a year"), "{pair}");
    assert!(
        pair.contains("Total compensation (including bonuses)"),
        "{pair}"
    );
    assert!(browser
        .path()
        .await
        .contains("from=experienced&to=total-compensation"));
    // The qualifier is never dropped anywhere on the page.
    let page: String = browser
        .eval("return document.body.innerText;", vec![])
        .await;
    for bare in ["$120,000 a year", "$81,000 a year", "$115,000 a year"] {
        let count = page.matches(bare).count();
        let qualified = page.matches(&format!("well over {bare}")).count()
            + page.matches(&format!("starts around {bare}")).count()
            + page.matches(&format!("approximately {bare}")).count();
        assert_eq!(count, qualified, "{bare} appears without its qualifier");
    }
    browser.close().await;
}

#[tokio::test]
async fn own_pay_is_read_in_every_accepted_form() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/salary").await;
    for (typed, shown) in [
        ("52000", "$52,000"),
        ("52,000", "$52,000"),
        ("$52,000", "$52,000"),
        ("52k", "$52,000"),
        ("52.5k", "$52,500"),
        (" $ 52 000 ", "$52,000"),
    ] {
        enter_pay(&browser, typed).await;
        browser
            .wait_text(".cg-salary__mine", &format!("Your pay: {shown} a year."))
            .await;
        assert!(
            !browser.exists("#own-pay-error").await,
            "{typed:?} is accepted"
        );
    }
    browser
        .wait_text(
            "[data-testid=own-pay-results]",
            "Entry-level salary is $29,000 (56%) more than your pay per year.",
        )
        .await;
    assert_eq!(
        browser
            .eval::<usize>(
                "return document.querySelectorAll('.cg-chart__bar--own').length;",
                vec![]
            )
            .await,
        1
    );
    assert!(
        browser.exists(".cg-chart__marker").await,
        "a line marks your pay across the bars"
    );
    browser.assert_accessible("salary with own pay").await;
    // Monthly and hourly pay are turned into yearly pay.
    enter_pay(&browser, "4,000").await;
    browser.click("label[for=pay-per-month]").await;
    browser
        .wait_text(".cg-salary__mine", "Your pay: $48,000 a year.")
        .await;
    browser.click("label[for=pay-per-hour]").await;
    enter_pay(&browser, "25.50").await;
    browser
        .wait_text(".cg-salary__mine", "Your pay: $53,040 a year.")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn every_figure_switches_between_year_month_and_hour() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/salary").await;
    browser.click("label[for=per-hour]").await;
    browser
        .wait_text(".cg-salary__pair", "starts around $38.94 an hour")
        .await;
    browser
        .wait_text(
            "[data-testid=comparison]",
            "Average salary is $16.35 (42%) more than entry-level salary per hour.",
        )
        .await;
    assert!(browser
        .text(".cg-hint")
        .await
        .contains("2,080-hour working year"));
    browser.wait_text(".cg-table__caption", "per hour").await;
    browser.click("label[for=per-month]").await;
    browser
        .wait_text(".cg-salary__pair", "approximately $9,583 a month")
        .await;
    browser.assert_accessible("salary per month").await;
    browser.close().await;
}

#[tokio::test]
async fn the_address_shares_the_comparison_and_a_reload_restores_it() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/salary").await;
    browser
        .find("#level-a")
        .await
        .select_by_value("experienced")
        .await
        .unwrap();
    browser.click("label[for=per-month]").await;
    enter_pay(&browser, "52k").await;
    browser
        .wait_until(
            "the pay in the address",
            "return location.search.includes('pay=52k')",
        )
        .await;
    let shared = browser.client.current_url().await.unwrap().to_string();
    // Open the copied link in a fresh browser, as the person it was sent to would.
    let other = Browser::start().await;
    other.goto_app(&shared).await;
    other
        .wait_text(".cg-salary__mine", "Your pay: $4,333 a month.")
        .await;
    let state: (String, bool, String) = other
        .eval(
            "return [document.querySelector('#level-a').value, document.querySelector('#per-month').checked, document.querySelector('#own-pay').value];",
            vec![],
        )
        .await;
    assert_eq!(state, ("experienced".to_owned(), true, "52k".to_owned()));
    other.reload().await;
    other
        .wait_text(".cg-salary__mine", "Your pay: $4,333 a month.")
        .await;
    other.close().await;
    browser.close().await;
}

#[tokio::test]
async fn bad_pay_gets_a_clear_message_beside_the_field_and_keeps_what_was_typed() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/salary").await;
    for (typed, message) in [
        ("", "Enter your current pay, like 52,000 or 52k"),
        (
            "abc",
            "Enter your pay as a number, like 52000, $52,000 or 52.5k",
        ),
        ("-52000", "Your pay must be more than $0"),
        ("0", "Your pay must be more than $0"),
        ("20,000,000", "Your pay must be $10,000,000 a year or less"),
        ("5,20,00", "Use commas only between thousands"),
    ] {
        browser.type_into("#own-pay", typed).await;
        browser.click_text("Compare my pay").await;
        browser.wait_text("#own-pay-error", message).await;
        let value: String = browser
            .eval("return document.querySelector('#own-pay').value;", vec![])
            .await;
        assert_eq!(value, typed, "what was typed stays");
        let described: String = browser
            .eval(
                "return document.querySelector('#own-pay').getAttribute('aria-describedby');",
                vec![],
            )
            .await;
        assert!(described.contains("own-pay-error"));
        let page: String = browser
            .eval("return document.body.innerText;", vec![])
            .await;
        assert!(
            !page.contains("NaN") && !page.contains("undefined"),
            "{typed:?}"
        );
        assert!(
            !browser.exists(".cg-chart__bar--own").await,
            "{typed:?} draws no bar"
        );
    }
    browser.assert_accessible("salary error").await;
    // A good value clears the message.
    enter_pay(&browser, "52k").await;
    browser.wait_text(".cg-salary__mine", "$52,000").await;
    assert!(!browser.exists("#own-pay-error").await);
    browser.close().await;
}

#[tokio::test]
async fn a_malformed_address_falls_back_to_defaults_without_error() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(
        &browser,
        &site,
        "/salary?from=%3Cscript%3E&to=nope&per=fortnight&pay=lots&pay_per=decade",
    )
    .await;
    browser
        .wait_text(
            "[data-testid=comparison]",
            "Average salary is $34,000 (42%) more than entry-level salary per year.",
        )
        .await;
    assert!(!browser.exists("#own-pay-error").await);
    assert_eq!(
        browser
            .eval::<String>("return document.querySelector('#own-pay').value;", vec![])
            .await,
        ""
    );
    browser.close().await;
}

#[tokio::test]
async fn apply_now_carries_nothing_private_and_the_note_names_the_sources() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/salary?pay=52k").await;
    let apply: Vec<String> = browser
        .eval("return [...document.querySelectorAll('main a')].filter(a => a.textContent.trim() === 'Apply now').map(a => a.href);", vec![])
        .await;
    assert_eq!(apply, [site.url("/apply")]);
    let note = browser.text(".cg-inset").await;
    assert!(note.contains("not a promise of what graduates"), "{note}");
    let table = browser.text(".cg-table").await;
    assert!(
        table.contains("2025") && table.contains("Total compensation (including bonuses)"),
        "{table}"
    );
    browser
        .wait_text(
            ".cg-sources",
            "Some sources indicate even higher average salaries",
        )
        .await;
    browser
        .wait_text(
            ".cg-salary",
            "Jobs for web developers and digital designers: 8% growth, 2023 to 2033",
        )
        .await;
    let chart: (String, String) = browser
        .eval("const s = document.querySelector('svg.cg-chart'); return [s.querySelector('title').textContent, s.querySelector('desc').textContent];", vec![])
        .await;
    assert_eq!(chart.0, "Backend pay per year");
    assert!(chart.1.contains("Your pay: $52,000 a year"), "{}", chart.1);
    browser.close().await;
}

#[tokio::test]
async fn the_chart_and_table_fit_a_320px_phone_in_dark_mode() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.viewport(320, 700).await;
    browser.emulate(&[("prefers-color-scheme", "dark")]).await;
    open(&browser, &site, "/salary?pay=52k").await;
    let (page_overflow, chart_width): (i64, f64) = browser
        .eval(
            "return [document.documentElement.scrollWidth - document.documentElement.clientWidth, document.querySelector('svg.cg-chart').getBoundingClientRect().width];",
            vec![],
        )
        .await;
    let wide: Vec<String> = browser
        .eval(
            "return [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).slice(-5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent || '').slice(0, 40));",
            vec![],
        )
        .await;
    assert!(
        page_overflow <= 0,
        "the page scrolls sideways by {page_overflow}px; too wide: {wide:?}"
    );
    assert!(chart_width <= 290.0, "chart is {chart_width}px wide");
    let bar_fill: String = browser
        .eval(
            "return getComputedStyle(document.querySelector('.cg-chart__bar')).fill;",
            vec![],
        )
        .await;
    assert_eq!(bar_fill, "rgb(143, 179, 255)", "bars follow dark mode");
    browser.assert_accessible("salary at 320px, dark").await;
    browser.close().await;
}
