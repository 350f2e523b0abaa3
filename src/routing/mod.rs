//! Where a mounted instance is and how it moves: the route table ([`page`]), query strings
//! ([`url`]), and navigation by URL or in memory with the [`nav::Link`] component ([`nav`]).

pub mod nav;
pub mod page;
pub mod url;
