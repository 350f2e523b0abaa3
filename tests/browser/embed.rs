use super::support::{document, wait_for};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

/// A mount element of `kind` in the document, recording the `career-guide:ready` events
/// it sends.
fn host(kind: &str) -> (web_sys::HtmlElement, Rc<RefCell<Vec<String>>>) {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_attribute("data-career-guide", kind).unwrap();
    host.set_inner_html("<a href=\"/\">Fallback link</a>");
    document().body().unwrap().append_child(&host).unwrap();
    let events = Rc::new(RefCell::new(Vec::<String>::new()));
    let seen = Rc::clone(&events);
    let listener =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |ev: web_sys::CustomEvent| {
            seen.borrow_mut()
                .push(js_sys::JSON::stringify(&ev.detail()).unwrap().into());
        });
    host.add_event_listener_with_callback("career-guide:ready", listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    (host, events)
}

/// A stylesheet that always loads: the widget is held back until its stylesheet has, and
/// one that fails keeps it hidden (the end-to-end suite covers that case).
const STYLESHEET: &str = "data:text/css,.cg-root%7Bmargin:0%7D";

#[wasm_bindgen_test]
async fn mounting_isolates_the_widget_in_a_shadow_root_and_says_ready_once() {
    let (salary, events) = host("salary");
    career_guide::embed::mount::mount(salary.clone(), "/", STYLESHEET);
    wait_for("the ready event", || !events.borrow().is_empty()).await;

    let shadow = salary.shadow_root().expect("a shadow root");
    assert!(shadow
        .query_selector("link[rel=stylesheet]")
        .unwrap()
        .is_some());
    assert!(
        shadow.query_selector("#level-a").unwrap().is_some(),
        "the salary widget rendered inside"
    );
    assert_eq!(events.borrow().as_slice(), [r#"{"kind":"salary"}"#]);
    assert!(salary.has_attribute("data-career-guide-mounted"));

    // Mounting again is a no-op: a second element mounted after it says ready, and by
    // then the first has still said it only once.
    career_guide::embed::mount::mount(salary.clone(), "/", STYLESHEET);
    let (marker, marker_events) = host("salary");
    career_guide::embed::mount::mount(marker.clone(), "/", STYLESHEET);
    wait_for("the second element's ready event", || {
        !marker_events.borrow().is_empty()
    })
    .await;
    assert_eq!(events.borrow().len(), 1);
    assert_eq!(shadow.query_selector_all(".cg-root").unwrap().length(), 1);
    salary.remove();
    marker.remove();
}
