//! `cargo run -p e2e --bin screenshots [path...]` — screenshots of pages of the release
//! build at phone and desktop widths, light and dark, into target/screenshots/, for
//! reviewing layout changes by eye.
//!
//! `cargo run -p e2e --bin screenshots -- --readme` writes the picture in docs/embedding.md of one
//! widget in two brands (tests/e2e/pages/brand.html) to tests/e2e/screenshots/.
//!
//! `cargo run -p e2e --bin screenshots -- --social-card` writes the guide's title card
//! (tests/e2e/pages/social-card.html, with the words of src/content/guide.json), the image
//! every page's link preview shows, to public/social-card.png at 1200 × 630.

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
    if paths.first().is_some_and(|p| p == "--social-card") {
        social_card(&site).await;
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
    let file = e2e::workspace().join("tests/e2e/screenshots/one-widget-two-brands.png");
    shoot(
        &site.url("/e2e/brand.html?pay=52k"),
        (1100, 760),
        &file,
        true,
    )
    .await;
}

/// The title card of link previews, from the guide's own words.
async fn social_card(site: &Site) {
    let guide: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(e2e::workspace().join("src/content/guide.json"))
            .expect("src/content/guide.json"),
    )
    .expect("guide.json is JSON");
    let words = |name: &str| {
        guide[name]
            .as_str()
            .unwrap_or_else(|| panic!("no {name}"))
            .to_owned()
    };
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("title", &words("title"))
        .append_pair("summary", &words("summary"))
        .append_pair("publisher", &words("publisher"))
        .finish();
    let url = site.url(&format!("/e2e/social-card.html?{query}"));
    let file = e2e::workspace().join("public/social-card.png");
    shoot(&url, (1200, 630), &file, false).await;
}

/// One picture of `url` at `size`; with `widgets`, once they have all mounted.
async fn shoot(url: &str, (width, height): (u32, u32), file: &std::path::Path, widgets: bool) {
    let browser = Browser::start_with(BrowserOptions {
        width,
        height,
        ..BrowserOptions::default()
    })
    .await;
    browser.viewport(width, height).await;
    if widgets {
        browser.goto_app(url).await;
    } else {
        browser.goto(url).await;
    }
    browser.after_frames(2).await;
    std::fs::create_dir_all(file.parent().unwrap()).expect("the picture's folder");
    browser.screenshot(&file.to_string_lossy()).await;
    println!("{}", file.display());
    browser.close().await;
}
