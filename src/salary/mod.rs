//! The salary comparison widget: sourced figures ([`figures`]), money arithmetic
//! ([`money`]), the visitor's pay input ([`pay_input`]), comparisons ([`compare`]), the
//! URL state ([`query`]) and the widget itself ([`view`]), loaded as a chunk of its own.

pub mod compare;
pub mod figures;
pub mod money;
pub mod pay_input;
pub mod query;
pub mod view;

crate::ui::chunk::split_point! {
    chunk salary, preload preload_parse;
    /// Parses the figures, so the first render does not (see `shell::capabilities`).
    pub fn parse() -> () {
        let _ = figures::SALARIES.try_get();
    }
}

crate::ui::chunk::split_point! {
    chunk salary, preload preload;
    /// The salary comparison page.
    pub fn page() -> AnyView {
        view::page()
    }
}
