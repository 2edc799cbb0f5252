//! Reading a register's JSON one record at a time, so that a file of hundreds of megabytes is
//! never in memory at once: only the record being converted is.
//!
//! The shapes: an array of records; an object whose `itemList` (a PTV page) or `services`
//! (HSDS) holds the records, with anything else alongside; or one record on its own.

use std::cell::Cell;
use std::fmt;
use std::io::{BufRead, Read};
use std::rc::Rc;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use super::error::ImportError;

/// Where the records of a file are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `[record, ...]`
    Array,
    /// `{"pageNumber": .., "itemList": [record, ...]}`
    Page,
    /// `{"services": [record, ...], "organizations": [..], ...}`
    Services,
    /// `{record}`
    Single,
}

/// The keys under which an object holds its records.
const RECORD_LISTS: [(&str, Shape); 2] = [("itemList", Shape::Page), ("services", Shape::Services)];

/// A record's place, for messages: its JSON path.
pub type OnRecord<'a> = dyn FnMut(&str, Value) -> Result<(), ImportError> + 'a;

/// What lies beside the records in an object (organisations, locations, page numbers).
pub type Alongside = Map<String, Value>;

/// Whether the file's JSON starts with an object (`{`), after any byte-order mark and space.
pub fn starts_with_object(reader: &mut impl BufRead) -> std::io::Result<bool> {
    skip_bom(reader)?;
    loop {
        let buffer = reader.fill_buf()?;
        let Some(&first) = buffer.first() else {
            return Ok(false);
        };
        if first.is_ascii_whitespace() {
            reader.consume(1);
            continue;
        }
        return Ok(first == b'{');
    }
}

fn skip_bom(reader: &mut impl BufRead) -> std::io::Result<()> {
    if reader.fill_buf()?.starts_with(b"\xEF\xBB\xBF") {
        reader.consume(3);
    }
    Ok(())
}

/// First pass over an object: everything but its record list, and the shape it has.
pub fn read_alongside(path: &str, reader: impl BufRead) -> Result<(Shape, Alongside), ImportError> {
    let mut reader = reader;
    skip_bom(&mut reader).map_err(|e| ImportError::at_file(path, format!("cannot read: {e}")))?;
    let mut de = serde_json::Deserializer::from_reader(reader);
    let found = (&mut de)
        .deserialize_map(AlongsideVisitor)
        .map_err(|e| ImportError::json(path, &e))?;
    de.end().map_err(|e| ImportError::json(path, &e))?;
    Ok(found)
}

struct AlongsideVisitor;

impl<'de> Visitor<'de> for AlongsideVisitor {
    type Value = (Shape, Alongside);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut shape = Shape::Single;
        let mut rest = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            match RECORD_LISTS.iter().find(|(list, _)| *list == key) {
                Some(&(_, list_shape)) if shape == Shape::Single => {
                    // Only skipped here; it is read record by record in the second pass.
                    match map.next_value_seed(ListOrValue)? {
                        None => shape = list_shape,
                        Some(value) => {
                            rest.insert(key, value);
                        }
                    }
                }
                _ => {
                    let value: Value = map.next_value()?;
                    rest.insert(key, value);
                }
            }
        }
        Ok((shape, rest))
    }
}

/// A list of records (or `null`, no records) is skipped, giving `None`; anything else is kept
/// as it is, since a single record may well have a field called `services`.
struct ListOrValue;

