//! The demo landing page (public/demo.html): a host page with one salary widget and one
//! application wizard, each in its own shadow root.

use crate::{Browser, Site};

pub const SALARY: &str = "[data-career-guide=salary]";
pub const APPLY: &str = "[data-career-guide=apply]";

/// Opens the demo landing page and waits until both widgets are whole and styled.
pub async fn open_demo(browser: &Browser, site: &Site) {
    browser.goto_app(&site.url("/demo.html")).await;
    // The shadow stylesheet has loaded once the container is revealed.
    browser
        .wait_until(
            "both widgets styled",
            "return [...document.querySelectorAll('[data-career-guide]')].every(h => h.shadowRoot && !h.shadowRoot.querySelector('.cg-root').hidden)",
        )
        .await;
}
