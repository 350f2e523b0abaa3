//! The article as typed data, parsed from `src/content/guide.json`, and the rules it must keep.

use crate::content::{ContentError, EmbeddedFile, Loaded, GUIDE_JSON};
use crate::routing::page::{Page, ROADMAP_STEPS};
use serde::Deserialize;

/// Number of questions the FAQ answers.
pub const FAQ_ENTRIES: usize = 7;

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub title: String,
    /// The article's one-line summary, also the page description.
    pub summary: String,
    pub publisher: String,
    pub takeaways: Section,
    pub introduction: Section,
    pub role: Section,
    pub why_now: Section,
    pub roadmap: Roadmap,
    pub bootcamp: Section,
    pub trends: Section,
    pub faq: Faq,
    pub conclusion: Section,
}

/// A headed part of the article.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable anchor, used in links and tests.
    pub id: String,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Paragraph {
        text: String,
    },
    List {
        #[serde(default)]
        heading: Option<String>,
        items: Vec<ListItem>,
    },
}

/// A list entry: "term: text", plain text, or a term heading a nested list.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    #[serde(default)]
    pub term: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub items: Vec<ListItem>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Roadmap {
    pub id: String,
    pub heading: String,
    pub blocks: Vec<Block>,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub slug: String,
    pub title: String,
    /// The part after the colon in the article's step heading, e.g. "Laying the Foundation".
    pub tagline: String,
    pub blocks: Vec<Block>,
}

impl Step {
    /// The heading exactly as the article writes it.
    pub fn full_title(&self) -> String {
        format!("{}: {}", self.title, self.tagline)
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub id: String,
    pub heading: String,
    pub entries: Vec<FaqEntry>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    /// The entry's anchor on the FAQ page (`/faq#<slug>`).
    pub slug: String,
    pub question: String,
    pub answer: Vec<Block>,
}

impl Guide {
    /// Parses and checks the guide in `file`.
    pub fn load(file: EmbeddedFile) -> Result<Guide, ContentError> {
        file.load(Guide::check)
    }

    /// The article's structural promises: 8 steps, 7 questions, nothing empty, unique anchors.
    pub fn check(&self) -> Result<(), String> {
        if self.roadmap.steps.len() != ROADMAP_STEPS {
            return Err(format!(
                "the roadmap has {} steps; the article promises {ROADMAP_STEPS}",
                self.roadmap.steps.len()
            ));
        }
        if self.faq.entries.len() != FAQ_ENTRIES {
            return Err(format!(
                "the FAQ has {} entries; the article answers {FAQ_ENTRIES}",
                self.faq.entries.len()
            ));
        }
        for (name, text) in [
            ("title", &self.title),
            ("summary", &self.summary),
            ("publisher", &self.publisher),
        ] {
            nonblank(name, text)?;
        }
        for section in self.sections() {
            nonblank(&format!("section {}: id", section.id), &section.id)?;
            nonblank(
                &format!("section {}: heading", section.id),
                &section.heading,
            )?;
            check_blocks(&format!("section {}", section.id), &section.blocks)?;
        }
        nonblank("roadmap heading", &self.roadmap.heading)?;
        for (index, step) in self.roadmap.steps.iter().enumerate() {
            let at = format!("roadmap step {}", index + 1);
            nonblank(&format!("{at}: slug"), &step.slug)?;
            nonblank(&format!("{at}: title"), &step.title)?;
            nonblank(&format!("{at}: tagline"), &step.tagline)?;
            check_blocks(&at, &step.blocks)?;
        }
        for (index, entry) in self.faq.entries.iter().enumerate() {
            let at = format!("FAQ entry {}", index + 1);
            nonblank(&format!("{at}: slug"), &entry.slug)?;
            nonblank(&format!("{at}: question"), &entry.question)?;
            check_blocks(&at, &entry.answer)?;
        }
        unique(
            "roadmap step slug",
            self.roadmap.steps.iter().map(|s| s.slug.as_str()),
        )?;
        unique("FAQ slug", self.faq.entries.iter().map(|e| e.slug.as_str()))?;
        unique(
            "section id",
            self.sections()
                .map(|s| s.id.as_str())
                .chain([self.roadmap.id.as_str(), self.faq.id.as_str()]),
        )?;
        Ok(())
    }

