//! How one mounted instance is set up: what it shows, how it navigates, and where its links
//! and applications go. The embed layer reads these from a mount element's attributes.

use crate::routing::nav::LeaveTo;
use crate::routing::page::{Page, WidgetKind};
use crate::ui::presets::Presets;
use crate::ui::theme::ThemeMode;

/// How the mounted instance keeps track of its page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Routing {
    /// Pages are URLs under this base path (the standalone app, or an app with data-base-path).
    Url { base: String },
    /// Pages change in memory; the address bar is never touched.
    Memory { start: Page },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MountOptions {
    pub kind: WidgetKind,
    pub routing: Routing,
    /// Overrides the configured application endpoint.
    pub endpoint: Option<String>,
    /// How long the wizard waits for the endpoint; the wizard's default when `None`.
    pub timeout_seconds: Option<u32>,
    /// Where the full app lives, for links that leave a widget (ends with '/').
    pub app_url: String,
    /// Where "Apply" links from a guide or salary widget go.
    pub apply_url: String,
    /// The app owns the whole page: it sets titles, renders page landmarks and a skip link,
    /// and is not wrapped in a shadow root.
    pub standalone: bool,
    /// Light, dark, or the visitor's setting.
    pub theme: ThemeMode,
    /// Where links that leave the instance open.
    pub leave_to: LeaveTo,
    /// What the host page tells the instance about the visit.
    pub presets: Presets,
    /// The widget is alone on the page made to be framed (`frame.html`): its page titles
    /// are the document's `h1`, as on the standalone site.
    pub framed: bool,
}

impl MountOptions {
    /// The page the instance shows first (for URL routing, the address decides).
    pub fn first_page(&self, pathname: &str) -> Page {
        match &self.routing {
            Routing::Memory { start } => *start,
            Routing::Url { base } => {
                crate::routing::page::strip_base(base, pathname).map_or(Page::NotFound, Page::parse)
            }
        }
    }
}
