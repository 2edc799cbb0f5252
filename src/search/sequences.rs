//! The words of each service's own texts in the order they are written (token numbers), so
//! that the ranking can tell which typed words a service writes next to each other (see
//! `adjacent`) without reading its texts on a keystroke. Stored in the cache folder as one
//! block of little-endian bytes, read back as a block.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Marks the end of a text: the last word of one text does not stand next to the first of the
/// next.
pub const TEXT_END: u32 = u32::MAX;

/// Every service's words, one service after another; `ends[s]` is where service `s`'s words
/// end.
#[derive(Default, Debug, PartialEq, Eq)]
pub struct Sequences {
    words: Vec<u32>,
    ends: Vec<u32>,
}

impl Sequences {
    /// The words of service number `service`, its texts' ends marked by `TEXT_END`.
    pub fn of(&self, service: usize) -> &[u32] {
        run(&self.words, &self.ends, service)
    }

    /// Adds one text of the service being indexed.
    pub fn push_text(&mut self, words: impl Iterator<Item = u32>) {
        self.words.extend(words);
        self.words.push(TEXT_END);
    }

    /// Ends the service being indexed.
    pub fn end_service(&mut self) {
        self.ends.push(self.words.len() as u32);
    }

    /// Adds another part's services after this one's, its token numbers as this index numbers
    /// the same words (`renumbered[token]`).
    pub fn append(&mut self, other: Sequences, renumbered: &[u32]) {
        let before = self.words.len() as u32;
        self.words.extend(other.words.into_iter().map(|token| {
            if token == TEXT_END {
                TEXT_END
            } else {
                renumbered[token as usize]
            }
        }));
        self.ends
            .extend(other.ends.into_iter().map(|end| end + before));
    }
}

/// Run number `item` of `all`, lists laid one after another where run `i` ends at `ends[i]`
/// (empty past the last run): a service's words here, its name's words in the index.
pub fn run<'a>(all: &'a [u32], ends: &[u32], item: usize) -> &'a [u32] {
    let start = match item {
        0 => 0,
        _ => ends.get(item - 1).map_or(0, |&e| e as usize),
    };
    let end = ends.get(item).map_or(start, |&e| e as usize);
    all.get(start..end).unwrap_or(&[])
}

/// Four bytes per number: first how many services, then their ends, then the words.
impl Serialize for Sequences {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let numbers = 1 + self.ends.len() + self.words.len();
        let mut bytes = Vec::with_capacity(numbers * 4);
        bytes.extend_from_slice(&(self.ends.len() as u32).to_le_bytes());
        for n in self.ends.iter().chain(&self.words) {
            bytes.extend_from_slice(&n.to_le_bytes());
        }
        serde_bytes::Bytes::new(&bytes).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Sequences {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let bytes = serde_bytes::ByteBuf::deserialize(deserializer)?;
        let cut_short = || serde::de::Error::custom("the services' word order is cut short");
        if bytes.len() % 4 != 0 || bytes.is_empty() {
            return Err(cut_short());
        }
        let mut numbers = bytes.chunks_exact(4).map(|n| {
            // chunks_exact gives four bytes, so the conversion cannot fail.
            u32::from_le_bytes(n.try_into().unwrap_or_default())
        });
        let services = numbers.next().ok_or_else(cut_short)? as usize;
        let ends: Vec<u32> = numbers.by_ref().take(services).collect();
        let words: Vec<u32> = numbers.collect();
        let in_order = ends.is_sorted() && ends.last().is_none_or(|&e| e as usize == words.len());
        if ends.len() != services || !in_order {
            return Err(serde::de::Error::custom(
                "the services' word order does not fit its words",
            ));
        }
        Ok(Sequences { words, ends })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_services() -> Sequences {
        let mut sequences = Sequences::default();
        sequences.push_text([1, 2].into_iter());
        sequences.push_text([3].into_iter());
        sequences.end_service();
        sequences.push_text([4].into_iter());
        sequences.end_service();
        sequences
    }

    #[test]
    fn each_service_has_its_own_words_and_text_ends() {
        let sequences = two_services();
        assert_eq!(sequences.of(0), &[1, 2, TEXT_END, 3, TEXT_END]);
        assert_eq!(sequences.of(1), &[4, TEXT_END]);
        assert_eq!(sequences.of(2), &[] as &[u32]);
    }

    #[test]
    fn appended_services_follow_on_renumbered() {
        let mut sequences = two_services();
        let mut other = Sequences::default();
        other.push_text([0, 1].into_iter());
        other.end_service();
        sequences.append(other, &[7, 8]);
        assert_eq!(sequences.of(2), &[7, 8, TEXT_END]);
        assert_eq!(sequences.of(1), &[4, TEXT_END]);
    }

    #[test]
    fn stored_and_read_back_they_are_the_same_and_damage_is_an_error() {
        let sequences = two_services();
        let bytes = rmp_serde::to_vec(&sequences).unwrap();
        let back: Sequences = rmp_serde::from_slice(&bytes).unwrap();
        assert_eq!(back, sequences);
        let damaged = Sequences {
            words: vec![1],
            ends: vec![5],
        };
        let bytes = rmp_serde::to_vec(&damaged).unwrap();
        assert!(rmp_serde::from_slice::<Sequences>(&bytes).is_err());
    }
}
