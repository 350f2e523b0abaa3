//! One stylesheet from the layers' CSS: the tokens first, then each layer and capability
//! in layer order, so later (more specific) styles win ties. Trunk then minifies and
//! hashes it like any stylesheet; one `<link>` keeps the strict CSP.

use crate::{read, write, Result};
use std::path::Path;

/// Every stylesheet of the product, in the order they are joined.
pub const STYLESHEETS: [&str; 8] = [
    "style/tokens.css",
    "src/ui/ui.css",
    "src/shell/shell.css",
    "src/guide/guide.css",
    "src/salary/salary.css",
    "src/apply/apply.css",
    "src/builder/builder.css",
    "src/embed/embed.css",
];

/// Where the joined stylesheet goes; `index.html` links it for Trunk.
pub const JOINED: &str = "target/style/styles.css";

pub fn prebuild(root: &Path) -> Result<()> {
    write(&root.join(JOINED), join(root)?)
}

fn join(root: &Path) -> Result<String> {
    let mut css = String::new();
    for sheet in STYLESHEETS {
        css.push_str(&format!("/* {sheet} */\n"));
        css.push_str(&read(&root.join(sheet))?);
        css.push('\n');
    }
    Ok(css)
}

#[cfg(test)]
mod tests {
    //! The stylesheets keep the rules `style/tokens.css` states: every selector is scoped
    //! to our root (`:where(.cg-root)`, the standalone page's `:where(.cg-standalone)`, or
    //! the shadow host), and colours are written only in the tokens file.
    use super::*;

    /// A stylesheet beside a new capability must be listed, or it would silently not ship.
    #[test]
    fn every_stylesheet_in_the_source_is_joined() {
        let root = crate::workspace();
        let mut found = Vec::new();
        let mut dirs = vec![root.join("src"), root.join("style")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "css") {
                    let relative = path.strip_prefix(&root).unwrap();
                    found.push(relative.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        found.sort();
        let mut listed: Vec<String> = STYLESHEETS.iter().map(|s| s.to_string()).collect();
        listed.sort();
        assert_eq!(found, listed);
    }

    #[test]
    fn the_tokens_come_first() {
        let css = join(&crate::workspace()).unwrap();
        assert!(css.starts_with("/* style/tokens.css */"));
        assert!(css.contains("/* src/apply/apply.css */"));
    }

    const SCOPES: [&str; 3] = [":where(.cg-root", ":where(.cg-standalone", ":host"];

    fn without_comments(css: &str) -> String {
        let mut out = String::new();
        let mut rest = css;
        while let Some(start) = rest.find("/*") {
            out.push_str(&rest[..start]);
            rest = rest[start..]
                .find("*/")
                .map_or("", |end| &rest[start + end + 2..]);
        }
        out.push_str(rest);
        out
    }

    /// The selectors of every rule (not of at-rules such as `@media`), with their line.
    fn selectors(css: &str) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        let mut prelude = String::new();
        let mut line = 1;
        let mut depth_in_rule = 0;
        for ch in css.chars() {
            if ch == '\n' {
                line += 1;
            }
            match ch {
                '{' if depth_in_rule == 0 => {
                    let head = prelude.trim().to_owned();
                    if !head.starts_with('@') {
                        depth_in_rule = 1;
                        for selector in split_top_level(&head) {
                            found.push((line, selector));
                        }
                    }
                    prelude.clear();
                }
                '{' => depth_in_rule += 1,
                '}' if depth_in_rule > 0 => depth_in_rule -= 1,
                '}' => prelude.clear(),
                ';' if depth_in_rule == 0 => prelude.clear(),
                _ if depth_in_rule == 0 => prelude.push(ch),
                _ => {}
            }
        }
        found
    }

    /// Splits a selector list at commas outside parentheses.
    fn split_top_level(list: &str) -> Vec<String> {
        let mut parts = Vec::new();
        let mut depth = 0;
        let mut current = String::new();
        for ch in list.chars() {
            match ch {
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(current.trim().to_owned());
                    current.clear();
                    continue;
                }
                _ => {}
            }
            current.push(ch);
        }
        parts.push(current.trim().to_owned());
        parts
    }

    fn has_hex_colour(css: &str) -> bool {
        css.match_indices('#').any(|(at, _)| {
            let digits = css[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_hexdigit())
                .count();
            matches!(digits, 3 | 4 | 6 | 8)
        })
    }

    fn read(sheet: &str) -> String {
        without_comments(&std::fs::read_to_string(crate::workspace().join(sheet)).unwrap())
    }

    #[test]
    fn every_rule_is_scoped_to_our_root() {
        let mut unscoped = Vec::new();
        let mut count = 0;
        for sheet in STYLESHEETS {
            for (line, selector) in selectors(&read(sheet)) {
                count += 1;
                if !SCOPES.iter().any(|scope| selector.starts_with(scope)) {
                    unscoped.push(format!("{sheet}:{line}: {selector}"));
                }
            }
        }
        assert!(
            count > 150,
            "the check reads every rule ({count} selectors)"
        );
        assert!(
            unscoped.is_empty(),
            "unscoped selectors:\n{}",
            unscoped.join("\n")
        );
    }

    #[test]
    fn colours_are_written_only_as_tokens() {
        for sheet in &STYLESHEETS[1..] {
            let css = read(sheet);
            for (index, line) in css.lines().enumerate() {
                assert!(
                    !has_hex_colour(line) && !line.contains("rgb(") && !line.contains("hsl("),
                    "{sheet}:{}: a colour outside the tokens: {}",
                    index + 1,
                    line.trim()
                );
            }
        }
        assert!(has_hex_colour(&read(STYLESHEETS[0])));
    }

    #[test]
    fn the_checks_catch_what_they_look_for() {
        let css = "a { color: red; }\n@media print { :where(.cg-root) p, .x { margin: 0; } }";
        let found: Vec<String> = selectors(css).into_iter().map(|(_, s)| s).collect();
        assert_eq!(found, ["a", ":where(.cg-root) p", ".x"]);
        assert!(has_hex_colour("color: #fff;") && !has_hex_colour("url(#frag-ment)"));
    }
}
