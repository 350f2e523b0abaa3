//! Thin wrappers over the browser APIs every layer above shares: the DOM, local storage,
//! events for the host page, the clock (and its pure `Date`). Each fails softly: blocked storage, a missing `crypto` or an
//! element that is gone never panic.

pub mod clock;
pub mod dom;
pub mod host_events;
pub mod storage;
