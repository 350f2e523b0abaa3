//! Widgets in a popup over a landing page (tests/e2e/pages/popup.html): "Apply now"
//! buttons and a `#career-guide-salary` link open them in a modal dialog, as a visitor
//! with a mouse, a keyboard or a phone meets it.

use e2e::wizard::apply_in_widget;
use e2e::{Browser, Site};
use fantoccini::key::Key;
use serde_json::Value;

/// Our element at the end of the body whose shadow root holds the dialog.
const POPUP: &str = "[data-career-guide-popup]";

/// The dialog as a screen reader and the page see it.
#[derive(serde::Deserialize, Debug)]
struct Dialog {
    open: bool,
    tag: String,
    modal: Option<String>,
    /// The text of the element its `aria-labelledby` names.
    label: Option<String>,
    /// Where focus is, inside the popup's shadow root (none: outside it).
    focused: Option<String>,
    rect: (f64, f64, f64, f64),
    page_overflow: String,
}

/// JS: the shadow root of the popup that is open, else of the first one.
const POPUP_ROOT: &str = "const roots = [...document.querySelectorAll('[data-career-guide-popup]')].map((h) => h.shadowRoot);
    const root = roots.find((r) => r.querySelector('dialog').open) || roots[0];";

const DIALOG: &str = "
    const dialog = root && root.querySelector('dialog');
    if (!dialog) return null;
    const label = root.getElementById(dialog.getAttribute('aria-labelledby'));
    const r = dialog.getBoundingClientRect();
    const focused = root.activeElement;
    return {
        open: dialog.open,
        tag: dialog.tagName,
        modal: dialog.getAttribute('aria-modal'),
        label: label ? label.textContent : null,
        focused: focused ? (focused.id || focused.tagName) + ':' + focused.textContent.slice(0, 30) : null,
        rect: [r.x, r.y, r.width, r.height],
        page_overflow: getComputedStyle(document.documentElement).overflow,
    };";

async fn dialog(browser: &Browser) -> Option<Dialog> {
    browser.eval(&format!("{POPUP_ROOT}{DIALOG}"), vec![]).await
}

/// Waits until the popup is open with its widget shown and focus on its title.
async fn open_and_whole(browser: &Browser) -> Dialog {
    browser
        .wait_until(
            "the popup open with its widget",
            &format!(
                "{POPUP_ROOT}
                 const dialog = root?.querySelector('dialog');
                 return dialog?.open && !root.querySelector('.cg-popup__loading')
                     && root.activeElement?.matches('[data-page-heading]')
                     && !root.querySelector('[data-later], .cg-loading');"
            ),
        )
        .await;
    dialog(browser).await.expect("the dialog")
}

async fn open_page(browser: &Browser, site: &Site, path: &str) {
    browser.goto(&site.url(path)).await;
    browser
        .wait_until(
            "the page and its loader (a deferred script, run before the load event)",
            "return document.readyState === 'complete';",
        )
        .await;
}

#[tokio::test]
async fn apply_now_opens_the_wizard_in_a_dialog_that_keeps_focus_and_gives_the_page_back() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.viewport(1280, 800).await;
    open_page(&browser, &site, "/e2e/popup.html").await;
    // The page's own overflow, and a visitor who scrolled down to the second button.
    let scrolled: f64 = browser
        .eval(
            "document.documentElement.style.overflow = 'auto';
             document.getElementById('apply-bottom').scrollIntoView({ block: 'center' });
             return scrollY;",
            vec![],
        )
        .await;
    assert!(scrolled > 500.0, "{scrolled}");
    // A page with openers fetches the popup's code before anyone opens one.
    browser
        .wait_until(
            "the popup's code fetched ahead of a click",
            "return performance.getEntriesByType('resource').some((e) => /career-guide-(split|pack)_popup-/.test(e.name));",
        )
        .await;
    browser.click("#apply-bottom").await;
    let open = open_and_whole(&browser).await;
    assert!(open.open, "{open:?}");
    assert_eq!(open.tag, "DIALOG");
    assert_eq!(open.modal.as_deref(), Some("true"));
    assert_eq!(
        open.label.as_deref(),
        Some("About you"),
        "labelled by its heading"
    );
    assert_eq!(
        open.page_overflow, "hidden",
        "the page behind does not scroll"
    );
    browser.assert_accessible("the wizard in a popup").await;

    // Tab and Shift+Tab stay inside.
    for backwards in [false, true] {
        for _ in 0..25 {
            if backwards {
                browser.press_shifted(Key::Tab).await;
            } else {
                browser.press(Key::Tab).await;
            }
            let inside = dialog(&browser).await.and_then(|d| d.focused);
            assert!(inside.is_some(), "focus left the dialog");
        }
    }

    // A name typed, then Escape: closed, focus back on the button, the page as it was.
    browser.click_in_shadow(POPUP, "#full-name").await;
    browser.type_keys("Thandiwe").await;
    browser.press(Key::Escape).await;
    browser
        .wait_until("the dialog to close", "return !document.querySelector('[data-career-guide-popup]').shadowRoot.querySelector('dialog').open;")
        .await;
    // The page is given back on the dialog's `close` event, a task after it closes; focus
    // on the opener is the last thing put back.
    browser.wait_focus("#apply-bottom").await;
    let (scroll, overflow): (f64, String) = browser
        .eval(
            "return [scrollY, document.documentElement.style.overflow];",
            vec![],
        )
        .await;
    assert_eq!(scroll, scrolled, "the page's scroll position");
    assert_eq!(overflow, "auto", "the page's own overflow");

    // The other button with the same attributes opens the same wizard, name kept; the
    // close button closes it.
    browser
        .eval::<Value>("window.scrollTo(0, 0); return null;", vec![])
        .await;
    browser.click("#apply-top").await;
    open_and_whole(&browser).await;
    let name: String = browser
        .eval(
            "return document.querySelector('[data-career-guide-popup]').shadowRoot.getElementById('full-name').value;",
            vec![],
        )
        .await;
    assert_eq!(name, "Thandiwe", "the draft is kept");
    browser.click_in_shadow(POPUP, ".cg-popup__close").await;
    browser.wait_focus("#apply-top").await;
    let popups: u32 = browser
        .eval(
            "return document.querySelectorAll('[data-career-guide-popup]').length;",
            vec![],
        )
        .await;
    assert_eq!(popups, 1);

    // And a whole application, sent from the popup.
    browser.click("#apply-top").await;
    open_and_whole(&browser).await;
    apply_in_widget(&browser, POPUP).await;
    assert_eq!(site.received().len(), 1);
    let reported = browser.reported().await;
    assert!(reported.errors.is_empty(), "{:?}", reported.errors);
    browser.close().await;
}

