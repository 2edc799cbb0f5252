//! The national Suomi.fi service register (PTV): services as its Open API (v11, and v12 where
//! only names differ) gives them, and the statutory general descriptions as its releases
//! publish them (`{"Id", "Name": [{"Label", "Lang"}], "ServiceClass": [{"Key", "Value"}], ..}`).

use serde_json::Value;

use super::draft::{Draft, Read, Skip, Texts, dedup};
use super::error::ImportError;
use super::fields::{as_text, date, id_text, list, objects, string};
use crate::catalog::{Contact, Cost, SourceFormat, Text};
use crate::municipalities::municipality_name;

const SERVICE_URL: &str = "https://api.palvelutietovaranto.suomi.fi/api/v11/Service/";
const GENERAL_DESCRIPTION_URL: &str =
    "https://api.palvelutietovaranto.suomi.fi/api/v11/GeneralDescription/";

/// A general description is a template for services that many organisations provide.
const GENERAL_DESCRIPTION_PROVIDER: &str = "PTV-yleiskuvaus";

/// Field names: v11 first, then what v12 calls the same thing.
const NAMES: [&str; 2] = ["serviceNames", "names"];
const DESCRIPTIONS: [&str; 2] = ["serviceDescriptions", "descriptions"];
const CHARGE_TYPE: [&str; 2] = ["serviceChargeType", "chargeType"];

pub fn recognises(record: &Value) -> bool {
    let Some(object) = record.as_object() else {
        return false;
    };
    // `serviceNames` is PTV's own; v12's `names` needs another field of PTV's beside it.
    let v11 = object.get("serviceNames").is_some_and(Value::is_array);
    let v12 = object.get("names").is_some_and(Value::is_array)
        && (object.contains_key("serviceClasses")
            || object.contains_key("descriptions")
            || object.contains_key("serviceChannels")
            || object.contains_key("organizations"));
    v11 || v12 || is_general_description(record)
}

fn is_general_description(record: &Value) -> bool {
    record.get("Name").is_some_and(Value::is_array)
        && (record.get("Id").is_some() || record.get("ServiceClass").is_some())
}

pub fn read(path: &str, place: &str, record: &Value) -> Result<Read, ImportError> {
    if is_general_description(record) {
        return read_general_description(path, place, record);
    }
    let Some(id) = record.get("id").and_then(id_text) else {
        return Err(ImportError::at(path, place, "the service has no `id`"));
    };
    match string(record, "publishingStatus") {
        Some("Deleted" | "Archived" | "OldPublished") => {
            return Ok(Read::Skipped(Skip::Deleted));
        }
        Some("Draft") => return Ok(Read::Skipped(Skip::Draft)),
        _ => {}
    }
    let mut draft = Draft {
        format: Some(SourceFormat::Ptv),
        url: Some(format!("{SERVICE_URL}{id}")),
        record_id: id,
        ..Draft::default()
    };
    let names = first_of(record, &NAMES);
    for item in objects_of(names) {
        let (Some(language), Some(value)) = (string(item, "language"), string(item, "value"))
        else {
            continue;
        };
        match string(item, "type") {
            Some("Name") | None => draft.name.add_line(language, value),
            _ => draft.keywords.push(value.to_owned()),
        }
    }
    if draft.name.is_empty() {
        let field = NAMES
            .iter()
            .find(|n| record.get(**n).is_some())
            .unwrap_or(&NAMES[0]);
        return Err(ImportError::at(
            path,
            format!("{place}.{field}"),
            format!("service {} has no name in any language", draft.record_id),
        ));
    }
    let mut fee = Texts::default();
    for item in objects_of(first_of(record, &DESCRIPTIONS)) {
        let (Some(language), Some(value)) = (string(item, "language"), string(item, "value"))
        else {
            continue;
        };
        match string(item, "type") {
            Some("Summary" | "ShortDescription") => draft.summary.add(language, value),
            Some("Description") => draft.description.add(language, value),
            Some("ChargeTypeAdditionalInfo") => fee.add(language, value),
            _ => {}
        }
    }
    for item in objects(record, "requirements") {
        if let (Some(language), Some(value)) = (string(item, "language"), string(item, "value")) {
            draft.eligibility.add(language, value);
        }
    }
    draft.cost = cost(first_of(record, &CHARGE_TYPE).and_then(as_text), fee);
    draft.languages = list(record, "languages");
    draft
        .keywords
        .extend(objects(record, "keywords").filter_map(|k| string(k, "value").map(str::to_owned)));
    // An ontology term names what the service is about in the words services are looked for
    // with ("tuettu työllistyminen", "vertaistukitoiminta"): a keyword too.
    draft
        .keywords
        .extend(objects(record, "ontologyTerms").filter_map(|t| finnish_name(t.get("name")?)));
    // Classes, life events and target groups by notation; ontology terms by URI (their
    // `code` is the ontology's local name, which says less).
    draft
        .codes
        .extend(objects(record, "serviceClasses").filter_map(code_of));
    draft
        .codes
        .extend(objects(record, "ontologyTerms").filter_map(|t| {
            string(t, "uri")
                .or_else(|| string(t, "code"))
                .map(str::to_owned)
        }));
    for field in ["lifeEvents", "targetGroups"] {
        draft
            .codes
            .extend(objects(record, field).filter_map(code_of));
    }
    draft.codes = dedup(std::mem::take(&mut draft.codes));
    draft.target_groups = objects(record, "targetGroups")
        .filter_map(|g| finnish_name(g.get("name")?))
        .collect();
    draft.areas = areas(record);
    draft.provider = provider(record).unwrap_or_default();
    if draft.provider.is_empty() {
        return Ok(Read::Skipped(Skip::NoProvider));
    }
    draft.contact = contact(record);
    draft.remote = objects(record, "serviceChannels").any(|channel| {
        let kind = string(channel, "serviceChannelType").or_else(|| {
            channel
                .get("serviceChannel")
                .and_then(|c| string(c, "serviceChannelType"))
        });
        kind == Some("EChannel")
    });
    draft.updated = record.get("modified").and_then(date);
    Ok(Read::Service(Box::new(draft)))
}

