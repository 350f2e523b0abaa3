//! Headings that know where they are: an `h1` on the standalone page becomes an `h2`
//! inside a host page, which has its own `h1`, and every level below shifts with it.

use crate::platform::dom;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    // A page title is one of a kind in its instance's tree: a popup is labelled by it.
    let id = id.or_else(|| (level == 1).then(|| PAGE_TITLE_ID.to_owned()));
    let page_title = (level == 1 && !placeholder).then_some("");
    let tabindex = (level == 1 && !placeholder).then_some("-1");
    let children = children();
    match (level + offset).clamp(1, 6) {
        1 => view! { <h1 id=id class=class data-page-heading=page_title tabindex=tabindex>{children}</h1> }.into_any(),
        2 => view! { <h2 id=id class=class data-page-heading=page_title tabindex=tabindex>{children}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class>{children}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class>{children}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class>{children}</h5> }.into_any(),
        _ => view! { <h6 id=id class=class>{children}</h6> }.into_any(),
    }
}

/// How many animation frames focus waits for a page whose chunk is still downloading
/// (ten seconds at 60 frames a second).
const FOCUS_PATIENCE_FRAMES: u32 = 600;

/// Focuses the page title (`data-page-heading`) inside `within` (an element, a shadow root
/// or the document) in the first animation frame that has one: a page whose chunk is still
/// downloading gets its title later. Gives up after ten seconds, or once `still_wanted`
/// says the visitor moved on. Only ever called after the visitor acted (a link, *Try
/// again*).
pub fn focus_page_title(within: web_sys::Node, still_wanted: impl Fn() -> bool + 'static) {
    focus_title_within_frames(within, still_wanted, FOCUS_PATIENCE_FRAMES);
}

fn focus_title_within_frames(
    within: web_sys::Node,
    still_wanted: impl Fn() -> bool + 'static,
    frames: u32,
) {
    request_animation_frame(move || {
        if !still_wanted() {
            return;
        }
        let title = dom::query(&within, "[data-page-heading]")
            .and_then(|title| title.dyn_into::<web_sys::HtmlElement>().ok());
        match title {
            Some(title) => dom::focus_element(&title),
            None if frames > 0 => focus_title_within_frames(within, still_wanted, frames - 1),
            None => {}
        }
    });
}
