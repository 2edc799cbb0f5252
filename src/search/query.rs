//! What the professional asks for: the typed words, and filters on the services.

use std::collections::BTreeSet;

use super::fold::{fold, words};
use crate::catalog::{Catalog, Format, Id, Intensity, Service, Theme};

/// Longest query text that is looked at; anything longer is a paste accident, not a search.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words that are matched (each must match, so more would only narrow to nothing).
pub const MAX_QUERY_WORDS: usize = 8;

/// Typed text split into folded words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryWords(pub Vec<String>);

impl QueryWords {
    /// Splits and folds what the user typed. Control characters, punctuation and emoji are
    /// separators; very long input is cut, never an error.
    pub fn parse(typed: &str) -> Self {
        let cut: String = typed.chars().take(MAX_QUERY_CHARS).collect();
        let folded = fold(&cut);
        let mut list: Vec<String> = Vec::new();
        for (_, w) in words(&folded) {
            if !list.iter().any(|seen| seen == w) {
                list.push(w.to_owned());
            }
        }
        list.truncate(MAX_QUERY_WORDS);
        Self(list)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Filters on services. Empty sets and `None` mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The service is offered in at least one of these formats.
    pub formats: BTreeSet<Format>,
    /// The service is delivered in this language.
    pub language: Option<String>,
    /// The service is offered in this municipality (or everywhere in the region).
    pub area: Option<String>,
    /// One of the service's goals belongs to this theme.
    pub theme: Option<Theme>,
    pub intensity: Option<Intensity>,
    pub free_only: bool,
    /// Only services that serve this goal (an opened goal).
    pub goal: Option<Id>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Whether `service` passes every filter.
    pub fn admits(&self, catalog: &Catalog, service: &Service) -> bool {
        (self.formats.is_empty() || service.formats.iter().any(|f| self.formats.contains(f)))
            && self
                .language
                .as_ref()
                .is_none_or(|l| service.languages.contains(l))
            && self.area.as_ref().is_none_or(|a| service.serves_area(a))
            && self.theme.is_none_or(|theme| {
                service
                    .goals
                    .iter()
                    .filter_map(|g| catalog.goal(g))
                    .any(|g| g.themes.contains(&theme))
            })
            && self.intensity.is_none_or(|i| service.intensity == Some(i))
            && (!self.free_only || service.is_free())
            && self.goal.as_ref().is_none_or(|g| service.goals.contains(g))
    }
}

/// A whole search: words, filters, and the language results are shown (and sorted) in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    pub words: QueryWords,
    pub filters: Filters,
    pub language: String,
}

impl Query {
    pub fn new(typed: &str, filters: Filters, language: &str) -> Self {
        Self {
            words: QueryWords::parse(typed),
            filters,
            language: language.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_input_becomes_harmless_words() {
        assert!(QueryWords::parse("").is_empty());
        assert!(
            QueryWords::parse("\u{1b}[2J\u{7}🙂🙂")
                .0
                .iter()
                .all(|w| w.chars().all(char::is_alphanumeric))
        );
        let long = "a".repeat(10_000);
        assert_eq!(QueryWords::parse(&long).0[0].len(), MAX_QUERY_CHARS);
        assert_eq!(QueryWords::parse("Työ TYÖ työ haku").0, vec!["tyo", "haku"]);
    }
}
