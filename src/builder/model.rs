//! The embed builder's model: what the marketing person chose, each choice checked the way
//! the widget itself reads it, the snippet to paste and the address of the live preview.
//! Pure, so every rule is tested natively.

mod field;
mod snippet;

pub use field::Field;
pub use snippet::{preview_address, snippet};

use crate::content::names::named_enum;
use crate::routing::page::{Page, WidgetKind, ROADMAP_STEPS};
use crate::ui::theme::{resolve, Requested, ThemeMode};

named_enum! {
    /// How the widget is put on the page: where it stands, over the page when a button is
    /// pressed, or in a frame (for page builders that allow nothing else).
    pub enum Mode { Inline = "inline", Popup = "popup", Frame = "frame" }
}

impl Mode {
    /// Whether a widget of `kind` can be shown this way: a popup shows one widget, not the
    /// whole app with its navigation.
    pub fn shows(self, kind: WidgetKind) -> bool {
        !(self == Mode::Popup && kind == WidgetKind::App)
    }
}

/// Everything the builder asks, as typed (text fields keep what was typed, valid or not).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    pub mode: Mode,
    pub kind: WidgetKind,
    /// The page to start on, as `data-view` writes it ("roadmap/3"); empty: the first page.
    pub view: String,
    pub endpoint: String,
    pub apply_url: String,
    pub app_url: String,
    pub theme: ThemeMode,
    pub accent: String,
    pub focus: String,
    pub font: String,
    pub radius: String,
    /// Answers to preselect in the wizard.
    pub track: String,
    pub cohort: String,
    /// Hidden fields, one `name=value` a line.
    pub hidden_fields: String,
    /// Keep where visitors came from for 30 days (the page has their consent).
    pub persist: bool,
    /// Push the widget's events to `window.dataLayer`.
    pub analytics: bool,
}

impl Default for Choices {
    fn default() -> Self {
        Choices {
            mode: Mode::Inline,
            kind: WidgetKind::Salary,
            view: String::new(),
            endpoint: String::new(),
            apply_url: String::new(),
            app_url: String::new(),
            theme: ThemeMode::Auto,
            accent: String::new(),
            focus: String::new(),
            font: String::new(),
            radius: String::new(),
            track: String::new(),
            cohort: String::new(),
            hidden_fields: String::new(),
            persist: false,
            analytics: false,
        }
    }
}

/// The pages a widget of `kind` can start on, as (`data-view` value, label); the first,
/// empty, is the widget's own first page.
pub fn start_pages(kind: WidgetKind) -> Vec<(String, String)> {
    let mut pages = vec![(String::new(), "Its first page".to_owned())];
    let guide = || {
        let mut guide = vec![
            (Page::Overview, "Overview".to_owned()),
            (Page::Roadmap, "The roadmap".to_owned()),
        ];
        guide.extend((1..=ROADMAP_STEPS).map(|n| (Page::Step(n), format!("Roadmap step {n}"))));
        guide.extend([
            (Page::Bootcamp, "The bootcamp".to_owned()),
            (Page::Trends, "Trends".to_owned()),
            (Page::Faq, "Questions and answers".to_owned()),
        ]);
        guide
    };
    let choices: Vec<(Page, String)> = match kind {
        // The wizard always starts where the visitor should be (a later question sends
        // them back to the first one unanswered), so it has nothing to choose.
        WidgetKind::Salary | WidgetKind::Apply => Vec::new(),
        WidgetKind::Guide => guide(),
        WidgetKind::App => {
            let mut all = guide();
            all.push((Page::Salary, "The salary comparison".to_owned()));
            all.push((Page::Apply(None), "The application form".to_owned()));
            all
        }
    };
    pages.extend(
        choices
            .into_iter()
            .map(|(page, label)| (page.path().trim_start_matches('/').to_owned(), label)),
    );
    pages
}

/// The choices a widget of `kind` reads whose values can be used: (attribute or
/// property, value). Fields that do not apply or hold a problem are left out, as the
/// widget would; hidden fields become one `data-field-…` each.
fn usable(choices: &Choices) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    for field in Field::ALL {
        let value = field.value(choices).trim();
        if !field.applies_to(choices.kind, choices.mode)
            || value.is_empty()
            || field.problem(value).is_some()
        {
            continue;
        }
        if field == Field::HiddenFields {
            found.extend(
                field::hidden_fields(value)
                    .into_iter()
                    .flatten()
                    .map(|(name, value)| (format!("data-field-{name}"), value)),
            );
        } else {
            found.push((field.written_as().to_owned(), value.to_owned()));
        }
    }
    // How long attribution is kept and analytics mean nothing inside a frame, which has
    // no storage of its own and no tag manager.
    if choices.mode != Mode::Frame {
        if choices.persist {
            found.push(("data-attribution".into(), "persist".into()));
        }
        if choices.analytics {
            found.push(("data-analytics".into(), "datalayer".into()));
        }
    }
    found
}

/// The `data-view` to write, if the start page is one this kind shows.
fn view_of(choices: &Choices) -> Option<&str> {
    let view = choices.view.trim();
    let known = start_pages(choices.kind)
        .into_iter()
        .any(|(v, _)| v == view);
    (!view.is_empty() && known).then_some(view)
}

/// What the widget will do about a colour that is too faint where it is used, in words,
/// e.g. "#7fb3d5 has a contrast of 2.3:1 with the background #ffffff, …; using #3d7ba3".
pub fn contrast_note(field: Field, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() || field.problem(value).is_some() {
        return None;
    }
    let requested = match field {
        Field::Accent => Requested {
            accent: Some(value.to_owned()),
            ..Requested::default()
        },
        Field::Focus => Requested {
            focus: Some(value.to_owned()),
            ..Requested::default()
        },
        _ => return None,
    };
    let warning = resolve(&requested).warnings.into_iter().next()?;
    let text = warning
        .split_once(": ")
        .map_or(warning.as_str(), |(_, rest)| rest);
    Some(format!("The widget will adjust it: {text}"))
}

#[cfg(test)]
mod tests;
