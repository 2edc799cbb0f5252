//! HSDS in its tabular form: a folder of CSV files, one per table, joined by ids. The small
//! tables are read first; `services.csv` is then read a row at a time, each row made into
//! the shape of an HSDS JSON service and read like one.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value};

use super::error::ImportError;
use super::hsds::HsdsContext;
use super::run::{OnProgress, Progress, interrupted};

/// Called with each service: the file and place to report it by, and the record.
pub type OnRow<'a> = dyn FnMut(&str, &str, Value, &HsdsContext) -> Result<(), ImportError> + 'a;

/// Rows of a table grouped by the id of the service they belong to.
type ByService = HashMap<String, Vec<Value>>;

pub fn read_folder(
    folder: &Path,
    on_row: &mut OnRow,
    progress: &mut OnProgress,
) -> Result<(), ImportError> {
    let services = folder.join("services.csv");
    if !services.is_file() {
        return Err(ImportError::at_file(
            &folder.display().to_string(),
            "is a folder without services.csv: an HSDS folder holds services.csv and the tables beside it",
        ));
    }
    let mut context = HsdsContext::default();
    for row in rows_of(folder, &["organizations.csv"])? {
        if let (Some(id), Some(name)) = (text(&row, "id"), text(&row, "name")) {
            context.organizations.insert(id.to_owned(), name.to_owned());
        }
    }
    let mut addresses = group(
        rows_of(folder, &["addresses.csv", "physical_addresses.csv"])?,
        "location_id",
    );
    for mut location in rows_of(folder, &["locations.csv"])? {
        let Some(id) = text(&location, "id").map(str::to_owned) else {
            continue;
        };
        if let (Some(found), Value::Object(fields)) = (addresses.remove(&id), &mut location) {
            fields.insert("addresses".into(), Value::Array(found));
        }
        context.locations.insert(id, location);
    }
    for term in rows_of(folder, &["taxonomy_terms.csv"])? {
        if let Some(id) = text(&term, "id").map(str::to_owned) {
            context.taxonomy_terms.insert(id, term);
        }
    }
    let mut nested: Vec<(&str, ByService)> = vec![
        (
            "phones",
            group(rows_of(folder, &["phones.csv"])?, "service_id"),
        ),
        (
            "languages",
            group(rows_of(folder, &["languages.csv"])?, "service_id"),
        ),
        (
            "service_areas",
            group(rows_of(folder, &["service_areas.csv"])?, "service_id"),
        ),
        (
            "service_at_locations",
            group(
                rows_of(
                    folder,
                    &[
                        "service_at_location.csv",
                        "service_at_locations.csv",
                        "services_at_location.csv",
                    ],
                )?,
                "service_id",
            ),
        ),
    ];
    let mut attributes = group(rows_of(folder, &["service_attributes.csv"])?, "service_id");
    for (service, rows) in group(rows_of(folder, &["attributes.csv"])?, "link_id") {
        attributes.entry(service).or_default().extend(rows);
    }
    nested.push(("attributes", attributes));

    let name = services.display().to_string();
    let total_bytes = std::fs::metadata(&services).map_or(0, |m| m.len());
    let mut reader = open(&services)?;
    let headers = reader.headers().map_err(|e| csv_error(&name, &e))?.clone();
    let mut record = csv::StringRecord::new();
    let mut count = 0usize;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(csv_error(&name, &e)),
        }
        let line = record.position().map_or(0, csv::Position::line);
        let mut service = row_object(&headers, &record);
        if let (Some(id), Value::Object(fields)) =
            (text(&service, "id").map(str::to_owned), &mut service)
        {
            for (field, table) in &mut nested {
                if let Some(rows) = table.remove(&id) {
                    fields.insert((*field).into(), Value::Array(rows));
                }
            }
        }
        on_row(&name, &format!("{line}:1"), service, &context)?;
        count += 1;
        if count.is_multiple_of(500) {
            let told = progress(&Progress {
                input: name.clone(),
                records: count,
                bytes: record.position().map_or(0, csv::Position::byte),
                total_bytes,
            });
            if told.is_break() {
                return Err(interrupted(&name));
            }
        }
    }
    if count == 0 {
        return Err(ImportError::at_file(&name, "holds no services"));
    }
    Ok(())
}

fn open(path: &Path) -> Result<csv::Reader<std::fs::File>, ImportError> {
    csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(path)
        .map_err(|e| csv_error(&path.display().to_string(), &e))
}

/// Every row of the first of `names` that is in the folder, as objects; none if none is.
fn rows_of(folder: &Path, names: &[&str]) -> Result<Vec<Value>, ImportError> {
    let Some(path) = names.iter().map(|n| folder.join(n)).find(|p| p.is_file()) else {
        return Ok(Vec::new());
    };
    read_table(&path)
}

fn read_table(path: &Path) -> Result<Vec<Value>, ImportError> {
    let name = path.display().to_string();
    let mut reader = open(path)?;
    let headers = reader.headers().map_err(|e| csv_error(&name, &e))?.clone();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&name, &e))?;
        rows.push(row_object(&headers, &record));
    }
    Ok(rows)
}

/// A row as a JSON object; empty cells are left out, as if the field were not given.
fn row_object(headers: &csv::StringRecord, record: &csv::StringRecord) -> Value {
    let mut fields = Map::new();
    for (header, cell) in headers.iter().zip(record.iter()) {
        let cell = cell.trim();
        if !cell.is_empty() {
            fields.insert(header.trim().to_owned(), Value::String(cell.to_owned()));
        }
    }
    Value::Object(fields)
}

fn group(rows: Vec<Value>, key: &str) -> ByService {
    let mut grouped = ByService::new();
    for row in rows {
        if let Some(id) = text(&row, key).map(str::to_owned) {
            grouped.entry(id).or_default().push(row);
        }
    }
    grouped
}

fn text<'a>(row: &'a Value, key: &str) -> Option<&'a str> {
    row.get(key).and_then(Value::as_str)
}

fn csv_error(path: &str, error: &csv::Error) -> ImportError {
    let message = match error.kind() {
        csv::ErrorKind::Utf8 { .. } => "the file is not UTF-8 text; save it as UTF-8".to_owned(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("this row has {len} fields where the header has {expected_len}"),
        _ => error.to_string(),
    };
    match error.position() {
        Some(at) => ImportError::at(path, format!("{}:1", at.line()), message),
        None => ImportError::at_file(path, message),
    }
}
