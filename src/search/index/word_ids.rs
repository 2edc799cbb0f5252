//! The token number of each distinct word while the index is built and looked up.

use std::collections::HashMap;

use crate::hash::Fx;

/// Words up to this many bytes are looked up by value (almost every word is): comparing keys
/// then needs no trip to a separately allocated string, which was most of the time of
/// building the index.
const SHORT_WORD: usize = 32;

/// The token number of every distinct word seen so far.
#[derive(Default)]
pub struct WordIds {
    short: HashMap<[u8; SHORT_WORD], u32, Fx>,
    long: HashMap<Box<str>, u32, Fx>,
}

impl WordIds {
    fn short_key(word: &str) -> Option<[u8; SHORT_WORD]> {
        let bytes = word.as_bytes();
        // Zero never occurs in a word (words are letters and digits), so padding cannot make
        // two different words equal.
        let mut key = [0u8; SHORT_WORD];
        key.get_mut(..bytes.len())?.copy_from_slice(bytes);
        Some(key)
    }

    pub fn get(&self, word: &str) -> Option<u32> {
        match Self::short_key(word) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(word).copied(),
        }
    }

    pub fn insert(&mut self, word: &str, id: u32) {
        match Self::short_key(word) {
            Some(key) => self.short.insert(key, id),
            None => self.long.insert(word.into(), id),
        };
    }
}
