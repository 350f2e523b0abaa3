//! Golden files (`xtask/golden/`): what a generator writes, or what a pinned tool's output
//! offers that the build relies on, kept in the repository so any change to it is seen and
//! reviewed. `UPDATE_GOLDEN=1` writes the new contents instead of comparing.

use crate::Result;

/// Where the golden files live.
fn path(name: &str) -> std::path::PathBuf {
    crate::workspace().join("xtask/golden").join(name)
}

/// Whether `actual` is the golden file `name`; otherwise the first line that differs.
pub fn check(name: &str, actual: &str) -> Result<()> {
    let file = path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        return crate::write(&file, actual);
    }
    let golden = crate::read(&file)?;
    if golden == actual {
        return Ok(());
    }
    let line = golden
        .lines()
        .zip(actual.lines())
        .position(|(g, a)| g != a)
        .unwrap_or_else(|| golden.lines().count().min(actual.lines().count()));
    Err(format!(
        "{} differs from what was written, first at line {}:\n  golden: {}\n  now:    {}\n\
         If the change is meant, review it and write the file again with UPDATE_GOLDEN=1.",
        file.display(),
        line + 1,
        golden.lines().nth(line).unwrap_or("(end of file)"),
        actual.lines().nth(line).unwrap_or("(end of file)"),
    ))
}

#[cfg(test)]
pub fn assert_matches(name: &str, actual: &str) {
    if let Err(problem) = check(name, actual) {
        panic!("{problem}");
    }
}
