//! Content that renders one task after the rest of the page.
//!
//! Mounting a whole page at once is one long main-thread task; on a slow phone that blocks
//! input (WebAssembly compiles each function the first time it runs, so a first render
//! costs far more than later ones). Parts below the first screen are wrapped in [`Later`],
//! and the URL-routed frame renders a task after the router ([`later`]), so each mounts in
//! a shorter task. Until then a hidden `data-later` marker stands in its place, so tests
//! can wait for the whole page; the widget waits for parts of the first screen, so it
//! appears without a gap that would then shift.

use super::instance::Instance;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A part below the first screen, rendered one task after the rest; the widget may appear
/// before it (it shifts nothing on screen).
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    deferred(move || children().into_any(), Screen::Below)
}

/// `view`, part of the first screen, rendered one task from now; the widget appears only
/// once it is there.
pub fn later(view: impl Fn() -> AnyView + 'static) -> AnyView {
    deferred(view, Screen::First)
}

/// Where a deferred part shows, which decides whether the widget waits for it.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    First,
    Below,
}

fn deferred(view: impl Fn() -> AnyView + 'static, screen: Screen) -> AnyView {
    if !crate::platform::IN_BROWSER {
        // Rendered to HTML at build time: the whole page at once.
        return view();
    }
    let ready = RwSignal::new(false);
    let instance = use_context::<Instance>().filter(|_| screen == Screen::First);
    // Not an arena value: the cleanup below may run after the owner's values are gone.
    let coming = Arc::new(AtomicBool::new(instance.is_some()));
    let came = move || {
        if coming.swap(false, Ordering::Relaxed) {
            if let Some(instance) = instance {
                instance.part_came();
            }
        }
    };
    if let Some(instance) = instance {
        instance.part_to_come();
    }
    // Left before it rendered: it will not come.
    on_cleanup(came.clone());
    set_timeout(
        move || {
            // The page may have been left already; then there is nothing to show.
            let _ = ready.try_set(true);
        },
        Duration::ZERO,
    );
    // Views may hold DOM nodes, which stay on this one thread.
    let view = SendWrapper::new(view);
    (move || {
        if ready.get() {
            // Counted as come once it is in the page, after this render.
            queue_microtask(came.clone());
            untrack(|| (*view)())
        } else {
            let marker = match screen {
                Screen::First => "first-screen",
                Screen::Below => "below-the-fold",
            };
            view! { <span hidden data-later=marker></span> }.into_any()
        }
    })
    .into_any()
}
