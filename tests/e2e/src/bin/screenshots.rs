//! `cargo run -p e2e --bin screenshots [path...]` — screenshots of pages of the release
//! build at phone and desktop widths, light and dark, into target/screenshots/, for
//! reviewing layout changes by eye.
//!
//! `cargo run -p e2e --bin screenshots -- --readme` writes the README's picture of one
//! widget in two brands (tests/e2e/pages/brand.html) to tests/e2e/screenshots/.

use e2e::{Browser, BrowserOptions, Site};
use serde_json::json;

#[tokio::main]
async fn main() {
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    let site = Site::start().await;
    if paths.first().is_some_and(|p| p == "--readme") {
        readme_picture(&site).await;
        return;
    }
    if paths.is_empty() {
        paths = [
            "/",
            "/roadmap",
            "/roadmap/3",
            "/faq#how-long",
            "/salary?pay=52k",
            "/apply",
            "/embed",
            "/demo.html",
        ]
        .map(String::from)
        .to_vec();
    }
    let out = e2e::workspace().join("target/screenshots");
    std::fs::create_dir_all(&out).expect("target/screenshots");
    for (width, height) in [(320, 1400), (1280, 1600)] {
        for scheme in ["light", "dark"] {
            let browser = Browser::start_with(BrowserOptions {
                width: width.max(600),
                height,
                ..BrowserOptions::default()
            })
            .await;
            browser.viewport(width, height).await;
            browser
                .cdp(
                    "Emulation.setEmulatedMedia",
                    json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
                )
                .await;
            for path in &paths {
                browser.goto_app(&site.url(path)).await;
                browser.after_frames(2).await;
                let name: String = path
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                    .collect();
                let file = out.join(format!("{width}-{scheme}{name}.png"));
                browser.screenshot(&file.to_string_lossy()).await;
                println!("{}", file.display());
            }
            browser.close().await;
        }
    }
}

/// The salary widget in a teal, light brand beside a night-blue, dark one.
async fn readme_picture(site: &Site) {
    let (width, height) = (1100, 760);
    let browser = Browser::start_with(BrowserOptions {
        width,
        height,
        ..BrowserOptions::default()
    })
    .await;
    browser.viewport(width, height).await;
    browser.goto_app(&site.url("/e2e/brand.html?pay=52k")).await;
    browser.after_frames(2).await;
    let file = e2e::workspace().join("tests/e2e/screenshots/one-widget-two-brands.png");
    std::fs::create_dir_all(file.parent().unwrap()).expect("tests/e2e/screenshots");
    browser.screenshot(&file.to_string_lossy()).await;
    println!("{}", file.display());
    browser.close().await;
}
