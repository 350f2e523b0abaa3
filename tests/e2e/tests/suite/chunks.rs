//! Each capability's code arrives as a chunk of its own, the first time a visitor opens
//! it. What they see when it is slow, when it cannot be downloaded, that two widgets on
//! one page download the runtime and each chunk once, and that a capability opened first
//! arrives in one download (its pack) while one opened later fetches only what is missing;
//! and how the scripts that start it all are fetched and compiled.

use e2e::{Browser, Site};
use serde_json::json;

/// The salary comparison is whole (chart, table and sentence), and focus went to its
/// title, not to a stand-in shown while it downloaded.
async fn salary_comparison_shows(browser: &Browser) {
    browser.settled().await;
    browser
        .wait_text("[data-testid=comparison]", "Average salary is $34,000")
        .await;
    browser.wait_focus("h1[data-page-heading]").await;
    assert_eq!(
        browser.text("h1[data-page-heading]").await,
        "Compare backend salaries"
    );
}

#[tokio::test]
async fn a_slow_capability_shows_a_loading_message_until_it_arrives() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/")).await;
    site.hold_files("split_salary");
    browser.click_text("Salaries").await;
    browser
        .wait_text(
            ".cg-main [role=status] h1",
            "Loading the salary comparison…",
        )
        .await;
    browser.assert_accessible("a chunk still downloading").await;
    site.release_files();
    salary_comparison_shows(&browser).await;
    assert_eq!(browser.path().await, "/salary");
    // Most of the salary comparison's code came with the guide: only the rest is fetched,
    // not its pack.
    let fetched = fetched_code(&browser).await;
    assert!(
        fetched.iter().any(|n| n.contains("pack_guide")),
        "the first page came in a pack: {fetched:?}"
    );
    assert!(
        !fetched.iter().any(|n| n.contains("pack_salary")),
        "a page opened later fetches only what is missing: {fetched:?}"
    );
    assert_each_once(&fetched);
    browser.close().await;
}

#[tokio::test]
async fn a_capability_that_cannot_be_downloaded_says_so_and_try_again_loads_it() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/")).await;
    // As if the connection dropped: the browser cannot fetch the salary chunk.
    block_urls(&browser, &["*split_salary*"]).await;
    browser.click_text("Salaries").await;
    // The visitor asked for the page, so focus goes to what happened.
    browser
        .wait_focus(".cg-main [role=alert] h1[data-page-heading]")
        .await;
    assert_eq!(
        browser.text(".cg-main [role=alert] h1").await,
        "Sorry, the salary comparison could not be downloaded"
    );
    assert_eq!(
        browser.text(".cg-main [role=alert] p").await,
        "Check your internet connection and try again."
    );
    browser
        .assert_accessible("a chunk that failed to download")
        .await;
    // Trying again while still offline says so again, without a panic.
    browser.click_text("Try again").await;
    browser
        .wait_focus(".cg-main [role=alert] h1[data-page-heading]")
        .await;
    block_urls(&browser, &[]).await;
    browser.click_text("Try again").await;
    salary_comparison_shows(&browser).await;
    // The chunk loader logs each failed download, once; nothing else went wrong.
    let reported = browser.reported().await;
    assert_eq!(
        reported.errors,
        vec![
            "[career-guide] a part of the app could not be downloaded. TypeError: Failed to fetch";
            2
        ],
        "one error per failed attempt, nothing else"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_first_page_whose_pack_cannot_be_downloaded_says_so_and_try_again_loads_it() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    block_urls(&browser, &["*pack_salary*"]).await;
    browser.goto_app(&site.url("/salary")).await;
    browser
        .wait_text(
            ".cg-main [role=alert] h1",
            "Sorry, the salary comparison could not be downloaded",
        )
        .await;
    browser
        .assert_accessible("a first page whose pack failed to download")
        .await;
    block_urls(&browser, &[]).await;
    browser.click_text("Try again").await;
    salary_comparison_shows(&browser).await;
    let reported = browser.reported().await;
    assert!(
        !reported.errors.is_empty()
            && reported
                .errors
                .iter()
                .all(|e| e.starts_with("[career-guide] a part of the app could not be downloaded. TypeError: Failed to fetch")),
        "only the failed download was reported: {:?}",
        reported.errors
    );
    browser.close().await;
}

/// Parts of a first screen render a task after the rest (the frame after the router, the
/// wizard's first step after its state and its questions after the step's frame, the salary
/// comparison's result after its choices); the app appears only once they are there.
#[tokio::test]
async fn every_first_page_appears_whole() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    for path in [
        "/",
        "/roadmap/3",
        "/salary",
        "/apply/about-you",
        "/e2e/only-salary.html",
        "/e2e/only-apply.html",
    ] {
        browser.goto_app(&site.url(path)).await;
        let reported = browser.reported().await;
        assert!(
            reported.shown_unfinished.is_empty(),
            "{path}: {:?}",
            reported.shown_unfinished
        );
    }
    browser.close().await;
}

#[tokio::test]
async fn two_widgets_on_one_page_download_the_runtime_and_each_chunk_once() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/e2e/two-salaries.html")).await;
    let fetched = fetched_code(&browser).await;
    let runtimes = fetched.iter().filter(|n| n.ends_with("_bg.wasm")).count();
    assert_eq!(runtimes, 1, "one runtime for both widgets: {fetched:?}");
    assert!(
        fetched.iter().any(|n| n.contains("pack_salary")),
        "the salary comparison came in one pack: {fetched:?}"
    );
    assert_each_once(&fetched);
    browser.close().await;
}