fn read_general_description(path: &str, place: &str, record: &Value) -> Result<Read, ImportError> {
    let Some(id) = record.get("Id").and_then(id_text) else {
        return Err(ImportError::at(
            path,
            place,
            "the general description has no `Id`",
        ));
    };
    let mut draft = Draft {
        format: Some(SourceFormat::Ptv),
        url: Some(format!("{GENERAL_DESCRIPTION_URL}{id}")),
        record_id: id,
        provider: GENERAL_DESCRIPTION_PROVIDER.to_owned(),
        ..Draft::default()
    };
    let labels = |field: &str| {
        objects(record, field)
            .filter_map(|item| Some((string(item, "Lang")?, string(item, "Label")?)))
            .collect::<Vec<_>>()
    };
    for (language, label) in labels("Name") {
        draft.name.add_line(language, label);
    }
    if draft.name.is_empty() {
        return Err(ImportError::at(
            path,
            format!("{place}.Name"),
            format!(
                "general description {} has no name in any language",
                draft.record_id
            ),
        ));
    }
    for (language, label) in labels("ShortDescription") {
        draft.summary.add(language, label);
    }
    for field in ["Description", "BackgroundDescription"] {
        for (language, label) in labels(field) {
            draft.description.append(language, label);
        }
    }
    // Who may use the service and how to go about it.
    for field in ["ServiceRestrictions", "UserInstructions"] {
        for (language, label) in labels(field) {
            draft.eligibility.append(language, label);
        }
    }
    let mut fee = Texts::default();
    for (language, label) in labels("ChargeTypeAdditionalInfo") {
        fee.add(language, label);
    }
    draft.cost = cost(string(record, "ChargeType"), fee);
    for field in ["ServiceClass", "OntologyTerm", "LifeEvent", "TargetGroup"] {
        draft
            .codes
            .extend(objects(record, field).filter_map(|c| string(c, "Key").map(str::to_owned)));
    }
    draft.target_groups = objects(record, "TargetGroup")
        .filter_map(|g| string(g, "Value").map(str::to_owned))
        .collect();
    // The ontology terms' names, as for a service (see `read`).
    draft.keywords = objects(record, "OntologyTerm")
        .filter_map(|t| string(t, "Value").map(str::to_owned))
        .collect();
    Ok(Read::Service(Box::new(draft)))
}

fn first_of<'a>(record: &'a Value, fields: &[&str]) -> Option<&'a Value> {
    fields.iter().find_map(|f| record.get(*f))
}

fn objects_of(list: Option<&Value>) -> impl Iterator<Item = &Value> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|v| v.is_object())
}

