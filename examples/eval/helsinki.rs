//! The City of Helsinki service register (one record per service, with a Finnish, Swedish and
//! English version) as a polku catalogue.
//!
//! The register gives no goal or service class of its own, so the whole register is one goal,
//! named after the city: no service gains or loses by a goal word. Records with no text in any
//! language (about four in ten of the export) are left out: there is nothing to show or find.

use std::path::Path;

use polku::catalog::{Contact, Format, Goal, Id, Lang, Languages, Service, Text};
use serde::Deserialize;

use super::catalogue::{CatalogueFile, Converted, build, first_sentence, text_of};
use super::plain::{one_line, plain_text};

pub const GOAL_ID: &str = "helsinki";

#[derive(Deserialize)]
struct Record {
    id: u64,
    fi: Version,
    sv: Version,
    en: Version,
}

/// One language version: the export writes a missing one as an empty list.
#[derive(Deserialize)]
#[serde(untagged)]
enum Version {
    Present(Box<Fields>),
    Missing(
        #[expect(
            dead_code,
            reason = "only the shape matters: a list where a version is missing"
        )]
        Vec<serde_json::Value>,
    ),
}

#[derive(Deserialize, Default)]
struct Fields {
    title: Option<String>,
    name_synonyms: Option<String>,
    description_short: Option<String>,
    description_long: Option<String>,
    prerequisites: Option<String>,
    provided_languages: Option<Vec<String>>,
    target_groups: Option<Vec<String>>,
    links: Option<Vec<Link>>,
}

#[derive(Deserialize)]
struct Link {
    #[serde(rename = "type")]
    kind: Option<String>,
    url: Option<String>,
}

impl Record {
    fn versions(&self) -> Vec<(&'static str, &Fields)> {
        [("fi", &self.fi), ("sv", &self.sv), ("en", &self.en)]
            .into_iter()
            .filter_map(|(l, v)| match v {
                Version::Present(f) => Some((l, &**f)),
                Version::Missing(_) => None,
            })
            .collect()
    }
}

/// A target-group code of the register in words.
fn target_group(code: &str) -> &str {
    match code {
        "INDIVIDUALS" => "yksityishenkilöt",
        "CHILDREN_AND_FAMILIES" => "lapset ja lapsiperheet",
        "YOUTH" => "nuoret",
        "ELDERLY_PEOPLE" => "ikääntyneet",
        "ENTERPRISES" => "yritykset",
        "DISABLED" => "vammaiset",
        "IMMIGRANTS" => "maahanmuuttajat",
        "ASSOCIATIONS" => "yhdistykset",
        "LONG_TERM_PATIENTS" => "pitkäaikaissairaat",
        other => other,
    }
}

pub fn convert(path: &Path) -> Result<Converted, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let records: Vec<Record> = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{}: not the Helsinki register's JSON: {e}", path.display()))?;
    let goal = Goal {
        id: Id::parse(GOAL_ID)?,
        name: Text::from_pairs([
            ("fi", "Helsinki"),
            ("sv", "Helsingfors"),
            ("en", "Helsinki"),
        ]),
        themes: Vec::new(),
        description: None,
        keywords: Vec::new(),
        needs: Vec::new(),
    };
    let mut services = Vec::new();
    let mut skipped = Vec::new();
    for record in &records {
        match service(record, &goal.id)? {
            Some(s) => services.push(s),
            None => skipped.push(format!("hki-{}: no text in any language", record.id)),
        }
    }
    let file = CatalogueFile {
        name: Text::from_pairs([
            ("fi", "Helsingin palvelurekisteri"),
            ("en", "City of Helsinki service register"),
        ]),
        goals: vec![goal],
        services,
    };
    build("helsinki.ron", &file, skipped)
}

fn service(record: &Record, goal: &Id) -> Result<Option<Service>, String> {
    let versions = record.versions();
    let field = |get: fn(&Fields) -> Option<&String>| {
        text_of(
            versions
                .iter()
                .filter_map(|(l, f)| Some((*l, plain_text(get(f)?)))),
        )
    };
    let Some(name) = field(|f| f.title.as_ref()) else {
        return Ok(None);
    };
    let description = field(|f| f.description_long.as_ref());
    let summary = field(|f| f.description_short.as_ref())
        .or_else(|| {
            text_of(versions.iter().filter_map(|(l, f)| {
                Some((
                    *l,
                    first_sentence(&plain_text(f.description_long.as_ref()?)),
                ))
            }))
        })
        .unwrap_or_else(|| name.clone());
    let mut keywords: Vec<String> = Vec::new();
    for (_, f) in &versions {
        for synonym in f.name_synonyms.iter().flat_map(|s| s.split(',')) {
            let synonym = one_line(synonym);
            if !synonym.is_empty() && !keywords.contains(&synonym) {
                keywords.push(synonym);
            }
        }
    }
    let first = versions.first().map(|(_, f)| *f);
    let languages: Vec<Lang> = first
        .and_then(|f| f.provided_languages.as_ref())
        .map(|codes| codes.iter().filter_map(|c| Lang::parse(c)).collect())
        .unwrap_or_default();
    let target_groups: Vec<String> = first
        .and_then(|f| f.target_groups.as_ref())
        .map(|codes| codes.iter().map(|c| target_group(c).to_owned()).collect())
        .unwrap_or_default();
    let web = first.and_then(|f| f.links.as_ref()).and_then(|links| {
        links
            .iter()
            .find(|l| l.kind.as_deref() == Some("INTERNET"))
            .and_then(|l| l.url.clone())
    });
    Ok(Some(Service {
        id: Id::parse(&format!("hki-{}", record.id))?,
        name,
        summary,
        goals: vec![goal.clone()].into(),
        provider: "Helsingin kaupunki".into(),
        formats: vec![Format::Individual].into(),
        description,
        intensity: None,
        areas: vec!["Helsinki".into()].into(),
        languages: if languages.is_empty() {
            Languages::default()
        } else {
            Languages::new(languages)
        },
        target_groups: target_groups.into_iter().map(Into::into).collect(),
        eligibility: field(|f| f.prerequisites.as_ref()),
        cost: None,
        duration: None,
        contact: web.map(|web| {
            Box::new(Contact {
                web: Some(web),
                ..Contact::default()
            })
        }),
        keywords: keywords.into_iter().map(Into::into).collect(),
        source: None,
        updated: None,
    }))
}
