//! The entry Trunk builds. The loader (`career-guide.js`) calls [`mount`] for every
//! `data-career-guide` element on the page, [`unmount`] for one that has left it,
//! [`prepare_popups`] on a page with popup openers and [`open`] when the visitor opens one.

use wasm_bindgen::prelude::*;

fn main() {}

/// Mounts the app into `element`; `asset_base` is where the loader found the build,
/// `stylesheet` the URL of its CSS (linked inside the shadow root of an embed).
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, asset_base: String, stylesheet: String) {
    career_guide::embed::mount::mount(element, &asset_base, &stylesheet);
}

/// Ends the instance mounted in `element`, which has left the page.
#[wasm_bindgen]
pub fn unmount(element: web_sys::Element) {
    career_guide::embed::mount::unmount(&element);
}

/// Opens the widget `kind` in a popup, as `opener` (the element the visitor activated)
/// configures it.
#[wasm_bindgen]
pub fn open(opener: web_sys::HtmlElement, kind: String, asset_base: String, stylesheet: String) {
    career_guide::embed::popup::open(opener, kind, asset_base, stylesheet);
}

/// Gets popups ready to open at once, on a page that has something that opens one.
#[wasm_bindgen]
pub fn prepare_popups() {
    career_guide::embed::popup::prepare();
}

/// How many instances are alive on the page (for the end-to-end tests of single-page
/// hosts, which check that none outlives its element).
#[wasm_bindgen]
pub fn live_instances() -> u32 {
    career_guide::embed::live_instances()
}
