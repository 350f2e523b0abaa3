//! The salary comparison widget: two levels side by side, the visitor's own pay against
//! every level, a chart and a table. Its state lives in the URL query (or in memory when
//! embedded), so a link shares it and a reload restores it.

mod chart;
mod controls;
mod table;

use super::compare::{sentence, Figure};
use super::figures::{salary_data, Level, SALARIES};
use super::money::{format_usd, shown, Period, HOURS_PER_YEAR};
use super::pay_input::{parse_pay, Pay, PayError};
use super::query::Comparison;
use crate::platform::host_events::HostEvent;
use crate::routing::nav::use_nav;
use crate::ui::deferred::{BelowTheFold, FirstScreen};
use crate::ui::heading::Heading;
use crate::ui::instance::use_instance;
use crate::ui::page_meta::set_page_meta;
use crate::ui::pages::{ApplyNow, ContentProblem};
use crate::ui::text::group_thousands;
use controls::{LevelPicker, PayField, PeriodChoice};
use leptos::prelude::*;

/// The page's title, without the site name.
pub const TITLE: &str = "Compare backend salaries";
const LEDE: &str = "See what backend developers earn according to the figures the guide quotes, and how they compare with your own pay.";

/// The widget, or a message if its figures are broken.
pub fn page() -> AnyView {
    match SALARIES.try_get() {
        Ok(_) => view! { <SalaryPage /> }.into_any(),
        Err(error) => view! { <ContentProblem error=error /> }.into_any(),
    }
}

#[component]
pub fn SalaryPage() -> impl IntoView {
    let data = salary_data();
    set_page_meta(TITLE.into(), LEDE);
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
            per: next.per.name(),
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
            <Heading level=1>{TITLE}</Heading>
            <p class="cg-lede">{LEDE}</p>
            <p class="cg-inset">{data.note.as_str()}</p>

            // Not forms: the choices take effect as they change, so there is nothing to
            // submit, and two widgets on one page would make two unnamed form landmarks.
            <div class="cg-salary__choose cg-needs-script">
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
                    {format!("Hourly figures assume a {}-hour working year (40 hours a week for 52 weeks); monthly figures are a twelfth of a year.", group_thousands(HOURS_PER_YEAR))}
                </p>
            </div>

            // On the first screen too, but a task after the choices: together they compile
            // too much code in one task for a slow phone.
            <FirstScreen>
                <section class="cg-salary__result">
                    <Heading level=2>"Side by side"</Heading>
                    <div class="cg-salary__pair">
                        {move || level_a.get().map(|l| view! { <LevelCard level=l per=per.get() /> })}
                        {move || level_b.get().map(|l| view! { <LevelCard level=l per=per.get() /> })}
                    </div>
                    <p class="cg-salary__sentence" aria-live="polite" data-testid="comparison">{comparison}</p>
                </section>
            </FirstScreen>

            <BelowTheFold>
                <section class="cg-salary__own cg-needs-script">
                    <Heading level=2>"Compare with your pay"</Heading>
                    <div class="cg-salary__pay">
                        <PayField text=pay_text error=pay_error
                            on_commit=Callback::new(move |_| commit_pay(false))
                            on_enter=Callback::new(move |_| commit_pay(true)) />
                        <PeriodChoice name="pay-per" legend="Paid" selected=pay_per.into()
                            on_pick=Callback::new(move |p: Period| {
                                update(&|c: &mut Comparison| c.pay_per = p);
                                if pay_error.get_untracked().is_some() { commit_pay(true); }
                            }) />
                        <button type="button" class="cg-button" on:click=move |_| commit_pay(true)>"Compare my pay"</button>
                    </div>
                    <OwnPayResults own_pay=own_pay per=per />
                </section>

            </BelowTheFold>
            // Each part mounts in its own task, so none blocks input for long on a slow phone.
            <BelowTheFold>
                <chart::PayChart own_pay=own_pay per=per />
            </BelowTheFold>
            <BelowTheFold>
                <table::FigureTable own_pay=own_pay per=per />
                <table::Sources />
                <Projections />
                <ApplyNow />
            </BelowTheFold>
        </article>
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
                    <p>{format!("Your pay: {} {}.", format_usd(shown(pay.annual_cents(), per), per.shows_cents()), per.suffix())}</p>
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
