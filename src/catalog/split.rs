//! Finding the items of a file's `services: [ ... ]` list without parsing them, so that a
//! large file can be parsed on several cores. Only a shortcut: whatever this finds is parsed
//! by RON afterwards, and when anything does not fit, the file is read the ordinary way.

use std::ops::Range;

/// The `services` list of a catalogue file: the span of the list (from `[` to `]`, inclusive)
/// and the span of each item in it.
#[derive(Debug, PartialEq, Eq)]
pub struct ServiceList {
    pub list: Range<usize>,
    pub items: Vec<Range<usize>>,
}

/// Finds the top-level `services` list, or `None` when the text is not shaped as expected.
pub fn find_service_list(text: &str) -> Option<ServiceList> {
    let bytes = text.as_bytes();
    let mut lexer = Lexer { bytes, at: 0 };
    // Into the outer `(`.
    lexer.skip_trivia()?;
    if lexer.peek()? != b'(' {
        return None;
    }
    lexer.at += 1;
    loop {
        lexer.skip_trivia()?;
        let name_start = lexer.at;
        while lexer
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            lexer.at += 1;
        }
        let name = &text[name_start..lexer.at];
        lexer.skip_trivia()?;
        if lexer.peek()? != b':' {
            return None;
        }
        lexer.at += 1;
        lexer.skip_trivia()?;
        if name == "services" {
            return lexer.list_items();
        }
        // Skip this field's value up to the comma that ends it.
        lexer.skip_value()?;
        lexer.skip_trivia()?;
        match lexer.peek()? {
            b',' => lexer.at += 1,
            _ => return None,
        }
    }
}

struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Skips white space and comments (block comments may nest, as in RON).
    fn skip_trivia(&mut self) -> Option<()> {
        loop {
            match (self.peek(), self.bytes.get(self.at + 1)) {
                (Some(b), _) if b.is_ascii_whitespace() => self.at += 1,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek().is_some_and(|b| b != b'\n') {
                        self.at += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    let mut depth = 0usize;
                    loop {
                        match (self.peek()?, self.bytes.get(self.at + 1)) {
                            (b'/', Some(b'*')) => {
                                depth += 1;
                                self.at += 2;
                            }
                            (b'*', Some(b'/')) => {
                                depth -= 1;
                                self.at += 2;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => self.at += 1,
                        }
                    }
                }
                _ => return Some(()),
            }
        }
    }

    /// Skips a string starting at the current `"`; raw strings are not expected here.
    fn skip_string(&mut self) -> Option<()> {
        self.at += 1;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                _ => self.at += 1,
            }
        }
    }

    /// Skips one value: up to a `,` or closing bracket at this depth.
    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            self.skip_trivia()?;
            match self.peek()? {
                b'"' => self.skip_string()?,
                // A raw string or a character literal: leave such files to the parser.
                b'\'' => return None,
                b'r' if matches!(self.bytes.get(self.at + 1), Some(b'#' | b'"')) => return None,
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.at += 1;
                }
                b')' | b']' | b'}' if depth == 0 => return Some(()),
                b')' | b']' | b'}' => {
                    depth -= 1;
                    self.at += 1;
                }
                b',' if depth == 0 => return Some(()),
                _ => self.at += 1,
            }
        }
    }

    fn list_items(&mut self) -> Option<ServiceList> {
        if self.peek()? != b'[' {
            return None;
        }
        let list_start = self.at;
        self.at += 1;
        let mut items = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.peek()? == b']' {
                self.at += 1;
                return Some(ServiceList {
                    list: list_start..self.at,
                    items,
                });
            }
            let start = self.at;
            self.skip_value()?;
            let mut end = self.at;
            while end > start && self.bytes[end - 1].is_ascii_whitespace() {
                end -= 1;
            }
            items.push(start..end);
            self.skip_trivia()?;
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {}
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_items_after_other_fields_and_comments() {
        let text = r#"( name: "x (y]", goals: [(id: "a")], // services: [nope]
            services: [ (id: "s1", t: "a, b"), /* (c) */ (id: "s2") ,], )"#;
        let list = find_service_list(text).unwrap();
        let items: Vec<&str> = list.items.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            items,
            vec![r#"(id: "s1", t: "a, b")"#, r#"(id: "s2") "#.trim_end()]
        );
        assert!(text[list.list.clone()].starts_with('[') && text[list.list].ends_with(']'));
    }

    #[test]
    fn odd_shapes_are_left_to_the_parser() {
        assert_eq!(find_service_list("(goals: [])"), None);
        assert_eq!(find_service_list("(services: [(a: r#\"x\"#)])"), None);
        assert_eq!(find_service_list("(services: [(a: \"unclosed)])"), None);
        assert_eq!(find_service_list(""), None);
    }
}

#[cfg(test)]
mod generated {
    #[test]
    fn finds_every_service_of_a_generated_catalogue() {
        let text = crate::synthetic::catalog_ron(50, 3);
        let list = super::find_service_list(&text).expect("a services list");
        assert_eq!(list.items.len(), 50);
    }
}
