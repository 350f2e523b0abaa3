//! Landing pages nobody here wrote, as npm publishes them (fetched by `./x`, see
//! `tests/e2e/host-pages/packages.txt`), served under `/host/<package>/…`. Their files stay
//! as published: serving only adds our snippet (with `?widgets`) and points the URLs they
//! load from CDNs at the npm copies of the same files, since tests have no internet.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::path::PathBuf;
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// A third-party page and what it loads from CDNs.
pub struct HostPage {
    /// The package folder (`name-version`, as `./x` unpacks it).
    pub package: &'static str,
    /// The page inside the package.
    pub page: &'static str,
    /// CDN URL prefixes and the local copies that replace them.
    pub cdn: &'static [(&'static str, &'static str)],
}

/// Start Bootstrap's one-page "Resume" theme, built for Bootstrap 5.2.3.
pub const RESUME: HostPage = HostPage {
    package: "startbootstrap-resume-7.0.6",
    page: "dist/index.html",
    cdn: &[
        (
            "https://cdn.jsdelivr.net/npm/bootstrap@5.2.3/",
            "/host/bootstrap-5.2.3/package/",
        ),
        (
            "https://use.fontawesome.com/releases/v6.3.0/",
            "/host/fortawesome+fontawesome-free-6.3.0/package/",
        ),
        // Google Fonts is not on npm: the page falls back to its own font stack.
        (
            "https://fonts.googleapis.com/css?",
            "/host/offline-fonts.css?",
        ),
    ],
};

/// Creative Tim's "Notus JS" landing page, styled by Tailwind CSS 2 and its preflight reset.
pub const NOTUS: HostPage = HostPage {
    package: "notus-js-1.1.0",
    page: "pages/landing.html",
    cdn: &[(
        "https://unpkg.com/@popperjs/core@2/",
        "/host/popperjs+core-2.11.8/package/",
    )],
};

impl HostPage {
    /// The page's path on the test site, with or without the widgets.
    pub fn path(&self, widgets: bool) -> String {
        let query = if widgets { "?widgets" } else { "" };
        format!("/host/{}/package/{}{query}", self.package, self.page)
    }

    /// The page with an "Apply now" link at its bottom that opens the wizard in a popup.
    pub fn with_popup(&self) -> String {
        format!("/host/{}/package/{}?popup", self.package, self.page)
    }

    /// The page in Arabic, right to left, as a site translated with Bootstrap's own RTL
    /// stylesheet has it (`<html lang="ar" dir="rtl">`), with the widgets.
    pub fn right_to_left(&self) -> String {
        format!("{}&rtl", self.path(true))
    }
}

/// Bootstrap's right-to-left stylesheet, as npm publishes it.
const BOOTSTRAP_RTL: &str = "/host/bootstrap-5.2.3/package/dist/css/bootstrap.rtl.min.css";

/// Where `./x` unpacked the packages.
fn packages_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("HOST_PAGES") {
        return PathBuf::from(dir);
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache")
        });
    cache.join("backend-career-guide/tools/host-pages")
}

/// The snippet a marketing person pastes, far below the fold: the loader, the salary
/// widget and the wizard sending to this site's endpoint.
fn snippet(origin: &str) -> String {
    format!(
        r#"<script src="/career-guide.js" defer></script>
<div data-career-guide="salary"><a href="/salary">Compare backend salaries</a></div>
<div id="apply" data-career-guide="apply" data-endpoint="{origin}/api/applications"><a href="/apply">Apply to the bootcamp</a></div>
"#
    )
}

/// An "Apply now" link as the theme styles its buttons, opening the wizard in a popup.
fn popup_snippet(origin: &str) -> String {
    format!(
        r#"<script src="/career-guide.js" defer></script>
<p><a id="apply-now" class="btn btn-primary" href="/apply" data-career-guide-open="apply" data-endpoint="{origin}/api/applications">Apply now</a></p>
"#
    )
}

/// Answers a request for `/host/<rest>`.
pub async fn serve(origin: &str, rest: &str, query: &str, request: Request) -> Response {
    if rest.contains("..") {
        return StatusCode::NOT_FOUND.into_response();
    }
    if rest.starts_with("offline-fonts.css") {
        return (
            [(header::CONTENT_TYPE, HeaderValue::from_static("text/css"))],
            "",
        )
            .into_response();
    }
    let page = [&RESUME, &NOTUS]
        .into_iter()
        .find(|p| rest == format!("{}/package/{}", p.package, p.page));
    let dir = packages_dir();
    if let Some(page) = page {
        let file = dir.join(page.package).join("package").join(page.page);
        let Ok(mut html) = tokio::fs::read_to_string(&file).await else {
            return (
                StatusCode::NOT_FOUND,
                format!("{} is missing: run ./x setup", file.display()),
            )
                .into_response();
        };
        for (cdn, local) in page.cdn {
            html = html.replace(cdn, local);
        }
        if query.split('&').any(|p| p == "rtl") {
            html = html.replacen("<html lang=\"en\">", "<html lang=\"ar\" dir=\"rtl\">", 1);
            let at = html.find("</head>").unwrap_or(0);
            html.insert_str(
                at,
                &format!("<link href=\"{BOOTSTRAP_RTL}\" rel=\"stylesheet\" />"),
            );
        }
        if query.split('&').any(|p| p == "popup") {
            let at = html.rfind("</body>").unwrap_or(html.len());
            html.insert_str(at, &popup_snippet(origin));
        }
        if query.split('&').any(|p| p == "widgets") {
            let at = html.rfind("</body>").unwrap_or(html.len());
            html.insert_str(at, &snippet(origin));
        }
        return (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            )],
            html,
        )
            .into_response();
    }
    let (mut parts, body) = request.into_parts();
    parts.uri = format!("/{rest}").parse().unwrap_or_default();
    match ServeDir::new(dir)
        .oneshot(Request::from_parts(parts, body))
        .await
    {
        Ok(response) => response.map(Body::new),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
