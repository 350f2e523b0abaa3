//! The app taking the place of the pre-rendered page, as a visitor on a slow connection
//! meets it: the page reads and lays out the same before and after, what they did while
//! the script loaded is kept, and what only their browser knows appears without a jump.

use e2e::{Browser, Site};
use serde_json::Value;

/// The main module, held back to keep the pre-rendered page on screen.
const RUNTIME: &str = "_bg.wasm";

/// The page's text, and the box of every element on the first screen.
const SNAPSHOT: &str = "
    const boxes = [];
    const all = document.querySelectorAll('body *');
    for (const el of all) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.bottom < 0 || r.top > innerHeight) continue;
        const path = [];
        for (let e = el; e && e !== document.body; e = e.parentElement) path.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
        boxes.push([path.join('>'), Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]);
    }
    return { text: document.body.innerText, boxes, screen: innerHeight, mounted: document.querySelector('[data-career-guide-mounted] .cg-app:not([hidden])') !== null && document.querySelectorAll('.cg-app').length === 1 };";

#[derive(serde::Deserialize, Debug, PartialEq)]
struct Snapshot {
    text: String,
    boxes: Vec<(String, i64, i64, i64, i64)>,
    /// The viewport's height.
    screen: i64,
    mounted: bool,
}

/// Layout shifts since the page loaded that the visitor did not cause. Only an observer
/// sees them (`getEntriesByType` lists none): its buffered entries arrive in a task.
/// Each is its score, when, and what moved from where to where (`0.0045 at 812 ms:
/// p.cg-hint 16,90,300x40 → 16,120,300x40`).
const SHIFTS: &str = "
    const done = arguments[arguments.length - 1];
    const shifts = [];
    const name = (node) => !node ? '(gone)' : node.nodeType !== 1 ? node.nodeName :
        node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + (node.className && typeof node.className === 'string' ? '.' + node.className.split(' ')[0] : '');
    const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}x${Math.round(r.height)}`;
    const describe = (e) => `${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ` +
        (e.sources || []).map((s) => `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`).join('; ');
    const keep = (entries) => shifts.push(...entries.filter((e) => !e.hadRecentInput).map(describe));
    const observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    requestAnimationFrame(() => setTimeout(() => {
        keep(observer.takeRecords());
        observer.disconnect();
        done(shifts);
    }, 0));";

async fn shifts(browser: &Browser) -> Vec<String> {
    browser
        .client
        .execute_async(SHIFTS, vec![])
        .await
        .map(|v| serde_json::from_value(v).unwrap())
        .expect("layout shifts")
}

/// The boxes on the first screen that are not where they were. A box that grows below
/// the screen's bottom edge (content added further down) moves nothing in sight.
fn moved(before: &Snapshot, after: &Snapshot) -> Vec<String> {
    let in_sight = |b: &(String, i64, i64, i64, i64)| {
        let (path, x, y, width, height) = b.clone();
        (path, x, y, width, (y + height).min(before.screen))
    };
    let mut moved: Vec<String> = before
        .boxes
        .iter()
        .zip(&after.boxes)
        .filter(|(b, a)| in_sight(b) != in_sight(a))
        .map(|(b, a)| format!("{b:?} → {a:?}"))
        .collect();
    if before.boxes.len() != after.boxes.len() {
        moved.push(format!(
            "{} boxes before, {} after",
            before.boxes.len(),
            after.boxes.len()
        ));
    }
    moved
}

/// Opens `route` with the runtime held back, so the pre-rendered page is what shows.
async fn open_prerendered(browser: &Browser, site: &Site, route: &str) {
    // Hashed files are cached for good: the runtime must come from the site again.
    browser.cdp("Network.enable", serde_json::json!({})).await;
    browser
        .cdp(
            "Network.setCacheDisabled",
            serde_json::json!({ "cacheDisabled": true }),
        )
        .await;
    site.hold_files(RUNTIME);
    browser.goto(&site.url(route)).await;
    browser.find("h1").await;
}

#[tokio::test]
async fn taking_over_changes_nothing_on_screen() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    for route in [
        "/",
        "/roadmap/3",
        "/roadmap",
        "/faq",
        "/salary",
        "/bootcamp",
        "/apply/about-you",
    ] {
        open_prerendered(&browser, &site, route).await;
        let before: Snapshot = browser.eval(SNAPSHOT, vec![]).await;
        assert!(
            !before.mounted,
            "{route}: the app waits for its runtime: {before:?}"
        );
        site.release_files();
        browser.settled().await;
        browser.after_frames(2).await;
        let after: Snapshot = browser.eval(SNAPSHOT, vec![]).await;
        assert!(after.mounted, "{route}: the app took over");
        assert_eq!(before.text, after.text, "{route}: the text");
        let moved = moved(&before, &after);
        assert!(moved.is_empty(), "{route}: moved\n{}", moved.join("\n"));
        assert_eq!(before.boxes.len(), after.boxes.len(), "{route}: boxes");
        assert_eq!(
            shifts(&browser).await,
            Vec::<String>::new(),
            "{route}: layout shifts"
        );
        let reported = browser.reported().await;
        assert!(reported.errors.is_empty(), "{route}: {:?}", reported.errors);
    }
    browser.close().await;
}

#[tokio::test]
async fn a_visitor_who_scrolled_typed_opened_or_tabbed_keeps_their_place() {
    let site = Site::start().await;
    let browser = Browser::start().await;

    // The FAQ: scrolled down, an answer opened, focus on its summary.
    open_prerendered(&browser, &site, "/faq").await;
    browser.click("#how-long summary").await;
    let before: (f64, String) = browser
        .eval(
            "scrollBy(0, 300); return [scrollY, document.activeElement.textContent];",
            vec![],
        )
        .await;
    assert!(before.0 > 0.0);
    site.release_files();
    browser.settled().await;
    browser.after_frames(2).await;
    let after: (f64, String, bool, bool) = browser
        .eval(
            "const d = document.getElementById('how-long');
             return [scrollY, document.activeElement.textContent, d.open, document.activeElement === d.querySelector('summary')];",
            vec![],
        )
        .await;
    assert_eq!(after.0, before.0, "the scroll position");
    assert_eq!(after.1, before.1, "focus");
    assert!(after.2, "the answer stays open");
    assert!(after.3, "its question focused");
    // The app knows it is open: its link shows, and closing works.
    browser.click("#how-long summary").await;
    browser
        .wait_until(
            "the answer to close",
            "return !document.getElementById('how-long').open",
        )
        .await;

    // The wizard: a name typed before the app arrived is the app's answer, and saved.
    open_prerendered(&browser, &site, "/apply/about-you").await;
    browser.type_into("#full-name", "Thandiwe Nkosi").await;
    site.release_files();
    browser.settled().await;
    let draft: String = browser
        .wait_until(
            "the draft to be saved",
            "return localStorage.getItem('career-guide:application-draft');",
        )
        .await
        .as_str()
        .unwrap()
        .to_owned();
    assert!(draft.contains("Thandiwe Nkosi"), "{draft}");
    let (value, focused): (String, String) = browser
        .eval(
            "return [document.getElementById('full-name').value, document.activeElement.id];",
            vec![],
        )
        .await;
    assert_eq!(value, "Thandiwe Nkosi");
    assert_eq!(
        focused, "full-name",
        "focus stays in the field being typed in"
    );
    browser.click_text("Continue").await;
    browser
        .wait_text(".cg-error-summary", "Enter your email address")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn a_link_clicked_before_the_app_arrives_goes_where_it_says() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    open_prerendered(&browser, &site, "/roadmap/3").await;
    browser.click(".cg-pagination__next a").await;
    browser.wait_text("h1", "Build Your Portfolio").await;
    assert_eq!(browser.path().await, "/roadmap/4");
    site.release_files();
    browser.settled().await;
    browser.wait_text("h1", "Build Your Portfolio").await;
    browser.close().await;
}

#[tokio::test]
async fn what_only_the_browser_knows_appears_without_a_layout_jump() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    // Roadmap progress and a draft begun on an earlier visit.
    browser.goto(&site.url("/robots.txt")).await;
    let draft = serde_json::json!({"version":1,"step":"about-you","answers":{"full_name":"Ada Lovelace","email":"ada@example.com","languages":[],"consent":false},"reference":null,"submitted_at":null});
    browser
        .eval::<Value>(
            "localStorage.setItem('career-guide:roadmap-progress', JSON.stringify({ version: 1, done: [1, 3] }));
             localStorage.setItem('career-guide:application-draft', arguments[0]);
             return null;",
            vec![Value::String(draft.to_string())],
        )
        .await;
    let cases = [
        (
            "/roadmap/3",
            "return document.getElementById('step-3-done').checked &&
                 document.querySelector('.cg-progress__label').textContent.includes('2 of 8');",
        ),
        (
            "/apply/about-you",
            "return document.getElementById('full-name').value === 'Ada Lovelace' &&
                 document.getElementById('email').value === 'ada@example.com';",
        ),
        (
            "/salary?from=entry-level&to=total-compensation&per=month&pay=52k",
            "return document.querySelector('[data-testid=comparison]').textContent.includes('Entry-level salary is up to') &&
                 document.querySelector('[data-testid=own-pay-results]')?.textContent.includes('more than your pay per month');",
        ),
    ];
    for (route, shows) in cases {
        open_prerendered(&browser, &site, route).await;
        let before: Snapshot = browser.eval(SNAPSHOT, vec![]).await;
        site.release_files();
        browser.settled().await;
        browser
            .wait_until(&format!("{route}: the visitor's state"), shows)
            .await;
        browser.after_frames(2).await;
        let after: Snapshot = browser.eval(SNAPSHOT, vec![]).await;
        let moved = moved(&before, &after);
        assert!(moved.is_empty(), "{route}: moved\n{}", moved.join("\n"));
        assert_eq!(shifts(&browser).await, Vec::<String>::new(), "{route}");
    }
    browser.close().await;
}

/// A page shorter than the window, or one the browser paints while it is still arriving,
/// already keeps room for the scrollbar, so nothing moves sideways when the scrollbar
/// appears; the framed page, sized to its widget, keeps none.
#[tokio::test]
async fn the_scrollbar_has_its_room_before_it_appears() {
    let site = Site::start().await;
    let browser = Browser::start().await;
    const ROOM: &str = "return [document.documentElement.scrollHeight <= innerHeight,
        innerWidth - document.documentElement.clientWidth];";
    // A window taller than the page (emulated metrics would hide the scrollbar).
    browser
        .client
        .set_window_size(1280, 2400)
        .await
        .expect("a tall window");
    browser.goto(&site.url("/apply/about-you")).await;
    browser.find("h1").await;
    let (fits, room): (bool, f64) = browser.eval(ROOM, vec![]).await;
    assert!(fits, "the page is shorter than the window");
    assert!(room > 0.0, "no room kept for the scrollbar");
    browser.goto(&site.url("/frame.html?widget=salary")).await;
    browser
        .wait_until(
            "the framed page",
            "return document.readyState === 'complete';",
        )
        .await;
    let (fits, room): (bool, f64) = browser.eval(ROOM, vec![]).await;
    assert!(fits, "the framed page is shorter than the window");
    assert_eq!(room, 0.0, "a frame keeps no room for a scrollbar");
    browser.close().await;
}
