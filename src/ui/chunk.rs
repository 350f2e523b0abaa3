//! Capabilities that load on their own. Each capability's entry is declared with
//! [`split_point!`]: in the release pipeline (the `split` feature on wasm) its code goes
//! into a separate WebAssembly chunk, downloaded the first time it is shown; everywhere
//! else (native tests, browser component tests) it is a plain async function.
//!
//! [`chunk_view`] shows such an entry: a short loading state while its chunk downloads,
//! and a message with a retry button if the download fails. Never a blank box, never a panic.

use super::heading::{focus_page_title, Heading};
use super::instance::Instance;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use wasm_bindgen::JsCast;

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
/// What a split entry's preload returns: its chunk is downloaded, or could not be.
pub type PreloadFuture = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// Declares a capability's entry: `pub fn NAME(ARGS) -> AnyView { BODY }` becomes
/// `pub async fn NAME(ARGS) -> Result<AnyView, ChunkError>` whose body runs from chunk
/// `CHUNK`, plus `pub async fn PRELOAD()` that only downloads it. Any other return type
/// works the same way, for work only some pages need (the host's theme).
macro_rules! split_point {
    // A view: `-> AnyView` needs no import where it is declared.
    (
        chunk $chunk:ident, preload $preload:ident;
        $(#[$meta:meta])*
        pub fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> AnyView $body:block
    ) => {
        $crate::ui::chunk::split_point! {
            chunk $chunk, preload $preload;
            $(#[$meta])*
            pub fn $name($($arg: $ty),*) -> ::leptos::prelude::AnyView $body
        }
    };
    // Any other value computed in a chunk: `-> T` becomes `-> Result<T, ChunkError>`.
    (
        chunk $chunk:ident, preload $preload:ident;
        $(#[$meta:meta])*
        pub fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block
    ) => {
        #[cfg(all(feature = "split", target_arch = "wasm32"))]
        $(#[$meta])*
        #[::leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload($preload)
        )]
        pub fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::chunk::ChunkError> {
            Ok($body)
        }

        #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
        $(#[$meta])*
        pub async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::chunk::ChunkError> {
            Ok($body)
        }

        /// Downloads the chunk without computing anything (nothing to download here).
        #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
        pub async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}

pub(crate) use split_point;

/// Where a chunk's download stands, for the one view that waits for it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Download {
    /// Not known yet: the view asks (a chunk loaded before shows at once).
    Unknown,
    Pending,
    Failed,
}

/// Shows what `load` resolves to once `preload` has downloaded its chunk. `what` names
/// the part for the loading and failure messages ("the salary comparison").
///
/// A chunk already downloaded (the usual case: the first page's chunk downloads before the
/// first render, and every later page of a capability reuses its chunk) renders in the
/// same task. Otherwise a short loading message shows until it arrives.
pub fn chunk_view(
    what: &'static str,
    preload: fn() -> PreloadFuture,
    load: impl Fn() -> ChunkFuture + 'static,
) -> AnyView {
    let download = RwSignal::new(Download::Unknown);
    let load = SendWrapper::new(load);
    // The page's title stands in while it loads, so the page is never without one; it is
    // a placeholder, so focus waits for the real title.
    let loading = move || {
        view! {
            <div class="cg-loading" role="status">
                <Heading level=1 placeholder=true>{format!("Loading {what}…")}</Heading>
            </div>
        }
        .into_any()
    };
    // Whatever shows in the end, the page or the failure, the instance is told, once the
    // view is built: parts of it that render later (`ui::later`) have then said so.
    let shown = move |view: AnyView| {
        if let Some(instance) = use_context::<Instance>().filter(|_| crate::platform::IN_BROWSER) {
            queue_microtask(move || instance.page_shown());
        }
        view
    };
    let failed = move || shown(view! { <ChunkFailed what=what download=download /> }.into_any());
    (move || match download.get() {
        Download::Pending => loading(),
        Download::Failed => failed(),
        Download::Unknown => {
            let mut preloading = preload();
            match poll_once(&mut preloading) {
                Poll::Ready(Ok(())) => match poll_once(&mut load()) {
                    Poll::Ready(Ok(view)) => shown(view),
                    _ => failed(),
                },
                Poll::Ready(Err(_)) => failed(),
                Poll::Pending => {
                    wasm_bindgen_futures::spawn_local(async move {
                        let next = match preloading.await {
                            Ok(()) => Download::Unknown,
                            Err(_) => Download::Failed,
                        };
                        // The page may have been left meanwhile.
                        let _ = download.try_set(next);
                    });
                    // No notification: this view shows the loading state now and
                    // renders again when the download ends.
                    download.update_untracked(|state| *state = Download::Pending);
                    loading()
                }
            }
        }
    })
    .into_any()
}

/// Polls a future once: a loaded chunk's entry is ready at once.
fn poll_once<T>(future: &mut Pin<Box<dyn Future<Output = T>>>) -> Poll<T> {
    future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
}

/// GOV.UK's "there is a problem" pattern: a title saying what went wrong, what to do, and a
/// button to do it. *Try again* moves focus to whatever shows next (the page, or this
/// message again), as a page change does.
#[component]
fn ChunkFailed(what: &'static str, download: RwSignal<Download>) -> impl IntoView {
    let try_again = move |ev: leptos::ev::MouseEvent| {
        // The button goes with this message; the tree it was in stays.
        let root = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .map(|button| button.get_root_node());
        download.set(Download::Unknown);
        if let Some(root) = root {
            focus_page_title(root, move || download.try_get_untracked().is_some());
        }
    };
    view! {
        <div class="cg-notice cg-notice--error" role="alert">
            <Heading level=1>{format!("Sorry, {what} could not be downloaded")}</Heading>
            <p>{"Check your internet connection and try again."}</p>
            <button type="button" class="cg-button cg-button--secondary" on:click=try_again>
                "Try again"
            </button>
        </div>
    }
}
