//! The embed builder (`/embed`), used as a marketing person would: choose a widget and its
//! options, see the real widget change in the preview, get bad values explained in place,
//! copy the snippet with the button, and paste it into a blank page where it works.

use e2e::{Browser, Site, PASTED};
use serde_json::json;

/// The mounted widget in the preview frame: its kind and page heading, or null.
const PREVIEW: &str = "const frame = document.querySelector('[data-testid=embed-preview]');
    const doc = frame && frame.contentDocument;
    const host = doc && doc.querySelector('[data-career-guide]');
    const root = host && host.shadowRoot && host.shadowRoot.querySelector('.cg-root');
    const heading = root && !root.hidden && root.querySelector('[data-page-heading]');";

async fn preview_shows(browser: &Browser, what: &str, condition: &str) {
    browser
        .wait_until(
            what,
            &format!("{PREVIEW}\nreturn !!heading && ({condition});"),
        )
        .await;
}

async fn snippet(browser: &Browser) -> String {
    browser
        .eval(
            "return document.querySelector('#embed-snippet').value;",
            vec![],
        )
        .await
}

/// Types into a text field and leaves it, as a visitor does.
async fn fill(browser: &Browser, css: &str, text: &str) {
    browser.type_into(css, text).await;
    browser.press(e2e::Key::Tab).await;
}

