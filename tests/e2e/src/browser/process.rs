//! Chromium processes, started through their own chromedriver and kept for the next test.
//!
//! Starting a browser costs about 0.75 s; the suite opens over a hundred. A browser whose
//! test closed it is reset (`Browser::close`) and handed to the next test that asks for the
//! default profile. Nothing a test leaves behind can reach the next one: every `Site` serves
//! origins no other site of the run has used (`site.rs`), so storage, cache and permissions,
//! all kept per origin, start empty; what is kept per browser (windows, scripts added to
//! every new document, emulation, blocked URLs, cookies) is undone before it is reused.
//! A browser whose test failed, or whose reset failed, is ended instead.

use super::{BrowserOptions, WATCH};
use crate::wait::eventually;
use fantoccini::wd::WindowHandle;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex, Once};
use std::time::Duration;

/// Idle browsers kept at most: one per test thread is what the suite can use at once.
const KEPT: usize = 4;

/// A session's connection is served by a task of the runtime that opened it. Each test has a
/// runtime of its own, which ends with the test, so sessions that outlive a test are opened
/// here instead; tests on any runtime then talk to them through the client's channel.
static SESSIONS_RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("e2e-sessions")
        .enable_all()
        .build()
        .expect("the sessions' runtime")
});

static IDLE: Mutex<Vec<Process>> = Mutex::new(Vec::new());
static PROFILES: AtomicUsize = AtomicUsize::new(0);

pub(super) struct Process {
    pub(super) client: Client,
    driver: Child,
    profile: PathBuf,
    /// The window the session opened with; any other is closed before reuse.
    pub(super) window: WindowHandle,
    /// Whether the profile is the default one, so another test may use it.
    pub(super) reusable: bool,
}

/// An idle browser of the default profile, if one is kept.
pub(super) fn take() -> Option<Process> {
    IDLE.lock().unwrap_or_else(|e| e.into_inner()).pop()
}

/// Keeps a browser that has been reset for the next test (or ends it, if enough are kept).
pub(super) fn keep(process: Process) {
    let mut idle = IDLE.lock().unwrap_or_else(|e| e.into_inner());
    if process.reusable && idle.len() < KEPT {
        idle.push(process);
    }
}

/// Starts a browser with `options`' profile and opens a session on it.
pub(super) async fn launch(options: &BrowserOptions) -> Process {
    static END_AT_EXIT: Once = Once::new();
    END_AT_EXIT.call_once(|| {
        // SAFETY: registers a plain `extern "C" fn` with no captured state.
        unsafe { libc::atexit(end_idle) };
    });
    let options = options.clone();
    SESSIONS_RUNTIME
        .spawn(async move { open(&options).await })
        .await
        .unwrap_or_else(|e| match e.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(e) => panic!("starting a browser: {e}"),
        })
}

/// Kept browsers are statics, which are never dropped: end their processes when the test
/// binary exits, however it exits normally.
extern "C" fn end_idle() {
    if let Ok(mut idle) = IDLE.try_lock() {
        idle.clear();
    }
}

async fn open(options: &BrowserOptions) -> Process {
    let (driver, port) = start_driver();
    let profile = std::env::temp_dir().join(format!(
        "career-guide-e2e-{}-{}",
        std::process::id(),
        PROFILES.fetch_add(1, Ordering::SeqCst)
    ));
    let args = vec![
        "--headless=new".to_owned(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-dev-shm-usage".into(),
        "--lang=en-US".into(),
        format!("--user-data-dir={}", profile.display()),
        format!("--window-size={},{}", options.width, options.height),
    ];
    let mut chrome = json!({ "args": args });
    if let Ok(binary) = std::env::var("CHROME_PATH") {
        chrome["binary"] = json!(binary);
    }
    let mut prefs = serde_json::Map::new();
    if options.block_storage {
        prefs.insert(
            "profile.default_content_setting_values.cookies".into(),
            json!(2),
        );
    }
    if !options.javascript {
        prefs.insert(
            "profile.managed_default_content_settings.javascript".into(),
            json!(2),
        );
    }
    let reusable = options.default_profile();
    if !prefs.is_empty() {
        chrome["prefs"] = Value::Object(prefs);
    }
    let mut capabilities = serde_json::Map::new();
    if let Some(categories) = options.trace {
        chrome["perfLoggingPrefs"] = json!({
            "enableNetwork": false,
            "enablePage": false,
            "traceCategories": categories,
        });
        capabilities.insert("goog:loggingPrefs".into(), json!({ "performance": "ALL" }));
    }
    capabilities.insert("goog:chromeOptions".into(), chrome);
    let url = format!("http://127.0.0.1:{port}");
    let client = eventually("chromedriver to start a session", || {
        let capabilities = capabilities.clone();
        let url = url.clone();
        async move {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            ClientBuilder::new(connector)
                .capabilities(capabilities)
                .connect(&url)
                .await
        }
    })
    .await;
    client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(60)),
            Some(Duration::from_secs(60)),
            Some(Duration::ZERO),
        ))
        .await
        .expect("set timeouts");
    let window = client.window().await.expect("the session's window");
    let process = Process {
        client,
        driver,
        profile,
        window,
        reusable,
    };
    // Kept for the browser's life: every page records what it reports from its first byte.
    super::devtools::run(
        &process.client,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": WATCH }),
    )
    .await
    .expect("install the page watcher");
    process
}

impl Drop for Process {
    fn drop(&mut self) {
        // The driver leads its own process group (see `start_driver`); ending the group ends
        // the browser it started. Never signal a group we did not create.
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

/// Starts chromedriver on a port it chooses itself (no race with other tests for a free
/// port) and returns the port it announces. Chromedriver binds IPv4 and IPv6 to the port it
/// picks, and exits now and then when the IPv6 side is taken; it is started again then, a
/// few times at most, and the test fails with what it said.
fn start_driver() -> (Child, u16) {
    const ATTEMPTS: usize = 4;
    let mut said = Vec::new();
    for _ in 0..ATTEMPTS {
        match try_start_driver() {
            Ok(started) => return started,
            Err(output) => said.push(output),
        }
    }
    panic!(
        "chromedriver did not announce a port in {ATTEMPTS} starts; it said:\n{}",
        said.join("\n---\n")
    );
}

fn try_start_driver() -> Result<(Child, u16), String> {
    let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let mut command = Command::new(&chromedriver);
    command
        .arg("--port=0")
        // The visitor's calendar day follows UTC, like the clock tests set (see clock.rs).
        .env("TZ", "UTC")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Its own process group, so the browser it starts is cleaned up with it.
        command.process_group(0);
    }
    let mut driver = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {chromedriver}: {e} (./x test installs it)"));
    let stdout = driver.stdout.take().expect("chromedriver's output");
    let mut lines = BufReader::new(stdout).lines();
    let mut seen = Vec::new();
    let port = lines.by_ref().map_while(Result::ok).find_map(|line| {
        let port = line
            .split("started successfully on port ")
            .nth(1)
            .and_then(|rest| rest.trim_end_matches('.').trim().parse().ok());
        seen.push(line);
        port
    });
    match port {
        Some(port) => {
            // Keep draining its output so it never blocks on a full pipe.
            std::thread::spawn(move || lines.for_each(drop));
            Ok((driver, port))
        }
        None => {
            let _ = driver.kill();
            let _ = driver.wait();
            Err(seen.join("\n"))
        }
    }
}
