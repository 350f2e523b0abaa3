//! Events the mount element emits for the host page's own analytics. Their names and
//! details are part of the embedding contract documented in docs/embedding.md; no personal data
//! is ever put in a detail.

use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Prefix of every event name.
pub const PREFIX: &str = "career-guide:";

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum HostEvent {
    /// The widget has mounted.
    Ready { kind: &'static str },
    /// A page of the guide or app was shown (its path relative to the app).
    Page { path: String },
    /// A wizard step was shown.
    Step { step: &'static str, number: usize },
    /// An application was accepted by the endpoint. Only the reference, never answers.
    Submitted { reference: String },
    /// The visitor chose two salary levels (and the period shown).
    Compare {
        from: String,
        to: String,
        per: &'static str,
    },
}

impl HostEvent {
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready { .. } => "career-guide:ready",
            HostEvent::Page { .. } => "career-guide:page",
            HostEvent::Step { .. } => "career-guide:step",
            HostEvent::Submitted { .. } => "career-guide:submitted",
            HostEvent::Compare { .. } => "career-guide:compare",
        }
    }

    /// The event's `detail`, as JSON.
    pub fn detail_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Tells the host page: the event on its element, and with `data_layer` the same in
    /// `window.dataLayer` (see [`HostEvent::push_to_data_layer`]).
    pub fn tell(&self, host: &Element, data_layer: bool) {
        self.emit(host);
        if data_layer {
            self.push_to_data_layer();
        }
    }

    /// The name Google Tag Manager's convention gives it: `career_guide_step`.
    pub fn data_layer_name(&self) -> String {
        self.name().replace([':', '-'], "_")
    }

    /// Pushes `{event: "career_guide_step", career_guide: {…detail}}` to
    /// `window.dataLayer`, made if the page has none (a tag manager loaded later reads
    /// what was pushed before it). The detail never holds personal data.
    pub fn push_to_data_layer(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let layer = js_sys::Reflect::get(&window, &"dataLayer".into())
            .ok()
            .filter(js_sys::Array::is_array)
            .unwrap_or_else(|| {
                let layer: wasm_bindgen::JsValue = js_sys::Array::new().into();
                let _ = js_sys::Reflect::set(&window, &"dataLayer".into(), &layer);
                layer
            });
        let entry = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&entry, &"event".into(), &self.data_layer_name().into());
        if let Ok(detail) = js_sys::JSON::parse(&self.detail_json()) {
            let _ = js_sys::Reflect::set(&entry, &"career_guide".into(), &detail);
        }
        let push = js_sys::Reflect::get(&layer, &"push".into())
            .ok()
            .and_then(|push| push.dyn_into::<js_sys::Function>().ok());
        if let Some(push) = push {
            let _ = push.call1(&layer, &entry);
        }
    }

    /// Dispatches the event on the host's mount element. It bubbles and crosses shadow
    /// roots, so the host can listen on the element or on `document`.
    pub fn emit(&self, host: &Element) {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        if let Ok(detail) = js_sys::JSON::parse(&self.detail_json()) {
            init.set_detail(&detail);
        }
        if let Ok(custom) = web_sys::CustomEvent::new_with_event_init_dict(self.name(), &init) {
            let _ = host.dispatch_event(&custom);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_share_the_prefix() {
        let events = [
            HostEvent::Ready { kind: "salary" },
            HostEvent::Page {
                path: "/faq".into(),
            },
            HostEvent::Step {
                step: "about-you",
                number: 1,
            },
            HostEvent::Submitted {
                reference: "MA-2345-6789".into(),
            },
            HostEvent::Compare {
                from: "average".into(),
                to: "entry-level".into(),
                per: "year",
            },
        ];
        for event in events {
            assert!(event.name().starts_with(PREFIX));
        }
    }

    #[test]
    fn data_layer_names_follow_the_tag_managers_convention() {
        assert_eq!(
            HostEvent::Step {
                step: "track",
                number: 3
            }
            .data_layer_name(),
            "career_guide_step"
        );
        assert_eq!(
            HostEvent::Ready { kind: "salary" }.data_layer_name(),
            "career_guide_ready"
        );
    }

    #[test]
    fn details_are_flat_json() {
        assert_eq!(
            HostEvent::Ready { kind: "apply" }.detail_json(),
            r#"{"kind":"apply"}"#
        );
        assert_eq!(
            HostEvent::Submitted {
                reference: "MA-2345-6789".into()
            }
            .detail_json(),
            r#"{"reference":"MA-2345-6789"}"#
        );
        assert_eq!(
            HostEvent::Step {
                step: "track",
                number: 3
            }
            .detail_json(),
            r#"{"step":"track","number":3}"#
        );
    }
}