impl<'de> DeserializeSeed<'de> for ListOrValue {
    type Value = Option<Value>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<Value>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ListOrValue {
    type Value = Option<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<Value>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<Value>, E> {
        Ok(None)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<Value>, A::Error> {
        let object = Map::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Some(Value::Object(object)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<Value>, E> {
        Ok(Some(Value::String(v.to_owned())))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<Value>, E> {
        Ok(Some(Value::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }
}

/// Streams the records of `reader` to `on_record`, one at a time. `shape` is what the first
/// pass found for an object, or `Shape::Array` for a file that is an array.
pub fn stream_records(
    path: &str,
    reader: impl BufRead,
    shape: Shape,
    on_record: &mut OnRecord,
) -> Result<(), ImportError> {
    let mut reader = reader;
    skip_bom(&mut reader).map_err(|e| ImportError::at_file(path, format!("cannot read: {e}")))?;
    let mut de = serde_json::Deserializer::from_reader(reader);
    let mut records = Records {
        shape,
        on_record,
        failure: None,
    };
    let outcome = match shape {
        Shape::Array => (&mut de).deserialize_seq(&mut records),
        _ => (&mut de).deserialize_map(&mut records),
    };
    if let Some(failure) = records.failure {
        return Err(failure);
    }
    outcome.map_err(|e| ImportError::json(path, &e))?;
    de.end().map_err(|e| ImportError::json(path, &e))
}

struct Records<'a, 'b> {
    shape: Shape,
    on_record: &'a mut OnRecord<'b>,
    /// The first record that could not be converted: reading stops there.
    failure: Option<ImportError>,
}

impl Records<'_, '_> {
    fn each<'de, A: SeqAccess<'de>>(&mut self, mut seq: A, prefix: &str) -> Result<(), A::Error> {
        let mut index = 0usize;
        while let Some(record) = seq.next_element::<Value>()? {
            let place = format!("{prefix}[{index}]");
            if let Err(e) = (self.on_record)(&place, record) {
                self.failure = Some(e);
                return Err(de::Error::custom("stopped"));
            }
            index += 1;
        }
        Ok(())
    }
}

impl<'de> Visitor<'de> for &mut Records<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of records or an object")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        self.each(seq, "$")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let list = RECORD_LISTS
            .iter()
            .find(|(_, shape)| *shape == self.shape)
            .map(|(key, _)| *key);
        while let Some(key) = map.next_key::<String>()? {
            if Some(key.as_str()) == list {
                map.next_value_seed(List {
                    records: &mut *self,
                    prefix: format!("$.{key}"),
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct List<'r, 'a, 'b> {
    records: &'r mut Records<'a, 'b>,
    prefix: String,
}

impl<'de> DeserializeSeed<'de> for List<'_, '_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for List<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        self.records.each(seq, &self.prefix)
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Reads counted: how far a large file has come, for the progress line. The count is shared
/// with whoever tells the progress, since the reader itself is inside the parser.
pub struct Counted<R> {
    inner: R,
    bytes: Rc<Cell<u64>>,
}

impl<R> Counted<R> {
    pub fn new(inner: R, bytes: Rc<Cell<u64>>) -> Self {
        Self { inner, bytes }
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes.set(self.bytes.get() + n as u64);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of `json` and the records streamed from it, with their places.
    fn records(json: &str) -> (Shape, Vec<(String, Value)>) {
        let mut reader = json.as_bytes();
        let shape = if starts_with_object(&mut reader).unwrap() {
            read_alongside("test.json", json.as_bytes()).unwrap().0
        } else {
            Shape::Array
        };
        let mut found = Vec::new();
        if shape != Shape::Single {
            let mut on_record = |place: &str, record: Value| {
                found.push((place.to_owned(), record));
                Ok(())
            };
            stream_records("test.json", json.as_bytes(), shape, &mut on_record).unwrap();
        }
        (shape, found)
    }

    #[test]
    fn records_are_found_in_every_shape_at_their_paths() {
        let (shape, found) = records("\u{feff} [{\"a\": 1}, {\"a\": 2}]");
        assert_eq!(shape, Shape::Array);
        assert_eq!(found[1].0, "$[1]");
        let (shape, found) =
            records(r#"{"itemList": [{"a": 1}], "pageNumber": 1, "pageCount": 1}"#);
        assert_eq!(shape, Shape::Page);
        assert_eq!(found[0].0, "$.itemList[0]");
        let (shape, found) = records(r#"{"organizations": [], "services": [{"a": 1}, {"a": 2}]}"#);
        assert_eq!(shape, Shape::Services);
        assert_eq!(found.len(), 2);
        let (shape, _) = records(r#"{"id": "x", "services": "not a list"}"#);
        assert_eq!(shape, Shape::Single);
        let (shape, found) = records(r#"{"pageNumber": 1, "itemList": null}"#);
        assert_eq!((shape, found.len()), (Shape::Page, 0));
    }

    #[test]
    fn what_lies_alongside_the_records_is_kept() {
        let json = r#"{"services": [{"a": 1}], "organizations": [{"id": "o", "name": "N"}]}"#;
        let (_, alongside) = read_alongside("test.json", json.as_bytes()).unwrap();
        assert_eq!(alongside["organizations"][0]["name"], "N");
        assert!(!alongside.contains_key("services"));
    }

    #[test]
    fn a_record_that_fails_stops_the_reading_with_its_own_error() {
        let mut seen = 0;
        let mut on_record = |place: &str, _: Value| {
            seen += 1;
            Err(ImportError::at("test.json", place, "no name"))
        };
        let error = stream_records("test.json", &b"[{}, {}]"[..], Shape::Array, &mut on_record)
            .unwrap_err();
        assert_eq!(error.to_string(), "test.json:$[0]: no name");
        assert_eq!(seen, 1);
    }

    #[test]
    fn broken_json_is_placed_at_its_line_and_column() {
        let mut on_record = |_: &str, _: Value| Ok(());
        let error = stream_records(
            "t.json",
            &b"[\n  {\"a\": 1},\n  {\"a\" 2}\n]"[..],
            Shape::Array,
            &mut on_record,
        )
        .unwrap_err();
        assert_eq!(error.place.as_deref(), Some("3:8"));
    }
}
