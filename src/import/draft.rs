//! A service as read from a register, before it is given goals: what every format's reader
//! produces, so that mapping, ids and writing are done once for all of them.

use std::sync::Arc;

use super::plain_text::{first_paragraph, plain_text};
use crate::catalog::{
    Contact, Cost, Format, Id, Lang, Languages, Service, Source, SourceFormat, Text,
};
use crate::date::Date;

/// The longest summary made from a description, in characters.
const SUMMARY_FROM_DESCRIPTION: usize = 280;

/// What a reader makes of one record of a register.
pub enum Read {
    Service(Box<Draft>),
    /// Left out, and why.
    Skipped(Skip),
}

/// Why a record of a register is left out of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Skip {
    /// Not described in any language (the Helsinki register has such records).
    NoText,
    /// Deleted or archived in the register.
    Deleted,
    /// A draft the register has not published.
    Draft,
    /// Inactive or defunct (HSDS `status`).
    Inactive,
    /// No organisation is named as its provider.
    NoProvider,
    /// The same record was read before.
    Duplicate,
}

#[derive(Debug, Default)]
pub struct Draft {
    pub format: Option<SourceFormat>,
    /// The record's id in the register.
    pub record_id: String,
    pub url: Option<String>,
    pub name: Texts,
    pub summary: Texts,
    pub description: Texts,
    pub eligibility: Texts,
    pub provider: String,
    /// Offered online (a virtual location, an electronic channel) as well as or instead of
    /// face to face.
    pub remote: bool,
    pub areas: Vec<String>,
    pub languages: Vec<String>,
    pub target_groups: Vec<String>,
    pub cost: Option<Cost>,
    pub contact: Contact,
    /// Alternative names, the register's own keywords and the names of its ontology terms.
    pub keywords: Vec<String>,
    /// Codes, most specific first: service classes, ontology and taxonomy terms, life events,
    /// target groups.
    pub codes: Vec<String>,
    pub updated: Option<Date>,
}

/// A register's text made plain, with its language code as the catalogue writes it; none when
/// the text is empty or the language is not one the catalogue knows.
fn plain_in(language: &str, text: &str) -> Option<(String, String)> {
    let language = language.trim().to_ascii_lowercase();
    let text = plain_text(text);
    (!text.is_empty() && Lang::parse(&language).is_some()).then_some((language, text))
}

/// Text in several languages as it is gathered: (language, text) pairs.
#[derive(Debug, Default)]
pub struct Texts(Vec<(String, String)>);

impl Texts {
    /// Adds `text` in `language` (the first text for a language wins), made plain.
    pub fn add(&mut self, language: &str, text: &str) {
        if let Some((language, text)) = plain_in(language, text)
            && !self.has(&language)
        {
            self.0.push((language, text));
        }
    }

    /// Adds `text`, or when the language has a text already, adds it after that text as a
    /// paragraph of its own: for a register that says one thing in several fields.
    pub fn append(&mut self, language: &str, text: &str) {
        let Some((language, text)) = plain_in(language, text) else {
            return;
        };
        match self.0.iter_mut().find(|(l, _)| *l == language) {
            Some((_, kept)) => {
                kept.push_str("\n\n");
                kept.push_str(&text);
            }
            None => self.0.push((language, text)),
        }
    }

    /// Adds text that is plain already, on one line (a name).
    pub fn add_line(&mut self, language: &str, text: &str) {
        let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.add(language, &line);
    }

    pub fn has(&self, language: &str) -> bool {
        self.0.iter().any(|(l, _)| l == language)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(l, _)| l.as_str())
    }

    fn get(&self, language: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| l == language)
            .map(|(_, t)| t.as_str())
    }

    pub fn to_text(&self) -> Option<Text> {
        (!self.0.is_empty()).then(|| Text::from_pairs(self.0.iter().cloned()))
    }
}

impl Draft {
    /// The catalogue's service, with its id and goals.
    pub fn into_service(mut self, id: Id, goals: Vec<Id>) -> Service {
        self.fill_summaries();
        let mut formats = vec![Format::Individual];
        if self.remote {
            formats.push(Format::Remote);
        }
        let languages: Vec<Lang> = dedup(self.languages.iter().map(|l| l.to_ascii_lowercase()))
            .iter()
            .filter_map(|l| Lang::parse(l))
            .collect();
        let contact = (!self.contact.is_empty()).then(|| Box::new(self.contact));
        Service {
            id,
            name: self.name.to_text().unwrap_or_default(),
            summary: self.summary.to_text().unwrap_or_default(),
            goals: goals.into(),
            provider: self.provider.into(),
            formats: formats.into(),
            description: self.description.to_text(),
            intensity: None,
            areas: shared_list(self.areas),
            languages: if languages.is_empty() {
                Languages::default()
            } else {
                Languages::new(languages)
            },
            target_groups: shared_list(self.target_groups),
            eligibility: self.eligibility.to_text(),
            cost: self.cost,
            duration: None,
            contact,
            keywords: shared_list(self.keywords),
            source: self.format.map(|format| {
                Box::new(Source {
                    format,
                    id: self.record_id.into(),
                    url: self.url.map(Into::into),
                })
            }),
            updated: self.updated,
        }
    }

    /// Every language with a name gets a summary: the register's own, else the first
    /// paragraph of the description, else the name itself.
    fn fill_summaries(&mut self) {
        let languages: Vec<String> = self.name.languages().map(str::to_owned).collect();
        for language in languages {
            if self.summary.has(&language) {
                continue;
            }
            let from_description = self
                .description
                .get(&language)
                .map(|d| first_paragraph(d, SUMMARY_FROM_DESCRIPTION));
            let summary = match from_description {
                Some(s) if !s.is_empty() => s,
                _ => self.name.get(&language).unwrap_or_default().to_owned(),
            };
            self.summary.add(&language, &summary);
        }
        // A description that says no more than the summary is left out.
        let same: Vec<String> = self
            .description
            .0
            .iter()
            .filter(|(l, d)| self.summary.get(l) == Some(d.as_str()))
            .map(|(l, _)| l.clone())
            .collect();
        self.description.0.retain(|(l, _)| !same.contains(l));
    }
}

/// The items once each, in their first order, blanks left out.
pub fn dedup(items: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let item = item.trim().to_owned();
        if !item.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(&item)) {
            out.push(item);
        }
    }
    out
}

fn shared_list(items: Vec<String>) -> Box<[Arc<str>]> {
    dedup(items).into_iter().map(Arc::from).collect()
}
