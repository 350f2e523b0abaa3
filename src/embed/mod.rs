//! Embedding into someone else's page: mount options read from data-attributes
//! ([`attributes`]), the host's brand ([`theme`]) and mounting into an element, isolated in
//! a shadow root ([`mount`]). The loader script the host pastes is `src/embed/loader.js`.

pub mod attributes;
#[cfg(not(target_arch = "wasm32"))]
pub mod document;
pub mod frame;
mod live;
pub mod mount;
pub mod popup;
pub mod presets;
mod takeover;
pub mod theme;

/// How many instances are alive on the page.
pub fn live_instances() -> u32 {
    live::count()
}