#[tokio::test]
async fn a_link_opens_the_salary_widget_in_the_openers_brand_but_never_by_itself() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    // Arriving with the link's address: nothing opens until the visitor asks.
    open_page(&browser, &site, "/e2e/popup.html#career-guide-salary").await;
    browser.after_frames(10).await;
    assert!(dialog(&browser).await.is_none(), "it never opens by itself");
    // With the keyboard: focus the link, press Enter.
    browser.tab_to("#salary-link").await;
    browser.press(Key::Enter).await;
    let open = open_and_whole(&browser).await;
    assert_eq!(open.label.as_deref(), Some("Compare backend salaries"));
    assert_eq!(
        browser
            .eval::<String>("return location.hash;", vec![])
            .await,
        "#career-guide-salary",
        "the address is as it was"
    );
    browser
        .assert_accessible("the salary widget in a popup")
        .await;
    browser.press(Key::Escape).await;
    browser.wait_focus("#salary-link").await;

    // The opener's brand (the button's --career-guide-accent) is the popup's.
    browser.click("#apply-top").await;
    open_and_whole(&browser).await;
    let button: String = browser
        .eval(
            &format!(
                "{POPUP_ROOT} return getComputedStyle(root.querySelector('button[type=submit]')).backgroundColor;"
            ),
            vec![],
        )
        .await;
    assert_eq!(button, "rgb(11, 114, 133)");
    browser.close().await;
}

#[tokio::test]
async fn on_a_phone_the_popup_is_the_whole_screen_and_works_with_the_keyboard_open() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.viewport(360, 640).await;
    open_page(&browser, &site, "/e2e/popup.html").await;
    browser.click("#apply-top").await;
    let open = open_and_whole(&browser).await;
    assert_eq!(open.rect, (0.0, 0.0, 360.0, 640.0), "the whole screen");
    browser
        .assert_accessible("the wizard in a popup on a phone")
        .await;
    // The on-screen keyboard takes half the screen: the popup follows, and every field
    // and Continue can still be reached and seen.
    browser.viewport(360, 320).await;
    browser.click_in_shadow(POPUP, "#full-name").await;
    browser.tab_to("button[type=submit]").await;
    let (height, top, bottom): (f64, f64, f64) = browser
        .eval(
            "const root = document.querySelector('[data-career-guide-popup]').shadowRoot;
             const r = root.activeElement.getBoundingClientRect();
             return [root.querySelector('dialog').getBoundingClientRect().height, r.top, r.bottom];",
            vec![],
        )
        .await;
    assert_eq!(height, 320.0);
    assert!(
        top >= 0.0 && bottom <= 320.0,
        "Continue in sight: {top}..{bottom}"
    );
    browser.close().await;
}

#[tokio::test]
async fn on_a_bootstrap_theme_under_the_strict_csp_the_popup_leaves_the_page_as_it_was() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open_page(&browser, &site, &e2e::host_pages::RESUME.with_popup()).await;
    let before: (f64, String) = browser
        .eval(
            "document.getElementById('apply-now').scrollIntoView({ block: 'center', behavior: 'instant' });
             return [scrollY, getComputedStyle(document.documentElement).overflow];",
            vec![],
        )
        .await;
    assert!(
        before.0 > 1000.0,
        "the button is far down the page: {before:?}"
    );
    browser.click("#apply-now").await;
    open_and_whole(&browser).await;
    browser
        .assert_accessible_within("the popup on the resume theme", Some(POPUP))
        .await;
    browser.press(Key::Escape).await;
    browser.wait_focus("#apply-now").await;
    let after: (f64, String, String) = browser
        .eval(
            "return [scrollY, getComputedStyle(document.documentElement).overflow, document.documentElement.getAttribute('style') ?? ''];",
            vec![],
        )
        .await;
    assert_eq!(
        (after.0, after.1.clone()),
        before,
        "scroll and overflow as they were"
    );
    assert_eq!(after.2, "", "no style left on the page's root");
    let reported = browser.reported().await;
    let ours: Vec<&String> = reported
        .csp
        .iter()
        .chain(&reported.errors)
        .filter(|e| e.contains("career-guide"))
        .collect();
    assert!(ours.is_empty(), "{ours:?}");
    browser.close().await;
}
