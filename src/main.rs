//! The entry Trunk builds. It only mounts: the loader (`career-guide.js`) calls [`mount`]
//! for every `data-career-guide` element on the page.

use wasm_bindgen::prelude::*;

fn main() {}

/// Mounts the app into `element`; `asset_base` is where the loader found the build,
/// `stylesheet` the URL of its CSS (linked inside the shadow root of an embed).
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, asset_base: String, stylesheet: String) {
    career_guide::embed::mount::mount(element, &asset_base, &stylesheet);
}