/// V8 compiles a script's functions on their first call, on the main thread, unless the
/// script's first line asks it to compile them all while the file downloads. Nearly every
/// function of the glue and the chunk loader runs at start-up.
#[test]
fn the_start_up_scripts_are_compiled_while_they_download() {
    let scripts = start_up_scripts();
    assert_eq!(
        scripts.len(),
        2,
        "the glue and the chunk loader: {scripts:?}"
    );
    for script in scripts {
        let text = std::fs::read_to_string(&script).expect("a script is text");
        assert!(
            text.starts_with("//# allFunctionsCalledOnLoad\n"),
            "{} does not start with V8's compile hint",
            script.display()
        );
    }
}

/// The glue imports the chunk loader; the loader asks for both at once, so on a slow
/// connection the second does not wait a round trip for the first.
#[tokio::test]
async fn the_glue_and_the_chunk_loader_download_at_once() {
    let glue = start_up_scripts()
        .into_iter()
        .filter_map(|path| path.file_name().map(|n| n.to_string_lossy().into_owned()))
        .find(|name| !name.ends_with("-chunks.js"))
        .expect("the glue is built");
    let site = Site::start().await;
    let browser = Browser::start().await;
    site.hold_files(&glue);
    browser.goto(&site.url("/")).await;
    browser
        .wait_until(
            "the chunk loader to arrive while the glue is held back",
            "return performance.getEntriesByType('resource').some(e => e.name.endsWith('-chunks.js'));",
        )
        .await;
    site.release_files();
    browser.settled().await;
    assert_each_once(&fetched_code(&browser).await);
    browser.close().await;
}

/// The built glue (`career-guide-<hash>.js`) and chunk loader (`…-chunks.js`).
fn start_up_scripts() -> Vec<std::path::PathBuf> {
    std::fs::read_dir(e2e::dist_dir())
        .expect("dist/ is built")
        .map(|entry| entry.expect("dist/ lists").path())
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with("career-guide-") && name.ends_with(".js")
        })
        .collect()
}

/// The paths of the code files the page has fetched (runtime, glue, chunks, packs).
async fn fetched_code(browser: &Browser) -> Vec<String> {
    browser
        .eval(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(n => /\\.(wasm|js|bin)$/.test(n));",
            vec![],
        )
        .await
}

fn assert_each_once(fetched: &[String]) {
    let mut seen = std::collections::BTreeSet::new();
    let repeated: Vec<&String> = fetched.iter().filter(|n| !seen.insert(*n)).collect();
    assert!(repeated.is_empty(), "fetched more than once: {repeated:?}");
}

/// As if the connection dropped for these files (URL patterns); `&[]` brings it back.
/// A widget whose stylesheet cannot be downloaded is not shown unstyled, nor left blank:
/// the host's fallback stays, and the console says why, once.
#[tokio::test]
async fn a_widget_whose_stylesheet_cannot_load_leaves_the_fallback_in_place() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    block_urls(&browser, &["*styles-*.css"]).await;
    browser.goto(&site.url("/e2e/only-salary.html")).await;
    let errors = e2e::eventually("the stylesheet's failure to be reported", || async {
        let errors = browser.reported().await.errors;
        if errors.is_empty() {
            Err("no error yet".to_owned())
        } else {
            Ok(errors)
        }
    })
    .await;
    browser.after_frames(10).await;
    let (fallback, state, errors_now): (String, Option<String>, usize) = browser
        .eval(
            "const host = document.querySelector('[data-career-guide]');
             const slot = host.shadowRoot && host.shadowRoot.querySelector('slot');
             const shown = slot ? host.textContent.trim() : '';
             return [shown, host.getAttribute('data-career-guide-state'), window.__reported.errors.length];",
            vec![],
        )
        .await;
    assert_eq!(
        fallback, "Compare backend salaries",
        "the fallback shows through its slot"
    );
    assert_eq!(state, None, "never ready");
    assert_eq!(errors_now, 1, "{errors:?}");
    assert!(
        errors[0].starts_with("[career-guide] could not start: the stylesheet")
            && errors[0].contains("did not load"),
        "{errors:?}"
    );
    browser.close().await;
}

async fn block_urls(browser: &Browser, patterns: &[&str]) {
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp("Network.setBlockedURLs", json!({ "urls": patterns }))
        .await;
}

/// A popup whose code cannot be downloaded: a link that opens it goes where it says, as it
/// does when the app cannot start, and the console says why.
#[tokio::test]
async fn a_popup_whose_code_cannot_be_downloaded_follows_its_link() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    block_urls(&browser, &["*_popup-*"]).await;
    browser.goto(&site.url("/e2e/popup.html")).await;
    browser
        .wait_until(
            "the app started on the page",
            "return document.readyState === 'complete' && performance.getEntriesByType('resource').some((e) => /_bg\\.wasm/.test(e.name));",
        )
        .await;
    browser.click("#apply-bottom").await;
    browser
        .wait_until(
            "the link followed",
            "return location.pathname === '/apply';",
        )
        .await;
    browser.close().await;
}
