//! The words of a query that say nothing of a need (stop words), and the need thesaurus: a
//! client's everyday words and the words services and goals are described with.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::fold::{fold, words};
use super::lemma;
use crate::catalog::ThesaurusEntry;
use crate::hash::Fx;

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

/// An entry's number and one of its phrases' number.
type PhraseAt = (u32, u32);

/// The entries, folded, with the keys of their words for lookup.
#[derive(Clone, Debug, Default)]
pub struct Thesaurus {
    entries: Vec<Entry>,
    /// A key of a phrase's word → (entry, phrase, word) that has it.
    by_key: HashMap<String, Vec<(u32, u32, u32)>, Fx>,
}

#[derive(Clone, Debug)]
struct Entry {
    /// How many words each phrase has.
    says: Vec<usize>,
    means: Vec<Phrase>,
}

/// polku's own thesaurus: everyday needs in `src/search/words/thesaurus.ron`, and what a client
/// says when they need each kind of service in `thesaurus-services.ron`.
pub fn builtin_entries() -> Vec<ThesaurusEntry> {
    // The files are part of polku and a test reads each: a mistake in one fails the tests.
    BUILTIN_FILES
        .iter()
        .flat_map(|(_, text)| ron::from_str::<Vec<ThesaurusEntry>>(text).unwrap_or_default())
        .collect()
}

/// The built-in thesaurus files, by name.
const BUILTIN_FILES: [(&str, &str); 2] = [
    ("thesaurus.ron", include_str!("words/thesaurus.ron")),
    (
        "thesaurus-services.ron",
        include_str!("words/thesaurus-services.ron"),
    ),
];

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
        let mut thesaurus = Thesaurus::default();
        for (e, entry) in entries.iter().enumerate() {
            let mut says = Vec::new();
            for text in &entry.words {
                let words = phrase(text);
                if words.is_empty() {
                    continue;
                }
                for (w, word) in words.iter().enumerate() {
                    for key in word_keys(word) {
                        let at = (e as u32, says.len() as u32, w as u32);
                        thesaurus.by_key.entry(key).or_default().push(at);
                    }
                }
                says.push(words.len());
            }
            thesaurus.entries.push(Entry {
                says,
                means: entry
                    .means
                    .iter()
                    .map(|p| phrase(p))
                    .filter(|p| !p.is_empty())
                    .collect(),
            });
        }
        thesaurus
    }

    /// What the typed words mean: for every entry one of whose phrases was typed, the typed
    /// words of that phrase (indexes into `typed`) and the entry's meanings. `typed` holds each
    /// typed word's keys (see [`word_keys`]).
    pub fn lookup(&self, typed: &[Vec<String>]) -> Vec<(Vec<usize>, &[Phrase])> {
        // (entry, phrase) → the typed word found for each of its words.
        let mut seen: HashMap<PhraseAt, Vec<Option<usize>>, Fx> = HashMap::default();
        for (i, keys) in typed.iter().enumerate() {
            for key in keys {
                for &(e, p, w) in self.by_key.get(key).map_or(&[][..], Vec::as_slice) {
                    let words = self.entries[e as usize].says[p as usize];
                    let slots = seen.entry((e, p)).or_insert_with(|| vec![None; words]);
                    slots[w as usize].get_or_insert(i);
                }
            }
        }
        // Per entry, the longest phrase that was typed whole.
        let mut best: Vec<Option<Vec<usize>>> = vec![None; self.entries.len()];
        let mut found: Vec<(PhraseAt, Vec<Option<usize>>)> = seen.into_iter().collect();
        found.sort_unstable_by_key(|(at, _)| *at);
        for ((e, _), slots) in found {
            let Some(mut at) = slots.into_iter().collect::<Option<Vec<usize>>>() else {
                continue;
            };
            at.sort_unstable();
            at.dedup();
            let slot = &mut best[e as usize];
            if slot.as_ref().is_none_or(|b| b.len() < at.len()) {
                *slot = Some(at);
            }
        }
        best.into_iter()
            .zip(&self.entries)
            .filter_map(|(at, entry)| Some((at?, entry.means.as_slice())))
            .collect()
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
    fn every_builtin_file_reads() {
        for (name, text) in BUILTIN_FILES {
            let entries: Vec<ThesaurusEntry> =
                ron::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!entries.is_empty(), "{name}");
        }
    }

    /// A phrase of stop words alone is never looked up: the word would be dropped from the
    /// query before the thesaurus sees it.
    #[test]
    fn service_words_are_not_stop_words_alone() {
        let entries: Vec<ThesaurusEntry> =
            ron::from_str(include_str!("words/thesaurus-services.ron")).expect("reads");
        for entry in &entries {
            for text in &entry.words {
                let words = phrase(text);
                assert!(
                    words.iter().any(|w| !is_stop_word(w)),
                    "{text:?} is only stop words"
                );
            }
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
