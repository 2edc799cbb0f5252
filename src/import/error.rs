//! What went wrong in an import, and where: the file, and a line and column or a JSON path.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The file (or folder) as the user named it.
    pub path: String,
    /// `line:column`, or a JSON path such as `$.itemList[3].serviceNames`, when known.
    pub place: Option<String>,
    pub message: String,
}

/// The place of `field` inside the record at `place`: a JSON path grows by the field; a
/// line and column (a CSV row) stays as it is.
pub fn field_place(place: &str, field: &str) -> String {
    if place.starts_with('$') {
        format!("{place}.{field}")
    } else {
        place.to_owned()
    }
}

impl ImportError {
    pub fn at(path: &str, place: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            place: Some(place.into()),
            message: message.into(),
        }
    }

    pub fn at_file(path: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            place: None,
            message: message.into(),
        }
    }

    /// A JSON syntax or reading error, at its line and column.
    pub fn json(path: &str, error: &serde_json::Error) -> Self {
        let message = match error.classify() {
            serde_json::error::Category::Eof => {
                "the file ends too early: it is cut short, or a bracket or quote is not closed"
                    .to_owned()
            }
            serde_json::error::Category::Io => format!("cannot read the file: {error}"),
            _ => strip_position(&error.to_string()),
        };
        Self::at(
            path,
            format!("{}:{}", error.line(), error.column()),
            message,
        )
    }
}

/// serde_json's message without its own " at line L column C", which the place already says.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{}:{}: {}", self.path, place, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for ImportError {}
