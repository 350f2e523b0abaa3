//! Mounting components into a fresh container and driving them like a visitor.

use career_guide::routing::page::{Page, WidgetKind};
use career_guide::shell::options::{MountOptions, Routing};
use career_guide::shell::root::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// A mounted app; dropping it unmounts and removes its container.
pub struct Mounted {
    pub root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Options for a widget of `kind` keeping its pages in memory, starting at `start`.
pub fn widget(kind: WidgetKind, start: Page) -> MountOptions {
    MountOptions {
        kind,
        routing: Routing::Memory { start },
        endpoint: None,
        timeout_seconds: None,
        app_url: "/".into(),
        apply_url: "/apply".into(),
        standalone: false,
        theme: career_guide::ui::theme::ThemeMode::Auto,
        leave_to: career_guide::routing::nav::LeaveTo::Here,
        framed: false,
        presets: Default::default(),
    }
}

pub async fn mount(options: MountOptions) -> Mounted {
    mount_with_storage(options, &[]).await
}

/// Mounts after replacing local storage with `stored` (key, value) pairs.
pub async fn mount_with_storage(options: MountOptions, stored: &[(&str, &str)]) -> Mounted {
    clear_storage();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for (key, value) in stored {
        storage.set_item(key, value).unwrap();
    }
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    root.set_class_name("cg-root");
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), move || view! { <App options=options /> });
    // Like a page that has finished loading before the visitor acts: Leptos completes the
    // mount (its event listeners among it) in the tasks after this one.
    next_task().await;
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

pub fn clear_storage() {
    if let Ok(Some(storage)) = web_sys::window().unwrap().local_storage() {
        let _ = storage.clear();
    }
}

/// Lets the browser run its queued tasks once (a macrotask: microtasks drain first).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits until `ready` holds, letting the page's tasks run meanwhile; fails naming `what`
/// after five seconds. The one way these tests wait: never a fixed number of tasks.
pub async fn wait_for(what: &str, ready: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !ready() {
        if js_sys::Date::now() - start > 5_000.0 {
            panic!("timed out waiting for {what}");
        }
        next_task().await;
    }
}

impl Mounted {
    pub fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    pub fn find_all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect()
    }

    fn text_of(&self, selector: &str) -> Option<String> {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .map(|el| el.text_content().unwrap_or_default())
    }

    pub fn all_text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    /// Waits until the element's text is exactly `expected`.
    pub async fn wait_text(&self, selector: &str, expected: &str) {
        wait_for(&format!("{selector} to read {expected:?}"), || {
            self.text_of(selector).as_deref() == Some(expected)
        })
        .await;
    }

    /// Waits until the element's text contains `expected`, and returns the whole text.
    pub async fn wait_text_containing(&self, selector: &str, expected: &str) -> String {
        wait_for(&format!("{selector} to contain {expected:?}"), || {
            self.text_of(selector).is_some_and(|t| t.contains(expected))
        })
        .await;
        self.text_of(selector).unwrap_or_default()
    }

    /// Waits until `selector` matches exactly `count` elements.
    pub async fn wait_count(&self, selector: &str, count: usize) {
        wait_for(&format!("{count} of {selector}"), || {
            self.find_all(selector).len() == count
        })
        .await;
    }

    pub async fn click(&self, selector: &str) {
        self.wait_count_at_least(selector).await;
        self.find(selector).unchecked_into::<HtmlElement>().click();
    }

    async fn wait_count_at_least(&self, selector: &str) {
        wait_for(&format!("{selector} to appear"), || {
            !self.find_all(selector).is_empty()
        })
        .await;
    }

    /// Clicks the first button or link whose text is `text`.
    pub async fn click_text(&self, text: &str) {
        let find = || {
            self.find_all("button, a")
                .into_iter()
                .find(|el| el.text_content().is_some_and(|t| t.trim() == text))
        };
        wait_for(&format!("a button or link reading {text:?}"), || {
            find().is_some()
        })
        .await;
        find().unwrap().unchecked_into::<HtmlElement>().click();
    }

    /// Types `value` into an input or textarea, firing `input` then `change`.
    pub async fn type_into(&self, selector: &str, value: &str) {
        self.wait_count_at_least(selector).await;
        let el = self.find(selector);
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(value);
        }
        for name in ["input", "change"] {
            let event = web_sys::Event::new_with_event_init_dict(name, &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap();
            el.dispatch_event(&event).unwrap();
        }
    }

    /// Chooses `value` in a select.
    pub async fn select(&self, selector: &str, value: &str) {
        self.wait_count_at_least(selector).await;
        let el: web_sys::HtmlSelectElement = self.find(selector).unchecked_into();
        el.set_value(value);
        el.dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
    }

    pub async fn submit(&self, selector: &str) {
        self.wait_count_at_least(selector).await;
        let form: web_sys::HtmlFormElement = self.find(selector).unchecked_into();
        form.request_submit().unwrap();
    }
}
