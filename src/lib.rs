//! Melsoft Academy's backend career guide: the article, a salary comparison and the
//! bootcamp application, rendered in the browser from JSON embedded in the binary.
//!
//! Modules form one-way layers; each may use the layers before it, never one after it
//! (`tests/layers.rs` checks every `crate::` path):
//!
//! 1. [`content`] (embedded JSON and its loader) and [`platform`] (browser APIs);
//! 2. [`routing`]: pages, URLs and navigation;
//! 3. [`ui`]: components the capabilities share;
//! 4. the capabilities, each a pure model beside a thin view and loaded as its own chunk:
//!    [`guide`], [`salary`], [`apply`], and the embed [`builder`] (they never use each other);
//! 5. [`shell`]: a mounted instance, its frame and page dispatch;
//! 6. [`embed`]: mounting into a host page.

pub mod content;
pub mod platform;

pub mod routing;

pub mod ui;

pub mod apply;
pub mod builder;
pub mod guide;
pub mod salary;

pub mod shell;

pub mod embed;
