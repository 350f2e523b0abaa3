//! The root component of a mounted instance: navigation, in memory or by URL, then the
//! instance's shared facts, then the frame.
//!
//! Navigation by URL (the standalone site, an app with a base path) needs leptos_router,
//! about a fifth of the runtime, so it comes in a chunk of its own ([`router`]): widgets,
//! which keep their pages in memory, never download it.

use super::frame::Frame;
use super::options::{MountOptions, Routing};
use crate::routing::nav::Nav;
use crate::ui::chunk::{chunk_view, ChunkFuture, PreloadFuture, Stands};
use crate::ui::deferred::FirstScreen;
use crate::ui::heading::HeadingOffset;
use crate::ui::instance::Instance;
use crate::ui::readiness::Readiness;
use leptos::prelude::*;

#[component]
pub fn App(
    options: MountOptions,
    #[prop(optional)] host: Option<web_sys::Element>,
    /// What holds the instance back from showing (the mount's; none: a new one, which
    /// nothing outside waits on).
    #[prop(optional)]
    readiness: Option<Readiness>,
) -> impl IntoView {
    provide_context(readiness.unwrap_or_default());
    match options.routing.clone() {
        Routing::Url { .. } => {
            let load = move || -> ChunkFuture { Box::pin(router(options.clone(), host.clone())) };
            chunk_view("the guide", Stands::ForFrame, preload_router, load)
        }
        Routing::Memory { start } => {
            provide_context(
                Nav::in_memory(
                    start,
                    options.kind,
                    options.app_url.clone(),
                    options.apply_url.clone(),
                )
                .leaving_to(options.leave_to),
            );
            instance_root(&options, host)
        }
    }
}

/// Downloads the router's chunk (nothing to download where chunks are not split).
pub fn preload_router() -> PreloadFuture {
    Box::pin(router_preload())
}

crate::ui::chunk::split_point! {
    chunk router, preload router_preload;
    /// The instance under leptos_router, navigating through the address bar.
    pub fn router(options: MountOptions, host: Option<web_sys::Element>) -> AnyView {
        url_routed(options, host)
    }
}

fn url_routed(options: MountOptions, host: Option<web_sys::Element>) -> AnyView {
    use leptos_router::components::{FlatRoutes, Route, Router};
    use leptos_router::path;
    let Routing::Url { base } = options.routing.clone() else {
        return instance_root(&options, host);
    };
    let nav_options = options.clone();
    let instance = move || instance_root(&options, host.clone());
    // The frame renders a task after the router: each compiles its code on first use, and
    // together they would block a slow phone for too long.
    view! {
        <Router base=base.clone()>
            <UrlNav base=base options=nav_options>
                <FlatRoutes fallback=instance.clone()>
                    <Route path=path!("/*any") view=move || {
                        let instance = instance.clone();
                        view! { <FirstScreen>{instance()}</FirstScreen> }
                    } />
                </FlatRoutes>
            </UrlNav>
        </Router>
    }
    .into_any()
}

/// Provides URL navigation; must sit inside `<Router>`.
#[component]
fn UrlNav(base: String, options: MountOptions, children: Children) -> impl IntoView {
    provide_context(
        Nav::from_router(&base, options.kind, options.app_url, options.apply_url)
            .leaving_to(options.leave_to),
    );
    children()
}

/// The instance's facts, under navigation so state created on its owner can navigate.
pub(super) fn instance_root(options: &MountOptions, host: Option<web_sys::Element>) -> AnyView {
    provide_context(Instance::new(
        options.standalone,
        host,
        options.endpoint.clone(),
        options.timeout_seconds,
        options.presets.clone(),
    ));
    let own_page = options.standalone || options.framed;
    provide_context(HeadingOffset(if own_page { 0 } else { 1 }));
    view! { <Frame /> }.into_any()
}
