//! The salary figures the widget shows, parsed from `src/content/salaries.json`.
//!
//! Each figure carries its qualifier, basis, source wording and year, so the widget can
//! never present "well over $120,000" as a plain "$120,000". Admissions add figures by
//! editing the JSON; [`SalaryData::check`] rejects an entry without amount, source or year.

use super::money::{format_usd, shown, Period};
use crate::content::names::named_enum;
use crate::content::{ContentError, EmbeddedFile, Loaded, SALARIES_JSON};
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SalaryData {
    /// The plain note shown beside the figures.
    pub note: String,
    /// The two level ids compared when the visitor has chosen nothing.
    #[serde(default)]
    pub default_comparison: Option<[String; 2]>,
    pub levels: Vec<Level>,
    #[serde(default)]
    pub projections: Vec<Projection>,
}

/// A sourced pay figure.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Stable id used in URLs (`?from=average`); lowercase letters, digits and hyphens.
    pub id: String,
    pub label: String,
    /// Whole US dollars per `period`.
    pub amount: u64,
    pub period: FigurePeriod,
    pub qualifier: Qualifier,
    pub basis: Basis,
    /// The source's words, as the article quotes them.
    pub source: String,
    /// Where the figure is cited.
    pub cited_in: String,
    /// The year the figure speaks of.
    pub year: u16,
}

named_enum! {
    /// Figures are quoted per year; the widget derives months and hours.
    pub enum FigurePeriod {
        Year = "year",
    }
}

named_enum! {
    /// The words the source puts before the amount.
    pub enum Qualifier {
        StartsAround = "starts around",
        Approximately = "approximately",
        Around = "around",
        WellOver = "well over",
        UpTo = "up to",
        Reaching = "reaching",
    }
}

/// What a qualifier says about the true value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// Close to the amount.
    About,
    /// The amount or more.
    AtLeast,
    /// The amount or less.
    AtMost,
}

impl Qualifier {
    pub fn bound(self) -> Bound {
        match self {
            Qualifier::StartsAround | Qualifier::Approximately | Qualifier::Around => Bound::About,
            Qualifier::WellOver => Bound::AtLeast,
            Qualifier::UpTo | Qualifier::Reaching => Bound::AtMost,
        }
    }
}

named_enum! {
    /// What a figure counts.
    pub enum Basis {
        /// Base salary.
        Salary = "salary",
        /// Salary plus bonuses and other pay.
        TotalCompensation = "total_compensation",
    }
}

impl Basis {
    pub fn label(self) -> &'static str {
        match self {
            Basis::Salary => "Base salary",
            Basis::TotalCompensation => "Total compensation (including bonuses)",
        }
    }
}

/// A sourced job-growth projection, such as the BLS figure.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Projection {
    pub id: String,
    pub label: String,
    pub percent: u32,
    pub from_year: u16,
    pub to_year: u16,
    pub comparison: String,
    pub source: String,
    pub cited_in: String,
}

impl Level {
    pub fn annual_cents(&self) -> u64 {
        self.amount.saturating_mul(100)
    }

    /// The amount with its qualifier, per `period`: "well over $10,000 a month".
    pub fn describe(&self, period: Period) -> String {
        format!(
            "{} {} {}",
            self.qualifier.name(),
            format_usd(shown(self.annual_cents(), period), period.shows_cents()),
            period.suffix()
        )
    }
}

impl SalaryData {
    pub fn load(file: EmbeddedFile) -> Result<SalaryData, ContentError> {
        file.load(SalaryData::check)
    }

    /// Rules serde cannot express: positive amounts, sourced and dated figures, usable ids.
    pub fn check(&self) -> Result<(), String> {
        if self.note.trim().is_empty() {
            return Err("the note beside the figures is empty".into());
        }
        if self.levels.is_empty() {
            return Err("there are no salary levels".into());
        }
        let mut ids = std::collections::BTreeSet::new();
        for (index, level) in self.levels.iter().enumerate() {
            let at = format!("level {} ({})", index + 1, level.id);
            if !is_slug(&level.id) {
                return Err(format!(
                    "{at}: id must be lowercase letters, digits and hyphens"
                ));
            }
            if !ids.insert(level.id.as_str()) {
                return Err(format!("{at}: id is used twice"));
            }
            if level.label.trim().is_empty() {
                return Err(format!("{at}: label is empty"));
            }
            if level.amount == 0 || level.amount > 10_000_000 {
                return Err(format!(
                    "{at}: amount must be between 1 and 10,000,000 dollars"
                ));
            }
            if level.source.trim().is_empty() || level.cited_in.trim().is_empty() {
                return Err(format!("{at}: source is empty"));
            }
            if !(1900..=2100).contains(&level.year) {
                return Err(format!("{at}: year {} is not a plausible year", level.year));
            }
        }
        if let Some([a, b]) = &self.default_comparison {
            for id in [a, b] {
                if !ids.contains(id.as_str()) {
                    return Err(format!("default comparison names unknown level `{id}`"));
                }
            }
        }
        for projection in &self.projections {
            if projection.source.trim().is_empty() || projection.from_year >= projection.to_year {
                return Err(format!(
                    "projection {}: needs a source and a year range",
                    projection.id
                ));
            }
        }
        Ok(())
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.id == id)
    }

    /// The pair compared by default: the configured one, else the first two levels.
    pub fn default_pair(&self) -> (String, String) {
        if let Some([a, b]) = &self.default_comparison {
            return (a.clone(), b.clone());
        }
        let first = self.levels[0].id.clone();
        let second = self
            .levels
            .get(1)
            .map_or_else(|| first.clone(), |l| l.id.clone());
        (first, second)
    }
}

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The figures embedded in the binary; parsed once, on first use.
pub static SALARIES: Loaded<SalaryData> = Loaded::new(SALARIES_JSON, SalaryData::check);

