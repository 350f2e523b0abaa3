//! Embedding: mount options read from data-attributes ([`options`]), events for the host
//! page ([`events`]), and mounting into an element, isolated in a shadow root ([`mount`]).
//! The loader script the host pastes is `src/embed/loader.js`.

pub mod events;
pub mod mount;
pub mod options;
pub mod warm_up;
