//! The guide as visitors use it, in the release build served on 127.0.0.1.

use e2e::{Browser, BrowserOptions, Site};
use serde_json::json;

/// Opens `path` and waits until the app has mounted and shows a page heading.
async fn open(browser: &Browser, site: &Site, path: &str) {
    browser.goto_app(&site.url(path)).await;
}

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
    .chain((1..=8).map(|n| {
        (
            format!("/roadmap/{n}"),
            String::new(),
            format!("Step {n} of 8: "),
        )
    }))
    .collect();
    for (path, heading, title) in routes {
        open(&browser, &site, &path).await;
        let h1s: Vec<String> = browser
            .eval(
                "return [...document.querySelectorAll('h1')].map(h => h.textContent);",
                vec![],
            )
            .await;
        assert_eq!(h1s.len(), 1, "{path} must have one h1: {h1s:?}");
        assert!(h1s[0].starts_with(&heading), "{path}: h1 {:?}", h1s[0]);
        let page_title = browser.title().await;
        assert!(
            page_title.starts_with(&title),
            "{path}: title {page_title:?}"
        );
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
async fn a_deep_link_survives_a_reload_and_static_hosts_get_a_404_copy() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/roadmap/5").await;
    browser
        .wait_text("h1", "Your Network Is Your Net Worth")
        .await;
    browser.reload().await;
    browser
        .wait_text("h1", "Your Network Is Your Net Worth")
        .await;
    assert_eq!(browser.path().await, "/roadmap/5");
    let dist = e2e::dist_dir();
    assert_eq!(
        std::fs::read(dist.join("404.html")).unwrap(),
        std::fs::read(dist.join("index.html")).unwrap(),
        "404.html is the app's index, for static hosts without a fallback setting"
    );
    browser.close().await;
}

#[tokio::test]
async fn previous_and_next_walk_through_all_eight_steps_and_history_follows() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/roadmap").await;
    let titles: Vec<String> = browser
        .eval(
            "return [...document.querySelectorAll('.cg-steps__title')].map(e => e.textContent);",
            vec![],
        )
        .await;
    assert_eq!(titles.len(), 8, "the list shows all 8 steps");
    browser.click(".cg-steps__link").await;
    for (index, title) in titles.iter().enumerate() {
        let n = index + 1;
        browser.wait_text("h1", title).await;
        assert_eq!(browser.path().await, format!("/roadmap/{n}"));
        assert_eq!(
            browser.text(".cg-caption").await,
            format!("The 8-step roadmap › Step {n} of 8")
        );
        let items: usize = browser
            .eval(
                "return document.querySelectorAll('.cg-step-list li').length;",
                vec![],
            )
            .await;
        assert_eq!(items, 8, "every step page lists all 8 steps");
        if n < 8 {
            browser.click(".cg-pagination__next a").await;
        }
    }
    assert!(
        !browser.exists(".cg-pagination__next").await,
        "no next step after step 8"
    );
    browser.click(".cg-pagination__prev a").await;
    browser.wait_text("h1", &titles[6]).await;
    browser.back().await;
    browser.wait_text("h1", &titles[7]).await;
    browser.forward().await;
    browser.wait_text("h1", &titles[6]).await;
    browser.close().await;
}

#[tokio::test]
async fn an_faq_anchor_opens_its_question_in_place() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/faq#degree-necessary").await;
    browser
        .wait_until(
            "the linked question to open",
            "return document.getElementById('degree-necessary').open",
        )
        .await;
    let open: Vec<String> = browser
        .eval(
            "return [...document.querySelectorAll('details[open]')].map(d => d.id);",
            vec![],
        )
        .await;
    assert_eq!(open, ["degree-necessary"]);
    browser
        .wait_text(
            "#degree-necessary",
            "A strong portfolio and practical experience",
        )
        .await;
    browser
        .wait_until(
            "focus on the question",
            "return document.activeElement.closest('#degree-necessary')",
        )
        .await;
    // Another question opens by click, and its own link changes the address.
    browser.click("#how-long summary").await;
    browser.click("#how-long .cg-faq__anchor a").await;
    browser
        .wait_until(
            "the address to name the question",
            "return location.hash === '#how-long'",
        )
        .await;
    browser.assert_accessible("faq with answers open").await;
    browser.close().await;
}

#[tokio::test]
async fn marked_steps_survive_a_reload_and_can_be_reset() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/roadmap").await;
    for step in [1, 3, 8] {
        browser.click(&format!("label[for=step-{step}-done]")).await;
    }
    browser
        .wait_text(".cg-progress__label", "3 of 8 done")
        .await;
    browser.reload().await;
    browser
        .wait_text(".cg-progress__label", "3 of 8 done")
        .await;
    let checked: Vec<bool> = browser
        .eval(
            "return [1,2,3,8].map(n => document.getElementById('step-' + n + '-done').checked);",
            vec![],
        )
        .await;
    assert_eq!(checked, [true, false, true, true]);
    // A step page shows and changes the same progress.
    open(&browser, &site, "/roadmap/2").await;
    browser.click("label[for=step-2-done]").await;
    browser
        .wait_text(".cg-progress__label", "4 of 8 done")
        .await;
    open(&browser, &site, "/roadmap").await;
    browser.click_text("Reset progress").await;
    browser.click_text("Yes, reset progress").await;
    browser
        .wait_text(".cg-progress__label", "0 of 8 done")
        .await;
    browser.reload().await;
    browser
        .wait_text(".cg-progress__label", "0 of 8 done")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn with_storage_blocked_the_roadmap_works_and_says_progress_is_not_kept() {
    let site = Site::start().await;
    let browser = Browser::start_with(BrowserOptions {
        block_storage: true,
        ..BrowserOptions::default()
    })
    .await;
    open(&browser, &site, "/roadmap").await;
    let blocked: bool = browser
        .eval(
            "try { localStorage.setItem('x', '1'); return false; } catch (e) { return true; }",
            vec![],
        )
        .await;
    assert!(blocked, "the browser really blocks storage");
    browser
        .wait_text(".cg-progress", "Your progress will not be kept")
        .await;
    browser.click("label[for=step-4-done]").await;
    browser
        .wait_text(".cg-progress__label", "1 of 8 done")
        .await;
    browser.assert_accessible("storage blocked").await;
    browser.close().await;
}

