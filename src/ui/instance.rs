//! The mounted instance as pages see it: whether it owns the whole page, the host element
//! it reports events on, and state a capability keeps across its pages (the roadmap's
//! progress, the wizard's draft), created the first time a page asks for it.

use super::presets::Presets;
use crate::platform::host_events::HostEvent;
use leptos::prelude::*;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

/// Called when the first page is on screen: the mount then shows the widget in place of
/// the host's fallback. (Wrapped to travel through the router, which asks for `Send`;
/// everything runs on the page's one thread.)
#[derive(Clone)]
pub struct PageShown(send_wrapper::SendWrapper<Rc<dyn Fn()>>);

impl PageShown {
    pub fn new(shown: impl Fn() + 'static) -> Self {
        PageShown(send_wrapper::SendWrapper::new(Rc::new(shown)))
    }

    fn call(&self) {
        (self.0)();
    }
}

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// Facts about the mounted instance that pages need; provided by the shell.
#[derive(Clone, Copy)]
pub struct Instance {
    /// The app owns the page (titles, landmarks, skip link).
    pub standalone: bool,
    /// Unique on the page: names that must not meet another instance's (radio groups)
    /// end with it.
    pub serial: u32,
    /// The host's mount element, for events; `None` in component tests.
    host: StoredValue<Option<web_sys::Element>, LocalStorage>,
    /// Set by a page showing validation errors, so the title starts with "Error: ".
    pub has_errors: RwSignal<bool>,
    /// The host's `data-endpoint`, which overrides the wizard's configured endpoint.
    pub endpoint: StoredValue<Option<String>>,
    /// The host's `data-timeout-seconds`: how long the wizard waits for its endpoint.
    pub timeout_seconds: Option<u32>,
    /// What the host page tells the instance about the visit.
    presets: StoredValue<Presets>,
    /// The instance's reactive owner: shared state lives as long as the instance, not
    /// as long as the page that first asked for it.
    owner: StoredValue<Owner, LocalStorage>,
    shared: StoredValue<Vec<Box<dyn Any>>, LocalStorage>,
    page_shown: StoredValue<Option<PageShown>, LocalStorage>,
    first_page: StoredValue<FirstPage>,
}

/// How far the first page is: rendered, and parts of it still to render a task later.
#[derive(Default)]
struct FirstPage {
    rendered: bool,
    parts_to_come: u32,
}

impl Instance {
    /// Called once per mount, inside the instance's root component.
    pub fn new(
        standalone: bool,
        host: Option<web_sys::Element>,
        endpoint: Option<String>,
        timeout_seconds: Option<u32>,
        presets: Presets,
        page_shown: Option<PageShown>,
    ) -> Self {
        let serial = MOUNTED.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        Instance {
            standalone,
            serial,
            host: StoredValue::new_local(host),
            has_errors: RwSignal::new(false),
            endpoint: StoredValue::new(endpoint),
            timeout_seconds,
            presets: StoredValue::new(presets),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            shared: StoredValue::new_local(Vec::new()),
            page_shown: StoredValue::new_local(page_shown),
            first_page: StoredValue::new(FirstPage::default()),
        }
    }

    /// Says the first page (or a message in its place) is rendered; only the first call
    /// counts. The widget is shown once the parts it renders later are there too.
    pub fn page_shown(&self) {
        self.first_page
            .try_update_value(|first| first.rendered = true);
        self.show_when_whole();
    }

    /// A part of the page will render a task from now ([`crate::ui::later`]).
    pub fn part_to_come(&self) {
        self.first_page
            .try_update_value(|first| first.parts_to_come += 1);
    }

    /// A part announced with [`Instance::part_to_come`] has rendered (or was left unrendered).
    pub fn part_came(&self) {
        self.first_page.try_update_value(|first| {
            first.parts_to_come = first.parts_to_come.saturating_sub(1);
        });
        self.show_when_whole();
    }

    fn show_when_whole(&self) {
        let whole = self
            .first_page
            .try_with_value(|first| first.rendered && first.parts_to_come == 0)
            .unwrap_or(false);
        if !whole {
            return;
        }
        let mut first = None;
        self.page_shown
            .try_update_value(|shown| first = shown.take());
        if let Some(shown) = first {
            shown.call();
        }
    }

    /// Tells the host page what happened, with an event on its mount element; nothing
    /// once the instance has been ended (an application that arrives after the visitor
    /// left the page it was on).
    pub fn emit(&self, event: HostEvent) {
        let data_layer = self
            .presets
            .try_with_value(|p| p.analytics)
            .unwrap_or(false);
        let _ = self.host.try_with_value(|host| {
            if let Some(host) = host {
                event.tell(host, data_layer);
            }
        });
    }

    /// What the host page told the instance about the visit (nothing once it is ended).
    pub fn presets(&self) -> Presets {
        self.presets.try_get_value().unwrap_or_default()
    }

    /// A radio group's name, unique on the page: radios of two widgets never form one group.
    pub fn group_name(&self, name: &str) -> String {
        format!("{name}-{}", self.serial)
    }

    /// The instance's one `T`, made by `create` the first time any page asks.
    pub fn shared<T: Clone + 'static>(&self, create: impl FnOnce() -> T) -> T {
        let found = self.shared.with_value(|values| {
            values
                .iter()
                .find_map(|value| value.downcast_ref::<T>().cloned())
        });
        if let Some(found) = found {
            return found;
        }
        let value = self.owner.with_value(|owner| owner.with(create));
        self.shared
            .update_value(|values| values.push(Box::new(value.clone())));
        value
    }
}

pub fn use_instance() -> Instance {
    expect_context::<Instance>()
}
