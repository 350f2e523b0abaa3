//! What docs/embedding.md and the README's "Hosting" section promise, each tried as an embedder
//! would: mount points added later, the build on another origin or under a sub-path, the
//! one-router rule, the link attributes, small and dark columns, and the precompressed
//! copies the host serves.

use e2e::{Browser, Site, SiteOptions};

const WIDGET_AT: &str = "const host = document.querySelector(arguments[0]);
    return !!(host && host.shadowRoot && host.shadowRoot.querySelector('[data-page-heading]'));";

#[tokio::test]
async fn a_mount_point_added_after_load_is_mounted() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto(&site.url("/e2e/later.html")).await;
    browser.find("h1").await;
    browser
        .eval::<serde_json::Value>(
            "const el = document.createElement('div');
             el.id = 'added';
             el.setAttribute('data-career-guide', 'salary');
             el.textContent = 'Salaries';
             document.getElementById('slot').appendChild(el);
             return null;",
            vec![],
        )
        .await;
    browser
        .wait_until(
            "the added widget to mount",
            &format!("return (function () {{ {WIDGET_AT} }}).apply(null, ['#added']);"),
        )
        .await;
    browser.settled().await;
    browser.assert_accessible("widget added later").await;
    browser.close().await;
}

#[tokio::test]
async fn the_build_can_live_on_another_origin() {
    let cdn = Site::start_with(SiteOptions {
        cors: true,
        ..SiteOptions::default()
    })
    .await;
    let host = Site::start().await;
    let browser = Browser::start().await;
    let assets: String = url::form_urlencoded::byte_serialize(cdn.origin().as_bytes()).collect();
    browser
        .goto_app(&host.url(&format!("/e2e/cross-origin-assets.html?assets={assets}")))
        .await;
    browser
        .wait_until(
            "the widget",
            &format!("return (function () {{ {WIDGET_AT} }}).apply(null, ['#salary']);"),
        )
        .await;
    let fetched: Vec<String> = browser
        .eval(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => /\\.(wasm|js|bin|css)$/.test(n));",
            vec![],
        )
        .await;
    assert!(
        fetched.iter().any(|n| n.ends_with("_bg.wasm"))
            && fetched.iter().any(|n| n.contains("pack_salary")),
        "the runtime and the salary comparison's pack were fetched: {fetched:?}"
    );
    assert!(
        fetched.iter().all(|n| n.starts_with(cdn.origin())),
        "every asset came from the other origin: {fetched:?}"
    );
    let reported = browser.reported().await;
    assert!(reported.errors.is_empty(), "{:?}", reported.errors);
    browser.close().await;
}

#[tokio::test]
async fn a_build_for_a_sub_path_works_there() {
    let dist = e2e::workspace().join("target/dist-careers");
    assert!(
        dist.join("index.html").exists(),
        "no build for /careers/ at {} (./x test builds it with --public-url /careers/)",
        dist.display()
    );
    let site = Site::start_with(SiteOptions {
        dist: Some((dist, "/careers".into())),
        ..SiteOptions::default()
    })
    .await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/careers/roadmap/3")).await;
    browser.wait_text("h1", "Hone Your Skills").await;
    browser.click(".cg-pagination__next a").await;
    browser.wait_text("h1", "Build Your Portfolio").await;
    assert_eq!(browser.path().await, "/careers/roadmap/4");
    browser.click_text("Roadmap").await;
    browser
        .wait_until(
            "the roadmap",
            "return location.pathname === '/careers/roadmap'",
        )
        .await;
    let fetched: Vec<String> = browser
        .eval(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname);",
            vec![],
        )
        .await;
    assert!(
        fetched.iter().all(|p| p.starts_with("/careers/")),
        "every asset under /careers/: {fetched:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_second_url_router_keeps_its_pages_in_memory_and_says_why() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/e2e/two-routers.html")).await;
    let warnings = browser.reported().await.warnings;
    assert_eq!(
        warnings,
        ["[career-guide] Another career guide on this page already uses the address bar; this one keeps its pages in memory."],
    );
    browser
        .click_in_shadow("#second", ".cg-nav a[href$='/faq']")
        .await;
    browser
        .wait_shadow_text("#second", "[data-page-heading]", "FAQ")
        .await;
    assert_eq!(
        browser.path().await,
        "/e2e/two-routers.html",
        "the address bar is untouched"
    );
    browser.close().await;
}

