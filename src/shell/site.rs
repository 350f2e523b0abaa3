//! The standalone site's chrome around every page: the header with the brand and the
//! section navigation (also shown above guide widgets), and the footer.

use crate::routing::nav::{use_nav, Link};
use crate::routing::page::{Page, WidgetKind};
use leptos::prelude::*;

/// Who publishes the guide (the guide's `publisher`; a native test keeps them equal).
pub const PUBLISHER: &str = "Melsoft Academy";
/// The product's name beside the publisher's.
pub const PRODUCT: &str = "Backend Career Guide";

/// The navigation entries of a widget kind, in order.
fn nav_entries(kind: WidgetKind) -> Vec<(Page, &'static str)> {
    [
        (Page::Overview, "Overview"),
        (Page::Roadmap, "Roadmap"),
        (Page::Salary, "Salaries"),
        (Page::Bootcamp, "Bootcamp"),
        (Page::Trends, "Trends"),
        (Page::Faq, "FAQ"),
    ]
    .into_iter()
    .filter(|(page, _)| kind.contains(page))
    .collect()
}

/// Section links; on narrow screens behind a Menu button.
#[component]
pub fn GuideNav() -> impl IntoView {
    let nav = use_nav();
    let open = RwSignal::new(false);
    // Following a link closes the menu.
    Effect::new(move |_| {
        nav.location();
        open.set(false);
    });
    view! {
        <nav class="cg-nav" aria-label="Guide sections">
            <button
                type="button"
                class="cg-nav__toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="cg-nav-list"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "Menu"
            </button>
            <ul id="cg-nav-list" class="cg-nav__list" class:cg-nav__list--open=move || open.get()>
                {nav_entries(nav.kind)
                    .into_iter()
                    .map(|(page, label)| view! { <li><Link to=page current_section=true>{label}</Link></li> })
                    .collect_view()}
                <li class="cg-nav__apply">
                    <Link to=Page::Apply(None) current_section=true class="cg-button cg-button--small">"Apply now"</Link>
                </li>
            </ul>
        </nav>
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="cg-header">
            <div class="cg-header__inner">
                <Link to=Page::Overview class="cg-header__brand">
                    <span class="cg-header__publisher">{PUBLISHER}</span>
                    <span class="cg-header__product">{PRODUCT}</span>
                </Link>
                <GuideNav />
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="cg-footer">
            <div class="cg-footer__inner">
                <p>{format!("{PRODUCT} – published by {PUBLISHER}.")}</p>
                <p>
                    "Salary figures are market figures quoted by the guide, not a promise of earnings. "
                    <Link to=Page::Salary>"See their sources"</Link>
                    "."
                </p>
                <p>
                    "Run a landing page? "
                    <Link to=Page::Embed>"Put the guide on your page"</Link>
                    "."
                </p>
            </div>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_brand_is_the_guides_publisher() {
        assert_eq!(PUBLISHER, crate::guide::model::guide().publisher);
    }
}
