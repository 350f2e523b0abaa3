//! Where a visitor came from, for admissions and marketing: the campaign parameters and
//! click ids of the host page's address, the origin of the page that linked to it, and the
//! path they landed on. Read when the visitor arrives (the first page of the visit keeps
//! its values) and kept for the visit only, in `sessionStorage` or memory, unless the host
//! says it has the visitor's consent (`data-attribution="persist"`): then the first touch
//! is kept in `localStorage` for [`PERSIST_DAYS`] days.
//!
//! Every value is bounded in length and characters ([`bounded`]); anything else is left out
//! with a console warning that names the parameter, never sent or echoed raw.

use super::url::parse_query;
use crate::platform::clock::Date;
use crate::platform::storage::{Area, Versioned};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// The campaign parameters read from the address, in the order the payload lists them.
pub const CAMPAIGN: [&str; 5] = [
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
];
/// Ad platforms' click ids, kept as opaque strings.
pub const CLICK_IDS: [&str; 3] = ["gclid", "fbclid", "msclkid"];
/// How long a first touch is kept when the host has consent to keep it.
pub const PERSIST_DAYS: i64 = 30;

/// Where a visit came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub utm_source: Option<String>,
    pub utm_medium: Option<String>,
    pub utm_campaign: Option<String>,
    pub utm_term: Option<String>,
    pub utm_content: Option<String>,
    pub gclid: Option<String>,
    pub fbclid: Option<String>,
    pub msclkid: Option<String>,
    /// The origin of the page that linked here ("https://www.google.com"), never its path.
    pub referrer_origin: Option<String>,
    /// The path of the host page the visit began on.
    pub landing_path: Option<String>,
}

/// What a kept value must look like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A campaign's words, or a hidden field's value: up to 100 letters, digits, spaces and
    /// `- _ . ~ + : / @ ( ) ! ,`.
    Words,
    /// An ad platform's click id: up to 300 letters, digits and `- _ . ~`.
    ClickId,
    /// A path of the host page: `/` then up to 200 URL path characters.
    Path,
    /// A hidden field's name: up to 30 lowercase letters, digits, `-` and `_`.
    Name,
}

impl Shape {
    fn limit(self) -> usize {
        match self {
            Shape::Words => 100,
            Shape::ClickId => 300,
            Shape::Path => 200,
            Shape::Name => 30,
        }
    }

    fn allows(self, c: char) -> bool {
        match self {
            Shape::Words => c.is_ascii_alphanumeric() || " -_.~+:/@()!,".contains(c),
            Shape::ClickId => c.is_ascii_alphanumeric() || "-_.~".contains(c),
            Shape::Path => c.is_ascii_alphanumeric() || "/-_.~%!$&'()*+,;=:@".contains(c),
            Shape::Name => c.is_ascii_lowercase() || c.is_ascii_digit() || "-_".contains(c),
        }
    }
}

/// `text`, trimmed, if it has the shape; otherwise why not (without repeating it).
pub fn bounded(shape: Shape, text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("it is empty".into());
    }
    let length = text.chars().count();
    if length > shape.limit() {
        return Err(format!(
            "it is {length} characters long, over {}",
            shape.limit()
        ));
    }
    if let Some(bad) = text.chars().find(|c| !shape.allows(*c)) {
        let described = if bad.is_ascii_graphic() {
            format!("\"{bad}\"")
        } else {
            format!("U+{:04X}", bad as u32)
        };
        return Err(format!("it has {described}, which is not allowed there"));
    }
    if shape == Shape::Path && !text.starts_with('/') {
        return Err("it does not start with /".into());
    }
    Ok(text.to_owned())
}

/// A hidden field as the host gives it (`data-field-campus="Lagos"` is `campus`, `Lagos`),
/// if its name and value are both kept.
pub fn hidden_field(name: &str, value: &str) -> Result<(String, String), String> {
    let name = bounded(Shape::Name, name).map_err(|why| format!("its name is not kept: {why}"))?;
    let value =
        bounded(Shape::Words, value).map_err(|why| format!("its value is not kept: {why}"))?;
    Ok((name, value))
}

