//! A real static server for `dist/` on 127.0.0.1: precompressed files, the index.html
//! fallback a single-page app needs (or, like GitHub Pages, none: `404.html` with status
//! 404), cache headers, an optional strict CSP, host pages for embedding tests, and a
//! recording application endpoint the tests can make answer any status, hang, or hold,
//! and files it can hold back.

use crate::contract::PayloadSchema;
use crate::held_files::HeldFiles;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, post};
use axum::Router;
use serde_json::Value;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tokio::sync::{oneshot, Notify};
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// The policy the product promises to work under; `{endpoint}` is the application
/// endpoint's origin when it is not this site.
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'{endpoint}; img-src 'self' data:";

/// What a page that enforces Trusted Types adds to its policy.
pub const TRUSTED_TYPES: &str = "; require-trusted-types-for 'script'; trusted-types 'none'";

/// How the endpoint answers the next application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reply {
    /// Answers with this status (201 when nothing is queued).
    Status(u16),
    /// Never answers, so the browser's timeout fires.
    Hang,
    /// Answers 201 once the test calls [`Site::release`].
    Held,
}

/// A request the endpoint received.
#[derive(Clone, Debug)]
pub struct Received {
    pub body: Value,
    pub idempotency_key: Option<String>,
    pub content_type: Option<String>,
    pub status: u16,
    /// How the body breaks the published JSON Schema; [`Site::received`] fails on any.
    pub schema_problems: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct SiteOptions {
    /// Send the strict CSP header (with violation reports to /csp-reports).
    pub strict_csp: bool,
    /// Put `data-endpoint` on the standalone app's mount element, pointing here.
    pub endpoint_on_app: bool,
    /// More attributes for the standalone app's mount element, e.g. `data-timeout-seconds="2"`.
    pub app_attributes: String,
    /// Another origin allowed in `connect-src` (a cross-origin endpoint).
    pub extra_connect_origin: Option<String>,
    /// Behave like a static host without any rewrite rule (GitHub Pages, a bare nginx): a
    /// route's folder address redirects to its slashed form, unknown paths get `404.html`
    /// with status 404.
    pub no_spa_fallback: bool,
    /// Send `Access-Control-Allow-Origin: *` with every file, so another origin can load
    /// the build (a CDN).
    pub cors: bool,
    /// Enforce Trusted Types on every page as well as the strict CSP: no string may reach
    /// an HTML or script sink, and no policy may be made to let one through.
    pub trusted_types: bool,
    /// Serve this build instead of `dist/`, under this path (for `--public-url`).
    pub dist: Option<(PathBuf, String)>,
}

struct Shared {
    dist: PathBuf,
    prefix: String,
    pages: PathBuf,
    options: SiteOptions,
    origin: String,
    replies: Mutex<VecDeque<Reply>>,
    /// More attributes for the app's mount element, set after start (see `SiteOptions`).
    later_attributes: Mutex<String>,
    schema: PayloadSchema,
    received: Mutex<Vec<Received>>,
    released: Notify,
    csp_reports: Mutex<Vec<Value>>,
    /// A page the test wrote, served at [`PASTED`].
    pasted: Mutex<String>,
    held: HeldFiles,
}

/// Where [`Site::paste`] serves the page it is given.
pub const PASTED: &str = "/pasted.html";

pub struct Site {
    origin: String,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
}

impl Site {
    pub async fn start() -> Site {
        Site::start_with(SiteOptions::default()).await
    }

