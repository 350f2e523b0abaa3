//! Reaching into the shadow roots that embedded widgets render in.

use super::Browser;
use crate::wait::eventually;
use fantoccini::elements::{Element, ElementRef};
use serde_json::{json, Value};

impl Browser {
    /// Clicks the first element matching `css` inside the shadow root of `host`, scrolled
    /// to the middle of the screen first, as a visitor would see it (WebDriver's own
    /// scrolling can leave it under a host page's fixed header, or still on its way when a
    /// host page scrolls smoothly).
    pub async fn click_in_shadow(&self, host: &str, css: &str) {
        let element = self.in_shadow(host, css).await;
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });",
                vec![json!(element)],
            )
            .await
            .unwrap_or_else(|err| panic!("scrolling to {css} in {host}: {err}"));
        element
            .click()
            .await
            .unwrap_or_else(|err| panic!("clicking {css} in {host}: {err}"));
    }

    /// An element inside the shadow root of the mount element `host`.
    pub async fn in_shadow(&self, host: &str, css: &str) -> Element {
        let id = eventually(format!("{css} inside {host}'s shadow root"), || async {
            let found = self
                .client
                .execute(
                    "const host = document.querySelector(arguments[0]);
                     return host && host.shadowRoot ? host.shadowRoot.querySelector(arguments[1]) : null;",
                    vec![json!(host), json!(css)],
                )
                .await;
            match found {
                Ok(Value::Object(object)) => match object.values().next() {
                    Some(Value::String(id)) => Ok(id.clone()),
                    other => Err(format!("{other:?}")),
                },
                other => Err(format!("{other:?}")),
            }
        })
        .await;
        Element::from_element_id(self.client.clone(), ElementRef::from(id))
    }

    /// Text inside a shadow root, waiting until it contains `expected`.
    pub async fn wait_shadow_text(&self, host: &str, css: &str, expected: &str) -> String {
        eventually(format!("{css} in {host} to read {expected:?}"), || async {
            let text: String = self
                .eval(
                    "const host = document.querySelector(arguments[0]);
                     const el = host && host.shadowRoot && host.shadowRoot.querySelector(arguments[1]);
                     return el ? el.textContent : '';",
                    vec![json!(host), json!(css)],
                )
                .await;
            if text.contains(expected) {
                Ok(text)
            } else {
                Err(format!("{text:?}"))
            }
        })
        .await
    }
}
