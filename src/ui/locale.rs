//! The language and direction every widget declares on its root, and the words of the
//! frame around a widget, from `src/content/widget.json`. A widget on a page in another
//! language or direction (`<html lang="ar" dir="rtl">`) must not inherit them: direction
//! passes into a shadow root even through `all: initial`, and screen readers pick their
//! voice from `lang`.

use crate::content::{Loaded, WIDGET_JSON};
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct Locale {
    /// A BCP 47 language tag, e.g. "en".
    pub language: String,
    /// "ltr" or "rtl".
    pub direction: String,
    pub popup: PopupWords,
}

#[derive(Clone, Debug, Deserialize)]
pub struct PopupWords {
    /// The accessible name of the popup's close button.
    pub close: String,
    /// What the popup says while its widget starts.
    pub loading: String,
}

impl Locale {
    fn check(&self) -> Result<(), String> {
        let tag = &self.language;
        let well_formed = !tag.is_empty()
            && tag.split('-').all(|part| {
                (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if !well_formed {
            return Err(format!(
                "language \"{tag}\" is not a language tag like \"en\" or \"pt-BR\""
            ));
        }
        if !matches!(self.direction.as_str(), "ltr" | "rtl") {
            return Err(format!(
                "direction \"{}\" must be \"ltr\" or \"rtl\"",
                self.direction
            ));
        }
        if self.popup.close.trim().is_empty() || self.popup.loading.trim().is_empty() {
            return Err("popup: close and loading need words".into());
        }
        Ok(())
    }
}

pub static LOCALE: Loaded<Locale> = Loaded::new(WIDGET_JSON, Locale::check);

/// The widgets' language and direction; English, left to right, if the file is broken
/// (the native tests make sure it is not).
pub fn language_and_direction() -> (&'static str, &'static str) {
    match LOCALE.try_get() {
        Ok(locale) => (&locale.language, &locale.direction),
        Err(_) => ("en", "ltr"),
    }
}

/// Sets `lang` and `dir` on the element a widget renders into.
pub fn declare_on(root: &web_sys::Element) {
    let (language, direction) = language_and_direction();
    let _ = root.set_attribute("lang", language);
    let _ = root.set_attribute("dir", direction);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widget_file_parses_and_declares_english_left_to_right() {
        let locale = LOCALE.try_get().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (locale.language.as_str(), locale.direction.as_str()),
            ("en", "ltr")
        );
    }

    #[test]
    fn a_bad_tag_or_direction_is_named() {
        let mut locale = LOCALE.get().clone();
        locale.language = "english language".into();
        assert!(locale.check().unwrap_err().contains("english language"));
        locale.language = "pt-BR".into();
        locale.direction = "up".into();
        assert!(locale.check().unwrap_err().contains("up"));
    }
}
