//! Lighthouse mobile on four routes served precompressed from 127.0.0.1: the four scores,
//! LCP, CLS and TBT, each the median of its runs.

use super::{median, Report};
use e2e::Site;
use serde_json::Value;
use std::process::Command;

/// The routes Lighthouse and the start-up trace measure.
pub const ROUTES: [&str; 4] = ["/", "/roadmap/3", "/salary", "/apply/about-you"];
const LIGHTHOUSE_RUNS: usize = 5;

pub fn lighthouse(report: &mut Report, budgets: &Value, site: &Site) {
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
    for route in ROUTES {
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