impl Attribution {
    /// Reads an address's query (`search`), the referrer and the path; values that are not
    /// kept come back as warnings.
    pub fn read(search: &str, referrer: &str, path: &str) -> (Attribution, Vec<String>) {
        let mut warnings = Vec::new();
        let mut found = Attribution::default();
        for (key, value) in parse_query(search) {
            let shape = if CAMPAIGN.contains(&key.as_str()) {
                Shape::Words
            } else if CLICK_IDS.contains(&key.as_str()) {
                Shape::ClickId
            } else {
                continue;
            };
            match bounded(shape, &value) {
                Ok(value) => {
                    if let Some(slot) = found.slot(&key) {
                        slot.get_or_insert(value);
                    }
                }
                Err(why) => warnings.push(format!(
                    "{key} in the page's address was left out of applications: {why}."
                )),
            }
        }
        found.referrer_origin = web_origin(referrer);
        match bounded(Shape::Path, path) {
            Ok(path) => found.landing_path = Some(path),
            Err(why) => warnings.push(format!(
                "the page's path was left out of applications: {why}."
            )),
        }
        (found, warnings)
    }

    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "utm_source" => &mut self.utm_source,
            "utm_medium" => &mut self.utm_medium,
            "utm_campaign" => &mut self.utm_campaign,
            "utm_term" => &mut self.utm_term,
            "utm_content" => &mut self.utm_content,
            "gclid" => &mut self.gclid,
            "fbclid" => &mut self.fbclid,
            "msclkid" => &mut self.msclkid,
            _ => return None,
        })
    }

    /// Where the page this runs in came from, by its address and referrer (natively, at
    /// build time: nowhere).
    pub fn here() -> (Attribution, Vec<String>) {
        let Some(window) = web_sys::window().filter(|_| crate::platform::IN_BROWSER) else {
            return (Attribution::default(), Vec::new());
        };
        let location = window.location();
        let referrer = window.document().map(|d| d.referrer()).unwrap_or_default();
        Attribution::read(
            &location.search().unwrap_or_default(),
            &referrer,
            &location.pathname().unwrap_or_default(),
        )
    }

    /// Whether it names a campaign or an ad click.
    pub fn has_campaign(&self) -> bool {
        [
            &self.utm_source,
            &self.utm_medium,
            &self.utm_campaign,
            &self.utm_term,
            &self.utm_content,
            &self.gclid,
            &self.fbclid,
            &self.msclkid,
        ]
        .iter()
        .any(|value| value.is_some())
    }

    /// The visit's attribution once the visitor sends: where it began, with the campaign
    /// of the page they send from if the visit began without one.
    pub fn at_send(first: Attribution, now: &Attribution) -> Attribution {
        if first.has_campaign() || !now.has_campaign() {
            return first;
        }
        Attribution {
            referrer_origin: first.referrer_origin,
            landing_path: first.landing_path,
            ..now.clone()
        }
    }
}

/// The origin of an http(s) address, if it is one: the referrer's path and query (which
/// may hold a search or someone's details) are never kept.
pub fn web_origin(address: &str) -> Option<String> {
    let (scheme, rest) = address.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    let host = host
        .rsplit_once('@')
        .map_or(host.as_str(), |(_, h)| h)
        .to_owned();
    let fine = !host.is_empty()
        && host.len() <= 200
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    fine.then(|| format!("{scheme}://{host}"))
}

/// A first touch as kept: its values and the day it was kept on ("2026-11-25").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Kept {
    #[serde(flatten)]
    attribution: Attribution,
    day: String,
}

impl Kept {
    fn new(attribution: &Attribution, today: Date) -> Kept {
        Kept {
            attribution: attribution.clone(),
            day: today.to_string(),
        }
    }

    /// Kept with consent for [`PERSIST_DAYS`] days from the day it was kept.
    fn still_kept(&self, today: Date) -> bool {
        Date::parse(&self.day).is_some_and(|day| today < day.add_days(PERSIST_DAYS))
    }
}

const KEY: &str = "career-guide:attribution";
const FOR_THE_VISIT: Versioned = Versioned {
    key: KEY,
    version: 1,
    area: Area::Session,
};
const WITH_CONSENT: Versioned = Versioned {
    key: KEY,
    version: 1,
    area: Area::Local,
};

thread_local! {
    /// The visit's first touch when storage is not allowed (a sandboxed frame).
    static IN_MEMORY: RefCell<Option<Attribution>> = const { RefCell::new(None) };
}

/// The first touch of this visit, kept where the host allows; `arriving` is what the
/// address says now, `today` the visitor's day. The first call of a visit keeps it; later
/// calls return what was kept. With `persist` (the host has consent) a first touch that
/// names a campaign is kept for [`PERSIST_DAYS`] days and wins over later visits'.
pub fn first_touch(arriving: &Attribution, persist: bool, today: Date) -> Attribution {
    if persist {
        let kept: Option<Kept> = WITH_CONSENT.load().found();
        match kept {
            Some(kept) if kept.still_kept(today) => return kept.attribution,
            Some(_) => WITH_CONSENT.clear(),
            None => {}
        }
        if arriving.has_campaign() {
            let _ = WITH_CONSENT.save(&Kept::new(arriving, today));
        }
    }
    if let Some(kept) = FOR_THE_VISIT.load::<Kept>().found() {
        return kept.attribution;
    }
    let kept = Kept::new(arriving, today);
    if FOR_THE_VISIT.save(&kept).is_ok() {
        return kept.attribution;
    }
    IN_MEMORY.with(|memory| {
        memory
            .borrow_mut()
            .get_or_insert_with(|| arriving.clone())
            .clone()
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
