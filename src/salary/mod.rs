//! The salary comparison widget: sourced figures ([`figures`]), money arithmetic
//! ([`money`]), the visitor's pay input ([`pay_input`]), comparisons ([`compare`]), the
//! URL state ([`query`]) and the widget itself ([`view`]).

pub mod compare;
pub mod figures;
pub mod money;
pub mod pay_input;
pub mod query;
pub mod view;
