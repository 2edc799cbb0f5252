//! The lemma keys of the catalogue's words (see `lemma`), for finding the forms of a typed word
//! without looking at every word. Every word's keys are worked out once, while the index is
//! built, on every core for a large catalogue: a search never waits for them, and an index read
//! back from the cache folder has them stored.

use std::hash::BuildHasher;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::lemma;
use super::word_langs::{self, Langs};
use crate::hash::Fx;

mod stored;

/// (hash of a key, token number) for every key of every word, sorted.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct KeyIndex {
    keys: Arc<stored::Keys>,
}

/// Words shorter than this have no inflection worth a key.
const MIN_WORD: usize = 3;

/// From this many words on, the keys are worked out on several threads.
const PARALLEL_FROM: usize = 4_000;

impl KeyIndex {
    /// Works out the keys of `words` (token number, folded text, the languages it is written
    /// in): of each word only the keys of its own languages' rules (see `word_langs`).
    pub fn new<'a>(words: impl Iterator<Item = (u32, &'a str, Langs)>) -> Self {
        let words: Vec<(u32, &str, Langs)> = words
            .filter(|(_, w, _)| w.chars().nth(MIN_WORD - 1).is_some())
            .collect();
        let threads = if words.len() < PARALLEL_FROM {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
        };
        let chunk = words.len().div_ceil(threads).max(1);
        let mut keys: Vec<(u64, u32)> = if threads == 1 {
            keys_of(&words)
        } else {
            std::thread::scope(|scope| {
                let parts: Vec<_> = words
                    .chunks(chunk)
                    .map(|part| scope.spawn(move || keys_of(part)))
                    .collect();
                // A panic while working out keys is a bug in polku: carry it on.
                parts
                    .into_iter()
                    .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            })
        };
        keys.sort_unstable();
        keys.dedup();
        Self {
            keys: Arc::new(stored::Keys(keys)),
        }
    }

    /// The words that have one of `keys` (as `lemma::keys` makes them: a tag letter, then the
    /// key).
    pub fn tokens_with_keys(&self, keys: &[String]) -> Vec<u32> {
        let list = &self.keys.0;
        let mut found = Vec::new();
        for key in keys {
            let hash = key_hash(key);
            let start = list.partition_point(|&(h, _)| h < hash);
            found.extend(
                list[start..]
                    .iter()
                    .take_while(|&&(h, _)| h == hash)
                    .map(|&(_, t)| t),
            );
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// The (hash of a key, token number) pairs of `words`.
fn keys_of(words: &[(u32, &str, Langs)]) -> Vec<(u64, u32)> {
    let mut keys = Vec::with_capacity(words.len() * 6);
    for &(id, word, langs) in words {
        keys.extend(
            lemma::keys(word)
                .iter()
                .filter(|k| word_langs::key_fits(langs, k))
                .map(|k| (key_hash(k), id)),
        );
    }
    keys
}

fn key_hash(key: &str) -> u64 {
    Fx::default().hash_one(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(words: &[&str]) -> KeyIndex {
        KeyIndex::new(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (i as u32, *w, word_langs::UNSAID)),
        )
    }

    #[test]
    fn forms_of_a_typed_word_are_found() {
        let words = index(&[
            "velka", "velat", "velkaa", "pelko", "tyo", "toihin", "kasi", "kaden",
        ]);
        for (word, expected) in [
            ("velan", vec![0, 1, 2]),
            ("tyo", vec![4, 5]),
            ("kaden", vec![6, 7]),
            ("pelkoa", vec![3]),
        ] {
            assert_eq!(
                words.tokens_with_keys(&lemma::keys(word)),
                expected,
                "{word}"
            );
        }
    }

    #[test]
    fn a_form_joins_only_words_of_its_rules_language() {
        let words = KeyIndex::new(
            [
                ("familiar", word_langs::ENGLISH),
                ("mellan", word_langs::SWEDISH),
                ("kost", word_langs::SWEDISH),
                ("meluun", word_langs::FINNISH),
                ("kotona", word_langs::FINNISH | word_langs::SWEDISH),
                ("skolan", word_langs::SWEDISH),
            ]
            .iter()
            .enumerate()
            .map(|(i, &(w, langs))| (i as u32, w, langs)),
        );
        let found = |word: &str| words.tokens_with_keys(&lemma::keys(word));
        assert_eq!(found("families"), Vec::<u32>::new());
        assert_eq!(found("melu"), vec![3]);
        assert_eq!(found("kotiin"), vec![4]);
        assert_eq!(found("skola"), vec![5]);
    }

    #[test]
    fn many_words_are_keyed_as_few_are() {
        let many: Vec<String> = (0..PARALLEL_FROM * 2)
            .map(|i| format!("velka{}", ["a", "n", "t", "ssa"][i % 4]))
            .collect();
        let words: Vec<&str> = many.iter().map(String::as_str).collect();
        let found = index(&words).tokens_with_keys(&lemma::keys("velkojen"));
        assert_eq!(found, (0..words.len() as u32).collect::<Vec<_>>());
    }

    #[test]
    fn stored_keys_read_back_the_same() {
        let words = index(&["velka", "velat", "tyo", "toihin"]);
        let bytes = rmp_serde::to_vec(&words).unwrap();
        let read: KeyIndex = rmp_serde::from_slice(&bytes).unwrap();
        assert_eq!(read.tokens_with_keys(&lemma::keys("velan")), vec![0, 1]);
        assert_eq!(read.tokens_with_keys(&lemma::keys("tyota")), vec![2, 3]);
    }
}
