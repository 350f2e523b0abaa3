//! The comparison a visitor has set up, as URL query parameters, so a link shares it and a
//! reload restores it. Anything malformed falls back to the default for that one parameter.

use super::figures::SalaryData;
use super::money::Period;
use super::pay_input::parse_pay;

/// Longest pay text kept from a URL; longer values are ignored.
const MAX_PAY_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Level ids of the two figures side by side.
    pub from: String,
    pub to: String,
    /// The period every figure is shown in.
    pub per: Period,
    /// The visitor's pay exactly as typed ("" when none).
    pub pay: String,
    /// The period the visitor's pay is given in.
    pub pay_per: Period,
}

impl Comparison {
    pub fn default_for(data: &SalaryData) -> Comparison {
        let (from, to) = data.default_pair();
        Comparison {
            from,
            to,
            per: Period::Year,
            pay: String::new(),
            pay_per: Period::Year,
        }
    }

    /// Reads query pairs; unknown keys are ignored and bad values fall back to defaults.
    pub fn from_query<'a>(
        data: &SalaryData,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Comparison {
        let mut state = Comparison::default_for(data);
        for (key, value) in pairs {
            match key {
                "from" if data.level(value).is_some() => state.from = value.to_owned(),
                "to" if data.level(value).is_some() => state.to = value.to_owned(),
                "per" => state.per = Period::from_name(value).unwrap_or(state.per),
                "pay" if value.chars().count() <= MAX_PAY_CHARS => state.pay = value.to_owned(),
                "pay_per" => state.pay_per = Period::from_name(value).unwrap_or(state.pay_per),
                _ => {}
            }
        }
        // A pay that does not read as pay is dropped, not shown with an error.
        if parse_pay(&state.pay, state.pay_per).is_err() {
            state.pay.clear();
        }
        state
    }

    /// The query pairs for this state; defaults are left out to keep links short.
    pub fn to_query(&self, data: &SalaryData) -> Vec<(&'static str, String)> {
        let default = Comparison::default_for(data);
        let mut pairs = Vec::new();
        if self.from != default.from {
            pairs.push(("from", self.from.clone()));
        }
        if self.to != default.to {
            pairs.push(("to", self.to.clone()));
        }
        if self.per != Period::Year {
            pairs.push(("per", self.per.name().to_owned()));
        }
        if !self.pay.trim().is_empty() {
            pairs.push(("pay", self.pay.clone()));
        }
        if self.pay_per != Period::Year {
            pairs.push(("pay_per", self.pay_per.name().to_owned()));
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::salary::figures::salary_data;

    #[test]
    fn an_empty_query_is_the_default_comparison() {
        let state = Comparison::from_query(salary_data(), []);
        assert_eq!(
            (state.from.as_str(), state.to.as_str()),
            ("average", "entry-level")
        );
        assert_eq!(state.per, Period::Year);
        assert!(state.to_query(salary_data()).is_empty());
    }

    #[test]
    fn a_shared_query_restores_the_state() {
        let data = salary_data();
        let state = Comparison::from_query(
            data,
            [
                ("from", "experienced"),
                ("to", "total-compensation"),
                ("per", "month"),
                ("pay", "$52,000"),
                ("pay_per", "month"),
            ],
        );
        assert_eq!(state.from, "experienced");
        assert_eq!(state.pay, "$52,000");
        assert_eq!(state.pay_per, Period::Month);
        let pairs = state.to_query(data);
        let back = Comparison::from_query(data, pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, state);
    }

    #[test]
    fn malformed_values_fall_back_one_by_one() {
        let state = Comparison::from_query(
            salary_data(),
            [
                ("from", "<script>"),
                ("to", "experienced"),
                ("per", "fortnight"),
                ("pay", &"9".repeat(500)),
                ("zzz", "1"),
            ],
        );
        assert_eq!(state.from, "average");
        assert_eq!(state.to, "experienced");
        assert_eq!(state.per, Period::Year);
        assert_eq!(state.pay, "");
        let state = Comparison::from_query(salary_data(), [("pay", "abc"), ("pay_per", "hour")]);
        assert_eq!(state.pay, "");
        let state = Comparison::from_query(salary_data(), [("pay", "9000"), ("pay_per", "hour")]);
        assert_eq!(state.pay, "", "9,000 an hour is over the yearly limit");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::salary::figures::salary_data;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_query_gives_a_usable_state(pairs in proptest::collection::vec(("[a-z_]{0,8}", "\\PC{0,50}"), 0..8)) {
            let data = salary_data();
            let state = Comparison::from_query(data, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            prop_assert!(data.level(&state.from).is_some());
            prop_assert!(data.level(&state.to).is_some());
            let again = state.to_query(data);
            let back = Comparison::from_query(data, again.iter().map(|(k, v)| (*k, v.as_str())));
            // Whitespace-only pay is dropped from links, which is the same as no pay.
            prop_assert_eq!(back.pay.trim(), state.pay.trim());
        }
    }
}
