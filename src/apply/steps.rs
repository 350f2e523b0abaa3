//! The wizard as a state machine over its steps (named in the route table,
//! [`StepId`]): which pages ask questions, which ones a visitor may open, and where
//! Continue leads (including back to "Check your answers" after a Change link).

use super::answers::{Answers, Field};
use super::config::ApplyConfig;
use super::validate::validate_step;
use crate::platform::clock::Date;
pub use crate::routing::page::StepId;

/// The pages that ask questions, numbered "Question N of 5": every step with a field.
pub fn question_pages() -> impl Iterator<Item = StepId> {
    StepId::ALL
        .into_iter()
        .filter(|step| Field::of_step(*step).next().is_some())
}

/// The question pages "Check your answers" reviews: those before it.
pub fn reviewed_pages() -> impl Iterator<Item = StepId> {
    question_pages().filter(|step| *step < StepId::CheckAnswers)
}

/// The wizard's rules for each step. (The steps themselves, with their URL slugs, are
/// declared in the route table.)
impl StepId {
    /// "Question 2 of 5", or `None` on pages that ask nothing.
    pub fn question_number(self) -> Option<(usize, usize)> {
        question_pages()
            .position(|s| s == self)
            .map(|i| (i + 1, question_pages().count()))
    }

    /// The page before this one, for the Back link.
    pub fn previous(self) -> Option<StepId> {
        let index = StepId::ALL.iter().position(|s| *s == self)?;
        match self {
            StepId::AboutYou | StepId::Confirmation => None,
            _ => Some(StepId::ALL[index - 1]),
        }
    }

    /// The page after this one in order.
    fn next(self) -> StepId {
        match self {
            StepId::AboutYou => StepId::Background,
            StepId::Background => StepId::Track,
            StepId::Track => StepId::Motivation,
            StepId::Motivation => StepId::CheckAnswers,
            StepId::CheckAnswers => StepId::Consent,
            StepId::Consent | StepId::Confirmation => StepId::Confirmation,
        }
    }
}

/// The first question page whose answers are missing or wrong; `CheckAnswers` when all
/// question pages before it are complete.
pub fn first_incomplete(answers: &Answers, config: &ApplyConfig, today: Date) -> StepId {
    reviewed_pages()
        .find(|step| !validate_step(*step, answers, config, today).is_empty())
        .unwrap_or(StepId::CheckAnswers)
}

/// Which page to show when a visitor asks for `requested`.
///
/// A step whose earlier steps are incomplete sends the visitor to the first incomplete one;
/// the confirmation page exists only after a submission; no step means "where I left off".
pub fn resolve(
    requested: Option<StepId>,
    last_visited: StepId,
    answers: &Answers,
    config: &ApplyConfig,
    today: Date,
    submitted: bool,
) -> StepId {
    let frontier = first_incomplete(answers, config, today);
    let reachable = |step: StepId| match step {
        StepId::Confirmation => submitted,
        StepId::CheckAnswers | StepId::Consent => frontier == StepId::CheckAnswers,
        other => other <= frontier,
    };
    match requested {
        Some(step) if reachable(step) => step,
        Some(_) => {
            if submitted && answers == &Answers::default() {
                StepId::Confirmation
            } else {
                frontier
            }
        }
        None if submitted && answers == &Answers::default() => StepId::Confirmation,
        None if reachable(last_visited) && last_visited != StepId::Confirmation => last_visited,
        None => frontier,
    }
}

