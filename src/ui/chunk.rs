//! Capabilities that load on their own. Each capability's entry is declared with
//! [`split_point!`]: in the release pipeline (the `split` feature on wasm) its code goes
//! into a separate WebAssembly chunk, downloaded the first time it is shown; everywhere
//! else (native tests, browser component tests) it is a plain async function.
//!
//! [`chunk_view`] shows such an entry: a short loading state while its chunk downloads,
//! and a message with a retry button if the download fails. Never a blank box, never a panic.

use super::heading::Heading;
use super::readiness::Readiness;
use futures_util::FutureExt;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
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

/// What a chunk's view is to its instance.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stands {
    /// A page: once it (or its failure) is in the document, the first page is there.
    ForPage,
    /// The frame pages go in (the router): only its failure stands in for the page.
    ForFrame,
}

/// Shows what `load` resolves to once `preload` has downloaded its chunk. `what` names
/// the part for the loading and failure messages ("the salary comparison").
///
/// A chunk already downloaded (the usual case: the first page's chunk downloads before the
/// first render, and every later page of a capability reuses its chunk) renders in the
/// same task. Otherwise a short loading message shows until it arrives.
pub fn chunk_view(
    what: &'static str,
    stands: Stands,
    preload: impl Fn() -> PreloadFuture + 'static,
    load: impl Fn() -> ChunkFuture + 'static,
) -> AnyView {
    let download = RwSignal::new(Download::Unknown);
    let (preload, load) = (SendWrapper::new(preload), SendWrapper::new(load));
    let readiness = use_context::<Readiness>();
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
    // Once in the document, the page (or its failure) lets the instance show.
    let rendered = move |view: AnyView, failed: bool| -> AnyView {
        if stands == Stands::ForPage || failed {
            if let Some(readiness) = readiness.clone() {
                Effect::new(move |_| readiness.first_page_rendered());
            }
        }
        view
    };
    let failed = {
        let rendered = rendered.clone();
        move || {
            rendered(
                view! { <ChunkFailed what=what download=download /> }.into_any(),
                true,
            )
        }
    };
    (move || match download.get() {
        Download::Pending => loading(),
        Download::Failed => failed(),
        Download::Unknown => {
            let mut preloading = preload();
            match (&mut preloading).now_or_never() {
                Some(Ok(())) => {
                    let mut entry = load();
                    match (&mut entry).now_or_never() {
                        Some(Ok(view)) => rendered(view, false),
                        Some(Err(_)) => failed(),
                        // A chunk that is here answers at once; should it not, its view
                        // is waited for like a download.
                        None => {
                            wait_for(
                                download,
                                async move { entry.await.map(|_| ()).map_err(|_| ()) },
                            );
                            loading()
                        }
                    }
                }
                Some(Err(_)) => failed(),
                None => {
                    wait_for(download, async move { preloading.await.map_err(|_| ()) });
                    loading()
                }
            }
        }
    })
    .into_any()
}

/// Shows the loading state until `done` settles, then asks again (or shows the failure).
fn wait_for(download: RwSignal<Download>, done: impl Future<Output = Result<(), ()>> + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let next = match done.await {
            Ok(()) => Download::Unknown,
            Err(()) => Download::Failed,
        };
        // The page may have been left meanwhile.
        let _ = download.try_set(next);
    });
    // No notification: the view shows the loading state now and renders again when the
    // download ends.
    download.update_untracked(|state| *state = Download::Pending);
}

/// GOV.UK's "there is a problem" pattern: a title saying what went wrong, what to do, and a
/// button to do it. *Try again* moves focus to whatever shows next (the page, or this
/// message again), as a page change does.
#[component]
fn ChunkFailed(what: &'static str, download: RwSignal<Download>) -> impl IntoView {
    let readiness = use_context::<Readiness>();
    let try_again = move |_: leptos::ev::MouseEvent| {
        // Focus follows to whatever shows next: the page, or this message again.
        if let Some(readiness) = &readiness {
            readiness.focus_next_title();
        }
        download.set(Download::Unknown);
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
