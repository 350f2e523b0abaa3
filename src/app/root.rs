//! The root component of a mounted instance: shared state, then navigation by URL
//! (leptos_router) or in memory, then the frame.

use super::heading::HeadingOffset;
use super::nav::Nav;
use super::page::Scope;
use super::shell::{Frame, Instance};
use crate::apply::view::WizardState;
use crate::embed::options::{MountOptions, Routing};
use crate::guide::view::state::ProgressState;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

#[component]
pub fn App(
    options: MountOptions,
    #[prop(optional)] host: Option<web_sys::Element>,
) -> impl IntoView {
    let scope = options.scope();
    provide_context(Instance {
        standalone: options.standalone,
        host: StoredValue::new_local(host),
        has_errors: RwSignal::new(false),
    });
    provide_context(HeadingOffset(if options.standalone { 0 } else { 1 }));
    if matches!(scope, Scope::App | Scope::Guide) {
        provide_context(ProgressState::load());
    }
    if matches!(scope, Scope::App | Scope::Apply) {
        provide_context(WizardState::load(options.endpoint.clone()));
    }
    let app_url = options.app_url.clone();
    let apply_url = options.apply_url.clone();
    match options.routing {
        Routing::Url { base } => view! {
            <Router base=base.clone()>
                <UrlNav base=base scope=scope app_url=app_url apply_url=apply_url>
                    <FlatRoutes fallback=|| view! { <Frame /> }>
                        <Route path=path!("/*any") view=Frame />
                    </FlatRoutes>
                </UrlNav>
            </Router>
        }
        .into_any(),
        Routing::Memory { start } => {
            provide_context(Nav::in_memory(start, scope, app_url, apply_url));
            view! { <Frame /> }.into_any()
        }
    }
}

/// Provides URL navigation; must sit inside `<Router>`.
#[component]
fn UrlNav(
    base: String,
    scope: Scope,
    app_url: String,
    apply_url: String,
    children: Children,
) -> impl IntoView {
    provide_context(Nav::from_router(&base, scope, app_url, apply_url));
    children()
}