/// The article's lines, as they must read on screen: list markers, step numbers and
/// trailing colons of headings are presentation, not text.
fn article_lines() -> Vec<String> {
    let article =
        std::fs::read_to_string(e2e::workspace().join("tests/fixtures/backend-career-article.txt"))
            .unwrap();
    article
        .lines()
        .map(|line| {
            let line = line.trim();
            let line = line.strip_prefix("- ").unwrap_or(line);
            let line = match line.split_once(". ") {
                Some((n, rest)) if n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) => rest,
                _ => line,
            };
            line.trim_end_matches(':')
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|line| !line.is_empty())
        .collect()
}

#[tokio::test]
async fn every_sentence_list_item_and_figure_of_the_article_is_on_screen() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    let mut seen = String::new();
    for path in [
        "/",
        "/roadmap/1",
        "/roadmap/2",
        "/roadmap/3",
        "/roadmap/4",
        "/roadmap/5",
        "/roadmap/6",
        "/roadmap/7",
        "/roadmap/8",
        "/roadmap",
        "/bootcamp",
        "/trends",
        "/faq",
    ] {
        open(&browser, &site, path).await;
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
    let missing: Vec<String> = article_lines()
        .into_iter()
        .filter(|line| !seen.contains(line.as_str()))
        .collect();
    assert!(missing.is_empty(), "not on screen:\n{}", missing.join("\n"));
    browser.close().await;
}

#[tokio::test]
async fn the_skip_link_and_the_phone_menu_work_by_keyboard_at_320px() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.viewport(320, 640).await;
    open(&browser, &site, "/").await;
    let width: u32 = browser.eval("return window.innerWidth;", vec![]).await;
    assert_eq!(width, 320);
    let overflow: i64 = browser
        .eval(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            vec![],
        )
        .await;
    assert!(
        overflow <= 0,
        "the page scrolls sideways by {overflow}px at 320px"
    );
    browser.tab_to(".cg-skip-link").await;
    let visible: bool = browser
        .eval("const r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.width > 0;", vec![])
        .await;
    assert!(visible, "the skip link shows when focused");
    browser.press(e2e::Key::Enter).await;
    assert_eq!(browser.focused().await, "main#main-content");
    // The menu is closed on a phone; it opens from the keyboard and its links work.
    let shown: bool = browser
        .eval(
            "return document.querySelector('.cg-nav__list').offsetParent !== null;",
            vec![],
        )
        .await;
    assert!(!shown, "the menu starts closed on a phone");
    browser.tab_to(".cg-nav__toggle").await;
    browser.press(e2e::Key::Enter).await;
    browser.wait_until("the menu to open", "return document.querySelector('.cg-nav__toggle').getAttribute('aria-expanded') === 'true'").await;
    browser.tab_to(".cg-nav__list a[href='/faq']").await;
    browser.press(e2e::Key::Enter).await;
    browser.wait_text("h1", "FAQ").await;
    assert!(
        browser.focused().await.starts_with("h1"),
        "focus moves to the new page's heading"
    );
    browser.assert_accessible("phone width").await;
    browser.close().await;
}

#[tokio::test]
async fn dark_mode_and_reduced_motion_stay_accessible() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    browser.emulate("prefers-color-scheme", "dark").await;
    browser
        .cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [
        { "name": "prefers-color-scheme", "value": "dark" },
        { "name": "prefers-reduced-motion", "value": "reduce" },
    ] }),
        )
        .await;
    for path in ["/", "/roadmap/3", "/salary", "/apply"] {
        open(&browser, &site, path).await;
        let background: String = browser
            .eval(
                "return getComputedStyle(document.querySelector('.cg-root')).backgroundColor;",
                vec![],
            )
            .await;
        assert_eq!(background, "rgb(18, 20, 23)", "{path} is dark");
        browser
            .assert_accessible(&format!("{path} in dark mode"))
            .await;
    }
    browser.close().await;
}

#[tokio::test]
async fn printing_the_roadmap_prints_every_step_with_its_text() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open(&browser, &site, "/roadmap").await;
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

#[tokio::test]
async fn every_apply_call_to_action_goes_to_the_application() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    for path in [
        "/",
        "/roadmap",
        "/roadmap/8",
        "/bootcamp",
        "/faq",
        "/salary",
    ] {
        open(&browser, &site, path).await;
        let hrefs: Vec<String> = browser
            .eval("return [...document.querySelectorAll('a')].filter(a => a.textContent.trim() === 'Apply now').map(a => a.getAttribute('href'));", vec![])
            .await;
        assert!(!hrefs.is_empty(), "{path} has an Apply link");
        assert!(hrefs.iter().all(|h| h == "/apply"), "{path}: {hrefs:?}");
    }
    browser.click_text("Apply now").await;
    browser
        .wait_until(
            "the wizard",
            "return location.pathname === '/apply/about-you'",
        )
        .await;
    browser.close().await;
}
