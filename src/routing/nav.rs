//! Navigation for a mounted instance: by URL (through leptos_router's `<Router>`, for the
//! standalone app and an embedded app with a base path) or in memory (widgets that must
//! leave the host's address bar alone). Pages use [`Nav`] and the [`Link`] component and
//! never need to know which mode they are in.

use super::page::{join_base, strip_base, Page, WidgetKind};
use super::url::{decode, encode, encode_query, parse_query};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::rc::Rc;

/// Where an instance is: its page, query pairs and fragment (without '#').
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub page: Page,
    pub query: Vec<(String, String)>,
    pub hash: String,
}

impl Location {
    pub fn new(page: Page) -> Self {
        Location {
            page,
            ..Location::default()
        }
    }

    pub fn query_value(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The path, query and fragment relative to the app's base.
    pub fn relative_url(&self) -> String {
        let mut url = self.page.path();
        if !self.query.is_empty() {
            url.push('?');
            url.push_str(&encode_query(&self.query));
        }
        if !self.hash.is_empty() {
            url.push('#');
            url.push_str(&encode(&self.hash));
        }
        url
    }
}

/// How a navigation should behave.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Go {
    /// Replace the current history entry instead of adding one (state changes within a page).
    pub replace: bool,
    /// Keep the scroll position (query updates, in-page anchors).
    pub keep_scroll: bool,
}

crate::content::names::named_enum! {
    /// Where links that leave the instance (to the full guide, to "Apply") open: in place,
    /// in a new tab, or in the top window (a widget in a frame).
    pub enum LeaveTo { Here = "same", NewTab = "new-tab", Top = "top" }
}

impl LeaveTo {
    /// The `target` and `rel` of a link that leaves.
    fn target(self) -> (Option<&'static str>, Option<&'static str>) {
        match self {
            LeaveTo::Here => (None, None),
            LeaveTo::NewTab => (Some("_blank"), Some("noopener")),
            LeaveTo::Top => (Some("_top"), None),
        }
    }
}

/// leptos_router's navigate function, kept so pages can navigate from event handlers.
type NavigateFn = Rc<dyn Fn(&str, NavigateOptions)>;

enum Backend {
    Url {
        base: String,
        navigate: NavigateFn,
    },
    Memory {
        location: RwSignal<Location>,
    },
    /// A page rendered to HTML at build time: links are the URL routes, nothing moves.
    Fixed {
        base: String,
    },
}

/// The navigation context of one mounted instance.
#[derive(Clone, Copy)]
pub struct Nav {
    location: Signal<Location>,
    backend: StoredValue<Backend, LocalStorage>,
    pub kind: WidgetKind,
    /// Where the full app lives, for links that leave a widget (ends with '/').
    app_url: StoredValue<String>,
    /// Where "Apply" links leave a guide or salary widget for.
    apply_url: StoredValue<String>,
    /// Set by a redirect, until the frame has seen the page change it made.
    redirected: StoredValue<bool>,
    /// Where links that leave the instance open.
    leave_to: LeaveTo,
}

impl Nav {
    /// Navigation through the address bar. Must be called inside `<Router>`.
    pub fn from_router(base: &str, kind: WidgetKind, app_url: String, apply_url: String) -> Nav {
        let router_location = use_location();
        let navigate = use_navigate();
        let base_for_memo = base.to_owned();
        let location = Memo::new(move |_| {
            let path = router_location.pathname.get();
            let page = strip_base(&base_for_memo, &path).map_or(Page::NotFound, Page::parse);
            Location {
                page,
                query: parse_query(&router_location.search.get()),
                hash: decode(router_location.hash.get().trim_start_matches('#')),
            }
        });
        Nav {
            location: location.into(),
            backend: StoredValue::new_local(Backend::Url {
                base: base.to_owned(),
                navigate: Rc::new(navigate),
            }),
            kind,
            app_url: StoredValue::new(app_url),
            apply_url: StoredValue::new(apply_url),
            redirected: StoredValue::new(false),
            leave_to: LeaveTo::Here,
        }
    }

    /// Navigation kept in memory, starting at `start`.
    pub fn in_memory(start: Page, kind: WidgetKind, app_url: String, apply_url: String) -> Nav {
        let location = RwSignal::new(Location::new(start));
        Nav {
            location: location.into(),
            backend: StoredValue::new_local(Backend::Memory { location }),
            kind,
            app_url: StoredValue::new(app_url),
            apply_url: StoredValue::new(apply_url),
            redirected: StoredValue::new(false),
            leave_to: LeaveTo::Here,
        }
    }

    /// One page as the standalone site serves it, for rendering it to HTML at build time:
    /// its links are the same URLs the router gives them, and navigating does nothing.
    pub fn fixed(base: &str, location: Location, kind: WidgetKind, app_url: String) -> Nav {
        let apply_url = format!("{app_url}apply");
        Nav {
            location: Signal::stored(location),
            backend: StoredValue::new_local(Backend::Fixed {
                base: base.to_owned(),
            }),
            kind,
            app_url: StoredValue::new(app_url),
            apply_url: StoredValue::new(apply_url),
            redirected: StoredValue::new(false),
            leave_to: LeaveTo::Here,
        }
    }

    /// The same navigation, with links that leave the instance opening as `leave_to` says.
    pub fn leaving_to(self, leave_to: LeaveTo) -> Nav {
        Nav { leave_to, ..self }
    }

    /// The current location (tracked).
    pub fn location(&self) -> Location {
        self.location.get()
    }

