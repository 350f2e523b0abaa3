//! The figures as a real data table, with basis, year and the gap to the visitor's pay,
//! narrow enough for a 320px phone; the sources' words are listed below it.

use crate::salary::compare::{difference, Figure};
use crate::salary::figures::salary_data;
use crate::salary::money::Period;
use crate::salary::pay_input::Pay;
use leptos::prelude::*;

#[component]
pub fn FigureTable(own_pay: Memo<Option<Pay>>, per: Memo<Period>) -> impl IntoView {
    view! {
        <div class="cg-table-wrap">
            <table class="cg-table">
                <caption class="cg-table__caption">
                    {move || format!("Backend pay figures quoted by the guide, {}", per.get().per_label())}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{"Level"}</th>
                        <th scope="col">{"Pay"}</th>
                        {move || own_pay.get().is_some().then(|| view! { <th scope="col">{"Compared with your pay"}</th> })}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let per = per.get();
                        let mine = own_pay.get().map(|p| Figure::own_pay(p.annual_cents()));
                        salary_data()
                            .levels
                            .iter()
                            .map(|level| {
                                let gap = mine.as_ref().map(|mine| {
                                    let diff = difference(&Figure::level(level), mine, per);
                                    if diff.direction == crate::salary::compare::Direction::Same {
                                        "The same as your pay".to_owned()
                                    } else {
                                        format!("{} your pay", diff.phrase())
                                    }
                                });
                                view! {
                                    <tr>
                                        <th scope="row">
                                            {level.label.as_str()}
                                            <span class="cg-table__detail">{format!("{}, {}", level.basis.label(), level.year)}</span>
                                        </th>
                                        <td>{level.describe(per)}</td>
                                        {gap.map(|g| view! { <td>{g}</td> })}
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

/// Where each figure comes from, in the source's own words.
#[component]
pub fn Sources() -> impl IntoView {
    view! {
        <section class="cg-section">
            <crate::ui::heading::Heading level=2>"Sources"</crate::ui::heading::Heading>
            <ul class="cg-list cg-sources">
                {salary_data()
                    .levels
                    .iter()
                    .map(|level| view! {
                        <li>
                            <strong>{format!("{}: ", level.label)}</strong>
                            {format!("{} – {}, {}.", level.source, level.cited_in, level.year)}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
