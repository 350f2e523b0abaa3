//! Roadmap progress as a reactive value, loaded from and saved to browser storage, shared
//! by every roadmap page of one mounted instance.

use crate::guide::model::guide;
use crate::guide::progress::{Progress, PROGRESS_STORE};
use crate::platform::storage;
use crate::ui::instance::use_instance;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ProgressState {
    pub progress: RwSignal<Progress>,
    /// False when storage is blocked or full: the page then says progress will not be kept.
    pub kept: RwSignal<bool>,
}

impl ProgressState {
    fn load() -> Self {
        let total = guide().roadmap.steps.len();
        ProgressState {
            progress: RwSignal::new(Progress::from_stored(total, PROGRESS_STORE.load())),
            kept: RwSignal::new(storage::is_available()),
        }
    }

    pub fn set(&self, step: usize, done: bool) {
        self.progress.update(|p| p.set(step, done));
        self.save();
    }

    pub fn reset(&self) {
        self.progress.update(Progress::reset);
        self.save();
    }

    fn save(&self) {
        let stored = self.progress.with_untracked(Progress::to_stored);
        if PROGRESS_STORE.save(&stored).is_err() {
            self.kept.set(false);
        }
    }
}

/// The instance's progress, loaded when a roadmap page first needs it.
pub fn use_progress() -> ProgressState {
    use_instance().shared(ProgressState::load)
}
