//! `cargo xtask postbuild`, on Trunk's staging directory before it becomes `dist/`. Trunk
//! has built the stylesheet; this builds the rest:
//!
//! 1. the wasm, split into chunks, with its glue ([`crate::split`]);
//! 2. the stable loader `career-guide.js` from `src/embed/loader.js`, naming this build's
//!    glue, wasm and stylesheet;
//! 3. every page of the standalone site, pre-rendered by the app's own components, with
//!    `404.html`, `sitemap.xml` and `robots.txt` ([`crate::pages`]);
//! 4. `public/` copied in;
//! 5. in release builds, `.br` and `.gz` copies of every text and wasm file.

use crate::split::split;
use crate::{compress, env, minify_js, read, write, Result};
use std::fs;
use std::path::Path;

pub fn postbuild(root: &Path) -> Result<()> {
    let staging = Path::new(&env("TRUNK_STAGING_DIR")?).to_path_buf();
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");

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

    copy_dir(&root.join("public"), &staging)?;
    crate::pages::write_pages(&staging, &public_url, &css)?;
    if release {
        compress::precompress(&staging)?;
    }
    Ok(())
}

fn names_in(dir: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

pub fn find(dir: &Path, matches: impl Fn(&str) -> bool) -> Result<String> {
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

pub fn copy_dir(from: &Path, to: &Path) -> Result<()> {
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
