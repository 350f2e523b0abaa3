//! Content that ships inside the binary: JSON files embedded with `include_str!` and parsed
//! with serde into the typed models of each capability.
//!
//! Parsing goes through [`parse`], so a malformed file reports its own path, line and column,
//! both in the native tests and in the browser console.

use serde::de::DeserializeOwned;
use std::fmt;

/// The guide's article text and structure.
pub const GUIDE_JSON: EmbeddedFile = EmbeddedFile {
    path: "src/content/guide.json",
    text: include_str!("guide.json"),
};

/// Salary figures quoted by the article, with their sources.
pub const SALARIES_JSON: EmbeddedFile = EmbeddedFile {
    path: "src/content/salaries.json",
    text: include_str!("salaries.json"),
};

/// Application wizard options and wording, editable by admissions.
pub const APPLICATION_JSON: EmbeddedFile = EmbeddedFile {
    path: "src/content/application.json",
    text: include_str!("application.json"),
};

/// A JSON file compiled into the binary.
#[derive(Clone, Copy, Debug)]
pub struct EmbeddedFile {
    pub path: &'static str,
    pub text: &'static str,
}

/// Why an embedded file could not be used: where, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    /// 1-based line, or 0 when the problem is not tied to a position (a rule on the data).
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path, self.line, self.column, self.message
            )
        }
    }
}

impl std::error::Error for ContentError {}

impl ContentError {
    /// A rule the data breaks (not a syntax error), such as a missing roadmap step.
    pub fn rule(path: &str, message: impl Into<String>) -> Self {
        ContentError {
            path: path.to_owned(),
            line: 0,
            column: 0,
            message: message.into(),
        }
    }
}

/// Parses `text` as JSON into `T`, naming `path`, line and column on failure.
pub fn parse<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, ContentError> {
    serde_json::from_str(text).map_err(|err| ContentError {
        path: path.to_owned(),
        line: err.line(),
        column: err.column(),
        message: strip_position(&err.to_string()),
    })
}

/// serde_json appends " at line L column C" to its messages; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

impl EmbeddedFile {
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, ContentError> {
        parse(self.path, self.text)
    }
}

/// Parses and checks every embedded file. The native tests keep this from ever failing in
/// a release.
pub fn check_embedded() -> Result<(), &'static ContentError> {
    crate::guide::model::try_guide()?;
    crate::salary::figures::try_salary_data()?;
    crate::apply::config::try_apply_config()?;
    Ok(())
}

/// Parses the file a widget of `kind` needs first, so a broken build shows a message
/// instead of a blank box, without parsing files the widget may never use.
pub fn check_for(kind: crate::embed::options::Kind) -> Result<(), &'static ContentError> {
    use crate::embed::options::Kind;
    match kind {
        Kind::App | Kind::Guide => crate::guide::model::try_guide().map(|_| ()),
        Kind::Salary => crate::salary::figures::try_salary_data().map(|_| ()),
        Kind::Apply => crate::apply::config::try_apply_config().map(|_| ()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Sample {
        name: String,
    }

    #[test]
    fn a_syntax_error_names_file_line_and_column() {
        let err = parse::<Sample>("src/content/x.json", "{\n  \"name\": \"a\",\n}").unwrap_err();
        assert_eq!(err.path, "src/content/x.json");
        assert_eq!((err.line, err.column), (3, 1));
        assert!(
            err.to_string().starts_with("src/content/x.json:3:1: "),
            "{err}"
        );
    }

    #[test]
    fn a_missing_field_names_the_field() {
        let err = parse::<Sample>("f.json", "{}").unwrap_err();
        assert!(err.message.contains("missing field `name`"), "{err}");
        assert_eq!(err.line, 1);
    }

    #[test]
    fn every_embedded_file_passes_its_checks() {
        if let Err(err) = check_embedded() {
            panic!("{err}");
        }
    }

    #[test]
    fn rule_errors_have_no_position() {
        let err = ContentError::rule("f.json", "needs 8 steps");
        assert_eq!(err.to_string(), "f.json: needs 8 steps");
    }
}
