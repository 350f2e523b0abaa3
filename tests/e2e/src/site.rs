//! A real static server for `dist/` on 127.0.0.1: precompressed files, the index.html
//! fallback a single-page app needs, cache headers, an optional strict CSP, and a recording
//! application endpoint the tests can make succeed, fail or hang.

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
use tokio::sync::oneshot;
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// The policy the product promises to work under; `{endpoint}` is the application
/// endpoint's origin when it is not this site.
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'{endpoint}; img-src 'self' data:";

/// How the endpoint answers the next application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reply {
    Created,
    ServerError,
    /// Never answers, so the browser's timeout fires.
    Hang,
}

/// A request the endpoint received.
#[derive(Clone, Debug)]
pub struct Received {
    pub body: Value,
    pub idempotency_key: Option<String>,
    pub status: u16,
}

#[derive(Clone, Debug, Default)]
pub struct SiteOptions {
    /// Send the strict CSP header (with violation reports to /csp-reports).
    pub strict_csp: bool,
    /// Put `data-endpoint` on the standalone app's mount element, pointing here.
    pub endpoint_on_app: bool,
    /// Another origin allowed in `connect-src` (a cross-origin endpoint).
    pub extra_connect_origin: Option<String>,
}

struct Shared {
    dist: PathBuf,
    pages: PathBuf,
    options: SiteOptions,
    origin: String,
    replies: Mutex<VecDeque<Reply>>,
    received: Mutex<Vec<Received>>,
    csp_reports: Mutex<Vec<Value>>,
}

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
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let origin = format!("http://{}", listener.local_addr().expect("address"));
        let shared = Arc::new(Shared {
            dist: crate::dist_dir(),
            pages: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pages"),
            options,
            origin: origin.clone(),
            replies: Mutex::new(VecDeque::new()),
            received: Mutex::new(Vec::new()),
            csp_reports: Mutex::new(Vec::new()),
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

    /// Every request the endpoint has received, in order.
    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }

    /// Applications accepted, one per idempotency key, as a real endpoint would store them.
    pub fn applications(&self) -> Vec<Received> {
        let mut seen = std::collections::BTreeSet::new();
        self.received()
            .into_iter()
            .filter(|r| r.status == 201 && seen.insert(r.idempotency_key.clone()))
            .collect()
    }

    pub fn csp_reports(&self) -> Vec<Value> {
        self.shared.csp_reports.lock().unwrap().clone()
    }
}

impl Drop for Site {
    fn drop(&mut self) {
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
    let key = request
        .headers()
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let bytes = axum::body::to_bytes(request.into_body(), 1 << 20)
        .await
        .unwrap_or_default();
    let body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    let reply = shared
        .replies
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or(Reply::Created);
    let status = match reply {
        Reply::Created => 201,
        Reply::ServerError => 500,
        Reply::Hang => 0,
    };
    shared.received.lock().unwrap().push(Received {
        body,
        idempotency_key: key,
        status,
    });
    match reply {
        Reply::Created => {
            (StatusCode::CREATED, headers, "{\"status\":\"received\"}").into_response()
        }
        Reply::ServerError => (
            StatusCode::INTERNAL_SERVER_ERROR,
            headers,
            "{\"error\":\"test\"}",
        )
            .into_response(),
        Reply::Hang => std::future::pending().await,
    }
}

async fn csp_report(State(shared): State<Arc<Shared>>, body: Bytes) -> StatusCode {
    if let Ok(report) = serde_json::from_slice::<Value>(&body) {
        shared.csp_reports.lock().unwrap().push(report);
    }
    StatusCode::NO_CONTENT
}

/// Static files with the single-page-app fallback: paths without a file extension get
/// index.html (status 200), so deep links survive a reload; missing files are 404.
async fn files(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let path = request.uri().path().to_owned();
    let query = request.uri().query().unwrap_or("").to_owned();
    let mut response = if let Some(page) = path.strip_prefix("/e2e/") {
        test_page(&shared, page, &query).await
    } else if path.starts_with("/careers") {
        // A host page that embeds the app under the base path /careers.
        test_page(&shared, "careers.html", &query).await
    } else if !path.rsplit('/').next().unwrap_or("").contains('.') {
        index_page(&shared).await
    } else {
        match ServeDir::new(&shared.dist)
            .precompressed_br()
            .precompressed_gzip()
            .oneshot(request)
            .await
        {
            Ok(response) => response.map(Body::new),
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, cache_control(&path));
    if shared.options.strict_csp {
        let extra = shared
            .options
            .extra_connect_origin
            .as_deref()
            .map(|o| format!(" {o}"))
            .unwrap_or_default();
        let policy = format!(
            "{}; report-uri /csp-reports",
            STRICT_CSP.replace("{endpoint}", &extra)
        );
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&policy).unwrap(),
        );
    }
    response
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

async fn index_page(shared: &Shared) -> Response {
    let mut html = tokio::fs::read_to_string(shared.dist.join("index.html"))
        .await
        .unwrap_or_default();
    if shared.options.endpoint_on_app {
        let attribute = format!(
            "data-endpoint=\"{}/api/applications\" data-standalone",
            shared.origin
        );
        html = html.replacen("data-standalone", &attribute, 1);
    }
    html_response(html)
}

/// A host page from `tests/e2e/pages/`; `{origin}` becomes this site's origin and
/// `{endpoint}` the `endpoint` query parameter (for a cross-origin endpoint).
async fn test_page(shared: &Shared, name: &str, query: &str) -> Response {
    if name.contains("..") {
        return StatusCode::NOT_FOUND.into_response();
    }
    let endpoint = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("endpoint="))
        .unwrap_or("")
        .replace("%3A", ":")
        .replace("%2F", "/");
    match tokio::fs::read_to_string(shared.pages.join(name)).await {
        Ok(html) => html_response(
            html.replace("{origin}", &shared.origin)
                .replace("{endpoint}", &endpoint),
        ),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

fn html_response(html: String) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}
