//! The salary comparison widget: two levels side by side, the visitor's own pay against
//! every level, a chart and a table. Its state lives in the URL query (or in memory when
//! embedded), so a link shares it and a reload restores it.

mod chart;
mod table;

use super::compare::{sentence, Figure};
use super::figures::{salary_data, Level};
use super::money::{Period, HOURS_PER_YEAR};
use super::pay_input::{parse_pay, Pay, PayError};
use super::query::Comparison;
use crate::app::heading::Heading;
use crate::app::later::Later;
use crate::app::nav::use_nav;
use crate::app::shell::{use_instance, ApplyNow};
use crate::embed::events::HostEvent;
use leptos::prelude::*;

#[component]
pub fn SalaryPage() -> impl IntoView {
    let data = salary_data();
    let nav = use_nav();
    let instance = use_instance();
    let state = Memo::new(move |_| {
        let location = nav.location();
        Comparison::from_query(
            data,
            location.query.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        )
    });
    let update = move |change: &dyn Fn(&mut Comparison)| {
        let mut next = state.get_untracked();
        change(&mut next);
        let pairs = next
            .to_query(data)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        nav.set_query(pairs);
    };
    let compare_changed = move |next: &Comparison| {
        instance.emit(HostEvent::Compare {
            from: next.from.clone(),
            to: next.to.clone(),
            per: next.per.key(),
        });
    };

    // The pay field is edited locally and committed to the URL on change, so typing never
    // fights with the address bar; comparisons follow every keystroke.
    let pay_text = RwSignal::new(state.get_untracked().pay);
    let pay_per = Memo::new(move |_| state.get().pay_per);
    let pay_error = RwSignal::new(None::<PayError>);
    let own_pay = Memo::new(move |_| parse_pay(&pay_text.get(), pay_per.get()).ok());
    let commit_pay = move |explicit: bool| {
        let text = pay_text.get_untracked();
        let per = pay_per.get_untracked();
        let error = match parse_pay(&text, per) {
            Ok(_) => None,
            // Leaving the field empty simply removes your pay; pressing Compare asks for it.
            Err(PayError::Empty) if !explicit => None,
            Err(err) => Some(err),
        };
        pay_error.set(error);
        if error.is_none() {
            update(&|c: &mut Comparison| c.pay = text.trim().to_owned());
        }
    };

    let per = Memo::new(move |_| state.get().per);
    let level_a = Memo::new(move |_| data.level(&state.get().from).cloned());
    let level_b = Memo::new(move |_| data.level(&state.get().to).cloned());
    let comparison = move || match (level_a.get(), level_b.get()) {
        (Some(a), Some(b)) if a.id != b.id => {
            sentence(&Figure::level(&a), &Figure::level(&b), per.get())
        }
        (Some(a), Some(_)) => format!(
            "You chose {} twice: pick a different level to compare.",
            a.label
        ),
        _ => String::new(),
    };

    view! {
        <article class="cg-article cg-salary">
            <Heading level=1>"Compare backend salaries"</Heading>
            <p class="cg-lede">
                "See what backend developers earn according to the figures the guide quotes, and how they compare with your own pay."
            </p>
            <p class="cg-inset">{data.note.as_str()}</p>

            <form class="cg-salary__choose" on:submit=|ev| ev.prevent_default()>
                <div class="cg-salary__pickers">
                    <LevelPicker id="level-a" label="Compare" selected=Signal::derive(move || state.get().from)
                        on_pick=Callback::new(move |id: String| {
                            update(&|c: &mut Comparison| c.from = id.clone());
                            compare_changed(&state.get_untracked());
                        }) />
                    <LevelPicker id="level-b" label="with" selected=Signal::derive(move || state.get().to)
                        on_pick=Callback::new(move |id: String| {
                            update(&|c: &mut Comparison| c.to = id.clone());
                            compare_changed(&state.get_untracked());
                        }) />
                </div>
                <PeriodChoice name="per" legend="Show pay" selected=per.into()
                    on_pick=Callback::new(move |p: Period| {
                        update(&|c: &mut Comparison| c.per = p);
                        compare_changed(&state.get_untracked());
                    }) />
                <p class="cg-hint">
                    {format!("Hourly figures assume a {}-hour working year (40 hours a week for 52 weeks); monthly figures are a twelfth of a year.", crate::salary::money::group_thousands(HOURS_PER_YEAR))}
                </p>
            </form>

            <section class="cg-salary__result">
                <Heading level=2>"Side by side"</Heading>
                <div class="cg-salary__pair">
                    {move || level_a.get().map(|l| view! { <LevelCard level=l per=per.get() /> })}
                    {move || level_b.get().map(|l| view! { <LevelCard level=l per=per.get() /> })}
                </div>
                <p class="cg-salary__sentence" aria-live="polite" data-testid="comparison">{comparison}</p>
            </section>

            <Later>
                <section class="cg-salary__own">
                    <Heading level=2>"Compare with your pay"</Heading>
                    <form novalidate on:submit=move |ev| { ev.prevent_default(); commit_pay(true); }>
                        <div class="cg-form-group" class:cg-form-group--error=move || pay_error.get().is_some()>
                            <label class="cg-label" for="own-pay">"Your current pay, in US dollars"</label>
                            <div class="cg-hint" id="own-pay-hint">"For example 52000, $52,000 or 52.5k"</div>
                            {move || pay_error.get().map(|err| view! {
                                <p class="cg-error-message" id="own-pay-error">
                                    <span class="cg-visually-hidden">"Error: "</span>{err.to_string()}
                                </p>
                            })}
                            <input
                                class="cg-input cg-input--width-10"
                                class:cg-input--error=move || pay_error.get().is_some()
                                id="own-pay"
                                name="pay"
                                type="text"
                                inputmode="decimal"
                                autocomplete="off"
                                spellcheck="false"
                                aria-describedby=move || if pay_error.get().is_some() { "own-pay-hint own-pay-error" } else { "own-pay-hint" }
                                prop:value=move || pay_text.get()
                                on:input=move |ev| pay_text.set(event_target_value(&ev))
                                on:change=move |_| commit_pay(false)
                            />
                        </div>
                        <PeriodChoice name="pay-per" legend="Paid" selected=pay_per.into()
                            on_pick=Callback::new(move |p: Period| {
                                update(&|c: &mut Comparison| c.pay_per = p);
                                if pay_error.get_untracked().is_some() { commit_pay(true); }
                            }) />
                        <button type="submit" class="cg-button">"Compare my pay"</button>
                    </form>
                    <OwnPayResults own_pay=own_pay per=per />
                </section>

            </Later>
            // Each part mounts in its own task, so none blocks input for long on a slow phone.
            <Later>
                <chart::PayChart own_pay=own_pay per=per />
            </Later>
            <Later>
                <table::FigureTable own_pay=own_pay per=per />
                <table::Sources />
                <Projections />
                <ApplyNow />
            </Later>
        </article>
    }
}

