//! The root component of a mounted instance: navigation by URL (leptos_router) or in
//! memory, then the instance's shared facts, then the frame.

use super::frame::Frame;
use super::options::{MountOptions, Routing};
use crate::routing::nav::Nav;
use crate::routing::page::WidgetKind;
use crate::ui::heading::HeadingOffset;
use crate::ui::instance::Instance;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

#[component]
pub fn App(
    options: MountOptions,
    #[prop(optional)] host: Option<web_sys::Element>,
) -> impl IntoView {
    let kind = options.kind;
    let app_url = options.app_url.clone();
    let apply_url = options.apply_url.clone();
    let instance = move || {
        view! {
            <InstanceRoot
                standalone=options.standalone
                host=host.clone()
                endpoint=options.endpoint.clone()
                timeout_seconds=options.timeout_seconds
            />
        }
    };
    match options.routing.clone() {
        Routing::Url { base } => view! {
            <Router base=base.clone()>
                <UrlNav base=base kind=kind app_url=app_url apply_url=apply_url>
                    <FlatRoutes fallback=instance.clone()>
                        <Route path=path!("/*any") view=instance />
                    </FlatRoutes>
                </UrlNav>
            </Router>
        }
        .into_any(),
        Routing::Memory { start } => {
            provide_context(Nav::in_memory(start, kind, app_url, apply_url));
            instance().into_any()
        }
    }
}

/// Provides URL navigation; must sit inside `<Router>`.
#[component]
fn UrlNav(
    base: String,
    kind: WidgetKind,
    app_url: String,
    apply_url: String,
    children: Children,
) -> impl IntoView {
    provide_context(Nav::from_router(&base, kind, app_url, apply_url));
    children()
}

/// The instance's facts, under navigation so state created on its owner can navigate.
#[component]
fn InstanceRoot(
    standalone: bool,
    host: Option<web_sys::Element>,
    endpoint: Option<String>,
    timeout_seconds: Option<u32>,
) -> impl IntoView {
    provide_context(Instance::new(standalone, host, endpoint, timeout_seconds));
    provide_context(HeadingOffset(if standalone { 0 } else { 1 }));
    view! { <Frame /> }
}
