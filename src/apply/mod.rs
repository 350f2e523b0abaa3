//! The application wizard. The model — [`answers`], [`config`], [`validate`], [`steps`]
//! (the state machine), [`draft`], [`reference`], [`payload`], [`submission`] (sending) —
//! is pure and tested natively; [`view`] renders it, loaded as a chunk of its own.

pub mod answers;
pub mod cohorts;
pub mod config;
pub mod draft;
pub mod payload;
pub mod prefill;
pub mod reference;
pub mod steps;
pub mod submission;
pub mod validate;
pub mod view;

use crate::routing::page::StepId;
use leptos::prelude::Signal;

crate::ui::chunk::split_point! {
    chunk apply, preload preload_parse;
    /// Parses the wizard's configuration, so the first render does not (see
    /// `shell::capabilities`).
    pub fn parse() -> () {
        let _ = config::APPLICATION.try_get();
    }
}

crate::ui::chunk::split_point! {
    chunk apply, preload preload;
    /// The wizard, on the step the address asks for (`None`: wherever the visitor should be).
    pub fn page(requested: Signal<Option<StepId>>) -> AnyView {
        view::page(requested)
    }
}
