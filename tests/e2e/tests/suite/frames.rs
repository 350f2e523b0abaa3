//! The page made to be framed (`frame.html`), as a page builder's sandboxed iframe holds
//! it: on another origin, without `allow-same-origin` (no storage, no cookies), sized by
//! the page around it from the frame's messages, by our loader, by the ten lines the
//! embedding guide gives, or not at all.

use e2e::wizard::apply_in_widget;
use e2e::{Browser, Site, SiteOptions};
use serde_json::Value;

/// The build's site (another origin than the page around the frame), and a host page.
struct Sites {
    guide: Site,
    host: Site,
}

impl Sites {
    async fn start() -> Sites {
        Sites {
            // A sandboxed page has no origin of its own: it loads the build across origins.
            guide: Site::start_with(SiteOptions {
                cors: true,
                ..SiteOptions::default()
            })
            .await,
            host: Site::start().await,
        }
    }

    /// The frame's address for `query` (with the host's origin as the message target).
    fn frame(&self, query: &str) -> String {
        format!(
            "{}/frame.html?{query}&origin={}",
            self.guide.origin(),
            self.host.origin()
        )
    }

    /// The builder's page with the frame, and our loader on it.
    fn page_with_loader(&self, query: &str, title: &str) -> String {
        let q: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("assets", self.guide.origin())
            .append_pair("frame", &self.frame(query))
            .append_pair("title", title)
            .finish();
        self.host.url(&format!("/e2e/frame-host.html?{q}"))
    }
}

/// The frame element's height on the page around it.
async fn frame_height(browser: &Browser) -> f64 {
    browser
        .eval(
            "return document.querySelector('iframe').clientHeight;",
            vec![],
        )
        .await
}

/// Waits until the frame's widget has mounted; returns the height it then says it has.
async fn widget_inside(browser: &Browser) -> f64 {
    browser
        .client
        .enter_frame(Some(0))
        .await
        .expect("the frame");
    browser.settled().await;
    let height: f64 = browser
        .eval(
            "return Math.ceil(document.querySelector('[data-career-guide]').getBoundingClientRect().height);",
            vec![],
        )
        .await;
    browser.client.enter_parent_frame().await.expect("back out");
    height
}

#[tokio::test]
async fn a_sandboxed_frame_on_another_origin_runs_the_wizard_and_fits_its_height() {
    let sites = Sites::start().await;
    let browser = Browser::start().await;
    browser
        .goto(&sites.page_with_loader(
            "widget=apply&endpoint=/api/applications",
            "Apply to the bootcamp",
        ))
        .await;
    let content = widget_inside(&browser).await;
    assert!(content > 500.0, "{content}");
    let fitted = browser
        .wait_until(
            "the frame to fit its widget",
            &format!("const h = document.querySelector('iframe').clientHeight; return Math.abs(h - {content}) < 2 && h;"),
        )
        .await;
    assert!(fitted.as_f64().is_some());
    browser.assert_accessible("the framed wizard").await;

    browser.client.enter_frame(Some(0)).await.unwrap();
    let (origin, notice, heading): (String, String, String) = browser
        .eval(
            "const root = document.querySelector('[data-career-guide]').shadowRoot;
             return [String(self.origin), root.querySelector('[data-testid=storage-notice]')?.textContent ?? '',
                     root.querySelector('h1')?.textContent ?? ''];",
            vec![],
        )
        .await;
    assert_eq!(
        origin, "null",
        "an opaque origin: the sandbox has no allow-same-origin"
    );
    assert!(notice.contains("will not be saved"), "{notice:?}");
    assert_eq!(
        heading, "About you",
        "alone on its page, its title is the h1"
    );
    // A Continue that shows errors makes the widget taller: the frame follows.
    browser
        .click_in_shadow("[data-career-guide]", "button[type=submit]")
        .await;
    browser
        .wait_shadow_text(
            "[data-career-guide]",
            ".cg-error-summary",
            "There is a problem",
        )
        .await;
    let taller = widget_inside_now(&browser).await;
    browser.client.enter_parent_frame().await.unwrap();
    browser
        .wait_until(
            "the frame to grow with its widget",
            &format!(
                "return Math.abs(document.querySelector('iframe').clientHeight - {taller}) < 2;"
            ),
        )
        .await;
    assert!(taller > content, "{taller} after {content}");

    // The whole application, sent from the frame to the build's own site.
    browser.client.enter_frame(Some(0)).await.unwrap();
    apply_in_widget(&browser, "[data-career-guide]").await;
    browser.client.enter_parent_frame().await.unwrap();
    let received = sites.guide.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].status, 201);
    browser.close().await;
}

