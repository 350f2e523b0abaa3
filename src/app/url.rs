//! Query strings, read and written without the browser so both navigation modes (and the
//! native tests) share one implementation.

/// Splits "a=1&b=x%20y" (with or without the leading '?') into decoded pairs.
pub fn parse_query(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// Joins pairs into "a=1&b=x%20y" (no leading '?'; empty for no pairs).
pub fn encode_query<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k.as_ref()), encode(v.as_ref())))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes %XX escapes and '+' as space; malformed escapes are kept as written.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_decode() {
        assert_eq!(
            parse_query("?from=average&pay=%2452%2C000&x&y=a+b"),
            [
                ("from", "average"),
                ("pay", "$52,000"),
                ("x", ""),
                ("y", "a b")
            ]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
        );
        assert!(parse_query("").is_empty());
        assert_eq!(parse_query("a=%ZZ%4")[0].1, "%ZZ%4");
        assert_eq!(parse_query("a=%E2%82%AC")[0].1, "€");
        assert_eq!(parse_query("a=%FF")[0].1, "\u{FFFD}");
    }

    #[test]
    fn queries_encode() {
        assert_eq!(
            encode_query(&[("pay", "$52,000 k"), ("per", "month")]),
            "pay=%2452%2C000%20k&per=month"
        );
        assert_eq!(encode_query::<&str, &str>(&[]), "");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn encoding_round_trips(pairs in proptest::collection::vec(("\\PC{0,12}", "\\PC{0,20}"), 0..6)) {
            prop_assert_eq!(parse_query(&encode_query(&pairs)), pairs);
        }
    }
}
