//! The wasm in chunks, one per capability, for the bundle. Trunk cannot split a wasm
//! module, so this builds it (with the `split` feature and relocations kept, see build.rs)
//! and does the steps after cargo itself:
//!
//! 1. `wasm_split_cli_support` cuts the wasm at the `split_point!`s into a main module,
//!    one module per capability and modules of code they share (the JS it also writes to
//!    load them is not used: [`crate::link`] writes ours from what it reports);
//! 2. wasm-bindgen makes the JS glue for the main module (keeping the exports the chunks
//!    link against), whose interface is checked against `xtask/golden/glue.txt`;
//! 3. in release builds, wasm-opt shrinks every module and terser minifies the JS;
//! 4. every wasm file and the glue are named by a hash of their contents;
//! 5. each capability's modules are also joined into one pack for its first download
//!    ([`crate::packs`]), and the chunk loader is written ([`crate::link`]).

use crate::link::{link_module, needs, shared_imports, LINK};
use crate::packs::packs;
use crate::{minify_js, read, read_bytes, run, Result};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// wasm-opt's features: the ones Rust's wasm32 target emits.
const WASM_FEATURES: [&str; 7] = [
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The glue wasm-bindgen writes, renamed by its hash.
const GLUE: &str = "career-guide.js";

/// The finished files, by the names they are served under.
pub struct Split {
    /// The JS glue the loader imports.
    pub glue: String,
    /// The chunk loader ([`LINK`]), which the glue imports; the loader imports it too,
    /// so both download at once rather than one after the other.
    pub link: String,
    /// The main wasm module the loader fetches.
    pub wasm: String,
    pub files: Vec<(String, Vec<u8>)>,
}

pub fn split(root: &Path, release: bool) -> Result<Split> {
    build_wasm(root, release)?;
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let profile = if release { "release" } else { "debug" };
    let raw = target.join(format!(
        "wasm32-unknown-unknown/{profile}/career-guide.wasm"
    ));
    let work = target.join("split");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;

    let input = read_bytes(&raw)?;
    let main_out = work.join("main.wasm");
    let link_name = format!("./{LINK}");
    // The split tool also writes a loader of its own there; it is not read.
    let main_module = format!("./{GLUE}");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = &work;
    options.main_out_path = &main_out;
    options.link_name = &link_name;
    options.main_module = &main_module;
    let cut = wasm_split_cli_support::transform(options)
        .map_err(|e| format!("splitting {}: {e}", raw.display()))?;

    let bindgen = work.join("bindgen");
    run(
        "wasm-bindgen",
        &[
            "--target=web",
            "--keep-lld-exports",
            "--no-demangle",
            "--no-typescript",
            "--out-name=career-guide",
            &format!("--out-dir={}", bindgen.display()),
            &main_out.to_string_lossy(),
        ],
    )?;

    let mut wasm_files: Vec<(String, PathBuf)> =
        vec![("main".to_owned(), bindgen.join("career-guide_bg.wasm"))];
    for module in &cut.split_modules {
        let stem = module
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .ok_or("a split module without a name")?;
        wasm_files.push((stem, module.clone()));
    }
    let names = std::env::var_os(NAMES_DIR).map(PathBuf::from);
    if let Some(dir) = &names {
        write_groups(dir, &cut.prefetch_map)?;
    }
    if release {
        for (stem, path) in &wasm_files {
            if let Some(dir) = &names {
                // The same optimisation keeping the function names (`-g`), for profiling.
                let copy = dir.join(format!("{stem}.wasm"));
                optimise(path, &copy, true)?;
            }
            optimise(path, path, false)?;
        }
    }

    // Name each wasm file by its contents.
    let mut files = Vec::new();
    let mut wasm = String::new();
    let mut served = HashMap::new();
    let mut modules = HashMap::new();
    for (stem, path) in &wasm_files {
        let bytes = read_bytes(path)?;
        let name = if stem == "main" {
            format!("career-guide-{}_bg.wasm", short_hash(&[&bytes]))
        } else {
            format!("career-guide-{stem}-{}.wasm", short_hash(&[&bytes]))
        };
        if stem == "main" {
            wasm = name.clone();
        } else {
            served.insert(stem.clone(), name.clone());
            modules.insert(stem.clone(), (name.clone(), bytes.clone()));
        }
        files.push((name, bytes));
    }
    let packs = packs(&cut.prefetch_map, &modules, |bytes| short_hash(&[bytes]))?;
    let split_bytes: Vec<&[u8]> = modules.values().map(|(_, b)| b.as_slice()).collect();
    let shared = shared_imports(&split_bytes)?;

    let mut glue_js = read(&bindgen.join(GLUE))?;
    crate::golden::check("glue.txt", &glue_interface(&glue_js))?;
    if release {
        glue_js = minify_js(&glue_js, true)?;
    }
    let glue_js = format!("{COMPILE_ALL_NOW}{glue_js}");
    let glue = format!("career-guide-{}.js", short_hash(&[glue_js.as_bytes()]));
    let mut link_js = link_module(&glue, &shared, &needs(&cut.prefetch_map, &served)?, &packs);
    if release {
        link_js = minify_js(&link_js, true)?;
    }
    let link_js = format!("{COMPILE_ALL_NOW}{link_js}");
    files.extend(packs.into_iter().map(|pack| (pack.file, pack.bytes)));
    files.push((glue.clone(), glue_js.into_bytes()));
    files.push((LINK.to_owned(), link_js.into_bytes()));

    Ok(Split {
        glue,
        link: LINK.to_owned(),
        wasm,
        files,
    })
}

/// What the build relies on in wasm-bindgen's glue, one fact a line: the modules it
/// imports, what it exports, and that `initSync` returns the running module's exports.
fn glue_interface(js: &str) -> String {
    let mut facts = std::collections::BTreeSet::new();
    for line in js.lines() {
        if let Some(rest) = line.strip_prefix("import * as ") {
            if let Some((_, from)) = rest.split_once(" from ") {
                facts.insert(format!("imports {}", from.trim_end_matches(';')));
            }
        } else if let Some(rest) = line.strip_prefix("export function ") {
            facts.insert(format!(
                "exports function {}",
                &rest[..rest.find('(').unwrap_or(rest.len())]
            ));
        } else if line.starts_with("export {") || line.starts_with("export default") {
            facts.insert(line.trim().to_owned());
        }
    }
    if let Some((_, body)) = js.split_once("function initSync(module) {") {
        let first = body
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("");
        facts.insert(format!("initSync begins: {first}"));
    }
    facts.into_iter().map(|fact| format!("{fact}\n")).collect()
}

/// Set to a folder, the build also writes there each module optimised with its function
/// names kept, and `groups.json`: the modules of the main module and of each capability's
/// download (`./x bench size` profiles them).
pub const NAMES_DIR: &str = "CAREER_GUIDE_NAMES_DIR";

fn optimise(input: &Path, output: &Path, keep_names: bool) -> Result<()> {
    let (input, output) = (input.to_string_lossy(), output.to_string_lossy());
    let mut args = vec!["-Oz"];
    if keep_names {
        args.push("-g");
    }
    args.extend(WASM_FEATURES);
    args.extend([input.as_ref(), "-o", output.as_ref()]);
    run("wasm-opt", &args)
}

fn write_groups(dir: &Path, needs: &HashMap<String, Vec<String>>) -> Result<()> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut groups: std::collections::BTreeMap<&str, Vec<&str>> = needs
        .iter()
        .map(|(split, stems)| (split.as_str(), stems.iter().map(String::as_str).collect()))
        .collect();
    groups.insert("main", vec!["main"]);
    let json = serde_json::to_string_pretty(&groups).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("groups.json"), json).map_err(|e| format!("groups.json: {e}"))
}

/// Builds the app's wasm with the `split` feature, which keeps the linker's relocations
/// (build.rs) for the split. Cargo's progress shows as it goes.
fn build_wasm(root: &Path, release: bool) -> Result<()> {
    let mut args = vec![
        "build",
        "--locked",
        "--target=wasm32-unknown-unknown",
        "--package=career-guide",
        "--bin=career-guide",
        "--features=split",
    ];
    if release {
        args.push("--release");
    }
    let status = std::process::Command::new("cargo")
        .args(&args)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo {} failed ({status})", args.join(" ")))
    }
}

/// V8's explicit compile hint (it must be the file's first line): compile every function
/// while the file downloads, off the main thread. Nearly every function of the glue and the
/// link module runs at start-up; compiled lazily they took 20–30 ms of the mount task.
const COMPILE_ALL_NOW: &str = "//# allFunctionsCalledOnLoad\n";

/// The first 16 hex digits of the SHA-256 of `parts`.
fn short_hash(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    base16::encode_lower(&hasher.finalize()[..8])
}
