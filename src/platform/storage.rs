//! `localStorage`, which may be blocked (privacy settings), full, or missing entirely.
//! Callers get `Err(Unavailable)` and keep working in memory.

use web_sys::Storage;

/// Storage cannot be used; the caller should say its data will not be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

/// The page's local storage, if the browser lets us use it.
fn local_storage() -> Result<Storage, Unavailable> {
    // `window.localStorage` throws a SecurityError when storage is blocked.
    web_sys::window()
        .ok_or(Unavailable)?
        .local_storage()
        .map_err(|_| Unavailable)?
        .ok_or(Unavailable)
}

pub fn read(key: &str) -> Result<Option<String>, Unavailable> {
    local_storage()?.get_item(key).map_err(|_| Unavailable)
}

/// Writes `value`; fails when storage is blocked or full.
pub fn write(key: &str, value: &str) -> Result<(), Unavailable> {
    local_storage()?
        .set_item(key, value)
        .map_err(|_| Unavailable)
}

pub fn remove(key: &str) -> Result<(), Unavailable> {
    local_storage()?.remove_item(key).map_err(|_| Unavailable)
}

/// Whether a write would be kept: checks for blocked storage and for a zero quota.
pub fn is_writable() -> bool {
    const PROBE: &str = "career-guide:probe";
    write(PROBE, "1").is_ok() && remove(PROBE).is_ok()
}
