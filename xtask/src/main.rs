//! Build steps Trunk cannot do itself, run as its hooks (see Trunk.toml):
//!
//! - `cargo xtask prebuild` joins the layers' CSS into one stylesheet ([`styles`]);
//! - `cargo xtask postbuild` builds the wasm and splits it into one chunk per capability,
//!   and finishes the bundle ([`split`], [`bundle`]): loader, every page pre-rendered
//!   ([`pages`]), public files and precompressed copies ([`compress`]);
//! - `cargo xtask rebase FROM TO PUBLIC_URL` copies a release build for another path,
//!   writing only its pages again ([`pages::rebase`]).

mod bundle;
mod compress;
mod golden;
mod link;
mod packs;
mod pages;
mod split;
mod styles;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("prebuild") => styles::prebuild(&workspace()),
        Some("postbuild") => bundle::postbuild(&workspace()),
        Some("rebase") if args.len() == 4 => {
            pages::rebase(Path::new(&args[1]), Path::new(&args[2]), &args[3])
        }
        _ => Err("usage: cargo xtask prebuild | postbuild   (run by Trunk as its hooks)\n       cargo xtask rebase FROM TO PUBLIC_URL   (the build in FROM, for another path, in TO)".into()),
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

/// The workspace root (this crate's parent).
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn env(name: &str) -> Result<String> {
    std::env::var(name).map_err(|_| format!("{name} is not set; this runs as a Trunk hook"))
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs `program` with `args`, failing with its output when it fails.
fn run(program: &str, args: &[&str]) -> Result<()> {
    let output = std::process::Command::new(program)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run {program} (./x puts it on PATH): {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{program} {} failed:\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// Minifies JavaScript with terser (pinned in package.json; `./x` puts it on PATH).
/// `module` for ES modules; a classic script keeps its scope untouched.
fn minify_js(source: &str, module: bool) -> Result<String> {
    let dir = std::env::temp_dir().join(format!("career-guide-terser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let input = dir.join("in.js");
    let output = dir.join("out.js");
    write(&input, source)?;
    let (input_arg, output_arg) = (input.to_string_lossy(), output.to_string_lossy());
    let mut args = vec![input_arg.as_ref(), "--compress", "--mangle", "--ecma=2020"];
    if module {
        args.push("--module");
    }
    args.extend(["--output", output_arg.as_ref()]);
    run("terser", &args)?;
    let minified = read(&output)?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(minified)
}
