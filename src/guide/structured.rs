//! What search engines read of the guide's pages: schema.org data (JSON-LD) built from the
//! same model the pages show, so it always says what the page says. Every guide page is an
//! `Article`; the FAQ is also a `FAQPage`, the bootcamp page a `Course`, and each roadmap
//! step has its `BreadcrumbList`. Used when the pages are rendered to HTML at build time.

use crate::guide::model::{page_title, Block, Guide, ListItem};
use crate::routing::page::Page;
use serde_json::{json, Value};

/// Where things are, as the pages' head links them: absolute when the site's address is
/// known, otherwise paths of this site.
pub struct Addresses<'a> {
    /// The address of a page.
    pub page: &'a dyn Fn(Page) -> String,
    /// The preview image, when its absolute address is known.
    pub image: Option<String>,
}

/// The JSON-LD objects for `page`; none for a page outside the guide.
pub fn structured_data(guide: &Guide, page: Page, at: &Addresses) -> Vec<Value> {
    let Some(headline) = headline(guide, page) else {
        return Vec::new();
    };
    let publisher = json!({ "@type": "Organization", "name": guide.publisher });
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": headline,
        "name": page_title(guide, page),
        "description": description(guide, page),
        "inLanguage": "en",
        "author": publisher,
        "publisher": publisher,
        "url": (at.page)(page),
        "mainEntityOfPage": (at.page)(page),
        "isPartOf": { "@type": "WebSite", "name": guide.title, "url": (at.page)(Page::Overview) },
    });
    if let Some(image) = &at.image {
        article["image"] = json!(image);
    }
    let mut found = vec![article];
    match page {
        Page::Faq => found.push(faq_page(guide)),
        Page::Bootcamp => found.push(course(guide, at)),
        Page::Step(number) => found.push(breadcrumbs(guide, number, at)),
        _ => {}
    }
    found
}

/// The page's `h1`, as shown.
fn headline(guide: &Guide, page: Page) -> Option<String> {
    Some(match page {
        Page::Overview => guide.title.clone(),
        Page::Roadmap => guide.roadmap.heading.clone(),
        Page::Step(number) => guide.step(number)?.full_title(),
        Page::Bootcamp => guide.bootcamp.heading.clone(),
        Page::Trends => guide.trends.heading.clone(),
        Page::Faq => guide.faq.heading.clone(),
        _ => return None,
    })
}

/// The page's opening words, as shown.
fn description(guide: &Guide, page: Page) -> String {
    match page {
        Page::Overview => guide.summary.clone(),
        Page::Roadmap => blocks_text(&guide.roadmap.blocks),
        Page::Step(number) => guide
            .step(number)
            .map(|step| blocks_text(&step.blocks[..1]))
            .unwrap_or_default(),
        Page::Bootcamp => blocks_text(&guide.bootcamp.blocks[..1]),
        Page::Trends => blocks_text(&guide.trends.blocks[..1]),
        _ => {
            let questions: Vec<&str> = guide
                .faq
                .entries
                .iter()
                .map(|e| e.question.as_str())
                .collect();
            questions.join(" ")
        }
    }
}

/// Every question with its whole answer, word for word.
fn faq_page(guide: &Guide) -> Value {
    let questions: Vec<Value> = guide
        .faq
        .entries
        .iter()
        .map(|entry| {
            json!({
                "@type": "Question",
                "name": entry.question,
                "acceptedAnswer": { "@type": "Answer", "text": blocks_text(&entry.answer) },
            })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": questions,
    })
}

/// The bootcamp as the page names and describes it.
fn course(guide: &Guide, at: &Addresses) -> Value {
    json!({
        "@context": "https://schema.org",
        "@type": "Course",
        "name": guide.bootcamp.heading,
        "description": blocks_text(&guide.bootcamp.blocks[..1]),
        "inLanguage": "en",
        "url": (at.page)(Page::Bootcamp),
        "provider": { "@type": "Organization", "name": guide.publisher },
    })
}

/// The guide › the roadmap › this step.
fn breadcrumbs(guide: &Guide, number: usize, at: &Addresses) -> Value {
    let trail = [
        (Page::Overview, guide.title.clone()),
        (Page::Roadmap, guide.roadmap.heading.clone()),
        (
            Page::Step(number),
            guide
                .step(number)
                .map(|s| s.full_title())
                .unwrap_or_default(),
        ),
    ];
    let items: Vec<Value> = trail
        .into_iter()
        .enumerate()
        .map(|(index, (page, name))| {
            json!({
                "@type": "ListItem",
                "position": index + 1,
                "name": name,
                "item": (at.page)(page),
            })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": items,
    })
}

/// Blocks as their text reads on the page, one space between parts: paragraphs, list
/// headings, and items as "Term: text" with their nested items.
pub fn blocks_text(blocks: &[Block]) -> String {
    let mut parts = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph { text } => parts.push(text.clone()),
            Block::List { heading, items } => {
                parts.extend(heading.clone());
                items_text(items, &mut parts);
            }
        }
    }
    parts.join(" ")
}

fn items_text(items: &[ListItem], parts: &mut Vec<String>) {
    for item in items {
        let text = match (&item.term, &item.text) {
            (Some(term), Some(text)) => format!("{term}: {text}"),
            (Some(term), None) => format!("{term}:"),
            (None, Some(text)) => text.clone(),
            (None, None) => String::new(),
        };
        if !text.is_empty() {
            parts.push(text);
        }
        items_text(&item.items, parts);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::model::guide;

    fn at() -> Addresses<'static> {
        Addresses {
            page: &|page| format!("https://guide.example.com{}", page.path()),
            image: Some("https://guide.example.com/og-image.png".into()),
        }
    }

    #[test]
    fn every_guide_page_is_an_article_and_others_have_none() {
        let at = at();
        for page in [Page::Overview, Page::Roadmap, Page::Step(5), Page::Trends] {
            let found = structured_data(guide(), page, &at);
            assert_eq!(found[0]["@type"], "Article", "{page:?}");
            for property in ["headline", "author", "image", "publisher", "description"] {
                assert!(!found[0][property].is_null(), "{page:?} has no {property}");
            }
        }
        assert!(structured_data(guide(), Page::Salary, &at).is_empty());
    }

    #[test]
    fn the_faq_answers_every_question_in_its_own_words() {
        let found = structured_data(guide(), Page::Faq, &at());
        let questions = found[1]["mainEntity"].as_array().unwrap();
        assert_eq!(questions.len(), guide().faq.entries.len());
        assert_eq!(questions[0]["name"], guide().faq.entries[0].question);
        assert!(questions[0]["acceptedAnswer"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Python, Java, and Node.js"));
    }

    #[test]
    fn a_step_has_its_trail_and_the_bootcamp_is_a_course() {
        let step = structured_data(guide(), Page::Step(3), &at());
        let trail = step[1]["itemListElement"].as_array().unwrap();
        assert_eq!(trail.len(), 3);
        assert_eq!(trail[2]["item"], "https://guide.example.com/roadmap/3");
        assert_eq!(trail[2]["position"], 3);
        let bootcamp = structured_data(guide(), Page::Bootcamp, &at());
        assert_eq!(bootcamp[1]["@type"], "Course");
        assert_eq!(bootcamp[1]["provider"]["name"], "Melsoft Academy");
    }

    #[test]
    fn nested_lists_read_term_then_items() {
        let text = blocks_text(&guide().bootcamp.blocks);
        assert!(
            text.contains("Month-by-Month Breakdown: Month 1: Fundamentals"),
            "{text}"
        );
    }
}
