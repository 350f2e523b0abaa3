//! The figures as a real data table, with sources, years and the gap to the visitor's pay.

use crate::salary::compare::{difference, Figure};
use crate::salary::figures::salary_data;
use crate::salary::money::Period;
use crate::salary::pay_input::Pay;
use leptos::prelude::*;

#[component]
pub fn FigureTable(own_pay: Memo<Option<Pay>>, per: Memo<Period>) -> impl IntoView {
    view! {
        <div class="cg-table-wrap" tabindex="0" role="region" aria-labelledby="figures-caption">
            <table class="cg-table">
                <caption id="figures-caption" class="cg-table__caption">
                    {move || format!("Backend pay figures quoted by the guide, {}", per.get().per_label())}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Level"</th>
                        <th scope="col">"Pay"</th>
                        <th scope="col">"Basis"</th>
                        <th scope="col">"Source"</th>
                        <th scope="col">"Year"</th>
                        {move || own_pay.get().is_some().then(|| view! { <th scope="col">"Compared with your pay"</th> })}
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
                                        <th scope="row">{level.label.as_str()}</th>
                                        <td>{level.describe(per)}</td>
                                        <td>{level.basis.label()}</td>
                                        <td>{level.source.as_str()}</td>
                                        <td>{level.year}</td>
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
