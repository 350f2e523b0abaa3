//! Embedding into someone else's page: mount options read from data-attributes
//! ([`attributes`]), the host's brand ([`theme`]) and mounting into an element, isolated in
//! a shadow root ([`mount`]). The loader script the host pastes is `src/embed/loader.js`.

pub mod attributes;
pub mod mount;
pub mod theme;
