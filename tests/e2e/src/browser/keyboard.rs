//! Typing and moving focus as a keyboard-only visitor does.

use super::Browser;
use fantoccini::actions::InputSource;
use serde_json::json;

/// Leaves the element with focus in `el`, looking through shadow roots.
const FOCUSED: &str = "let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;";

impl Browser {
    /// Sends keys to whatever has focus.
    pub async fn keys(&self, keys: &str) {
        self.client
            .active_element()
            .await
            .expect("a focused element")
            .send_keys(keys)
            .await
            .expect("keys");
    }

    /// Waits until the focused element (through shadow roots) matches `css`; focus often
    /// moves in the animation frame after an action.
    pub async fn wait_focus(&self, css: &str) {
        self.wait_until(
            &format!("focus on {css}"),
            &format!("{FOCUSED} return !!el && el.matches({});", json!(css)),
        )
        .await;
    }

    /// Presses Tab until the focused element matches `css` (through shadow roots), proving
    /// it is reachable by keyboard. Fails after 120 presses.
    pub async fn tab_to(&self, css: &str) {
        for _ in 0..120 {
            let matched: bool = self
                .eval(
                    &format!("{FOCUSED} return !!el && el.matches(arguments[0]);"),
                    vec![json!(css)],
                )
                .await;
            if matched {
                return;
            }
            self.press(fantoccini::key::Key::Tab).await;
        }
        panic!("{css} cannot be reached with the Tab key");
    }

    /// Presses one key on whatever has focus (body when nothing does).
    pub async fn press(&self, key: fantoccini::key::Key) {
        let key: char = key.into();
        let actions = fantoccini::actions::KeyActions::new("keyboard".into())
            .then(fantoccini::actions::KeyAction::Down { value: key })
            .then(fantoccini::actions::KeyAction::Up { value: key });
        self.client
            .perform_actions(actions)
            .await
            .expect("key press");
    }

    /// Presses one key with Shift held (Shift+Tab goes back).
    pub async fn press_shifted(&self, key: fantoccini::key::Key) {
        let (shift, key): (char, char) = (fantoccini::key::Key::Shift.into(), key.into());
        let actions = fantoccini::actions::KeyActions::new("keyboard".into())
            .then(fantoccini::actions::KeyAction::Down { value: shift })
            .then(fantoccini::actions::KeyAction::Down { value: key })
            .then(fantoccini::actions::KeyAction::Up { value: key })
            .then(fantoccini::actions::KeyAction::Up { value: shift });
        self.client
            .perform_actions(actions)
            .await
            .expect("key press");
    }

    /// Types text with real key events into whatever has focus.
    pub async fn type_keys(&self, text: &str) {
        let mut actions = fantoccini::actions::KeyActions::new("typing".into());
        for ch in text.chars() {
            actions = actions
                .then(fantoccini::actions::KeyAction::Down { value: ch })
                .then(fantoccini::actions::KeyAction::Up { value: ch });
        }
        self.client.perform_actions(actions).await.expect("typing");
    }
}
