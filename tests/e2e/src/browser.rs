//! Headless Chromium driven through its own chromedriver, with the helpers the tests share:
//! opening pages and waiting until they are whole, reading and typing, keyboard-only
//! navigation (keyboard.rs), shadow DOM access (shadow.rs), the DevTools protocol
//! (devtools.rs), the visitor's clock (clock.rs), and what the page reported (console warnings and errors, CSP violations). Every wait goes through [`eventually`].

use crate::wait::eventually;

mod clock;
mod devtools;
mod keyboard;
mod process;
mod shadow;
use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

/// Matches once the standalone app has taken the place of its pre-rendered page (which
/// has the same heading, but not the state).
pub const APP_MOUNTED: &str = "[data-career-guide-state=ready] [data-page-heading]";

/// JS: every element matching a selector, in the document and in every shadow root.
pub const DEEP_ALL: &str = "const deepAll = (selector) => {
    const found = [];
    const walk = (root) => {
        found.push(...root.querySelectorAll(selector));
        root.querySelectorAll('*').forEach((el) => { if (el.shadowRoot) walk(el.shadowRoot); });
    };
    walk(document);
    return found;
};";

/// Records, from the first byte of every page, what the page reports: console warnings
/// and errors, uncaught errors, and CSP violations (read with [`Browser::reported`]).
const WATCH: &str = "window.__reported = { warnings: [], errors: [], csp: [], moved: [], shown_unfinished: [] };
    // The moment a widget appears in place of its fallback its first screen must be whole: a part still to come would shift the page.
    document.addEventListener('career-guide:ready', (e) => {
        const root = e.target.shadowRoot || e.target;
        const missing = [...root.querySelectorAll('[data-later=first-screen], .cg-loading')].map((el) => (el.hasAttribute('data-later') ? 'a deferred part in ' : 'a loading chunk in ') + el.parentElement.className);
        if (!root.querySelector('[data-page-heading]')) missing.push('the page title');
        if (missing.length > 0) window.__reported.shown_unfinished.push(e.detail.kind + ' appeared without ' + missing.join(', '));
    }, true);
    // Every scroll of the page and every focus change, however brief: a widget must cause neither by itself.
    addEventListener('scroll', () => window.__reported.moved.push('scrolled to ' + Math.round(scrollY)), { passive: true });
    document.addEventListener('focusin', (e) => window.__reported.moved.push('focus to ' + e.target.tagName + (e.target.id ? '#' + e.target.id : '')), true);
    for (const [level, list] of [['warn', 'warnings'], ['error', 'errors']]) {
        const original = console[level].bind(console);
        console[level] = (...args) => { window.__reported[list].push(args.map(String).join(' ')); original(...args); };
    }
    window.addEventListener('error', (e) => window.__reported.errors.push('uncaught: ' + e.message));
    window.addEventListener('unhandledrejection', (e) => window.__reported.errors.push('unhandled rejection: ' + e.reason));
    document.addEventListener('securitypolicyviolation', (e) =>
        window.__reported.csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber), true);";

#[derive(Clone, Debug)]
pub struct BrowserOptions {
    pub width: u32,
    pub height: u32,
    /// Block cookies and site storage, as strict privacy settings do.
    pub block_storage: bool,
    /// Run the pages' scripts; `false` reads pages as a crawler or a link preview does.
    pub javascript: bool,
    /// The visitor's clock at the start (ISO 8601, UTC); it runs on from there. Fixed so
    /// start dates that close never make a test depend on the day it runs.
    pub clock: &'static str,
    /// Record a trace with these categories (read with `Browser::trace_events`).
    pub trace: Option<&'static str>,
}

impl BrowserOptions {
    /// Whether the browser's profile is the default one, which any test can be handed.
    pub(crate) fn default_profile(&self) -> bool {
        !self.block_storage && self.javascript && self.trace.is_none()
    }
}

/// The day every test runs on unless it says otherwise: before every start date closes.
pub const TEST_DAY: &str = "2026-11-25T09:00:00.000Z";

impl Default for BrowserOptions {
    fn default() -> Self {
        BrowserOptions {
            width: 1280,
            height: 900,
            block_storage: false,
            javascript: true,
            clock: TEST_DAY,
            trace: None,
        }
    }
}

/// What a page reported since it loaded.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct Reported {
    pub warnings: Vec<String>,
    pub errors: Vec<String>,
    pub csp: Vec<String>,
    /// Scrolls of the page and focus changes since it loaded, as they happened.
    #[serde(default)]
    pub moved: Vec<String>,
    /// Widgets that appeared with a part still missing (a deferred part, a loading chunk,
    /// no page title): each would shift the page as it came.
    #[serde(default)]
    pub shown_unfinished: Vec<String>,
}

pub struct Browser {
    pub client: Client,
    /// The browser process; `None` once `close` has handed it on.
    process: Option<process::Process>,
    /// The visitor's clock: how far it is ahead of the real one, and the script that sets
    /// it in every new document (see clock.rs).
    clock: std::sync::Mutex<clock::VisitorClock>,
    /// Scripts this test added to every new document, removed before the browser is reused.
    added_scripts: std::sync::Mutex<Vec<String>>,
    kept: bool,
}

impl Browser {
    pub async fn start() -> Browser {
        Browser::start_with(BrowserOptions::default()).await
    }

    /// A browser with `options`' profile: one kept from an earlier test when the profile is
    /// the default (see process.rs), a new one otherwise.
    pub async fn start_with(options: BrowserOptions) -> Browser {
        let kept = if options.default_profile() {
            process::take()
        } else {
            None
        };
        let reused = kept.is_some();
        let process = match kept {
            Some(process) => process,
            None => process::launch(&options).await,
        };
        let browser = Browser {
            client: process.client.clone(),
            process: Some(process),
            clock: Default::default(),
            added_scripts: Default::default(),
            kept: reused,
        };
        if reused {
            browser
                .client
                .set_window_size(options.width, options.height)
                .await
                .expect("size the window");
        }
        browser.set_clock(options.clock).await;
        browser
    }

