//! Wizard options and wording from `src/content/application.json`, so admissions can change
//! tracks, cohort dates, countries and questions without touching Rust.

use crate::content::{ContentError, EmbeddedFile, APPLICATION_JSON};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

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
    /// Page headings, by step slug.
    pub steps: BTreeMap<String, String>,
    pub questions: Questions,
    pub countries: Vec<String>,
    pub situations: Vec<Choice>,
    pub experience_levels: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub tracks: Vec<Choice>,
    pub cohorts: Vec<Choice>,
    pub heard_from: Vec<Choice>,
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
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Questions {
    pub full_name: Question,
    pub email: Question,
    pub phone: Question,
    pub country: Question,
    pub situation: Question,
    pub experience: Question,
    pub languages: Question,
    pub track: Question,
    pub cohort: Question,
    pub motivation: Question,
    pub portfolio_url: Question,
    pub heard_from: Question,
    pub consent: Question,
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
        let config: ApplyConfig = file.parse()?;
        config
            .check()
            .map_err(|message| ContentError::rule(file.path, message))?;
        Ok(config)
    }

    pub fn check(&self) -> Result<(), String> {
        for (name, list) in [
            ("situations", &self.situations),
            ("experience_levels", &self.experience_levels),
            ("languages", &self.languages),
            ("tracks", &self.tracks),
            ("cohorts", &self.cohorts),
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
        if self.countries.is_empty() {
            return Err("countries has no options".into());
        }
        for slug in super::steps::StepId::ALL.map(|s| s.slug()) {
            if !self.steps.contains_key(slug) {
                return Err(format!("steps has no heading for `{slug}`"));
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
    pub fn step_heading(&self, slug: &str) -> &str {
        self.steps.get(slug).map_or("", String::as_str)
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
pub fn apply_config() -> &'static ApplyConfig {
    match try_apply_config() {
        Ok(config) => config,
        Err(err) => panic!("{err}"),
    }
}

pub fn try_apply_config() -> Result<&'static ApplyConfig, &'static ContentError> {
    static CONFIG: OnceLock<Result<ApplyConfig, ContentError>> = OnceLock::new();
    CONFIG
        .get_or_init(|| ApplyConfig::load(APPLICATION_JSON))
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_config_offers_the_articles_two_tracks() {
        let config = try_apply_config().unwrap_or_else(|e| panic!("{e}"));
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
