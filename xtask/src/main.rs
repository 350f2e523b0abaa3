//! `cargo xtask postbuild` — runs as Trunk's post-build hook (see Trunk.toml) on the staging
//! directory, before Trunk moves it to `dist/`:
//!
//! 1. writes the stable loader `career-guide.js` from `src/embed/loader.js`, with the hashed
//!    names of this build's JS glue, wasm and CSS;
//! 2. fills the `%TOKENS%` in `index.html` (public URL, hashed names) and copies it to
//!    `404.html` for static hosts without an SPA fallback;
//! 3. copies `public/` into the build;
//! 4. in release builds, writes `.br` and `.gz` copies of every text and wasm asset.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("postbuild") => postbuild(),
        _ => Err("usage: cargo xtask postbuild   (run by Trunk as a post_build hook)".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

type Result<T> = std::result::Result<T, String>;

fn env(name: &str) -> Result<String> {
    std::env::var(name)
        .map_err(|_| format!("{name} is not set; this runs as Trunk's post_build hook"))
}

fn postbuild() -> Result<()> {
    let staging = PathBuf::from(env("TRUNK_STAGING_DIR")?);
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("no workspace root")?;

    let js = find(&staging, |name| {
        name.starts_with("career-guide-") && name.ends_with(".js")
    })?;
    let wasm = find(&staging, |name| {
        name.starts_with("career-guide-") && name.ends_with("_bg.wasm")
    })?;
    let css = find(&staging, |name| {
        name.starts_with("main-") && name.ends_with(".css")
    })?;
    let guide = GuideText::read(&root.join("src/content/guide.json"))?;
    let fill = |text: &str| {
        text.replace("%GUIDE_TITLE%", &guide.title)
            .replace("%GUIDE_SUMMARY%", &guide.summary)
            .replace("%GUIDE_INTRO%", &guide.intro)
            .replace("%PUBLIC_URL%", &public_url)
            .replace("%APP_JS%", &js)
            .replace("%APP_WASM%", &wasm)
            .replace("%APP_CSS%", &css)
    };

    let loader = read(&root.join("src/embed/loader.js"))?;
    let loader = if release { minify_js(&loader) } else { loader };
    write(&staging.join("career-guide.js"), &fill(&loader))?;

    // With inject_scripts off Trunk leaves its `<link data-trunk rel=rust>` in the page.
    let index = remove_tag_with(&fill(&read(&staging.join("index.html"))?), "data-trunk");
    if ["%APP_", "%GUIDE_", "%PUBLIC_"]
        .iter()
        .any(|t| index.contains(t))
    {
        return Err("index.html still has an unfilled %TOKEN%".into());
    }
    write(&staging.join("index.html"), &index)?;
    write(&staging.join("404.html"), &index)?;

    copy_dir(&root.join("public"), &staging)?;

    if release {
        precompress(&staging)?;
    }
    Ok(())
}

/// The guide's words the static fallback page shows, HTML-escaped.
struct GuideText {
    title: String,
    summary: String,
    intro: String,
}

impl GuideText {
    fn read(path: &Path) -> Result<GuideText> {
        let json: serde_json::Value =
            serde_json::from_str(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = |value: &serde_json::Value| {
            value
                .as_str()
                .map(escape_html)
                .ok_or_else(|| format!("{}: missing text", path.display()))
        };
        Ok(GuideText {
            title: text(&json["title"])?,
            summary: text(&json["summary"])?,
            intro: text(&json["introduction"]["blocks"][0]["text"])?,
        })
    }
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Removes every tag that contains `marker` (e.g. the leftover `<link data-trunk …>`).
fn remove_tag_with(html: &str, marker: &str) -> String {
    let mut out = html.to_owned();
    while let Some(at) = out.find(marker) {
        let start = out[..at].rfind('<').unwrap_or(at);
        let end = out[at..].find('>').map_or(out.len(), |e| at + e + 1);
        out.replace_range(start..end, "");
    }
    out
}

/// Strips comments and indentation from the loader. It is a few hundred bytes of plain
/// ES5 without comment-like text in strings, so a line-based pass is enough.
fn minify_js(source: &str) -> String {
    let mut out = String::from("/* Backend Career Guide loader: see the README, \"Embed it\" */\n");
    let mut in_block = false;
    for line in source.lines() {
        let line = line.trim();
        if in_block {
            in_block = !line.ends_with("*/");
            continue;
        }
        if line.starts_with("/*") {
            in_block = !line.ends_with("*/");
            continue;
        }
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn find(dir: &Path, matches: impl Fn(&str) -> bool) -> Result<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let name = entry
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if matches(&name) {
            found.push(name);
        }
    }
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!("no matching asset in {}", dir.display())),
        many => Err(format!(
            "several matching assets in {}: {many:?}",
            dir.display()
        )),
    }
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<()> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    if !from.is_dir() {
        return Ok(());
    }
    for entry in fs::read_dir(from).map_err(|e| e.to_string())? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir_all(&target).map_err(|e| e.to_string())?;
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}

const COMPRESSIBLE: [&str; 7] = ["html", "js", "css", "wasm", "svg", "json", "txt"];

/// Writes `name.br` (brotli 11) and `name.gz` (gzip 9) beside each compressible file, for
/// servers that send precompressed files (nginx `gzip_static`/`brotli_static`, most CDNs).
fn precompress(dir: &Path) -> Result<()> {
    for entry in fs::read_dir(dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| e.to_string())?;
        fs::write(with_suffix(&path, "br"), brotli_bytes(&bytes)?).map_err(|e| e.to_string())?;
        fs::write(with_suffix(&path, "gz"), gzip_bytes(&bytes)?).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn brotli_bytes(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

fn gzip_bytes(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftover_trunk_links_are_removed() {
        let html = "<head><link data-trunk data-trunk-id=0 rel=rust><link href=/a.css rel=stylesheet></head>";
        assert_eq!(
            remove_tag_with(html, "data-trunk"),
            "<head><link href=/a.css rel=stylesheet></head>"
        );
    }

    #[test]
    fn the_loader_loses_comments_but_not_code() {
        let js = "/*\n * header\n */\n(function () {\n  // note\n  var a = \"[data-x]\";\n})();\n";
        let min = minify_js(js);
        assert!(
            min.contains("(function () {\nvar a = \"[data-x]\";\n})();"),
            "{min}"
        );
        assert!(!min.contains("note") && !min.contains("header"));
    }
}
