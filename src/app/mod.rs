//! The application shell: the route table ([`page`]), navigation by URL or in memory
//! ([`nav`]), the page frame ([`shell`]) and the root component ([`root`]).

pub mod confirm;
pub mod heading;
pub mod later;
pub mod nav;
pub mod page;
pub mod root;
pub mod shell;
pub mod url;
