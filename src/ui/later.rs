//! Content that renders one task after the rest of the page.
//!
//! Mounting a whole page at once is one long main-thread task; on a slow phone that blocks
//! input. Parts below the first screen are wrapped in [`Later`], so the first screen mounts
//! in one short task and the rest follows in another. Until then a hidden `data-later`
//! marker stands in its place, so tests can wait for the whole page.

use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(
        move || {
            // The page may have been left already; then there is nothing to show.
            let _ = ready.try_set(true);
        },
        Duration::ZERO,
    );
    view! {
        <Show when=move || ready.get() fallback=|| view! { <span hidden data-later></span> }>
            {children()}
        </Show>
    }
}
