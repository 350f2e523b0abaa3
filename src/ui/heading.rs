//! Headings that know where they are: an `h1` on the standalone page becomes an `h2`
//! inside a host page, which has its own `h1`, and every level below shifts with it.

use super::readiness::Readiness;
use crate::routing::nav::Nav;
use leptos::html;
use leptos::prelude::*;

/// The id of every page title (each instance has one at a time, in a tree of its own).
pub const PAGE_TITLE_ID: &str = "cg-page-title";

/// How many levels headings move down in this instance (0 standalone, 1 embedded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingOffset(pub u8);

/// A heading of `level` (1 = the page's title) shifted by the instance's offset.
/// Page titles carry `data-page-heading` and `tabindex="-1"` so navigation can move focus
/// to them for screen reader users; a `placeholder` title (shown while the page itself
/// downloads) does not, so focus waits for the real one.
#[component]
pub fn Heading(
    level: u8,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] placeholder: bool,
    children: Children,
) -> impl IntoView {
    let offset = use_context::<HeadingOffset>().map_or(0, |o| o.0);
    let page_heading = level == 1 && !placeholder;
    // A page title says when it is in the document, and where: focus may be waiting for
    // it (see `Readiness::focus_title_at`).
    let (h1, h2) = (NodeRef::<html::H1>::new(), NodeRef::<html::H2>::new());
    if page_heading && crate::platform::IN_BROWSER {
        if let (Some(readiness), Some(nav)) = (use_context::<Readiness>(), use_context::<Nav>()) {
            let appeared = move |title: web_sys::HtmlElement| {
                readiness.title_appeared(title, nav.location_untracked())
            };
            let also = appeared.clone();
            h1.on_load(move |title| appeared(title.into()));
            h2.on_load(move |title| also(title.into()));
        }
    }
    // A page title is one of a kind in its instance's tree: a popup is labelled by it.
    let id = id.or_else(|| (level == 1).then(|| PAGE_TITLE_ID.to_owned()));
    let page_title = page_heading.then_some("");
    let tabindex = page_heading.then_some("-1");
    let children = children();
    match (level + offset).clamp(1, 6) {
        1 => view! { <h1 node_ref=h1 id=id class=class data-page-heading=page_title tabindex=tabindex>{children}</h1> }.into_any(),
        2 => view! { <h2 node_ref=h2 id=id class=class data-page-heading=page_title tabindex=tabindex>{children}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class>{children}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class>{children}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class>{children}</h5> }.into_any(),
        _ => view! { <h6 id=id class=class>{children}</h6> }.into_any(),
    }
}
