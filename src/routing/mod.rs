//! Where a mounted instance is and how it moves: the route table ([`page`]), query strings
//! ([`url`]), and navigation by URL or in memory with the [`nav::Link`] component ([`nav`]);
//! and where the visit came from, read from the host page's address ([`attribution`]).

pub mod attribution;
pub mod nav;
pub mod page;
pub mod url;