/// Where Continue leads from a valid `step`: back to the review page when the visitor came
/// from a Change link, otherwise onwards.
pub fn after_continue(step: StepId, returning_to_review: bool) -> StepId {
    if returning_to_review && step < StepId::CheckAnswers {
        StepId::CheckAnswers
    } else {
        step.next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply::config::apply_config;
    use crate::apply::validate::tests::{complete_answers, today};

    #[test]
    fn review_covers_the_question_pages_before_it() {
        assert_eq!(
            reviewed_pages().collect::<Vec<_>>(),
            [
                StepId::AboutYou,
                StepId::Background,
                StepId::Track,
                StepId::Motivation
            ]
        );
    }

    #[test]
    fn question_numbers_skip_the_review_page() {
        assert_eq!(StepId::AboutYou.question_number(), Some((1, 5)));
        assert_eq!(StepId::Consent.question_number(), Some((5, 5)));
        assert_eq!(StepId::CheckAnswers.question_number(), None);
    }

    #[test]
    fn continue_walks_forward_or_returns_to_review() {
        assert_eq!(after_continue(StepId::AboutYou, false), StepId::Background);
        assert_eq!(
            after_continue(StepId::Motivation, false),
            StepId::CheckAnswers
        );
        assert_eq!(after_continue(StepId::CheckAnswers, false), StepId::Consent);
        assert_eq!(
            after_continue(StepId::Background, true),
            StepId::CheckAnswers
        );
        assert_eq!(after_continue(StepId::Consent, true), StepId::Confirmation);
    }

    #[test]
    fn later_steps_redirect_to_the_first_incomplete_one() {
        let config = apply_config();
        let mut answers = complete_answers();
        answers.track.clear();
        assert_eq!(first_incomplete(&answers, config, today()), StepId::Track);
        let to = |step| {
            resolve(
                Some(step),
                StepId::AboutYou,
                &answers,
                config,
                today(),
                false,
            )
        };
        assert_eq!(to(StepId::Background), StepId::Background);
        assert_eq!(to(StepId::Motivation), StepId::Track);
        assert_eq!(to(StepId::CheckAnswers), StepId::Track);
        assert_eq!(to(StepId::Confirmation), StepId::Track);
    }

    #[test]
    fn a_start_date_that_closes_sends_a_returning_visitor_back_to_it() {
        let config = apply_config();
        let answers = complete_answers();
        let closed = crate::platform::clock::Date::parse("2027-02-01").unwrap();
        assert_eq!(
            resolve(None, StepId::Consent, &answers, config, closed, false),
            StepId::Track
        );
        let withdrawn =
            crate::apply::validate::withdrawn_answers(StepId::Track, &answers, config, closed);
        assert_eq!(withdrawn.len(), 1);
        assert!(withdrawn[0].message.contains("has closed"));
        assert!(crate::apply::validate::withdrawn_answers(
            StepId::Track,
            &answers,
            config,
            today()
        )
        .is_empty());
    }

    #[test]
    fn a_fresh_visitor_starts_at_the_beginning() {
        let config = apply_config();
        let empty = Answers::default();
        assert_eq!(
            resolve(None, StepId::AboutYou, &empty, config, today(), false),
            StepId::AboutYou
        );
        assert_eq!(
            resolve(
                Some(StepId::Consent),
                StepId::AboutYou,
                &empty,
                config,
                today(),
                false
            ),
            StepId::AboutYou
        );
    }

    #[test]
    fn a_returning_visitor_goes_where_they_left_off() {
        let config = apply_config();
        let answers = complete_answers();
        assert_eq!(
            resolve(None, StepId::Consent, &answers, config, today(), false),
            StepId::Consent
        );
        assert_eq!(
            resolve(
                Some(StepId::CheckAnswers),
                StepId::Consent,
                &answers,
                config,
                today(),
                false
            ),
            StepId::CheckAnswers
        );
    }

    #[test]
    fn the_confirmation_shows_only_after_sending() {
        let config = apply_config();
        let empty = Answers::default();
        assert_eq!(
            resolve(
                Some(StepId::Confirmation),
                StepId::AboutYou,
                &empty,
                config,
                today(),
                true
            ),
            StepId::Confirmation
        );
        assert_eq!(
            resolve(None, StepId::AboutYou, &empty, config, today(), true),
            StepId::Confirmation
        );
    }

    #[test]
    fn back_links_go_one_page_back() {
        assert_eq!(StepId::AboutYou.previous(), None);
        assert_eq!(StepId::Consent.previous(), Some(StepId::CheckAnswers));
        assert_eq!(StepId::Confirmation.previous(), None);
    }
}
