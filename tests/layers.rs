//! The modules of `src/` form one-way layers (see `src/lib.rs`): each may use the layers
//! below it, never one above it, and the capabilities never use each other. This reads
//! every `crate::…` path (and `super::` paths that climb to the crate root) in the source
//! and names each one that points the wrong way.

#![cfg(not(target_arch = "wasm32"))]

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

/// The top-level modules `code` (one line, comments removed) names from `path`'s module.
fn targets(code: &str, path: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        // `career_guide::x` in the binary, or a word ending in "crate" is not a path.
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        found.extend(first_segment(&code[at + "crate::".len()..]));
    }
    for (at, _) in code.match_indices("super::") {
        if code[..at].ends_with("super::") {
            continue; // counted from the first `super` of a chain
        }
        let mut rest = &code[at..];
        let mut climbs = 0;
        while let Some(after) = rest.strip_prefix("super::") {
            climbs += 1;
            rest = after;
        }
        // A file's `super` is its parent module; climbing past the top reaches the root.
        // (Inside an inline module such as `mod tests` it takes one climb more, so a name
        // that is not a top-level module is still inside the file's own module.)
        if climbs >= path.len() {
            found.extend(first_segment(rest).filter(|name| layer(name).is_some()));
        }
    }
    found
}

fn first_segment(rest: &str) -> Option<String> {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
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
        for (index, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for to in targets(code, &path) {
                if to != from {
                    uses.push(Use {
                        file: file
                            .strip_prefix(src.parent().unwrap())
                            .unwrap()
                            .display()
                            .to_string(),
                        line: index + 1,
                        from: from.clone(),
                        to,
                    });
                }
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
    let upward = Use {
        file: "src/platform/dom.rs".into(),
        line: 3,
        from: "platform".into(),
        to: targets(
            "use crate::embed::events::HostEvent;",
            &path("platform/dom"),
        )[0]
        .clone(),
    };
    assert!(problem(&upward).unwrap().contains("a layer above"));
    let sideways = targets(
        "    super::super::super::salary::money::group_thousands(n)",
        &path("apply/view/fields"),
    );
    assert_eq!(sideways, ["salary"]);
    let within = targets(
        "use super::super::money::Period;",
        &path("salary/view/chart"),
    );
    assert!(within.is_empty(), "{within:?}");
}
