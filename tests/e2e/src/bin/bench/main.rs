//! `./x bench` — measures the release build and compares every figure with the budgets in
//! `tests/e2e/budgets.json`. It is a benchmark, not a test: it always exits 0 after
//! printing its table, written to target/bench/latest.md and, when every part was measured,
//! into docs/performance.md between its `bench:start` and `bench:end` markers; the size
//! profile ([`size`]) goes between `size:start` and `size:end`.
//!
//! Rows: what the browser really downloads on a first visit to `/`, to a page with only
//! the salary widget and to one with only the wizard, and what `/salary` and `/apply` add
//! after `/` ([`transfer`]); Lighthouse mobile on four routes served precompressed from
//! 127.0.0.1 (median of 5); click-to-DOM latency for three interactions (median and p95
//! of 50); navigation start to app mounted, long tasks during start-up (median of 10) and
//! the wasm functions compiled before each first page appears ([`startup`]).

mod latency;
mod lighthouse;
mod size;
mod startup;
mod transfer;

use e2e::Site;
use serde_json::Value;
use std::process::Command;

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
    let profile = wanted("size").then(|| size::size(&mut report, &budgets));
    if wanted("transfer") {
        transfer::transfers(&mut report, &budgets, &site).await;
    }
    if wanted("lighthouse") {
        lighthouse::lighthouse(&mut report, &budgets, &site);
    }
    if wanted("latency") {
        latency::interactions(&mut report, &budgets, &site).await;
    }
    if wanted("start-up") {
        startup::startup(&mut report, &site).await;
        startup::compiled_functions(&mut report, &site).await;
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
    if let Some(profile) = profile {
        write_into_docs("size", &profile);
    }
    let written = if parts.is_empty() {
        write_into_docs("bench", &markdown);
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

/// Replaces what is between the `<!-- {marker}:start -->` and `<!-- {marker}:end -->` lines
/// of docs/performance.md, so the figures a reader sees are the last run's. The bench table
/// is written only by a whole run: a part measured alone would leave the others out.
fn write_into_docs(marker: &str, table: &str) {
    let start_marker = format!("<!-- {marker}:start -->\n");
    let end_marker = format!("<!-- {marker}:end -->");
    let path = e2e::workspace().join("docs/performance.md");
    let doc = std::fs::read_to_string(&path).expect("docs/performance.md");
    let (Some(start), Some(end)) = (doc.find(&start_marker), doc.find(&end_marker)) else {
        panic!("docs/performance.md has lost its {marker}:start / {marker}:end markers");
    };
    let doc = format!(
        "{}{table}{}",
        &doc[..start + start_marker.len()],
        &doc[end..]
    );
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

pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

pub fn p95(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[((values.len() as f64 * 0.95).ceil() as usize)
        .saturating_sub(1)
        .min(values.len() - 1)]
}
