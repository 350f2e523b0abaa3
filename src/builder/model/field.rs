//! The builder's text fields: their labels and hints, which widgets read them, what they
//! become in the snippet, and why a value cannot be used.

use super::{Choices, Mode};
use crate::routing::attribution::{bounded, hidden_field, Shape};
use crate::routing::page::WidgetKind;
use crate::routing::url::{is_endpoint, is_safe_link};
use crate::ui::theme::colour::Rgb;

/// At most this many hidden fields are sent (as the widget reads them).
const MAX_HIDDEN_FIELDS: usize = 10;

/// A text field of the builder, by its control's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Endpoint,
    ApplyUrl,
    AppUrl,
    Track,
    Cohort,
    HiddenFields,
    Accent,
    Focus,
    Font,
    Radius,
}

impl Field {
    pub const ALL: [Field; 10] = [
        Field::Endpoint,
        Field::ApplyUrl,
        Field::AppUrl,
        Field::Track,
        Field::Cohort,
        Field::HiddenFields,
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
            Field::Track => "embed-track",
            Field::Cohort => "embed-cohort",
            Field::HiddenFields => "embed-fields",
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
            Field::Track => "Track to preselect (optional)",
            Field::Cohort => "Start date to preselect (optional)",
            Field::HiddenFields => "Hidden fields (optional)",
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
            Field::Track => "For example python, for a campaign about one track. The visitor can change it; a track the form does not offer is ignored.",
            Field::Cohort => "A start date as 2027-05-03. Ignored once it has closed.",
            Field::HiddenFields => "Sent with each application and never shown, one a line as name=value, for example partner=acme. At most 10.",
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
            Field::Track => &choices.track,
            Field::Cohort => &choices.cohort,
            Field::HiddenFields => &choices.hidden_fields,
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
            Field::Track => &mut choices.track,
            Field::Cohort => &mut choices.cohort,
            Field::HiddenFields => &mut choices.hidden_fields,
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
            Field::Track | Field::Cohort | Field::HiddenFields => {
                matches!(kind, WidgetKind::Apply | WidgetKind::App)
            }
            _ => true,
        }
    }

    /// The attribute or custom property the field becomes in the snippet.
    pub(super) fn written_as(self) -> &'static str {
        match self {
            Field::Endpoint => "data-endpoint",
            Field::ApplyUrl => "data-apply-url",
            Field::AppUrl => "data-app-url",
            Field::Track => "data-track",
            Field::Cohort => "data-cohort",
            Field::HiddenFields => "data-field-",
            Field::Accent => "--career-guide-accent",
            Field::Focus => "--career-guide-focus",
            Field::Font => "--career-guide-font",
            Field::Radius => "--career-guide-radius",
        }
    }

    /// Why `value` cannot be used, if it cannot; empty always can (the default applies).
    pub fn problem(self, value: &str) -> Option<String> {
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
            Field::Track => bounded(Shape::Name, value).is_ok(),
            Field::Cohort => crate::platform::clock::Date::parse(value).is_some(),
            Field::HiddenFields => return hidden_fields(value).err(),
        };
        (!fine).then(|| match self {
            Field::Endpoint => "Enter a web address that starts with https://, or a path on your site that starts with /, like https://admissions.example.com/applications",
            Field::ApplyUrl => "Enter a part of your page like #apply, a path like /apply, or a web address that starts with https://",
            Field::AppUrl => "Enter a path like /careers, or a web address that starts with https://",
            Field::Accent | Field::Focus => "Enter a colour as # and six hexadecimal digits, like #0b7285",
            Field::Font => "Enter font names separated by commas, like Georgia, serif, without ; { } < > or \\",
            Field::Radius => "Enter a length from 0 to 40px, like 4px or 0.5rem",
            Field::Track => "Enter a track's name in lowercase letters, like python",
            Field::Cohort => "Enter a start date as year, month and day, like 2027-05-03",
            Field::HiddenFields => unreachable!("answered above"),
        }
        .to_owned())
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

/// The hidden fields written one a line as `name=value`, each checked as the widget
/// checks a `data-field-…`; or why a line cannot be used.
pub(super) fn hidden_fields(text: &str) -> Result<Vec<(String, String)>, String> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.len() > MAX_HIDDEN_FIELDS {
        return Err(format!("Enter at most {MAX_HIDDEN_FIELDS} hidden fields"));
    }
    lines
        .iter()
        .enumerate()
        .map(|(at, line)| {
            let (name, value) = line
                .split_once('=')
                .ok_or_else(|| format!("Line {}: write the field as name=value", at + 1))?;
            hidden_field(name.trim(), value)
                .map_err(|why| format!("Line {}: the field cannot be sent because {why}", at + 1))
        })
        .collect()
}
