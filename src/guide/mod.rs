//! The career guide: the article as data ([`model`]), roadmap progress ([`progress`]) and
//! the pages that show them ([`view`]), loaded as a chunk of its own.

pub mod model;
pub mod progress;
#[cfg(not(target_arch = "wasm32"))]
pub mod structured;
pub mod view;

use crate::routing::page::Page;

crate::ui::chunk::split_point! {
    chunk guide, preload preload_parse;
    /// Parses the article, so the first render does not (see `shell::capabilities`).
    pub fn parse() -> () {
        let _ = model::GUIDE.try_get();
    }
}

crate::ui::chunk::split_point! {
    chunk guide, preload preload;
    /// The guide's page for `page`: overview, roadmap, steps, bootcamp, trends or FAQ.
    pub fn page(page: Page) -> AnyView {
        view::page(page)
    }
}
