//! The standalone site as a crawler, a link preview or a visitor whose script has not
//! arrived reads it: the HTML each route's address serves, with scripts off. Every route
//! is a page of its own, whole, with its own head, preview card and structured data.

use e2e::{article, Browser, BrowserOptions, Site};
use serde_json::Value;
use std::collections::BTreeSet;

/// Every route of the site, as its links name it.
fn routes() -> Vec<&'static str> {
    let mut routes = e2e::GUIDE_ROUTES.to_vec();
    routes.extend(["/salary", "/apply", "/apply/about-you", "/embed"]);
    routes
}

async fn without_scripts() -> Browser {
    Browser::start_with(BrowserOptions {
        javascript: false,
        ..BrowserOptions::default()
    })
    .await
}

/// What a reader of the page's markup finds in its head and body.
#[derive(serde::Deserialize, Debug)]
struct Read {
    title: String,
    description: String,
    canonical: Option<String>,
    /// Open Graph and Twitter card tags by name.
    card: std::collections::BTreeMap<String, String>,
    h1: Vec<String>,
    structured: Vec<String>,
    ran: bool,
    text: String,
    links: Vec<String>,
}

const READ: &str = "
    const meta = (name) => document.querySelector(`meta[name='${name}'], meta[property='${name}']`)?.content;
    const card = {};
    for (const m of document.querySelectorAll('meta[property^=\"og:\"], meta[name^=\"twitter:\"]')) card[m.getAttribute('property') || m.name] = m.content;
    return {
        title: document.title,
        description: meta('description'),
        canonical: document.querySelector('link[rel=canonical]')?.href ?? null,
        card,
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
        structured: [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map((s) => s.textContent),
        ran: document.querySelector('[data-career-guide-mounted]') !== null,
        text: document.body.innerText,
        links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    };";

async fn read(browser: &Browser, site: &Site, route: &str) -> Read {
    browser.goto(&site.url(route)).await;
    browser.eval(READ, vec![]).await
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn every_route_has_its_own_head_and_card_before_any_script_runs() {
    let site_url = e2e::site_url();
    let site = Site::start().await;
    let browser = without_scripts().await;
    let mut titles = BTreeSet::new();
    let mut descriptions = BTreeSet::new();
    for route in routes() {
        let page = read(&browser, &site, route).await;
        assert!(!page.ran, "{route}: scripts are off");
        assert_eq!(page.h1.len(), 1, "{route}: one h1, {:?}", page.h1);
        // The wizard's entry and its first page are one page; every other route its own.
        if route != "/apply" {
            assert!(
                titles.insert(page.title.clone()),
                "{route}: title {} again",
                page.title
            );
            assert!(
                descriptions.insert(page.description.clone()),
                "{route}: description again"
            );
        }
        assert!(page.description.chars().count() >= 20 && page.description.chars().count() <= 160);
        let canonical_route = if route.starts_with("/apply") {
            "/apply/about-you"
        } else {
            route
        };
        let address = format!("{}{canonical_route}", site_url.trim_end_matches('/'));
        assert_eq!(
            page.canonical.as_deref(),
            Some(address.as_str()),
            "{route}: canonical"
        );
        let expected = [
            ("og:title", page.title.as_str()),
            ("og:description", page.description.as_str()),
            ("og:url", address.as_str()),
            ("twitter:card", "summary_large_image"),
            ("twitter:title", page.title.as_str()),
            ("twitter:description", page.description.as_str()),
        ];
        for (tag, value) in expected {
            assert_eq!(
                page.card.get(tag).map(String::as_str),
                Some(value),
                "{route}: {tag}"
            );
        }
        let image = format!("{}/social-card.png", site_url.trim_end_matches('/'));
        assert_eq!(page.card.get("og:image"), Some(&image), "{route}");
        assert_eq!(page.card.get("twitter:image"), Some(&image), "{route}");
        let kind = if e2e::GUIDE_ROUTES.contains(&route) {
            "article"
        } else {
            "website"
        };
        assert_eq!(
            page.card.get("og:type").map(String::as_str),
            Some(kind),
            "{route}"
        );
        // Every link is a plain link to a page that exists as a file.
        for link in page.links.iter().filter(|l| l.starts_with('/')) {
            let (status, _, _) = e2e::http_get(&site.url(link), &[]).await;
            assert_eq!(status, 200, "{route} links to {link}");
        }
    }
    // The card's image is the guide's title card, at the size previews ask for.
    let (status, headers, png) = e2e::http_get(&site.url("/social-card.png"), &[]).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    assert_eq!(
        (size(16), size(20)),
        (1200, 630),
        "width and height from the PNG header"
    );
    browser.close().await;
}

#[tokio::test]
async fn structured_data_says_what_each_page_shows() {
    let site_url = e2e::site_url().trim_end_matches('/').to_owned();
    let site = Site::start().await;
    let browser = without_scripts().await;
    let mut h1_of = std::collections::BTreeMap::new();
    for route in e2e::GUIDE_ROUTES {
        h1_of.insert(route, read(&browser, &site, route).await.h1[0].clone());
    }
    for route in routes() {
        let page = read(&browser, &site, route).await;
        let data: Vec<Value> = page
            .structured
            .iter()
            .map(|json| {
                serde_json::from_str(json).unwrap_or_else(|e| panic!("{route}: {e}: {json}"))
            })
            .collect();
        let types: Vec<&str> = data.iter().map(|d| d["@type"].as_str().unwrap()).collect();
        let text = words(&page.text);
        if !e2e::GUIDE_ROUTES.contains(&route) {
            assert!(data.is_empty(), "{route}: {types:?}");
            continue;
        }
        // An Article: its headline is the page's heading, its words are the page's.
        let article = &data[0];
        assert_eq!(types[0], "Article", "{route}");
        assert_eq!(article["@context"], "https://schema.org");
        assert_eq!(article["headline"], page.h1[0], "{route}");
        assert!(article["headline"].as_str().unwrap().chars().count() <= 110);
        assert!(
            text.contains(article["description"].as_str().unwrap()),
            "{route}: description"
        );
        assert_eq!(article["author"]["name"], "Melsoft Academy");
        assert_eq!(article["publisher"]["name"], "Melsoft Academy");
        assert_eq!(article["image"], format!("{site_url}/social-card.png"));
        assert_eq!(article["url"].as_str(), page.canonical.as_deref());
        match route {
            "/faq" => {
                assert_eq!(types, ["Article", "FAQPage"]);
                let shown: Vec<(String, String)> = browser
                    .eval(
                        "return [...document.querySelectorAll('details')].map((d) => {
                            d.open = true;
                            const anchor = d.querySelector('.cg-faq__anchor')?.innerText ?? '';
                            const answer = d.querySelector('.cg-faq__answer').innerText;
                            return [d.querySelector('summary').textContent, answer.replace(anchor, '')];
                        });",
                        vec![],
                    )
                    .await;
                let questions = data[1]["mainEntity"].as_array().unwrap();
                assert_eq!(questions.len(), shown.len());
                assert_eq!(questions.len(), 7);
                for (question, (name, answer)) in questions.iter().zip(&shown) {
                    assert_eq!(question["@type"], "Question");
                    assert_eq!(question["name"], name.as_str());
                    assert_eq!(question["acceptedAnswer"]["@type"], "Answer");
                    assert_eq!(
                        words(question["acceptedAnswer"]["text"].as_str().unwrap()),
                        words(answer)
                    );
                }
            }
            "/bootcamp" => {
                assert_eq!(types, ["Article", "Course"]);
                assert_eq!(data[1]["name"], page.h1[0]);
                assert!(text.contains(data[1]["description"].as_str().unwrap()));
                assert_eq!(data[1]["provider"]["@type"], "Organization");
                assert_eq!(data[1]["provider"]["name"], "Melsoft Academy");
            }
            step if step.starts_with("/roadmap/") => {
                assert_eq!(types, ["Article", "BreadcrumbList"], "{route}");
                let trail = data[1]["itemListElement"].as_array().unwrap();
                let expected = [
                    ("/", &h1_of["/"]),
                    ("/roadmap", &h1_of["/roadmap"]),
                    (step, &page.h1[0]),
                ];
                assert_eq!(trail.len(), expected.len());
                for (index, (item, (path, name))) in trail.iter().zip(expected).enumerate() {
                    assert_eq!(item["@type"], "ListItem");
                    assert_eq!(item["position"], index + 1);
                    assert_eq!(item["name"], name.as_str(), "{route}");
                    let address = if path == "/" {
                        format!("{site_url}/")
                    } else {
                        format!("{site_url}{path}")
                    };
                    assert_eq!(item["item"], address, "{route}");
                }
            }
            _ => assert_eq!(types, ["Article"], "{route}"),
        }
    }
    browser.close().await;
}

