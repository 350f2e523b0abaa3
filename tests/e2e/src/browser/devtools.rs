//! The Chrome DevTools Protocol, for what WebDriver cannot do: exact phone viewports and
//! emulated media features.

use super::Browser;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::Client;
use serde_json::{json, Value};

impl Browser {
    /// Runs a Chrome DevTools Protocol command through chromedriver. Scripts added to every
    /// new document are noted, so the browser can be reset for the next test.
    pub async fn cdp(&self, command: &str, params: Value) -> Value {
        let removed = params["identifier"].as_str().map(str::to_owned);
        let answer = run(&self.client, command, params)
            .await
            .unwrap_or_else(|e| panic!("CDP {command}: {e}"));
        let mut added = self.added_scripts.lock().unwrap();
        match (command, answer["identifier"].as_str(), removed) {
            ("Page.addScriptToEvaluateOnNewDocument", Some(identifier), _) => {
                added.push(identifier.to_owned())
            }
            ("Page.removeScriptToEvaluateOnNewDocument", _, Some(identifier)) => {
                added.retain(|kept| *kept != identifier)
            }
            _ => {}
        }
        answer
    }

    /// Sets the viewport exactly (a headless window cannot be narrower than about 500px),
    /// as a phone: `mobile` viewport meta handling and touch-sized layout.
    pub async fn viewport(&self, width: u32, height: u32) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600 }),
        )
        .await;
    }

    /// Emulates media features, e.g. [("prefers-color-scheme", "dark")].
    pub async fn emulate(&self, features: &[(&str, &str)]) {
        let features: Vec<Value> = features
            .iter()
            .map(|(name, value)| json!({ "name": name, "value": value }))
            .collect();
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": features }),
        )
        .await;
    }
}

impl Browser {
    /// The trace events recorded since the last call, for a browser started with
    /// `BrowserOptions::trace` (chromedriver's performance log).
    pub async fn trace_events(&self) -> Vec<Value> {
        let entries = self
            .client
            .issue_cmd(Chromedriver {
                path: "se/log",
                body: json!({ "type": "performance" }),
            })
            .await
            .unwrap_or_else(|e| panic!("the performance log: {e}"));
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| entry["message"].as_str())
            .filter_map(|message| serde_json::from_str::<Value>(message).ok())
            .filter(|message| message["message"]["method"] == "Tracing.dataCollected")
            .map(|message| message["message"]["params"].clone())
            .collect()
    }
}

/// Runs a DevTools command on the client's current window.
pub(super) async fn run(
    client: &Client,
    command: &str,
    params: Value,
) -> Result<Value, fantoccini::error::CmdError> {
    client
        .issue_cmd(Chromedriver {
            path: "goog/cdp/execute",
            body: json!({ "cmd": command, "params": params }),
        })
        .await
}

/// A command of chromedriver's own (not WebDriver's): a POST of `body` to `path` under
/// the session.
#[derive(Debug)]
struct Chromedriver {
    path: &'static str,
    body: Value,
}

impl WebDriverCompatibleCommand for Chromedriver {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
