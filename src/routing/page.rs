//! The route table: every page of the product and how it is written in a URL, and which
//! pages each kind of widget shows.
//!
//! One table serves both ways the app navigates: through the address bar (the standalone app
//! and an embedded app with a base path) and in memory (widgets that must not touch the host's
//! URL). It is pure, so the whole mapping is tested natively.

use crate::content::names::named_enum;

/// Number of roadmap steps, each with its own page ("Your 8-Step Roadmap"). The guide's
/// content is checked against it.
pub const ROADMAP_STEPS: usize = 8;

named_enum! {
    /// The application wizard's pages, by the slug in their URL (`/apply/about-you`). The
    /// wizard's rules for them live in `apply::steps`.
    pub enum StepId {
        AboutYou = "about-you",
        Background = "background",
        Track = "track",
        Motivation = "motivation",
        CheckAnswers = "check-answers",
        Consent = "consent",
        Confirmation = "confirmation",
    }
}

impl StepId {
    /// A short name, for titles and the review page.
    pub fn title(self) -> &'static str {
        match self {
            StepId::AboutYou => "About you",
            StepId::Background => "Your background",
            StepId::Track => "Track and start date",
            StepId::Motivation => "Motivation",
            StepId::CheckAnswers => "Check your answers",
            StepId::Consent => "Consent",
            StepId::Confirmation => "Application sent",
        }
    }
}

named_enum! {
    /// What a mount point shows, as its `data-career-guide` attribute names it.
    pub enum WidgetKind {
        /// The whole app.
        App = "app",
        /// The article's pages only.
        Guide = "guide",
        /// The salary comparison only.
        Salary = "salary",
        /// The application wizard only.
        Apply = "apply",
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Overview,
    Roadmap,
    /// A roadmap step, numbered from 1.
    Step(usize),
    Bootcamp,
    Trends,
    Faq,
    Salary,
    /// The application wizard; `None` means "wherever the visitor should be".
    Apply(Option<StepId>),
    /// The embed builder: where a marketing person makes the snippet for their page.
    Embed,
    NotFound,
}

impl Page {
    /// Reads a path relative to the app's base ("/roadmap/3", "/apply/track").
    pub fn parse(path: &str) -> Page {
        let trimmed = path.trim_matches('/');
        let mut parts = trimmed.split('/');
        let first = parts.next().unwrap_or("");
        let second = parts.next();
        if parts.next().is_some() {
            return Page::NotFound;
        }
        match (first, second) {
            ("", None) => Page::Overview,
            ("roadmap", None) => Page::Roadmap,
            ("roadmap", Some(number)) => parse_step(number).map_or(Page::NotFound, Page::Step),
            ("bootcamp", None) => Page::Bootcamp,
            ("trends", None) => Page::Trends,
            ("faq", None) => Page::Faq,
            ("salary", None) => Page::Salary,
            ("embed", None) => Page::Embed,
            ("apply", None) => Page::Apply(None),
            ("apply", Some(slug)) => {
                StepId::from_name(slug).map_or(Page::NotFound, |s| Page::Apply(Some(s)))
            }
            _ => Page::NotFound,
        }
    }

    /// The canonical path, relative to the app's base.
    pub fn path(&self) -> String {
        match self {
            Page::Overview => "/".into(),
            Page::Roadmap => "/roadmap".into(),
            Page::Step(n) => format!("/roadmap/{n}"),
            Page::Bootcamp => "/bootcamp".into(),
            Page::Trends => "/trends".into(),
            Page::Faq => "/faq".into(),
            Page::Salary => "/salary".into(),
            Page::Apply(None) => "/apply".into(),
            Page::Apply(Some(step)) => format!("/apply/{}", step.name()),
            Page::Embed => "/embed".into(),
            Page::NotFound => "/not-found".into(),
        }
    }

    /// The nav entry this page belongs to, for `aria-current`.
    pub fn section(&self) -> Page {
        match self {
            Page::Step(_) => Page::Roadmap,
            Page::Apply(_) => Page::Apply(None),
            other => *other,
        }
    }
}

fn parse_step(text: &str) -> Option<usize> {
    // Only the canonical spelling, so each step has exactly one URL.
    if text.is_empty() || text.starts_with('0') || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: usize = text.parse().ok()?;
    (1..=ROADMAP_STEPS).contains(&n).then_some(n)
}

/// Which pages a widget shows in place. Links to other pages leave the widget for the
/// full app instead of changing what the widget shows.
impl WidgetKind {
    pub fn contains(&self, page: &Page) -> bool {
        match self {
            WidgetKind::App => true,
            WidgetKind::Guide => !matches!(page, Page::Salary | Page::Apply(_) | Page::Embed),
            WidgetKind::Salary => matches!(page, Page::Salary),
            WidgetKind::Apply => matches!(page, Page::Apply(_)),
        }
    }

    /// Where a widget of this kind starts.
    pub fn home(&self) -> Page {
        match self {
            WidgetKind::App | WidgetKind::Guide => Page::Overview,
            WidgetKind::Salary => Page::Salary,
            WidgetKind::Apply => Page::Apply(None),
        }
    }
}

/// Every page that has an address of its own, in the guide's order (the wizard's steps
/// after its entry); [`Page::NotFound`] is not one.
pub fn routes() -> Vec<Page> {
    let mut pages = vec![Page::Overview, Page::Roadmap];
    pages.extend((1..=ROADMAP_STEPS).map(Page::Step));
    pages.extend([
        Page::Bootcamp,
        Page::Trends,
        Page::Faq,
        Page::Salary,
        Page::Apply(None),
    ]);
    pages.extend(StepId::ALL.map(|step| Page::Apply(Some(step))));
    pages.push(Page::Embed);
    pages
}

/// Splits `pathname` into the part under `base` ("/careers" + "/careers/faq" → "/faq").
/// `None` when the path is outside the base.
pub fn strip_base<'a>(base: &str, pathname: &'a str) -> Option<&'a str> {
    let base = base.trim_end_matches('/');
    if base.is_empty() {
        return Some(pathname);
    }
    let rest = pathname.strip_prefix(base)?;
    if rest.is_empty() {
        Some("/")
    } else if rest.starts_with('/') {
        Some(rest)
    } else {
        None
    }
}

