//! The City of Helsinki's service register (TPR), as its service descriptions are published:
//! one record per service with a block per language,
//! `{"id": 2773, "fi": {"title": .., "description_short": ..}, "sv": {..}, "en": {..}}`, where
//! a language the service is not described in is an empty list.

use serde_json::Value;

use super::draft::{Draft, Read, Skip, dedup};
use super::error::ImportError;
use super::fields::{as_text, id_text, list, string};
use crate::catalog::{Contact, SourceFormat};

/// The languages the register describes services in.
const LANGUAGES: [&str; 3] = ["fi", "sv", "en"];

/// The register's address for a service description.
const RECORD_URL: &str = "https://www.hel.fi/palvelukarttaws/rest/vpalvelurekisteri/description/";

/// The city provides every service of its own register.
const PROVIDER: &str = "Helsingin kaupunki";

/// Whether a record is shaped as the Helsinki register's.
pub fn recognises(record: &Value) -> bool {
    let Some(object) = record.as_object() else {
        return false;
    };
    object.contains_key("id")
        && LANGUAGES.iter().any(|l| object.contains_key(*l))
        && LANGUAGES.iter().all(|l| match object.get(*l) {
            None | Some(Value::Object(_)) => true,
            Some(Value::Array(items)) => items.is_empty(),
            Some(_) => false,
        })
}

pub fn read(path: &str, place: &str, record: &Value) -> Result<Read, ImportError> {
    let Some(id) = record.get("id").and_then(id_text) else {
        return Err(ImportError::at(path, place, "the record has no `id`"));
    };
    let blocks: Vec<(&str, &Value)> = LANGUAGES
        .iter()
        .filter_map(|&l| Some((l, record.get(l).filter(|b| b.is_object())?)))
        .collect();
    if blocks.is_empty() {
        return Ok(Read::Skipped(Skip::NoText));
    }
    let mut draft = Draft {
        format: Some(SourceFormat::Tpr),
        url: Some(format!("{RECORD_URL}{id}")),
        record_id: id,
        provider: PROVIDER.to_owned(),
        // Every service of the register is the city's, in Helsinki.
        areas: crate::municipalities::municipality_name("091")
            .into_iter()
            .collect(),
        ..Draft::default()
    };
    let mut web = None;
    for (language, block) in &blocks {
        if let Some(title) = block.get("title").and_then(as_text) {
            draft.name.add_line(language, title);
        }
        if let Some(short) = block.get("description_short").and_then(as_text) {
            draft.summary.add(language, short);
        }
        if let Some(long) = block.get("description_long").and_then(as_text) {
            draft.description.add(language, long);
        }
        if let Some(prerequisites) = block.get("prerequisites").and_then(as_text) {
            draft.eligibility.add(language, prerequisites);
        }
        if let Some(synonyms) = block.get("name_synonyms").and_then(as_text) {
            draft
                .keywords
                .extend(synonyms.split([',', ';', '\n']).map(str::to_owned));
        }
        draft.languages.extend(list(block, "provided_languages"));
        draft.codes.extend(list(block, "life_events"));
        draft.codes.extend(list(block, "target_groups"));
        draft
            .target_groups
            .extend(list(block, "target_groups").iter().map(|g| target_group(g)));
        if web.is_none() {
            web = first_link(block);
        }
    }
    if draft.name.is_empty() {
        return Err(ImportError::at(
            path,
            format!("{place}.{}", blocks[0].0),
            format!(
                "service {} has no name (`title`) in any language",
                draft.record_id
            ),
        ));
    }
    draft.codes = dedup(std::mem::take(&mut draft.codes));
    draft.contact = Contact {
        web,
        ..Contact::default()
    };
    Ok(Read::Service(Box::new(draft)))
}

/// The first web address among the block's links.
fn first_link(block: &Value) -> Option<String> {
    block
        .get("links")?
        .as_array()?
        .iter()
        .filter(|link| string(link, "type").is_none_or(|t| t == "INTERNET"))
        .find_map(|link| string(link, "url"))
        .map(str::to_owned)
}

/// The register's target-group codes in Finnish, as catalogues write target groups.
fn target_group(code: &str) -> String {
    match code {
        "INDIVIDUALS" => "yksityishenkilöt",
        "CHILDREN_AND_FAMILIES" => "lapset ja lapsiperheet",
        "YOUTH" => "nuoret",
        "ELDERLY_PEOPLE" => "ikäihmiset",
        "DISABLED" => "vammaiset",
        "IMMIGRANTS" => "maahanmuuttajat",
        "ENTERPRISES" => "yritykset",
        "ASSOCIATIONS" => "yhdistykset",
        "LONG_TERM_PATIENTS" => "pitkäaikaissairaat",
        other => return other.to_lowercase().replace('_', " "),
    }
    .to_owned()
}
