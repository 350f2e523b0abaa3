//! Comparing two figures honestly: the difference in dollars and percent, worded so a
//! qualified figure ("well over …") never reads as an exact one.

use super::figures::{Bound, Level};
use super::money::{format_usd, percent_of, shown, Period};

/// One side of a comparison: a sourced level or the visitor's own pay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// How the figure is named mid-sentence: "entry-level salary", "your pay".
    pub name: String,
    pub annual_cents: u64,
    pub bound: Bound,
}

impl Figure {
    pub fn level(level: &Level) -> Figure {
        Figure {
            name: level.label.clone(),
            annual_cents: level.annual_cents(),
            bound: level.qualifier.bound(),
        }
    }

    pub fn own_pay(annual_cents: u64) -> Figure {
        Figure {
            name: "your pay".into(),
            annual_cents,
            bound: Bound::About,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    More,
    Less,
    Same,
}

/// `a` measured against `b`, in one period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub direction: Direction,
    /// |shown(a) − shown(b)| in cents, so the sum a visitor does on screen adds up.
    pub cents: u64,
    /// |a − b| as a whole percent of `b`, from yearly figures (the same in every period).
    pub percent: u64,
    /// How far the qualifiers let us trust the difference.
    pub bound: Bound,
    /// True when the qualifiers pull both ways, so the difference is only rough.
    pub rough: bool,
    pub period: Period,
}

pub fn difference(a: &Figure, b: &Figure, period: Period) -> Difference {
    let shown_a = shown(a.annual_cents, period);
    let shown_b = shown(b.annual_cents, period);
    let direction = match shown_a.cmp(&shown_b) {
        std::cmp::Ordering::Greater => Direction::More,
        std::cmp::Ordering::Less => Direction::Less,
        std::cmp::Ordering::Equal => Direction::Same,
    };
    let (larger, smaller) = match direction {
        Direction::Less => (b, a),
        _ => (a, b),
    };
    let (bound, rough) = gap_bound(larger.bound, smaller.bound);
    Difference {
        direction,
        cents: shown_a.abs_diff(shown_b),
        percent: percent_of(a.annual_cents.abs_diff(b.annual_cents), b.annual_cents),
        bound,
        rough,
        period,
    }
}

/// What the qualifiers of the larger and smaller figure say about the gap between them.
/// A larger "well over" figure makes the gap a minimum; a smaller "well over" figure makes
/// it a maximum; "up to" works the other way round.
fn gap_bound(larger: Bound, smaller: Bound) -> (Bound, bool) {
    let from_smaller = match smaller {
        Bound::AtLeast => Bound::AtMost,
        Bound::AtMost => Bound::AtLeast,
        Bound::About => Bound::About,
    };
    match (larger, from_smaller) {
        (Bound::About, other) | (other, Bound::About) => (other, false),
        (x, y) if x == y => (x, false),
        _ => (Bound::About, true),
    }
}

impl Difference {
    /// "at least $39,000 (48%) more than" — the part between the two names.
    pub fn phrase(&self) -> String {
        let hedge = if self.rough {
            "roughly "
        } else {
            match self.bound {
                Bound::About => "",
                Bound::AtLeast => "at least ",
                Bound::AtMost => "up to ",
            }
        };
        let amount = format_usd(self.cents, self.period.shows_cents());
        let way = match self.direction {
            Direction::More => "more",
            Direction::Less => "less",
            Direction::Same => "more",
        };
        format!("{hedge}{amount} ({}%) {way} than", self.percent)
    }
}

/// "Average salary is $34,000 (42%) more than entry-level salary."
pub fn sentence(a: &Figure, b: &Figure, period: Period) -> String {
    let diff = difference(a, b, period);
    let subject = capitalize_first(&a.name);
    let object = mid_sentence(&b.name);
    if diff.direction == Direction::Same {
        return format!(
            "{subject} and {object} are the same {}.",
            period.per_label()
        );
    }
    format!(
        "{subject} is {} {object} {}.",
        diff.phrase(),
        period.per_label()
    )
}

/// Lowercases a label's first letter for use mid-sentence, unless it starts with an
/// acronym ("BLS projection" stays as it is).
pub fn mid_sentence(label: &str) -> String {
    let first_word = label.split_whitespace().next().unwrap_or("");
    if first_word.chars().filter(|c| c.is_uppercase()).count() > 1 {
        return label.to_owned();
    }
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_lowercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// Only ASCII letters change case: the Unicode case tables would add kilobytes to the wasm
/// for labels that admissions write in English.
fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::salary::figures::salary_data;

    fn level(id: &str) -> Figure {
        Figure::level(salary_data().level(id).unwrap())
    }

    #[test]
    fn average_against_entry_level_reads_like_the_issue() {
        assert_eq!(
            sentence(&level("average"), &level("entry-level"), Period::Year),
            "Average salary is $34,000 (42%) more than entry-level salary per year."
        );
    }

    #[test]
    fn the_other_way_round_is_less_with_its_own_percent() {
        assert_eq!(
            sentence(&level("entry-level"), &level("average"), Period::Year),
            "Entry-level salary is $34,000 (30%) less than average salary per year."
        );
    }

    #[test]
    fn a_well_over_figure_makes_the_gap_a_minimum() {
        assert_eq!(
            sentence(&level("experienced"), &level("entry-level"), Period::Year),
            "Experienced salary is at least $39,000 (48%) more than entry-level salary per year."
        );
        // Below "well over $120,000", the gap to an average can only be smaller.
        assert_eq!(
            sentence(&level("average"), &level("experienced"), Period::Year),
            "Average salary is at least $5,000 (4%) less than experienced salary per year."
        );
    }

    #[test]
    fn a_maximum_above_a_minimum_makes_the_gap_a_maximum() {
        assert_eq!(
            sentence(
                &level("total-compensation"),
                &level("experienced"),
                Period::Year
            ),
            "Total compensation is up to $99,564 (83%) more than experienced salary per year."
        );
    }

    #[test]
    fn conflicting_qualifiers_make_the_gap_rough() {
        let over = |name: &str, dollars: u64| Figure {
            name: name.into(),
            annual_cents: dollars * 100,
            bound: Bound::AtLeast,
        };
        assert_eq!(
            sentence(
                &over("Senior pay", 150_000),
                &over("mid pay", 100_000),
                Period::Year
            ),
            "Senior pay is roughly $50,000 (50%) more than mid pay per year."
        );
    }

    #[test]
    fn monthly_and_hourly_differences_add_up_on_screen() {
        let (a, b) = (level("average"), level("entry-level"));
        let monthly = difference(&a, &b, Period::Month);
        assert_eq!(monthly.cents, 9_583_00 - 6_750_00);
        assert_eq!(monthly.percent, 42);
        let hourly = difference(&a, &b, Period::Hour);
        assert_eq!(hourly.cents, 55_29 - 38_94);
        assert_eq!(
            sentence(&a, &b, Period::Hour),
            "Average salary is $16.35 (42%) more than entry-level salary per hour."
        );
    }

    #[test]
    fn own_pay_is_compared_against_each_level() {
        let mine = Figure::own_pay(52_000_00);
        assert_eq!(
            sentence(&level("entry-level"), &mine, Period::Year),
            "Entry-level salary is $29,000 (56%) more than your pay per year."
        );
        assert_eq!(
            sentence(
                &Figure::own_pay(81_000_00),
                &level("entry-level"),
                Period::Year
            ),
            "Your pay and entry-level salary are the same per year."
        );
    }

    #[test]
    fn labels_read_naturally_mid_sentence() {
        assert_eq!(mid_sentence("Entry-level salary"), "entry-level salary");
        assert_eq!(mid_sentence("BLS projection"), "BLS projection");
        assert_eq!(mid_sentence(""), "");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn bound() -> impl Strategy<Value = Bound> {
        prop::sample::select(vec![Bound::About, Bound::AtLeast, Bound::AtMost])
    }

    proptest! {
        #[test]
        fn differences_are_symmetric_and_percent_is_the_same_in_every_period(
            a in 1u64..=1_000_000_000, b in 1u64..=1_000_000_000, ba in bound(), bb in bound()
        ) {
            let fa = Figure { name: "a".into(), annual_cents: a, bound: ba };
            let fb = Figure { name: "b".into(), annual_cents: b, bound: bb };
            let yearly = difference(&fa, &fb, Period::Year);
            for p in Period::ALL {
                let d = difference(&fa, &fb, p);
                prop_assert_eq!(d.percent, yearly.percent);
                let back = difference(&fb, &fa, p);
                prop_assert_eq!(d.cents, back.cents);
                if d.direction != Direction::Same {
                    prop_assert_eq!((d.bound, d.rough), (back.bound, back.rough));
                }
            }
            prop_assert_eq!(yearly.cents, shown(a, Period::Year).abs_diff(shown(b, Period::Year)));
            let text = sentence(&fa, &fb, Period::Month);
            prop_assert!(!text.contains("NaN") && text.ends_with('.'));
        }
    }
}
