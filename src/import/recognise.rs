//! Which register a file comes from, told from its content: the shape around the records
//! and the fields of the first record.

use serde_json::Value;

use super::json_stream::Shape;
use super::{hsds, ptv, tpr};
use crate::catalog::SourceFormat;

/// The format of a record, if it is one polku reads.
pub fn recognise(shape: Shape, record: &Value) -> Option<SourceFormat> {
    if ptv::recognises(record) {
        return Some(SourceFormat::Ptv);
    }
    if tpr::recognises(record) {
        return Some(SourceFormat::Tpr);
    }
    // An HSDS record has little that is its own; a `services` list around it says more.
    if hsds::recognises(record) || (shape == Shape::Services && record.get("id").is_some()) {
        return Some(SourceFormat::Hsds);
    }
    None
}

/// Says, for a message, which fields a record has.
pub fn describe_fields(record: &Value) -> String {
    match record {
        Value::Object(fields) => {
            let names: Vec<&str> = fields.keys().take(8).map(String::as_str).collect();
            let more = if fields.len() > names.len() {
                ", …"
            } else {
                ""
            };
            format!("a record with the fields {}{more}", names.join(", "))
        }
        Value::Array(_) => "a list".into(),
        Value::String(_) => "a text".into(),
        Value::Number(_) => "a number".into(),
        Value::Bool(_) => "true or false".into(),
        Value::Null => "null".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_register_is_told_by_its_fields() {
        let ptv =
            json!({"id": "x", "serviceNames": [{"value": "A", "language": "fi", "type": "Name"}]});
        let general = json!({"Id": "x", "Name": [{"Label": "A", "Lang": "fi"}]});
        let tpr = json!({"id": 1, "fi": {"title": "A"}, "sv": [], "en": []});
        let hsds = json!({"id": "x", "name": "A", "status": "active"});
        assert_eq!(recognise(Shape::Array, &ptv), Some(SourceFormat::Ptv));
        assert_eq!(recognise(Shape::Array, &general), Some(SourceFormat::Ptv));
        assert_eq!(recognise(Shape::Array, &tpr), Some(SourceFormat::Tpr));
        assert_eq!(recognise(Shape::Array, &hsds), Some(SourceFormat::Hsds));
        assert_eq!(recognise(Shape::Array, &json!({"title": "A"})), None);
        assert_eq!(recognise(Shape::Array, &json!([1, 2])), None);
    }
}
