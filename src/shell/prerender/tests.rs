use super::*;

#[test]
fn a_step_renders_with_its_title_text_and_links() {
    let step = prerender(Page::Step(3), "/");
    assert_eq!(
        step.meta.title,
        "Step 3 of 8: Hone Your Skills – Roadmap | Melsoft Academy Backend Career Guide"
    );
    assert!(step.body.contains("href=\"/roadmap/4\""), "{}", step.body);
    assert!(step.body.contains("Mastering the Backend Stack"));
}

#[test]
fn every_page_renders_under_any_base() {
    for page in crate::routing::page::tests::ALL {
        let rendered = prerender(page, "/careers/");
        assert!(!rendered.body.is_empty(), "{page:?}");
        assert!(!rendered.meta.title.is_empty(), "{page:?}");
        assert!(
            !rendered.body.contains("href=\"/roadmap"),
            "{page:?}: under /careers/"
        );
    }
}
