//! The instances alive on the page, so one whose element leaves the document can be ended.
//! A single-page host (React, Vue, a router swapping pages) removes a widget's element on
//! navigation; the loader then calls [`unmount`], which disposes the instance's reactive
//! owner (its effects, listeners and timers go with it) and puts the element back as it
//! was, so the same element can be mounted again later.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::Element;

/// One instance: the element it belongs to, whether it has been ended, and once started,
/// what keeps its view mounted (dropping it unmounts the view and disposes its owner).
struct Live {
    element: Element,
    ended: Rc<Cell<bool>>,
    mounted: Option<Box<dyn Any>>,
    routes_by_url: bool,
}

thread_local! {
    static LIVE: RefCell<Vec<Live>> = const { RefCell::new(Vec::new()) };
}

/// An instance on its way up: each step of its start-up asks whether it has been ended
/// meanwhile before going on.
pub struct Starting {
    element: Element,
    ended: Rc<Cell<bool>>,
}

impl Starting {
    pub fn ended(&self) -> bool {
        self.ended.get()
    }

    /// Keeps the instance's mounted view until it is ended.
    pub fn started(self, mounted: Box<dyn Any>) {
        LIVE.with(|live| {
            let mut live = live.borrow_mut();
            let entry = live
                .iter_mut()
                .find(|entry| entry.element.is_same_node(Some(&self.element)));
            if let Some(entry) = entry {
                entry.mounted = Some(mounted);
            }
        });
    }
}

/// Records an instance starting in `element`.
pub fn starting(element: &Element, routes_by_url: bool) -> Starting {
    let ended = Rc::new(Cell::new(false));
    LIVE.with(|live| {
        live.borrow_mut().push(Live {
            element: element.clone(),
            ended: Rc::clone(&ended),
            mounted: None,
            routes_by_url,
        })
    });
    Starting {
        element: element.clone(),
        ended,
    }
}

/// Ends the instance in `element`, if there is one: its view is unmounted and its owner
/// disposed. Returns whether it routed by URL (the address bar is then free again).
pub fn end(element: &Element) -> Option<bool> {
    let entry = LIVE.with(|live| {
        let mut live = live.borrow_mut();
        let at = live
            .iter()
            .position(|entry| entry.element.is_same_node(Some(element)))?;
        Some(live.remove(at))
    })?;
    entry.ended.set(true);
    // Dropped outside the borrow: unmounting may run cleanups that look at the registry.
    drop(entry.mounted);
    Some(entry.routes_by_url)
}

/// How many instances are alive on the page.
pub fn count() -> u32 {
    LIVE.with(|live| live.borrow().len() as u32)
}
