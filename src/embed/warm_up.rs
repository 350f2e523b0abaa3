//! Compiling ahead of the first real render, in short tasks of their own.
//!
//! Browsers compile each WebAssembly function the first time it is called, on the main
//! thread. The first render calls several hundred functions, so compiling and rendering
//! in one task blocked input for longer than a slow phone allows (Lighthouse's Total
//! Blocking Time). Rendering a small page of the app once, into an element that is never
//! attached to the document, compiles the shared rendering code in an earlier task; the
//! real render then only compiles what its page adds.

use super::options::{Kind, MountOptions, Routing};
use crate::app::nav::Nav;
use crate::app::page::{Page, Scope};
use crate::app::root::App;
use crate::app::shell::NotFound;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// Where the warm-up is: mounts that arrive while it runs wait for it.
enum WarmUp {
    NotStarted,
    Running(Vec<Box<dyn FnOnce()>>),
    Done,
}

thread_local! {
    static STATE: RefCell<WarmUp> = const { RefCell::new(WarmUp::NotStarted) };
}

/// Runs `then` in a task of its own once the warm-up is over; the warm-up runs once per
/// page load, each stage in its own task.
pub fn warm_up_then(then: impl FnOnce() + 'static) {
    let start = STATE.with(|state| {
        let mut state = state.borrow_mut();
        match &mut *state {
            WarmUp::NotStarted => {
                *state = WarmUp::Running(vec![Box::new(then)]);
                true
            }
            WarmUp::Running(waiting) => {
                waiting.push(Box::new(then));
                false
            }
            WarmUp::Done => {
                next_task(then);
                false
            }
        }
    });
    if !start {
        return;
    }
    next_task(|| {
        render_detached(|| {
            provide_context(Nav::in_memory(
                Page::NotFound,
                Scope::Guide,
                String::new(),
                String::new(),
            ));
            view! { <NotFound /> }
        });
        next_task(|| {
            render_detached(|| view! { <App options=throwaway_options() /> });
            let waiting = STATE.with(|state| state.replace(WarmUp::Done));
            if let WarmUp::Running(waiting) = waiting {
                for then in waiting {
                    next_task(then);
                }
            }
        });
    });
}

/// Runs `work` in a task of its own, measured like the loader's first task (the bench reports
/// the longest "career-guide:task").
fn next_task(work: impl FnOnce() + 'static) {
    set_timeout(
        move || {
            let performance = web_sys::window().and_then(|w| w.performance());
            if let Some(p) = &performance {
                let _ = p.mark(TASK_START);
            }
            work();
            if let Some(p) = &performance {
                let _ = p.measure_with_start_mark(TASK, TASK_START);
            }
        },
        std::time::Duration::ZERO,
    );
}

const TASK_START: &str = "career-guide:task-start";
const TASK: &str = "career-guide:task";

/// Renders `view` into an element that is never attached to the document, then drops it.
fn render_detached<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) {
    let detached = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(detached) = detached {
        drop(leptos::mount::mount_to(detached, view));
    }
}

/// A guide widget with no host element: it emits no events, sets no title and routes in
/// memory, so nothing outside its detached element notices it.
fn throwaway_options() -> MountOptions {
    MountOptions {
        kind: Kind::Guide,
        routing: Routing::Memory {
            start: Page::NotFound,
        },
        endpoint: None,
        app_url: String::new(),
        apply_url: String::new(),
        standalone: false,
    }
}
