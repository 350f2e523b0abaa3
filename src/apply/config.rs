//! Wizard options and wording from `src/content/application.json`, so admissions can change
//! tracks, cohort dates, countries and questions without touching Rust.

use super::answers::Field;
use super::cohorts::{check_cohort_list, Cohort, NextCohort};
use crate::content::{ContentError, EmbeddedFile, Loaded, APPLICATION_JSON};
use crate::routing::page::StepId;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ApplyConfig {
    /// Version of the payload the endpoint receives.
    pub schema_version: u32,
    /// Where applications are sent; `None` makes the wizard a preview that sends nothing.
    /// An embedding page can override it with `data-endpoint`.
    pub endpoint: Option<String>,
    pub programme: Programme,
    pub intro: String,
    /// Page headings, by step.
    pub steps: BTreeMap<StepId, String>,
    /// Each question's wording, by field.
    pub questions: BTreeMap<Field, Question>,
    pub countries: Vec<String>,
    pub situations: Vec<Choice>,
    pub experience_levels: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub tracks: Vec<Choice>,
    /// Start dates, in order; each is offered until it closes (see `cohorts.rs`).
    pub cohorts: Vec<Cohort>,
    pub next_cohort: NextCohort,
    pub heard_from: Vec<Choice>,
    /// What the wizard's page says when scripts are off (a pre-rendered page read without
    /// them): that sending needs them, before the list of what it asks.
    pub without_script: String,
    pub privacy_notice: String,
    pub next_steps: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub name: String,
    pub provider: String,
    pub duration_note: String,
}

/// A question's label and optional hint.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// A select's first, empty option ("Choose a country").
    #[serde(default)]
    pub placeholder: Option<String>,
}

/// One option of a radio group, checkbox group or select.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// What is stored and sent.
    pub value: String,
    /// What the visitor reads.
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
}

impl ApplyConfig {
    pub fn load(file: EmbeddedFile) -> Result<ApplyConfig, ContentError> {
        file.load(ApplyConfig::check)
    }

    pub fn check(&self) -> Result<(), String> {
        for (name, list) in [
            ("situations", &self.situations),
            ("experience_levels", &self.experience_levels),
            ("languages", &self.languages),
            ("tracks", &self.tracks),
            ("heard_from", &self.heard_from),
        ] {
            if list.is_empty() {
                return Err(format!("{name} has no options"));
            }
            let mut seen = std::collections::BTreeSet::new();
            for choice in list {
                if choice.value.trim().is_empty() || choice.label.trim().is_empty() {
                    return Err(format!("{name}: an option has no value or label"));
                }
                if !seen.insert(&choice.value) {
                    return Err(format!("{name}: value `{}` is used twice", choice.value));
                }
            }
        }
        check_cohort_list(&self.cohorts)?;
        if self.countries.is_empty() {
            return Err("countries has no options".into());
        }
        for step in StepId::ALL {
            if !self.steps.contains_key(&step) {
                return Err(format!("steps has no heading for `{}`", step.name()));
            }
        }
        for field in Field::ALL {
            if !self.questions.contains_key(&field) {
                return Err(format!("questions has no wording for `{}`", field.name()));
            }
        }
        if let Some(endpoint) = &self.endpoint {
            if !(endpoint.starts_with("https://")
                || endpoint.starts_with("http://")
                || endpoint.starts_with('/'))
            {
                return Err("endpoint must be an http(s) URL or a path on this site".into());
            }
        }
        Ok(())
    }

    /// The heading of a step's page.
    pub fn step_heading(&self, step: StepId) -> &str {
        self.steps.get(&step).map_or("", String::as_str)
    }

    /// A question's wording (every field has one: [`ApplyConfig::check`]).
    pub fn question(&self, field: Field) -> &Question {
        &self.questions[&field]
    }
}

/// The label of `value` among `choices`, or the value itself if it is not (or no longer) offered.
pub fn label_of<'a>(choices: &'a [Choice], value: &'a str) -> &'a str {
    choices
        .iter()
        .find(|c| c.value == value)
        .map_or(value, |c| c.label.as_str())
}

pub fn offers(choices: &[Choice], value: &str) -> bool {
    choices.iter().any(|c| c.value == value)
}

/// The configuration embedded in the binary; parsed once, on first use.
pub static APPLICATION: Loaded<ApplyConfig> = Loaded::new(APPLICATION_JSON, ApplyConfig::check);

/// The embedded configuration (the native tests keep it valid; the wizard asks
/// [`APPLICATION`] first).
pub fn apply_config() -> &'static ApplyConfig {
    APPLICATION.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_config_offers_the_articles_two_tracks() {
        let config = APPLICATION.try_get().unwrap_or_else(|e| panic!("{e}"));
        let tracks: Vec<_> = config.tracks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(tracks, ["Node.js/Express.js", "Python/Flask/Django"]);
        assert!(config.programme.duration_note.contains("3 months"));
        assert!(config.countries.iter().any(|c| c == "South Africa"));
        assert_eq!(config.endpoint, None);
    }

    #[test]
    fn a_duplicate_option_is_rejected() {
        let mut config = apply_config().clone();
        config.tracks.push(config.tracks[0].clone());
        assert!(config.check().unwrap_err().contains("used twice"));
    }

    #[test]
    fn a_script_endpoint_is_rejected() {
        let mut config = apply_config().clone();
        config.endpoint = Some("javascript:alert(1)".into());
        assert!(config.check().is_err());
    }

    #[test]
    fn labels_fall_back_to_the_value() {
        let config = apply_config();
        assert_eq!(label_of(&config.tracks, "node"), "Node.js/Express.js");
        assert_eq!(label_of(&config.tracks, "rust"), "rust");
    }
}