    /// The plain sections, in article order.
    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        [
            &self.takeaways,
            &self.introduction,
            &self.role,
            &self.why_now,
            &self.bootcamp,
            &self.trends,
            &self.conclusion,
        ]
        .into_iter()
    }

    /// Step `number` (1-based), if the roadmap has it.
    pub fn step(&self, number: usize) -> Option<&Step> {
        number
            .checked_sub(1)
            .and_then(|i| self.roadmap.steps.get(i))
    }
}

fn nonblank(what: &str, text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        Err(format!("{what} is empty"))
    } else {
        Ok(())
    }
}

fn check_blocks(at: &str, blocks: &[Block]) -> Result<(), String> {
    if blocks.is_empty() {
        return Err(format!("{at} has no text"));
    }
    for block in blocks {
        match block {
            Block::Paragraph { text } => nonblank(&format!("{at}: a paragraph"), text)?,
            Block::List { heading, items } => {
                if let Some(heading) = heading {
                    nonblank(&format!("{at}: a list heading"), heading)?;
                }
                check_items(at, items)?;
            }
        }
    }
    Ok(())
}

fn check_items(at: &str, items: &[ListItem]) -> Result<(), String> {
    if items.is_empty() {
        return Err(format!("{at} has an empty list"));
    }
    for item in items {
        let has_words = [&item.term, &item.text]
            .into_iter()
            .flatten()
            .any(|t| !t.trim().is_empty());
        if !has_words {
            return Err(format!("{at} has a list item without text"));
        }
        if item.text.is_none() && item.items.is_empty() && item.term.is_some() {
            return Err(format!("{at}: a term with neither text nor a nested list"));
        }
        if !item.items.is_empty() {
            check_items(at, &item.items)?;
        }
    }
    Ok(())
}

fn unique<'a>(what: &str, values: impl Iterator<Item = &'a str>) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for value in values {
        if !seen.insert(value) {
            return Err(format!("{what} `{value}` is used twice"));
        }
    }
    Ok(())
}

/// The guide embedded in the binary; parsed once, on first use.
pub static GUIDE: Loaded<Guide> = Loaded::new(GUIDE_JSON, Guide::check);

/// The embedded guide (the native tests keep it valid; pages ask [`GUIDE`] first).
pub fn guide() -> &'static Guide {
    GUIDE.get()
}

/// The title of a guide page, without the site name.
pub fn page_title(guide: &Guide, page: Page) -> String {
    match page {
        Page::Overview => guide.title.clone(),
        Page::Roadmap => "The 8-step roadmap".to_owned(),
        Page::Step(n) => match guide.step(n) {
            Some(step) => format!("Step {n} of {ROADMAP_STEPS}: {} – Roadmap", step.title),
            None => "Page not found".to_owned(),
        },
        Page::Bootcamp => "The Back-End Development Micro-Bootcamp".to_owned(),
        Page::Trends => "Backend trends for 2025".to_owned(),
        Page::Faq => "Frequently asked questions".to_owned(),
        _ => "Page not found".to_owned(),
    }
}

/// What a page made of `blocks` is about, for its description: the first paragraph, or for a
/// page that opens with a list (the trends), its heading and the terms the list names.
pub fn describe_blocks(heading: &str, blocks: &[Block]) -> String {
    let paragraph = blocks.iter().find_map(|block| match block {
        Block::Paragraph { text } => Some(text.clone()),
        Block::List { .. } => None,
    });
    paragraph.unwrap_or_else(|| {
        let terms: Vec<&str> = blocks
            .iter()
            .flat_map(|block| match block {
                Block::List { items, .. } => items.as_slice(),
                Block::Paragraph { .. } => &[],
            })
            .filter_map(|item| item.term.as_deref().or(item.text.as_deref()))
            .collect();
        format!("{heading}: {}.", terms.join(", "))
    })
}

#[cfg(test)]
mod tests;