/// Joins a base path and a page path ("/careers" + "/faq" → "/careers/faq").
pub fn join_base(base: &str, path: &str) -> String {
    let base = base.trim_end_matches('/');
    if path == "/" && !base.is_empty() {
        format!("{base}/")
    } else {
        format!("{base}{path}")
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// A page of every kind, for tests that go through them all.
    pub const ALL: [Page; 15] = [
        Page::Overview,
        Page::Roadmap,
        Page::Step(1),
        Page::Step(8),
        Page::Bootcamp,
        Page::Trends,
        Page::Faq,
        Page::Salary,
        Page::Apply(None),
        Page::Apply(Some(StepId::AboutYou)),
        Page::Apply(Some(StepId::CheckAnswers)),
        Page::Apply(Some(StepId::Confirmation)),
        Page::Step(4),
        Page::Apply(Some(StepId::Consent)),
        Page::Embed,
    ];

    #[test]
    fn every_page_round_trips_through_its_path() {
        assert_eq!(
            routes().len(),
            1 + 1 + ROADMAP_STEPS + 4 + 1 + StepId::ALL.len() + 1
        );
        for page in ALL.into_iter().chain(routes()) {
            assert_eq!(Page::parse(&page.path()), page, "{}", page.path());
        }
    }

    #[test]
    fn trailing_slashes_are_tolerated() {
        assert_eq!(Page::parse("/roadmap/3/"), Page::Step(3));
        assert_eq!(Page::parse(""), Page::Overview);
        assert_eq!(Page::parse("//"), Page::Overview);
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/roadmap/0",
            "/roadmap/9",
            "/roadmap/03",
            "/roadmap/x",
            "/roadmap/1/2",
            "/nope",
            "/apply/unknown",
            "/faq/extra",
            "/roadmap/99999999999999999999999",
        ] {
            assert_eq!(Page::parse(path), Page::NotFound, "{path}");
        }
    }

    #[test]
    fn scopes_keep_widgets_to_their_pages() {
        assert!(WidgetKind::App.contains(&Page::Salary));
        assert!(WidgetKind::Guide.contains(&Page::Step(2)));
        assert!(!WidgetKind::Guide.contains(&Page::Apply(None)));
        assert!(!WidgetKind::Guide.contains(&Page::Embed));
        assert!(WidgetKind::Salary.contains(&Page::Salary));
        assert!(!WidgetKind::Salary.contains(&Page::Overview));
        assert!(WidgetKind::Apply.contains(&Page::Apply(Some(StepId::Track))));
        assert_eq!(WidgetKind::Apply.home(), Page::Apply(None));
    }

    #[test]
    fn step_slugs_round_trip() {
        for step in StepId::ALL {
            assert_eq!(StepId::from_name(step.name()), Some(step));
        }
        assert_eq!(StepId::from_name("nope"), None);
    }

    #[test]
    fn base_paths_split_and_join() {
        assert_eq!(strip_base("", "/faq"), Some("/faq"));
        assert_eq!(strip_base("/", "/faq"), Some("/faq"));
        assert_eq!(strip_base("/careers", "/careers/faq"), Some("/faq"));
        assert_eq!(strip_base("/careers/", "/careers"), Some("/"));
        assert_eq!(strip_base("/careers", "/careersx/faq"), None);
        assert_eq!(strip_base("/careers", "/pricing"), None);
        assert_eq!(join_base("/careers", "/faq"), "/careers/faq");
        assert_eq!(join_base("/careers/", "/"), "/careers/");
        assert_eq!(join_base("", "/"), "/");
        assert_eq!(join_base("/", "/faq"), "/faq");
    }
}
