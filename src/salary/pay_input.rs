//! Reading the visitor's own pay from a text field.
//!
//! Accepts the ways people write pay — "52000", "52,000", "$52,000", "52k", "52.5k",
//! "$ 52 000", "25.50" — and answers anything else with a message saying how to fix it.

use super::money::{format_usd, to_annual, Period, MAX_ANNUAL_CENTS};
use std::fmt;

/// Longest input worth reading; anything longer is not a pay figure.
const MAX_INPUT_CHARS: usize = 40;

/// The visitor's pay, as entered and as a yearly figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pay {
    /// Cents per `period`.
    pub cents: u64,
    pub period: Period,
}

impl Pay {
    pub fn annual_cents(&self) -> u64 {
        to_annual(self.cents, self.period)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayError {
    Empty,
    NotANumber,
    BadGrouping,
    TooManyDecimals,
    NotPositive,
    TooLarge,
}

impl fmt::Display for PayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = match self {
            PayError::Empty => "Enter your current pay, like 52,000 or 52k".to_owned(),
            PayError::NotANumber => {
                "Enter your pay as a number, like 52000, $52,000 or 52.5k".to_owned()
            }
            PayError::BadGrouping => {
                "Use commas only between thousands, like 52,000 or 1,250,000".to_owned()
            }
            PayError::TooManyDecimals => {
                "Enter pay with no more than 2 decimal places, like 25.50".to_owned()
            }
            PayError::NotPositive => "Your pay must be more than $0".to_owned(),
            PayError::TooLarge => format!(
                "Your pay must be {} a year or less – check the amount and whether it is per year, month or hour",
                format_usd(MAX_ANNUAL_CENTS, false)
            ),
        };
        f.write_str(&message)
    }
}

/// Reads `input` as pay per `period`.
pub fn parse_pay(input: &str, period: Period) -> Result<Pay, PayError> {
    let cents = parse_amount(input)?;
    if cents == 0 {
        return Err(PayError::NotPositive);
    }
    let pay = Pay { cents, period };
    if pay.annual_cents() > MAX_ANNUAL_CENTS {
        return Err(PayError::TooLarge);
    }
    Ok(pay)
}

/// Reads an amount of dollars as cents, without judging its size.
pub fn parse_amount(input: &str) -> Result<u64, PayError> {
    // Spaces of any kind may separate anything: "$ 52 000", "52 k".
    let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Err(PayError::Empty);
    }
    if compact.chars().count() > MAX_INPUT_CHARS {
        return Err(PayError::NotANumber);
    }
    let mut text = compact.as_str();
    let mut negative = false;
    for _ in 0..2 {
        if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
            negative = true;
            text = rest;
        }
        if let Some(rest) = text.strip_prefix('$') {
            text = rest;
        }
    }
    let (number, multiplier) = match text.strip_suffix(['k', 'K']) {
        Some(number) => (number, 1_000u128),
        None => (text, 1),
    };
    let cents = parse_decimal(number, multiplier)?;
    if negative && cents > 0 {
        return Err(PayError::NotPositive);
    }
    u64::try_from(cents).map_err(|_| PayError::TooLarge)
}

