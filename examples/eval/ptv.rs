//! PTV's general service descriptions (Suomi.fi Palvelutietovaranto) as a polku catalogue.
//!
//! Each description's service classes are its goals, named from PTV's service-class code list
//! (fi/sv/en, with the class's note as the goal's description). The description's YSO/KOKO
//! ontology terms (Finto) are its keywords; its target groups, its target groups. The longer
//! texts are Draft.js JSON and are turned into plain text.

use std::collections::BTreeMap;
use std::path::Path;

use polku::catalog::{Cost, Format, Goal, Id, Service, Text};
use serde::Deserialize;

use super::catalogue::{CatalogueFile, Converted, build, first_sentence, text_of};
use super::plain::plain_text;

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Description {
    id: String,
    #[serde(default)]
    name: Vec<Label>,
    #[serde(default)]
    short_description: Vec<Label>,
    #[serde(default)]
    description: Vec<Label>,
    #[serde(default)]
    background_description: Vec<Label>,
    #[serde(default)]
    user_instructions: Vec<Label>,
    #[serde(default)]
    service_restrictions: Vec<Label>,
    #[serde(default)]
    service_class: Vec<KeyValue>,
    #[serde(default)]
    ontology_term: Vec<KeyValue>,
    #[serde(default)]
    target_group: Vec<KeyValue>,
    charge_type: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Label {
    lang: String,
    label: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct KeyValue {
    key: String,
    value: String,
}

/// An entry of PTV's service-class code list.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ServiceClass {
    notation: String,
    label: Labels,
    notes: Option<Labels>,
    old_uri: Option<String>,
}

#[derive(Deserialize)]
struct Labels {
    #[serde(rename = "Fi")]
    fi: Option<String>,
    #[serde(rename = "Sv")]
    sv: Option<String>,
    #[serde(rename = "En")]
    en: Option<String>,
}

impl Labels {
    fn text(&self) -> Option<Text> {
        text_of(
            [("fi", &self.fi), ("sv", &self.sv), ("en", &self.en)]
                .into_iter()
                .filter_map(|(l, t)| Some((l, t.clone()?))),
        )
    }
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path, what: &str) -> Result<T, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{}: not {what}: {e}", path.display()))
}

/// Converts `descriptions`, naming goals from the service-class list `classes`.
pub fn convert(descriptions: &Path, classes: &Path) -> Result<Converted, String> {
    let records: Vec<Description> = read_json(descriptions, "PTV's general descriptions")?;
    let class_list: Vec<ServiceClass> = read_json(classes, "PTV's service-class list")?;
    let by_uri: BTreeMap<&str, &ServiceClass> = class_list
        .iter()
        .filter_map(|c| Some((c.old_uri.as_deref()?, c)))
        .collect();
    // Goals in code-list order, only those some description uses.
    let mut goals: BTreeMap<String, Goal> = BTreeMap::new();
    let mut services = Vec::new();
    let mut skipped = Vec::new();
    for record in &records {
        let mut goal_ids = Vec::new();
        for class in &record.service_class {
            let Some(entry) = by_uri.get(class.key.as_str()) else {
                return Err(format!(
                    "{}: {}: the service class {} ({}) is not in {}",
                    descriptions.display(),
                    record.id,
                    class.key,
                    class.value,
                    classes.display()
                ));
            };
            let id = Id::parse(&format!(
                "class-{}",
                entry.notation.to_lowercase().replace('.', "-")
            ))?;
            if !goals.contains_key(id.as_str()) {
                goals.insert(id.to_string(), goal(&id, entry, &class.value));
            }
            goal_ids.push(id);
        }
        if goal_ids.is_empty() {
            skipped.push(format!("ptv-{}: no service class", record.id));
            continue;
        }
        match service(record, goal_ids)? {
            Some(s) => services.push(s),
            None => skipped.push(format!("ptv-{}: no name", record.id)),
        }
    }
    let file = CatalogueFile {
        name: Text::from_pairs([
            ("fi", "PTV:n palvelujen yleiskuvaukset"),
            ("en", "PTV general service descriptions"),
        ]),
        goals: goals.into_values().collect(),
        services,
    };
    build("ptv.ron", &file, skipped)
}

fn goal(id: &Id, entry: &ServiceClass, finnish_name: &str) -> Goal {
    Goal {
        id: id.clone(),
        name: entry
            .label
            .text()
            .unwrap_or_else(|| Text::finnish(finnish_name)),
        themes: Vec::new(),
        description: entry.notes.as_ref().and_then(Labels::text),
        keywords: Vec::new(),
        needs: Vec::new(),
    }
}

/// The labels of one field as text, rich text made plain.
fn labels(list: &[Label]) -> Option<Text> {
    text_of(
        list.iter()
            .filter_map(|l| Some((l.lang.as_str(), plain_text(l.label.as_deref()?)))),
    )
}

/// Several fields' labels joined per language, a blank line between them.
fn joined(fields: &[&[Label]]) -> Option<Text> {
    let mut by_language: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for list in fields {
        for label in *list {
            let text = plain_text(label.label.as_deref().unwrap_or(""));
            if !text.is_empty() {
                by_language
                    .entry(label.lang.as_str())
                    .or_default()
                    .push(text);
            }
        }
    }
    text_of(
        by_language
            .into_iter()
            .map(|(l, parts)| (l, parts.join("\n\n"))),
    )
}

fn service(record: &Description, goals: Vec<Id>) -> Result<Option<Service>, String> {
    let Some(name) = labels(&record.name) else {
        return Ok(None);
    };
    let description = joined(&[&record.description, &record.background_description]);
    let summary = labels(&record.short_description)
        .or_else(|| {
            let long = description.as_ref()?;
            text_of(long.variants().map(|(l, t)| (l, first_sentence(t))))
        })
        .unwrap_or_else(|| name.clone());
    let mut keywords: Vec<String> = Vec::new();
    for term in &record.ontology_term {
        if !keywords.contains(&term.value) {
            keywords.push(term.value.clone());
        }
    }
    Ok(Some(Service {
        id: Id::parse(&format!("ptv-{}", record.id))?,
        name,
        summary,
        goals: goals.into(),
        provider: "Suomi.fi-palvelutietovaranto (yleiskuvaus)".into(),
        formats: vec![Format::Individual].into(),
        description,
        intensity: None,
        areas: Box::default(),
        languages: Default::default(),
        target_groups: record
            .target_group
            .iter()
            .map(|t| t.value.as_str().into())
            .collect(),
        eligibility: joined(&[&record.service_restrictions, &record.user_instructions]),
        cost: (record.charge_type.as_deref() == Some("Free")).then_some(Cost::Free),
        duration: None,
        contact: None,
        keywords: keywords.into_iter().map(Into::into).collect(),
        source: None,
        updated: None,
    }))
}
