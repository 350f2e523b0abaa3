//! The career guide: the article as data ([`model`]), roadmap progress ([`progress`]) and
//! the pages that show them ([`view`]).

pub mod model;
pub mod progress;
pub mod view;
