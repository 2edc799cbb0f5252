//! Reading fields of a JSON record whose schema is only partly known: what is missing or of
//! another type is simply not there.

use serde_json::Value;

use crate::date::Date;

/// A string value with something in it.
pub fn as_text(value: &Value) -> Option<&str> {
    value.as_str().filter(|s| !s.trim().is_empty())
}

/// `record[key]` as a string with something in it.
pub fn string<'a>(record: &'a Value, key: &str) -> Option<&'a str> {
    record.get(key).and_then(as_text)
}

/// An id, written as a string or a number.
pub fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `record[key]` as a list of strings (numbers written out); anything else is left out.
pub fn list(record: &Value, key: &str) -> Vec<String> {
    record
        .get(key)
        .and_then(Value::as_array)
        .map(|items| items.iter().filter_map(id_text).collect())
        .unwrap_or_default()
}

/// `record[key]` as an array of objects.
pub fn objects<'a>(record: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    record
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|v| v.is_object())
}

/// The date of a date or a date and time ("2024-05-03", "2024-05-03T10:22:11.5Z").
pub fn date(value: &Value) -> Option<Date> {
    let text = as_text(value)?.trim();
    text.get(..10)?.parse().ok()
}
