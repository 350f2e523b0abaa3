//! The guide's pages, thin views over [`crate::guide::model`] and
//! [`crate::guide::progress`].

pub mod blocks;
pub mod faq;
pub mod overview;
pub mod progress;
pub mod roadmap;
pub mod sections;
pub mod state;
