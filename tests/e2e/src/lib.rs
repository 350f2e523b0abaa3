//! The end-to-end harness. Each capability's tests add a few lines on top of it:
//!
//! ```no_run
//! # async fn example() {
//! use e2e::{Browser, Site};
//! let site = Site::start().await;            // dist/ on 127.0.0.1, plus a recording endpoint
//! let browser = Browser::start().await;      // headless Chromium via chromedriver
//! browser.goto_app(&site.url("/roadmap")).await; // waits until the whole page is there
//! browser.assert_accessible("roadmap").await; // axe-core and IBM's engine, both strict
//! browser.close().await;
//! # }
//! ```
//!
//! Paths come from the environment `./x test` sets: `CAREER_GUIDE_DIST` (default
//! `<workspace>/dist`), `CHROMEDRIVER`, `CHROME_PATH`, `AXE_CORE` and `IBM_ACE` (default
//! `<workspace>/node_modules/…`).

mod a11y;
pub mod article;
mod browser;
mod contract;
pub mod demo;
mod held_files;
pub mod host_pages;
mod html_checker;
mod site;
mod wait;
pub mod wizard;

pub use a11y::REVIEWED;
pub use browser::{Browser, BrowserOptions, Reported, APP_MOUNTED, DEEP_ALL, TEST_DAY};
pub use contract::PayloadSchema;
pub use fantoccini::key::Key;
pub use html_checker::html_errors;
pub use site::{Received, Reply, Site, SiteOptions, PASTED, STRICT_CSP};
pub use wait::{eventually, PATIENCE};

use std::path::PathBuf;

/// Every page of the guide on the standalone site, in the article's order.
pub const GUIDE_ROUTES: [&str; 13] = [
    "/",
    "/roadmap/1",
    "/roadmap/2",
    "/roadmap/3",
    "/roadmap/4",
    "/roadmap/5",
    "/roadmap/6",
    "/roadmap/7",
    "/roadmap/8",
    "/roadmap",
    "/bootcamp",
    "/trends",
    "/faq",
];

/// The workspace root (two levels above this crate).
pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .and_then(|p| p.parent())
        .expect("workspace root")
        .to_path_buf()
}

/// The public address the build under test was made for (`./x build --site-url`): `./x
/// test` sets `CAREER_GUIDE_SITE_URL` for its build and for the tests.
pub fn site_url() -> String {
    std::env::var("CAREER_GUIDE_SITE_URL").unwrap_or_else(|_| {
        panic!(
            "CAREER_GUIDE_SITE_URL is not set: run through ./x test, which builds with --site-url"
        )
    })
}

/// The release build under test.
pub fn dist_dir() -> PathBuf {
    let dist = std::env::var_os("CAREER_GUIDE_DIST")
        .map_or_else(|| workspace().join("dist"), PathBuf::from);
    assert!(
        dist.join("index.html").exists(),
        "no release build at {}: run `./x build` (or `./x test`, which builds it)",
        dist.display()
    );
    dist
}

/// Every file under `dir`, at any depth, sorted.
pub fn files_under(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(at) = dirs.pop() {
        let entries = std::fs::read_dir(&at).unwrap_or_else(|e| panic!("{}: {e}", at.display()));
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// A plain HTTP GET from the test (not the browser): status, headers and body.
pub async fn http_get(url: &str, headers: &[(&str, &str)]) -> (u16, http::HeaderMap, Vec<u8>) {
    http_request(http::Method::GET, url, headers, Vec::new()).await
}

/// Any HTTP request from the test (not the browser): status, headers and body.
pub async fn http_request(
    method: http::Method,
    url: &str,
    headers: &[(&str, &str)],
    body: Vec<u8>,
) -> (u16, http::HeaderMap, Vec<u8>) {
    use http_body_util::BodyExt;
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<http_body_util::Full<bytes::Bytes>>();
    let mut request = http::Request::builder().method(method.clone()).uri(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = client
        .request(
            request
                .body(http_body_util::Full::new(body.into()))
                .unwrap(),
        )
        .await
        .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap_or_else(|e| panic!("{method} {url}: {e}"))
        .to_bytes()
        .to_vec();
    (status, headers, body)
}
