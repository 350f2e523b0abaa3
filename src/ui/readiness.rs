//! When a mounted instance may be shown: once nothing holds it back. A widget appears in
//! place of the host's fallback (or the pre-rendered page) only when its first screen is
//! whole, so it never shows a gap that fills a moment later and shifts the page.
//!
//! What holds it back is named ([`Hold`]): its first page, each part of the first screen
//! that renders a task later, and (inside a shadow root) its stylesheet. Each hold is a
//! [`Held`] value, released once (by [`Held::release`], or by dropping it: a part left
//! before it rendered holds nothing back). When the last is released the instance is shown,
//! once: the steps registered with [`Readiness::when_shown`] run in the order they were
//! registered.
//!
//! It also moves focus after the visitor acts: to the title of the page they moved to, or
//! to the next title after *Try again*, as soon as that title appears; never by polling.

use crate::platform::dom;
use crate::routing::nav::Location;
use send_wrapper::SendWrapper;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What can hold an instance back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    /// The first page (or what shows in its place: its failure, "Page not found").
    Page,
    /// A part of the first screen rendering a task after the rest.
    FirstScreenPart,
    /// The stylesheet of the widget's shadow root.
    Stylesheet,
}

#[derive(Default)]
struct Inner {
    /// How many of each [`Hold`] are outstanding.
    holding: Cell<[u32; 3]>,
    shown: Cell<bool>,
    /// The first page's hold, until the first page is rendered.
    first_page: RefCell<Option<Held>>,
    when_shown: RefCell<Vec<Box<dyn FnOnce()>>>,
    focus: RefCell<Focus>,
}

/// Where the page titles stand, for moving focus to the right one.
#[derive(Default)]
struct Focus {
    /// The latest page title to appear, and the location it appeared at.
    shown: Option<(web_sys::HtmlElement, Location)>,
    /// What the visitor's last action asked focus to follow, until a title satisfies it.
    wanted: Option<Wanted>,
}

/// The title focus should go to.
#[derive(Clone, PartialEq)]
enum Wanted {
    /// The title of the page at this location (the visitor moved to it).
    At(Location),
    /// The next title to appear (*Try again*: the page, or its failure again).
    Next,
}

/// One mounted instance's readiness. Cloning shares it. (Wrapped to travel through
/// Leptos' context and the router, which ask for `Send`; it never leaves the page's one
/// thread.)
#[derive(Clone)]
pub struct Readiness(SendWrapper<Rc<Inner>>);

impl Default for Readiness {
    fn default() -> Self {
        Readiness::new()
    }
}

impl Readiness {
    /// A readiness held back by its first page until [`Readiness::first_page_rendered`].
    pub fn new() -> Readiness {
        let readiness = Readiness(SendWrapper::new(Rc::default()));
        let page = readiness.hold(Hold::Page);
        *readiness.0.first_page.borrow_mut() = Some(page);
        readiness
    }

    /// Holds the instance back until the returned value is released or dropped. A hold
    /// taken once the instance is shown changes nothing.
    pub fn hold(&self, what: Hold) -> Held {
        let mut holding = self.0.holding.get();
        holding[what as usize] += 1;
        self.0.holding.set(holding);
        Held {
            readiness: self.clone(),
            what,
            released: Cell::new(false),
        }
    }

    /// The first page is in the document: its hold goes (only the first call counts).
    pub fn first_page_rendered(&self) {
        let page = self.0.first_page.borrow_mut().take();
        if let Some(page) = page {
            page.release();
        }
    }

    /// Runs `step` when the instance is shown (at once if it is), after the steps
    /// registered before it.
    pub fn when_shown(&self, step: impl FnOnce() + 'static) {
        if self.0.shown.get() {
            step();
        } else {
            self.0.when_shown.borrow_mut().push(Box::new(step));
        }
    }

    pub fn is_shown(&self) -> bool {
        self.0.shown.get()
    }

    /// What still holds the instance back.
    pub fn holding(&self) -> Vec<Hold> {
        let holding = self.0.holding.get();
        [Hold::Page, Hold::FirstScreenPart, Hold::Stylesheet]
            .into_iter()
            .filter(|what| holding[*what as usize] > 0)
            .collect()
    }

