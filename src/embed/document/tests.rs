use super::*;

fn site(origin: Option<&str>) -> Site {
    Site {
        public_url: "/careers/".into(),
        origin: origin.map(str::to_owned),
        stylesheet: "styles-0123.css".into(),
    }
}

fn file<'a>(files: &'a [SiteFile], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"))
        .contents
}

#[test]
fn every_route_is_a_file_with_its_own_head() {
    let files = site_files(&site(Some("https://guide.example.com")));
    let step = file(&files, "roadmap/3/index.html");
    assert!(
        step.starts_with("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">"),
        "{step}"
    );
    for tag in [
        "<title>Step 3 of 8: Hone Your Skills – Roadmap | Melsoft Academy Backend Career Guide</title>",
        "<link rel=\"canonical\" href=\"https://guide.example.com/careers/roadmap/3\">",
        "<meta property=\"og:image\" content=\"https://guide.example.com/careers/social-card.png\">",
        "<link rel=\"stylesheet\" href=\"/careers/styles-0123.css\">",
        "\"@type\":\"BreadcrumbList\"",
        "data-base-path=\"/careers/\"",
        "<h1 id=\"cg-page-title\" data-page-heading=\"\" tabindex=\"-1\" class=\"\">Hone Your Skills: Mastering the Backend Stack</h1>",
    ] {
        assert!(step.contains(tag), "no {tag} in\n{step}");
    }
    assert!(!step.contains("<!>"), "Leptos' markers are left out");
    assert!(!step.contains("<!--"), "and every other comment");
    let count = files.iter().filter(|f| f.path.ends_with(".html")).count();
    assert_eq!(
        count,
        routes().len() + 2,
        "every route, 404.html and frame.html"
    );
    let frame = file(&files, "frame.html");
    assert!(
        frame.contains("<div data-career-guide=\"\" data-frame=\"\">"),
        "{frame}"
    );
    assert!(
        frame.contains("<meta name=\"robots\" content=\"noindex\">"),
        "{frame}"
    );
    let sitemap = file(&files, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://guide.example.com/careers/faq</loc>"));
    assert!(!sitemap.contains("apply/track"));
    assert!(file(&files, "robots.txt")
        .contains("Sitemap: https://guide.example.com/careers/sitemap.xml"));
}

#[test]
fn without_an_origin_nothing_absolute_is_guessed() {
    let files = site_files(&site(None));
    let faq = file(&files, "faq/index.html");
    for absent in [
        "rel=\"canonical\"",
        "og:url",
        "og:image",
        "twitter:image",
        "http",
    ] {
        let found = faq
            .replace("https://schema.org", "")
            .replace("http://www.w3", "");
        assert!(!found.contains(absent), "{absent} in\n{faq}");
    }
    assert!(files.iter().all(|f| f.path != "sitemap.xml"));
    assert_eq!(file(&files, "robots.txt"), "User-agent: *\nAllow: /\n");
}

#[test]
fn json_in_a_script_cannot_close_it() {
    let json = script_json(&serde_json::json!({ "text": "</script><b>" }));
    assert_eq!(json, r#"{"text":"\u003c/script>\u003cb>"}"#);
}

#[test]
fn comments_go_inside_noscript_too_and_nothing_else_changes() {
    let html = "<p>a<!>b<!--<() />--></p><noscript><p>c<!>d</p></noscript><textarea>e</textarea>";
    assert_eq!(
        without_comments(html),
        "<p>ab</p><noscript><p>cd</p></noscript><textarea>e</textarea>"
    );
}
