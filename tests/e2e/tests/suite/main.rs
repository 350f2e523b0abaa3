//! The end-to-end suite, one binary with a module per area: the release `dist/` served on
//! 127.0.0.1 (see `e2e::Site`) and driven through Chromium as a visitor would (see
//! `e2e::Browser`). `./x test <words>` runs the tests whose path contains them, e.g.
//! `./x test salary::` or `./x test popup`.

mod admissions;
mod apply;
mod article;
mod attribution;
mod builder;
mod chunks;
mod columns;
mod embed;
mod embed_contract;
mod events;
mod frames;
mod guide;
mod harness;
mod host_pages;
mod hosts;
mod html;
mod popup;
mod prerendered;
mod receiver;
mod salary;
mod sending;
mod single_page;
mod takeover;
mod theme;
