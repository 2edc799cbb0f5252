//! A one-line text field that edits like a good shell prompt: a cursor, word deletion, and
//! characters, not bytes.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    /// The cursor, in characters from the start.
    cursor: usize,
}

use super::action::Action;

/// Longest text a field takes; a paste accident should not grow without end.
pub const MAX_FIELD_CHARS: usize = 500;

impl TextField {
    /// A field holding `text`, with the cursor at its end.
    pub fn with_text(text: &str) -> Self {
        let text: String = text
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_FIELD_CHARS)
            .collect();
        let cursor = text.chars().count();
        Self { text, cursor }
    }

    /// Carries out a text-editing action: `Some(true)` when the text changed, `Some(false)` when
    /// only the cursor moved (or nothing could be done), `None` when the action is not editing.
    pub fn apply(&mut self, action: &Action) -> Option<bool> {
        Some(match action {
            Action::Insert(c) => self.insert(*c),
            Action::Backspace => self.backspace(),
            Action::Delete => self.delete(),
            Action::DeleteWord => self.delete_word(),
            Action::ClearLine => self.clear(),
            Action::CursorLeft => {
                self.left();
                false
            }
            Action::CursorRight => {
                self.right();
                false
            }
            Action::CursorStart => {
                self.start();
                false
            }
            Action::CursorEnd => {
                self.end();
                false
            }
            _ => return None,
        })
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    /// Types a character; control characters are not text and are refused.
    pub fn insert(&mut self, c: char) -> bool {
        if c.is_control() || self.len() >= MAX_FIELD_CHARS {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
        true
    }

    pub fn backspace(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.byte_at(self.cursor);
        self.text.remove(at);
        true
    }

    pub fn delete(&mut self) -> bool {
        if self.cursor >= self.len() {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.text.remove(at);
        true
    }

    /// Deletes the word before the cursor (and the spaces after it), like Ctrl-W in a shell.
    pub fn delete_word(&mut self) -> bool {
        let before: Vec<char> = self.text.chars().take(self.cursor).collect();
        let mut start = before.len();
        while start > 0 && before[start - 1].is_whitespace() {
            start -= 1;
        }
        while start > 0 && !before[start - 1].is_whitespace() {
            start -= 1;
        }
        if start == self.cursor {
            return false;
        }
        let (from, to) = (self.byte_at(start), self.byte_at(self.cursor));
        self.text.replace_range(from..to, "");
        self.cursor = start;
        true
    }

    pub fn clear(&mut self) -> bool {
        let changed = !self.text.is_empty();
        self.text.clear();
        self.cursor = 0;
        changed
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.len());
    }

    pub fn start(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextField {
        let mut f = TextField::default();
        s.chars().for_each(|c| {
            f.insert(c);
        });
        f
    }

    #[test]
    fn edits_by_character() {
        let mut f = typed("työnhaku");
        f.left();
        f.left();
        f.backspace();
        assert_eq!(f.text(), "työnhku");
        f.start();
        f.delete();
        assert_eq!(f.text(), "yönhku");
        assert!(!f.insert('\u{1b}'));
    }

    #[test]
    fn ctrl_w_deletes_the_last_word() {
        let mut f = typed("peer support  ");
        f.delete_word();
        assert_eq!(f.text(), "peer ");
        assert_eq!(f.cursor(), 5);
    }
}
