//! The chunk loader (`career-guide-chunks.js`), written here from what the split tool
//! reports rather than taken from it: which modules each capability needs (its prefetch
//! map), and what the modules import from the main one (read from their import sections).
//! The runtime is `link.js`; this module adds the data and the exports around it.
//!
//! The main module imports `__wasm_split_load_<capability>` from this file by the fixed
//! name [`LINK`] (so wasm-bindgen's glue imports it by that name, and nothing in the glue
//! is renamed); this file imports the glue by its hashed name. The callback protocol is
//! `wasm_split_helpers`'s, pinned with the split tool (see `tests::the_split_crates_agree`).

use crate::packs::Pack;
use crate::Result;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The chunk loader's file name: fixed, so the main module and the glue can name it.
pub const LINK: &str = "career-guide-chunks.js";
/// The module the split modules import the main module's memory, table and globals from.
const SHARED_MODULE: &str = "__wasm_split";
/// Debug builds check at instantiation that a chunk belongs to this build with an import
/// of this prefix, which the loader answers with a fixed value.
const CANARY_PREFIX: &str = "__canary_";

/// What one capability needs: the served names of the shared chunks, then of its own
/// module (none when the split left it empty).
#[derive(Debug, PartialEq)]
pub struct Needs {
    pub chunks: Vec<String>,
    pub own: Option<String>,
}

/// Each capability's needs, from the split tool's prefetch map (capability → module
/// stems, its own `split_<capability>` last when there is one) and the served name of
/// each stem.
pub fn needs(
    prefetch: &std::collections::HashMap<String, Vec<String>>,
    served: &std::collections::HashMap<String, String>,
) -> Result<BTreeMap<String, Needs>> {
    let mut found = BTreeMap::new();
    for (split, stems) in prefetch {
        let name = |stem: &String| {
            served.get(stem).cloned().ok_or_else(|| {
                format!("the split tool names {stem} for {split}, which it did not emit")
            })
        };
        let own_stem = format!("split_{split}");
        let mut chunks = Vec::new();
        let mut own = None;
        for stem in stems {
            if *stem == own_stem {
                own = Some(name(stem)?);
            } else {
                chunks.push(name(stem)?);
            }
        }
        found.insert(split.clone(), Needs { chunks, own });
    }
    Ok(found)
}

/// What the split modules import from the main module, from their import sections.
pub fn shared_imports(modules: &[&[u8]]) -> Result<BTreeSet<String>> {
    let mut names = BTreeSet::new();
    for module in modules {
        for payload in wasmparser::Parser::new(0).parse_all(module) {
            let payload = payload.map_err(|e| format!("reading a split module: {e}"))?;
            if let wasmparser::Payload::ImportSection(section) = payload {
                for import in section.into_imports() {
                    let import =
                        import.map_err(|e| format!("reading a split module's imports: {e}"))?;
                    if import.module == SHARED_MODULE {
                        names.insert(import.name.to_owned());
                    }
                }
            }
        }
    }
    Ok(names)
}