    /// Whether this browser was kept from an earlier test.
    pub fn kept(&self) -> bool {
        self.kept
    }

    /// Ends the test's use of the browser: it is reset and kept for the next test, or ended
    /// if it cannot be reset.
    pub async fn close(mut self) {
        let Some(process) = self.process.take() else {
            return;
        };
        if process.reusable && self.reset(&process).await.is_ok() {
            process::keep(process);
        }
    }

    /// Undoes what a test may have changed in the browser itself (process.rs says what needs
    /// no undoing): other windows, scripts added to new documents, emulated media and
    /// metrics, blocked URLs, a disabled cache, cookies, held keys.
    async fn reset(&self, process: &process::Process) -> Result<(), fantoccini::error::CmdError> {
        for window in self.client.windows().await? {
            if window != process.window {
                self.client.switch_to_window(window).await?;
                self.client.close_window().await?;
            }
        }
        self.client.switch_to_window(process.window.clone()).await?;
        self.client.release_actions().await?;
        self.client.goto("about:blank").await?;
        let added = std::mem::take(&mut *self.added_scripts.lock().unwrap());
        let removals = added.into_iter().map(|identifier| {
            (
                "Page.removeScriptToEvaluateOnNewDocument",
                json!({ "identifier": identifier }),
            )
        });
        let undo = [
            ("Emulation.clearDeviceMetricsOverride", json!({})),
            (
                "Emulation.setEmulatedMedia",
                json!({ "media": "", "features": [] }),
            ),
            ("Network.setBlockedURLs", json!({ "urls": [] })),
            (
                "Network.setCacheDisabled",
                json!({ "cacheDisabled": false }),
            ),
            ("Network.clearBrowserCookies", json!({})),
        ];
        for (command, params) in removals.chain(undo) {
            devtools::run(&self.client, command, params).await?;
        }
        Ok(())
    }

    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("goto {url}: {e}"));
    }

    /// Opens `url` and waits until the app has mounted and its page is whole.
    pub async fn goto_app(&self, url: &str) {
        self.goto(url).await;
        self.settled().await;
    }

    /// Waits until every widget on the page has mounted and shows its whole page: no
    /// deferred part (`data-later`) and no chunk still loading, in any shadow root.
    pub async fn settled(&self) {
        self.wait_until(
            "the page to mount and settle",
            &format!(
                "{DEEP_ALL}
                 const mounts = [...document.querySelectorAll('[data-career-guide]')];
                 const mounted = mounts.length > 0 && mounts.every((m) =>
                     m.getAttribute('data-career-guide-state') === 'failed' ||
                     (m.getAttribute('data-career-guide-state') === 'ready' &&
                      (m.shadowRoot || m).querySelector('[data-page-heading]')));
                 return mounted && deepAll('[data-later], .cg-loading').length === 0;"
            ),
        )
        .await;
    }

    /// Returns once the page has rendered `frames` more animation frames: whatever the
    /// app schedules for the next frames (focus, scrolling) has happened by then.
    pub async fn after_frames(&self, frames: u32) {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 let left = arguments[0];
                 const tick = () => (left-- <= 0 ? done(null) : requestAnimationFrame(tick));
                 tick();",
                vec![json!(frames)],
            )
            .await
            .expect("animation frames");
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

    /// Runs `script`, which calls `done(value)` once it has an answer (from a promise, say),
    /// and decodes that answer.
    pub async fn eval_async<T: DeserializeOwned>(&self, script: &str) -> T {
        let value = self
            .client
            .execute_async(
                &format!("const done = arguments[arguments.length - 1];\n{script}"),
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"));
        serde_json::from_value(value.clone())
            .unwrap_or_else(|e| panic!("script result {value}: {e}"))
    }

    /// Waits until `script` returns a truthy value, and returns it. A script that throws
    /// counts as not yet (a page may be navigating); the error is shown on timeout.
    pub async fn wait_until(&self, what: &str, script: &str) -> Value {
        eventually(what, || async {
            match self.client.execute(script, vec![]).await {
                Ok(value) if truthy(&value) => Ok(value),
                Ok(value) => Err(value.to_string()),
                Err(err) => Err(format!("script error: {err}")),
            }
        })
        .await
    }

    pub async fn find(&self, css: &str) -> Element {
        eventually(format!("an element matching {css}"), || async {
            self.client.find(Locator::Css(css)).await
        })
        .await
    }

    pub async fn exists(&self, css: &str) -> bool {
        self.client.find(Locator::Css(css)).await.is_ok()
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("text")
    }

    /// Waits until the element's text contains `expected`, and returns the text.
    pub async fn wait_text(&self, css: &str, expected: &str) -> String {
        eventually(format!("{css} to read {expected:?}"), || async {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(expected) {
                Ok(text)
            } else {
                Err(format!("{text:?}"))
            }
        })
        .await
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
        let element = eventually(format!("a link or button reading {text:?}"), || async {
            self.client.find(Locator::XPath(&xpath)).await
        })
        .await;
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

    /// What the page has reported since it loaded: console warnings and errors, uncaught
    /// errors, CSP violations.
    pub async fn reported(&self) -> Reported {
        self.eval("return window.__reported;", vec![]).await
    }

    pub async fn screenshot(&self, path: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("write screenshot");
    }
}

fn truthy(value: &Value) -> bool {
    !matches!(value, Value::Null | Value::Bool(false)) && value != &json!(0) && value != &json!("")
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
