//! The embed builder's model: what the marketing person chose, each choice checked the way
//! the widget itself reads it, the snippet to paste and the address of the live preview.
//! Pure, so every rule is tested natively.

mod snippet;

pub use snippet::{preview_address, snippet};

use crate::content::names::named_enum;
use crate::routing::page::{Page, WidgetKind, ROADMAP_STEPS};
use crate::routing::url::{is_endpoint, is_safe_link};
use crate::ui::theme::colour::Rgb;
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
        }
    }
}

/// A text field of the builder, by its control's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Endpoint,
    ApplyUrl,
    AppUrl,
    Accent,
    Focus,
    Font,
    Radius,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Endpoint,
        Field::ApplyUrl,
        Field::AppUrl,
        Field::Accent,
        Field::Focus,
        Field::Font,
        Field::Radius,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Field::Endpoint => "embed-endpoint",
            Field::ApplyUrl => "embed-apply-url",
            Field::AppUrl => "embed-app-url",
            Field::Accent => "embed-accent",
            Field::Focus => "embed-focus",
            Field::Font => "embed-font",
            Field::Radius => "embed-radius",
        }
    }

    /// The field's label: the choices a widget reads first, then how it looks.
    pub fn label(self) -> &'static str {
        match self {
            Field::Endpoint => "Where applications are sent",
            Field::ApplyUrl => "Where “Apply now” goes",
            Field::AppUrl => "Where the full guide lives",
            Field::Accent => "Accent colour (optional)",
            Field::Focus => "Focus colour (optional)",
            Field::Font => "Font (optional)",
            Field::Radius => "Corner radius (optional)",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            Field::Endpoint => "Your endpoint's address. Leave it empty and the form says it is a preview and sends nothing.",
            Field::ApplyUrl => "For example #apply, the part of your page with the application form. Empty: the guide's own form.",
            Field::AppUrl => "Links that leave the widget go here. Empty: this site.",
            Field::Accent => "Buttons, links and the chart, as #rrggbb. Too faint a colour is darkened until it is readable.",
            Field::Focus => "The highlight around whatever the keyboard is on, as #rrggbb.",
            Field::Font => "Font names as in CSS, for example Georgia, serif. Empty: the visitor's system font.",
            Field::Radius => "For buttons, fields and panels, for example 4px. Empty: square corners.",
        }
    }

    /// What the field holds in `choices`.
    pub fn value(self, choices: &Choices) -> &str {
        match self {
            Field::Endpoint => &choices.endpoint,
            Field::ApplyUrl => &choices.apply_url,
            Field::AppUrl => &choices.app_url,
            Field::Accent => &choices.accent,
            Field::Focus => &choices.focus,
            Field::Font => &choices.font,
            Field::Radius => &choices.radius,
        }
    }

    pub fn set(self, choices: &mut Choices, value: String) {
        *match self {
            Field::Endpoint => &mut choices.endpoint,
            Field::ApplyUrl => &mut choices.apply_url,
            Field::AppUrl => &mut choices.app_url,
            Field::Accent => &mut choices.accent,
            Field::Focus => &mut choices.focus,
            Field::Font => &mut choices.font,
            Field::Radius => &mut choices.radius,
        } = value;
    }

    /// Whether a widget of `kind`, shown as `mode`, reads this field at all. A framed
    /// form sends only to the build's own site or configured endpoint (see
    /// `embed::frame`), so it takes no endpoint.
    pub fn applies_to(self, kind: WidgetKind, mode: Mode) -> bool {
        match self {
            Field::Endpoint => {
                matches!(kind, WidgetKind::Apply | WidgetKind::App) && mode != Mode::Frame
            }
            Field::ApplyUrl => matches!(kind, WidgetKind::Salary | WidgetKind::Guide),
            Field::AppUrl => kind != WidgetKind::App,
            _ => true,
        }
    }

    /// The attribute or custom property the field becomes in the snippet.
    pub(super) fn written_as(self) -> &'static str {
        match self {
            Field::Endpoint => "data-endpoint",
            Field::ApplyUrl => "data-apply-url",
            Field::AppUrl => "data-app-url",
            Field::Accent => "--career-guide-accent",
            Field::Focus => "--career-guide-focus",
            Field::Font => "--career-guide-font",
            Field::Radius => "--career-guide-radius",
        }
    }

    /// Why `value` cannot be used, if it cannot; empty always can (the default applies).
    pub fn problem(self, value: &str) -> Option<&'static str> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let fine = match self {
            Field::Endpoint => is_endpoint(value),
            Field::ApplyUrl | Field::AppUrl => is_safe_link(value),
            Field::Accent | Field::Focus => Rgb::parse(value).is_some(),
            Field::Font => {
                value.chars().count() <= 200
                    && !value
                        .chars()
                        .any(|c| matches!(c, ';' | '{' | '}' | '<' | '>' | '\\'))
            }
            Field::Radius => is_length(value),
        };
        (!fine).then_some(match self {
            Field::Endpoint => "Enter a web address that starts with https://, or a path on your site that starts with /, like https://admissions.example.com/applications",
            Field::ApplyUrl => "Enter a part of your page like #apply, a path like /apply, or a web address that starts with https://",
            Field::AppUrl => "Enter a path like /careers, or a web address that starts with https://",
            Field::Accent | Field::Focus => "Enter a colour as # and six hexadecimal digits, like #0b7285",
            Field::Font => "Enter font names separated by commas, like Georgia, serif, without ; { } < > or \\",
            Field::Radius => "Enter a length from 0 to 40px, like 4px or 0.5rem",
        })
    }
}

/// A length from 0 to 40 px (or 2.5 rem/em): what a corner radius sensibly is.
fn is_length(text: &str) -> bool {
    let (number, limit) = if let Some(n) = text.strip_suffix("px") {
        (n, 40.0)
    } else if let Some(n) = text.strip_suffix("rem").or_else(|| text.strip_suffix("em")) {
        (n, 2.5)
    } else {
        (text, 0.0)
    };
    number
        .parse::<f64>()
        .is_ok_and(|n| n.is_finite() && (0.0..=limit).contains(&n))
        && !number.starts_with(['+', '-'])
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

/// The fields a widget of `kind` uses whose values can be used: (attribute or property,
/// value). Fields that do not apply or hold a problem are left out, as the widget would.
fn usable(choices: &Choices) -> Vec<(&'static str, String)> {
    Field::ALL
        .into_iter()
        .filter(|field| field.applies_to(choices.kind, choices.mode))
        .filter_map(|field| {
            let value = field.value(choices).trim();
            (!value.is_empty() && field.problem(value).is_none())
                .then(|| (field.written_as(), value.to_owned()))
        })
        .collect()
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
