//! How the lemma keys are stored in the cache folder (see `ready`): as twelve little-endian
//! bytes each, read back as one block, not item by item.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// (hash of a key, token number), sorted.
#[derive(Default)]
pub struct Keys(pub Vec<(u64, u32)>);

const KEY_BYTES: usize = 12;

impl Serialize for Keys {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut bytes = Vec::with_capacity(self.0.len() * KEY_BYTES);
        for (hash, token) in &self.0 {
            bytes.extend_from_slice(&hash.to_le_bytes());
            bytes.extend_from_slice(&token.to_le_bytes());
        }
        serde_bytes::Bytes::new(&bytes).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let bytes = serde_bytes::ByteBuf::deserialize(deserializer)?;
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
        if !keys.is_sorted() {
            return Err(serde::de::Error::custom("the lemma keys are out of order"));
        }
        Ok(Keys(keys))
    }
}
