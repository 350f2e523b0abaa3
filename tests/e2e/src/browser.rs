//! Headless Chromium driven through its own chromedriver, with the helpers the tests share:
//! waiting, typing, keyboard-only navigation, shadow DOM access, CDP and axe-core.

use fantoccini::actions::InputSource;
use fantoccini::elements::{Element, ElementRef};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Matches once the app has mounted: the first page's heading inside a mounted element
/// (the static fallback has no `data-page-heading`).
pub const APP_MOUNTED: &str = "[data-career-guide-mounted] [data-page-heading]";

/// How long to wait for something to appear before failing the test.
const PATIENCE: Duration = Duration::from_secs(15);

#[derive(Clone, Debug)]
pub struct BrowserOptions {
    pub width: u32,
    pub height: u32,
    /// Block cookies and site storage, as strict privacy settings do.
    pub block_storage: bool,
}

impl Default for BrowserOptions {
    fn default() -> Self {
        BrowserOptions {
            width: 1280,
            height: 900,
            block_storage: false,
        }
    }
}

pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
}

static SESSIONS: AtomicUsize = AtomicUsize::new(0);

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Browser {
    pub async fn start() -> Browser {
        Browser::start_with(BrowserOptions::default()).await
    }

    pub async fn start_with(options: BrowserOptions) -> Browser {
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let port = free_port();
        let mut command = Command::new(&chromedriver);
        command
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            // Its own process group, so the browser it starts is cleaned up with it.
            command.process_group(0);
        }
        let driver = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {chromedriver}: {e} (./x test installs it)"));
        let profile = std::env::temp_dir().join(format!(
            "career-guide-e2e-{}-{}",
            std::process::id(),
            SESSIONS.fetch_add(1, Ordering::SeqCst)
        ));
        let mut args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-dev-shm-usage".into(),
            format!("--user-data-dir={}", profile.display()),
            format!("--window-size={},{}", options.width, options.height),
        ];
        args.push("--lang=en-US".into());
        let mut chrome = json!({ "args": args });
        if let Ok(binary) = std::env::var("CHROME_PATH") {
            chrome["binary"] = json!(binary);
        }
        if options.block_storage {
            chrome["prefs"] = json!({ "profile.default_content_setting_values.cookies": 2 });
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), chrome);
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + PATIENCE;
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(_) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(100)).await
                }
                Err(e) => panic!("chromedriver did not start a session: {e}"),
            }
        };
        let browser = Browser {
            client,
            driver,
            profile,
        };
        let _ = browser
            .client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(Duration::from_secs(60)),
                Some(Duration::from_secs(60)),
                Some(Duration::ZERO),
            ))
            .await;
        browser
    }

    /// Ends the session (and the browser with it).
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("goto {url}: {e}"));
    }

    /// Opens `url` and waits until the app has mounted and shows its page heading.
    pub async fn goto_app(&self, url: &str) {
        self.goto(url).await;
        self.wait_until(
            "the app to mount",
            &format!("return document.querySelector('{APP_MOUNTED}')"),
        )
        .await;
    }

    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload");
    }

    pub async fn back(&self) {
        self.client.back().await.expect("back");
    }

    pub async fn forward(&self) {
        self.client.forward().await.expect("forward");
    }

    /// The current URL's path, query and fragment.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("url");
        let mut path = url.path().to_owned();
        if let Some(query) = url.query() {
            path.push('?');
            path.push_str(query);
        }
        if let Some(fragment) = url.fragment() {
            path.push('#');
            path.push_str(fragment);
        }
        path
    }

    pub async fn title(&self) -> String {
        self.client.title().await.expect("title")
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and decodes its result.
    pub async fn eval<T: DeserializeOwned>(&self, script: &str, args: Vec<Value>) -> T {
        let value = self
            .client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"));
        serde_json::from_value(value.clone())
            .unwrap_or_else(|e| panic!("script result {value}: {e}"))
    }

    /// Waits until `script` returns a truthy value.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let value: Value = self
                .client
                .execute(script, vec![])
                .await
                .unwrap_or(Value::Null);
            let truthy = !matches!(value, Value::Null | Value::Bool(false))
                && value != json!(0)
                && value != json!("");
            if truthy {
                return;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn find(&self, css: &str) -> Element {
        let deadline = Instant::now() + PATIENCE;
        loop {
            match self.client.find(Locator::Css(css)).await {
                Ok(element) => return element,
                Err(_) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                Err(e) => panic!("no element matches {css}: {e}"),
            }
        }
    }

    pub async fn exists(&self, css: &str) -> bool {
        self.client.find(Locator::Css(css)).await.is_ok()
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("text")
    }

    /// Waits until the element's text contains `expected`, and returns the text.
    pub async fn wait_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(expected) {
                return text;
            }
            if Instant::now() > deadline {
                panic!("{css} never read {expected:?}; it reads {text:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Clicks the link or button whose visible text is exactly `text`.
    pub async fn click_text(&self, text: &str) {
        let xpath = format!(
            "//*[self::a or self::button or self::summary][normalize-space(.)={}]",
            xpath_literal(text)
        );
        let deadline = Instant::now() + PATIENCE;
        let element = loop {
            match self.client.find(Locator::XPath(&xpath)).await {
                Ok(element) => break element,
                Err(_) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                Err(e) => panic!("no link or button reads {text:?}: {e}"),
            }
        };
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {text:?}: {e}"));
    }

    /// Replaces the value of a field by typing, as a visitor does.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

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

    /// A CSS-ish description of the focused element (through shadow roots).
    pub async fn focused(&self) -> String {
        self.eval(
            "let el = document.activeElement;
             while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
             if (!el) return '';
             return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '');",
            vec![],
        )
        .await
    }

    /// Presses Tab until the focused element matches `css` (through shadow roots), proving it
    /// is reachable by keyboard. Fails after 120 presses.
    pub async fn tab_to(&self, css: &str) {
        for _ in 0..120 {
            let matched: bool = self
                .eval(
                    "let el = document.activeElement;
                     while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                     return !!el && el.matches(arguments[0]);",
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

    /// Clicks the first element matching `css` inside the shadow root of `host`.
    pub async fn click_in_shadow(&self, host: &str, css: &str) {
        self.in_shadow(host, css)
            .await
            .click()
            .await
            .unwrap_or_else(|err| panic!("clicking {css} in {host}: {err}"));
    }

    /// An element inside the shadow root of the mount element `host`.
    pub async fn in_shadow(&self, host: &str, css: &str) -> Element {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let found = self
                .client
                .execute(
                    "const host = document.querySelector(arguments[0]);
                     return host && host.shadowRoot ? host.shadowRoot.querySelector(arguments[1]) : null;",
                    vec![json!(host), json!(css)],
                )
                .await;
            if let Ok(Value::Object(object)) = found {
                if let Some(Value::String(id)) = object.values().next() {
                    return Element::from_element_id(
                        self.client.clone(),
                        ElementRef::from(id.clone()),
                    );
                }
            }
            if Instant::now() > deadline {
                panic!("nothing matches {css} inside {host}'s shadow root");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Text inside a shadow root, waiting until it contains `expected`.
    pub async fn wait_shadow_text(&self, host: &str, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let text: String = self
                .eval(
                    "const host = document.querySelector(arguments[0]);
                     const el = host && host.shadowRoot && host.shadowRoot.querySelector(arguments[1]);
                     return el ? el.textContent : '';",
                    vec![json!(host), json!(css)],
                )
                .await;
            if text.contains(expected) {
                return text;
            }
            if Instant::now() > deadline {
                panic!("{css} in {host} never read {expected:?}; it reads {text:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, command: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp {
                command: command.to_owned(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("CDP {command}: {e}"))
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

    /// Emulates a media feature, e.g. ("prefers-color-scheme", "dark").
    pub async fn emulate(&self, feature: &str, value: &str) {
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": feature, "value": value }] }),
        )
        .await;
    }

    /// Runs axe-core (every rule it ships, best practices included) on the page as it is
    /// now, shadow roots included, and fails listing each violation.
    pub async fn assert_accessible(&self, state: &str) {
        let violations = self.axe().await;
        if !violations.is_empty() {
            let listed: Vec<String> = violations
                .iter()
                .map(|v| {
                    format!(
                        "  - {} ({}): {} at {}",
                        v["id"], v["impact"], v["help"], v["nodes"]
                    )
                })
                .collect();
            panic!(
                "axe-core found {} violation(s) in state '{state}':\n{}",
                violations.len(),
                listed.join("\n")
            );
        }
    }

    pub async fn axe(&self) -> Vec<Value> {
        let loaded: bool = self
            .eval("return typeof window.axe === 'object';", vec![])
            .await;
        if !loaded {
            let source = std::fs::read_to_string(axe_path()).unwrap_or_else(|e| {
                panic!(
                    "axe-core at {}: {e} (./x test installs it)",
                    axe_path().display()
                )
            });
            self.client
                .execute(&format!("{source}\nreturn true;"), vec![])
                .await
                .expect("inject axe-core");
        }
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations.map(v => ({
                       id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.map(n => n.target.join(' >>> ')).slice(0, 5) }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));",
                vec![],
            )
            .await
            .expect("axe.run");
        serde_json::from_value(result).unwrap_or_default()
    }

    pub async fn screenshot(&self, path: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("write screenshot");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // The driver leads its own process group (see `start_with`); ending the group ends
        // any browser a failed test left open. Never signal a group we did not create.
        #[cfg(unix)]
        if let Ok(group) = i32::try_from(self.driver.id()) {
            if group > 1 {
                // SAFETY: kill(2) with a negative pid only sends a signal to that group.
                unsafe {
                    libc::kill(-group, libc::SIGKILL);
                }
            }
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn axe_path() -> PathBuf {
    std::env::var_os("AXE_CORE")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::workspace().join("node_modules/axe-core/axe.min.js"))
}

fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// chromedriver's `goog/cdp/execute` endpoint.
#[derive(Debug)]
struct Cdp {
    command: String,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params }).to_string();
        (http::Method::POST, Some(body))
    }
}
