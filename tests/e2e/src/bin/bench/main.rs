//! `./x bench` — measures the release build and compares every figure with the budgets in
//! `tests/e2e/budgets.json`. It is a benchmark, not a test: it always exits 0 after
//! printing its table, written to target/bench/latest.md and, when every part was measured,
//! into docs/performance.md between its `bench:start` and `bench:end` markers.
//!
//! Rows: what the browser really downloads on a first visit to `/`, to a page with only
//! the salary widget and to one with only the wizard, and what `/salary` and `/apply` add
//! after `/` ([`transfer`]); Lighthouse mobile on four routes served precompressed from
//! 127.0.0.1 (median of 3); click-to-DOM latency for three interactions (median and p95
//! of 50); navigation start to app mounted and long tasks during start-up (median of 10).

mod transfer;

use e2e::{Browser, Site, APP_MOUNTED};
use serde_json::{json, Value};
use std::process::Command;

const LIGHTHOUSE_ROUTES: [&str; 4] = ["/", "/roadmap/3", "/salary", "/apply/about-you"];
const LIGHTHOUSE_RUNS: usize = 3;
const INTERACTIONS: usize = 50;
const STARTUPS: usize = 10;

pub struct Report {
    rows: Vec<[String; 4]>,
}

impl Report {
    pub fn row(
        &mut self,
        what: impl Into<String>,
        measured: impl Into<String>,
        budget: impl Into<String>,
        met: Option<bool>,
    ) {
        let verdict = match met {
            Some(true) => "met",
            Some(false) => "NOT MET",
            None => "–",
        };
        let row = [
            what.into(),
            measured.into(),
            budget.into(),
            verdict.to_owned(),
        ];
        println!("{:<58} {:>22} {:>14} {:>8}", row[0], row[1], row[2], row[3]);
        self.rows.push(row);
    }
}

#[tokio::main]
async fn main() {
    let budgets: Value = serde_json::from_str(
        &std::fs::read_to_string(e2e::workspace().join("tests/e2e/budgets.json"))
            .expect("tests/e2e/budgets.json"),
    )
    .expect("budgets.json is JSON");
    let mut report = Report { rows: Vec::new() };
    println!(
        "{:<58} {:>22} {:>14} {:>8}",
        "Measure", "Measured", "Budget", "Verdict"
    );

    // `./x bench transfer lighthouse` measures only those parts; no argument, all of them.
    let parts: Vec<String> = std::env::args().skip(1).collect();
    let wanted = |part: &str| parts.is_empty() || parts.iter().any(|p| p == part);
    let site = Site::start().await;
    if wanted("transfer") {
        transfer::transfers(&mut report, &budgets, &site).await;
    }
    if wanted("lighthouse") {
        lighthouse(&mut report, &budgets, &site);
    }
    if wanted("latency") {
        interactions(&mut report, &budgets, &site).await;
    }
    if wanted("start-up") {
        startup(&mut report, &site).await;
    }

    let machine = machine_description();
    let mut markdown = format!(
        "Measured {} on {machine}.\n\n| Measure | Measured | Budget | Verdict |\n|---|---:|---:|---|\n",
        today()
    );
    for row in &report.rows {
        markdown.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            row[0], row[1], row[2], row[3]
        ));
    }
    let out = e2e::workspace().join("target/bench");
    std::fs::create_dir_all(&out).expect("target/bench");
    std::fs::write(out.join("latest.md"), &markdown).expect("write report");
    let unmet = report.rows.iter().filter(|r| r[3] == "NOT MET").count();
    let written = if parts.is_empty() {
        write_into_docs(&markdown);
        "target/bench/latest.md and docs/performance.md"
    } else {
        "target/bench/latest.md"
    };
    println!(
        "\nbench: {} rows, {} budgets not met; table in {written}",
        report.rows.len(),
        unmet
    );
}

/// Replaces the table between the markers of docs/performance.md, so the figures a reader
/// sees are the last whole run's. A part measured alone would leave the others out.
fn write_into_docs(table: &str) {
    const START: &str = "<!-- bench:start -->\n";
    const END: &str = "<!-- bench:end -->";
    let path = e2e::workspace().join("docs/performance.md");
    let doc = std::fs::read_to_string(&path).expect("docs/performance.md");
    let (Some(start), Some(end)) = (doc.find(START), doc.find(END)) else {
        panic!("docs/performance.md has lost its bench:start / bench:end markers");
    };
    let doc = format!("{}{table}{}", &doc[..start + START.len()], &doc[end..]);
    std::fs::write(&path, doc).expect("write docs/performance.md");
}

fn today() -> String {
    Command::new("date")
        .arg("+%Y-%m-%d")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

fn machine_description() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let chromium = Command::new(std::env::var("CHROME_PATH").unwrap_or_else(|_| "chromium".into()))
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("{} ({cpus} cores), {chromium}", std::env::consts::OS)
}

pub fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

fn p95(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[((values.len() as f64 * 0.95).ceil() as usize)
        .saturating_sub(1)
        .min(values.len() - 1)]
}

