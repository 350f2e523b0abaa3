//! Thin wrappers over the browser APIs every layer above shares: the DOM, local storage,
//! events for the host page, the clock (and its pure `Date`). Each fails softly: blocked storage, a missing `crypto` or an
//! element that is gone never panic.

pub mod clock;
pub mod dom;
pub mod host_events;
pub mod storage;

/// Whether this code runs in a browser. Natively, at build time, the same views are rendered
/// to HTML (see `shell::prerender`): there is no DOM, no storage and no timer, and what the
/// views would read from them is what a first visit sees (nothing stored, storage allowed).
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");
