//! Application reference numbers like `MA-7K3P-X9QD`: random, and written only with
//! characters nobody confuses when reading them aloud or copying them by hand.

/// Digits and capitals without 0/O, 1/I/L.
pub const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const PREFIX: &str = "MA";
const GROUPS: usize = 2;
const GROUP_LEN: usize = 4;
/// Random bytes to ask for: enough that running out is practically impossible (each byte is
/// kept with probability 248/256).
pub const RANDOM_BYTES_NEEDED: usize = 32;

/// Builds a reference from random bytes, or `None` if they run out first.
///
/// Bytes of 248 and above are skipped so every character is equally likely
/// (248 = 8 × 31).
pub fn reference_from_bytes(bytes: &[u8]) -> Option<String> {
    let mut chars = bytes
        .iter()
        .filter(|b| **b < 248)
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char);
    let mut reference = String::from(PREFIX);
    for _ in 0..GROUPS {
        reference.push('-');
        for _ in 0..GROUP_LEN {
            reference.push(chars.next()?);
        }
    }
    Some(reference)
}

/// Whether `text` has the shape of a reference.
pub fn is_reference(text: &str) -> bool {
    let mut parts = text.split('-');
    parts.next() == Some(PREFIX)
        && parts.clone().count() == GROUPS
        && parts
            .all(|group| group.len() == GROUP_LEN && group.bytes().all(|b| ALPHABET.contains(&b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_have_the_promised_shape() {
        let bytes: Vec<u8> = (0..32).collect();
        let reference = reference_from_bytes(&bytes).unwrap();
        assert_eq!(reference, "MA-2345-6789");
        assert!(is_reference(&reference));
    }

    #[test]
    fn biased_bytes_are_skipped_and_running_out_is_reported() {
        let mut bytes = vec![255u8; 10];
        bytes.extend([30u8; 8]);
        assert_eq!(reference_from_bytes(&bytes).unwrap(), "MA-ZZZZ-ZZZZ");
        assert_eq!(reference_from_bytes(&[1, 2, 3]), None);
    }

    #[test]
    fn the_alphabet_has_no_lookalikes() {
        for c in b"01OIL" {
            assert!(!ALPHABET.contains(c));
        }
        assert!(!is_reference("MA-0000-1111"));
        assert!(!is_reference("MA-2345-678"));
        assert!(!is_reference("XX-2345-6789"));
        assert!(!is_reference("MA-2345-6789-ABCD"));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_random_bytes_give_a_well_formed_reference(bytes in proptest::collection::vec(0u8..248, 8..64)) {
            let reference = reference_from_bytes(&bytes).unwrap();
            prop_assert!(is_reference(&reference));
        }
    }
}