fn lighthouse(report: &mut Report, budgets: &Value, site: &Site) {
    let binary = e2e::workspace().join("node_modules/.bin/lighthouse");
    if !binary.exists() {
        report.row(
            "lighthouse",
            "not installed (run ./x bench)",
            "",
            Some(false),
        );
        return;
    }
    let min_score = budgets["lighthouse_min_score"].as_f64().unwrap_or(100.0);
    let lcp_budget = budgets["lcp_ms"].as_f64().unwrap_or(0.0);
    let cls_budget = budgets["cls"].as_f64().unwrap_or(0.0);
    let tbt_budget = budgets["tbt_ms"].as_f64().unwrap_or(0.0);
    for route in LIGHTHOUSE_ROUTES {
        let mut runs: Vec<Value> = Vec::new();
        for run in 0..LIGHTHOUSE_RUNS {
            let profile = std::env::temp_dir().join(format!(
                "career-guide-lighthouse-{}-{run}",
                std::process::id()
            ));
            let output = Command::new(&binary)
                .arg(site.url(route))
                .args(["--quiet", "--output=json", "--output-path=stdout", "--form-factor=mobile"])
                .arg("--only-categories=performance,accessibility,best-practices,seo")
                .arg(format!(
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir={}",
                    profile.display()
                ))
                .output();
            let _ = std::fs::remove_dir_all(&profile);
            match output
                .ok()
                .and_then(|o| serde_json::from_slice::<Value>(&o.stdout).ok())
            {
                Some(result) => runs.push(result),
                None => eprintln!("lighthouse run {run} of {route} failed"),
            }
        }
        if runs.is_empty() {
            report.row(
                format!("lighthouse {route}"),
                "failed to run",
                "",
                Some(false),
            );
            continue;
        }
        let score = |category: &str| {
            let mut values: Vec<f64> = runs
                .iter()
                .map(|r| r["categories"][category]["score"].as_f64().unwrap_or(0.0) * 100.0)
                .collect();
            median(&mut values)
        };
        let audit = |id: &str| {
            let mut values: Vec<f64> = runs
                .iter()
                .map(|r| r["audits"][id]["numericValue"].as_f64().unwrap_or(f64::NAN))
                .collect();
            median(&mut values)
        };
        let scores = ["performance", "accessibility", "best-practices", "seo"].map(score);
        report.row(
            format!("lighthouse {route}: perf / a11y / best practices / SEO"),
            format!(
                "{:.0} / {:.0} / {:.0} / {:.0}",
                scores[0], scores[1], scores[2], scores[3]
            ),
            format!("{min_score:.0} each"),
            Some(scores.iter().all(|s| *s >= min_score)),
        );
        let (lcp, cls, tbt) = (
            audit("largest-contentful-paint"),
            audit("cumulative-layout-shift"),
            audit("total-blocking-time"),
        );
        report.row(
            format!("lighthouse {route}: LCP"),
            format!("{lcp:.0} ms"),
            format!("≤ {lcp_budget:.0} ms"),
            Some(lcp <= lcp_budget),
        );
        report.row(
            format!("lighthouse {route}: CLS"),
            format!("{cls:.3}"),
            format!("≤ {cls_budget}"),
            Some(cls <= cls_budget),
        );
        report.row(
            format!("lighthouse {route}: TBT"),
            format!("{tbt:.0} ms"),
            format!("≤ {tbt_budget:.0} ms"),
            Some(tbt <= tbt_budget),
        );
    }
}

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

async fn interactions(report: &mut Report, budgets: &Value, site: &Site) {
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

async fn startup(report: &mut Report, site: &Site) {
    let browser = Browser::start().await;
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": format!("window.__longTasks = [];
                new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map(e => e.duration))).observe({{ type: 'longtask', buffered: true }});
                new MutationObserver((_, o) => {{ if (document.querySelector('{APP_MOUNTED}')) {{ window.__mountedAt = performance.now(); o.disconnect(); }} }}).observe(document, {{ subtree: true, childList: true, attributes: true }});") }),
        )
        .await;
    let mut times = Vec::new();
    let mut tasks = Vec::new();
    for _ in 0..STARTUPS {
        browser.goto(&site.url("/")).await;
        browser
            .wait_until("the app", "return window.__mountedAt")
            .await;
        times.push(
            browser
                .eval::<f64>("return window.__mountedAt;", vec![])
                .await,
        );
        // The browser reports every task of 50 ms or more (a "long task") that blocked
        // input; start-up should have none.
        browser.settled().await;
        tasks.push(
            browser
                .eval::<f64>("return Math.max(0, ...window.__longTasks);", vec![])
                .await,
        );
    }
    report.row(
        format!("start-up: navigation start to app mounted, median of {STARTUPS} (no cache)"),
        format!("{:.0} ms", median(&mut times)),
        "",
        None,
    );
    report.row(
        format!("start-up: the longest task of 50 ms or more (0: none), median of {STARTUPS}"),
        format!("{:.1} ms", median(&mut tasks)),
        "",
        None,
    );
    browser.close().await;
}
