//! The route table: every page of the product, how it is written in a URL, and its title.
//!
//! One table serves both ways the app navigates: through the address bar (the standalone app
//! and an embedded app with a base path) and in memory (widgets that must not touch the host's
//! URL). It is pure, so the whole mapping is tested natively.

use crate::apply::steps::StepId;
use crate::guide::model::{Guide, ROADMAP_STEPS};

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
    NotFound,
}

/// The site name appended to every page title.
pub const SITE_NAME: &str = "Melsoft Academy Backend Career Guide";

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
            ("apply", None) => Page::Apply(None),
            ("apply", Some(slug)) => {
                StepId::from_slug(slug).map_or(Page::NotFound, |s| Page::Apply(Some(s)))
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
            Page::Apply(Some(step)) => format!("/apply/{}", step.slug()),
            Page::NotFound => "/not-found".into(),
        }
    }

    /// The document title of this page (the standalone app sets it; embeds leave the host's).
    pub fn title(&self, guide: &Guide) -> String {
        let name = match self {
            Page::Overview => return format!("{} | {SITE_NAME}", guide.title),
            Page::Roadmap => "The 8-step roadmap".to_owned(),
            Page::Step(n) => match guide.step(*n) {
                Some(step) => format!("Step {n} of {ROADMAP_STEPS}: {} – Roadmap", step.title),
                None => "Page not found".to_owned(),
            },
            Page::Bootcamp => "The Back-End Development Micro-Bootcamp".to_owned(),
            Page::Trends => "Backend trends for 2025".to_owned(),
            Page::Faq => "Frequently asked questions".to_owned(),
            Page::Salary => "Compare backend salaries".to_owned(),
            Page::Apply(Some(step)) => format!("{} – Apply", step.title()),
            Page::Apply(None) => "Apply to the bootcamp".to_owned(),
            Page::NotFound => "Page not found".to_owned(),
        };
        format!("{name} | {SITE_NAME}")
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

/// Which pages a mounted instance shows in place. Links to other pages leave the widget
/// for the full app instead of changing what the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The whole app.
    App,
    /// The article's pages only.
    Guide,
    /// The salary comparison only.
    Salary,
    /// The application wizard only.
    Apply,
}

impl Scope {
    pub fn contains(&self, page: &Page) -> bool {
        match self {
            Scope::App => true,
            Scope::Guide => !matches!(page, Page::Salary | Page::Apply(_)),
            Scope::Salary => matches!(page, Page::Salary),
            Scope::Apply => matches!(page, Page::Apply(_)),
        }
    }

    /// Where an instance of this scope starts.
    pub fn home(&self) -> Page {
        match self {
            Scope::App | Scope::Guide => Page::Overview,
            Scope::Salary => Page::Salary,
            Scope::Apply => Page::Apply(None),
        }
    }
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
mod tests {
    use super::*;
    use crate::guide::model::guide;

    const ALL: [Page; 14] = [
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
    ];

    #[test]
    fn every_page_round_trips_through_its_path() {
        for page in ALL {
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
    fn titles_are_distinct_and_name_the_site() {
        let guide = guide();
        let titles: std::collections::BTreeSet<_> = ALL.iter().map(|p| p.title(guide)).collect();
        assert_eq!(titles.len(), ALL.len());
        assert!(titles.iter().all(|t| t.ends_with(SITE_NAME)));
        assert_eq!(
            Page::Step(3).title(guide),
            format!("Step 3 of 8: Hone Your Skills – Roadmap | {SITE_NAME}")
        );
    }

    #[test]
    fn scopes_keep_widgets_to_their_pages() {
        assert!(Scope::App.contains(&Page::Salary));
        assert!(Scope::Guide.contains(&Page::Step(2)));
        assert!(!Scope::Guide.contains(&Page::Apply(None)));
        assert!(Scope::Salary.contains(&Page::Salary));
        assert!(!Scope::Salary.contains(&Page::Overview));
        assert!(Scope::Apply.contains(&Page::Apply(Some(StepId::Track))));
        assert_eq!(Scope::Apply.home(), Page::Apply(None));
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
