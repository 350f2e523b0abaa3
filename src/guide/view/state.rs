//! Roadmap progress as a reactive value, loaded from and saved to browser storage.

use crate::guide::model::guide;
use crate::guide::progress::{Progress, STORAGE_KEY};
use crate::platform::storage;
use leptos::prelude::*;

/// Progress shared by every roadmap view of one mounted instance.
#[derive(Clone, Copy)]
pub struct ProgressState {
    pub progress: RwSignal<Progress>,
    /// False when storage is blocked or full: the page then says progress will not be kept.
    pub kept: RwSignal<bool>,
}

impl ProgressState {
    pub fn load() -> Self {
        let total = guide().roadmap.steps.len();
        let progress = match storage::read(STORAGE_KEY) {
            Ok(Some(json)) => Progress::from_json(total, &json),
            _ => Progress::new(total),
        };
        ProgressState {
            progress: RwSignal::new(progress),
            kept: RwSignal::new(storage::is_writable()),
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
        let json = self.progress.with_untracked(Progress::to_json);
        if storage::write(STORAGE_KEY, &json).is_err() {
            self.kept.set(false);
        }
    }
}

pub fn use_progress() -> ProgressState {
    expect_context::<ProgressState>()
}
