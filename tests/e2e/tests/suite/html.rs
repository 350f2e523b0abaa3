//! Valid HTML, checked by the Nu Html Checker: the files the build ships, and every route
//! (and the demo page's widgets) as the browser holds them after the app has mounted.

use e2e::{html_errors, Browser, Site};

/// Every route of the standalone site beyond the guide's pages.
const OTHER_ROUTES: [&str; 4] = ["/salary", "/apply/about-you", "/embed", "/no-such-page"];

/// The page as the browser holds it now, as a document.
const RENDERED: &str = "return '<!doctype html>\\n' + document.documentElement.outerHTML;";

/// Each widget's shadow root on the page, as a document of its own (what the checker can
/// read: shadow content is not part of the page's markup).
const SHADOW_ROOTS: &str = "return [...document.querySelectorAll('[data-career-guide]')]
    .filter(host => host.shadowRoot)
    .map(host => '<!doctype html>\\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>'
        + host.dataset.careerGuide + ' widget</title></head><body>' + host.shadowRoot.innerHTML + '</body></html>');";

#[tokio::test]
async fn the_shipped_files_and_every_rendered_route_are_valid_html() {
    // Every page the build writes: each route's pre-rendered page, 404.html, the demo and
    // the builder's preview.
    let dist = e2e::dist_dir();
    let mut documents: Vec<(String, String)> = html_files(&dist)
        .into_iter()
        .map(|file| {
            let html = std::fs::read_to_string(dist.join(&file)).unwrap();
            (format!("shipped {file}"), html)
        })
        .collect();
    assert!(documents.len() >= 26, "{} pages", documents.len());
    let site = Site::start().await;
    let browser = Browser::start().await;
    let mut heads: Vec<(String, String, String)> = Vec::new();
    for route in e2e::GUIDE_ROUTES.into_iter().chain(OTHER_ROUTES) {
        browser.goto_app(&site.url(route)).await;
        documents.push((
            format!("rendered {route}"),
            browser.eval(RENDERED, vec![]).await,
        ));
        let (title, description): (String, String) = browser
            .eval(
                "return [document.title, document.querySelector('meta[name=description]').content];",
                vec![],
            )
            .await;
        heads.push((route.to_owned(), title, description));
    }
    // Each route names itself: its own title, and a description of its own.
    for (route, title, description) in &heads {
        assert!(!description.trim().is_empty(), "{route} has no description");
        assert!(description.chars().count() <= 160, "{route}: {description}");
        for (other, other_title, other_description) in &heads {
            if other != route {
                assert_ne!(title, other_title, "{route} and {other}");
                assert_ne!(description, other_description, "{route} and {other}");
            }
        }
    }
    // A state with errors: the summary, messages and invalid fields.
    browser.goto_app(&site.url("/apply/about-you")).await;
    browser.click_text("Continue").await;
    browser.find(".cg-error-summary").await;
    documents.push((
        "rendered /apply/about-you with errors".into(),
        browser.eval(RENDERED, vec![]).await,
    ));
    browser.goto_app(&site.url("/demo.html")).await;
    documents.push((
        "rendered /demo.html".into(),
        browser.eval(RENDERED, vec![]).await,
    ));
    let widgets: Vec<String> = browser.eval(SHADOW_ROOTS, vec![]).await;
    assert_eq!(widgets.len(), 2, "both demo widgets");
    for (index, widget) in widgets.into_iter().enumerate() {
        documents.push((format!("rendered /demo.html widget {}", index + 1), widget));
    }
    browser.close().await;
    let errors = html_errors(&documents);
    assert!(
        errors.is_empty(),
        "{} HTML error(s) in {} documents:\n{}",
        errors.len(),
        documents.len(),
        errors.join("\n")
    );
}

/// The `.html` files under `dir`, by their path inside it.
fn html_files(dir: &std::path::Path) -> Vec<String> {
    e2e::files_under(dir)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .map(|path| {
            path.strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}