/// Free or chargeable; a charge's text is the register's own, else a plain word for it.
fn cost(charge_type: Option<&str>, fee: Texts) -> Option<Cost> {
    match charge_type? {
        "FreeOfCharge" | "Free" => Some(Cost::Free),
        "Chargeable" | "Charged" => Some(Cost::Fee(fee.to_text().unwrap_or_else(|| {
            Text::from_pairs([
                ("fi", "Maksullinen"),
                ("sv", "Avgiftsbelagd"),
                ("en", "Chargeable"),
            ])
        }))),
        _ => None,
    }
}

/// A code item's notation, else its URI.
fn code_of(item: &Value) -> Option<String> {
    string(item, "code")
        .or_else(|| string(item, "uri"))
        .map(str::to_owned)
}

/// The Finnish name of a localized list, else the first.
fn finnish_name(names: &Value) -> Option<String> {
    let items = names.as_array()?;
    let value = |item: &Value| string(item, "value").map(str::to_owned);
    items
        .iter()
        .find(|i| string(i, "language") == Some("fi"))
        .and_then(value)
        .or_else(|| items.iter().find_map(value))
}

/// Municipalities by name (Finnish and Swedish); empty for a nationwide service.
fn areas(record: &Value) -> Vec<String> {
    if let Some(
        "Nationwide"
        | "NationwideExceptAlandIslands"
        | "WholeCountry"
        | "WholeCountryExceptAlandIslands",
    ) = string(record, "areaType")
    {
        return Vec::new();
    }
    let mut names = Vec::new();
    let mut municipality = |item: &Value| match string(item, "code").and_then(municipality_name) {
        Some(name) => names.push(name),
        None => names.extend(item.get("name").and_then(finnish_name)),
    };
    for area in objects(record, "areas") {
        match string(area, "type") {
            Some("Municipality") => municipality(area),
            _ => {
                let mut any = false;
                for m in objects(area, "municipalities") {
                    municipality(m);
                    any = true;
                }
                if !any {
                    municipality(area);
                }
            }
        }
    }
    for m in objects(record, "municipalities") {
        municipality(m);
    }
    dedup(names)
}

/// The organisation responsible for the service, else its main organisation, else any.
fn provider(record: &Value) -> Option<String> {
    let organisations: Vec<&Value> = objects(record, "organizations").collect();
    let name_of = |o: &&Value| {
        o.get("organization")
            .and_then(|org| string(org, "name"))
            .map(str::to_owned)
    };
    organisations
        .iter()
        .filter(|o| string(o, "roleType") == Some("Responsible"))
        .find_map(name_of)
        .or_else(|| {
            record
                .get("mainOrganization")
                .and_then(|m| string(m, "name"))
                .map(str::to_owned)
        })
        .or_else(|| organisations.iter().find_map(name_of))
}

/// The first phone, e-mail, web page and street address among the service's channels.
fn contact(record: &Value) -> Contact {
    let mut contact = Contact::default();
    for channel in objects(record, "serviceChannels") {
        let Some(details) = channel.get("contactDetails").filter(|d| d.is_object()) else {
            continue;
        };
        if contact.phone.is_none() {
            contact.phone = objects(details, "phoneNumbers").find_map(|p| {
                let number = string(p, "number")?;
                Some(match string(p, "prefixNumber") {
                    Some(prefix) => format!("{prefix} {number}"),
                    None => number.to_owned(),
                })
            });
        }
        if contact.email.is_none() {
            contact.email =
                objects(details, "emails").find_map(|e| string(e, "value").map(str::to_owned));
        }
        if contact.web.is_none() {
            contact.web =
                objects(details, "webPages").find_map(|w| string(w, "url").map(str::to_owned));
        }
        if contact.address.is_none() {
            contact.address = objects(details, "addresses").find_map(street_address);
        }
    }
    if contact.web.is_none() {
        contact.web = objects(record, "webPages").find_map(|w| string(w, "url").map(str::to_owned));
    }
    contact
}

fn street_address(address: &Value) -> Option<String> {
    let street = address.get("streetAddress")?;
    let name = street.get("street").and_then(finnish_name)?;
    let mut line = name;
    if let Some(number) = string(street, "streetNumber") {
        line = format!("{line} {number}");
    }
    let town = street.get("postOffice").and_then(finnish_name);
    match (string(street, "postalCode"), town) {
        (Some(code), Some(town)) => Some(format!("{line}, {code} {town}")),
        (None, Some(town)) => Some(format!("{line}, {town}")),
        _ => Some(line),
    }
}