#[tokio::test]
async fn links_that_leave_a_widget_go_where_the_embedder_says() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/e2e/links.html")).await;
    let hrefs: Vec<(String, String)> = browser
        .eval(
            "return [...document.querySelector('#guide').shadowRoot.querySelectorAll('a')]
                 .map(a => [a.textContent.trim(), a.getAttribute('href')]);",
            vec![],
        )
        .await;
    let href = |text: &str| {
        hrefs
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, h)| h.as_str())
            .unwrap_or_else(|| panic!("no link reads {text:?}: {hrefs:?}"))
    };
    assert_eq!(href("Apply now"), "#apply", "data-apply-url");
    assert_eq!(
        href("Compare these salaries with your own pay"),
        "https://guide.example.com/careers/salary",
        "pages the widget does not show are on data-app-url"
    );
    browser.click_in_shadow("#guide", "a[href='#apply']").await;
    browser
        .wait_until("the host's anchor", "return location.hash === '#apply'")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn widgets_fit_a_320px_column_in_dark_mode() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.viewport(320, 700).await;
    browser.emulate(&[("prefers-color-scheme", "dark")]).await;
    for path in ["/demo.html", "/apply/about-you", "/faq"] {
        browser.goto_app(&site.url(path)).await;
        let (overflow, wide): (i64, Vec<String>) = browser
            .eval(
                &format!(
                    "{}
                     const width = document.documentElement.clientWidth;
                     const wide = deepAll('*').filter(e => e.getBoundingClientRect().right > width + 0.5)
                         .slice(0, 5).map(e => e.tagName + '.' + e.className);
                     return [document.documentElement.scrollWidth - width, wide];",
                    e2e::DEEP_ALL
                ),
                vec![],
            )
            .await;
        assert!(
            overflow <= 0 && wide.is_empty(),
            "{path} overflows by {overflow}px: {wide:?}"
        );
        browser
            .assert_accessible(&format!("{path} at 320px, dark"))
            .await;
    }
    // Inside the demo's shadow roots the widgets follow the dark scheme too.
    browser.goto_app(&site.url("/demo.html")).await;
    let backgrounds: Vec<String> = browser
        .eval(
            "return [...document.querySelectorAll('[data-career-guide]')]
                 .map(h => getComputedStyle(h.shadowRoot.querySelector('.cg-root')).backgroundColor);",
            vec![],
        )
        .await;
    assert_eq!(backgrounds, ["rgb(18, 20, 23)", "rgb(18, 20, 23)"]);
    browser.close().await;
}

#[tokio::test]
async fn every_precompressed_copy_matches_its_file() {
    use std::io::Read;
    let dist = e2e::dist_dir();
    let mut checked = 0;
    for path in e2e::files_under(&dist) {
        let name = path.to_string_lossy().into_owned();
        let Some(source) = name
            .strip_suffix(".br")
            .or_else(|| name.strip_suffix(".gz"))
        else {
            continue;
        };
        let original =
            std::fs::read(source).unwrap_or_else(|e| panic!("{name} without {source}: {e}"));
        let packed = std::fs::read(&path).unwrap();
        let mut unpacked = Vec::new();
        if name.ends_with(".br") {
            brotli::Decompressor::new(&packed[..], 4096)
                .read_to_end(&mut unpacked)
                .unwrap();
        } else {
            flate2::read::GzDecoder::new(&packed[..])
                .read_to_end(&mut unpacked)
                .unwrap();
        }
        assert!(unpacked == original, "{name} does not match {source}");
        checked += 1;
    }
    assert!(checked > 20, "checked {checked} copies");
    // And the server sends them when asked, as the right type.
    let site = Site::start().await;
    let wasm = std::fs::read_dir(&dist)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with("_bg.wasm"))
        .unwrap();
    let (status, headers, _) =
        e2e::http_get(&site.url(&format!("/{wasm}")), &[("accept-encoding", "br")]).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-encoding"], "br");
    assert_eq!(headers["content-type"], "application/wasm");
}
