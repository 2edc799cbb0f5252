//! Open Referral's Human Services Data Specification (HSDS 3): services with their
//! organisation, locations, phones, languages, service areas and taxonomy terms, nested in
//! the service or given alongside it (by id). The CSV form is read into the same shape.
//!
//! HSDS has no field for the language a record is written in: the text is taken to be in the
//! first language the service is offered in (`languages`), else Finnish.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::draft::{Draft, Read, Skip, dedup};
use super::error::{ImportError, field_place};
use super::fields::{date, id_text, objects, string};
use crate::catalog::{Cost, SourceFormat};
use crate::municipalities::{finnish_name, municipality_name};

/// What services refer to by id: organisations, locations and taxonomy terms.
#[derive(Debug, Default)]
pub struct HsdsContext {
    pub organizations: HashMap<String, String>,
    pub locations: HashMap<String, Value>,
    pub taxonomy_terms: HashMap<String, Value>,
    /// The organisation a whole file is about (an organisation with its services nested).
    pub file_organization: Option<String>,
}

impl HsdsContext {
    /// From what lies beside the `services` list of a JSON object.
    pub fn from_alongside(alongside: &Map<String, Value>) -> Self {
        let mut context = Self::default();
        let wrapped = Value::Object(alongside.clone());
        for organization in objects(&wrapped, "organizations") {
            if let (Some(id), Some(name)) = (
                organization.get("id").and_then(id_text),
                string(organization, "name"),
            ) {
                context.organizations.insert(id, name.to_owned());
            }
        }
        for location in objects(&wrapped, "locations") {
            if let Some(id) = location.get("id").and_then(id_text) {
                context.locations.insert(id, location.clone());
            }
        }
        for term in objects(&wrapped, "taxonomy_terms") {
            if let Some(id) = term.get("id").and_then(id_text) {
                context.taxonomy_terms.insert(id, term.clone());
            }
        }
        context.file_organization = string(&wrapped, "name").map(str::to_owned);
        context
    }
}

pub fn recognises(record: &Value) -> bool {
    let Some(object) = record.as_object() else {
        return false;
    };
    object.get("name").is_some_and(Value::is_string)
        && object.contains_key("id")
        && [
            "status",
            "organization_id",
            "organization",
            "service_at_locations",
            "eligibility_description",
            "alternate_name",
            "assured_date",
        ]
        .iter()
        .any(|k| object.contains_key(*k))
}

pub fn read(
    path: &str,
    place: &str,
    record: &Value,
    context: &HsdsContext,
) -> Result<Read, ImportError> {
    let Some(id) = record.get("id").and_then(id_text) else {
        return Err(ImportError::at(path, place, "the service has no `id`"));
    };
    if let Some("inactive" | "defunct") = string(record, "status") {
        return Ok(Read::Skipped(Skip::Inactive));
    }
    let languages: Vec<String> = objects(record, "languages")
        .filter_map(language_code)
        .collect();
    let text_language = languages.first().cloned().unwrap_or_else(|| "fi".into());
    let mut draft = Draft {
        format: Some(SourceFormat::Hsds),
        url: string(record, "url").map(str::to_owned),
        record_id: id,
        languages,
        ..Draft::default()
    };
    match string(record, "name") {
        Some(name) => draft.name.add_line(&text_language, name),
        None => {
            return Err(ImportError::at(
                path,
                field_place(place, "name"),
                format!("service {} has no name", draft.record_id),
            ));
        }
    }
    let language = text_language.as_str();
    if let Some(description) = string(record, "description") {
        draft.description.add(language, description);
    }
    if let Some(eligibility) = string(record, "eligibility_description") {
        draft.eligibility.add(language, eligibility);
    }
    if let Some(alternate) = string(record, "alternate_name") {
        draft
            .keywords
            .extend(alternate.split([',', ';']).map(str::to_owned));
    }
    draft.cost = cost(record, language);
    draft.contact.web = string(record, "url").map(str::to_owned);
    draft.contact.email = string(record, "email").map(str::to_owned);
    draft.contact.phone =
        objects(record, "phones").find_map(|p| string(p, "number").map(str::to_owned));
    for location in locations(record, context) {
        if string(location, "location_type") == Some("virtual") {
            draft.remote = true;
        }
        if draft.contact.address.is_none() {
            draft.contact.address = objects(location, "addresses").find_map(address_line);
        }
    }
    draft.areas = areas(record);
    draft.codes = dedup(codes(record, context));
    draft.provider = provider(record, context).unwrap_or_default();
    if draft.provider.is_empty() {
        return Ok(Read::Skipped(Skip::NoProvider));
    }
    draft.updated = ["assured_date", "last_modified"]
        .iter()
        .find_map(|f| record.get(*f).and_then(date))
        .or_else(|| {
            objects(record, "metadata")
                .filter_map(|m| m.get("last_action_date").and_then(date))
                .max()
        });
    Ok(Read::Service(Box::new(draft)))
}

