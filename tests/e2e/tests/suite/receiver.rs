//! The example receiver in docs/admissions.md, run as written (Node.js) on another origin, receiving
//! from the release build: CORS, one application per idempotency key, bots flagged, 2xx.

use e2e::wizard::*;
use e2e::{Browser, Site};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// The receiver's code, from between the markers in docs/admissions.md.
fn receiver_code() -> String {
    let readme = std::fs::read_to_string(e2e::workspace().join("docs/admissions.md")).unwrap();
    let start = readme
        .find("<!-- receiver:start -->")
        .expect("the start marker");
    let end = readme
        .find("<!-- receiver:end -->")
        .expect("the end marker");
    let block = &readme[start..end];
    let code = block
        .split_once("```js\n")
        .and_then(|(_, rest)| rest.split_once("```"))
        .map(|(code, _)| code)
        .expect("a js code block between the markers");
    code.to_owned()
}

struct Receiver {
    process: Child,
    port: u16,
    file: std::path::PathBuf,
}

impl Receiver {
    fn start(allowed_origin: &str) -> Receiver {
        let dir =
            std::env::temp_dir().join(format!("career-guide-receiver-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("receiver.js");
        std::fs::write(&script, receiver_code()).unwrap();
        let file = dir.join("applications.jsonl");
        let _ = std::fs::remove_file(&file);
        let mut process = Command::new("node")
            .arg(&script)
            .env("PORT", "0")
            .env("ALLOWED_ORIGIN", allowed_origin)
            .env("APPLICATIONS_FILE", &file)
            .stdout(Stdio::piped())
            .spawn()
            .expect("node runs the documented receiver");
        let stdout = process.stdout.take().unwrap();
        let line = BufReader::new(stdout)
            .lines()
            .next()
            .expect("the receiver says where it listens")
            .unwrap();
        let port = line
            .strip_prefix("listening on port ")
            .and_then(|p| p.trim().parse().ok())
            .unwrap_or_else(|| panic!("unexpected first line: {line}"));
        Receiver {
            process,
            port,
            file,
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/applications", self.port)
    }

    /// What it stored: one `{review, application}` per line.
    fn stored(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.file)
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

#[tokio::test]
async fn the_readme_receiver_stores_each_application_once_and_flags_bots() {
    let site = Site::start().await;
    let receiver = Receiver::start(site.origin());
    site.add_app_attributes(&format!("data-endpoint=\"{}\"", receiver.url()));
    let browser = Browser::start().await;

    // A person: five pages over several minutes.
    reach_consent(&browser, &site).await;
    browser.advance_clock(300.0).await;
    browser.click("label[for=consent]").await;
    browser.click_text("Send application").await;
    at_step(&browser, "confirmation").await;
    let reference = browser.text("[data-testid=reference]").await;
    let stored = receiver.stored();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["review"], false);
    let application = &stored[0]["application"];
    assert_eq!(application["reference"], reference.as_str());
    let schema = e2e::PayloadSchema::of_build(&e2e::dist_dir());
    assert_eq!(schema.problems(application), Vec::<String>::new());

    // A retry of the same application is answered 200 and stored no second time.
    let body = serde_json::to_vec(application).unwrap();
    let headers = [
        ("content-type", "application/json"),
        ("idempotency-key", reference.as_str()),
        ("origin", site.origin()),
    ];
    let (status, answer, _) =
        e2e::http_request(http::Method::POST, &receiver.url(), &headers, body.clone()).await;
    assert_eq!(status, 200);
    assert_eq!(answer["access-control-allow-origin"], site.origin());
    assert_eq!(receiver.stored().len(), 1);
    // The browser's preflight, and a request whose key does not match its body.
    let (status, answer, _) = e2e::http_request(
        http::Method::OPTIONS,
        &receiver.url(),
        &[
            ("origin", site.origin()),
            (
                "access-control-request-headers",
                "content-type,idempotency-key",
            ),
        ],
        Vec::new(),
    )
    .await;
    assert_eq!(status, 204);
    assert!(answer["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .contains("idempotency-key"));
    let (status, _, _) = e2e::http_request(
        http::Method::POST,
        &receiver.url(),
        &[
            ("content-type", "application/json"),
            ("idempotency-key", "MA-2222-2222"),
        ],
        body,
    )
    .await;
    assert_eq!(status, 400);

    // Software that fills the hidden field and rushes through: stored, flagged.
    browser.click_text("Start a new application").await;
    browser.click_text("Yes, start a new application").await;
    at_step(&browser, "about-you").await;
    browser
        .eval::<Value>(
            "const trap = document.querySelector('#extra-details');
             trap.value = 'https://spam.example';
             trap.dispatchEvent(new Event('input', { bubbles: true }));
             return null;",
            vec![],
        )
        .await;
    answer_every_question(&browser).await;
    browser.click("label[for=consent]").await;
    browser.click_text("Send application").await;
    at_step(&browser, "confirmation").await;
    let stored = receiver.stored();
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[1]["review"], true);
    assert_eq!(
        stored[1]["application"]["signals"]["honeypot"],
        "https://spam.example"
    );
    let reported = browser.reported().await;
    assert!(reported.errors.is_empty(), "{:?}", reported.errors);
    browser.close().await;
}