    pub async fn start_with(options: SiteOptions) -> Site {
        let listener = bind_unused_port().await;
        let origin = format!("http://{}", listener.local_addr().expect("address"));
        let (dist, prefix) = options
            .dist
            .clone()
            .unwrap_or_else(|| (crate::dist_dir(), String::new()));
        let shared = Arc::new(Shared {
            schema: PayloadSchema::of_build(&dist),
            dist,
            prefix,
            pages: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pages"),
            options,
            origin: origin.clone(),
            replies: Mutex::new(VecDeque::new()),
            later_attributes: Mutex::new(String::new()),
            received: Mutex::new(Vec::new()),
            released: Notify::new(),
            csp_reports: Mutex::new(Vec::new()),
            pasted: Mutex::new(String::new()),
            held: HeldFiles::default(),
        });
        let app = Router::new()
            .route("/api/applications", any(endpoint))
            .route("/csp-reports", post(csp_report))
            .fallback(any(files))
            .with_state(Arc::clone(&shared));
        let (tx, rx) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Site {
            origin,
            shared,
            shutdown: Some(tx),
        }
    }

    /// The absolute URL of `path` on this site.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    pub fn endpoint_url(&self) -> String {
        self.url("/api/applications")
    }

    /// Queues how the endpoint answers the next requests; afterwards it answers 201.
    pub fn reply_next(&self, replies: &[Reply]) {
        self.shared
            .replies
            .lock()
            .unwrap()
            .extend(replies.iter().copied());
    }

    /// Adds attributes to the app's mount element from now on, for what is known only once
    /// the site runs (e.g. an endpoint that must know this site's origin first).
    pub fn add_app_attributes(&self, attributes: &str) {
        let mut later = self.shared.later_attributes.lock().unwrap();
        later.push(' ');
        later.push_str(attributes);
    }

    /// Lets a [`Reply::Held`] request answer.
    pub fn release(&self) {
        self.shared.released.notify_one();
    }

    /// Every request the endpoint has received, in order (repeats included). Fails if any
    /// body breaks the JSON Schema the build publishes.
    pub fn received(&self) -> Vec<Received> {
        let received = self.shared.received.lock().unwrap().clone();
        for request in &received {
            assert!(
                request.schema_problems.is_empty(),
                "a payload breaks application.schema.json: {:?}\n{}",
                request.schema_problems,
                request.body
            );
        }
        received
    }

    /// Applications accepted, one per idempotency key, as a real endpoint would store them.
    pub fn applications(&self) -> Vec<Received> {
        let mut seen = std::collections::BTreeSet::new();
        self.received()
            .into_iter()
            .filter(|r| (200..300).contains(&r.status) && seen.insert(r.idempotency_key.clone()))
            .collect()
    }

    /// Serves a page with `body` (e.g. a snippet copied from the embed builder) at
    /// [`PASTED`], as a marketing person's blank page would hold it.
    pub fn paste(&self, body: &str) {
        *self.shared.pasted.lock().unwrap() = format!(
            "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>A page with a pasted snippet</title></head>\n<body>\n<main>\n<h1>Our landing page</h1>\n{body}</main>\n</body>\n</html>\n"
        );
    }

    /// Holds back the build's files whose path contains `fragment` (e.g. `split_salary`)
    /// until [`Site::release_files`]: a slow download.
    pub fn hold_files(&self, fragment: &str) {
        self.shared.held.hold(fragment);
    }

    pub fn release_files(&self) {
        self.shared.held.release();
    }

    pub fn csp_reports(&self) -> Vec<Value> {
        self.shared.csp_reports.lock().unwrap().clone()
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        // Payloads no test read are checked against the schema too.
        if !std::thread::panicking() {
            self.received();
        }
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

fn cors(headers: &mut HeaderMap) {
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("POST, OPTIONS"),
    );
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("content-type, accept, idempotency-key"),
    );
}

