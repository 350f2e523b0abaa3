//! `./x bench size`: where the bytes of each download go. The build (run by `./x bench` with
//! `CAREER_GUIDE_NAMES_DIR`) writes every wasm module optimised as served but with its
//! function names, and which modules make up the main module and each capability's
//! download. twiggy reads them: bytes by crate, and the largest functions and what keeps
//! them. A crate's brotli share is its share of the raw bytes times the
//! download's brotli size as served (compression is not attributable exactly; code
//! compresses more uniformly than that estimate needs to be useful).
//!
//! Each run is compared with the last recorded profile (`tests/e2e/size-profile.json`),
//! then recorded in its place.

use super::{kb, Report};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

mod owner;

use owner::{owner, short};

const TOP: usize = 20;

/// What one download holds: its brotli size as served and raw bytes by owner.
struct Profile {
    group: String,
    brotli: u64,
    by_owner: BTreeMap<String, u64>,
    /// The largest functions: (name, bytes, what calls or refers to them).
    top: Vec<(String, u64, Vec<String>)>,
}

pub fn names_dir() -> PathBuf {
    std::env::var_os("CAREER_GUIDE_NAMES_DIR").map_or_else(
        || e2e::workspace().join("target/bench/names"),
        PathBuf::from,
    )
}

/// Measures every download, adds the budget rows, and returns the profile's Markdown.
pub fn size(report: &mut Report, budgets: &Value) -> String {
    let dir = names_dir();
    let Ok(groups) = std::fs::read_to_string(dir.join("groups.json")) else {
        report.row(
            "size profile",
            "no build with names (run ./x bench size)",
            "",
            Some(false),
        );
        return String::new();
    };
    let groups: BTreeMap<String, Vec<String>> = serde_json::from_str(&groups).expect("groups.json");
    let twiggy = twiggy();
    let dist = e2e::dist_dir();
    let profiles: Vec<Profile> = groups
        .iter()
        .map(|(group, modules)| profile(&twiggy, &dir, &dist, group, modules))
        .collect();

    let recorded_path = e2e::workspace().join("tests/e2e/size-profile.json");
    let recorded: Value = std::fs::read_to_string(&recorded_path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    for p in &profiles {
        let budget = match p.group.as_str() {
            "main" => budgets["size_brotli_bytes"]["main_module"].as_u64(),
            "theme" => budgets["size_brotli_bytes"]["theme_pack"].as_u64(),
            _ => None,
        };
        let before = recorded[&p.group]["brotli"].as_u64();
        let change = before.map_or(String::new(), |b| {
            format!(" ({:+.1} KB)", (p.brotli as f64 - b as f64) / 1024.0)
        });
        report.row(
            format!("size: {}", describe(&p.group)),
            format!("{}{change}", kb(p.brotli as usize)),
            budget.map_or(String::new(), |b| format!("≤ {} br", kb(b as usize))),
            budget.map(|b| p.brotli <= b),
        );
    }
    for p in &profiles {
        print_detail(p, &recorded[&p.group]);
    }
    let now: serde_json::Map<String, Value> = profiles
        .iter()
        .map(|p| {
            (
                p.group.clone(),
                json!({ "brotli": p.brotli, "by_owner": p.by_owner }),
            )
        })
        .collect();
    std::fs::write(
        &recorded_path,
        serde_json::to_string_pretty(&now).expect("profile JSON") + "\n",
    )
    .expect("write tests/e2e/size-profile.json");
    markdown(&profiles, &recorded)
}

fn describe(group: &str) -> String {
    match group {
        "main" => "the main module (runtime, shell, routing, mount)".to_owned(),
        "theme" => "the theme's download (colour checks for a host's brand)".to_owned(),
        other => format!("the {other} download"),
    }
}

/// The pinned twiggy, which `./x bench` installs and puts on `PATH`.
fn twiggy() -> PathBuf {
    PathBuf::from("twiggy")
}

/// twiggy's JSON answer, or `None` for a module without code (twiggy cannot read those).
fn run_twiggy(twiggy: &Path, args: &[&str]) -> Option<Value> {
    let output = Command::new(twiggy)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {}: {e} (./x bench installs it and puts it on PATH)",
                twiggy.display()
            )
        });
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("function or code section is missing") {
        return None;
    }
    assert!(
        output.status.success(),
        "twiggy {}: {stderr}",
        args.join(" ")
    );
    Some(
        serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("twiggy {} wrote no JSON: {e}", args.join(" "))),
    )
}

