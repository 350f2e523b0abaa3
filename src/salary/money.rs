//! US-dollar amounts in whole cents, pay periods, and en-US formatting.
//!
//! Everything is integer arithmetic with explicit half-up rounding, so no figure drifts
//! between bases and nothing can become NaN.

use crate::content::names::named_enum;
use crate::ui::text::group_thousands;

/// Hours in the working year used to turn yearly pay into hourly pay (40 hours × 52 weeks).
pub const HOURS_PER_YEAR: u64 = 2_080;
/// Months in a year.
pub const MONTHS_PER_YEAR: u64 = 12;
/// Pay above this per year is treated as a typing mistake, not a salary.
pub const MAX_ANNUAL_CENTS: u64 = 10_000_000 * 100;

named_enum! {
    /// How often an amount is paid, as URLs and forms write it.
    pub enum Period {
        Year = "year",
        Month = "month",
        Hour = "hour",
    }
}

impl Period {
    /// How many of this period make a year.
    pub fn per_year(self) -> u64 {
        match self {
            Period::Year => 1,
            Period::Month => MONTHS_PER_YEAR,
            Period::Hour => HOURS_PER_YEAR,
        }
    }

    /// "per year", for choices and column headings.
    pub fn per_label(self) -> &'static str {
        match self {
            Period::Year => "per year",
            Period::Month => "per month",
            Period::Hour => "per hour",
        }
    }

    /// "a year", to follow an amount in a sentence.
    pub fn suffix(self) -> &'static str {
        match self {
            Period::Year => "a year",
            Period::Month => "a month",
            Period::Hour => "an hour",
        }
    }

    /// Hourly figures are small, so they keep their cents; the others show whole dollars.
    pub fn shows_cents(self) -> bool {
        self == Period::Hour
    }
}

/// `numerator / denominator`, rounded half up. `denominator` must not be zero.
pub fn div_round(numerator: u64, denominator: u64) -> u64 {
    let quotient = numerator / denominator;
    let remainder = numerator % denominator;
    if remainder >= denominator - remainder {
        quotient + 1
    } else {
        quotient
    }
}

/// A yearly amount expressed per `period`, rounded to the cent.
pub fn from_annual(annual_cents: u64, period: Period) -> u64 {
    div_round(annual_cents, period.per_year())
}

/// An amount paid per `period`, as a yearly amount. Saturates instead of overflowing.
pub fn to_annual(cents: u64, period: Period) -> u64 {
    cents.saturating_mul(period.per_year())
}

/// A yearly amount as shown per `period`: cents for hours, whole dollars otherwise.
pub fn shown(annual_cents: u64, period: Period) -> u64 {
    let exact = from_annual(annual_cents, period);
    if period.shows_cents() {
        exact
    } else {
        div_round(exact, 100) * 100
    }
}

/// `part` as a whole percentage of `whole`, rounded half up; 0 when `whole` is 0.
pub fn percent_of(part: u64, whole: u64) -> u64 {
    if whole == 0 {
        return 0;
    }
    // u128 keeps `part * 100` exact for any u64.
    let numerator = part as u128 * 100;
    let whole = whole as u128;
    let quotient = numerator / whole;
    let remainder = numerator % whole;
    let rounded = if remainder * 2 >= whole {
        quotient + 1
    } else {
        quotient
    };
    rounded.min(u64::MAX as u128) as u64
}

/// Formats cents as en-US dollars: "$81,000", "$38.94".
/// With `show_cents` false the amount is rounded to whole dollars.
pub fn format_usd(cents: u64, show_cents: bool) -> String {
    if show_cents {
        format!("${}.{:02}", group_thousands(cents / 100), cents % 100)
    } else {
        format!("${}", group_thousands(div_round(cents, 100)))
    }
}

/// Formats cents exactly, with the cents only when there are some: "$52,000", "$52,000.50".
pub fn format_usd_exact(cents: u64) -> String {
    format_usd(cents, !cents.is_multiple_of(100))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_up() {
        assert_eq!(div_round(5, 10), 1);
        assert_eq!(div_round(4, 10), 0);
        assert_eq!(div_round(15, 10), 2);
        assert_eq!(div_round(0, 3), 0);
    }

    #[test]
    fn yearly_figures_convert_to_months_and_hours() {
        let entry = 81_000_00;
        assert_eq!(from_annual(entry, Period::Month), 6_750_00);
        assert_eq!(from_annual(entry, Period::Hour), 38_94); // 38.9423…
        assert_eq!(shown(115_000_00, Period::Month), 9_583_00); // 9,583.33 → 9,583
        assert_eq!(shown(219_564_00, Period::Hour), 105_56); // 105.5596…
    }

    #[test]
    fn percentages_round_half_up() {
        assert_eq!(percent_of(34_000, 81_000), 42); // 41.98
        assert_eq!(percent_of(1, 2), 50);
        assert_eq!(percent_of(1, 200), 1); // 0.5 → 1
        assert_eq!(percent_of(1, 201), 0);
        assert_eq!(percent_of(5, 0), 0);
        assert_eq!(percent_of(u64::MAX, 1), u64::MAX);
    }

    #[test]
    fn dollars_format_the_en_us_way() {
        assert_eq!(format_usd(81_000_00, false), "$81,000");
        assert_eq!(format_usd(219_564_00, false), "$219,564");
        assert_eq!(format_usd(38_94, true), "$38.94");
        assert_eq!(format_usd(5, true), "$0.05");
        assert_eq!(format_usd(49, false), "$0");
        assert_eq!(format_usd(50, false), "$1");
        assert_eq!(format_usd(1_000_000_000_00, false), "$1,000,000,000");
        assert_eq!(format_usd_exact(52_000_50), "$52,000.50");
        assert_eq!(format_usd_exact(52_000_00), "$52,000");
    }

    #[test]
    fn periods_have_keys_and_labels() {
        for p in Period::ALL {
            assert_eq!(Period::from_name(p.name()), Some(p));
        }
        assert_eq!(Period::from_name("week"), None);
        assert_eq!(Period::Hour.suffix(), "an hour");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn converting_to_a_period_and_back_stays_within_rounding(annual in 0u64..=MAX_ANNUAL_CENTS, p in prop::sample::select(Period::ALL.to_vec())) {
            let back = to_annual(from_annual(annual, p), p);
            // Rounding to the cent moves the yearly figure by at most half a cent per period.
            prop_assert!(back.abs_diff(annual) <= p.per_year() / 2 + 1, "{annual} {back}");
        }

        #[test]
        fn exact_multiples_convert_exactly(per_period in 0u64..=MAX_ANNUAL_CENTS / HOURS_PER_YEAR, p in prop::sample::select(Period::ALL.to_vec())) {
            prop_assert_eq!(from_annual(to_annual(per_period, p), p), per_period);
        }

        #[test]
        fn percentages_never_exceed_the_exact_value_by_more_than_half(part in 0u64..1_000_000_000, whole in 1u64..1_000_000_000) {
            let exact = part as f64 * 100.0 / whole as f64;
            prop_assert!((percent_of(part, whole) as f64 - exact).abs() <= 0.5 + 1e-9);
        }
    }
}
