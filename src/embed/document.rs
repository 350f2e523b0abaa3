//! The standalone site as the files a static host serves: one HTML document per route
//! (`roadmap/3/index.html`, …), `404.html`, `sitemap.xml` and `robots.txt`. Each document is
//! its page pre-rendered by the app's own components (`shell::prerender`) inside the mount
//! element, with a head of its own: title, description, canonical address, Open Graph and
//! Twitter card tags, and schema.org data. Written at build time (`cargo xtask postbuild`).

use super::mount::{APP_CLASS, ROOT_CLASS};
use crate::guide::model::guide;
use crate::guide::structured::{structured_data, Addresses};
use crate::routing::page::{join_base, routes, Page, StepId};
use crate::shell::prerender::prerender;
use leptos::prelude::*;

/// The preview image every page's card shows (1200 × 630), in `public/`.
pub const PREVIEW_IMAGE: &str = "social-card.png";
const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// Where the build is served and what it is made of.
pub struct Site {
    /// The path the build is served under: "/" or "/careers/".
    pub public_url: String,
    /// The site's public origin ("https://guide.example.com"), when the build was told it.
    /// Without it the tags that must be absolute (canonical, og:url, og:image) and the
    /// sitemap are left out rather than guessed.
    pub origin: Option<String>,
    /// The stylesheet's file name in the build.
    pub stylesheet: String,
}

/// A file of the site: its path inside the build and its contents.
pub struct SiteFile {
    pub path: String,
    pub contents: String,
}

impl Site {
    /// The path of `page` on this site ("/careers/roadmap/3").
    fn path_of(&self, page: Page) -> String {
        join_base(&self.public_url, &page.path())
    }

    /// The absolute address of `path`, when the origin is known.
    fn absolute(&self, path: &str) -> Option<String> {
        self.origin.as_ref().map(|origin| format!("{origin}{path}"))
    }

    /// The address search engines should keep for `page`: every step of the wizard is one
    /// page to them, its first.
    fn canonical(&self, page: Page) -> Option<String> {
        let page = match page {
            Page::Apply(_) => Page::Apply(Some(StepId::AboutYou)),
            Page::NotFound => return None,
            page => page,
        };
        self.absolute(&self.path_of(page))
    }

    fn asset(&self, name: &str) -> String {
        format!("{}{name}", self.public_url)
    }
}

/// Every file the standalone site needs beside its assets.
pub fn site_files(site: &Site) -> Vec<SiteFile> {
    let mut files: Vec<SiteFile> = routes()
        .into_iter()
        .map(|page| {
            let path = page.path();
            let dir = path.trim_matches('/');
            SiteFile {
                path: if dir.is_empty() {
                    "index.html".to_owned()
                } else {
                    format!("{dir}/index.html")
                },
                contents: document(site, page),
            }
        })
        .collect();
    files.push(SiteFile {
        path: "404.html".into(),
        contents: document(site, Page::NotFound),
    });
    files.push(SiteFile {
        path: FRAME_PAGE.into(),
        contents: frame_document(site),
    });
    if let Some(sitemap) = sitemap(site) {
        files.push(SiteFile {
            path: "sitemap.xml".into(),
            contents: sitemap,
        });
    }
    files.push(SiteFile {
        path: "robots.txt".into(),
        contents: robots(site),
    });
    files
}

/// The page made to be framed by page builders (see `embed::frame`).
pub const FRAME_PAGE: &str = "frame.html";

/// `frame.html`: one widget alone on a transparent page, its options in the page's
/// address. Until it starts (or without scripts) it offers a link to the guide.
fn frame_document(site: &Site) -> String {
    let head = view! {
        <meta name="robots" content="noindex" />
        <link rel="stylesheet" href=site.asset(&site.stylesheet) />
        <script src=site.asset("career-guide.js") defer></script>
    };
    let body = view! {
        <body class="cg-standalone cg-frame">
            <main>
                <div data-career-guide="" data-frame="">
                    <p><a href=site.public_url.clone() target="_blank">{guide().title.clone()}</a></p>
                </div>
            </main>
        </body>
    };
    html_document(crate::ui::page_meta::SITE_NAME, head, body)
}

/// A whole HTML document in the widgets' language and direction, with `title` and `head`
/// after the charset and viewport.
fn html_document(title: &str, head: impl IntoView, body: impl IntoView) -> String {
    let (language, direction) = crate::ui::locale::language_and_direction();
    let html = view! {
        <!DOCTYPE html>
        <html lang=language dir=direction>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                // As markup: a title holds text only, where Leptos' marker comment would read
                // as text.
                <title inner_html=html_escape::encode_text(title).into_owned()></title>
                {head}
            </head>
            {body}
        </html>
    };
    without_comments(&html.to_html())
}

/// The pages worth finding, one address each (the wizard by its first page).
fn indexed() -> impl Iterator<Item = Page> {
    routes()
        .into_iter()
        .filter(|page| !matches!(page, Page::Apply(step) if *step != Some(StepId::AboutYou)))
}

/// `sitemap.xml` (the sitemaps.org protocol), which needs absolute addresses.
fn sitemap(site: &Site) -> Option<String> {
    site.origin.as_ref()?;
    let entries: String = indexed()
        .filter_map(|page| site.absolute(&site.path_of(page)))
        .map(|url| {
            format!(
                "  <url><loc>{}</loc></url>\n",
                html_escape::encode_text(&url)
            )
        })
        .collect();
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{entries}</urlset>\n"
    ))
}

