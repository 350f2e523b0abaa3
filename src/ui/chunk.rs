//! Capabilities that load on their own. Each capability's entry is declared with
//! [`split_point!`]: in the release pipeline (the `split` feature on wasm) its code goes
//! into a separate WebAssembly chunk, downloaded the first time it is shown; everywhere
//! else (native tests, browser component tests) it is a plain async function.
//!
//! [`chunk_view`] shows such an entry: a short loading state while its chunk downloads,
//! and a message with a retry button if the download fails. Never a blank box, never a panic.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;

/// A capability's code could not be downloaded (offline, blocked, server error).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// What a split entry returns once awaited.
pub type ChunkFuture = Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>>;

/// Declares a capability's entry: `pub fn NAME(ARGS) -> AnyView { BODY }` becomes
/// `pub async fn NAME(ARGS) -> Result<AnyView, ChunkError>` whose body runs from chunk
/// `CHUNK`, plus `pub async fn PRELOAD()` that only downloads it.
macro_rules! split_point {
    (
        chunk $chunk:ident, preload $preload:ident;
        $(#[$meta:meta])*
        pub fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> AnyView $body:block
    ) => {
        #[cfg(all(feature = "split", target_arch = "wasm32"))]
        $(#[$meta])*
        #[::leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload($preload)
        )]
        pub fn $name($($arg: $ty),*) -> Result<::leptos::prelude::AnyView, $crate::ui::chunk::ChunkError> {
            Ok($body)
        }

        #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
        $(#[$meta])*
        pub async fn $name($($arg: $ty),*) -> Result<::leptos::prelude::AnyView, $crate::ui::chunk::ChunkError> {
            Ok($body)
        }

        /// Downloads the chunk without showing anything (nothing to download here).
        #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
        pub async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}

pub(crate) use split_point;

/// Shows what `load` resolves to. `what` names the part for the loading and failure
/// messages ("the salary comparison").
pub fn chunk_view(what: &'static str, load: impl Fn() -> ChunkFuture + 'static) -> AnyView {
    let attempt = RwSignal::new(0u32);
    let load = SendWrapper::new(load);
    view! {
        <Suspense fallback=move || view! { <p class="cg-loading" role="status">{format!("Loading {what}…")}</p> }>
            {move || {
                attempt.track();
                let future = SendWrapper::new(load());
                Suspend::new(async move {
                    match future.await {
                        Ok(view) => view,
                        Err(ChunkError) => view! { <ChunkFailed what=what attempt=attempt /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn ChunkFailed(what: &'static str, attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <div class="cg-notice cg-notice--error" role="alert">
            <p>{format!("Sorry, {what} could not be downloaded. Check your internet connection and try again.")}</p>
            <button type="button" class="cg-button cg-button--secondary" on:click=move |_| attempt.update(|n| *n += 1)>
                "Try again"
            </button>
        </div>
    }
}