/// A select of every level.
#[component]
fn LevelPicker(
    id: &'static str,
    label: &'static str,
    selected: Signal<String>,
    on_pick: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="cg-form-group">
            <label class="cg-label" for=id>{label}</label>
            <select class="cg-select" id=id on:change=move |ev| on_pick.run(event_target_value(&ev))>
                {salary_data()
                    .levels
                    .iter()
                    .map(|level| {
                        let value = level.id.clone();
                        view! {
                            <option value=level.id.as_str() selected=move || selected.get() == value>
                                {level.label.as_str()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Per year / per month / per hour, as inline radios.
#[component]
fn PeriodChoice(
    name: &'static str,
    legend: &'static str,
    selected: Signal<Period>,
    on_pick: Callback<Period>,
) -> impl IntoView {
    view! {
        <fieldset class="cg-fieldset">
            <legend class="cg-fieldset__legend">{legend}</legend>
            <div class="cg-radios cg-radios--inline">
                {Period::ALL
                    .into_iter()
                    .map(|period| {
                        let id = format!("{name}-{}", period.key());
                        view! {
                            <div class="cg-radios__item">
                                <input class="cg-radios__input" type="radio" id=id.clone() name=name value=period.key()
                                    prop:checked=move || selected.get() == period
                                    on:change=move |_| on_pick.run(period) />
                                <label class="cg-label cg-radios__label" for=id>{period.per_label()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// One level's figure with its qualifier, basis and source.
#[component]
fn LevelCard(level: Level, per: Period) -> impl IntoView {
    view! {
        <div class="cg-card cg-level">
            <p class="cg-level__label">{level.label.clone()}</p>
            <p class="cg-level__amount">{level.describe(per)}</p>
            <p class="cg-level__basis">{level.basis.label()}</p>
            <p class="cg-level__source">{format!("{} ({})", level.source, level.year)}</p>
        </div>
    }
}

/// Every level against the visitor's pay, once the pay reads as a number.
#[component]
fn OwnPayResults(own_pay: Memo<Option<Pay>>, per: Memo<Period>) -> impl IntoView {
    move || {
        own_pay.get().map(|pay| {
            let mine = Figure::own_pay(pay.annual_cents());
            let per = per.get();
            view! {
                <div class="cg-salary__mine" aria-live="polite">
                    <p>{format!("Your pay: {} {}.", crate::salary::money::format_usd(crate::salary::money::shown(pay.annual_cents(), per), per.shows_cents()), per.suffix())}</p>
                    <ul class="cg-list" data-testid="own-pay-results">
                        {salary_data()
                            .levels
                            .iter()
                            .map(|level| view! { <li>{sentence(&Figure::level(level), &mine, per)}</li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The job-growth projections quoted beside the pay figures.
#[component]
fn Projections() -> impl IntoView {
    let projections = &salary_data().projections;
    (!projections.is_empty()).then(|| {
        view! {
            <section class="cg-section">
                <Heading level=2>"Job growth"</Heading>
                <ul class="cg-list">
                    {projections
                        .iter()
                        .map(|p| view! {
                            <li>
                                <strong>{format!("{}: {}% growth, {} to {}", p.label, p.percent, p.from_year, p.to_year)}</strong>
                                {format!(" – {}. Source: {}", p.comparison, p.source)}
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
