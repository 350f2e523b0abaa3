//! Pieces every capability's pages share: the "Apply now" call to action, the page for
//! an address that does not exist, and the page shown when embedded content is broken.

use super::heading::Heading;
use super::page_meta::set_page_meta;
use crate::content::ContentError;
use crate::platform::dom;
use crate::routing::nav::Link;
use crate::routing::page::Page;
use leptos::prelude::*;

/// The call to action every guide page ends with.
#[component]
pub fn ApplyNow(#[prop(optional)] secondary: bool) -> impl IntoView {
    let class = if secondary {
        "cg-button cg-button--secondary"
    } else {
        "cg-button cg-button--start"
    };
    view! { <Link to=Page::Apply(None) class=class>"Apply now"</Link> }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <MessagePage
            title="Page not found"
            description="This page of the Backend Career Guide does not exist."
            lines=&[
                "If you typed the web address, check it is correct.",
                "If you pasted the web address, check you copied the entire address.",
            ]
        />
    }
}

/// Shown instead of a page whose embedded content is broken (never in a tested release).
#[component]
pub fn ContentProblem(error: &'static ContentError) -> impl IntoView {
    dom::error(&format!("embedded content is broken: {error}"));
    view! {
        <MessagePage
            title="Sorry, this page is not available"
            description="This page of the Backend Career Guide is not available."
            lines=&["Please try again later."]
        />
    }
}

/// A page that only says something, with the way back to the start of the guide.
#[component]
fn MessagePage(
    title: &'static str,
    description: &'static str,
    lines: &'static [&'static str],
) -> impl IntoView {
    set_page_meta(title.into(), description);
    view! {
        <article class="cg-article">
            <Heading level=1>{title}</Heading>
            {lines.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
            <p><Link to=Page::Overview>"Go to the start of the guide"</Link></p>
        </article>
    }
}
