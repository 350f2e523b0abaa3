//! The modules of `src/` form one-way layers (see `src/lib.rs`): each may use the layers
//! below it, never one above it, and the capabilities never use each other. This reads
//! every `crate::…` path (`crate::{a, b}` too, and `super::` paths that climb to the crate
//! root) in the source, as Rust tokens, and names each one that points the wrong way.

#![cfg(not(target_arch = "wasm32"))]

use proc_macro2::{TokenStream, TokenTree};
use std::path::{Path, PathBuf};

/// Each top-level module and its layer, lowest first.
const LAYERS: [(&str, u8); 10] = [
    ("content", 0),
    ("platform", 0),
    ("routing", 1),
    ("ui", 2),
    ("guide", 3),
    ("salary", 3),
    ("apply", 3),
    ("builder", 3),
    ("shell", 4),
    ("embed", 5),
];

fn layer(module: &str) -> Option<u8> {
    LAYERS
        .iter()
        .find(|(name, _)| *name == module)
        .map(|(_, layer)| *layer)
}

/// A use of `to` from the module `from`, on `line` of `file`.
#[derive(Debug)]
struct Use {
    file: String,
    line: usize,
    from: String,
    to: String,
}

/// The module path of a source file: `src/salary/view/chart.rs` → salary, view, chart.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The top-level modules `source` names from `path`'s module, with the line of each:
/// `crate::x`, `crate::{x, y}` (also across lines and inside macros), and `super::`
/// chains that climb past the file's top. The source is read as Rust tokens
/// (proc-macro2), so comments and strings never count.
fn targets(source: &str, path: &[String]) -> Vec<(usize, String)> {
    let tokens: TokenStream = source.parse().expect("the source reads as Rust tokens");
    let mut found = Vec::new();
    walk(&tokens.into_iter().collect::<Vec<_>>(), path, &mut found);
    found
}

/// Whether `tokens[at..]` starts with `::`.
fn separator(tokens: &[TokenTree], at: usize) -> bool {
    let colon =
        |t: Option<&TokenTree>| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == ':');
    colon(tokens.get(at)) && colon(tokens.get(at + 1))
}

fn walk(tokens: &[TokenTree], path: &[String], found: &mut Vec<(usize, String)>) {
    let mut at = 0;
    while at < tokens.len() {
        if let TokenTree::Group(group) = &tokens[at] {
            walk(&group.stream().into_iter().collect::<Vec<_>>(), path, found);
            at += 1;
            continue;
        }
        let TokenTree::Ident(start) = &tokens[at] else {
            at += 1;
            continue;
        };
        // `crate ::`, or `super :: super :: …`
        let mut next = at;
        let mut climbs = 0;
        let from_crate = start == "crate" && separator(tokens, at + 1);
        if from_crate {
            next = at + 3;
        } else {
            while matches!(tokens.get(next), Some(TokenTree::Ident(w)) if w == "super")
                && separator(tokens, next + 1)
            {
                climbs += 1;
                next += 3;
            }
        }
        // A file's `super` chain that climbs past its top reaches the root; inside an
        // inline module (`mod tests`) a name that is not a top-level module is still the
        // file's own.
        if from_crate || (climbs > 0 && climbs >= path.len()) {
            let line = start.span().start().line;
            for name in heads(tokens.get(next)) {
                if from_crate || layer(&name).is_some() {
                    found.push((line, name));
                }
            }
        }
        at = next.max(at + 1);
    }
}

/// The first segment of a path, or of each path in a `{a::b, c}` group.
fn heads(token: Option<&TokenTree>) -> Vec<String> {
    match token {
        Some(TokenTree::Ident(name)) => vec![name.to_string()],
        Some(TokenTree::Group(group)) if group.delimiter() == proc_macro2::Delimiter::Brace => {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            inner
                .split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
                .filter_map(|segment| match segment.first() {
                    Some(TokenTree::Ident(name)) if name != "self" => Some(name.to_string()),
                    _ => None,
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every use of another top-level module in the library's source.
fn uses(src: &Path) -> Vec<Use> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut uses = Vec::new();
    for file in files {
        let path = module_path(src, &file);
        let Some(from) = path.first().cloned() else {
            continue;
        };
        if from == "lib" || from == "main" {
            continue; // the crate root and the binary sit above every layer
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (line, to) in targets(&text, &path) {
            if to != from {
                uses.push(Use {
                    file: file
                        .strip_prefix(src.parent().unwrap())
                        .unwrap()
                        .display()
                        .to_string(),
                    line,
                    from: from.clone(),
                    to,
                });
            }
        }
    }
    uses
}

/// What is wrong with a use, if anything.
fn problem(used: &Use) -> Option<String> {
    let from = layer(&used.from)?;
    let Some(to) = layer(&used.to) else {
        return Some(format!("`{}` is not in the list of layers", used.to));
    };
    if to > from {
        Some(format!(
            "{} (layer {from}) uses crate::{}, a layer above (layer {to})",
            used.from, used.to
        ))
    } else if to == from {
        Some(format!(
            "{} uses crate::{}, another module of the same layer",
            used.from, used.to
        ))
    } else {
        None
    }
}

#[test]
fn every_import_points_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = uses(&src);
    assert!(
        found.len() > 50,
        "the check reads the source ({} uses found)",
        found.len()
    );
    let problems: Vec<String> = found
        .iter()
        .filter_map(|used| problem(used).map(|p| format!("{}:{}: {p}", used.file, used.line)))
        .collect();
    assert!(
        problems.is_empty(),
        "imports against the layers:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_top_level_module_has_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            assert!(layer(&name).is_some(), "src/{name} is not in LAYERS");
        }
    }
}

#[test]
fn the_check_sees_upward_and_sideways_imports() {
    let path = |p: &str| p.split('/').map(String::from).collect::<Vec<_>>();
    let names = |found: Vec<(usize, String)>| found.into_iter().map(|(_, n)| n).collect::<Vec<_>>();
    let upward = Use {
        file: "src/platform/dom.rs".into(),
        line: 3,
        from: "platform".into(),
        to: names(targets(
            "use crate::embed::events::HostEvent;",
            &path("platform/dom"),
        ))[0]
            .clone(),
    };
    assert!(problem(&upward).unwrap().contains("a layer above"));
    let sideways = targets(
        "fn f() { super::super::super::salary::money::group_thousands(n) }",
        &path("apply/view/fields"),
    );
    assert_eq!(names(sideways), ["salary"]);
    let within = targets(
        "use super::super::money::Period;",
        &path("salary/view/chart"),
    );
    assert!(within.is_empty(), "{within:?}");
    // Grouped, across lines and inside a macro; never in a comment or a string.
    let grouped = targets(
        "use crate::{\n    embed::x,\n    routing::{page::Page, nav},\n};\n// crate::shell::y\nfn f() { let s = \"crate::shell\"; view! { <crate::builder::X /> } }",
        &path("ui/heading"),
    );
    assert_eq!(
        grouped,
        [
            (1, "embed".to_owned()),
            (1, "routing".to_owned()),
            (6, "builder".to_owned())
        ]
    );
}
