//! The frame around pages: on the standalone site a header with navigation, a main area
//! and a footer; inside a host page just a compact navigation and the page. Also the page
//! dispatcher, focus management between pages, and titles.

use super::heading::Heading;
use super::nav::{use_nav, Link};
use super::page::{Page, Scope};
use crate::apply::view::ApplyPage;
use crate::embed::events::HostEvent;
use crate::guide::model::guide;
use crate::guide::view::faq::FaqPage;
use crate::guide::view::overview::Overview;
use crate::guide::view::roadmap::{RoadmapIndex, StepPage};
use crate::guide::view::sections::{BootcampPage, TrendsPage};
use crate::platform::dom;
use crate::salary::view::SalaryPage;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Facts about the mounted instance that pages need.
#[derive(Clone, Copy)]
pub struct Instance {
    /// The app owns the page (titles, landmarks, skip link).
    pub standalone: bool,
    /// The host's mount element, for events; `None` in component tests.
    pub host: StoredValue<Option<web_sys::Element>, LocalStorage>,
    /// Set by a page showing validation errors, so the title starts with "Error: ".
    pub has_errors: RwSignal<bool>,
}

impl Instance {
    pub fn emit(&self, event: HostEvent) {
        self.host.with_value(|host| {
            if let Some(host) = host {
                dom::emit(host, &event);
            }
        });
    }
}

pub fn use_instance() -> Instance {
    expect_context::<Instance>()
}

/// The whole frame for the current page.
#[component]
pub fn Frame() -> impl IntoView {
    let nav = use_nav();
    let instance = use_instance();
    let page = Memo::new(move |_| nav.location().page);
    let content = NodeRef::<html::Div>::new();

    // Standalone: the document title follows the page (and errors on it).
    if instance.standalone {
        Effect::new(move |_| {
            let prefix = if instance.has_errors.get() {
                "Error: "
            } else {
                ""
            };
            let title = format!("{prefix}{}", page.get().title(guide()));
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title(&title);
            }
        });
    }

    // After the first page, move focus to the new page's heading so screen readers announce
    // it, and tell the host which page is showing.
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        instance.has_errors.set(false);
        instance.emit(HostEvent::Page {
            path: current.path(),
        });
        if previous.is_some_and(|p| p != current) && nav.location_untracked().hash.is_empty() {
            request_animation_frame(move || focus_page_heading(content));
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
                {matches!(nav.scope, Scope::App | Scope::Guide).then(|| view! { <GuideNav /> })}
                {body()}
            </div>
        }
        .into_any()
    }
}

fn focus_page_heading(content: NodeRef<html::Div>) {
    let Some(content) = content.get_untracked() else {
        return;
    };
    if let Ok(Some(heading)) = content.query_selector("[data-page-heading]") {
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            dom::focus_element(&heading);
        }
    }
}

/// The skip link works by focus, which also works where the router handles clicks.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) {
        dom::focus_id(&target, "main-content");
    }
}

/// The page for the current location.
#[component]
fn PageView(page: Memo<Page>) -> impl IntoView {
    let nav = use_nav();
    move || {
        let page = page.get();
        if !nav.shows_in_place(&page) {
            return view! { <NotFound /> }.into_any();
        }
        match page {
            Page::Overview => view! { <Overview /> }.into_any(),
            Page::Roadmap => view! { <RoadmapIndex /> }.into_any(),
            Page::Step(number) => view! { <StepPage number=number /> }.into_any(),
            Page::Bootcamp => view! { <BootcampPage /> }.into_any(),
            Page::Trends => view! { <TrendsPage /> }.into_any(),
            Page::Faq => view! { <FaqPage /> }.into_any(),
            Page::Salary => match crate::salary::figures::try_salary_data() {
                Ok(_) => view! { <SalaryPage /> }.into_any(),
                Err(err) => view! { <ContentProblem error=err /> }.into_any(),
            },
            Page::Apply(step) => match crate::apply::config::try_apply_config() {
                Ok(_) => view! { <ApplyPage requested=step /> }.into_any(),
                Err(err) => view! { <ContentProblem error=err /> }.into_any(),
            },
            Page::NotFound => view! { <NotFound /> }.into_any(),
        }
    }
}

/// The navigation entries of a scope, in order.
fn nav_entries(scope: Scope) -> Vec<(Page, &'static str)> {
    [
        (Page::Overview, "Overview"),
        (Page::Roadmap, "Roadmap"),
        (Page::Salary, "Salaries"),
        (Page::Bootcamp, "Bootcamp"),
        (Page::Trends, "Trends"),
        (Page::Faq, "FAQ"),
    ]
    .into_iter()
    .filter(|(page, _)| scope.contains(page))
    .collect()
}

/// Section links; on narrow screens behind a Menu button.
#[component]
fn GuideNav() -> impl IntoView {
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
                {nav_entries(nav.scope)
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
fn SiteHeader() -> impl IntoView {
    view! {
        <header class="cg-header">
            <div class="cg-header__inner">
                <Link to=Page::Overview class="cg-header__brand">
                    <span class="cg-header__publisher">{guide().publisher.as_str()}</span>
                    <span class="cg-header__product">"Backend Career Guide"</span>
                </Link>
                <GuideNav />
            </div>
        </header>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="cg-footer">
            <div class="cg-footer__inner">
                <p>{format!("{} – published by {}.", guide().title, guide().publisher)}</p>
                <p>
                    "Salary figures are market figures quoted by the guide, not a promise of earnings. "
                    <Link to=Page::Salary>"See their sources"</Link>
                    "."
                </p>
            </div>
        </footer>
    }
}

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

/// Shown instead of a page whose embedded content is broken (never in a tested release).
#[component]
fn ContentProblem(error: &'static crate::content::ContentError) -> impl IntoView {
    dom::error(&format!("embedded content is broken: {error}"));
    view! {
        <article class="cg-article">
            <Heading level=1>"Sorry, this page is not available"</Heading>
            <p>"Please try again later."</p>
            <p><Link to=Page::Overview>"Go to the start of the guide"</Link></p>
        </article>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <article class="cg-article">
            <Heading level=1>"Page not found"</Heading>
            <p>"If you typed the web address, check it is correct."</p>
            <p>"If you pasted the web address, check you copied the entire address."</p>
            <p><Link to=Page::Overview>"Go to the start of the guide"</Link></p>
        </article>
    }
}
