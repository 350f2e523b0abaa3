//! Headings that know where they are: an `h1` on the standalone page becomes an `h2`
//! inside a host page, which has its own `h1`, and every level below shifts with it.

use leptos::prelude::*;

/// How many levels headings move down in this instance (0 standalone, 1 embedded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingOffset(pub u8);

/// A heading of `level` (1 = the page's title) shifted by the instance's offset.
/// Page titles carry `data-page-heading` and `tabindex="-1"` so navigation can move focus
/// to them for screen reader users.
#[component]
pub fn Heading(
    level: u8,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let offset = use_context::<HeadingOffset>().map_or(0, |o| o.0);
    let page_title = (level == 1).then_some("");
    let tabindex = (level == 1).then_some("-1");
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
