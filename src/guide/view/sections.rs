//! The bootcamp and trends pages: one section of the article each.

use super::blocks::Blocks;
use crate::guide::model::{describe_blocks, guide, page_title, Section};
use crate::routing::nav::Link;
use crate::routing::page::Page;
use crate::ui::heading::Heading;
use crate::ui::page_meta::set_page_meta;
use crate::ui::pages::ApplyNow;
use leptos::prelude::*;

#[component]
fn SectionPage(page: Page, section: &'static Section, children: Children) -> impl IntoView {
    set_page_meta(
        page_title(guide(), page),
        &describe_blocks(&section.heading, &section.blocks),
    );
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
        <SectionPage page=Page::Bootcamp section=&guide().bootcamp>
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
        <SectionPage page=Page::Trends section=&guide().trends>
            <p>
                <Link to=Page::Bootcamp>{guide().bootcamp.heading.as_str()}</Link>
            </p>
        </SectionPage>
    }
}
