//! The lemma keys of the catalogue's words (see `lemma`), for finding the forms of a typed word
//! without looking at every word. Working out the keys of tens of thousands of words takes
//! longer than the rest of building the index, so they are worked out a few hundred words at a
//! time, by the first two letters of the key: by a thread of their own right after the index is
//! built, or by the first search that needs a pair no one has done yet, which then waits for
//! far fewer words than a whole first letter has.
//!
//! Every key of a word begins with the word's first letter. Its second letter is one the word
//! itself has near its beginning (see [`second_letters`]), so a pair's words are all the words
//! that can have a key beginning with it, and the results do not depend on which way a pair
//! was done.

use std::hash::BuildHasher;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

use super::lemma;
use crate::hash::Fx;

mod stored;

/// The words that can have a key beginning with one pair of letters and, once worked out,
/// their keys that do.
struct Letter {
    letter: [char; 2],
    words: Vec<(u32, Box<str>)>,
    /// (hash of a key, token number), sorted.
    keys: OnceLock<Vec<(u64, u32)>>,
}

impl Letter {
    fn keys(&self) -> &[(u64, u32)] {
        self.keys.get_or_init(|| {
            let mut keys: Vec<(u64, u32)> = Vec::with_capacity(self.words.len() * 4);
            for (id, word) in &self.words {
                keys.extend(
                    lemma::keys(word)
                        .iter()
                        .filter(|k| pair(k) == Some(self.letter))
                        .map(|k| (key_hash(k), *id)),
                );
            }
            keys.sort_unstable();
            keys.dedup();
            keys
        })
    }
}

/// Stored with every group's keys worked out (see `Letter`'s `Serialize`), so that an index
/// read back needs no thread to work them out.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct KeyIndex {
    /// Sorted by pair.
    letters: Arc<Vec<Letter>>,
}

/// The two letters a key begins with, after its one-letter tag.
fn pair(key: &str) -> Option<[char; 2]> {
    let mut chars = key.chars().skip(1);
    Some([chars.next()?, chars.next()?])
}

/// The letters that can follow the first in a key of `word`: keys are made of the word's
/// stems (which keep its first two letters, or add y or u after a first consonant: töihin,
/// työ) with doubled consonants and consonant clusters shortened, d as t and v as p. So the
/// second letter of a key is one of the letters up to the word's first vowel after its first
/// letter, as it is or as d and v are read, or y or u before "oi".
fn second_letters(word: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(4);
    let mut add = |c: char| {
        for c in [c, lemma::weak_grade(c)] {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    };
    let rest: Vec<char> = word.chars().skip(1).collect();
    for (i, &c) in rest.iter().enumerate() {
        add(c);
        if lemma::is_vowel(c) {
            if c == 'o' && rest.get(i + 1) == Some(&'i') {
                add('y');
                add('u');
            }
            break;
        }
    }
    out
}

/// Words shorter than this have no inflection worth a key.
const MIN_WORD: usize = 3;

impl KeyIndex {
    /// Groups the words by the pairs of letters their keys can begin with; the keys are
    /// worked out later.
    pub fn new<'a>(words: impl Iterator<Item = (u32, &'a str)>) -> Self {
        let mut letters: Vec<Letter> = Vec::new();
        let mut grouped: Vec<([char; 2], u32, &str)> = words
            .filter(|(_, w)| w.chars().nth(MIN_WORD - 1).is_some())
            .filter_map(|(id, w)| Some((w.chars().next()?, id, w)))
            .flat_map(|(first, id, w)| {
                second_letters(w)
                    .into_iter()
                    .map(move |second| ([first, second], id, w))
            })
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

    /// Works out every pair's keys now, on this thread (for measuring searches alone).
    pub fn prepare(&self) {
        for letter in self.letters.iter() {
            letter.keys();
        }
    }

    /// Works out every pair's keys on a thread of its own, the largest first.
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
            let Some(letter) = pair(key) else {
                continue;
            };
            let Ok(at) = self.letters.binary_search_by_key(&letter, |l| l.letter) else {
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

    /// Words as services write them, with the beginnings that change in keys: clusters,
    /// doubled letters, d and v, and plurals in -oi-.
    const WORDS: &[&str] = &[
        "toihin",
        "toita",
        "tyo",
        "suoihin",
        "soita",
        "kadun",
        "katu",
        "lupa",
        "luvat",
        "nta",
        "nnoin",
        "mpi",
        "ltaa",
        "hdin",
        "htio",
        "ljan",
        "ngoihin",
        "kks",
        "aks",
        "vaks",
        "skulder",
        "strategia",
        "klubitalolle",
        "kaupassa",
        "kaynti",
        "jannittaa",
        "ulosottoja",
        "velkojen",
        "kaden",
        "tyottomat",
        "asunnottomille",
        "dvd",
        "2025",
        "stress",
        "house",
    ];

    fn every_key_is_in_a_pair_of_its_word(word: &str) -> Result<(), String> {
        let first = word.chars().next();
        let seconds = second_letters(word);
        for key in lemma::keys(word) {
            let [a, b] = pair(&key).ok_or(format!("{word}: key {key} too short"))?;
            if Some(a) != first || !seconds.contains(&b) {
                return Err(format!("{word}: key {key} is not in a pair of {seconds:?}"));
            }
        }
        Ok(())
    }

    #[test]
    fn every_key_begins_with_a_pair_the_word_is_filed_under() {
        for word in WORDS {
            every_key_is_in_a_pair_of_its_word(word).unwrap();
        }
    }

    proptest::proptest! {
        #[test]
        fn every_key_of_any_word_begins_with_a_pair_it_is_filed_under(
            word in "[aeiouyktpsnmlrhdvgjbf]{3,14}",
        ) {
            proptest::prop_assert_eq!(every_key_is_in_a_pair_of_its_word(&word), Ok(()));
        }
    }
}
