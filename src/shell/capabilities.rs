//! The capabilities the shell shows, one entry each: the pages it shows, what it is called
//! while it loads, how its chunk is downloaded (and its content parsed, once), and its
//! page's view. Adding a capability is its module plus one entry in [`CAPABILITIES`]; the
//! frame, the first page's downloads and the parsing all follow from it.

use crate::platform::dom;
use crate::routing::page::{Page, StepId};
use crate::ui::chunk::{ChunkFuture, PreloadFuture};
use leptos::prelude::*;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;

/// What a capability's content parse returns: it is done.
type ParseFuture = Pin<Box<dyn Future<Output = ()>>>;

/// A capability: a chunk of the app with the pages it shows.
pub struct Capability {
    /// Names it in the loading and failure messages: "the salary comparison".
    pub what: &'static str,
    /// The view a page is shown in, if this capability shows the page: each page its own,
    /// but the wizard's steps share one view, which follows the step itself.
    pub view_of: fn(Page) -> Option<Page>,
    /// Downloads its chunk.
    download: fn() -> PreloadFuture,
    /// Parses its content (nothing for the builder, which has none).
    parse: Option<fn() -> ParseFuture>,
    /// Its view of `page` (the view's page), following `location`'s page where it needs to.
    pub view: fn(Page, Memo<Page>) -> ChunkFuture,
}

pub const CAPABILITIES: [Capability; 4] = [
    Capability {
        what: "this page of the guide",
        view_of: |page| {
            matches!(
                page,
                Page::Overview
                    | Page::Roadmap
                    | Page::Step(_)
                    | Page::Bootcamp
                    | Page::Trends
                    | Page::Faq
            )
            .then_some(page)
        },
        download: || Box::pin(crate::guide::preload()),
        parse: Some(|| {
            Box::pin(async {
                let _ = crate::guide::parse().await;
            })
        }),
        view: |page, _| Box::pin(crate::guide::page(page)),
    },
    Capability {
        what: "the salary comparison",
        view_of: |page| (page == Page::Salary).then_some(page),
        download: || Box::pin(crate::salary::preload()),
        parse: Some(|| {
            Box::pin(async {
                let _ = crate::salary::parse().await;
            })
        }),
        view: |_, _| Box::pin(crate::salary::page()),
    },
    Capability {
        what: "the application form",
        view_of: |page| matches!(page, Page::Apply(_)).then_some(Page::Apply(None)),
        download: || Box::pin(crate::apply::preload()),
        parse: Some(|| {
            Box::pin(async {
                let _ = crate::apply::parse().await;
            })
        }),
        view: |_, location| {
            let step: Signal<Option<StepId>> = Memo::new(move |_| match location.get() {
                Page::Apply(step) => step,
                _ => None,
            })
            .into();
            Box::pin(crate::apply::page(step))
        },
    },
    Capability {
        what: "the embed builder",
        view_of: |page| (page == Page::Embed).then_some(page),
        download: || Box::pin(crate::builder::preload()),
        parse: None,
        view: |_, _| Box::pin(crate::builder::page()),
    },
];

/// The capability that shows `page`, and the view it shows it in.
pub fn for_page(page: Page) -> Option<(&'static Capability, Page)> {
    CAPABILITIES
        .iter()
        .find_map(|capability| (capability.view_of)(page).map(|view| (capability, view)))
}

thread_local! {
    /// Which capabilities' content has been parsed on this page, by index.
    static PARSED: Cell<u8> = const { Cell::new(0) };
}

impl Capability {
    fn index(&self) -> usize {
        CAPABILITIES
            .iter()
            .position(|c| std::ptr::eq(c, self))
            .unwrap_or(0)
    }

    /// Downloads the chunk and, the first time, parses its content in a task of its own,
    /// with the page's render in the next: on a slow phone, instantiating, parsing and
    /// rendering in one task would block input for too long. Later pages of the same
    /// capability render at once.
    pub fn prepare(&'static self) -> PreloadFuture {
        let bit = 1u8 << self.index();
        Box::pin(async move {
            (self.download)().await?;
            if let Some(parse) = self.parse {
                if PARSED.with(|p| p.get() & bit == 0) {
                    dom::next_task().await;
                    parse().await;
                    PARSED.with(|p| p.set(p.get() | bit));
                    dom::next_task().await;
                }
            }
            Ok(())
        })
    }

    /// Only downloads the chunk (to have it by the time the page renders).
    pub fn download(&self) -> PreloadFuture {
        (self.download)()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routing::page::routes;

    #[test]
    fn every_page_but_not_found_has_exactly_one_capability() {
        for page in routes() {
            let showing = CAPABILITIES
                .iter()
                .filter(|c| (c.view_of)(page).is_some())
                .count();
            assert_eq!(showing, 1, "{page:?}");
        }
        assert!(for_page(Page::NotFound).is_none());
        assert_eq!(
            for_page(Page::Apply(Some(StepId::Track))).map(|(c, view)| (c.what, view)),
            Some(("the application form", Page::Apply(None)))
        );
    }
}
