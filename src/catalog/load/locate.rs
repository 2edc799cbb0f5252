//! Placing a problem at the field of an item it is about, so the message names the line and
//! column the catalogue's author has to look at.

use super::Place;
use crate::catalog::problem::{Position, Problem};

/// A problem placed at `field` of the item at `place` (at `value` inside that field when given),
/// or at the item itself when the field cannot be found.
pub(super) fn field_problem(
    path: &str,
    text: &str,
    place: Place,
    field: &str,
    value: Option<&str>,
    message: String,
) -> Problem {
    let offset = locate(text, place, field, value).unwrap_or(place.start);
    Problem {
        path: path.to_owned(),
        position: Position::of_offset(text, offset),
        message,
    }
}

/// Finds the byte offset of `field:` inside an item (outside strings and comments), and of the
/// quoted `value` within that field's value when asked.
pub(super) fn locate(text: &str, place: Place, field: &str, value: Option<&str>) -> Option<usize> {
    let item = text.get(place.start..place.end)?;
    let field_at = find_field(item, field)?;
    let Some(value) = value else {
        return Some(place.start + field_at);
    };
    let quoted = format!("\"{value}\"");
    item[field_at..]
        .find(&quoted)
        .map(|i| place.start + field_at + i)
        .or(Some(place.start + field_at))
}

/// The offset of a top-level `field:` of a `( ... )` item, skipping strings and comments.
fn find_field(item: &str, field: &str) -> Option<usize> {
    let bytes = item.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = skip_string(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = item[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = item[i + 2..].find("*/").map_or(bytes.len(), |n| i + n + 4);
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ if depth == 1 && item[i..].starts_with(field) => {
                let before_ok = i == 0 || !is_ident_byte(bytes[i - 1]);
                let rest = item[i + field.len()..].trim_start();
                if before_ok && rest.starts_with(':') {
                    return Some(i);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The index just past the string that starts with the quote at `open`.
fn skip_string(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}