#[tokio::test]
async fn a_marketing_person_builds_checks_copies_and_pastes_a_working_snippet() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/embed")).await;
    assert_eq!(
        browser.title().await,
        "Put the guide on your page | Melsoft Academy Backend Career Guide"
    );
    preview_shows(
        &browser,
        "the salary widget in the preview",
        "host.dataset.careerGuide === 'salary'",
    )
    .await;
    browser.assert_accessible("embed builder").await;

    // The guide, starting on a step of the roadmap.
    browser.click("label[for=embed-kind-3]").await;
    browser
        .find("#embed-view")
        .await
        .select_by_value("roadmap/3")
        .await
        .unwrap();
    preview_shows(
        &browser,
        "the guide's third step in the preview",
        "host.dataset.careerGuide === 'guide' && heading.textContent.includes('Hone Your Skills')",
    )
    .await;
    assert!(snippet(&browser)
        .await
        .contains("data-career-guide=\"guide\" data-view=\"roadmap/3\""));

    // The application form: nothing to choose for its start, it starts where the
    // visitor should (a later question sends them back to the first unanswered).
    browser.click("label[for=embed-kind-2]").await;
    preview_shows(
        &browser,
        "the wizard in the preview",
        "host.dataset.careerGuide === 'apply'",
    )
    .await;
    assert!(!browser.exists("#embed-view").await);

    // A bad endpoint is explained beside the field and left out of the snippet.
    fill(&browser, "#embed-endpoint", "javascript:alert(1)").await;
    browser
        .wait_text(
            "#embed-endpoint-error",
            "Enter a web address that starts with https://",
        )
        .await;
    assert!(!snippet(&browser).await.contains("data-endpoint"));
    assert_eq!(
        browser
            .eval::<String>(
                "return document.querySelector('#embed-endpoint').value;",
                vec![]
            )
            .await,
        "javascript:alert(1)",
        "what was typed stays to be corrected"
    );
    browser
        .assert_accessible("embed builder with an error")
        .await;
    let endpoint = site.endpoint_url();
    fill(&browser, "#embed-endpoint", &endpoint).await;
    browser
        .wait_until(
            "the error to go",
            "return !document.querySelector('#embed-endpoint-error');",
        )
        .await;

    // A faint accent: the builder says what the widget will use; the preview uses it.
    fill(&browser, "#embed-accent", "#7fb3d5").await;
    browser
        .wait_text(
            ".cg-builder__note",
            "The widget will adjust it: #7fb3d5 has a contrast of 2.3:1",
        )
        .await;
    browser.click("label[for=embed-theme-3]").await;
    preview_shows(
        &browser,
        "the dark, themed wizard in the preview",
        "root.dataset.theme === 'dark' && root.style.getPropertyValue('--cg-success').startsWith('light-dark(#')",
    )
    .await;
    fill(&browser, "#embed-radius", "6px").await;
    preview_shows(
        &browser,
        "rounded corners in the preview",
        "getComputedStyle(root.querySelector('.cg-button')).borderRadius === '6px'",
    )
    .await;

    // The preview at a phone's width.
    browser.click("label[for=embed-width-1]").await;
    browser
        .wait_until(
            "a 320px preview",
            "return document.querySelector('[data-testid=embed-preview]').getBoundingClientRect().width === 320;",
        )
        .await;
    browser
        .assert_accessible("embed builder, themed wizard preview")
        .await;

    // Copy with the button; the clipboard holds exactly the snippet shown.
    let origin = site.origin().to_owned();
    browser
        .cdp(
            "Browser.grantPermissions",
            json!({ "origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        )
        .await;
    browser.click_text("Copy the snippet").await;
    browser.wait_text(".cg-builder__status", "Copied.").await;
    let copied: String = browser
        .eval_async("navigator.clipboard.readText().then(done, e => done('failed: ' + e));")
        .await;
    let shown = snippet(&browser).await;
    assert_eq!(copied, shown);
    for expected in [
        format!("<script src=\"{origin}/career-guide.js\" defer></script>"),
        format!("data-career-guide=\"apply\" data-endpoint=\"{endpoint}\""),
        "data-theme=\"dark\" style=\"--career-guide-accent: #7fb3d5; --career-guide-radius: 6px\""
            .to_owned(),
    ] {
        assert!(copied.contains(&expected), "{expected} in {copied}");
    }

    // Pasted into a blank page, it is the widget the preview showed, and it sends.
    site.paste(&copied);
    browser.goto_app(&site.url(PASTED)).await;
    let pasted: Vec<String> = browser
        .eval(
            "const host = document.querySelector('[data-career-guide]');
             const root = host.shadowRoot.querySelector('.cg-root');
             return [host.dataset.careerGuide, root.dataset.theme,
                     root.querySelector('.cg-wizard').dataset.step,
                     getComputedStyle(root.querySelector('.cg-button')).borderRadius];",
            vec![],
        )
        .await;
    assert_eq!(pasted, ["apply", "dark", "about-you", "6px"]);
    let reported = browser.reported().await;
    assert!(reported.errors.is_empty(), "{:?}", reported.errors);
    assert!(
        reported
            .warnings
            .iter()
            .all(|w| w.contains("--career-guide-accent")),
        "only the faint accent is mentioned: {:?}",
        reported.warnings
    );
    browser.assert_accessible("the pasted snippet").await;
    browser.close().await;
}

#[tokio::test]
async fn the_builder_previews_and_writes_a_popup_and_a_frame_that_work_when_pasted() {
    // The framed page, sandboxed, loads the build across origins.
    let site = Site::start_with(e2e::SiteOptions {
        cors: true,
        ..e2e::SiteOptions::default()
    })
    .await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/embed")).await;

    // A popup: the preview is a page with the button that opens it.
    browser.click("label[for=embed-mode-2]").await;
    browser.click("label[for=embed-kind-2]").await;
    browser
        .wait_until(
            "the preview's button",
            "const doc = document.querySelector('[data-testid=embed-preview]').contentDocument;
             return !!(doc && doc.querySelector('.preview-opener[data-career-guide-open=apply]'));",
        )
        .await;
    // (The popup itself is checked on a host page in popup.rs: axe cannot place what is
    // in the browser's top layer beyond the end of a page this short.)
    browser
        .assert_accessible("embed builder previewing a popup's button")
        .await;
    browser.client.enter_frame(Some(0)).await.unwrap();
    browser.click(".preview-opener").await;
    browser
        .wait_until(
            "the popup in the preview",
            "const root = document.querySelector('[data-career-guide-popup]')?.shadowRoot;
             return root?.querySelector('dialog').open && root.activeElement?.textContent === 'About you';",
        )
        .await;
    browser.client.enter_parent_frame().await.unwrap();
    let popup = snippet(&browser).await;
    assert!(
        popup.contains(&format!(
            "<a href=\"{}/apply\" data-career-guide-open=\"apply\">Apply now</a>",
            site.origin()
        )),
        "{popup}"
    );
    site.paste(&popup);
    browser.goto(&site.url(PASTED)).await;
    browser.click_text("Apply now").await;
    browser
        .wait_until(
            "the pasted popup",
            "const root = document.querySelector('[data-career-guide-popup]')?.shadowRoot;
             return root?.querySelector('dialog').open && root.activeElement?.textContent === 'About you';",
        )
        .await;

    // A frame: the preview is the framed page itself; the iframe pasted works.
    browser.goto_app(&site.url("/embed")).await;
    browser.click("label[for=embed-mode-3]").await;
    browser.click("label[for=embed-kind-1]").await;
    browser
        .wait_until(
            "the framed page in the preview",
            "return document.querySelector('[data-testid=embed-preview]').getAttribute('src').includes('/frame.html?widget=salary');",
        )
        .await;
    let framed = snippet(&browser).await;
    assert!(
        framed.starts_with(&format!(
            "<iframe src=\"{}/frame.html?widget=salary\" title=\"Compare backend salaries\" data-career-guide-frame",
            site.origin()
        )),
        "{framed}"
    );
    site.paste(&framed);
    browser.goto(&site.url(PASTED)).await;
    browser.client.enter_frame(Some(0)).await.unwrap();
    browser.settled().await;
    browser
        .wait_shadow_text("[data-career-guide]", "h1", "Compare backend salaries")
        .await;
    browser.client.enter_parent_frame().await.unwrap();
    browser.close().await;
}

#[tokio::test]
async fn the_builder_sets_up_prefill_hidden_fields_attribution_and_analytics() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/embed")).await;
    browser.click("label[for=embed-kind-2]").await;
    fill(&browser, "#embed-track", "python").await;
    // A line that cannot be sent is explained in place and left out.
    browser
        .type_into("#embed-fields", "partner=acme\nFirst Name=Ada")
        .await;
    browser.press(e2e::Key::Tab).await;
    browser
        .wait_text(
            "#embed-fields-error",
            "Line 2: the field cannot be sent because its name is not kept",
        )
        .await;
    assert!(!snippet(&browser).await.contains("data-field"));
    browser
        .assert_accessible("embed builder with a bad hidden field")
        .await;
    browser.find("#embed-fields").await.clear().await.unwrap();
    fill(&browser, "#embed-fields", "partner=acme").await;
    browser.click("label[for=embed-persist]").await;
    browser.click("label[for=embed-analytics]").await;
    browser
        .wait_until(
            "the snippet with every choice",
            "return document.querySelector('#embed-snippet').value.includes('data-analytics=\"datalayer\"');",
        )
        .await;
    let written = snippet(&browser).await;
    assert!(
        written.contains(
            "data-career-guide=\"apply\" data-track=\"python\" data-field-partner=\"acme\" \
             data-attribution=\"persist\" data-analytics=\"datalayer\""
        ),
        "{written}"
    );
    browser.close().await;
}
