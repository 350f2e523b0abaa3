//! Roadmap progress without an account: which steps a visitor marked done, kept as a small
//! versioned JSON value in the browser's storage.

use crate::platform::storage::{Area, Restored, Versioned};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Where progress is kept; the version goes up when the stored shape changes, and older
/// values are then ignored, not misread.
pub const PROGRESS_STORE: Versioned = Versioned {
    key: "career-guide:roadmap-progress",
    version: 1,
    area: Area::Local,
};

/// Steps marked done, numbered from 1 to `total`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    total: usize,
    done: BTreeSet<usize>,
}

/// The stored shape (beside the store's version).
#[derive(Serialize, Deserialize)]
pub struct Stored {
    done: Vec<usize>,
}

impl Progress {
    pub fn new(total: usize) -> Self {
        Progress {
            total,
            done: BTreeSet::new(),
        }
    }

    pub fn total(&self) -> usize {
        self.total
    }

    pub fn done_count(&self) -> usize {
        self.done.len()
    }

    pub fn is_done(&self, step: usize) -> bool {
        self.done.contains(&step)
    }

    /// Marks or unmarks `step`; numbers outside 1..=total are ignored.
    pub fn set(&mut self, step: usize, done: bool) {
        if !(1..=self.total).contains(&step) {
            return;
        }
        if done {
            self.done.insert(step);
        } else {
            self.done.remove(&step);
        }
    }

    pub fn reset(&mut self) {
        self.done.clear();
    }

    /// Whole percent done, for the bar.
    pub fn percent(&self) -> usize {
        (self.done.len() * 100).checked_div(self.total).unwrap_or(0)
    }

    /// What the bar says, e.g. "3 of 8 done".
    pub fn label(&self) -> String {
        format!("{} of {} done", self.done.len(), self.total)
    }

    pub fn to_stored(&self) -> Stored {
        Stored {
            done: self.done.iter().copied().collect(),
        }
    }

    /// Progress from what was stored; anything unreadable, from another version, or out of
    /// range counts as no progress rather than an error the visitor must deal with.
    pub fn from_stored(total: usize, restored: Restored<Stored>) -> Self {
        let mut progress = Progress::new(total);
        if let Restored::Found(stored) = restored {
            for step in stored.done {
                progress.set(step, true);
            }
        }
        progress
    }

    pub fn to_json(&self) -> String {
        PROGRESS_STORE.encode(&self.to_stored())
    }

    pub fn from_json(total: usize, json: &str) -> Self {
        Progress::from_stored(total, PROGRESS_STORE.decode(Some(json)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marking_counts_and_labels() {
        let mut p = Progress::new(8);
        p.set(1, true);
        p.set(3, true);
        p.set(5, true);
        assert_eq!(p.label(), "3 of 8 done");
        assert_eq!(p.percent(), 37);
        p.set(3, false);
        assert_eq!(p.label(), "2 of 8 done");
        assert!(p.is_done(5) && !p.is_done(3));
    }

    #[test]
    fn steps_outside_the_roadmap_are_ignored() {
        let mut p = Progress::new(8);
        p.set(0, true);
        p.set(9, true);
        assert_eq!(p.done_count(), 0);
    }

    #[test]
    fn reset_clears_everything() {
        let mut p = Progress::new(8);
        (1..=8).for_each(|s| p.set(s, true));
        assert_eq!(p.percent(), 100);
        p.reset();
        assert_eq!(p.label(), "0 of 8 done");
    }

    #[test]
    fn stored_json_round_trips() {
        let mut p = Progress::new(8);
        p.set(2, true);
        p.set(8, true);
        assert_eq!(p.to_json(), r#"{"version":1,"done":[2,8]}"#);
        assert_eq!(Progress::from_json(8, &p.to_json()), p);
    }

    #[test]
    fn unreadable_or_foreign_values_mean_no_progress() {
        for junk in [
            "",
            "null",
            "{",
            r#"{"version":2,"done":[1]}"#,
            r#"{"done":[1]}"#,
            "[1,2]",
        ] {
            assert_eq!(Progress::from_json(8, junk).done_count(), 0, "{junk}");
        }
        assert_eq!(
            Progress::from_json(8, r#"{"version":1,"done":[1,99,0]}"#).done_count(),
            1
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_marking_round_trips_through_storage(marks in proptest::collection::vec((0usize..12, any::<bool>()), 0..40)) {
            let mut p = Progress::new(8);
            for (step, done) in marks {
                p.set(step, done);
            }
            prop_assert!(p.done_count() <= 8);
            prop_assert_eq!(Progress::from_json(8, &p.to_json()), p);
        }

        #[test]
        fn no_stored_text_can_break_loading(text in ".{0,80}") {
            let p = Progress::from_json(8, &text);
            prop_assert!(p.done_count() <= 8);
        }
    }
}
