//! What the browser really downloads, read from Resource Timing (`encodedBodySize`: the
//! bytes of each response body on the wire, brotli-compressed as the release is served).
//! Each scenario runs in a fresh browser, so nothing comes from a cache.

use super::{kb, Report};
use e2e::{Browser, Site};
use serde_json::Value;

/// Every body the page has fetched so far, in order: (path, bytes on the wire).
const FETCHED: &str = "return performance.getEntriesByType('navigation')
        .concat(performance.getEntriesByType('resource'))
        .map(e => [e.name.replace(location.origin, ''), e.encodedBodySize]);";

/// A first visit: what a page fetches until the app on it is mounted and whole.
struct FirstLoad {
    what: &'static str,
    path: &'static str,
    budget: &'static str,
    /// The host's own page is not ours to count.
    host_page: bool,
}

const FIRST_LOADS: [FirstLoad; 3] = [
    FirstLoad {
        what: "/ (overview) until interactive",
        path: "/",
        budget: "overview",
        host_page: false,
    },
    FirstLoad {
        what: "a page that embeds only the salary widget",
        path: "/e2e/only-salary.html",
        budget: "salary_widget",
        host_page: true,
    },
    FirstLoad {
        what: "a page that embeds only the wizard",
        path: "/e2e/only-apply.html",
        budget: "wizard_widget",
        host_page: true,
    },
];

/// Capabilities reached from `/` by a link of the site's header: what they add.
const LATER: [(&str, &str); 2] = [
    ("/salary", ".cg-header a[href='/salary']"),
    ("/apply", ".cg-header a[href='/apply']"),
];

async fn fetched(browser: &Browser) -> Vec<(String, u64)> {
    browser.eval(FETCHED, vec![]).await
}

fn total(files: &[(String, u64)]) -> u64 {
    files.iter().map(|(_, bytes)| bytes).sum()
}

/// Prints what was fetched, biggest first, under the table row it adds up to.
fn detail(files: &[(String, u64)]) {
    let mut files = files.to_vec();
    files.sort_by_key(|file| std::cmp::Reverse(file.1));
    for (path, bytes) in files {
        println!("    {:>10}  {path}", kb(bytes as usize));
    }
}

fn budget(budgets: &Value, key: &str) -> u64 {
    budgets["transfer_brotli_bytes"][key]
        .as_u64()
        .unwrap_or_else(|| panic!("budgets.json has no transfer_brotli_bytes.{key}"))
}

pub async fn transfers(report: &mut Report, budgets: &Value, site: &Site) {
    for load in FIRST_LOADS {
        let browser = Browser::start().await;
        browser.goto_app(&site.url(load.path)).await;
        let mut files = fetched(&browser).await;
        if load.host_page {
            files.remove(0);
        }
        browser.close().await;
        let (bytes, limit) = (total(&files), budget(budgets, load.budget));
        report.row(
            format!("transfer: {}", load.what),
            format!("{} in {} files", kb(bytes as usize), files.len()),
            format!("≤ {} br", kb(limit as usize)),
            Some(bytes <= limit),
        );
        detail(&files);
    }
    let limit = budget(budgets, "later_capability");
    for (path, link) in LATER {
        let browser = Browser::start().await;
        browser.goto_app(&site.url("/")).await;
        let before = fetched(&browser).await.len();
        browser.click(link).await;
        browser
            .wait_until(
                &format!("{path} to show"),
                &format!("return location.pathname.startsWith('{path}');"),
            )
            .await;
        browser.settled().await;
        let files: Vec<(String, u64)> = fetched(&browser).await.split_off(before);
        browser.close().await;
        let bytes = total(&files);
        report.row(
            format!("transfer: {path} after /, what it adds"),
            format!("{} in {} files", kb(bytes as usize), files.len()),
            format!("≤ {} br", kb(limit as usize)),
            Some(bytes <= limit),
        );
        detail(&files);
    }
}
