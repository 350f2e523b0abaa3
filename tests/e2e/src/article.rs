//! The article the guide must show whole, read from the fixture copy of the source text.

/// The article's text as its author wrote it.
fn text() -> String {
    let path = crate::workspace().join("tests/fixtures/backend-career-article.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The article's lines, as they must read on screen: list markers, step numbers and
/// trailing colons of headings are presentation, not text.
pub fn lines() -> Vec<String> {
    text()
        .lines()
        .map(|line| {
            let line = line.trim();
            let line = line.strip_prefix("- ").unwrap_or(line);
            let line = match line.split_once(". ") {
                Some((n, rest)) if n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) => rest,
                _ => line,
            };
            line.trim_end_matches(':')
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|line| !line.is_empty())
        .collect()
}

/// The roadmap's step headings as the article writes them ("1. Invest in …: Laying …");
/// the FAQ's numbered questions end with "?" instead.
pub fn steps() -> Vec<String> {
    text()
        .lines()
        .filter_map(|line| {
            let (n, rest) = line.trim().split_once(". ")?;
            (n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()) && rest.contains(": "))
                .then(|| rest.to_owned())
        })
        .collect()
}
