//! Thin wrappers over the browser APIs the capabilities share, each failing softly: blocked
//! storage, a missing `crypto`, or an element that is gone never panic.

pub mod dom;
pub mod storage;
