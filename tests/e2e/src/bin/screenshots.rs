//! `cargo run -p e2e --bin screenshots [path...]` — screenshots of pages of the release
//! build at phone and desktop widths, light and dark, into target/screenshots/, for
//! reviewing layout changes by eye.

use e2e::{Browser, BrowserOptions, Site};
use serde_json::json;

#[tokio::main]
async fn main() {
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        paths = [
            "/",
            "/roadmap",
            "/roadmap/3",
            "/faq#how-long",
            "/salary?pay=52k",
            "/apply",
            "/demo.html",
        ]
        .map(String::from)
        .to_vec();
    }
    let out = e2e::workspace().join("target/screenshots");
    std::fs::create_dir_all(&out).expect("target/screenshots");
    let site = Site::start().await;
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
                browser.goto(&site.url(path)).await;
                tokio::time::sleep(std::time::Duration::from_millis(700)).await;
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
