//! The widgets fit any column a host puts them in, from 280px to 1400px wide: nothing
//! scrolls sideways, in the widget or the host; the chart and table stay readable; every
//! control is a touch target of at least 44 by 44 pixels (WCAG 2.5.8 asks 24; we aim higher).

use e2e::wizard::answer_in_widget;
use e2e::{Browser, BrowserOptions};
use serde_json::{json, Value};

const WIDTHS: [u32; 6] = [280, 320, 400, 640, 1000, 1400];
const WIDGETS: [&str; 3] = ["#salary", "#apply", "#guide"];

/// Everything that looks wrong in the widget at `host`, or in the page around it.
const PROBLEMS: &str = "const [host, width] = arguments;
    const problems = [];
    if (document.documentElement.scrollWidth > innerWidth)
        problems.push('the host page scrolls sideways: ' + document.documentElement.scrollWidth);
    const root = document.querySelector(host).shadowRoot.querySelector('.cg-root');
    const box = root.getBoundingClientRect();
    if (Math.round(box.width) > width) problems.push('the widget is ' + box.width + 'px wide');
    if (root.scrollWidth > root.clientWidth + 1) problems.push('the widget scrolls sideways: ' + root.scrollWidth);
    const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
        (el.className && el.className.baseVal === undefined ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '') +
        ' \"' + (el.textContent || '').trim().slice(0, 30) + '\"';
    for (const el of root.querySelectorAll('*')) {
        // The honeypot is off screen on purpose, out of sight, sound and reach.
        if (el.closest('[aria-hidden=true], [inert]')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.right > box.right + 1 || r.left < box.left - 1) problems.push('sticks out: ' + name(el) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
    }
    // Touch targets: controls, and the labels that stand for radios and checkboxes. Links
    // inside sentences are exempt (WCAG 2.5.8's inline exception).
    const targets = 'button, select, textarea, input:not([type=radio]):not([type=checkbox]):not([type=hidden]), ' +
        'label.cg-radios__label, label.cg-checkboxes__label, .cg-checkbox label, summary, ' +
        'a.cg-button, a.cg-card, .cg-nav a, .cg-back-link, .cg-pager a, .cg-link-button, ' +
        '.cg-summary-list__actions a, .cg-pagination a, .cg-step-list a';
    for (const el of root.querySelectorAll(targets)) {
        if (el.closest('[aria-hidden=true], [hidden], [inert]')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.height < 44 || r.width < 44) problems.push('small target: ' + name(el) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
    }
    // The chart and table stay readable: whole, and text no smaller than 12px.
    for (const el of root.querySelectorAll('svg.cg-chart, table')) {
        const r = el.getBoundingClientRect();
        if (r.width < Math.min(width, 280) - 40) problems.push(el.tagName + ' squeezed to ' + Math.round(r.width) + 'px');
    }
    for (const el of root.querySelectorAll('td, th, .cg-chart text')) {
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 12) problems.push('tiny text (' + size + 'px): ' + name(el));
    }
    return problems;";

#[tokio::test]
async fn every_widget_fits_columns_from_280_to_1400_pixels() {
    let site = e2e::Site::start().await;
    let browser = Browser::start_with(BrowserOptions {
        width: 1500,
        height: 900,
        ..BrowserOptions::default()
    })
    .await;
    browser.goto_app(&site.url("/e2e/column.html")).await;
    let mut problems = check_widths(&browser, &WIDGETS).await;
    // The wizard's choices and its review, in a column too.
    for step in ["background", "check-answers"] {
        set_width(&browser, 1400).await;
        answer_in_widget(&browser, "#apply", step).await;
        problems.extend(check_widths(&browser, &["#apply"]).await);
    }
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    browser.close().await;
}

async fn set_width(browser: &Browser, width: u32) {
    browser
        .eval::<Value>(
            "document.querySelector('#column').style.width = arguments[0] + 'px'; return null;",
            vec![json!(width)],
        )
        .await;
    browser.after_frames(2).await;
}

/// What is wrong with `widgets` at every width, each named with its widget and width.
async fn check_widths(browser: &Browser, widgets: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    for width in WIDTHS {
        set_width(browser, width).await;
        for widget in widgets {
            let step: String = browser
                .eval(
                    "const w = document.querySelector(arguments[0]).shadowRoot.querySelector('.cg-wizard');
                     return w ? ' (' + w.dataset.step + ')' : '';",
                    vec![json!(widget)],
                )
                .await;
            let found: Vec<String> = browser
                .eval(PROBLEMS, vec![json!(widget), json!(width)])
                .await;
            problems.extend(
                found
                    .into_iter()
                    .map(|p| format!("{widget}{step} at {width}px: {p}")),
            );
        }
    }
    problems
}
