//! The words of a query that say nothing of a need (stop words), and the need thesaurus: a
//! client's everyday words and the words services and goals are described with.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::fold::{fold, words};
use super::lemma;
use crate::catalog::ThesaurusEntry;

static STOP_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("words/stopwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold)
        .collect()
});

/// Whether a folded query word says nothing of what is needed ("mulla", "on", "jag", "I").
pub fn is_stop_word(word: &str) -> bool {
    // A single letter is left of "can't" or a stray key, never a need.
    word.chars().nth(1).is_none() || STOP_WORDS.contains(word)
}

/// A phrase, folded and split into words.
pub type Phrase = Vec<String>;

/// The entries, folded, with the keys of their words for lookup.
#[derive(Clone, Debug, Default)]
pub struct Thesaurus {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug)]
struct Entry {
    /// Each phrase as its words' keys (a word's keys include its folded self).
    says: Vec<Vec<Vec<String>>>,
    means: Vec<Phrase>,
}

/// polku's own thesaurus, in `src/search/words/thesaurus.ron`.
pub fn builtin_entries() -> Vec<ThesaurusEntry> {
    // The file is part of polku and a test reads it: a mistake in it fails the tests.
    ron::from_str(include_str!("words/thesaurus.ron")).unwrap_or_default()
}

fn phrase(text: &str) -> Phrase {
    words(&fold(text)).map(|(_, w)| w.to_owned()).collect()
}

/// A word's keys and the word itself, for comparing a typed word with a thesaurus word.
pub fn word_keys(word: &str) -> Vec<String> {
    let mut keys = lemma::keys(word);
    keys.push(format!("={word}"));
    keys
}

impl Thesaurus {
    pub fn new(entries: &[ThesaurusEntry]) -> Self {
        let entries = entries
            .iter()
            .map(|e| Entry {
                says: e
                    .words
                    .iter()
                    .map(|p| phrase(p).iter().map(|w| word_keys(w)).collect())
                    .filter(|p: &Vec<Vec<String>>| !p.is_empty())
                    .collect(),
                means: e
                    .means
                    .iter()
                    .map(|p| phrase(p))
                    .filter(|p| !p.is_empty())
                    .collect(),
            })
            .collect();
        Self { entries }
    }

    /// What the typed words mean: for every entry one of whose phrases was typed, the typed
    /// words of that phrase (indexes into `typed`) and the entry's meanings. `typed` holds each
    /// typed word's keys (see [`word_keys`]).
    pub fn lookup(&self, typed: &[Vec<String>]) -> Vec<(Vec<usize>, &[Phrase])> {
        let mut found = Vec::new();
        for entry in &self.entries {
            // The longest phrase of the entry that was typed.
            let best = entry
                .says
                .iter()
                .filter_map(|phrase| {
                    let mut at = Vec::new();
                    for word in phrase {
                        let i = typed
                            .iter()
                            .position(|t| t.iter().any(|k| word.contains(k)))?;
                        at.push(i);
                    }
                    Some(at)
                })
                .max_by_key(Vec::len);
            if let Some(mut at) = best {
                at.sort_unstable();
                at.dedup();
                found.push((at, entry.means.as_slice()));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_thesaurus_reads_and_has_every_language() {
        let entries: Vec<ThesaurusEntry> =
            ron::from_str(include_str!("words/thesaurus.ron")).expect("thesaurus.ron reads");
        assert!(entries.len() >= 30);
        let says = |w: &str| {
            entries
                .iter()
                .any(|e| e.words.iter().any(|x| fold(x) == fold(w)))
        };
        for word in [
            "ulosotto",
            "skulder",
            "debt",
            "yksinäinen",
            "ensam",
            "lonely",
            "rutiini",
        ] {
            assert!(says(word), "{word}");
        }
    }

    #[test]
    fn inflected_and_phrase_forms_are_looked_up() {
        let thesaurus = Thesaurus::new(&builtin_entries());
        let typed = |text: &str| -> Vec<Vec<String>> {
            phrase(text).iter().map(|w| word_keys(w)).collect()
        };
        let means = |text: &str| -> Vec<String> {
            thesaurus
                .lookup(&typed(text))
                .into_iter()
                .flat_map(|(_, m)| m.iter().map(|p| p.join(" ")))
                .collect()
        };
        assert!(means("mul on ulosottoja").contains(&"velkaneuvonta".to_owned()));
        assert!(means("kaipaan rutiinia").contains(&"paivatoiminta".to_owned()));
        assert!(means("I feel stuck at home").contains(&"peer support".to_owned()));
        assert!(means("ahdistus").contains(&"mielenterveys".to_owned()));
        assert!(means("kirjasto").is_empty());
    }

    #[test]
    fn stop_words_are_everyday_forms() {
        for w in [
            "mulla", "ma", "on", "ei", "vahan", "jotain", "jag", "behover", "i", "the",
        ] {
            assert!(is_stop_word(w), "{w}");
        }
        assert!(!is_stop_word("velka"));
        assert!(!is_stop_word("tyo"));
    }
}
