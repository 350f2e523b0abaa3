//! What the applicant has typed and chosen, and the fields of the form.

use crate::content::names::named_enum;
use crate::routing::page::StepId;
use serde::{Deserialize, Serialize};

/// Every answer of the application, kept exactly as entered until Continue trims it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    pub full_name: String,
    pub email: String,
    pub phone: String,
    pub country: String,
    pub situation: String,
    pub experience: String,
    pub languages: Vec<String>,
    pub track: String,
    pub cohort: String,
    pub motivation: String,
    pub portfolio_url: String,
    pub heard_from: String,
    pub consent: bool,
}

named_enum! {
    /// A question of the form, in page order, by its name: the key of its wording in
    /// `application.json` and the HTML id of its control.
    pub enum Field {
        FullName = "full-name",
        Email = "email",
        Phone = "phone",
        Country = "country",
        Situation = "situation",
        Experience = "experience",
        Languages = "languages",
        Track = "track",
        Cohort = "cohort",
        Motivation = "motivation",
        PortfolioUrl = "portfolio-url",
        HeardFrom = "heard-from",
        Consent = "consent",
    }
}

impl Field {
    /// The id of the field's input (for radios and checkboxes, of the first option), which
    /// error summary links point at: the field's name.
    pub fn id(self) -> &'static str {
        self.name()
    }

    /// The step whose page asks this question.
    pub fn step(self) -> StepId {
        match self {
            Field::FullName | Field::Email | Field::Phone | Field::Country => StepId::AboutYou,
            Field::Situation | Field::Experience | Field::Languages => StepId::Background,
            Field::Track | Field::Cohort => StepId::Track,
            Field::Motivation | Field::PortfolioUrl | Field::HeardFrom => StepId::Motivation,
            Field::Consent => StepId::Consent,
        }
    }

    pub fn of_step(step: StepId) -> impl Iterator<Item = Field> {
        Field::ALL.into_iter().filter(move |f| f.step() == step)
    }

    /// Text answers can be edited in place; the rest are choices.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Field::FullName | Field::Email | Field::Phone | Field::Motivation | Field::PortfolioUrl
        )
    }
}

impl Answers {
    /// A text answer, for fields that have one.
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::FullName => &self.full_name,
            Field::Email => &self.email,
            Field::Phone => &self.phone,
            Field::Country => &self.country,
            Field::Situation => &self.situation,
            Field::Experience => &self.experience,
            Field::Track => &self.track,
            Field::Cohort => &self.cohort,
            Field::Motivation => &self.motivation,
            Field::PortfolioUrl => &self.portfolio_url,
            Field::HeardFrom => &self.heard_from,
            Field::Languages | Field::Consent => "",
        }
    }

    /// Sets a single-value answer; ignored for the list and checkbox fields.
    pub fn set_text(&mut self, field: Field, value: String) {
        let slot = match field {
            Field::FullName => &mut self.full_name,
            Field::Email => &mut self.email,
            Field::Phone => &mut self.phone,
            Field::Country => &mut self.country,
            Field::Situation => &mut self.situation,
            Field::Experience => &mut self.experience,
            Field::Track => &mut self.track,
            Field::Cohort => &mut self.cohort,
            Field::Motivation => &mut self.motivation,
            Field::PortfolioUrl => &mut self.portfolio_url,
            Field::HeardFrom => &mut self.heard_from,
            Field::Languages | Field::Consent => return,
        };
        *slot = value;
    }

    /// The values chosen for a many-choice field (empty for the others).
    pub fn chosen(&self, field: Field) -> &[String] {
        match field {
            Field::Languages => &self.languages,
            _ => &[],
        }
    }

    /// Adds or removes a value of a many-choice field, keeping it free of duplicates;
    /// ignored for the other fields.
    pub fn set_chosen(&mut self, field: Field, value: &str, used: bool) {
        let list = match field {
            Field::Languages => &mut self.languages,
            _ => return,
        };
        list.retain(|l| l != value);
        if used {
            list.push(value.to_owned());
        }
    }

    /// Trims the text answers of `step`, as GOV.UK forms do when the visitor continues.
    pub fn trim_step(&mut self, step: StepId) {
        for field in Field::of_step(step).filter(|f| f.is_text()) {
            let trimmed = self.text(field).trim().to_owned();
            self.set_text(field, trimmed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_unique_id_and_a_step() {
        let ids: std::collections::BTreeSet<_> = Field::ALL.iter().map(|f| f.id()).collect();
        assert_eq!(ids.len(), Field::ALL.len());
        assert_eq!(Field::of_step(StepId::AboutYou).count(), 4);
        assert_eq!(Field::of_step(StepId::CheckAnswers).count(), 0);
    }

    #[test]
    fn text_answers_are_set_and_trimmed_per_step() {
        let mut a = Answers::default();
        a.set_text(Field::FullName, "  Zoë O’Brien ".into());
        a.set_text(Field::Motivation, "  keep  ".into());
        a.trim_step(StepId::AboutYou);
        assert_eq!(a.full_name, "Zoë O’Brien");
        assert_eq!(a.motivation, "  keep  ");
    }

    #[test]
    fn languages_never_repeat() {
        let mut a = Answers::default();
        a.set_chosen(Field::Languages, "go", true);
        a.set_chosen(Field::Languages, "go", true);
        a.set_chosen(Field::Languages, "sql", true);
        a.set_chosen(Field::Languages, "go", false);
        assert_eq!(a.languages, ["sql"]);
    }
}