/// The embedded figures (the native tests keep them valid; the page asks [`SALARIES`] first).
pub fn salary_data() -> &'static SalaryData {
    SALARIES.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_level_json(level: &str) -> Result<SalaryData, ContentError> {
        let text = format!(r#"{{"note":"n","levels":[{level}]}}"#);
        SalaryData::load(EmbeddedFile {
            path: "src/content/salaries.json",
            text: Box::leak(text.into_boxed_str()),
        })
    }

    const GOOD: &str = r#"{"id":"x","label":"X","amount":1,"period":"year","qualifier":"around","basis":"salary","source":"s","cited_in":"c","year":2025}"#;

    #[test]
    fn the_embedded_figures_are_the_articles() {
        let data = SALARIES.try_get().unwrap_or_else(|e| panic!("{e}"));
        let amounts: Vec<_> = data
            .levels
            .iter()
            .map(|l| (l.id.as_str(), l.amount, l.qualifier.name()))
            .collect();
        assert_eq!(
            amounts,
            [
                ("entry-level", 81_000, "starts around"),
                ("average", 115_000, "approximately"),
                ("experienced", 120_000, "well over"),
                ("total-compensation", 219_564, "reaching"),
            ]
        );
        assert_eq!(data.levels[3].basis, Basis::TotalCompensation);
        assert_eq!(data.projections[0].percent, 8);
        assert_eq!(
            (data.projections[0].from_year, data.projections[0].to_year),
            (2023, 2033)
        );
        assert_eq!(
            data.default_pair(),
            ("average".into(), "entry-level".into())
        );
    }

    #[test]
    fn every_source_is_quoted_from_the_article() {
        let article = include_str!("../../tests/fixtures/backend-career-article.txt");
        for level in &salary_data().levels {
            let quote = level.source.trim_matches(['“', '”']);
            assert!(article.contains(quote), "{quote}");
        }
    }

    #[test]
    fn a_good_entry_loads() {
        assert!(with_level_json(GOOD).is_ok());
    }

    #[test]
    fn an_entry_without_amount_source_or_year_is_rejected() {
        for field in ["amount", "source", "year"] {
            let value = serde_json::from_str::<serde_json::Value>(GOOD).unwrap();
            let mut object = value.as_object().unwrap().clone();
            object.remove(field);
            let err = with_level_json(&serde_json::to_string(&object).unwrap()).unwrap_err();
            assert!(
                err.message.contains(&format!("missing field `{field}`")),
                "{err}"
            );
            assert_eq!(err.path, "src/content/salaries.json");
            assert!(err.line > 0, "{err}");
        }
    }

    #[test]
    fn blank_sources_zero_amounts_and_odd_years_are_rejected() {
        let cases = [
            (
                GOOD.replace(r#""source":"s""#, r#""source":"  ""#),
                "source is empty",
            ),
            (
                GOOD.replace(r#""amount":1"#, r#""amount":0"#),
                "amount must be",
            ),
            (
                GOOD.replace(r#""year":2025"#, r#""year":25"#),
                "not a plausible year",
            ),
            (GOOD.replace(r#""id":"x""#, r#""id":"X Y""#), "id must be"),
        ];
        for (json, expected) in cases {
            let err = with_level_json(&json).unwrap_err();
            assert!(err.message.contains(expected), "{err}");
        }
    }

    #[test]
    fn an_unknown_qualifier_names_its_position() {
        let err = with_level_json(&GOOD.replace("around", "roughly")).unwrap_err();
        assert!(err.message.contains("unknown variant `roughly`"), "{err}");
        assert_eq!(err.line, 1);
    }

    #[test]
    fn amounts_keep_their_qualifiers() {
        let data = salary_data();
        let experienced = data.level("experienced").unwrap();
        assert_eq!(
            experienced.describe(Period::Year),
            "well over $120,000 a year"
        );
        assert_eq!(
            experienced.describe(Period::Month),
            "well over $10,000 a month"
        );
        assert_eq!(
            data.level("entry-level").unwrap().describe(Period::Hour),
            "starts around $38.94 an hour"
        );
    }
}
