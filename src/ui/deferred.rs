//! Parts of a page that render one task after the rest.
//!
//! Mounting a whole page at once is one long main-thread task; on a slow phone that blocks
//! input (WebAssembly compiles each function the first time it runs, so a first render
//! costs far more than later ones). So parts of a page render a task later, each in a
//! shorter task:
//!
//! - [`FirstScreen`]: a part of what the visitor sees first. The instance holds itself
//!   back until it is there ([`Hold::FirstScreenPart`]), so the widget never appears with
//!   a gap that would then fill and shift the page.
//! - [`BelowTheFold`]: a part further down. The widget may appear before it.
//!
//! Until a part renders, a hidden `data-later` marker stands in its place (tests wait for
//! none to be left). Both need a mounted instance; in a debug build, using one outside an
//! instance panics. Pre-rendered natively (no browser), the whole page renders at once.

use super::readiness::{Held, Hold, Readiness};
use crate::platform::dom;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// A part of the first screen, rendered one task after the rest; the widget appears only
/// once it is there.
#[component]
pub fn FirstScreen(children: ChildrenFn) -> impl IntoView {
    deferred(move || children().into_any(), true)
}

/// A part below the first screen, rendered one task after the rest; the widget may appear
/// before it (it shifts nothing on screen).
#[component]
pub fn BelowTheFold(children: ChildrenFn) -> impl IntoView {
    deferred(move || children().into_any(), false)
}

fn deferred(view: impl Fn() -> AnyView + 'static, first_screen: bool) -> AnyView {
    if !crate::platform::IN_BROWSER {
        return view();
    }
    let readiness = use_context::<Readiness>();
    debug_assert!(
        readiness.is_some(),
        "FirstScreen and BelowTheFold render inside a mounted instance"
    );
    let held: Option<Held> = readiness
        .filter(|_| first_screen)
        .map(|readiness| readiness.hold(Hold::FirstScreenPart));
    let ready = RwSignal::new(false);
    wasm_bindgen_futures::spawn_local(async move {
        dom::next_task().await;
        // The page may have been left meanwhile; then there is nothing to show.
        let _ = ready.try_set(true);
    });
    // Released once the part is in the document, or dropped (released) if it is left
    // before it rendered.
    let held = StoredValue::new_local(held);
    let view = SendWrapper::new(view);
    (move || {
        if ready.get() {
            Effect::new(move |_| {
                held.try_with_value(|held| held.as_ref().map(Held::release));
            });
            untrack(|| (*view)())
        } else {
            let marker = if first_screen {
                "first-screen"
            } else {
                "below-the-fold"
            };
            view! { <span hidden data-later=marker></span> }.into_any()
        }
    })
    .into_any()
}
