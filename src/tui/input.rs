//! A text field that edits like a good shell prompt: a cursor, words, characters not bytes;
//! a multi-line field also keeps line breaks. Wrapping for the screen is worked out here too,
//! so that the cursor is drawn where the text is.

use super::action::Command;

/// Longest text a one-line field takes; a paste accident should not grow without end.
pub const MAX_FIELD_CHARS: usize = 500;
/// Longest text a multi-line field takes (a page or two of notes).
pub const MAX_LINES_CHARS: usize = 5_000;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    /// The cursor, in characters from the start.
    cursor: usize,
    /// Whether line breaks are text here.
    multiline: bool,
}

impl TextField {
    /// A one-line field holding `text`, with the cursor at its end.
    pub fn with_text(text: &str) -> Self {
        let mut field = Self::default();
        field.insert_text(text);
        field
    }

    /// A field that keeps line breaks, holding `text`, with the cursor at its end.
    pub fn multiline(text: &str) -> Self {
        let mut field = Self {
            multiline: true,
            ..Self::default()
        };
        field.insert_text(text);
        field
    }

    fn max_chars(&self) -> usize {
        if self.multiline {
            MAX_LINES_CHARS
        } else {
            MAX_FIELD_CHARS
        }
    }

    /// Carries out a text-editing command: `Some(true)` when the text changed, `Some(false)`
    /// when only the cursor moved (or nothing could be done), `None` when the command is not
    /// for editing text.
    pub fn apply(&mut self, command: Command) -> Option<bool> {
        use Command::*;
        let moved_to = match command {
            CursorLeft => self.cursor.saturating_sub(1),
            CursorRight => (self.cursor + 1).min(self.len()),
            WordLeft => self.word_start(),
            WordRight => self.word_end(),
            LineStart => self.line_start(),
            LineEnd => self.line_end(),
            Backspace => return Some(self.backspace()),
            DeleteChar => return Some(self.delete()),
            DeleteWord => return Some(self.delete_word()),
            ClearLine => return Some(self.clear()),
            NewLine => return Some(self.multiline && self.insert('\n')),
            _ => return None,
        };
        self.cursor = moved_to;
        Some(false)
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

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    fn chars(&self) -> Vec<char> {
        self.text.chars().collect()
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

    /// Types a character; control characters are not text and are refused (a line break is
    /// text in a multi-line field).
    pub fn insert(&mut self, c: char) -> bool {
        let line_break = c == '\n' && self.multiline;
        if (c.is_control() && !line_break) || self.len() >= self.max_chars() {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
        true
    }

    /// Pasted or restored text at the cursor: in a one-line field line breaks and tabs become
    /// spaces; in a multi-line field lines are kept. Other control characters are dropped.
    pub fn insert_text(&mut self, text: &str) -> bool {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut changed = false;
        for c in text.chars() {
            let c = match c {
                '\n' if self.multiline => '\n',
                '\n' | '\t' => ' ',
                c => c,
            };
            changed |= self.insert(c);
        }
        changed
    }

    /// A paste that opens a field holding text, at its end: the paste starts a new word (in a
    /// multi-line field, a new line) instead of gluing onto the last word, which the typist
    /// could not see coming and would have to find and mend.
    pub fn paste_at_end(&mut self, text: &str) -> bool {
        let ends_in_a_word = self.text.chars().last().is_some_and(|c| !c.is_whitespace());
        let starts_a_word = text.chars().next().is_some_and(|c| !c.is_whitespace());
        if ends_in_a_word && starts_a_word {
            self.insert(if self.multiline { '\n' } else { ' ' });
        }
        self.insert_text(text)
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

    /// Where the word before the cursor starts (skipping spaces before the cursor first).
    fn word_start(&self) -> usize {
        let chars = self.chars();
        let mut at = self.cursor;
        while at > 0 && chars[at - 1].is_whitespace() {
            at -= 1;
        }
        while at > 0 && !chars[at - 1].is_whitespace() {
            at -= 1;
        }
        at
    }

    /// Where the word after the cursor ends.
    fn word_end(&self) -> usize {
        let chars = self.chars();
        let mut at = self.cursor;
        while at < chars.len() && chars[at].is_whitespace() {
            at += 1;
        }
        while at < chars.len() && !chars[at].is_whitespace() {
            at += 1;
        }
        at
    }

    fn line_start(&self) -> usize {
        let chars = self.chars();
        (0..self.cursor)
            .rev()
            .find(|&i| chars[i] == '\n')
            .map_or(0, |i| i + 1)
    }

    fn line_end(&self) -> usize {
        let chars = self.chars();
        (self.cursor..chars.len())
            .find(|&i| chars[i] == '\n')
            .unwrap_or(chars.len())
    }

    /// Deletes the word before the cursor (and the spaces after it), like Ctrl-W in a shell.
    pub fn delete_word(&mut self) -> bool {
        let start = self.word_start();
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
}

/// Text broken into screen lines of at most `width` columns: at spaces where it can, inside
/// a word that is longer than a line, and at every line break. Each line is given with the
/// character index it starts at, so that the cursor can be placed on it.
pub fn wrap(text: &str, width: usize) -> Vec<(usize, String)> {
    let width = width.max(1);
    let chars: Vec<char> = text.chars().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    while start <= chars.len() {
        let end_of_line = (start..chars.len())
            .find(|&i| chars[i] == '\n')
            .unwrap_or(chars.len());
        if end_of_line - start <= width {
            lines.push((start, chars[start..end_of_line].iter().collect()));
            start = end_of_line + 1;
            continue;
        }
        // Break at the last space that keeps the line within the width.
        let limit = start + width;
        let cut = (start + 1..=limit)
            .rev()
            .find(|&i| chars[i - 1] == ' ')
            .unwrap_or(limit);
        lines.push((start, chars[start..cut].iter().collect()));
        start = cut;
    }
    if lines.is_empty() {
        lines.push((0, String::new()));
    }
    lines
}

/// Where the cursor at character `cursor` stands in `wrap(text, width)`: (line, column).
pub fn cursor_position(text: &str, cursor: usize, width: usize) -> (usize, usize) {
    let lines = wrap(text, width);
    let line = lines
        .iter()
        .rposition(|(start, _)| *start <= cursor)
        .unwrap_or(0);
    let (start, content) = &lines[line];
    let before: String = content.chars().take(cursor - start).collect();
    let column = ratatui::text::Line::raw(crate::text::display_safe(&before)).width();
    // At the very end of a full line the cursor shows at the start of the next.
    if column >= width.max(1) {
        return (line + 1, 0);
    }
    (line, column)
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
        f.apply(Command::CursorLeft);
        f.apply(Command::CursorLeft);
        f.backspace();
        assert_eq!(f.text(), "työnhku");
        f.apply(Command::LineStart);
        f.delete();
        assert_eq!(f.text(), "yönhku");
        assert!(!f.insert('\u{1b}'));
    }

    #[test]
    fn ctrl_w_deletes_the_last_word_and_ctrl_arrows_move_by_words() {
        let mut f = typed("peer support  ");
        f.delete_word();
        assert_eq!(f.text(), "peer ");
        assert_eq!(f.cursor(), 5);
        let mut f = typed("one two three");
        f.apply(Command::WordLeft);
        assert_eq!(f.cursor(), 8);
        f.apply(Command::WordLeft);
        assert_eq!(f.cursor(), 4);
        f.apply(Command::WordRight);
        assert_eq!(f.cursor(), 7);
    }

    #[test]
    fn a_paste_keeps_lines_only_where_lines_are_text() {
        let mut one = TextField::default();
        one.insert_text("velat\r\nasunto\n");
        assert_eq!(one.text(), "velat asunto ");
        let mut many = TextField::multiline("");
        many.insert_text("velat\r\nasunto");
        assert_eq!(many.text(), "velat\nasunto");
        // Home and End work on the line the cursor is on.
        many.apply(Command::LineStart);
        assert_eq!(many.cursor(), 6);
        many.apply(Command::CursorLeft);
        many.apply(Command::LineStart);
        assert_eq!(many.cursor(), 0);
        many.apply(Command::LineEnd);
        assert_eq!(many.cursor(), 5);
    }

    #[test]
    fn a_paste_into_a_field_holding_text_starts_a_new_word_or_line() {
        let mut one = TextField::with_text("Velkaneuvonta");
        one.paste_at_end("ja talousneuvonta");
        assert_eq!(one.text(), "Velkaneuvonta ja talousneuvonta");
        let mut spaced = TextField::with_text("Velat ");
        spaced.paste_at_end("asunto");
        assert_eq!(spaced.text(), "Velat asunto");
        let mut lines = TextField::multiline("Soita klubitalolle");
        lines.paste_at_end("Varaa aika");
        assert_eq!(lines.text(), "Soita klubitalolle\nVaraa aika");
        let mut empty = TextField::default();
        empty.paste_at_end("velat");
        assert_eq!(empty.text(), "velat");
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_places_the_cursor_on_the_text() {
        let text = "Back pain since the accident";
        let lines = wrap(text, 10);
        let shown: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(shown, ["Back pain ", "since the ", "accident"]);
        // The cursor before "accident" is at the start of the third line.
        assert_eq!(cursor_position(text, 20, 10), (2, 0));
        assert_eq!(cursor_position(text, text.chars().count(), 10), (2, 8));
        // A word longer than the line is cut inside.
        assert_eq!(wrap("työkykykoordinaattori", 8).len(), 3);
        // Line breaks are kept.
        assert_eq!(wrap("a\nb", 10).len(), 2);
        assert_eq!(cursor_position("a\nb", 2, 10), (1, 0));
    }
}