async fn endpoint(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let mut headers = HeaderMap::new();
    cors(&mut headers);
    if request.method() == Method::OPTIONS {
        return (StatusCode::NO_CONTENT, headers).into_response();
    }
    if request.method() != Method::POST {
        return (StatusCode::METHOD_NOT_ALLOWED, headers).into_response();
    }
    let (key, content_type) = {
        let header_value = |name: &str| {
            request
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        (
            header_value("idempotency-key"),
            header_value("content-type"),
        )
    };
    let bytes = axum::body::to_bytes(request.into_body(), 1 << 20)
        .await
        .unwrap_or_default();
    let body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    let schema_problems = shared.schema.problems(&body);
    let reply = shared
        .replies
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or(Reply::Status(201));
    let status = match reply {
        Reply::Status(status) => status,
        Reply::Held => 201,
        Reply::Hang => 0,
    };
    shared.received.lock().unwrap().push(Received {
        body,
        idempotency_key: key,
        content_type,
        status,
        schema_problems,
    });
    match reply {
        Reply::Hang => std::future::pending().await,
        Reply::Held => shared.released.notified().await,
        Reply::Status(_) => {}
    }
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = if status.is_success() {
        "{\"status\":\"received\"}"
    } else {
        "{\"error\":\"test\"}"
    };
    (status, headers, body).into_response()
}

async fn csp_report(State(shared): State<Arc<Shared>>, body: Bytes) -> StatusCode {
    if let Ok(report) = serde_json::from_slice::<Value>(&body) {
        shared.csp_reports.lock().unwrap().push(report);
    }
    StatusCode::NO_CONTENT
}

/// Static files: host pages under /e2e/, the page embedding the app under /careers, and
/// the build: each route's own page (`roadmap/3/index.html` for `/roadmap/3`), and the
/// single-page fallback (other paths without a file extension get index.html) unless the
/// site imitates a host without one.
async fn files(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let path = request.uri().path().to_owned();
    let query = request.uri().query().unwrap_or("").to_owned();
    let brotli = request
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("br"));
    let host_page = path.starts_with("/host/");
    let mut response = if path == PASTED {
        html_response(shared.pasted.lock().unwrap().clone())
    } else if let Some(page) = path.strip_prefix("/e2e/") {
        test_page(&shared, page, &query).await
    } else if let Some(rest) = path.strip_prefix("/host/") {
        let rest = rest.to_owned();
        crate::host_pages::serve(&shared.origin, &rest, &query, request).await
    } else if shared.prefix.is_empty() && path.starts_with("/careers") {
        // A host page that embeds the app under the base path /careers.
        test_page(&shared, "careers.html", &query).await
    } else {
        shared.held.wait_for(&path).await;
        build_file(&shared, request, &path, brotli).await
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, cache_control(&path));
    if shared.options.cors {
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    // Third-party pages are always served as the README tells hosts to: strict CSP.
    if shared.options.strict_csp || shared.options.trusted_types || host_page {
        let extra = shared
            .options
            .extra_connect_origin
            .as_deref()
            .map(|o| format!(" {o}"))
            .unwrap_or_default();
        let trusted_types = if shared.options.trusted_types {
            TRUSTED_TYPES
        } else {
            ""
        };
        let policy = format!(
            "{}{trusted_types}; report-uri /csp-reports",
            STRICT_CSP.replace("{endpoint}", &extra)
        );
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&policy).unwrap(),
        );
    }
    response
}

