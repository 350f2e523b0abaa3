//! Start dates. Each cohort is offered until it closes (by default the day before it
//! starts), judged on the visitor's own date, which callers pass in; "the next cohort" is
//! always offered, and is the only choice when no date is open.

use super::config::{ApplyConfig, Choice};
use crate::platform::clock::Date;
use serde::Deserialize;

/// The answer meaning "the next cohort, whenever it starts" (sent as `cohort: null`).
pub const NEXT_COHORT: &str = "next";

/// One cohort, as `application.json` lists it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Cohort {
    pub starts: Date,
    /// The last day to apply; the day before `starts` when absent.
    #[serde(default)]
    pub closes: Option<Date>,
}

/// The wording of the "next cohort" choice.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NextCohort {
    /// The choice's label.
    pub label: String,
    /// Said plainly when no start date is open.
    pub none_open: String,
}

impl Cohort {
    pub fn closes_on(&self) -> Date {
        self.closes.unwrap_or(self.starts.add_days(-1))
    }

    pub fn is_open(&self, today: Date) -> bool {
        today <= self.closes_on()
    }

    /// What is stored and sent: the start date, "2027-02-01".
    pub fn value(&self) -> String {
        self.starts.to_string()
    }
}

/// The cohorts still open on `today`, in date order.
pub fn open_cohorts(config: &ApplyConfig, today: Date) -> impl Iterator<Item = &Cohort> {
    config.cohorts.iter().filter(move |c| c.is_open(today))
}

/// The choices the start-date question offers on `today`: each open cohort with its
/// closing date, then the next cohort.
pub fn cohort_choices(config: &ApplyConfig, today: Date) -> Vec<Choice> {
    open_cohorts(config, today)
        .map(|cohort| Choice {
            value: cohort.value(),
            label: cohort.starts.long(),
            hint: Some(format!("Apply by {}", cohort.closes_on().long())),
        })
        .chain([Choice {
            value: NEXT_COHORT.into(),
            label: config.next_cohort.label.clone(),
            hint: None,
        }])
        .collect()
}

/// The answer as the visitor reads it: "Monday 1 February 2027" or the next cohort.
pub fn cohort_label(config: &ApplyConfig, value: &str) -> String {
    match Date::parse(value) {
        Some(date) => date.long(),
        None if value == NEXT_COHORT => config.next_cohort.label.clone(),
        None => value.to_owned(),
    }
}

/// The start date to send: `None` for the next cohort.
pub fn cohort_sent(value: &str) -> Option<String> {
    (value != NEXT_COHORT).then(|| value.to_owned())
}

/// Whether `value` may be sent on `today`, with a message saying what to do if not.
pub fn check_cohort(config: &ApplyConfig, value: &str, today: Date) -> Result<(), String> {
    if value == NEXT_COHORT {
        return Ok(());
    }
    match config.cohorts.iter().find(|c| c.value() == value) {
        Some(cohort) if cohort.is_open(today) => Ok(()),
        Some(cohort) => {
            let instead = if open_cohorts(config, today).next().is_some() {
                "Select a start date that is still open, or the next cohort"
            } else {
                "Select the next cohort"
            };
            Err(format!(
                "The cohort starting {} has closed. {instead}",
                cohort.starts.long()
            ))
        }
        None => Err("Select when you want to start".into()),
    }
}

/// The configuration's cohorts are in date order, once each, each closing before it starts.
pub fn check_cohort_list(cohorts: &[Cohort]) -> Result<(), String> {
    for pair in cohorts.windows(2) {
        if pair[0].starts >= pair[1].starts {
            return Err(format!(
                "cohorts: {} must come after {}",
                pair[1].starts, pair[0].starts
            ));
        }
    }
    match cohorts.iter().find(|c| c.closes_on() >= c.starts) {
        Some(cohort) => Err(format!(
            "cohorts: {} closes on or after its start",
            cohort.starts
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply::config::apply_config;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn offered(today: &str) -> Vec<String> {
        cohort_choices(apply_config(), day(today))
            .into_iter()
            .map(|c| c.value)
            .collect()
    }

    #[test]
    fn a_cohort_closes_the_day_before_it_starts() {
        assert_eq!(
            offered("2026-11-25"),
            ["2027-02-01", "2027-05-03", "2027-08-02", "next"]
        );
        assert_eq!(
            offered("2027-01-31"),
            ["2027-02-01", "2027-05-03", "2027-08-02", "next"]
        );
        assert_eq!(offered("2027-02-01"), ["2027-05-03", "2027-08-02", "next"]);
        assert_eq!(offered("2027-02-02"), ["2027-05-03", "2027-08-02", "next"]);
        assert_eq!(offered("2027-08-02"), ["next"]);
    }

    #[test]
    fn a_closing_date_can_come_earlier() {
        let mut config = apply_config().clone();
        config.cohorts[0].closes = Some(day("2027-01-15"));
        let values = |today| -> Vec<String> {
            cohort_choices(&config, day(today))
                .into_iter()
                .map(|c| c.value)
                .collect()
        };
        assert_eq!(values("2027-01-15")[0], "2027-02-01");
        assert_eq!(values("2027-01-16")[0], "2027-05-03");
        assert_eq!(
            cohort_choices(&config, day("2027-01-01"))[0]
                .hint
                .as_deref(),
            Some("Apply by Friday 15 January 2027")
        );
    }

    #[test]
    fn a_closed_choice_says_what_to_do_instead() {
        let config = apply_config();
        assert_eq!(
            check_cohort(config, "2027-02-01", day("2027-01-31")),
            Ok(())
        );
        assert_eq!(
            check_cohort(config, "2027-02-01", day("2027-02-02")),
            Err("The cohort starting Monday 1 February 2027 has closed. Select a start date that is still open, or the next cohort".into())
        );
        assert_eq!(
            check_cohort(config, "2027-08-02", day("2027-09-01")),
            Err(
                "The cohort starting Monday 2 August 2027 has closed. Select the next cohort"
                    .into()
            )
        );
        assert_eq!(check_cohort(config, NEXT_COHORT, day("2030-01-01")), Ok(()));
        assert!(check_cohort(config, "", day("2026-11-25")).is_err());
        assert!(check_cohort(config, "2027-03-01", day("2026-11-25")).is_err());
    }

    #[test]
    fn the_next_cohort_is_sent_as_null() {
        assert_eq!(cohort_sent(NEXT_COHORT), None);
        assert_eq!(cohort_sent("2027-02-01").as_deref(), Some("2027-02-01"));
        let config = apply_config();
        assert_eq!(cohort_label(config, "2027-05-03"), "Monday 3 May 2027");
        assert_eq!(cohort_label(config, NEXT_COHORT), config.next_cohort.label);
    }

    #[test]
    fn cohorts_out_of_order_or_closing_late_are_rejected() {
        let cohort = |starts: &str, closes: Option<&str>| Cohort {
            starts: day(starts),
            closes: closes.map(day),
        };
        assert!(
            check_cohort_list(&[cohort("2027-05-03", None), cohort("2027-02-01", None)])
                .unwrap_err()
                .contains("must come after")
        );
        assert!(
            check_cohort_list(&[cohort("2027-02-01", Some("2027-02-01"))])
                .unwrap_err()
                .contains("closes on or after")
        );
        assert_eq!(check_cohort_list(&apply_config().cohorts), Ok(()));
    }
}
