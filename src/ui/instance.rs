//! The mounted instance as pages see it: whether it owns the whole page, the host element
//! it reports events on, and state a capability keeps across its pages (the roadmap's
//! progress, the wizard's draft), created the first time a page asks for it. (What holds
//! it back from showing, and where focus goes, is its `ui::readiness::Readiness`.)

use super::presets::Presets;
use crate::platform::host_events::HostEvent;
use leptos::prelude::*;
use std::any::Any;
use std::cell::Cell;

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
}

impl Instance {
    /// Called once per mount, inside the instance's root component.
    pub fn new(
        standalone: bool,
        host: Option<web_sys::Element>,
        endpoint: Option<String>,
        timeout_seconds: Option<u32>,
        presets: Presets,
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
