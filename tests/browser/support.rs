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
    }
}

pub fn mount(options: MountOptions) -> Mounted {
    mount_with_storage(options, &[])
}

/// Mounts after replacing local storage with `stored` (key, value) pairs.
pub fn mount_with_storage(options: MountOptions, stored: &[(&str, &str)]) -> Mounted {
    clear_storage();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for (key, value) in stored {
        storage.set_item(key, value).unwrap();
    }
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    root.set_class_name("cg-root");
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), move || view! { <App options=options /> });
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

/// Lets effects and the render they trigger run (a macrotask, so microtasks drain first).
/// Lets tasks run until `ready` holds (the embed mount takes a few), failing with `what`.
pub async fn wait_for(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..50 {
        if ready() {
            return;
        }
        settle().await;
    }
    panic!("timed out waiting for {what}");
}

pub async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        JsFuture::from(promise).await.unwrap();
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

    pub fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    pub fn all_text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    pub async fn click(&self, selector: &str) {
        self.find(selector).unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    /// Clicks the first button or link whose text is `text`.
    pub async fn click_text(&self, text: &str) {
        let target = self
            .find_all("button, a")
            .into_iter()
            .find(|el| el.text_content().is_some_and(|t| t.trim() == text))
            .unwrap_or_else(|| panic!("no button or link reads {text:?}"));
        target.unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    /// Types `value` into an input or textarea, firing `input` then `change`.
    pub async fn type_into(&self, selector: &str, value: &str) {
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
        settle().await;
    }

    /// Chooses `value` in a select.
    pub async fn select(&self, selector: &str, value: &str) {
        let el: web_sys::HtmlSelectElement = self.find(selector).unchecked_into();
        el.set_value(value);
        el.dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
        settle().await;
    }

    pub async fn submit(&self, selector: &str) {
        let form: web_sys::HtmlFormElement = self.find(selector).unchecked_into();
        form.request_submit().unwrap();
        settle().await;
    }
}
