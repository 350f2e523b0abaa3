//! The bar chart: inline SVG, no chart library. Bars are sized with integer arithmetic and
//! SVG attributes only (no inline styles, so it works under a strict CSP); colours come
//! from the stylesheet, so dark mode and print follow it.

use crate::salary::figures::salary_data;
use crate::salary::money::{format_usd, shown, Period};
use crate::salary::pay_input::Pay;
use leptos::prelude::*;

const WIDTH: u64 = 320;
const ROW: u64 = 46;
const BAR: u64 = 16;
const LABEL_GAP: u64 = 18;
const TOP: u64 = 8;

struct Row {
    label: String,
    cents: u64,
    own: bool,
}

#[component]
pub fn PayChart(own_pay: Memo<Option<Pay>>, per: Memo<Period>) -> impl IntoView {
    let rows = move || {
        let per = per.get();
        let mut rows: Vec<Row> = salary_data()
            .levels
            .iter()
            .map(|level| Row {
                label: format!("{}: {}", level.label, level.describe(per)),
                cents: shown(level.annual_cents(), per),
                own: false,
            })
            .collect();
        if let Some(pay) = own_pay.get() {
            let cents = shown(pay.annual_cents(), per);
            rows.push(Row {
                label: format!(
                    "Your pay: {} {}",
                    format_usd(cents, per.shows_cents()),
                    per.suffix()
                ),
                cents,
                own: true,
            });
        }
        rows
    };
    let description = move || {
        let listed: Vec<String> = rows().into_iter().map(|r| r.label).collect();
        format!(
            "Bar chart of backend pay {}. {}.",
            per.get().per_label(),
            listed.join("; ")
        )
    };
    let chart = move || {
        let rows = rows();
        let max = rows.iter().map(|r| r.cents).max().unwrap_or(1).max(1);
        let height = TOP + ROW * rows.len() as u64;
        let own_x = rows.iter().find(|r| r.own).map(|r| r.cents * WIDTH / max);
        view! {
            <svg
                class="cg-chart"
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-labelledby="pay-chart-title pay-chart-desc"
                focusable="false"
            >
                <title id="pay-chart-title">{move || format!("Backend pay {}", per.get().per_label())}</title>
                <desc id="pay-chart-desc">{description}</desc>
                {rows
                    .into_iter()
                    .enumerate()
                    .map(|(i, row)| {
                        let y = TOP + ROW * i as u64;
                        let width = (row.cents * WIDTH / max).max(2);
                        let class = if row.own { "cg-chart__bar cg-chart__bar--own" } else { "cg-chart__bar" };
                        view! {
                            <g class=if row.own { "cg-chart__row cg-chart__row--own" } else { "cg-chart__row" }>
                                <text class="cg-chart__label" x="0" y=(y + 12).to_string()>{row.label}</text>
                                <rect class=class x="0" y=(y + LABEL_GAP).to_string() width=width.to_string() height=BAR.to_string() rx="2" />
                            </g>
                        }
                    })
                    .collect_view()}
                {own_x.map(|x| {
                    let x = x.clamp(1, WIDTH - 1).to_string();
                    view! { <line class="cg-chart__marker" x1=x.clone() x2=x y1=TOP.to_string() y2=height.to_string() /> }
                })}
            </svg>
        }
    };
    view! {
        <figure class="cg-figure">
            {chart}
            <figcaption class="cg-hint">
                "Bars are to scale within the chart. The same figures, with their sources, are in the table below."
                {move || own_pay.get().is_some().then_some(" The dashed line marks your pay.")}
            </figcaption>
        </figure>
    }
}