#[tokio::test]
async fn without_scripts_the_article_salaries_and_application_read_whole() {
    let site = Site::start().await;
    let browser = without_scripts().await;
    let mut seen = String::new();
    for route in e2e::GUIDE_ROUTES {
        browser.goto(&site.url(route)).await;
        // Answers are in `<details>`, which a reader opens.
        let text: String = browser
            .eval(
                "document.querySelectorAll('details').forEach((d) => (d.open = true));
                 return document.body.innerText;",
                vec![],
            )
            .await;
        seen.push_str(&words(&text));
        seen.push('\n');
    }
    let missing: Vec<String> = article::lines()
        .into_iter()
        .filter(|line| !seen.contains(line.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the pages:\n{}",
        missing.join("\n")
    );

    // The salary figures, sourced, as a table; no control that would need a script.
    let salary = read(&browser, &site, "/salary").await;
    let rows: Vec<Vec<String>> = browser
        .eval(
            "return [...document.querySelectorAll('table tbody tr')].map((r) => [...r.cells].map((c) => c.innerText));",
            vec![],
        )
        .await;
    assert_eq!(rows.len(), 4, "{rows:?}");
    for figure in ["$81,000", "$115,000", "$120,000", "$219,564"] {
        assert!(
            rows.iter().any(|r| r[1].contains(figure)),
            "{figure} in {rows:?}"
        );
    }
    let text = words(&salary.text);
    assert!(text.contains("Sources"), "{text}");
    let controls: usize = browser
        .eval("return [...document.querySelectorAll('select, input, button')].filter((c) => c.offsetParent !== null).length;", vec![])
        .await;
    assert_eq!(
        controls, 0,
        "controls that cannot work without scripts are not shown"
    );

    // The application: what it asks, and that sending needs JavaScript.
    let apply = read(&browser, &site, "/apply/about-you").await;
    let text = words(&apply.text);
    assert!(
        text.contains("Sending this application needs JavaScript"),
        "{text}"
    );
    for asked in [
        "Full name",
        "Email address",
        "Your background:",
        "Your motivation:",
    ] {
        assert!(text.contains(asked), "{asked} in {text}");
    }
    // Continue cannot put the answers anywhere, not even in the address.
    browser.type_into("#full-name", "Thandiwe Nkosi").await;
    browser.click_text("Continue").await;
    assert_eq!(browser.path().await, "/apply/about-you");
    browser.close().await;
}

#[tokio::test]
async fn on_a_phone_without_scripts_every_section_link_shows() {
    let site = Site::start().await;
    let browser = without_scripts().await;
    browser.viewport(320, 640).await;
    browser.goto(&site.url("/roadmap/2")).await;
    let (toggle, links): (bool, Vec<String>) = browser
        .eval(
            "return [document.querySelector('.cg-nav__toggle').offsetParent !== null,
                     [...document.querySelectorAll('.cg-nav__list a')].filter((a) => a.offsetParent !== null).map((a) => a.textContent)];",
            vec![],
        )
        .await;
    assert!(!toggle, "no Menu button that cannot open");
    assert_eq!(
        links,
        [
            "Overview",
            "Roadmap",
            "Salaries",
            "Bootcamp",
            "Trends",
            "FAQ",
            "Apply now"
        ]
    );
    browser.close().await;
}

