//! The frame around pages: on the standalone site a header with navigation, a main area
//! and a footer; inside a host page just a compact navigation and the page. Also the page
//! dispatcher, which loads each capability's chunk, and focus between pages.

use super::site::{GuideNav, SiteFooter, SiteHeader};
use crate::platform::dom;
use crate::platform::host_events::HostEvent;
use crate::routing::nav::use_nav;
use crate::routing::page::{Page, StepId, WidgetKind};
use crate::ui::chunk::{chunk_view, PreloadFuture};
use crate::ui::heading::focus_page_title;
use crate::ui::instance::use_instance;
use crate::ui::pages::NotFound;
use leptos::html;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::JsCast;

/// The whole frame for the current page.
#[component]
pub fn Frame() -> impl IntoView {
    let nav = use_nav();
    let instance = use_instance();
    let page = Memo::new(move |_| nav.location().page);
    let content = NodeRef::<html::Div>::new();

    // When the visitor moves to another page, move focus to its heading so screen readers
    // announce it; never on the first page or a redirect, which the visitor did not ask
    // for (inside a host page, focus would drag the host's scroll to the widget). Tell the
    // host which page is showing.
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        let redirected = nav.take_redirected();
        instance.emit(HostEvent::Page {
            path: current.path(),
        });
        let visitor_moved = previous.is_some_and(|p| p != current) && !redirected;
        if visitor_moved && nav.location_untracked().hash.is_empty() {
            if let Some(content) = content.try_get_untracked().flatten() {
                focus_page_title(content.into(), move || {
                    page.try_get_untracked() == Some(current)
                });
            }
        }
        current
    });

    let body = move || view! { <div class="cg-page" node_ref=content><PageView page=page /></div> };
    if instance.standalone {
        view! {
            <a class="cg-skip-link" href="#main-content" on:click=skip_to_main>"Skip to main content"</a>
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

/// The page for the current location, from its capability's chunk. The wizard stays
/// one view across its steps (it follows the step in the address itself); every other
/// page is a view of its own.
#[component]
fn PageView(page: Memo<Page>) -> impl IntoView {
    let nav = use_nav();
    let instance = use_instance();
    let view_of = Memo::new(move |_| match page.get() {
        page if !nav.shows_in_place(&page) => Page::NotFound,
        Page::Apply(_) => Page::Apply(None),
        page => page,
    });
    let requested_step: Signal<Option<StepId>> = Memo::new(move |_| match page.get() {
        Page::Apply(step) => step,
        _ => None,
    })
    .into();
    move || match view_of.get() {
        Page::NotFound => {
            instance.page_shown();
            view! { <NotFound /> }.into_any()
        }
        Page::Salary => chunk_view("the salary comparison", preload_salary, || {
            Box::pin(crate::salary::page())
        }),
        Page::Apply(_) => chunk_view("the application form", preload_apply, move || {
            Box::pin(crate::apply::page(requested_step))
        }),
        Page::Embed => chunk_view("the embed builder", preload_builder, || {
            Box::pin(crate::builder::page())
        }),
        guide_page => chunk_view("this page of the guide", preload_guide, move || {
            Box::pin(crate::guide::page(guide_page))
        }),
    }
}

fn preload_salary() -> PreloadFuture {
    prepared(Prepared::Salary, crate::salary::preload(), || {
        Box::pin(async {
            let _ = crate::salary::parse().await;
        })
    })
}

fn preload_apply() -> PreloadFuture {
    prepared(Prepared::Apply, crate::apply::preload(), || {
        Box::pin(async {
            let _ = crate::apply::parse().await;
        })
    })
}

fn preload_builder() -> PreloadFuture {
    Box::pin(crate::builder::preload())
}

fn preload_guide() -> PreloadFuture {
    prepared(Prepared::Guide, crate::guide::preload(), || {
        Box::pin(async {
            let _ = crate::guide::parse().await;
        })
    })
}

/// The capabilities whose content has been parsed on this page.
#[derive(Clone, Copy)]
enum Prepared {
    Guide = 1,
    Salary = 2,
    Apply = 4,
}

thread_local! {
    static PREPARED: Cell<u8> = const { Cell::new(0) };
}

/// A capability's chunk downloaded and, the first time, its content parsed in a task of
/// its own, with the page's render in the next: on a slow phone, instantiating, parsing
/// and rendering in one task would block input for too long. Later pages of the same
/// capability render at once.
fn prepared(
    capability: Prepared,
    download: impl Future<Output = Result<(), SplitLoaderError>> + 'static,
    parse: fn() -> Pin<Box<dyn Future<Output = ()>>>,
) -> PreloadFuture {
    let bit = capability as u8;
    Box::pin(async move {
        download.await?;
        if PREPARED.with(|p| p.get() & bit == 0) {
            dom::next_task().await;
            parse().await;
            PREPARED.with(|p| p.set(p.get() | bit));
            dom::next_task().await;
        }
        Ok(())
    })
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
        let _ = match page {
            Page::NotFound => Ok(()),
            Page::Salary => crate::salary::preload().await,
            Page::Apply(_) => crate::apply::preload().await,
            Page::Embed => crate::builder::preload().await,
            _ => crate::guide::preload().await,
        };
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
