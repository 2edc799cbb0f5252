//! What the professional asks for: the typed words, and filters on the services.

use std::collections::BTreeSet;

use super::fold::{Dots, fold, words};
use super::harmony::{self, Harmony};
use super::thesaurus::is_stop_word;
use crate::catalog::{Catalog, Format, Id, Intensity, Service, Theme};

/// Longest query text that is looked at; anything longer is a paste accident, not a search.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words that say something (stop words aside) that are matched: a client's whole
/// sentence has a few, and more would only be a paste.
pub const MAX_QUERY_WORDS: usize = 8;
/// Most words kept in all, stop words included (they make up everyday phrases such as "ei oo
/// ketään"): a sentence is mostly stop words, and its need often comes last ("jag skulle
/// behöva någon som kan hjälpa mig att söka jobb").
const MAX_ALL_WORDS: usize = 32;

/// Typed text split into folded words, with what the typing says of each word beyond its
/// letters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryWords {
    pub folded: Vec<String>,
    /// Each word's vowel harmony where the typist's ä and ö tell it (see `harmony`).
    pub harmonies: Vec<Option<Harmony>>,
    /// Whether each word was typed as an abbreviation (see [`is_abbreviation`]).
    pub abbreviations: Vec<bool>,
    /// Each word's letters typed with dots or a ring (see [`Dots`]).
    pub dots: Vec<Dots>,
}

/// The most letters of a word in capitals that is taken for an abbreviation: "TYP", "RAI",
/// "KELA", "TUVA".
const MAX_ABBREVIATION: usize = 5;

/// Whether a word as typed is an abbreviation: two to five capital letters ("RAI", "SAS",
/// "TYP"). An abbreviation is a word of its own, not the beginning of a longer one: "RAI" is
/// the assessment, not "raitistuminen". A query typed all in capitals (the caps lock on) says
/// nothing of the kind, unless it is one word ("SAS", "RAI-HC").
fn is_abbreviation(word: &str, query_in_capitals: bool, one_word: bool) -> bool {
    written_as_abbreviation(word) && (!query_in_capitals || one_word)
}

/// Whether a word is written as an abbreviation: two to five capital letters. A thesaurus
/// word written so ("TE", "TYP") is met only by a word typed so (see [`is_abbreviation`]).
pub fn written_as_abbreviation(word: &str) -> bool {
    (2..=MAX_ABBREVIATION).contains(&word.chars().count()) && word.chars().all(char::is_uppercase)
}

impl QueryWords {
    /// Splits and folds what the user typed. Control characters, punctuation and emoji are
    /// separators; very long input is cut, never an error.
    pub fn parse(typed: &str) -> Self {
        let cut: String = typed.chars().take(MAX_QUERY_CHARS).collect();
        let folded = fold(&cut);
        let lower = cut.to_lowercase();
        // Folding keeps letters letters, so the typed words line up with the folded ones.
        let mut written = words(&lower).map(|(_, w)| w);
        let in_capitals = !cut.chars().any(char::is_lowercase);
        // "RAI-HC" and "TE-palvelut" are one word as typed, whatever their parts.
        let one_word = cut.split_whitespace().nth(1).is_none();
        let mut as_typed = words(&cut).map(|(_, w)| is_abbreviation(w, in_capitals, one_word));
        let mut list: Vec<String> = Vec::new();
        let mut harmonies: Vec<Option<Harmony>> = Vec::new();
        let mut abbreviations: Vec<bool> = Vec::new();
        let mut dots: Vec<Dots> = Vec::new();
        let mut saying = 0;
        for (_, w) in words(&folded) {
            let as_written = written.next();
            let harmony = as_written.and_then(harmony::of_typed);
            let dotted = as_written
                .and_then(|written| Dots::of(written, w.chars().count()))
                .unwrap_or_default();
            let abbreviation = as_typed.next().unwrap_or(false);
            if list.iter().any(|seen| seen == w) {
                continue;
            }
            if abbreviation || !is_stop_word(w) {
                if saying == MAX_QUERY_WORDS {
                    break;
                }
                saying += 1;
            }
            list.push(w.to_owned());
            harmonies.push(harmony);
            abbreviations.push(abbreviation);
            dots.push(dotted);
            if list.len() == MAX_ALL_WORDS {
                break;
            }
        }
        Self {
            folded: list,
            harmonies,
            abbreviations,
            dots,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// Whether the word at `i` was typed as an abbreviation (see [`is_abbreviation`]).
    pub fn is_abbreviation(&self, i: usize) -> bool {
        self.abbreviations.get(i).copied().unwrap_or(false)
    }

    /// Whether the word at `i` says nothing of a need: a stop word, unless typed as an
    /// abbreviation ("TE" is the employment services, "te" a pronoun).
    pub fn is_stop_word(&self, i: usize) -> bool {
        !self.is_abbreviation(i) && is_stop_word(&self.folded[i])
    }

    /// The words typed as words, abbreviations left out: what tells the language a sentence
    /// is said in ("TYP" is no Swedish).
    pub fn plain_words(&self) -> Vec<String> {
        self.folded
            .iter()
            .zip(&self.abbreviations)
            .filter(|(_, abbreviation)| !**abbreviation)
            .map(|(w, _)| w.clone())
            .collect()
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
    fn capitals_of_two_to_five_letters_are_an_abbreviation() {
        let parsed = QueryWords::parse("RAI-arviointi ja TYP Kela");
        assert_eq!(parsed.folded, vec!["rai", "arviointi", "ja", "typ", "kela"]);
        assert_eq!(parsed.abbreviations, vec![true, false, false, true, false]);
        // The caps lock on says nothing of abbreviations, unless the query is one word.
        assert_eq!(
            QueryWords::parse("TARVITSEN APUA").abbreviations,
            vec![false, false]
        );
        assert_eq!(QueryWords::parse("SAS").abbreviations, vec![true]);
        // One word of capitals joined by a hyphen is one abbreviation's parts.
        assert_eq!(QueryWords::parse("RAI-HC").abbreviations, vec![true, true]);
        assert_eq!(
            QueryWords::parse("I need help").abbreviations,
            vec![false, false, false]
        );
    }

    #[test]
    fn hostile_input_becomes_harmless_words() {
        assert!(QueryWords::parse("").is_empty());
        assert!(
            QueryWords::parse("\u{1b}[2J\u{7}🙂🙂")
                .folded
                .iter()
                .all(|w| w.chars().all(char::is_alphanumeric))
        );
        let long = "a".repeat(10_000);
        assert_eq!(QueryWords::parse(&long).folded[0].len(), MAX_QUERY_CHARS);
        assert_eq!(
            QueryWords::parse("Työ TYÖ työ haku").folded,
            vec!["tyo", "haku"]
        );
        // A sentence's stop words do not crowd out its need.
        let sentence =
            QueryWords::parse("jag skulle behöva någon som kan hjälpa mig att söka jobb");
        assert!(sentence.folded.contains(&"jobb".to_owned()), "{sentence:?}");
        let many: Vec<String> = (0..50).map(|i| format!("sana{i}")).collect();
        assert_eq!(
            QueryWords::parse(&many.join(" ")).folded.len(),
            MAX_QUERY_WORDS
        );
    }
}
