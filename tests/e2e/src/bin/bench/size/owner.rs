//! Who owns a twiggy item: a crate, this crate by module, data or the wasm's own structure.

/// Who a twiggy item belongs to: a crate (this one by module, e.g. `career_guide::ui`),
/// `data`, `wasm structure` or `wasm_bindgen` (its shims); `None` for custom sections such as
/// the names, which are not what is measured.
pub fn owner(name: &str) -> Option<String> {
    if name.contains(" subsection") || name.starts_with("custom section") {
        return None;
    }
    if name.starts_with("data segment") || name.starts_with("data[") {
        return Some("data".to_owned());
    }
    let structure = [
        "elem[", "type[", "table[", "global[", "memory[", "export ", "import ",
    ];
    if structure.iter().any(|p| name.starts_with(p))
        || name.ends_with(" headers")
        || name == "wasm magic bytes"
        || name.starts_with("<unknown>")
    {
        return Some("wasm structure".to_owned());
    }
    if name.starts_with("code[") || name.starts_with("func[") {
        return Some("unnamed functions".to_owned());
    }
    if name.ends_with(" externref shim") || name.starts_with("__externref") {
        // An export's shim, with the exported function often inlined into it.
        return Some("wasm_bindgen (export shims)".to_owned());
    }
    if let Some(mangled) = name.strip_prefix("_ZN") {
        // A mangled path: its first segment is `<length><name>`.
        let digits: String = mangled.chars().take_while(char::is_ascii_digit).collect();
        let length: usize = digits.parse().unwrap_or(0);
        let first = mangled
            .get(digits.len()..digits.len() + length)
            .unwrap_or("other");
        return Some(first.to_owned());
    }
    let path = type_path(name);
    let mut segments = path.split("::").map(without_disambiguator);
    let first = segments.next().unwrap_or_default();
    let is_path = !first.is_empty() && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !is_path || !path.contains("::") {
        // Symbols without a path: compiler builtins (`__multi3`), exports (`mount`).
        return Some("other symbols".to_owned());
    }
    if first == "career_guide" {
        let module: String = segments
            .next()
            .unwrap_or_default()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        return Some(format!("career_guide::{module}"));
    }
    Some(first.to_owned())
}

/// `core[c5930c85a12de822]` is `core`.
fn without_disambiguator(segment: &str) -> &str {
    segment.split('[').next().unwrap_or(segment)
}

/// The path a function belongs to: the type of a trait impl (`<T as Trait>::f`, or the
/// trait when the type is a primitive such as `f64`) and of drop glue
/// (`core::ptr::drop_in_place<T>`), the function's own path otherwise.
fn type_path(name: &str) -> &str {
    let mut s = name;
    loop {
        let trimmed = s.trim_start_matches(['<', '&', '*', ' ', '(', '[']);
        let trimmed = ["mut ", "const ", "dyn ", "impl "]
            .iter()
            .find_map(|p| trimmed.strip_prefix(p))
            .unwrap_or(trimmed);
        if let Some(inner) = trimmed.strip_prefix("core::ptr::drop_in_place<") {
            s = inner;
        } else if trimmed.len() != s.len() {
            s = trimmed;
        } else {
            // `f64 as core::fmt::Display>::fmt`: a primitive's impl belongs to the trait.
            let head = s.split("::").next().unwrap_or(s);
            return match head.split_once(" as ") {
                Some((ty, _)) if !ty.contains("::") => &s[ty.len() + 4..],
                _ => s,
            };
        }
    }
}

/// A name without its hash, and shortened to 110 characters.
pub fn short(name: &str) -> String {
    let name = match name.rfind("::h") {
        Some(at) if name[at + 3..].chars().all(|c| c.is_ascii_hexdigit()) => &name[..at],
        _ => name,
    };
    if name.chars().count() > 110 {
        format!("{}…", name.chars().take(109).collect::<String>())
    } else {
        name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::owner;

    #[test]
    fn functions_belong_to_their_crate_or_their_type() {
        let cases = [
            ("core::fmt::Formatter::pad::h0123456789abcdef", "core"),
            (
                "<alloc::string::String as core::fmt::Write>::write_str::h01",
                "alloc",
            ),
            (
                "core::ptr::drop_in_place<leptos::view::View<()>>::h01",
                "leptos",
            ),
            (
                "career_guide::salary::view::chart::{{closure}}::h01",
                "career_guide::salary",
            ),
            (
                "<&mut serde_json::de::Deserializer<R> as serde::Deserializer>::f",
                "serde_json",
            ),
            ("data segment \".rodata\"", "data"),
            ("func[42]", "unnamed functions"),
            ("code section headers", "wasm structure"),
            ("<f64 as core[c5930c85a12de822]::fmt::Display>::fmt", "core"),
            (
                "compiler_builtins[40f5]::int::specialized_div_rem::u128_div_rem",
                "compiler_builtins",
            ),
            ("_ZN7web_sys8features3gen6Window", "web_sys"),
            ("open externref shim", "wasm_bindgen (export shims)"),
            ("__multi3", "other symbols"),
        ];
        for (name, expected) in cases {
            assert_eq!(owner(name).as_deref(), Some(expected), "{name}");
        }
        assert_eq!(owner("\"function names\" subsection"), None);
    }
}
