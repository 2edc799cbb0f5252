//! Reading a large catalogue file in pieces: the items of its `services: [ ... ]` list are
//! found without parsing them and handed out in batches, while the file is still being read.
//! The whole text of a large file is then never in memory at once, and the batches can be
//! parsed on several cores.
//!
//! Only a shortcut: every byte is still parsed by RON afterwards, and whenever anything does
//! not fit the expected shape the caller reads the file the ordinary way, which reports
//! problems at their places.

use std::io::Read;
use std::ops::Range;

/// How much is read from the file at a time.
const READ_SIZE: usize = 1 << 20;
/// Items are handed out in batches of about this many bytes of text.
const BATCH_BYTES: usize = 256 << 10;
/// The text before the services list (the name, the goals) is kept whole; beyond this size
/// the file is left to the ordinary reading.
const MAX_HEAD: usize = 16 << 20;

/// Splits a catalogue file read from `reader`. Each batch of services is given to `on_batch`
/// as the text of a RON list (`[ item, item, ]`); `on_batch` returns `false` to stop.
///
/// Returns the rest of the file with an empty services list in place of the items, to be
/// parsed for the name and the goals; `None` when the file is not shaped as expected, is not
/// UTF-8, cannot be read, or `on_batch` asked to stop.
pub fn split_services(reader: impl Read, on_batch: impl FnMut(String) -> bool) -> Option<String> {
    split_reading(reader, READ_SIZE, on_batch)
}

/// [`split_services`], reading `read_size` bytes at a time.
fn split_reading(
    reader: impl Read,
    read_size: usize,
    mut on_batch: impl FnMut(String) -> bool,
) -> Option<String> {
    let mut input = Input {
        reader,
        read_size: read_size as u64,
        bytes: Vec::new(),
        eof: false,
    };

    // The text up to the `[` of the services list.
    let open = loop {
        let mut lexer = Lexer::new(&input.bytes, 0);
        match lexer.services_list_open() {
            Some(open) => break open,
            None if lexer.odd || input.bytes.len() > MAX_HEAD || !input.read_more()? => {
                return None;
            }
            None => {}
        }
    };
    let mut rest_of_file = std::str::from_utf8(&input.bytes[..open]).ok()?.to_owned();
    rest_of_file.push_str("[]");
    let mut consumed = open + 1;

    let mut batch = String::from("[");
    loop {
        let mut lexer = Lexer::new(&input.bytes, consumed);
        match lexer.next_item() {
            Some(Item::Service(range)) => {
                batch.push_str(std::str::from_utf8(&input.bytes[range]).ok()?);
                batch.push(',');
                consumed = lexer.at;
                if batch.len() >= BATCH_BYTES {
                    batch.push(']');
                    if !on_batch(std::mem::replace(&mut batch, String::from("["))) {
                        return None;
                    }
                }
            }
            Some(Item::End(close)) => {
                consumed = close + 1;
                break;
            }
            None if lexer.odd => return None,
            None => {
                // Keep only the unfinished item, then read on.
                input.bytes.drain(..consumed);
                consumed = 0;
                if !input.read_more()? {
                    return None;
                }
            }
        }
    }
    if batch.len() > 1 {
        batch.push(']');
        if !on_batch(batch) {
            return None;
        }
    }

    input.bytes.drain(..consumed);
    while input.read_more()? {}
    rest_of_file.push_str(std::str::from_utf8(&input.bytes).ok()?);
    Some(rest_of_file)
}

/// The file read so far, from the first byte not yet used.
struct Input<R> {
    reader: R,
    read_size: u64,
    bytes: Vec<u8>,
    eof: bool,
}

impl<R: Read> Input<R> {
    /// Reads the next part of the file: `Some(false)` at its end, `None` when it cannot be read.
    fn read_more(&mut self) -> Option<bool> {
        if self.eof {
            return Some(false);
        }
        // Up to `read_size` bytes, across as many reads as that takes (interrupted ones are
        // retried); an error means the file cannot be read this way.
        let read = (&mut self.reader)
            .take(self.read_size)
            .read_to_end(&mut self.bytes)
            .ok()?;
        self.eof = read == 0;
        Some(read > 0)
    }
}

enum Item {
    /// The span of one item of the list.
    Service(Range<usize>),
    /// The list ends with the `]` at this offset.
    End(usize),
}

/// Walks RON text byte by byte. Every method returns `None` when the text ends before what it
/// looks for is complete, or when the text is shaped in a way left to the parser; `odd` tells
/// the second case, in which reading further will not help.
struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
    odd: bool,
}