async fn build_file(shared: &Shared, request: Request, path: &str, brotli: bool) -> Response {
    let Some(inside) = path.strip_prefix(&shared.prefix) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let is_page = !inside.rsplit('/').next().unwrap_or("").contains('.');
    let exists = shared.dist.join(inside.trim_start_matches('/')).is_file();
    // Each route is a folder with its page in it, as a static host serves it.
    let route = format!("{}/index.html", inside.trim_matches('/'));
    let route = route.trim_start_matches('/');
    if is_page && shared.dist.join(route).is_file() {
        if shared.options.no_spa_fallback && !inside.ends_with('/') && !inside.is_empty() {
            // Like GitHub Pages or a bare nginx: a folder's address gains its slash.
            let query = request
                .uri()
                .query()
                .map(|q| format!("?{q}"))
                .unwrap_or_default();
            let location = format!("{path}/{query}");
            return (
                StatusCode::MOVED_PERMANENTLY,
                [(header::LOCATION, location)],
            )
                .into_response();
        }
        return app_page(shared, route, brotli).await;
    }
    if is_page && !exists {
        if shared.options.no_spa_fallback {
            let mut page = app_page(shared, "404.html", brotli).await;
            *page.status_mut() = StatusCode::NOT_FOUND;
            return page;
        }
        return app_page(shared, "index.html", brotli).await;
    }
    let (mut parts, body) = request.into_parts();
    parts.uri = inside.parse().unwrap_or_default();
    match ServeDir::new(&shared.dist)
        .precompressed_br()
        .precompressed_gzip()
        .oneshot(Request::from_parts(parts, body))
        .await
    {
        Ok(response) => response.map(Body::new),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// Hashed assets never change, so they may be cached for a year; everything else is
/// revalidated so a new release is picked up at once.
fn cache_control(path: &str) -> HeaderValue {
    let name = path.rsplit('/').next().unwrap_or("");
    let hashed = name
        .split(['-', '.', '_'])
        .any(|part| part.len() >= 15 && part.bytes().all(|b| b.is_ascii_hexdigit()));
    HeaderValue::from_static(if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    })
}

/// The app's page (`index.html` or `404.html`), with the test's attributes on its mount
/// element; compressed with brotli when the browser takes it, as a production host does.
async fn app_page(shared: &Shared, name: &str, brotli: bool) -> Response {
    let mut html = tokio::fs::read_to_string(shared.dist.join(name))
        .await
        .unwrap_or_default();
    let mut attributes = format!(
        "{} {}",
        shared.options.app_attributes,
        shared.later_attributes.lock().unwrap()
    );
    if shared.options.endpoint_on_app {
        attributes.push_str(&format!(
            " data-endpoint=\"{}/api/applications\"",
            shared.origin
        ));
    }
    if !attributes.trim().is_empty() {
        html = html.replacen(
            "data-standalone",
            &format!("{} data-standalone", attributes.trim()),
            1,
        );
    }
    if brotli {
        let mut compressed = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            ..Default::default()
        };
        if brotli::BrotliCompress(&mut html.as_bytes(), &mut compressed, &params).is_ok() {
            return (
                [
                    (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                    (header::CONTENT_ENCODING, "br"),
                    (header::VARY, "accept-encoding"),
                ],
                compressed,
            )
                .into_response();
        }
    }
    html_response(html)
}

/// A host page from `tests/e2e/pages/`; `{origin}` becomes this site's origin and each
/// `{name}` the query parameter `name` (`?endpoint=…` for a cross-origin endpoint,
/// `?assets=…` for the build on another origin), HTML-escaped for an attribute.
async fn test_page(shared: &Shared, name: &str, query: &str) -> Response {
    if name.contains("..") {
        return StatusCode::NOT_FOUND.into_response();
    }
    match tokio::fs::read_to_string(shared.pages.join(name)).await {
        Ok(mut html) => {
            html = html.replace("{origin}", &shared.origin);
            for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
                let value = value.replace('&', "&amp;").replace('"', "&quot;");
                html = html.replace(&format!("{{{key}}}"), &value);
            }
            if name.ends_with(".css") {
                return ([(header::CONTENT_TYPE, "text/css")], html).into_response();
            }
            if name.ends_with(".js") {
                return ([(header::CONTENT_TYPE, "text/javascript")], html).into_response();
            }
            html_response(html)
        }
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

fn html_response(html: String) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

/// Binds a loopback port no other site of this run has served. Browsers are kept from one
/// test to the next (browser/process.rs) and keep storage, cache and permissions per
/// origin, so a site never takes an origin an earlier test's pages may have used.
async fn bind_unused_port() -> tokio::net::TcpListener {
    static SERVED: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    loop {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("address").port();
        let mut served = SERVED.lock().unwrap_or_else(|e| e.into_inner());
        if !served.contains(&port) {
            served.push(port);
            return listener;
        }
    }
}