fn profile(twiggy: &Path, dir: &Path, dist: &Path, group: &str, modules: &[String]) -> Profile {
    let mut by_owner = BTreeMap::new();
    let mut functions: Vec<(String, u64, String)> = Vec::new();
    for module in modules {
        let path = dir.join(format!("{module}.wasm"));
        let path = path.to_string_lossy();
        let Some(items) = run_twiggy(twiggy, &["top", "-n", "1000000", "--format", "json", &path])
        else {
            let bytes = std::fs::metadata(path.as_ref()).map_or(0, |m| m.len());
            *by_owner.entry("data".to_owned()).or_insert(0) += bytes;
            continue;
        };
        for item in items.as_array().into_iter().flatten() {
            let name = item["name"].as_str().unwrap_or_default();
            let bytes = item["shallow_size"].as_u64().unwrap_or(0);
            let Some(owner) = owner(name) else { continue };
            *by_owner.entry(owner.clone()).or_insert(0) += bytes;
            if owner != "data" && owner != "wasm structure" {
                functions.push((name.to_owned(), bytes, path.to_string()));
            }
        }
    }
    functions.sort_by_key(|f| std::cmp::Reverse(f.1));
    let top = functions
        .into_iter()
        .take(TOP)
        .map(|(name, bytes, path)| {
            let retainers = retainers(twiggy, &path, &name);
            (name, bytes, retainers)
        })
        .collect();
    Profile {
        group: group.to_owned(),
        brotli: served_brotli(dist, group, modules),
        by_owner,
        top,
    }
}

/// What calls or refers to `name`, nearest first.
fn retainers(twiggy: &Path, path: &str, name: &str) -> Vec<String> {
    let paths = run_twiggy(
        twiggy,
        &[
            "paths", "--format", "json", "-d", "1", "-r", "3", path, name,
        ],
    );
    paths
        .as_ref()
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .flat_map(|item| item["callers"].as_array().cloned().unwrap_or_default())
        .filter_map(|caller| caller["name"].as_str().map(short))
        .take(3)
        .collect()
}

/// The brotli bytes the browser fetches for a group: the main module's file, a capability's
/// pack, or its one module when it needs no other.
fn served_brotli(dist: &Path, group: &str, modules: &[String]) -> u64 {
    let prefix = match (group, modules) {
        ("main", _) => "career-guide-".to_owned(),
        (_, [one]) => format!("career-guide-{one}-"),
        _ => format!("career-guide-pack_{group}-"),
    };
    let suffix = match (group, modules) {
        ("main", _) => "_bg.wasm.br",
        (_, [_]) => ".wasm.br",
        _ => ".bin.br",
    };
    std::fs::read_dir(dist)
        .expect("dist")
        .flatten()
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.starts_with(&prefix) && name.ends_with(suffix)
        })
        .map(|entry| entry.metadata().map_or(0, |m| m.len()))
        .next()
        .unwrap_or_else(|| panic!("no {prefix}…{suffix} in {}", dist.display()))
}

