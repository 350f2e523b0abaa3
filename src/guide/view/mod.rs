//! The guide's pages, thin views over [`crate::guide::model`] and
//! [`crate::guide::progress`].

pub mod blocks;
pub mod faq;
pub mod overview;
pub mod progress;
pub mod roadmap;
pub mod sections;
pub mod state;

use crate::guide::model::GUIDE;
use crate::routing::page::Page;
use crate::ui::pages::{ContentProblem, NotFound};
use leptos::prelude::*;

/// The guide's view of `page`.
pub fn page(page: Page) -> AnyView {
    if let Err(error) = GUIDE.try_get() {
        return view! { <ContentProblem error=error /> }.into_any();
    }
    match page {
        Page::Overview => view! { <overview::Overview /> }.into_any(),
        Page::Roadmap => view! { <roadmap::RoadmapIndex /> }.into_any(),
        Page::Step(number) => view! { <roadmap::StepPage number=number /> }.into_any(),
        Page::Bootcamp => view! { <sections::BootcampPage /> }.into_any(),
        Page::Trends => view! { <sections::TrendsPage /> }.into_any(),
        Page::Faq => view! { <faq::FaqPage /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}
