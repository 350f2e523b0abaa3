//! The frame around pages: on the standalone site a header with navigation, a main area
//! and a footer; inside a host page just a compact navigation and the page. Also the page
//! dispatcher, which shows each page from its capability's chunk, and focus between pages.

use super::capabilities::for_page;
use super::site::{GuideNav, SiteFooter, SiteHeader};
use crate::platform::dom;
use crate::platform::host_events::HostEvent;
use crate::routing::nav::use_nav;
use crate::routing::page::{Page, WidgetKind};
use crate::ui::chunk::{chunk_view, Stands};
use crate::ui::instance::use_instance;
use crate::ui::pages::NotFound;
use crate::ui::readiness::Readiness;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The whole frame for the current page.
#[component]
pub fn Frame() -> impl IntoView {
    let nav = use_nav();
    let instance = use_instance();
    let readiness = use_context::<Readiness>();
    let page = Memo::new(move |_| nav.location().page);

    // When the visitor moves to another page, move focus to its title (as soon as it is
    // there) so screen readers announce it; never on the first page or a redirect, which
    // the visitor did not ask for (inside a host page, focus would drag the host's scroll
    // to the widget). Tell the host which page is showing.
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        let redirected = nav.take_redirected();
        instance.emit(HostEvent::Page {
            path: current.path(),
        });
        let visitor_moved = previous.is_some_and(|p| p != current) && !redirected;
        let location = nav.location_untracked();
        if visitor_moved && location.hash.is_empty() {
            if let Some(readiness) = &readiness {
                readiness.focus_title_at(location);
            }
        }
        current
    });

    let body = move || view! { <div class="cg-page"><PageView page=page /></div> };
    if instance.standalone {
        view! {
            <a class="cg-skip-link" href="#main-content" on:click=skip_to_main>{"Skip to main content"}</a>
            <SiteHeader />
            <main id="main-content" class="cg-main" tabindex="-1">{body()}</main>
            <SiteFooter />
        }
        .into_any()
    } else {
        // Inside a host page the host's landmarks frame the widget; adding our own would
        // duplicate them when a page embeds two widgets.
        view! {
            <div class="cg-widget">
                {matches!(nav.kind, WidgetKind::App | WidgetKind::Guide).then(|| view! { <GuideNav /> })}
                {body()}
            </div>
        }
        .into_any()
    }
}

/// The skip link works by focus, which also works where the router handles clicks.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) {
        dom::focus_id(&target, "main-content");
    }
}

/// The page for the current location, from its capability's chunk (see
/// [`super::capabilities`]).
#[component]
fn PageView(page: Memo<Page>) -> impl IntoView {
    let nav = use_nav();
    let readiness = use_context::<Readiness>();
    // The view the page is shown in: a new one per page, but one for all the wizard's steps.
    let view_of = Memo::new(move |_| {
        let page = page.get();
        nav.shows_in_place(&page)
            .then(|| for_page(page).map(|(_, view)| view))
            .flatten()
    });
    move || match view_of
        .get()
        .and_then(|view| for_page(view).map(|(c, _)| (c, view)))
    {
        Some((capability, view)) => chunk_view(
            capability.what,
            Stands::ForPage,
            move || capability.prepare(),
            move || (capability.view)(view, page),
        ),
        None => {
            // Not found is a page of its own: in the document, it lets the widget show.
            if let Some(readiness) = readiness.clone() {
                Effect::new(move |_| readiness.first_page_rendered());
            }
            view! { <NotFound /> }.into_any()
        }
    }
}

/// Starts downloading the chunks the first page needs (the router's too, when navigating
/// by URL), all at once, while the frame renders; the page's own view waits for them.
pub async fn prefetch(page: Page, by_url: bool) {
    let router = async {
        if by_url {
            let _ = super::root::preload_router().await;
        }
    };
    let page = async {
        if let Some((capability, _)) = for_page(page) {
            let _ = capability.download().await;
        }
    };
    futures_util::future::join(router, page).await;
}

#[cfg(test)]
mod tests {
    use crate::routing::page::tests::ALL;
    use crate::routing::page::Page;
    use crate::ui::page_meta::{full_title, SITE_NAME};

    /// The title each page sets, as its capability words it.
    fn title(page: Page) -> String {
        let title = match page {
            Page::Salary => crate::salary::view::TITLE.to_owned(),
            Page::Apply(Some(step)) => format!("{} – Apply", step.title()),
            Page::Apply(None) => "Apply to the bootcamp".to_owned(),
            Page::NotFound => "Page not found".to_owned(),
            Page::Embed => crate::builder::view::TITLE.to_owned(),
            guide_page => crate::guide::model::page_title(crate::guide::model::guide(), guide_page),
        };
        full_title(&title)
    }

    #[test]
    fn titles_are_distinct_and_name_the_site() {
        let titles: std::collections::BTreeSet<_> = ALL.iter().map(|p| title(*p)).collect();
        assert_eq!(titles.len(), ALL.len());
        assert!(titles.iter().all(|t| t.ends_with(SITE_NAME)));
        assert_eq!(
            title(Page::Step(3)),
            format!("Step 3 of 8: Hone Your Skills – Roadmap | {SITE_NAME}")
        );
    }
}
