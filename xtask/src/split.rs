//! The wasm in chunks, one per capability, for the bundle. Trunk cannot split a wasm
//! module, so this builds it (with the `split` feature and relocations kept, see build.rs)
//! and does the steps after cargo itself:
//!
//! 1. `wasm_split_cli_support` cuts the wasm at the `split_point!`s into a main module,
//!    one module per capability and modules of code they share, plus a small JS module
//!    that downloads them on demand;
//! 2. wasm-bindgen makes the JS glue for the main module (keeping the exports the chunks
//!    link against);
//! 3. in release builds, wasm-opt shrinks every module and terser minifies the JS;
//! 4. every file is named by a hash of its contents, and the references between them are
//!    rewritten to those names;
//! 5. each capability's modules are also joined into one pack for its first download
//!    ([`crate::packs`]).

use crate::packs::{link_with_packs, packs};
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

/// Names the split tool and wasm-bindgen give, replaced by hashed names.
const GLUE: &str = "career-guide.js";
const LINK: &str = "__wasm_split.js";

/// The finished files, by the names they are served under.
pub struct Split {
    /// The JS glue the loader imports.
    pub glue: String,
    /// The chunk loader, which the glue imports; the loader imports it too, so both
    /// download at once rather than one after the other.
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
    if release {
        for (_, path) in &wasm_files {
            let path = path.to_string_lossy();
            let mut args = vec!["-Oz"];
            args.extend(WASM_FEATURES);
            args.extend([path.as_ref(), "-o", path.as_ref()]);
            run("wasm-opt", &args)?;
        }
    }

    // Name each wasm file by its contents.
    let mut files = Vec::new();
    let mut renames = Vec::new();
    let mut wasm = String::new();
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
            renames.push((format!("./{stem}.wasm"), format!("./{name}")));
            modules.insert(stem.clone(), (name.clone(), bytes.clone()));
        }
        files.push((name, bytes));
    }
    let packs = packs(&cut.prefetch_map, &modules, |bytes| short_hash(&[bytes]))?;

    // The glue imports the link module and the link module imports the glue, so both are
    // named by one hash of everything they refer to.
    let mut glue_js = read(&bindgen.join(GLUE))?;
    let mut link_js = read(&work.join(LINK))?;
    for (from, to) in &renames {
        link_js = link_js.replace(from.as_str(), to);
    }
    link_js = link_with_packs(&link_js, &packs)?;
    files.extend(packs.into_iter().map(|pack| (pack.file, pack.bytes)));
    if release {
        glue_js = minify_js(&glue_js, true)?;
        link_js = minify_js(&link_js, true)?;
    }
    let glue_js = format!("{COMPILE_ALL_NOW}{glue_js}");
    let link_js = format!("{COMPILE_ALL_NOW}{link_js}");
    let mut parts: Vec<&[u8]> = vec![glue_js.as_bytes(), link_js.as_bytes()];
    parts.extend(files.iter().map(|(name, _)| name.as_bytes()));
    let together = short_hash(&parts);
    let glue = format!("career-guide-{together}.js");
    let link = format!("career-guide-{together}-chunks.js");
    // Only the import specifiers change: the wasm's import keys keep the original name.
    let glue_js = rename_imports(&glue_js, LINK, &link);
    let link_js = rename_imports(&link_js, GLUE, &glue);
    if glue_js.contains(&format!("from\"./{LINK}\"")) || link_js.contains(GLUE) {
        return Err("the split glue still imports an unhashed file".into());
    }
    files.push((glue.clone(), glue_js.into_bytes()));
    files.push((link.clone(), link_js.into_bytes()));

    Ok(Split {
        glue,
        link,
        wasm,
        files,
    })
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

/// `import … from "./old"` → `import … from "./new"`, spaced or minified.
fn rename_imports(js: &str, old: &str, new: &str) -> String {
    js.replace(&format!("from \"./{old}\""), &format!("from \"./{new}\""))
        .replace(&format!("from\"./{old}\""), &format!("from\"./{new}\""))
}

/// The first 16 hex digits of the SHA-256 of `parts`.
fn short_hash(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    base16::encode_lower(&hasher.finalize()[..8])
}
