//! From a click or keystroke to the DOM's update, median and p95 of many.

use super::{median, p95, Report};
use e2e::{Browser, Site};
use serde_json::{json, Value};

const INTERACTIONS: usize = 50;

/// Times `action` (JS that changes the page, given the run's number `i`) until `until`
/// (JS given `i`; by default: any change to the DOM) holds, with performance marks, `runs`
/// times in the page itself.
const MEASURE: &str = "
    const [rootSelector, action, until, runs] = arguments;
    const done = arguments[arguments.length - 1];
    const root = document.querySelector(rootSelector);
    const act = new Function('i', action);
    const holds = new Function('i', until || 'return true;');
    const times = [];
    (async () => {
      for (let i = 0; i < runs; i++) {
        await new Promise(r => setTimeout(r, 20));
        const updated = new Promise(resolve => {
          const observer = new MutationObserver(() => {
            if (holds(i)) { observer.disconnect(); resolve(); }
          });
          observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        performance.mark('interaction-start');
        act(i);
        await updated;
        performance.mark('interaction-end');
        times.push(performance.measure('interaction', 'interaction-start', 'interaction-end').duration);
      }
      done(times);
    })();";

/// One interaction the bench times.
struct Interaction {
    path: &'static str,
    name: &'static str,
    /// JS run with the run's number `i`.
    action: &'static str,
    /// JS that holds once the page has updated (`None`: its first change).
    until: Option<&'static str>,
    /// Only the even runs count: the odd ones go back to where the next even one starts.
    even_runs_only: bool,
}

pub async fn interactions(report: &mut Report, budgets: &Value, site: &Site) {
    let budget = budgets["interaction_median_ms"].as_f64().unwrap_or(0.0);
    let browser = Browser::start().await;
    let cases = [
        Interaction {
            path: "/salary",
            name: "salary level change",
            action: "const s = document.querySelector('#level-a'); s.value = i % 2 ? 'average' : 'experienced'; s.dispatchEvent(new Event('change'));",
            until: None,
            even_runs_only: false,
        },
        Interaction {
            path: "/salary",
            name: "salary pay input",
            action: "const p = document.querySelector('#own-pay'); p.value = (50 + i) + 'k'; p.dispatchEvent(new Event('input'));",
            until: None,
            even_runs_only: false,
        },
        Interaction {
            path: "/apply/about-you",
            name: "wizard Continue (validation and error summary)",
            // Alternate between two different problems so every Continue changes the page.
            action: "const e = document.querySelector('#email'); e.value = i % 2 ? 'name@' : ''; e.dispatchEvent(new Event('input')); document.querySelector('form.cg-form button[type=submit]').click();",
            until: None,
            even_runs_only: false,
        },
        Interaction {
            path: "/apply/background",
            name: "page change: wizard Back to the first step, its country list whole",
            // Even runs go back to the first step; odd ones continue from it again.
            action: "if (i % 2) { document.querySelector('form.cg-form button[type=submit]').click(); } else { document.querySelector('.cg-back-link').click(); }",
            until: Some("return i % 2 ? document.querySelector('[data-step=background]') !== null : document.querySelector('#country')?.options.length > 100;"),
            even_runs_only: true,
        },
    ];
    for case in cases {
        if case.even_runs_only {
            // A visitor who has answered the first step, so Continue leaves it.
            browser.goto(&site.url("/robots.txt")).await;
            let draft = json!({"version":1,"step":"background","answers":{"full_name":"Ada Lovelace","email":"ada@example.com","country":"United Kingdom","languages":[],"consent":false},"reference":null,"submitted_at":null});
            browser
                .eval::<Value>(
                    "localStorage.setItem('career-guide:application-draft', arguments[0]); return null;",
                    vec![json!(draft.to_string())],
                )
                .await;
        }
        browser.goto_app(&site.url(case.path)).await;
        let result = browser
            .client
            .execute_async(
                MEASURE,
                vec![
                    json!(".cg-page"),
                    json!(case.action),
                    json!(case.until),
                    json!(INTERACTIONS * if case.even_runs_only { 2 } else { 1 }),
                ],
            )
            .await;
        let mut times: Vec<f64> = result
            .ok()
            .and_then(|v| serde_json::from_value::<Vec<f64>>(v).ok())
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !case.even_runs_only || i % 2 == 0)
            .map(|(_, t)| t)
            .collect();
        let name = case.name;
        if times.is_empty() {
            report.row(
                format!("latency: {name}"),
                "failed to measure",
                "",
                Some(false),
            );
            continue;
        }
        let (med, p) = (median(&mut times.clone()), p95(&mut times));
        // A whole page change is not a response to input: it has no latency budget.
        let (wanted, verdict) = if case.even_runs_only {
            (String::new(), None)
        } else {
            (format!("median ≤ {budget:.0} ms"), Some(med <= budget))
        };
        report.row(
            format!("latency: {name}, median / p95 of {INTERACTIONS}"),
            format!("{med:.1} / {p:.1} ms"),
            wanted,
            verdict,
        );
    }
    browser.close().await;
}
