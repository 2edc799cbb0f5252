//! The lemma keys of the catalogue's words (see `lemma`), for finding the forms of a typed word
//! without looking at every word. Working out the keys of tens of thousands of words takes
//! longer than the rest of building the index, so they are worked out one first letter at a
//! time: by a thread of their own right after the index is built, or by the first search that
//! needs a letter no one has done yet. Every key of a word begins with the word's first letter,
//! so a letter's words are all the words that can share a key beginning with it, and the
//! results do not depend on which way a letter was done.

use std::hash::BuildHasher;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

use super::lemma;
use crate::hash::Fx;

mod stored;

/// The words of one first letter and, once worked out, their keys.
struct Letter {
    letter: char,
    words: Vec<(u32, Box<str>)>,
    /// (hash of a key, token number), sorted.
    keys: OnceLock<Vec<(u64, u32)>>,
}

impl Letter {
    fn keys(&self) -> &[(u64, u32)] {
        self.keys.get_or_init(|| {
            let mut keys: Vec<(u64, u32)> = Vec::with_capacity(self.words.len() * 4);
            for (id, word) in &self.words {
                keys.extend(lemma::keys(word).iter().map(|k| (key_hash(k), *id)));
            }
            keys.sort_unstable();
            keys.dedup();
            keys
        })
    }
}

/// Stored with every letter's keys worked out (see `Letter`'s `Serialize`), so that an index
/// read back needs no thread to work them out.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct KeyIndex {
    /// Sorted by letter.
    letters: Arc<Vec<Letter>>,
}

/// Words shorter than this have no inflection worth a key.
const MIN_WORD: usize = 3;

impl KeyIndex {
    /// Groups the words by first letter; the keys are worked out later.
    pub fn new<'a>(words: impl Iterator<Item = (u32, &'a str)>) -> Self {
        let mut letters: Vec<Letter> = Vec::new();
        let mut grouped: Vec<(char, u32, &str)> = words
            .filter(|(_, w)| w.chars().nth(MIN_WORD - 1).is_some())
            .filter_map(|(id, w)| Some((w.chars().next()?, id, w)))
            .collect();
        grouped.sort_unstable_by_key(|&(c, id, _)| (c, id));
        for (letter, id, word) in grouped {
            if letters.last().is_none_or(|l| l.letter != letter) {
                letters.push(Letter {
                    letter,
                    words: Vec::new(),
                    keys: OnceLock::new(),
                });
            }
            if let Some(last) = letters.last_mut() {
                last.words.push((id, word.into()));
            }
        }
        Self {
            letters: Arc::new(letters),
        }
    }

    /// Works out every letter's keys on a thread of its own, the largest letters first.
    pub fn prepare_in_background(&self) {
        let letters = Arc::clone(&self.letters);
        // If no thread can be started, each letter is done when first needed instead.
        let _ = std::thread::Builder::new()
            .name("polku-keys".into())
            .spawn(move || {
                let mut order: Vec<&Letter> = letters.iter().collect();
                order.sort_by_key(|l| std::cmp::Reverse(l.words.len()));
                for letter in order {
                    letter.keys();
                }
            });
    }

    /// The words that have one of `keys` (as `lemma::keys` makes them: a tag letter, then the
    /// key).
    pub fn tokens_with_keys(&self, keys: &[String]) -> Vec<u32> {
        let mut found = Vec::new();
        for key in keys {
            let Some(first) = key.chars().nth(1) else {
                continue;
            };
            let Ok(at) = self.letters.binary_search_by_key(&first, |l| l.letter) else {
                continue;
            };
            let list = self.letters[at].keys();
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

fn key_hash(key: &str) -> u64 {
    Fx::default().hash_one(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_found_whether_prepared_or_not() {
        let words = [
            "velka", "velat", "velkaa", "pelko", "tyo", "toihin", "kasi", "kaden",
        ];
        let make = || KeyIndex::new(words.iter().enumerate().map(|(i, w)| (i as u32, *w)));
        let lazy = make();
        let eager = make();
        for letter in eager.letters.iter() {
            letter.keys();
        }
        for (word, expected) in [
            ("velan", vec![0, 1, 2]),
            ("tyo", vec![4, 5]),
            ("kaden", vec![6, 7]),
        ] {
            let keys = lemma::keys(word);
            assert_eq!(lazy.tokens_with_keys(&keys), expected, "{word}");
            assert_eq!(eager.tokens_with_keys(&keys), expected, "{word}");
        }
    }
}