/// The chunk loader: it imports `glue` (the served name), knows each capability's
/// `needs` and `packs`, and links modules against the main module's `shared` exports.
pub fn link_module(
    glue: &str,
    shared: &BTreeSet<String>,
    needs: &BTreeMap<String, Needs>,
    packs: &[Pack],
) -> String {
    let canary = shared.iter().find(|name| name.starts_with(CANARY_PREFIX));
    let from_main: Vec<&String> = shared.iter().filter(|n| Some(*n) != canary).collect();
    let splits: Map<String, Value> = needs
        .iter()
        .map(|(split, needs)| {
            let chunks: Vec<String> = needs.chunks.iter().map(|n| format!("./{n}")).collect();
            let own = needs.own.as_ref().map(|n| format!("./{n}"));
            (split.clone(), json!({ "needs": chunks, "own": own }))
        })
        .collect();
    let packs: Map<String, Value> = packs
        .iter()
        .map(|pack| {
            let parts: Vec<Value> = pack
                .parts
                .iter()
                .map(|(name, start, end)| json!([format!("./{name}"), start, end]))
                .collect();
            (
                pack.split.clone(),
                json!({ "file": format!("./{}", pack.file), "parts": parts }),
            )
        })
        .collect();
    let build = json!({ "shared": from_main, "canary": canary, "splits": splits, "packs": packs });
    let exports: String = needs
        .keys()
        .map(|split| {
            format!(
                "export const __wasm_split_load_{split} = loader({});\n",
                json!(split)
            )
        })
        .collect();
    format!(
        "// Written by xtask/src/link.rs for this build.\nimport {{ initSync }} from \"./{glue}\";\n\nconst build = {build};\n\n{}\n{exports}",
        include_str!("link.js")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn prefetch() -> HashMap<String, Vec<String>> {
        HashMap::from([
            (
                "salary".to_owned(),
                vec!["chunk_7".to_owned(), "split_salary".to_owned()],
            ),
            ("theme".to_owned(), vec!["chunk_7".to_owned()]),
        ])
    }

    fn served() -> HashMap<String, String> {
        ["chunk_7", "split_salary"]
            .into_iter()
            .map(|stem| (stem.to_owned(), format!("cg-{stem}-h.wasm")))
            .collect()
    }

    #[test]
    fn a_capabilitys_own_module_comes_after_its_chunks_and_may_be_empty() {
        let needs = needs(&prefetch(), &served()).unwrap();
        assert_eq!(
            needs["salary"],
            Needs {
                chunks: vec!["cg-chunk_7-h.wasm".into()],
                own: Some("cg-split_salary-h.wasm".into())
            }
        );
        assert_eq!(
            needs["theme"],
            Needs {
                chunks: vec!["cg-chunk_7-h.wasm".into()],
                own: None
            }
        );
        let mut missing = prefetch();
        missing.insert("guide".into(), vec!["chunk_9".into()]);
        let error = super::needs(&missing, &served()).unwrap_err();
        assert!(error.contains("chunk_9"), "{error}");
    }

    /// The loader this generator writes for a small build, compared with
    /// `xtask/golden/link.js`: a change to it is a change to review (write the new golden
    /// file with `UPDATE_GOLDEN=1 cargo test -p xtask`).
    #[test]
    fn the_loader_matches_its_golden_file() {
        let needs = needs(&prefetch(), &served()).unwrap();
        let shared: BTreeSet<String> = ["__indirect_function_table", "__canary_1f", "memory"]
            .into_iter()
            .map(str::to_owned)
            .collect();
        let packs = [Pack {
            split: "salary".into(),
            file: "cg-pack_salary-h.bin".into(),
            bytes: Vec::new(),
            parts: vec![
                ("cg-chunk_7-h.wasm".into(), 0, 10),
                ("cg-split_salary-h.wasm".into(), 10, 30),
            ],
        }];
        let written = link_module("cg-glue-h.js", &shared, &needs, &packs);
        crate::golden::assert_matches("link.js", &written);
    }

    /// The runtime side of the split (`wasm_split_helpers`, which Leptos brings) and the
    /// build side (`wasm_split_cli_support`) speak one protocol, which `link.js` speaks
    /// too: both are pinned, and Cargo.lock must hold exactly this pair.
    #[test]
    fn the_split_crates_agree() {
        let lock = std::fs::read_to_string(crate::workspace().join("Cargo.lock")).unwrap();
        let version = |name: &str| {
            let entry = format!("name = \"{name}\"\nversion = \"");
            let (_, rest) = lock
                .split_once(&entry)
                .unwrap_or_else(|| panic!("{name} is not in Cargo.lock"));
            rest.split('"').next().unwrap().to_owned()
        };
        assert_eq!(
            (version("wasm_split_cli_support"), version("wasm_split_helpers")),
            ("0.2.4".to_owned(), "0.2.3".to_owned()),
            "the split crates changed: check that link.js still speaks their protocol, then pin the new pair here"
        );
    }
}