/// A two-letter code from an HSDS language: its code (two or three letters) or its name.
fn language_code(language: &Value) -> Option<String> {
    let code = string(language, "code").map(str::to_ascii_lowercase);
    let by_code = code.as_deref().and_then(|c| match c {
        "fin" => Some("fi"),
        "swe" => Some("sv"),
        "eng" => Some("en"),
        c if c.len() == 2 && c.chars().all(|l| l.is_ascii_lowercase()) => Some(c),
        _ => None,
    });
    let name = string(language, "name").or_else(|| string(language, "language"));
    let by_name = || match name?.to_lowercase().as_str() {
        "finnish" | "suomi" | "finska" => Some("fi"),
        "swedish" | "ruotsi" | "svenska" => Some("sv"),
        "english" | "englanti" | "engelska" => Some("en"),
        _ => None,
    };
    by_code.or_else(by_name).map(str::to_owned)
}

fn cost(record: &Value, language: &str) -> Option<Cost> {
    let options: Vec<&Value> = objects(record, "cost_options").collect();
    if let Some(fees) = string(record, "fees_description").or_else(|| string(record, "fees")) {
        let mut text = super::draft::Texts::default();
        text.add(language, fees);
        return text.to_text().map(Cost::Fee);
    }
    let free = !options.is_empty()
        && options
            .iter()
            .all(|o| o.get("amount").and_then(Value::as_f64) == Some(0.0));
    free.then_some(Cost::Free)
}

/// The service's locations, nested or by id.
fn locations<'a>(record: &'a Value, context: &'a HsdsContext) -> Vec<&'a Value> {
    objects(record, "service_at_locations")
        .filter_map(|at| {
            at.get("location").filter(|l| l.is_object()).or_else(|| {
                let id = at.get("location_id").and_then(id_text)?;
                context.locations.get(&id)
            })
        })
        .collect()
}

fn address_line(address: &Value) -> Option<String> {
    let street = string(address, "address_1")?;
    let town = string(address, "city");
    Some(match (string(address, "postal_code"), town) {
        (Some(code), Some(town)) => format!("{street}, {code} {town}"),
        (None, Some(town)) => format!("{street}, {town}"),
        _ => street.to_owned(),
    })
}

/// Service areas by name; a municipality code gives the municipality's names.
fn areas(record: &Value) -> Vec<String> {
    let mut names = Vec::new();
    for area in objects(record, "service_areas") {
        let Some(name) = string(area, "name").or_else(|| string(area, "description")) else {
            continue;
        };
        let by_code = name
            .chars()
            .all(|c| c.is_ascii_digit())
            .then(|| municipality_name(name))
            .flatten();
        names.push(by_code.unwrap_or_else(|| finnish_name(name).to_owned()));
    }
    dedup(names)
}

/// The service's taxonomy terms: each by its code (else URI) and by its name, so that a
/// mapping may name either.
fn codes(record: &Value, context: &HsdsContext) -> Vec<String> {
    let mut codes = Vec::new();
    for attribute in objects(record, "attributes") {
        let term = attribute
            .get("taxonomy_term")
            .filter(|t| t.is_object())
            .or_else(|| {
                let id = attribute.get("taxonomy_term_id").and_then(id_text)?;
                context.taxonomy_terms.get(&id)
            });
        let Some(term) = term else { continue };
        if let Some(code) = string(term, "code").or_else(|| string(term, "term_uri")) {
            codes.push(code.to_owned());
        }
        if let Some(name) = string(term, "name") {
            codes.push(name.to_owned());
        }
    }
    codes
}

fn provider(record: &Value, context: &HsdsContext) -> Option<String> {
    record
        .get("organization")
        .and_then(|o| string(o, "name"))
        .map(str::to_owned)
        .or_else(|| {
            let id = record.get("organization_id").and_then(id_text)?;
            context.organizations.get(&id).cloned()
        })
        .or_else(|| context.file_organization.clone())
}
