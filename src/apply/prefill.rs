//! Answers the host page preselects (`data-track`, `data-cohort`, or `cg_track` and
//! `cg_cohort` in its address): a campaign for the Python track sends visitors to a wizard
//! with Python already chosen. Only a choice the wizard offers on the visitor's day is
//! taken, and only where the visitor has not answered; anything else is ignored with a
//! console warning, and the visitor is asked as usual. They can always change it.

use super::answers::Answers;
use super::cohorts::cohort_choices;
use super::config::{ApplyConfig, Choice};
use crate::platform::clock::Date;
use crate::ui::presets::Presets;

/// Preselects the host's answers in `answers`; returns the warnings for those not taken.
pub fn preselect(
    answers: &mut Answers,
    presets: &Presets,
    config: &ApplyConfig,
    today: Date,
) -> Vec<String> {
    let mut warnings = Vec::new();
    let cohorts = cohort_choices(config, today);
    let questions: [(&str, &[Choice], &mut String, &str); 2] = [
        (
            "track",
            &config.tracks,
            &mut answers.track,
            "a track the form offers",
        ),
        (
            "cohort",
            &cohorts,
            &mut answers.cohort,
            "a start date open today",
        ),
    ];
    for (question, offered, answer, what) in questions {
        let Some(wanted) = presets.answer(question) else {
            continue;
        };
        if offered.iter().any(|choice| choice.value == wanted) {
            if answer.is_empty() {
                *answer = wanted.to_owned();
            }
        } else {
            let names: Vec<&str> = offered.iter().map(|c| c.value.as_str()).collect();
            warnings.push(format!(
                "the preselected {question} \"{wanted}\" is not {what} ({}); the visitor is asked as usual.",
                names.join(", ")
            ));
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply::config::apply_config;

    fn presets(answers: &[(&str, &str)]) -> Presets {
        Presets {
            answers: answers
                .iter()
                .map(|(q, a)| (q.to_string(), a.to_string()))
                .collect(),
            ..Presets::default()
        }
    }

    fn today() -> Date {
        Date::parse("2026-11-25").unwrap()
    }

    #[test]
    fn an_offered_track_and_open_cohort_are_preselected_where_unanswered() {
        let mut answers = Answers::default();
        let warnings = preselect(
            &mut answers,
            &presets(&[("track", "python"), ("cohort", "2027-05-03")]),
            apply_config(),
            today(),
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            (answers.track.as_str(), answers.cohort.as_str()),
            ("python", "2027-05-03")
        );
        // The visitor's own answer stays.
        answers.track = "node".into();
        preselect(
            &mut answers,
            &presets(&[("track", "python")]),
            apply_config(),
            today(),
        );
        assert_eq!(answers.track, "node");
    }

    #[test]
    fn an_unknown_track_or_closed_cohort_is_ignored_with_a_warning() {
        let mut answers = Answers::default();
        let warnings = preselect(
            &mut answers,
            &presets(&[("track", "rust"), ("cohort", "2026-01-05")]),
            apply_config(),
            today(),
        );
        assert_eq!(answers, Answers::default());
        assert_eq!(warnings.len(), 2);
        assert!(
            warnings[0].contains("\"rust\" is not a track the form offers (node, python)"),
            "{warnings:?}"
        );
        assert!(
            warnings[1].contains("\"2026-01-05\" is not a start date open today"),
            "{warnings:?}"
        );
    }
}
