//! The bootcamp and trends pages: one section of the article each.

use super::blocks::Blocks;
use crate::app::heading::Heading;
use crate::app::nav::Link;
use crate::app::page::Page;
use crate::app::shell::ApplyNow;
use crate::guide::model::{guide, Section};
use leptos::prelude::*;

#[component]
fn SectionPage(section: &'static Section, children: Children) -> impl IntoView {
    view! {
        <article class="cg-article" id=section.id.as_str()>
            <Heading level=1>{section.heading.as_str()}</Heading>
            <Blocks blocks=&section.blocks level=2 />
            {children()}
        </article>
    }
}

#[component]
pub fn BootcampPage() -> impl IntoView {
    view! {
        <SectionPage section=&guide().bootcamp>
            <div class="cg-button-group">
                <ApplyNow />
                <Link to=Page::Salary class="cg-button cg-button--secondary">"Compare backend salaries"</Link>
            </div>
        </SectionPage>
    }
}

#[component]
pub fn TrendsPage() -> impl IntoView {
    view! {
        <SectionPage section=&guide().trends>
            <p>
                <Link to=Page::Bootcamp>{guide().bootcamp.heading.as_str()}</Link>
            </p>
        </SectionPage>
    }
}
