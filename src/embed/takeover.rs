//! The app taking the place of its pre-rendered page without the visitor noticing. Both
//! are rendered by the same components, so they have the same elements in the same
//! places; what the visitor did to the pre-rendered page while the app loaded (typed in a
//! field, ticked a box, opened an answer, moved focus) is found by each element's place
//! and done again on the app's element, which the app then hears as the visitor's input.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement};

/// An element's place in a tree: the index among its parent's element children, from the
/// root down.
type Place = Vec<u32>;

/// What the visitor changed on the pre-rendered page, by place.
#[derive(Default)]
pub struct VisitorState {
    focused: Option<Place>,
    values: Vec<(Place, Change)>,
    scroll: (f64, f64),
}

enum Change {
    Value(String),
    Checked(bool),
    Open(bool),
}

/// Reads what the visitor changed inside `old`, before it is removed.
pub fn read(old: &Element) -> VisitorState {
    let mut state = VisitorState::default();
    if let Some(window) = web_sys::window() {
        state.scroll = (
            window.scroll_x().unwrap_or(0.0),
            window.scroll_y().unwrap_or(0.0),
        );
        let active = window.document().and_then(|d| d.active_element());
        state.focused = active.and_then(|active| place_of(old, &active));
    }
    let Ok(controls) = old.query_selector_all("input, select, textarea, details") else {
        return state;
    };
    for index in 0..controls.length() {
        let Some(element) = controls
            .item(index)
            .and_then(|n| n.dyn_into::<Element>().ok())
        else {
            continue;
        };
        if let (Some(change), Some(place)) = (changed(&element), place_of(old, &element)) {
            state.values.push((place, change));
        }
    }
    state
}

/// Does again inside `new` (now on screen in `old`'s place) what the visitor did.
pub fn apply(state: VisitorState, new: &Element) {
    for (place, change) in state.values {
        let Some(element) = at_place(new, &place) else {
            continue;
        };
        match change {
            Change::Value(value) => {
                if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                    input.set_value(&value);
                } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
                    select.set_value(&value);
                } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                    area.set_value(&value);
                }
                tell(&element, "input");
                tell(&element, "change");
            }
            Change::Checked(checked) => {
                if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                    if input.checked() != checked {
                        input.set_checked(checked);
                        tell(&element, "input");
                        tell(&element, "change");
                    }
                }
            }
            Change::Open(open) => {
                if let Some(details) = element.dyn_ref::<web_sys::HtmlDetailsElement>() {
                    if details.open() != open {
                        details.set_open(open);
                    }
                }
            }
        }
    }
    if let Some(window) = web_sys::window() {
        let moved = (
            window.scroll_x().unwrap_or(0.0),
            window.scroll_y().unwrap_or(0.0),
        ) != state.scroll;
        if moved {
            window.scroll_to_with_x_and_y(state.scroll.0, state.scroll.1);
        }
    }
    let focused = state.focused.and_then(|place| at_place(new, &place));
    if let Some(element) = focused.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// What the visitor changed on a form control or disclosure, if anything: what the page
/// says it started with is its default.
fn changed(element: &Element) -> Option<Change> {
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        return match input.type_().as_str() {
            "checkbox" | "radio" => (input.checked() != input.default_checked())
                .then(|| Change::Checked(input.checked())),
            _ => (input.value() != input.default_value()).then(|| Change::Value(input.value())),
        };
    }
    if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        let options = select.options();
        let untouched = (0..options.length()).all(|i| {
            options
                .item(i)
                .and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                .is_none_or(|o| o.selected() == o.default_selected())
        });
        return (!untouched).then(|| Change::Value(select.value()));
    }
    if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return (Ok(area.value()) != area.default_value()).then(|| Change::Value(area.value()));
    }
    // Opening a disclosure sets its `open` attribute, so it has no default to compare
    // with; every one is pre-rendered closed, so one open was opened by the visitor.
    if let Some(details) = element.dyn_ref::<web_sys::HtmlDetailsElement>() {
        return details.open().then_some(Change::Open(true));
    }
    None
}

/// Where `element` is inside `root`, if it is.
fn place_of(root: &Element, element: &Element) -> Option<Place> {
    let mut place = Vec::new();
    let mut current = element.clone();
    while !current.is_same_node(Some(root)) {
        let parent = current.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|&i| {
            children
                .item(i)
                .is_some_and(|c| c.is_same_node(Some(&current)))
        })?;
        place.push(index);
        current = parent;
    }
    place.reverse();
    Some(place)
}

fn at_place(root: &Element, place: &[u32]) -> Option<Element> {
    let mut current = root.clone();
    for index in place {
        current = current.children().item(*index)?;
    }
    Some(current)
}

/// Tells the app an input happened, as the browser would have.
fn tell(element: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict(name, &init) {
        let _ = element.dispatch_event(&event);
    }
}