impl<'a> Lexer<'a> {
    fn new(bytes: &'a [u8], at: usize) -> Self {
        Self {
            bytes,
            at,
            odd: false,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn odd<T>(&mut self) -> Option<T> {
        self.odd = true;
        None
    }

    /// The offset of the `[` that opens the top-level `services` list.
    fn services_list_open(&mut self) -> Option<usize> {
        self.skip_trivia()?;
        if self.peek()? != b'(' {
            return self.odd();
        }
        self.at += 1;
        loop {
            self.skip_trivia()?;
            let name_start = self.at;
            while self
                .peek()
                .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
            {
                self.at += 1;
            }
            let name = &self.bytes[name_start..self.at];
            self.skip_trivia()?;
            if self.peek()? != b':' {
                return self.odd();
            }
            self.at += 1;
            self.skip_trivia()?;
            if name == b"services" {
                return match self.peek()? {
                    b'[' => Some(self.at),
                    _ => self.odd(),
                };
            }
            // Skip this field's value up to the comma that ends it.
            self.skip_value()?;
            self.skip_trivia()?;
            match self.peek()? {
                b',' => self.at += 1,
                _ => return self.odd(),
            }
        }
    }

    /// The next item of a list, and past the comma after it.
    fn next_item(&mut self) -> Option<Item> {
        self.skip_trivia()?;
        if self.peek()? == b']' {
            return Some(Item::End(self.at));
        }
        let start = self.at;
        self.skip_value()?;
        let mut end = self.at;
        while end > start && self.bytes[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        self.skip_trivia()?;
        match self.peek()? {
            b',' => self.at += 1,
            b']' => {}
            _ => return self.odd(),
        }
        Some(Item::Service(start..end))
    }

    /// Skips white space and comments (block comments may nest, as in RON).
    fn skip_trivia(&mut self) -> Option<()> {
        loop {
            match (self.peek(), self.bytes.get(self.at + 1)) {
                (Some(b), _) if b.is_ascii_whitespace() => self.at += 1,
                // A `/` at the end of what was read may open a comment: wait for more.
                (Some(b'/'), None) => return None,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek()? != b'\n' {
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
                            (_, None) => return None,
                            _ => self.at += 1,
                        }
                    }
                }
                _ => return Some(()),
            }
        }
    }

    /// Skips a string starting at the current `"`.
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
                b'\'' => return self.odd(),
                b'r' => match self.bytes.get(self.at + 1) {
                    Some(b'#' | b'"') => return self.odd(),
                    // Cannot tell yet whether a raw string starts here.
                    None => return None,
                    Some(_) => self.at += 1,
                },
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
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `text`, reading it `chunk` bytes at a time, into the rest of the file and the
    /// batches as they were handed out.
    fn split_raw(text: &str, chunk: usize) -> Option<(String, Vec<String>)> {
        let mut batches = Vec::new();
        let rest = split_reading(text.as_bytes(), chunk, |b| {
            batches.push(b);
            true
        })?;
        Some((rest, batches))
    }

    /// Like [`split_raw`], with the batches' items each as RON writes it back.
    fn split(text: &str, chunk: usize) -> Option<(String, Vec<String>)> {
        let (rest, batches) = split_raw(text, chunk)?;
        let items = batches
            .iter()
            .flat_map(|b| {
                let items: Vec<String> = ron::from_str::<Vec<ron::Value>>(b)
                    .expect("a batch is a RON list")
                    .into_iter()
                    .map(|v| ron::to_string(&v).expect("a value"))
                    .collect();
                items
            })
            .collect();
        Some((rest, items))
    }

    #[test]
    fn finds_items_after_other_fields_and_comments_however_the_file_is_read() {
        let text = r#"( name: "x (y]", goals: [(id: "a")], // services: [nope]
            services: [ (id: "s1", t: "a, b"), /* (c) */ (id: "s2") ,], tail: 1 )"#;
        for chunk in [1, 2, 3, 7, 64, 1 << 20] {
            let (rest, items) = split(text, chunk).expect("a services list");
            assert_eq!(
                rest,
                r#"( name: "x (y]", goals: [(id: "a")], // services: [nope]
            services: [], tail: 1 )"#
            );
            assert_eq!(items.len(), 2, "read {chunk} bytes at a time");
            assert!(items[0].contains("a, b") && items[1].contains("s2"));
        }
    }

    #[test]
    fn odd_shapes_are_left_to_the_parser() {
        assert_eq!(split("(goals: [])", 4), None);
        assert_eq!(split("(services: [(a: r#\"x\"#)])", 4), None);
        assert_eq!(split("(services: [(a: \"unclosed)])", 4), None);
        assert_eq!(split("(services: [(a: 1),", 4), None);
        assert_eq!(split("", 4), None);
    }

    #[test]
    fn stops_when_asked() {
        let text = crate::synthetic::catalog_ron(2_000, 3);
        let mut seen = 0;
        let rest = split_services(text.as_bytes(), |_| {
            seen += 1;
            false
        });
        assert_eq!((rest, seen), (None, 1));
    }

    /// Pieces of RON, mostly well formed, and of things that break it, for the property below.
    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let fixed = |text: &str| Just(text.to_owned());
        prop_oneof![
            8 => fixed("(id: \"s\", name: \"a, (b]\"),"),
            4 => fixed("(k: [1, 2], t: {\"fi\": \"x\"}),"),
            3 => fixed(" // c, ] )\n"),
            3 => fixed("/* (*/ "),
            2 => fixed("goals: [(id: \"g\")],"),
            1 => fixed("("),
            1 => fixed(")"),
            1 => fixed("["),
            1 => fixed("]"),
            1 => fixed(","),
            1 => fixed("/"),
            1 => fixed("r#\""),
            1 => fixed("\\\""),
            1 => fixed("'x'"),
            2 => "[ a-zä\"\\\\]{0,6}",
        ]
    }

    proptest::proptest! {
        #[test]
        fn how_the_file_is_read_never_changes_what_is_found(
            before in proptest::sample::select(vec![
                "",
                "goals: [(id: \"g\")], ",
                "name: \"x ]\", /* ( */ ",
                "// services: [\n",
                "goals: [(",
            ]),
            items in proptest::collection::vec(piece(), 0..14),
            after in proptest::collection::vec(piece(), 0..3),
            chunk in 1usize..16,
        ) {
            let text = format!(
                "({} services: [{}]{})",
                before,
                items.concat(),
                after.concat()
            );
            let whole = split_raw(&text, usize::MAX);
            proptest::prop_assert_eq!(split_raw(&text, chunk), whole);
        }
    }

    #[test]
    fn finds_every_service_of_a_generated_catalogue() {
        let text = crate::synthetic::catalog_ron(50, 3);
        let (rest, items) = split(&text, 1000).expect("a services list");
        assert_eq!(items.len(), 50);
        assert!(rest.contains("services: []"));
    }
}
