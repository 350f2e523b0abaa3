//! Paragraphs and lists of the article, rendered from the content model.

use crate::guide::model::{Block, ListItem};
use crate::ui::heading::Heading;
use leptos::prelude::*;

/// The blocks of a section; list headings are headings of `level`.
#[component]
pub fn Blocks(blocks: &'static [Block], #[prop(default = 3)] level: u8) -> impl IntoView {
    blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph { text } => view! { <p>{text.as_str()}</p> }.into_any(),
            Block::List { heading, items } => view! {
                {heading.as_ref().map(|h| view! { <Heading level=level>{h.as_str()}</Heading> })}
                <Items items=items />
            }
            .into_any(),
        })
        .collect_view()
}

#[component]
fn Items(items: &'static [ListItem]) -> impl IntoView {
    view! {
        <ul class="cg-list">
            {items.iter().map(|item| view! { <Item item=item /> }).collect_view()}
        </ul>
    }
}

#[component]
fn Item(item: &'static ListItem) -> impl IntoView {
    let term = item
        .term
        .as_ref()
        .map(|term| view! { <strong>{term.as_str()}":"</strong> });
    let text = item.text.as_ref().map(|text| view! { " "{text.as_str()} });
    let nested = (!item.items.is_empty()).then(|| {
        // Recursion through a boxed view keeps the component's type finite.
        view! { <Items items=&item.items /> }.into_any()
    });
    view! { <li>{term}{text}{nested}</li> }
}

/// A section of the article with its heading at `level`.
#[component]
pub fn SectionView(
    section: &'static crate::guide::model::Section,
    #[prop(default = 2)] level: u8,
) -> impl IntoView {
    let heading_id = format!("{}-heading", section.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="cg-section" id=section.id.as_str() aria-labelledby=labelled_by>
            <Heading level=level id=heading_id>{section.heading.as_str()}</Heading>
            <Blocks blocks=&section.blocks level=level + 1 />
        </section>
    }
}
