//! The application wizard. The model — [`answers`], [`validate`], [`steps`] (the state
//! machine), [`draft`], [`reference`], [`payload`], [`submission`] — is pure and tested
//! natively; [`view`] renders it and talks to the browser.

pub mod answers;
pub mod config;
pub mod draft;
pub mod payload;
pub mod reference;
pub mod steps;
pub mod submission;
pub mod validate;
pub mod view;
