//! The article as a visitor meets it: every line of it on screen and in print, and every
//! page with its own title, heading, description and landmarks.

use e2e::{article, Browser, Site};
use serde_json::json;

const SITE: &str = "Melsoft Academy Backend Career Guide";

#[tokio::test]
async fn every_route_has_its_title_one_h1_landmarks_and_no_axe_violations() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    let routes: Vec<(String, String, String)> = [
        (
            "/",
            "How to Become a Backend Developer & Get Hired",
            "How to Become a Backend Developer & Get Hired | ",
        ),
        (
            "/roadmap",
            "How To Become a Backend Developer: Your 8-Step Roadmap",
            "The 8-step roadmap | ",
        ),
        (
            "/bootcamp",
            "Melsoft Academy’s Back-End Development Micro-Bootcamp",
            "The Back-End Development Micro-Bootcamp | ",
        ),
        (
            "/trends",
            "Key Trends Shaping Backend Development in 2025",
            "Backend trends for 2025 | ",
        ),
        (
            "/faq",
            "FAQ: Your Backend Development Questions Answered",
            "Frequently asked questions | ",
        ),
        (
            "/salary",
            "Compare backend salaries",
            "Compare backend salaries | ",
        ),
        ("/no-such-page", "Page not found", "Page not found | "),
    ]
    .into_iter()
    .map(|(p, h, t)| (p.to_owned(), h.to_owned(), format!("{t}{SITE}")))
    .chain(
        article::steps()
            .into_iter()
            .enumerate()
            .map(|(i, heading)| {
                let n = i + 1;
                let title = heading.split(':').next().unwrap().to_owned();
                (
                    format!("/roadmap/{n}"),
                    heading,
                    format!("Step {n} of 8: {title} – Roadmap | {SITE}"),
                )
            }),
    )
    .collect();
    assert_eq!(routes.len(), 15, "every route, each step from the article");
    let mut descriptions = std::collections::BTreeMap::new();
    for (path, heading, title) in routes {
        browser.goto_app(&site.url(&path)).await;
        let description: String = browser
            .eval(
                "return document.querySelector('meta[name=description]').getAttribute('content');",
                vec![],
            )
            .await;
        assert!(
            description.len() > 20,
            "{path} describes itself: {description:?}"
        );
        if let Some(other) = descriptions.insert(description.clone(), path.clone()) {
            panic!("{path} and {other} share the description {description:?}");
        }
        let h1s: Vec<String> = browser
            .eval(
                "return [...document.querySelectorAll('h1')].map(h => h.textContent);",
                vec![],
            )
            .await;
        assert_eq!(h1s.len(), 1, "{path} must have one h1: {h1s:?}");
        assert_eq!(h1s[0], heading, "{path}: h1");
        let page_title = browser.title().await;
        assert_eq!(page_title, title, "{path}: title");
        let landmarks: Vec<String> = browser
            .eval(
                "return ['header','nav','main','footer'].filter(t => document.querySelector(t));",
                vec![],
            )
            .await;
        assert_eq!(landmarks, ["header", "nav", "main", "footer"], "{path}");
        browser.assert_accessible(&path).await;
    }
    browser.close().await;
}

#[tokio::test]
async fn every_sentence_list_item_and_figure_of_the_article_is_on_screen() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    let mut seen = String::new();
    for path in e2e::GUIDE_ROUTES {
        browser.goto_app(&site.url(path)).await;
        if path == "/faq" {
            browser.click_text("Show all answers").await;
            browser
                .wait_until(
                    "answers to open",
                    "return document.querySelectorAll('details[open]').length === 7",
                )
                .await;
        }
        // innerText is what is rendered visibly (hidden print-only copies do not count).
        let text: String = browser
            .eval("return document.body.innerText;", vec![])
            .await;
        seen.push_str(&text.split_whitespace().collect::<Vec<_>>().join(" "));
        seen.push('\n');
    }
    let missing: Vec<String> = article::lines()
        .into_iter()
        .filter(|line| !seen.contains(line.as_str()))
        .collect();
    assert!(missing.is_empty(), "not on screen:\n{}", missing.join("\n"));
    browser.close().await;
}

#[tokio::test]
async fn printing_the_roadmap_prints_every_step_with_its_text() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.goto_app(&site.url("/roadmap")).await;
    let on_screen: bool = browser
        .eval(
            "return document.querySelector('.cg-print-only').offsetParent !== null;",
            vec![],
        )
        .await;
    assert!(!on_screen, "the full text is for print only");
    browser
        .cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let printed: String = browser
        .eval("return document.body.innerText;", vec![])
        .await;
    for expected in [
        "Formal Education: A bachelor’s degree in computer science",
        "Go: A language known for its scalability and performance",
        "Operating Systems: Develop proficiency in Linux or Unix environments.",
        "Personal Projects: Develop your own applications",
        "Connect on LinkedIn: Build your professional network",
        "Connect with mentors online",
        "Prepare a strong resume and cover letter: Highlight your skills and experience.",
        "Be confident and enthusiastic: Demonstrate your passion for backend development.",
    ] {
        assert!(printed.contains(expected), "print lacks {expected:?}");
    }
    assert!(!printed.contains("Skip to main content") && !printed.contains("Reset progress"));
    browser.close().await;
}
