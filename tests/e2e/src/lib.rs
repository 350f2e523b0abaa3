//! The end-to-end harness. Each capability's tests add a few lines on top of it:
//!
//! ```no_run
//! # async fn example() {
//! use e2e::{Browser, Site};
//! let site = Site::start().await;            // dist/ on 127.0.0.1, plus a recording endpoint
//! let browser = Browser::start().await;      // headless Chromium via chromedriver
//! browser.goto(&site.url("/roadmap")).await;
//! browser.assert_accessible("roadmap").await; // axe-core, every rule, fails on any violation
//! browser.close().await;
//! # }
//! ```
//!
//! Paths come from the environment `./x test` sets: `CAREER_GUIDE_DIST` (default
//! `<workspace>/dist`), `CHROMEDRIVER`, `CHROME_PATH`, `AXE_CORE` (default
//! `<workspace>/node_modules/axe-core/axe.min.js`).

mod browser;
mod site;

pub use browser::{Browser, BrowserOptions, APP_MOUNTED};
pub use fantoccini::key::Key;
pub use site::{Received, Reply, Site, SiteOptions, STRICT_CSP};

use std::path::PathBuf;

/// The workspace root (two levels above this crate).
pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .and_then(|p| p.parent())
        .expect("workspace root")
        .to_path_buf()
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