#[tokio::test]
async fn the_sitemap_lists_every_page_worth_finding_and_robots_names_it() {
    let site_url = e2e::site_url().trim_end_matches('/').to_owned();
    let site = Site::start().await;
    let (status, _, robots) = e2e::http_get(&site.url("/robots.txt"), &[]).await;
    assert_eq!(status, 200);
    let robots = String::from_utf8(robots).unwrap();
    assert!(
        robots
            .lines()
            .any(|l| l == format!("Sitemap: {site_url}/sitemap.xml")),
        "{robots}"
    );
    let (status, _, sitemap) = e2e::http_get(&site.url("/sitemap.xml"), &[]).await;
    assert_eq!(status, 200);
    let sitemap = String::from_utf8(sitemap).unwrap();
    assert!(sitemap.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert!(sitemap.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
    let listed: BTreeSet<String> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|rest| rest.split("</loc>").next().unwrap().to_owned())
        .collect();
    let expected: BTreeSet<String> = routes()
        .into_iter()
        .filter(|r| *r != "/apply")
        .map(|r| {
            if r == "/" {
                format!("{site_url}/")
            } else {
                format!("{site_url}{r}")
            }
        })
        .collect();
    assert_eq!(listed, expected);
    for url in &listed {
        let (status, _, _) = e2e::http_get(&site.url(&url[site_url.len()..]), &[]).await;
        assert_eq!(status, 200, "{url}");
    }
}
