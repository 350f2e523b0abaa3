//! The embedded guide against the article it must carry whole, and the loader's errors for
//! malformed content.

use super::*;

#[test]
fn a_page_that_opens_with_a_list_is_described_by_its_terms() {
    let trends = &guide().trends;
    let description = describe_blocks(&trends.heading, &trends.blocks);
    assert!(
        description.starts_with(
            "Key Trends Shaping Backend Development in 2025: Microservices Architecture, Serverless Computing,"
        ),
        "{description}"
    );
    let bootcamp = &guide().bootcamp;
    let Block::Paragraph { text } = &bootcamp.blocks[0] else {
        panic!("the bootcamp section opens with a paragraph");
    };
    assert_eq!(&describe_blocks(&bootcamp.heading, &bootcamp.blocks), text);
}

#[test]
fn the_embedded_guide_parses_and_keeps_its_structure() {
    let guide = GUIDE.try_get().unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(guide.roadmap.steps.len(), 8);
    assert_eq!(guide.faq.entries.len(), 7);
    assert_eq!(guide.title, "How to Become a Backend Developer & Get Hired");
}

#[test]
fn a_guide_with_seven_steps_is_rejected() {
    let mut guide = guide().clone();
    guide.roadmap.steps.pop();
    assert!(guide.check().unwrap_err().contains("7 steps"));
}

#[test]
fn an_empty_section_is_rejected() {
    let mut guide = guide().clone();
    guide.trends.blocks.clear();
    assert_eq!(guide.check().unwrap_err(), "section trends has no text");
}

#[test]
fn a_blank_faq_answer_is_rejected() {
    let mut guide = guide().clone();
    guide.faq.entries[2].answer = vec![Block::Paragraph { text: "  ".into() }];
    assert!(guide.check().unwrap_err().contains("FAQ entry 3"));
}

#[test]
fn duplicate_anchors_are_rejected() {
    let mut guide = guide().clone();
    guide.faq.entries[1].slug = guide.faq.entries[0].slug.clone();
    assert!(guide.check().unwrap_err().contains("used twice"));
}

#[test]
fn malformed_guide_json_names_file_line_and_column() {
    let broken = EmbeddedFile {
        path: "src/content/guide.json",
        text: "{\n  \"title\": 12\n}",
    };
    let err = Guide::load(broken).unwrap_err();
    assert_eq!((err.line, err.column), (2, 13), "{err}");
    assert!(err
        .to_string()
        .starts_with("src/content/guide.json:2:13: invalid type"));
}

#[test]
fn an_unknown_field_is_reported_not_ignored() {
    let text = GUIDE_JSON.text.replacen("\"publisher\"", "\"publsher\"", 1);
    let err = Guide::load(EmbeddedFile {
        path: "g.json",
        text: Box::leak(text.into_boxed_str()),
    })
    .unwrap_err();
    assert!(err.message.contains("unknown field `publsher`"), "{err}");
}

/// Every text of the guide, as the pages show it ("term: text" for list entries).
fn all_text(guide: &Guide) -> String {
    fn items(out: &mut String, list: &[ListItem]) {
        for item in list {
            let term = item.term.as_deref().map(|t| format!("{t}:"));
            let line: Vec<&str> = [term.as_deref(), item.text.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            out.push_str(&line.join(" "));
            out.push('\n');
            items(out, &item.items);
        }
    }
    fn blocks(out: &mut String, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::Paragraph { text } => out.push_str(text),
                Block::List {
                    heading,
                    items: list,
                } => {
                    out.push_str(heading.as_deref().unwrap_or(""));
                    out.push('\n');
                    items(out, list);
                }
            }
            out.push('\n');
        }
    }
    let mut out = format!("{}\n{}\n", guide.title, guide.summary);
    for section in guide.sections() {
        out.push_str(&format!("{}\n", section.heading));
        blocks(&mut out, &section.blocks);
    }
    out.push_str(&format!("{}\n", guide.roadmap.heading));
    blocks(&mut out, &guide.roadmap.blocks);
    for step in &guide.roadmap.steps {
        out.push_str(&format!("{}\n", step.full_title()));
        blocks(&mut out, &step.blocks);
    }
    out.push_str(&format!("{}\n", guide.faq.heading));
    for entry in &guide.faq.entries {
        out.push_str(&format!("{}\n", entry.question));
        blocks(&mut out, &entry.answer);
    }
    out
}

#[test]
fn every_line_of_the_article_is_in_the_guide_and_nothing_else_is() {
    let article = include_str!("../../../tests/fixtures/backend-career-article.txt");
    // List markers and step numbers are presentation; headings may end with a colon.
    let normalise = |line: &str| {
        let line = line.trim();
        let line = line.strip_prefix("- ").unwrap_or(line);
        let line = match line.split_once(". ") {
            Some((n, rest)) if n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) => rest,
            _ => line,
        };
        line.trim_end_matches(':').to_owned()
    };
    let article: Vec<String> = article
        .lines()
        .map(normalise)
        .filter(|l| !l.is_empty())
        .collect();
    let text = all_text(guide());
    let missing: Vec<&String> = article
        .iter()
        .filter(|l| !text.contains(l.as_str()))
        .collect();
    assert!(missing.is_empty(), "not in guide.json: {missing:#?}");
    let invented: Vec<String> = text
        .lines()
        .map(normalise)
        .filter(|l| !l.is_empty() && !article.iter().any(|a| a.contains(l.as_str())))
        .collect();
    assert!(invented.is_empty(), "not in the article: {invented:#?}");
}

#[test]
fn steps_are_numbered_from_one() {
    let guide = guide();
    assert_eq!(guide.step(1).unwrap().slug, "learning");
    assert!(guide.step(0).is_none());
    assert!(guide.step(9).is_none());
    assert_eq!(
        guide.step(2).unwrap().full_title(),
        "Become Proficient in a Programming Language: Choosing Your Weapon"
    );
}
