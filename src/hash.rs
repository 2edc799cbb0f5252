//! A fast hash for short keys (the Fx hash of rustc): building the search index hashes every
//! word of the catalogue, and loading it every repeated word. SipHash's protection against
//! keys chosen to collide is not needed there: a catalogue that did so would only load slower.

use std::hash::{BuildHasherDefault, Hasher};

/// For `HashMap<K, V, Fx>` and `HashSet<K, Fx>`.
pub type Fx = BuildHasherDefault<FxHasher>;

#[derive(Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits poorly mixed, and the table picks buckets by them.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
}
