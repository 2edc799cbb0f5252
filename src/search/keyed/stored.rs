//! How the lemma keys are stored in the cache folder (see `ready`): each group of words with
//! its keys worked out, so that an index read back needs no thread to work them out.

use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Letter;

/// A group of words is stored as its letters, its words, and its keys (worked out now if they
/// were not yet) as twelve little-endian bytes each: read back as one block, not item by item.
impl Serialize for Letter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut keys = Vec::with_capacity(self.keys().len() * KEY_BYTES);
        for (hash, token) in self.keys() {
            keys.extend_from_slice(&hash.to_le_bytes());
            keys.extend_from_slice(&token.to_le_bytes());
        }
        (self.letter, &self.words, serde_bytes::Bytes::new(&keys)).serialize(serializer)
    }
}

const KEY_BYTES: usize = 12;

impl<'de> Deserialize<'de> for Letter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // The letter's type is the field's, whatever it is.
        let (letter, words, bytes): (_, Vec<(u32, Box<str>)>, serde_bytes::ByteBuf) =
            Deserialize::deserialize(deserializer)?;
        if bytes.len() % KEY_BYTES != 0 {
            return Err(serde::de::Error::custom("the lemma keys are cut short"));
        }
        let keys: Vec<(u64, u32)> = bytes
            .chunks_exact(KEY_BYTES)
            .map(|key| {
                let (hash, token) = key.split_at(8);
                let hash = u64::from_le_bytes(hash.try_into().unwrap_or_default());
                let token = u32::from_le_bytes(token.try_into().unwrap_or_default());
                (hash, token)
            })
            .collect();
        Ok(Letter {
            letter,
            words,
            keys: OnceLock::from(keys),
        })
    }
}
