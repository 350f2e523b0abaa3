//! The standalone site's pages, written into the build: each route pre-rendered by the
//! app (`career_guide::embed::document`), for the site's public address when the build is
//! told it (`./x build --site-url https://…`, which sets `CAREER_GUIDE_SITE_URL`).

use crate::{write, Result};
use career_guide::embed::document::{site_files, Site};
use std::path::{Path, PathBuf};

/// Where `./x build --site-url` puts the site's public address.
const SITE_URL: &str = "CAREER_GUIDE_SITE_URL";

/// Writes the site's pages into `staging`; returns where each went.
pub fn write_pages(staging: &Path, public_url: &str, stylesheet: &str) -> Result<Vec<PathBuf>> {
    let site_url = std::env::var(SITE_URL)
        .ok()
        .filter(|url| !url.trim().is_empty());
    let origin = match &site_url {
        Some(url) => Some(origin_of(url, public_url)?),
        None => {
            eprintln!(
                "xtask: no --site-url given: pages carry no canonical address, og:url or og:image, and there is no sitemap.xml"
            );
            None
        }
    };
    let site = Site {
        public_url: public_url.to_owned(),
        origin,
        stylesheet: stylesheet.to_owned(),
    };
    let mut written = Vec::new();
    for file in site_files(&site) {
        let path = staging.join(&file.path);
        write(&path, file.contents)?;
        written.push(path);
    }
    Ok(written)
}

/// The origin of the site's address, which must be http(s) and end in the path the build
/// is served under (or be the bare origin, for a build served at its root or anywhere).
fn origin_of(site_url: &str, public_url: &str) -> Result<String> {
    let url =
        url::Url::parse(site_url.trim()).map_err(|e| format!("--site-url {site_url}: {e}"))?;
    if !matches!(url.scheme(), "https" | "http") || url.host_str().is_none() {
        return Err(format!("--site-url {site_url}: must be an http(s) address"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "--site-url {site_url}: must have no query or fragment"
        ));
    }
    let path = url.path().trim_end_matches('/');
    if !path.is_empty() && path != public_url.trim_end_matches('/') {
        return Err(format!(
            "--site-url {site_url} ends in {}/, but the build is served under {public_url}; give the site's address with the same path, or build with --public-url {}/",
            url.path().trim_end_matches('/'),
            url.path().trim_end_matches('/')
        ));
    }
    Ok(url.origin().ascii_serialization())
}

/// The release build in `from`, for another path: a copy in `to` whose pages (and their
/// compressed copies) are written for `public_url`. Nothing else depends on the path (the
/// loader finds the other files next to itself), so the wasm is not built again.
pub fn rebase(from: &Path, to: &Path, public_url: &str) -> Result<()> {
    if to.exists() {
        std::fs::remove_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    crate::bundle::copy_dir(from, to)?;
    let css = crate::bundle::find(to, |name| {
        name.starts_with("styles-") && name.ends_with(".css")
    })?;
    for page in write_pages(to, public_url, &css)? {
        crate::compress::precompress_file(&page)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_address_gives_its_origin_and_must_agree_with_the_path() {
        assert_eq!(
            origin_of("https://guide.example.com", "/").unwrap(),
            "https://guide.example.com"
        );
        assert_eq!(
            origin_of("https://www.example.com/careers/", "/careers/").unwrap(),
            "https://www.example.com"
        );
        assert_eq!(
            origin_of("https://www.example.com", "/careers/").unwrap(),
            "https://www.example.com"
        );
        assert!(origin_of("https://www.example.com/jobs", "/careers/").is_err());
        assert!(origin_of("ftp://example.com", "/").is_err());
        assert!(origin_of("guide.example.com", "/").is_err());
        assert!(origin_of("https://example.com/?a=1", "/").is_err());
    }
}
