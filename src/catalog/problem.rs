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
