//! Ties the capabilities into a mounted instance: its options ([`options`]), the root with
//! navigation ([`root`]), the frame that loads each page's chunk ([`frame`]) and the
//! standalone site's header and footer ([`site`]).

pub mod capabilities;
pub mod frame;
pub mod options;
pub mod prerender;
pub mod root;
pub mod site;
