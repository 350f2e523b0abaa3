//! Content that ships inside the binary: the JSON files, embedded with `include_str!`, and
//! the one loader that parses each of them with serde on first use.
//!
//! This module knows files, not capabilities: each capability declares a [`Loaded`] for
//! its own file and type, so the text and its parser end up in that capability's code.
//! A malformed file reports its path, line and column, in the native tests and in the
//! browser console.

pub mod names;

use serde::de::DeserializeOwned;
use std::fmt;
use std::sync::OnceLock;

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

/// What every widget says whatever it shows: its language and direction, and the words of
/// the frame around it (a popup's close button).
pub const WIDGET_JSON: EmbeddedFile = EmbeddedFile {
    path: "src/content/widget.json",
    text: include_str!("widget.json"),
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

/// The rules a parsed file must keep beyond its shape; the message names what is wrong.
pub type Check<T> = fn(&T) -> Result<(), String>;

impl EmbeddedFile {
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, ContentError> {
        parse(self.path, self.text)
    }

    /// Parses the file and applies `check`, naming the file in either kind of error.
    pub fn load<T: DeserializeOwned>(&self, check: Check<T>) -> Result<T, ContentError> {
        let value: T = self.parse()?;
        check(&value).map_err(|message| ContentError::rule(self.path, message))?;
        Ok(value)
    }
}

/// An embedded file, parsed and checked once, on first use, then shared.
///
/// The native tests parse every file, so [`Loaded::get`] never fails in a tested release;
/// views still ask with [`Loaded::try_get`] first, so a broken build shows a message
/// instead of a blank box.
pub struct Loaded<T: 'static> {
    file: EmbeddedFile,
    check: Check<T>,
    cell: OnceLock<Result<T, ContentError>>,
}

impl<T: DeserializeOwned + Send + Sync + 'static> Loaded<T> {
    pub const fn new(file: EmbeddedFile, check: Check<T>) -> Self {
        Loaded {
            file,
            check,
            cell: OnceLock::new(),
        }
    }

    pub fn try_get(&'static self) -> Result<&'static T, &'static ContentError> {
        self.cell
            .get_or_init(|| self.file.load(self.check))
            .as_ref()
    }

    pub fn get(&'static self) -> &'static T {
        match self.try_get() {
            Ok(value) => value,
            Err(err) => panic!("{err}"),
        }
    }

    pub fn file(&self) -> EmbeddedFile {
        self.file
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
    fn rule_errors_have_no_position() {
        let err = ContentError::rule("f.json", "needs 8 steps");
        assert_eq!(err.to_string(), "f.json: needs 8 steps");
    }

    #[test]
    fn a_broken_rule_names_the_file() {
        static SAMPLE: Loaded<Sample> = Loaded::new(
            EmbeddedFile {
                path: "src/content/sample.json",
                text: r#"{"name": ""}"#,
            },
            |s| {
                if s.name.is_empty() {
                    Err("name is empty".into())
                } else {
                    Ok(())
                }
            },
        );
        let err = SAMPLE.try_get().unwrap_err();
        assert_eq!(err.to_string(), "src/content/sample.json: name is empty");
    }
}
