//! Components the capabilities share, built from the layers below: headings that shift
//! inside a host page, the form field wrapper and error summary, confirmations, deferred
//! rendering, page titles, the mounted instance, and chunks that load on demand.

pub mod chunk;
pub mod confirm;
pub mod deferred;
pub mod error_summary;
pub mod form_group;
pub mod heading;
pub mod instance;
pub mod locale;
pub mod page_meta;
pub mod pages;
pub mod presets;
pub mod readiness;
pub mod text;
pub mod theme;
