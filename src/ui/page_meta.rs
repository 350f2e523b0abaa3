//! The document's title and description for the page on screen. Only the standalone site
//! sets them: an embed leaves the host page's head alone.

use super::instance::use_instance;
use leptos::prelude::*;
use std::cell::RefCell;

/// The site name every title ends with.
pub const SITE_NAME: &str = "Melsoft Academy Backend Career Guide";

/// "Compare backend salaries | Melsoft Academy Backend Career Guide".
pub fn full_title(title: &str) -> String {
    format!("{title} | {SITE_NAME}")
}

/// The longest description kept whole; search engines show about this much.
const DESCRIPTION_CHARS: usize = 160;

/// `text` cut at a word boundary to fit a description, with "…" when cut.
pub fn describe(text: &str) -> String {
    if text.chars().count() <= DESCRIPTION_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(DESCRIPTION_CHARS - 1).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |space| &cut[..space]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.']))
}

/// A page's title and description as its head carries them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The whole title, ending with the site name.
    pub title: String,
    /// At most [`DESCRIPTION_CHARS`] characters.
    pub description: String,
}

thread_local! {
    /// What the page rendered to HTML at build time asked for (see [`take_rendered`]).
    static RENDERED: RefCell<Option<PageMeta>> = const { RefCell::new(None) };
}

/// The title and description the page rendered last (natively) set, taken once.
pub fn take_rendered() -> Option<PageMeta> {
    RENDERED.with(|rendered| rendered.borrow_mut().take())
}

/// Sets this page's title ("Error: " first while it shows errors) and description. Rendered
/// to HTML at build time, it records them for the page's head instead.
pub fn set_page_meta(title: String, description: &str) {
    let instance = use_instance();
    if !instance.standalone {
        return;
    }
    if !crate::platform::IN_BROWSER {
        let meta = PageMeta {
            title: full_title(&title),
            description: describe(description),
        };
        RENDERED.with(|rendered| *rendered.borrow_mut() = Some(meta));
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", &describe(description));
    }
    Effect::new(move |_| {
        let prefix = if instance.has_errors.get() {
            "Error: "
        } else {
            ""
        };
        document.set_title(&format!("{prefix}{}", full_title(&title)));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        assert_eq!(describe("Short and sweet."), "Short and sweet.");
        let long = "word ".repeat(60);
        let cut = describe(long.trim());
        assert!(cut.chars().count() <= DESCRIPTION_CHARS, "{cut}");
        assert!(cut.ends_with("word…"), "{cut}");
    }
}
