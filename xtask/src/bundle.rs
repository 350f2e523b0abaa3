//! `cargo xtask postbuild`, on Trunk's staging directory before it becomes `dist/`:
//!
//! 1. puts the split wasm and its glue in place of Trunk's single module ([`crate::split`]);
//! 2. writes the stable loader `career-guide.js` from `src/embed/loader.js`, naming this
//!    build's glue, wasm and stylesheet;
//! 3. fills the `%TOKENS%` of `index.html` (the public URL, and the guide's own words for
//!    the first paint), each escaped for where it lands, and copies it to `404.html` for
//!    static hosts without a single-page fallback;
//! 4. copies `public/` into the build;
//! 5. in release builds, writes `.br` and `.gz` copies of every text and wasm file.

use crate::split::split;
use crate::{compress, env, minify_js, read, write, Result};
use html_escape::{encode_quoted_attribute, encode_text};
use std::fs;
use std::path::Path;

pub fn postbuild(root: &Path) -> Result<()> {
    let staging = Path::new(&env("TRUNK_STAGING_DIR")?).to_path_buf();
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");

    // Trunk's own, unsplit module and glue are replaced.
    for name in names_in(&staging)? {
        if name.starts_with("career-guide-") && (name.ends_with(".js") || name.ends_with(".wasm")) {
            fs::remove_file(staging.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    let split = split(root, release)?;
    for (name, bytes) in &split.files {
        write(&staging.join(name), bytes)?;
    }
    let css = find(&staging, |name| {
        name.starts_with("styles-") && name.ends_with(".css")
    })?;

    let loader = read(&root.join("src/embed/loader.js"))?
        .replace("%APP_JS%", &split.glue)
        .replace("%APP_LINK_JS%", &split.link)
        .replace("%APP_WASM%", &split.wasm)
        .replace("%APP_CSS%", &css);
    let loader = if release {
        minify_js(&loader, false)?
    } else {
        loader
    };
    write(&staging.join("career-guide.js"), &loader)?;

    let guide = GuideText::read(&root.join("src/content/guide.json"))?;
    let index = remove_tag_with(&read(&staging.join("index.html"))?, "data-trunk");
    let index = fill_tokens(
        &index,
        &[
            ("GUIDE_TITLE", &guide.title),
            ("GUIDE_SUMMARY", &guide.summary),
            ("GUIDE_INTRO", &guide.intro),
            ("GUIDE_PUBLISHER", &guide.publisher),
            ("PUBLIC_URL", &public_url),
        ],
    )?;
    write(&staging.join("index.html"), &index)?;
    write(&staging.join("404.html"), &index)?;

    copy_dir(&root.join("public"), &staging)?;
    if release {
        compress::precompress(&staging)?;
    }
    Ok(())
}

/// The guide's words the static first paint shows, as written in guide.json.
struct GuideText {
    title: String,
    summary: String,
    intro: String,
    publisher: String,
}

impl GuideText {
    fn read(path: &Path) -> Result<GuideText> {
        let json: serde_json::Value =
            serde_json::from_str(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = |value: &serde_json::Value| {
            value
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("{}: missing text", path.display()))
        };
        Ok(GuideText {
            title: text(&json["title"])?,
            summary: text(&json["summary"])?,
            intro: text(&json["introduction"]["blocks"][0]["text"])?,
            publisher: text(&json["publisher"])?,
        })
    }
}

/// Where the scanner is in the markup.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Text,
    Tag,
    /// In an attribute value quoted with this byte.
    Quoted(u8),
    /// In an unquoted attribute value (the minifier drops quotes it can); the filled
    /// page quotes it, since the filled value may hold spaces.
    Unquoted,
}

/// Replaces each `%NAME%` with its value, escaped for where it lands: as text, or inside
/// an attribute value, which is quoted if the minifier had left it bare. Fails on a token
/// it has no value for.
fn fill_tokens(html: &str, values: &[(&str, &str)]) -> Result<String> {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut place = Place::Text;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte == b'%' {
            if let Some(end) = token_end(bytes, i) {
                let name = &html[i + 1..end];
                let value = values
                    .iter()
                    .find(|(token, _)| *token == name)
                    .map(|(_, value)| *value)
                    .ok_or_else(|| format!("index.html has an unknown token %{name}%"))?;
                match place {
                    Place::Text | Place::Tag => out.push_str(&encode_text(value)),
                    _ => out.push_str(&encode_quoted_attribute(value)),
                }
                i = end + 1;
                continue;
            }
        }
        match (place, byte) {
            (Place::Text, b'<') => place = Place::Tag,
            (Place::Tag, b'>') => place = Place::Text,
            (Place::Tag, b'=') => {
                out.push('=');
                i += 1;
                match bytes.get(i) {
                    Some(&quote @ (b'"' | b'\'')) => {
                        place = Place::Quoted(quote);
                        out.push(quote as char);
                        i += 1;
                    }
                    _ => {
                        place = Place::Unquoted;
                        out.push('"');
                    }
                }
                continue;
            }
            (Place::Quoted(quote), b) if b == quote => place = Place::Tag,
            (Place::Unquoted, b) if b.is_ascii_whitespace() || b == b'>' => {
                out.push('"');
                place = if b == b'>' { Place::Text } else { Place::Tag };
            }
            _ => {}
        }
        // Copy one whole UTF-8 character.
        let width = utf8_width(byte);
        out.push_str(&html[i..i + width]);
        i += width;
    }
    Ok(out)
}

/// The index of the closing '%' of a `%NAME%` token starting at `start`.
fn token_end(bytes: &[u8], start: usize) -> Option<usize> {
    let length = bytes[start + 1..]
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || **b == b'_')
        .count();
    let end = start + 1 + length;
    (length > 0 && bytes.get(end) == Some(&b'%')).then_some(end)
}

fn utf8_width(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
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

fn names_in(dir: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

fn find(dir: &Path, matches: impl Fn(&str) -> bool) -> Result<String> {
    let found: Vec<String> = names_in(dir)?.into_iter().filter(|n| matches(n)).collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!("no matching asset in {}", dir.display())),
        many => Err(format!(
            "several matching assets in {}: {many:?}",
            dir.display()
        )),
    }
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
    fn tokens_are_escaped_for_where_they_land() {
        let values = [
            ("SUMMARY", "Launch your \"backend\" career & more <now>"),
            ("URL", "/careers/"),
        ];
        let filled = fill_tokens(
            "<meta content=%SUMMARY% name=description><link href=%URL%a.svg><p>%SUMMARY%</p><a title='%URL%'>é</a>",
            &values,
        )
        .unwrap();
        assert_eq!(
            filled,
            "<meta content=\"Launch your &quot;backend&quot; career &amp; more &lt;now&gt;\" name=\"description\">\
             <link href=\"/careers/a.svg\">\
             <p>Launch your \"backend\" career &amp; more &lt;now&gt;</p><a title='/careers/'>é</a>"
        );
    }

    #[test]
    fn an_unknown_token_is_an_error() {
        assert!(fill_tokens("<p>%NOPE%</p>", &[]).is_err());
        assert_eq!(
            fill_tokens("<p>50% off</p>", &[]).unwrap(),
            "<p>50% off</p>"
        );
    }
}
