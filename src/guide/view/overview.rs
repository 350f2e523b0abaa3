//! The guide's first page: title, summary, key takeaways, what the job is, why now, and
//! the way into the rest of the guide.

use super::blocks::{Blocks, SectionView};
use crate::guide::model::guide;
use crate::routing::nav::Link;
use crate::routing::page::Page;
use crate::ui::deferred::BelowTheFold;
use crate::ui::heading::Heading;
use crate::ui::page_meta::set_page_meta;
use crate::ui::pages::ApplyNow;
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let guide = guide();
    set_page_meta(guide.title.clone(), &guide.summary);
    view! {
        <article class="cg-article">
            <Heading level=1>{guide.title.as_str()}</Heading>
            <p class="cg-lede">{guide.summary.as_str()}</p>
            <div class="cg-button-group">
                <Link to=Page::Roadmap class="cg-button">"See the 8-step roadmap"</Link>
                <ApplyNow secondary=true />
            </div>
            <div class="cg-takeaways" id=guide.takeaways.id.as_str()>
                <Heading level=2>{guide.takeaways.heading.as_str()}</Heading>
                <Blocks blocks=&guide.takeaways.blocks />
            </div>
            <BelowTheFold>
                <div class="cg-section" id=guide.introduction.id.as_str()>
                    <Blocks blocks=&guide.introduction.blocks />
                </div>
                <SectionView section=&guide.role />
                <SectionView section=&guide.why_now />
                <p>
                    <Link to=Page::Salary>"Compare these salaries with your own pay"</Link>
                </p>
                <nav class="cg-explore" aria-labelledby="explore-heading">
                    <Heading level=2 id="explore-heading">"Explore the guide"</Heading>
                    <ul class="cg-cards">
                        <li><Link to=Page::Roadmap class="cg-card">{guide.roadmap.heading.as_str()}</Link></li>
                        <li><Link to=Page::Bootcamp class="cg-card">{guide.bootcamp.heading.as_str()}</Link></li>
                        <li><Link to=Page::Trends class="cg-card">{guide.trends.heading.as_str()}</Link></li>
                        <li><Link to=Page::Faq class="cg-card">{guide.faq.heading.as_str()}</Link></li>
                    </ul>
                </nav>
                <SectionView section=&guide.conclusion />
                <ApplyNow />
            </BelowTheFold>
        </article>
    }
}