fn print_detail(p: &Profile, recorded: &Value) {
    let raw: u64 = p.by_owner.values().sum();
    println!(
        "\n{} — {} brotli, {} raw",
        describe(&p.group),
        kb(p.brotli as usize),
        kb(raw as usize)
    );
    let mut owners: Vec<(&String, &u64)> = p.by_owner.iter().collect();
    owners.sort_by(|a, b| b.1.cmp(a.1));
    for (owner, bytes) in owners.iter().take(15) {
        let before = recorded["by_owner"][owner.as_str()].as_u64();
        let change = before.map_or("new".to_owned(), |b| {
            format!("{:+.1} KB", (**bytes as f64 - b as f64) / 1024.0)
        });
        println!(
            "  {:<40} {:>9} raw  {:>5.1} %  ≈ {:>9} br  {change}",
            owner,
            kb(**bytes as usize),
            **bytes as f64 * 100.0 / raw.max(1) as f64,
            kb((p.brotli as f64 * **bytes as f64 / raw.max(1) as f64) as usize)
        );
    }
    println!("  the {TOP} largest functions, with what keeps them:");
    for (name, bytes, retainers) in &p.top {
        println!("  {:>7} B  {}", bytes, short(name));
        if !retainers.is_empty() {
            println!("             ← {}", retainers.join(" | "));
        }
    }
}

/// One table of every download by owner (the largest owners), and the main module's
/// largest functions.
fn markdown(profiles: &[Profile], recorded: &Value) -> String {
    let mut owners: BTreeMap<&str, u64> = BTreeMap::new();
    for p in profiles {
        for (owner, bytes) in &p.by_owner {
            *owners.entry(owner).or_insert(0) += bytes;
        }
    }
    let mut owners: Vec<(&str, u64)> = owners.into_iter().collect();
    owners.sort_by_key(|o| std::cmp::Reverse(o.1));
    let mut md = String::from("| Owner (≈ KB brotli) |");
    for p in profiles {
        md.push_str(&format!(" {} |", p.group));
    }
    md.push_str("\n|---|");
    md.push_str(&"---:|".repeat(profiles.len()));
    md.push('\n');
    let share = |p: &Profile, owner: &str| {
        let raw: u64 = p.by_owner.values().sum();
        p.by_owner.get(owner).map_or(0.0, |b| {
            p.brotli as f64 * *b as f64 / raw.max(1) as f64 / 1024.0
        })
    };
    // Every owner of a kilobyte somewhere; the rest in one row, so each column adds up.
    let shown: Vec<&str> = owners
        .iter()
        .map(|(owner, _)| *owner)
        .filter(|owner| profiles.iter().any(|p| share(p, owner) >= 1.0))
        .collect();
    for owner in &shown {
        md.push_str(&format!("| {owner} |"));
        for p in profiles {
            md.push_str(&format!(" {:.1} |", share(p, owner)));
        }
        md.push('\n');
    }
    md.push_str("| the rest |");
    for p in profiles {
        let rest = p.brotli as f64 / 1024.0 - shown.iter().map(|o| share(p, o)).sum::<f64>();
        md.push_str(&format!(" {rest:.1} |"));
    }
    md.push('\n');
    md.push_str("| **total as served** |");
    for p in profiles {
        let before = recorded[&p.group]["brotli"].as_u64();
        let change = before.map_or(String::new(), |b| {
            format!(" ({:+.1})", (p.brotli as f64 - b as f64) / 1024.0)
        });
        md.push_str(&format!(" **{:.1}**{change} |", p.brotli as f64 / 1024.0));
    }
    md.push_str("\n\nThe main module's largest functions (raw bytes) and what keeps them:\n\n");
    md.push_str("| Bytes | Function | Kept by |\n|---:|---|---|\n");
    if let Some(main) = profiles.iter().find(|p| p.group == "main") {
        for (name, bytes, retainers) in &main.top {
            md.push_str(&format!(
                "| {bytes} | `{}` | {} |\n",
                short(name).replace('|', "\\|"),
                retainers
                    .iter()
                    .map(|r| format!("`{}`", r.replace('|', "\\|")))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    md
}
