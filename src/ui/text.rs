//! Numbers in words the way the product writes them (en-US), shared by every capability.

/// "1234567" → "1,234,567".
pub fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "" for one, "s" otherwise: `format!("{n} character{}", plural(n))`.
pub fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(2_080), "2,080");
        assert_eq!(group_thousands(1_234_567), "1,234,567");
        assert_eq!(plural(1), "");
        assert_eq!(plural(2), "s");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn grouping_only_adds_commas(value in any::<u64>()) {
            let grouped = group_thousands(value);
            prop_assert_eq!(grouped.replace(',', ""), value.to_string());
            prop_assert!(grouped.split(',').skip(1).all(|g| g.len() == 3));
        }
    }
}