fn robots(site: &Site) -> String {
    let sitemap = site
        .absolute(&site.asset("sitemap.xml"))
        .map(|url| format!("Sitemap: {url}\n"))
        .unwrap_or_default();
    format!("User-agent: *\nAllow: /\n{sitemap}")
}

/// The head's facts about `page`, beyond what the page itself set.
struct Head {
    title: String,
    description: String,
    canonical: Option<String>,
    image: Option<String>,
    kind: &'static str,
    structured: Vec<String>,
}

fn head(site: &Site, page: Page, title: String, description: String) -> Head {
    let image = site.absolute(&site.asset(PREVIEW_IMAGE));
    let page_address = |page: Page| {
        site.absolute(&site.path_of(page))
            .unwrap_or_else(|| site.path_of(page))
    };
    let at = Addresses {
        page: &page_address,
        image: image.clone(),
    };
    let structured: Vec<String> = structured_data(guide(), page, &at)
        .iter()
        .map(script_json)
        .collect();
    Head {
        kind: if structured.is_empty() {
            "website"
        } else {
            "article"
        },
        canonical: site.canonical(page),
        title,
        description,
        image,
        structured,
    }
}

/// JSON for a `<script>` element: `<` written as `\u003c`, so no text in it can close the
/// element (JSON reads both the same).
fn script_json(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// One route's whole document.
fn document(site: &Site, page: Page) -> String {
    let rendered = prerender(page, &site.public_url);
    let head = head(
        site,
        page,
        rendered.meta.title.clone(),
        rendered.meta.description.clone(),
    );
    let image_alt = format!("{} – {}", guide().title, guide().publisher);
    let card = head.image.clone().map(|image| {
        view! {
            {og("og:image", image.clone())}
            {og("og:image:width", PREVIEW_SIZE.0.to_string())}
            {og("og:image:height", PREVIEW_SIZE.1.to_string())}
            {og("og:image:alt", image_alt.clone())}
            <meta name="twitter:image" content=image />
            <meta name="twitter:image:alt" content=image_alt />
        }
    });
    let canonical = head.canonical.clone().map(|url| {
        view! {
            <link rel="canonical" href=url.clone() />
            {og("og:url", url)}
        }
    });
    let not_found =
        (page == Page::NotFound).then(|| view! { <meta name="robots" content="noindex" /> });
    let structured = head
        .structured
        .into_iter()
        .map(|json| view! { <script type="application/ld+json" inner_html=json></script> })
        .collect_view();
    let title = head.title.clone();
    let meta = view! {
        <meta name="description" content=head.description.clone() />
        {not_found}
        {canonical}
        {og("og:type", head.kind)}
        {og("og:site_name", crate::ui::page_meta::SITE_NAME)}
        {og("og:title", head.title.clone())}
        {og("og:description", head.description.clone())}
        {og("og:locale", "en_US")}
        <meta name="twitter:card" content="summary_large_image" />
        <meta name="twitter:title" content=head.title />
        <meta name="twitter:description" content=head.description />
        {card}
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content="#142c63" />
        <link rel="icon" href=site.asset("favicon.svg") type="image/svg+xml" />
        <link rel="stylesheet" href=site.asset(&site.stylesheet) />
        <script src=site.asset("career-guide.js") defer></script>
        {structured}
    };
    let body = view! {
        <body class="cg-standalone">
            <div class=ROOT_CLASS data-career-guide="app" data-standalone="" data-base-path=site.public_url.clone()>
                <div class=APP_CLASS inner_html=rendered.body></div>
            </div>
        </body>
    };
    html_document(&title, meta, body)
}

/// `<meta property=… content=…>`: Open Graph names its tags with `property`, which is not
/// an attribute `view!` knows.
fn og(property: &'static str, content: impl ToString) -> impl IntoView {
    use leptos::tachys::html::attribute::custom::CustomAttribute;
    leptos::html::meta()
        .attr("property", property)
        .content(content.to_string())
}

/// The document without HTML comments. Leptos marks the boundaries of dynamic parts with
/// comments (`<!>`, which the HTML standard calls a bogus comment) for hydration, which
/// this app does not do; they are read by an HTML parser (lol_html) and left out. A
/// `<noscript>` holds markup for browsers without scripts, which the parser reads as text:
/// that text is read as markup in turn.
fn without_comments(html: &str) -> String {
    use lol_html::html_content::ContentType;
    use lol_html::{doc_comments, rewrite_str, text, RewriteStrSettings};
    let noscript = std::cell::RefCell::new(String::new());
    let settings = RewriteStrSettings::new()
        .append_document_content_handler(doc_comments!(|c| {
            c.remove();
            Ok(())
        }))
        .append_element_content_handler(text!("noscript", |chunk| {
            noscript.borrow_mut().push_str(chunk.as_str());
            if chunk.last_in_text_node() {
                let markup = without_comments(&noscript.take());
                chunk.replace(&markup, ContentType::Html);
            } else {
                chunk.remove();
            }
            Ok(())
        }));
    rewrite_str(html, settings).unwrap_or_else(|err| panic!("a pre-rendered page: {err}"))
}

#[cfg(test)]
mod tests;