/// The widget's height, from inside the frame.
async fn widget_inside_now(browser: &Browser) -> f64 {
    browser
        .eval(
            "return Math.ceil(document.querySelector('[data-career-guide]').getBoundingClientRect().height);",
            vec![],
        )
        .await
}

#[tokio::test]
async fn the_embedding_guides_ten_lines_fit_the_frame_and_without_them_it_scrolls() {
    let sites = Sites::start().await;
    let browser = Browser::start().await;
    let docs = std::fs::read_to_string(e2e::workspace().join("docs/embedding.md")).unwrap();
    let snippet = docs
        .split("<!-- frame-resize:start -->")
        .nth(1)
        .and_then(|rest| rest.split("<!-- frame-resize:end -->").next())
        .expect("the snippet between its markers in docs/embedding.md")
        .replace("```html", "")
        .replace("```", "");
    assert!(
        snippet.lines().filter(|l| !l.trim().is_empty()).count() <= 12,
        "{snippet}"
    );
    let frame = format!(
        "<iframe data-career-guide-frame title=\"Backend salaries\" src=\"{}\" sandbox=\"allow-scripts allow-forms allow-popups\" width=\"100%\" height=\"300\"></iframe>",
        sites.frame("widget=salary&accent=%230b7285").replace('&', "&amp;")
    );
    sites.host.paste(&format!("{frame}\n{snippet}"));
    browser.goto(&sites.host.url(e2e::PASTED)).await;
    let content = widget_inside(&browser).await;
    browser
        .wait_until(
            "the snippet to fit the frame",
            &format!(
                "return Math.abs(document.querySelector('iframe').clientHeight - {content}) < 2;"
            ),
        )
        .await;
    // The query themes the widget; links that leave it open in a new tab.
    browser.client.enter_frame(Some(0)).await.unwrap();
    let (link, bar): (Value, String) = browser
        .eval(
            "const root = document.querySelector('[data-career-guide]').shadowRoot;
             const apply = [...root.querySelectorAll('a')].find((a) => a.textContent.includes('Apply'));
             return [{ target: apply.target, rel: apply.rel }, getComputedStyle(root.querySelector('.cg-button')).backgroundColor];",
            vec![],
        )
        .await;
    assert_eq!(link["target"], "_blank");
    assert_eq!(link["rel"], "noopener");
    assert_eq!(bar, "rgb(11, 114, 133)");
    browser.client.enter_parent_frame().await.unwrap();

    // Without any script around it, the frame keeps its height and the widget scrolls.
    sites.host.paste(&frame);
    browser.goto(&sites.host.url(e2e::PASTED)).await;
    widget_inside(&browser).await;
    assert_eq!(frame_height(&browser).await, 300.0);
    browser.client.enter_frame(Some(0)).await.unwrap();
    let scrolls: bool = browser
        .eval(
            "return document.scrollingElement.scrollHeight > innerHeight;",
            vec![],
        )
        .await;
    assert!(scrolls, "the widget scrolls inside its frame");
    browser.client.enter_parent_frame().await.unwrap();
    browser.close().await;
}

#[tokio::test]
async fn a_frame_address_cannot_send_applications_elsewhere() {
    let sites = Sites::start().await;
    let browser = Browser::start().await;
    // Opened directly, as a link someone shared: it is a page of the guide's own site.
    browser
        .goto(
            &sites
                .guide
                .url("/frame.html?widget=apply&endpoint=https://collector.example/applications"),
        )
        .await;
    browser.settled().await;
    let warnings = browser.reported().await.warnings;
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("is not on this site") && w.contains("collector.example")),
        "{warnings:?}"
    );
    browser
        .wait_shadow_text(
            "[data-career-guide]",
            "[data-testid=preview-notice]",
            "Preview",
        )
        .await;
    browser.close().await;
}
