//! The Nu Html Checker (npm `vnu-jar`, run on Java): every document given is checked in one
//! run, and its errors come back as text. A checker that cannot run fails the test; it is
//! never read as "no errors".

use serde::Deserialize;
use std::path::PathBuf;
use std::process::Command;

#[derive(Deserialize)]
struct Report {
    messages: Vec<Message>,
}

#[derive(Deserialize)]
struct Message {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    url: String,
    #[serde(default)]
    message: String,
    #[serde(rename = "lastLine", default)]
    line: u32,
    #[serde(default)]
    extract: String,
}

/// Every error the checker finds in `documents` (name, full HTML text), as
/// "name:line: message «extract»".
pub fn html_errors(documents: &[(String, String)]) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!(
        "career-guide-vnu-{}-{}",
        std::process::id(),
        documents.len()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    for (index, (name, html)) in documents.iter().enumerate() {
        let file = dir.join(format!("{index:03}-{}.html", slug(name)));
        std::fs::write(&file, html).unwrap();
        files.push(file);
    }
    let jar = std::env::var_os("VNU_JAR")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::workspace().join("node_modules/vnu-jar/build/dist/vnu.jar"));
    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--format", "json", "--exit-zero-always"])
        .args(&files)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run java -jar {}: {e} (./x test installs both)",
                jar.display()
            )
        });
    // vnu writes its JSON report to stderr.
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the Nu Html Checker failed ({}): {text}",
        output.status
    );
    let report: Report = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!("the Nu Html Checker answered something unreadable ({e}): {text}")
    });
    let _ = std::fs::remove_dir_all(&dir);
    report
        .messages
        .into_iter()
        .filter(|m| m.kind == "error" || m.kind == "non-document-error")
        .map(|m| {
            let file = m.url.rsplit('/').next().unwrap_or("").to_owned();
            let index: usize = file
                .get(..3)
                .and_then(|n| n.parse().ok())
                .unwrap_or(usize::MAX);
            let name = documents
                .get(index)
                .map_or(file.as_str(), |(name, _)| name.as_str());
            format!(
                "{name}:{}: {} «{}»",
                m.line,
                m.message,
                m.extract.replace('\n', " ")
            )
        })
        .collect()
}

fn slug(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}
