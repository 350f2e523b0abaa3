//! The standalone site's pages rendered to HTML at build time, natively, by the same
//! components the browser runs (Leptos' `ssr` rendering). What they would read from the
//! browser is what a first visit sees: nothing stored, no query, storage allowed. The
//! browser then renders the page again from the embedded JSON and takes its place
//! (`embed::mount`); this is what shows until then, and all a crawler reads.

use super::options::{MountOptions, Routing};
use super::root::instance_root;
use crate::routing::nav::{LeaveTo, Location, Nav};
use crate::routing::page::{Page, WidgetKind};
use crate::ui::page_meta::{take_rendered, PageMeta};
use crate::ui::theme::ThemeMode;
use leptos::prelude::*;

/// One page of the standalone site as HTML.
#[derive(Clone, Debug)]
pub struct Prerendered {
    pub page: Page,
    /// The frame with the page in it: what goes inside the mount element.
    pub body: String,
    /// The title and description the page set.
    pub meta: PageMeta,
}

/// Renders `page` as the standalone site under `base` (a path like "/" or "/careers/")
/// shows it on arrival.
pub fn prerender(page: Page, base: &str) -> Prerendered {
    let base = base.trim_end_matches('/').to_owned();
    let app_url = format!("{base}/");
    let options = MountOptions {
        kind: WidgetKind::App,
        routing: Routing::Url { base: base.clone() },
        endpoint: None,
        timeout_seconds: None,
        apply_url: format!("{app_url}apply"),
        app_url: app_url.clone(),
        standalone: true,
        theme: ThemeMode::Auto,
        leave_to: LeaveTo::Here,
        framed: false,
        presets: Default::default(),
    };
    let owner = Owner::new();
    let body = owner.with(|| {
        provide_context(Nav::fixed(
            &base,
            Location::new(page),
            WidgetKind::App,
            app_url,
        ));
        instance_root(&options, None).to_html()
    });
    let meta = take_rendered().unwrap_or_default();
    owner.cleanup();
    Prerendered { page, body, meta }
}

#[cfg(test)]
mod tests;
