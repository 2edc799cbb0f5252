//! Problems found in catalogue files, each with the place a maintainer needs to fix it.

use std::fmt;

/// A line and column, both counted from 1, columns in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` in `text` (clamped to the text, and to a character boundary).
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }

    /// Where RON says an error begins (RON counts from 1 too; 0 is clamped to 1).
    pub fn of_ron(error: &ron::error::SpannedError) -> Self {
        Self {
            line: error.span.start.line.max(1),
            column: error.span.start.col.max(1),
        }
    }

    /// This position, read relative to a fragment that starts at `base` in a larger text.
    pub fn shifted_by(self, base: Position) -> Self {
        if self.line == 1 {
            Self {
                line: base.line,
                column: base.column + self.column - 1,
            }
        } else {
            Self {
                line: base.line + self.line - 1,
                column: self.column,
            }
        }
    }
}

/// One problem in one catalogue file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it (or `<built-in>/...` for the catalogue inside the binary).
    pub path: String,
    pub position: Position,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.position.line, self.position.column, self.message
        )
    }
}

/// Says what RON reported in words the author of a hand-written file (a catalogue, a theme,
/// the settings, a plan) understands.
pub fn describe_ron_error(error: &ron::Error) -> String {
    use ron::Error as E;
    let fields = |expected: &[&str]| {
        expected
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match error {
        E::NoSuchStructField {
            expected, found, ..
        } => format!(
            "unknown field `{found}`; the fields here are {}",
            fields(expected)
        ),
        E::MissingStructField { field, .. } => {
            format!("the required field `{field}` is missing")
        }
        E::DuplicateStructField { field, .. } => format!("the field `{field}` is given twice"),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => {
            format!(
                "`{found}` is not allowed here; write one of {}",
                fields(expected)
            )
        }
        E::Eof => "the file ends too early: a bracket or quote is not closed".into(),
        E::ExceededRecursionLimit => "the brackets are nested too deeply".into(),
        E::TrailingCharacters => "unexpected text after the closing `)`".into(),
        E::ExpectedStructLikeEnd => "expected `)` or a comma here".into(),
        E::ExpectedComma => "expected a comma or a closing bracket here".into(),
        E::ExpectedArrayEnd => "expected `]` or a comma here".into(),
        E::ExpectedMapEnd => "expected `}` or a comma here".into(),
        E::ExpectedString => "expected a text in double quotes here".into(),
        E::ExpectedStringEnd => "a text is not closed with `\"`".into(),
        E::Message(m) => m.clone(),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_from_one() {
        let text = "ab\nää x\n";
        assert_eq!(
            Position::of_offset(text, 0),
            Position { line: 1, column: 1 }
        );
        let x = text.find('x').unwrap();
        assert_eq!(
            Position::of_offset(text, x),
            Position { line: 2, column: 4 }
        );
    }

    #[test]
    fn shifting_keeps_columns_on_later_lines() {
        let base = Position {
            line: 10,
            column: 5,
        };
        assert_eq!(
            Position { line: 1, column: 3 }.shifted_by(base),
            Position {
                line: 10,
                column: 7
            }
        );
        assert_eq!(
            Position { line: 2, column: 3 }.shifted_by(base),
            Position {
                line: 11,
                column: 3
            }
        );
    }
}
