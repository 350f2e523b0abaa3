//! Query strings and fragments, read and written without the browser so both navigation
//! modes (and the native tests) share one implementation. Decoding is `form_urlencoded`'s;
//! encoding escapes everything but RFC 3986's unreserved characters, so a space is `%20`
//! in the address bar and in shared links alike.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything but ALPHA / DIGIT / "-" / "." / "_" / "~" is escaped.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Splits "a=1&b=x%20y" (with or without the leading '?') into decoded pairs; '+' is a
/// space, malformed escapes are kept as written and invalid UTF-8 becomes U+FFFD.
pub fn parse_query(search: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
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
    utf8_percent_encode(text, ESCAPED).to_string()
}

/// Decodes the %XX escapes of a fragment; invalid UTF-8 becomes U+FFFD.
pub fn decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// An absolute path of safe characters: "/", "/careers", "/en/careers".
pub fn is_base_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.contains("//")
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~'))
}

/// Where applications may be sent: an http(s) URL or a path of this site, no spaces.
pub fn is_endpoint(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with('/'))
        && !lower.starts_with("//")
        && !url.chars().any(char::is_whitespace)
}

/// Links we put in `href`: http(s), site paths, or same-page anchors — never `javascript:`.
pub fn is_safe_link(url: &str) -> bool {
    is_endpoint(url)
        || (url.starts_with('#') && url.len() > 1 && !url.chars().any(char::is_whitespace))
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

    #[test]
    fn fragments_decode_whole() {
        assert_eq!(decode("how-long"), "how-long");
        assert_eq!(decode("a%20b&c=d+e"), "a b&c=d+e");
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

        #[test]
        fn fragments_round_trip(text in "\\PC{0,20}") {
            prop_assert_eq!(decode(&encode(&text)), text);
        }
    }
}
