//! One download per capability opened first. The split leaves each capability needing
//! its own module plus a dozen small modules of code it shares with others, and every
//! `fetch()` costs the main thread about a millisecond on a slow phone (more while the
//! browser records the page, as Lighthouse does). So each capability also gets a pack:
//! its modules joined into one file, which the chunk loader downloads and slices while
//! almost none of them are here yet (see `link.js`).

use crate::Result;
use std::collections::HashMap;

/// One capability's modules in one file.
pub struct Pack {
    pub split: String,
    /// The name it is served under, e.g. `career-guide-pack_salary-0123456789abcdef.bin`.
    pub file: String,
    pub bytes: Vec<u8>,
    /// Each module's served name with its start and end in `bytes`.
    pub parts: Vec<(String, usize, usize)>,
}

/// The packs of every capability that needs more than one module. `modules` maps the
/// split tool's module stems (`chunk_7`, `split_salary`) to served names and bytes;
/// `hash` names a pack by its contents.
pub fn packs(
    needs: &HashMap<String, Vec<String>>,
    modules: &HashMap<String, (String, Vec<u8>)>,
    hash: impl Fn(&[u8]) -> String,
) -> Result<Vec<Pack>> {
    let mut splits: Vec<&String> = needs.keys().collect();
    splits.sort();
    let mut packs = Vec::new();
    for split in splits {
        let stems = &needs[split];
        if stems.len() < 2 {
            continue;
        }
        let mut bytes = Vec::new();
        let mut parts = Vec::new();
        for stem in stems {
            let (name, module) = modules
                .get(stem)
                .ok_or_else(|| format!("capability {split} needs {stem}, which was not emitted"))?;
            parts.push((name.clone(), bytes.len(), bytes.len() + module.len()));
            bytes.extend_from_slice(module);
        }
        let file = format!("career-guide-pack_{split}-{}.bin", hash(&bytes));
        packs.push(Pack {
            split: split.clone(),
            file,
            bytes,
            parts,
        });
    }
    Ok(packs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn modules() -> HashMap<String, (String, Vec<u8>)> {
        [
            ("chunk_1", vec![1, 2]),
            ("split_a", vec![3, 4, 5]),
            ("split_b", vec![6]),
        ]
        .into_iter()
        .map(|(stem, bytes)| (stem.to_owned(), (format!("cg-{stem}.wasm"), bytes)))
        .collect()
    }

    #[test]
    fn a_pack_joins_a_capabilitys_modules_and_says_where_each_is() {
        let needs = HashMap::from([
            (
                "a".to_owned(),
                vec!["chunk_1".to_owned(), "split_a".to_owned()],
            ),
            ("b".to_owned(), vec!["split_b".to_owned()]),
        ]);
        let packs = packs(&needs, &modules(), |_| "h".to_owned()).unwrap();
        assert_eq!(packs.len(), 1, "a capability of one module needs no pack");
        assert_eq!(packs[0].file, "career-guide-pack_a-h.bin");
        assert_eq!(packs[0].bytes, vec![1, 2, 3, 4, 5]);
        assert_eq!(
            packs[0].parts,
            vec![
                ("cg-chunk_1.wasm".to_owned(), 0, 2),
                ("cg-split_a.wasm".to_owned(), 2, 5)
            ]
        );
    }

    #[test]
    fn a_module_that_was_not_emitted_fails_the_build() {
        let needs = HashMap::from([(
            "a".to_owned(),
            vec!["chunk_9".to_owned(), "split_a".to_owned()],
        )]);
        let error = packs(&needs, &modules(), |_| "h".to_owned()).err().unwrap();
        assert!(error.contains("chunk_9"), "{error}");
    }
}
