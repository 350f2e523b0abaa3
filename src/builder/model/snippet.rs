//! What the builder writes for each way of putting a widget on a page, and the address of
//! its live preview. Every value is escaped for the attribute or address it lands in.

use super::{usable, view_of, Choices, Mode};
use crate::routing::page::WidgetKind;
use crate::routing::url::encode_query;
use crate::ui::theme::ThemeMode;
use html_escape::{encode_double_quoted_attribute, encode_text};

/// The page made to be framed, beside the loader (see `embed::frame`).
const FRAME_PAGE: &str = "frame.html";
/// The builder's preview page, beside the loader.
const PREVIEW_PAGE: &str = "embed-preview.html";
/// A framed widget's height until the page around it fits the frame to it.
const FRAME_HEIGHT: u32 = 900;

/// The snippet to paste, for the way the widget is shown (`site` is where this build is
/// hosted, ending in '/'):
/// - inline: the loader and the mount element with every usable choice;
/// - popup: the loader and a link that opens the widget (and, should the script not run,
///   goes to the guide's own page for it);
/// - frame: an iframe of the page made to be framed, its choices in its address.
pub fn snippet(choices: &Choices, site: &str) -> String {
    match choices.mode {
        Mode::Inline => {
            let (path, words) = fallback(choices.kind);
            format!(
                "{}<div{}>\n  <a href=\"{}\">{}</a>\n</div>\n",
                loader(site),
                written(&attributes(choices, "data-career-guide")),
                encode_double_quoted_attribute(&format!("{}{path}", app(choices, site))),
                encode_text(words),
            )
        }
        Mode::Popup => {
            let (path, _) = fallback(choices.kind);
            format!(
                "{}<a href=\"{}\"{}>{}</a>\n",
                loader(site),
                encode_double_quoted_attribute(&format!("{}{path}", app(choices, site))),
                written(&attributes(choices, "data-career-guide-open")),
                encode_text(opener_words(choices.kind)),
            )
        }
        Mode::Frame => format!(
            "<iframe src=\"{}\" title=\"{}\" data-career-guide-frame width=\"100%\" height=\"{FRAME_HEIGHT}\" \
             style=\"border: 0\" sandbox=\"allow-scripts allow-forms allow-popups\"></iframe>\n",
            encode_double_quoted_attribute(&format!("{site}{FRAME_PAGE}?{}", frame_query(choices))),
            encode_double_quoted_attribute(fallback(choices.kind).1),
        ),
    }
}

/// The address of the live preview: the real widget, shown the chosen way; it never
/// sends an application (the endpoint is left out).
pub fn preview_address(choices: &Choices, site: &str) -> String {
    if choices.mode == Mode::Frame {
        return format!("{site}{FRAME_PAGE}?{}", frame_query(choices));
    }
    let mut pairs: Vec<(String, String)> = attributes(choices, "data-career-guide")
        .into_iter()
        .filter(|(name, _)| name != "data-endpoint" && name != "style")
        .collect();
    pairs.extend(
        usable(choices)
            .into_iter()
            .filter(|(name, _)| name.starts_with("--")),
    );
    if choices.mode == Mode::Popup {
        pairs.push(("mode".into(), Mode::Popup.name().to_owned()));
    }
    format!("{site}{PREVIEW_PAGE}?{}", encode_query(&pairs))
}

/// The element's attributes, `kind_attribute` naming the widget; theming properties
/// together in one `style`.
fn attributes(choices: &Choices, kind_attribute: &str) -> Vec<(String, String)> {
    let mut attributes = vec![(kind_attribute.to_owned(), choices.kind.name().to_owned())];
    if let Some(view) = view_of(choices) {
        attributes.push(("data-view".into(), view.to_owned()));
    }
    let mut style = Vec::new();
    for (name, value) in usable(choices) {
        if name.starts_with("--") {
            style.push(format!("{name}: {value}"));
        } else {
            attributes.push((name, value));
        }
    }
    if choices.theme != ThemeMode::Auto {
        attributes.push(("data-theme".into(), choices.theme.name().to_owned()));
    }
    if !style.is_empty() {
        attributes.push(("style".into(), style.join("; ")));
    }
    attributes
}

/// The frame's address query: the attributes' names without `data-`, `widget` for the
/// kind, the theming properties without their prefix.
fn frame_query(choices: &Choices) -> String {
    let mut pairs = vec![("widget".to_owned(), choices.kind.name().to_owned())];
    if let Some(view) = view_of(choices) {
        pairs.push(("view".into(), view.to_owned()));
    }
    if choices.theme != ThemeMode::Auto {
        pairs.push(("theme".into(), choices.theme.name().to_owned()));
    }
    for (name, value) in usable(choices) {
        let key = name
            .strip_prefix("--career-guide-")
            .or_else(|| name.strip_prefix("data-"))
            .unwrap_or(&name)
            .to_owned();
        pairs.push((key, value));
    }
    encode_query(&pairs)
}

fn written(attributes: &[(String, String)]) -> String {
    attributes
        .iter()
        .map(|(name, value)| format!(" {name}=\"{}\"", encode_double_quoted_attribute(value)))
        .collect()
}

fn loader(site: &str) -> String {
    format!(
        "<script src=\"{}\" defer></script>\n",
        encode_double_quoted_attribute(&format!("{site}career-guide.js"))
    )
}

/// Where the full guide lives for this widget's links.
fn app(choices: &Choices, site: &str) -> String {
    usable(choices)
        .into_iter()
        .find(|(name, _)| name == "data-app-url")
        .map_or_else(|| site.to_owned(), |(_, url)| with_slash(&url))
}

/// The guide's own page for a widget, and the words of a link to it.
fn fallback(kind: WidgetKind) -> (&'static str, &'static str) {
    match kind {
        WidgetKind::Salary => ("salary", "Compare backend salaries"),
        WidgetKind::Apply => ("apply", "Apply to the Back-End Development Micro-Bootcamp"),
        WidgetKind::Guide | WidgetKind::App => ("", "How to become a backend developer"),
    }
}

/// The words of a button that opens a widget in a popup.
fn opener_words(kind: WidgetKind) -> &'static str {
    match kind {
        WidgetKind::Apply => "Apply now",
        WidgetKind::Salary => "Compare backend salaries",
        WidgetKind::Guide | WidgetKind::App => "Read the backend career guide",
    }
}

fn with_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}