/// "52,000.5" × multiplier → cents. Commas must group thousands.
fn parse_decimal(number: &str, multiplier: u128) -> Result<u128, PayError> {
    let (whole, fraction) = match number.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (number, None),
    };
    if whole.is_empty() && fraction.is_none_or(str::is_empty) {
        return Err(PayError::NotANumber);
    }
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !whole.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return Err(PayError::NotANumber);
    }
    if let Some(fraction) = fraction {
        if !digits_only(fraction) || fraction.is_empty() {
            return Err(PayError::NotANumber);
        }
    }
    if whole.contains(',') {
        let mut groups = whole.split(',');
        let first = groups.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return Err(PayError::BadGrouping);
        }
    }
    // Cents per unit of the written number: a "k" moves the decimal point three places.
    let scale = 100 * multiplier;
    let fraction = fraction.unwrap_or("");
    // As many decimals as still name a whole cent: 2 for dollars, 5 for thousands.
    let allowed_decimals = if multiplier == 1 { 2 } else { 5 };
    if fraction.len() > allowed_decimals {
        return Err(PayError::TooManyDecimals);
    }
    let mut value: u128 = 0;
    for b in whole.bytes().filter(u8::is_ascii_digit) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u128::from(b - b'0')))
            .ok_or(PayError::TooLarge)?;
    }
    let mut cents = value.checked_mul(scale).ok_or(PayError::TooLarge)?;
    let mut place = scale;
    for b in fraction.bytes() {
        place /= 10;
        cents += u128::from(b - b'0') * place;
    }
    Ok(cents)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yearly(input: &str) -> Result<u64, PayError> {
        parse_pay(input, Period::Year).map(|p| p.cents)
    }

    #[test]
    fn accepts_the_ways_people_write_pay() {
        for input in [
            "52000",
            "52,000",
            "$52,000",
            "52k",
            "52K",
            " 52 000 ",
            "$ 52,000",
            "52 k",
            "52000.00",
            "$52k",
            "52.0k",
            "\u{a0}52\u{202f}000",
        ] {
            assert_eq!(yearly(input), Ok(52_000_00), "{input:?}");
        }
        assert_eq!(yearly("52.5k"), Ok(52_500_00));
        assert_eq!(yearly("52.125k"), Ok(52_125_00));
        assert_eq!(yearly("1,250,000"), Ok(1_250_000_00));
        assert_eq!(parse_pay("25.50", Period::Hour).unwrap().cents, 25_50);
        assert_eq!(parse_pay("25.5", Period::Hour).unwrap().cents, 25_50);
        assert_eq!(parse_pay(".5k", Period::Month).unwrap().cents, 500_00);
    }

    #[test]
    fn explains_what_is_wrong() {
        let cases = [
            ("", PayError::Empty),
            ("   ", PayError::Empty),
            ("abc", PayError::NotANumber),
            ("52,000 a year", PayError::NotANumber),
            ("52kk", PayError::NotANumber),
            ("5e4", PayError::NotANumber),
            ("NaN", PayError::NotANumber),
            ("1.2.3", PayError::NotANumber),
            ("$", PayError::NotANumber),
            ("k", PayError::NotANumber),
            (".", PayError::NotANumber),
            ("52.", PayError::NotANumber),
            ("5,20,00", PayError::BadGrouping),
            (",520", PayError::BadGrouping),
            ("52000,", PayError::BadGrouping),
            ("52.000", PayError::TooManyDecimals),
            ("0", PayError::NotPositive),
            ("$0.00", PayError::NotPositive),
            ("-52000", PayError::NotPositive),
            ("−52,000", PayError::NotPositive),
            ("-$52k", PayError::NotPositive),
            ("$-52k", PayError::NotPositive),
            ("10,000,001", PayError::TooLarge),
            ("99999999999999999999999999999", PayError::TooLarge),
        ];
        for (input, expected) in cases {
            assert_eq!(yearly(input), Err(expected), "{input:?}");
        }
        assert_eq!(yearly(&"9".repeat(100_000)), Err(PayError::NotANumber));
    }

    #[test]
    fn the_yearly_limit_applies_to_every_period() {
        assert!(parse_pay("10,000,000", Period::Year).is_ok());
        assert_eq!(parse_pay("833,334", Period::Month), Err(PayError::TooLarge));
        assert!(parse_pay("833,333", Period::Month).is_ok());
        assert_eq!(
            parse_pay("4807", Period::Hour).map(|p| p.annual_cents()),
            Ok(9_998_560_00)
        );
        assert_eq!(parse_pay("4808", Period::Hour), Err(PayError::TooLarge));
    }

    #[test]
    fn messages_are_specific() {
        assert_eq!(
            PayError::Empty.to_string(),
            "Enter your current pay, like 52,000 or 52k"
        );
        assert!(PayError::TooLarge
            .to_string()
            .contains("$10,000,000 a year"));
        assert!(!PayError::NotANumber
            .to_string()
            .to_lowercase()
            .contains("invalid"));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::super::money::format_usd_exact;
    use super::*;
    use crate::ui::text::group_thousands;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn formatted_amounts_read_back_exactly(cents in 1u64..=MAX_ANNUAL_CENTS) {
            prop_assert_eq!(parse_amount(&format_usd_exact(cents)), Ok(cents));
        }

        #[test]
        fn plain_and_grouped_and_k_forms_agree(dollars in 1u64..=10_000_000) {
            let plain = parse_amount(&dollars.to_string());
            prop_assert_eq!(plain, Ok(dollars * 100));
            prop_assert_eq!(parse_amount(&group_thousands(dollars)), plain);
            let k = format!("{}.{:03}k", dollars / 1000, dollars % 1000);
            prop_assert_eq!(parse_amount(&k), plain);
        }

        #[test]
        fn no_input_panics_and_errors_always_explain(input in "\\PC{0,60}", p in prop::sample::select(Period::ALL.to_vec())) {
            match parse_pay(&input, p) {
                Ok(pay) => {
                    prop_assert!(pay.cents > 0);
                    prop_assert!(pay.annual_cents() <= MAX_ANNUAL_CENTS);
                }
                Err(err) => prop_assert!(!err.to_string().is_empty()),
            }
        }
    }
}
