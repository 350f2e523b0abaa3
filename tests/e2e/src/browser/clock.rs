//! The visitor's clock, set from the test: every page sees `Date` at the time the test
//! chose, running on in real time, so dates (start dates closing, answers kept for 30 days)
//! are tested on fixed days and elapsed seconds stay real.

use super::Browser;
use serde_json::json;

/// Installed before any script of a page runs; `__clockOffset` is how far ahead of the
/// real clock the visitor's is. Run again on an open page, it only moves the clock.
const SCRIPT: &str = "(() => {
    const Real = globalThis.__realDate || (globalThis.__realDate = Date);
    globalThis.__clockOffset = OFFSET;
    const now = () => Real.now() + globalThis.__clockOffset;
    class VisitorClock extends Real {
        constructor(...args) { if (args.length === 0) { super(now()); } else { super(...args); } }
        static now() { return now(); }
    }
    globalThis.Date = VisitorClock;
})();";

#[derive(Default)]
pub(super) struct VisitorClock {
    offset_ms: f64,
    script: Option<String>,
}

impl Browser {
    /// Sets the visitor's clock to `iso` (UTC) now, on this page and every page after.
    pub async fn set_clock(&self, iso: &str) {
        let offset: f64 = self
            .eval(
                "const at = Date.parse(arguments[0]);
                 if (Number.isNaN(at)) throw new Error('not a time: ' + arguments[0]);
                 return at - (performance.timeOrigin + performance.now());",
                vec![json!(iso)],
            )
            .await;
        self.install_clock(offset).await;
    }

    /// Moves the visitor's clock on by `seconds`, on this page and every page after.
    pub async fn advance_clock(&self, seconds: f64) {
        let offset = self.clock.lock().unwrap().offset_ms + seconds * 1000.0;
        self.install_clock(offset).await;
    }

    async fn install_clock(&self, offset_ms: f64) {
        let previous = self.clock.lock().unwrap().script.take();
        if let Some(identifier) = previous {
            self.cdp(
                "Page.removeScriptToEvaluateOnNewDocument",
                json!({ "identifier": identifier }),
            )
            .await;
        }
        let source = SCRIPT.replace("OFFSET", &offset_ms.to_string());
        let added = self
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": source }),
            )
            .await;
        // The page already open gets the new time too (it may not have the script yet).
        let _: serde_json::Value = self.eval(&format!("{source} return null;"), vec![]).await;
        let mut clock = self.clock.lock().unwrap();
        clock.offset_ms = offset_ms;
        clock.script = added["identifier"].as_str().map(str::to_owned);
    }
}
