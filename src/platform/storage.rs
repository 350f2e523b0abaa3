//! `localStorage` (and, for what is kept only for the visit, `sessionStorage`), which may
//! be blocked (privacy settings, a sandboxed frame), full, or missing entirely, and the one
//! format everything kept there uses: a JSON object holding a `version` beside the value's
//! own fields, e.g. `{"version":1,"done":[2,8]}`.
//!
//! Callers get [`Unavailable`] and keep working in memory; a stored value that cannot be
//! read, or comes from another version, is [`Restored::Discarded`], never an error the
//! visitor must deal with.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use web_sys::Storage;

/// Storage cannot be used; the caller should say its data will not be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

/// Which of the page's stores a value lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Kept on the device until removed.
    Local,
    /// Kept for the visit: gone when the tab is closed.
    Session,
}

/// The page's store, if the browser lets us use it.
fn storage(area: Area) -> Result<Storage, Unavailable> {
    if !super::IN_BROWSER {
        return Err(Unavailable);
    }
    // `window.localStorage` throws a SecurityError when storage is blocked.
    let window = web_sys::window().ok_or(Unavailable)?;
    match area {
        Area::Local => window.local_storage(),
        Area::Session => window.session_storage(),
    }
    .map_err(|_| Unavailable)?
    .ok_or(Unavailable)
}

fn local_storage() -> Result<Storage, Unavailable> {
    storage(Area::Local)
}

/// Whether the browser lets the page use storage at all. Nothing is written to find out:
/// the host page's storage is not ours to probe. (A full store shows on the first write.)
pub fn is_available() -> bool {
    // Pre-rendered pages show what a first visit with storage allowed sees.
    !super::IN_BROWSER || local_storage().is_ok()
}

/// What was found under a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored<T> {
    Nothing,
    Found(T),
    /// Something was stored but could not be used; the caller discards it and may say so.
    Discarded,
}

/// A value of ours kept under one namespaced key, in one version of its shape.
#[derive(Clone, Copy, Debug)]
pub struct Versioned {
    /// Namespaced ("career-guide:…") so a host page's own keys never collide with ours.
    pub key: &'static str,
    /// Bumped when the value's shape changes; values of another version are discarded.
    pub version: u32,
    pub area: Area,
}

#[derive(Serialize)]
struct Envelope<'a, T> {
    version: u32,
    #[serde(flatten)]
    value: &'a T,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

impl Versioned {
    /// `value` as stored: its fields with `version` first.
    pub fn encode<T: Serialize>(&self, value: &T) -> String {
        serde_json::to_string(&Envelope {
            version: self.version,
            value,
        })
        .unwrap_or_default()
    }

    /// Reads a stored text. The version is read first, so an older value is recognised
    /// even when its shape differs.
    pub fn decode<T: DeserializeOwned>(&self, stored: Option<&str>) -> Restored<T> {
        let Some(text) = stored else {
            return Restored::Nothing;
        };
        match serde_json::from_str::<VersionOnly>(text) {
            Ok(VersionOnly { version }) if version == self.version => {
                match serde_json::from_str::<T>(text) {
                    Ok(value) => Restored::Found(value),
                    Err(_) => Restored::Discarded,
                }
            }
            _ => Restored::Discarded,
        }
    }

    /// The stored value; a discarded one is removed, so it is reported only once.
    pub fn load<T: DeserializeOwned>(&self) -> Restored<T> {
        let stored = storage(self.area)
            .ok()
            .and_then(|storage| storage.get_item(self.key).ok().flatten());
        let restored = self.decode(stored.as_deref());
        if matches!(restored, Restored::Discarded) {
            self.clear();
        }
        restored
    }

    /// Writes `value`; fails when storage is blocked or full.
    pub fn save<T: Serialize>(&self, value: &T) -> Result<(), Unavailable> {
        if !super::IN_BROWSER {
            return Ok(()); // a pre-rendered page keeps nothing, and needs to say nothing
        }
        storage(self.area)?
            .set_item(self.key, &self.encode(value))
            .map_err(|_| Unavailable)
    }

    pub fn clear(&self) {
        if let Ok(storage) = storage(self.area) {
            let _ = storage.remove_item(self.key);
        }
    }
}

impl<T> Restored<T> {
    pub fn found(self) -> Option<T> {
        match self {
            Restored::Found(value) => Some(value),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Marks {
        done: Vec<u8>,
    }

    const MARKS: Versioned = Versioned {
        key: "career-guide:test",
        version: 3,
        area: Area::Local,
    };

    #[test]
    fn the_version_comes_first_beside_the_fields() {
        let text = MARKS.encode(&Marks { done: vec![2, 8] });
        assert_eq!(text, r#"{"version":3,"done":[2,8]}"#);
        assert_eq!(
            MARKS.decode::<Marks>(Some(&text)),
            Restored::Found(Marks { done: vec![2, 8] })
        );
    }

    #[test]
    fn other_versions_and_junk_are_discarded() {
        assert_eq!(MARKS.decode::<Marks>(None), Restored::Nothing);
        for junk in [
            "",
            "{",
            "null",
            "[]",
            r#"{"done":[1]}"#,
            r#"{"version":2,"done":[1]}"#,
            r#"{"version":3,"done":"x"}"#,
        ] {
            assert_eq!(
                MARKS.decode::<Marks>(Some(junk)),
                Restored::Discarded,
                "{junk}"
            );
        }
    }
}