    /// Moves focus to the page title at `location` once it has appeared (now, if it has):
    /// the visitor moved to that page. A later request replaces this one.
    pub fn focus_title_at(&self, location: Location) {
        let ready = {
            let mut focus = self.0.focus.borrow_mut();
            let ready = match &focus.shown {
                Some((title, at)) if *at == location => Some(title.clone()),
                _ => None,
            };
            focus.wanted = ready.is_none().then_some(Wanted::At(location));
            ready
        };
        if let Some(title) = ready {
            dom::focus_element(&title);
        }
    }

    /// Moves focus to the next page title to appear: the visitor asked for the page again.
    pub fn focus_next_title(&self) {
        self.0.focus.borrow_mut().wanted = Some(Wanted::Next);
    }

    /// A page title appeared at `location` (see [`crate::ui::heading::Heading`]); focus
    /// goes to it if the visitor's last action asked for it.
    pub fn title_appeared(&self, title: web_sys::HtmlElement, location: Location) {
        let focus_now = {
            let mut focus = self.0.focus.borrow_mut();
            let wanted = match &focus.wanted {
                Some(Wanted::Next) => true,
                Some(Wanted::At(at)) => *at == location,
                None => false,
            };
            if wanted {
                focus.wanted = None;
            }
            focus.shown = Some((title.clone(), location));
            wanted
        };
        if focus_now {
            dom::focus_element(&title);
        }
    }

    fn release(&self, what: Hold) {
        let mut holding = self.0.holding.get();
        holding[what as usize] = holding[what as usize].saturating_sub(1);
        self.0.holding.set(holding);
        if holding.iter().all(|n| *n == 0) && !self.0.shown.replace(true) {
            let steps = std::mem::take(&mut *self.0.when_shown.borrow_mut());
            for step in steps {
                step();
            }
        }
    }
}

/// One hold on an instance; released once.
pub struct Held {
    readiness: Readiness,
    what: Hold,
    released: Cell<bool>,
}

impl Held {
    pub fn release(&self) {
        if !self.released.replace(true) {
            self.readiness.release(self.what);
        }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        self.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Log = Rc<RefCell<Vec<&'static str>>>;

    /// A log, and steps that write their name in it.
    fn recorder() -> (Log, impl Fn(&'static str) -> Box<dyn FnOnce()>) {
        let log: Log = Rc::default();
        let record = {
            let log = Rc::clone(&log);
            move |what: &'static str| -> Box<dyn FnOnce()> {
                let log = Rc::clone(&log);
                Box::new(move || log.borrow_mut().push(what))
            }
        };
        (log, record)
    }

    #[test]
    fn shown_once_when_the_page_its_parts_and_its_stylesheet_are_all_there() {
        let readiness = Readiness::new();
        let (log, record) = recorder();
        readiness.when_shown(record("reveal"));
        readiness.when_shown(record("ready event"));
        let styles = readiness.hold(Hold::Stylesheet);
        let part = readiness.hold(Hold::FirstScreenPart);
        readiness.first_page_rendered();
        assert_eq!(
            readiness.holding(),
            [Hold::FirstScreenPart, Hold::Stylesheet]
        );
        part.release();
        part.release();
        assert!(!readiness.is_shown(), "released twice counts once");
        drop(styles);
        assert!(readiness.is_shown());
        assert_eq!(
            *log.borrow(),
            ["reveal", "ready event"],
            "in the order registered"
        );
        // Nothing shows it twice; a step registered afterwards runs at once.
        readiness.first_page_rendered();
        let _late = readiness.hold(Hold::FirstScreenPart);
        readiness.when_shown(record("later"));
        assert_eq!(*log.borrow(), ["reveal", "ready event", "later"]);
    }

    #[test]
    fn a_part_left_before_it_rendered_holds_nothing_back() {
        let readiness = Readiness::new();
        let part = readiness.hold(Hold::FirstScreenPart);
        readiness.first_page_rendered();
        drop(part);
        assert!(readiness.is_shown());
    }
}