    /// The current location without subscribing to it.
    pub fn location_untracked(&self) -> Location {
        self.location.get_untracked()
    }

    /// The current location, or `None` once the instance is gone (for late callbacks).
    pub fn try_location_untracked(&self) -> Option<Location> {
        self.location.try_get_untracked()
    }

    pub fn uses_url(&self) -> bool {
        self.backend
            .with_value(|b| matches!(b, Backend::Url { .. } | Backend::Fixed { .. }))
    }

    /// Where the full app lives, as an absolute URL or path ending in '/'.
    pub fn app_url(&self) -> String {
        self.app_url.get_value()
    }

    /// Whether `page` is shown in place, or reached by leaving for the full app.
    pub fn shows_in_place(&self, page: &Page) -> bool {
        self.kind.contains(page)
    }

    /// The `href` for a location: a real URL in both modes, so opening a link in a new tab
    /// works even from a widget.
    pub fn href(&self, target: &Location) -> String {
        if !self.shows_in_place(&target.page) {
            if matches!(target.page, Page::Apply(None)) {
                return self.apply_url.get_value();
            }
            return format!(
                "{}{}",
                self.app_url.get_value(),
                target.relative_url().trim_start_matches('/')
            );
        }
        self.backend.with_value(|backend| match backend {
            Backend::Url { base, .. } | Backend::Fixed { base } => {
                join_base(base, &target.relative_url())
            }
            Backend::Memory { .. } => {
                format!(
                    "{}{}",
                    self.app_url.get_value(),
                    target.relative_url().trim_start_matches('/')
                )
            }
        })
    }

    /// Goes to `target` in place. Pages outside the scope are left to their links. Does
    /// nothing once the instance is gone (a late callback after unmounting).
    pub fn go(&self, target: Location, how: Go) {
        if !self.shows_in_place(&target.page) {
            return;
        }
        let _ = self.backend.try_with_value(|backend| match backend {
            Backend::Url { base, navigate } => {
                let url = join_base(base, &target.relative_url());
                navigate(
                    &url,
                    NavigateOptions {
                        resolve: false,
                        replace: how.replace,
                        scroll: !how.keep_scroll,
                        ..NavigateOptions::default()
                    },
                );
            }
            Backend::Memory { location } => {
                let _ = location.try_set(target);
            }
            Backend::Fixed { .. } => {}
        });
    }

    /// Replaces the page the visitor asked for with `target`, when a guard shows another
    /// one (the wizard's first incomplete step). It replaces the history entry, never
    /// scrolls, and the frame does not move focus for it: the visitor did not act.
    pub fn redirect(&self, target: Location) {
        let _ = self.redirected.try_set_value(true);
        self.go(
            target,
            Go {
                replace: true,
                keep_scroll: true,
            },
        );
    }

    /// Whether the last page change was a [`Nav::redirect`]; reading it clears it.
    pub fn take_redirected(&self) -> bool {
        self.redirected
            .try_update_value(std::mem::take)
            .unwrap_or(false)
    }

    pub fn go_page(&self, page: Page) {
        self.go(Location::new(page), Go::default());
    }

    /// Replaces the query of the current page, keeping history and scroll as they are.
    pub fn set_query(&self, query: Vec<(String, String)>) {
        let current = self.location.get_untracked();
        if current.query == query {
            return;
        }
        self.go(
            Location {
                query,
                hash: String::new(),
                ..current
            },
            Go {
                replace: true,
                keep_scroll: true,
            },
        );
    }

    /// Whether our own click handlers must do the navigation (in URL mode the router's
    /// document-wide handler does it).
    fn handles_clicks(&self) -> bool {
        !self.uses_url()
    }
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// Whether a click should be left to the browser (new tab, download, other button).
fn is_special_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key()
}

/// A link to a page of the app. It has a real `href` in every mode; in memory mode a plain
/// click changes the widget's page instead of loading the URL.
#[component]
pub fn Link(
    /// Where the link goes.
    #[prop(into)]
    to: Location,
    /// Marks the link `aria-current="page"` when the current page is in its section.
    #[prop(optional)]
    current_section: bool,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let nav = use_nav();
    let href = nav.href(&to);
    let section = to.page.section();
    let in_place = nav.shows_in_place(&to.page);
    let target = to.clone();
    let aria_current =
        move || (current_section && nav.location().page.section() == section).then_some("page");
    let (opens_in, rel) = if in_place {
        (None, None)
    } else {
        nav.leave_to.target()
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if in_place && nav.handles_clicks() && !is_special_click(&ev) {
            ev.prevent_default();
            let keep_scroll =
                target.page == nav.location_untracked().page && !target.hash.is_empty();
            nav.go(
                target.clone(),
                Go {
                    replace: false,
                    keep_scroll,
                },
            );
        }
    };
    view! {
        <a href=href class=class aria-current=aria_current target=opens_in rel=rel on:click=on_click>
            {children()}
        </a>
    }
}

impl From<Page> for Location {
    fn from(page: Page) -> Self {
        Location::new(page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_urls_carry_query_and_hash() {
        let location = Location {
            page: Page::Salary,
            query: vec![("pay".into(), "$52,000".into())],
            hash: String::new(),
        };
        assert_eq!(location.relative_url(), "/salary?pay=%2452%2C000");
        let faq = Location {
            page: Page::Faq,
            query: vec![],
            hash: "how-long".into(),
        };
        assert_eq!(faq.relative_url(), "/faq#how-long");
    }
}
