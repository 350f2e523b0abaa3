//! The embed builder, for the marketing person who puts a widget on a landing page: the
//! choices and the snippet they make ([`model`]) and the page with a live preview
//! ([`view`]), loaded as a chunk of its own. The preview page is `public/embed-preview.html`.

pub mod model;
pub mod view;

crate::ui::chunk::split_point! {
    chunk builder, preload preload;
    /// The embed builder page.
    pub fn page() -> AnyView {
        view::page()
    }
}
