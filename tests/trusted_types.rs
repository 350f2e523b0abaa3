//! No view builds an element from markup. Leptos' `view!` turns an element whose attributes
//! and text are all literals into an "inert element", which the browser parses from a
//! string with `innerHTML`: a page enforcing Trusted Types (`require-trusted-types-for
//! 'script'; trusted-types 'none'`) refuses that, and the widget breaks there. This parses
//! every `view!` in `src/` as Leptos does (rstml), applies Leptos' own rule, and names each
//! element it would build from markup; writing its text as `{"…"}` makes it an ordinary one.

#![cfg(not(target_arch = "wasm32"))]

use rstml::node::{KVAttributeValue, Node, NodeAttribute, NodeName};
use std::path::{Path, PathBuf};
use syn::visit_mut::VisitMut;

/// Files compiled only natively (pages rendered to HTML at build time), where markup is
/// what is wanted.
const NATIVE_ONLY: [&str; 1] = ["src/embed/document.rs"];

/// Collects the `view!` invocations of a file.
#[derive(Default)]
struct Views(Vec<proc_macro2::TokenStream>);

impl VisitMut for Views {
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if mac.path.segments.last().is_some_and(|s| s.ident == "view") {
            self.0.push(mac.tokens.clone());
        }
        syn::visit_mut::visit_macro_mut(self, mac);
    }
}

/// Leptos' test (leptos_macro 0.8, `is_inert_element`), for an element at any depth.
fn is_inert(node: &Node) -> bool {
    let Node::Element(top) = node else {
        return false;
    };
    if top.attributes().is_empty() && top.children.is_empty() {
        return false;
    }
    let mut pending = vec![node];
    while let Some(node) = pending.pop() {
        match node {
            Node::Text(_) | Node::RawText(_) => {}
            Node::Element(element) => {
                let NodeName::Path(path) = element.name() else {
                    return false; // a block, or a spread
                };
                let component = path.path.segments.last().is_some_and(|s| {
                    s.ident
                        .to_string()
                        .starts_with(|c: char| c.is_ascii_uppercase())
                });
                if component {
                    return false;
                }
                for attribute in element.attributes() {
                    let NodeAttribute::Attribute(attribute) = attribute else {
                        return false;
                    };
                    if matches!(attribute.key, NodeName::Block(_)) {
                        return false;
                    }
                    let key = attribute.key.to_string();
                    let dynamic_key = ["style:", "prop:", "on:", "use:", "bind"]
                        .iter()
                        .any(|prefix| key.starts_with(prefix));
                    let literal = match attribute.possible_value.to_value() {
                        None => true,
                        Some(value) => matches!(&value.value,
                            KVAttributeValue::Expr(syn::Expr::Lit(lit))
                                if !dynamic_key && matches!(lit.lit, syn::Lit::Str(_))),
                    };
                    if !literal {
                        return false;
                    }
                }
                pending.extend(&element.children);
            }
            _ => return false,
        }
    }
    true
}

/// Each element of `nodes` (at any depth) that Leptos would build from markup.
fn inert_elements(nodes: &[Node], found: &mut Vec<String>) {
    for node in nodes {
        if is_inert(node) {
            use quote::ToTokens;
            let text = node.to_token_stream().to_string();
            found.push(text.chars().take(90).collect());
        } else if let Node::Element(element) = node {
            inert_elements(&element.children, found);
        } else if let Node::Fragment(fragment) = node {
            inert_elements(&fragment.children, found);
        }
    }
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn no_view_builds_an_element_from_markup() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut found = Vec::new();
    let mut views = 0;
    for file in files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if NATIVE_ONLY.contains(&relative.as_str()) {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap();
        let mut syntax = syn::parse_file(&source).unwrap_or_else(|e| panic!("{relative}: {e}"));
        let mut collected = Views::default();
        collected.visit_file_mut(&mut syntax);
        for tokens in collected.0 {
            views += 1;
            let parser = rstml::Parser::new(rstml::ParserConfig::default().recover_block(true));
            let (nodes, _) = parser.parse_recoverable(tokens).split_vec();
            let mut inert = Vec::new();
            inert_elements(&nodes, &mut inert);
            found.extend(inert.into_iter().map(|html| format!("{relative}: {html}")));
        }
    }
    assert!(views > 100, "only {views} views found");
    assert!(
        found.is_empty(),
        "these elements would be built with innerHTML, which Trusted Types refuses; write their text as {{\"…\"}}:\n{}",
        found.join("\n")
    );
}
