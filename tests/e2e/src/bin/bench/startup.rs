//! Navigation to mounted and the long tasks of start-up, median of many.

use super::{median, Report};
use e2e::{Browser, BrowserOptions, Site, APP_MOUNTED};
use serde_json::json;

const STARTUPS: usize = 10;

pub async fn startup(report: &mut Report, site: &Site) {
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

/// How many wasm functions V8 compiles before each route's first page appears: it compiles
/// each function on its first call, on the main thread, so this is start-up's work. Read
/// from a trace (`wasm.CompileLazy` events until the widget says it is ready), one run each.
pub async fn compiled_functions(report: &mut Report, site: &Site) {
    for route in super::lighthouse::ROUTES {
        let browser = Browser::start_with(BrowserOptions {
            trace: Some("v8.wasm,devtools.timeline"),
            ..Default::default()
        })
        .await;
        browser
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": "document.addEventListener('career-guide:ready', () => console.timeStamp('career-guide:ready'), true);" }),
            )
            .await;
        browser.goto_app(&site.url(route)).await;
        let events = browser.trace_events().await;
        browser.close().await;
        let ready = events
            .iter()
            .filter(|e| e["name"] == "TimeStamp")
            .filter(|e| e["args"]["data"]["message"] == "career-guide:ready")
            .filter_map(|e| e["ts"].as_f64())
            .reduce(f64::min);
        let measured = match ready {
            Some(ready) => {
                let compiled = events
                    .iter()
                    .filter(|e| e["name"] == "wasm.CompileLazy")
                    .filter(|e| matches!(e["ph"].as_str(), Some("X" | "B")))
                    .filter(|e| e["ts"].as_f64().is_some_and(|ts| ts < ready))
                    .count();
                format!("{compiled} functions")
            }
            None => "no ready mark in the trace".to_owned(),
        };
        report.row(
            format!("start-up: wasm functions compiled before {route} appears"),
            measured,
            "",
            None,
        );
    }
}
