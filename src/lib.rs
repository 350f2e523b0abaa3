//! Melsoft Academy's backend career guide: the article, a salary comparison and the
//! bootcamp application, rendered in the browser from JSON embedded in the binary.
//!
//! Each capability is a folder with a pure model (tested natively) beside a thin Leptos
//! view: [`guide`], [`salary`], [`apply`]. [`app`] ties them into pages, [`embed`] mounts
//! them into a host page, [`platform`] wraps the browser APIs they share, and [`content`]
//! holds the embedded JSON.

pub mod app;
pub mod apply;
pub mod content;
pub mod embed;
pub mod guide;
pub mod platform;
pub mod salary;
