//! The roadmap: the list of all 8 steps with progress, and one page per step with
//! previous/next links. The list page also carries every step's text for printing.

use super::blocks::Blocks;
use super::progress::{ProgressSummary, ResetProgress, StepDone};
use super::state::use_progress;
use crate::guide::model::{describe_blocks, guide, page_title, Step};
use crate::routing::nav::Link;
use crate::routing::page::Page;
use crate::ui::deferred::BelowTheFold;
use crate::ui::heading::Heading;
use crate::ui::page_meta::set_page_meta;
use crate::ui::pages::ApplyNow;
use leptos::prelude::*;

#[component]
pub fn RoadmapIndex() -> impl IntoView {
    let roadmap = &guide().roadmap;
    set_page_meta(
        page_title(guide(), Page::Roadmap),
        &describe_blocks(&roadmap.heading, &roadmap.blocks),
    );
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <article class="cg-article">
            <Heading level=1>{roadmap.heading.as_str()}</Heading>
            <Blocks blocks=&roadmap.blocks />
            <ProgressSummary />
            <ol class="cg-steps">
                {roadmap
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, step)| view! { <StepRow number=i + 1 step=step /> })
                    .collect_view()}
            </ol>
            <div class="cg-button-group cg-no-print cg-needs-script">
                <ResetProgress />
                <button type="button" class="cg-button cg-button--secondary" on:click=print>
                    "Print the whole roadmap"
                </button>
            </div>
            <ApplyNow />
        </article>
    }
}

/// A step in the list: link, done mark, and (in print only) its full text.
#[component]
fn StepRow(number: usize, step: &'static Step) -> impl IntoView {
    let state = use_progress();
    let done = move || state.progress.with(|p| p.is_done(number));
    view! {
        <li class="cg-steps__item" class:cg-steps__item--done=done>
            <div class="cg-steps__row">
                <Link to=Page::Step(number) class="cg-steps__link">
                    <span class="cg-steps__number">{format!("Step {number}")}</span>
                    <span class="cg-steps__title">{step.full_title()}</span>
                </Link>
                <StepDone step=number compact=true />
            </div>
            <div class="cg-print-only">
                <BelowTheFold>
                    <Blocks blocks=&step.blocks />
                </BelowTheFold>
            </div>
        </li>
    }
}

#[component]
pub fn StepPage(number: usize) -> impl IntoView {
    let guide = guide();
    let Some(step) = guide.step(number) else {
        return view! { <crate::ui::pages::NotFound /> }.into_any();
    };
    set_page_meta(
        page_title(guide, Page::Step(number)),
        &describe_blocks(&step.title, &step.blocks),
    );
    let total = guide.roadmap.steps.len();
    let previous = guide.step(number - 1).map(|s| (number - 1, s));
    let next = guide.step(number + 1).map(|s| (number + 1, s));
    view! {
        <article class="cg-article">
            <p class="cg-caption">
                <Link to=Page::Roadmap>"The 8-step roadmap"</Link>
                <span aria-hidden="true">{" › "}</span>
                {format!("Step {number} of {total}")}
            </p>
            <Heading level=1>{step.full_title()}</Heading>
            <Blocks blocks=&step.blocks />
            <StepDone step=number />
            <ProgressSummary />
            <BelowTheFold>
                <nav class="cg-pagination cg-no-print" aria-label="Previous and next steps">
                    <ul>
                        {previous.map(|(n, s)| view! {
                            <li class="cg-pagination__prev">
                                <Link to=Page::Step(n)>
                                    <span class="cg-pagination__dir">{"Previous step"}</span>
                                    <span class="cg-pagination__title">{format!("Step {n}: {}", s.title)}</span>
                                </Link>
                            </li>
                        })}
                        {next.map(|(n, s)| view! {
                            <li class="cg-pagination__next">
                                <Link to=Page::Step(n)>
                                    <span class="cg-pagination__dir">{"Next step"}</span>
                                    <span class="cg-pagination__title">{format!("Step {n}: {}", s.title)}</span>
                                </Link>
                            </li>
                        })}
                    </ul>
                </nav>
                {(next.is_none()).then(|| view! { <ApplyNow /> })}
                <nav class="cg-step-list cg-no-print" aria-labelledby="all-steps-heading">
                    <Heading level=2 id="all-steps-heading">"All 8 steps"</Heading>
                    <ol>
                        {guide
                            .roadmap
                            .steps
                            .iter()
                            .enumerate()
                            .map(|(i, s)| view! { <StepListItem number=i + 1 step=s current=i + 1 == number /> })
                            .collect_view()}
                    </ol>
                </nav>
            </BelowTheFold>
        </article>
    }
    .into_any()
}

#[component]
fn StepListItem(number: usize, step: &'static Step, current: bool) -> impl IntoView {
    let state = use_progress();
    let done = move || state.progress.with(|p| p.is_done(number));
    let title = format!("Step {number}: {}", step.title);
    view! {
        <li class:cg-step-list__done=done>
            {if current {
                view! { <span aria-current="step" class="cg-step-list__current">{title}</span> }.into_any()
            } else {
                view! { <Link to=Page::Step(number)>{title}</Link> }.into_any()
            }}
            <Show when=done>
                <span class="cg-tag">{"Done"}</span>
            </Show>
        </li>
    }
}
