//! The services (or goals) that hold one word, each with the weight of the field the word is
//! in, kept small: item numbers ascend, so each is stored as the step from the one before,
//! together with the weight, in as few bytes as that needs. A word common in a large catalogue
//! then costs one byte per service rather than four, and a 100,000-service index is about half
//! the size it would be as plain numbers.

/// One item that holds the word, and the weight of the field it holds it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posting {
    pub item: u32,
    pub weight: u8,
}

/// Weights take the low four bits of each stored step.
const WEIGHT_BITS: u32 = 4;
const WEIGHT_MASK: u64 = (1 << WEIGHT_BITS) - 1;

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Postings {
    #[serde(with = "serde_bytes")]
    bytes: Vec<u8>,
    /// The last item pushed, from which the next step is taken.
    last: u32,
    len: u32,
}

impl Postings {
    /// Adds `item`, which must come after every item already here. A weight above 15 is
    /// stored as 15.
    pub fn push(&mut self, item: u32, weight: u8) {
        debug_assert!(self.len == 0 || item > self.last, "items must ascend");
        let step = if self.len == 0 {
            item
        } else {
            item - self.last
        };
        write_step(&mut self.bytes, step, weight);
        self.last = item;
        self.len += 1;
    }

    /// Adds every posting of `other`, its items moved up by `offset`; they must all come after
    /// the items here. Only the first step is rewritten: the rest are copied as they are.
    pub fn append(&mut self, other: &Postings, offset: u32) {
        let Some((first, rest)) = read_step(&other.bytes) else {
            return;
        };
        let first_item = first.item + offset;
        self.push(first_item, first.weight);
        self.bytes.extend_from_slice(rest);
        self.last = other.last + offset;
        self.len += other.len - 1;
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn shrink_to_fit(&mut self) {
        self.bytes.shrink_to_fit();
    }

    pub fn iter(&self) -> Iter<'_> {
        Iter {
            bytes: &self.bytes,
            item: 0,
        }
    }
}

impl<'a> IntoIterator for &'a Postings {
    type Item = Posting;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

pub struct Iter<'a> {
    bytes: &'a [u8],
    item: u32,
}

impl Iterator for Iter<'_> {
    type Item = Posting;

    #[inline]
    fn next(&mut self) -> Option<Posting> {
        // Most steps fit in one byte: read those without the loop.
        let (&first, rest) = self.bytes.split_first()?;
        if first < 0x80 {
            self.bytes = rest;
            self.item += u32::from(first) >> WEIGHT_BITS;
            return Some(Posting {
                item: self.item,
                weight: first & WEIGHT_MASK as u8,
            });
        }
        let (step, rest) = read_step(self.bytes)?;
        self.bytes = rest;
        self.item += step.item;
        Some(Posting {
            item: self.item,
            weight: step.weight,
        })
    }
}

/// Writes a step and a weight as one number, seven bits to a byte, low bits first; the high
/// bit of a byte says that more follow.
fn write_step(out: &mut Vec<u8>, step: u32, weight: u8) {
    // A weight too large for its bits is kept as the largest it can be, not wrapped.
    let weight = u64::from(weight).min(WEIGHT_MASK);
    let mut value = (u64::from(step) << WEIGHT_BITS) | weight;
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Reads one step (as `item`) and its weight; `None` at the end.
fn read_step(bytes: &[u8]) -> Option<(Posting, &[u8])> {
    let mut value = 0u64;
    let mut shift = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            let step = Posting {
                item: (value >> WEIGHT_BITS) as u32,
                weight: (value & WEIGHT_MASK) as u8,
            };
            return Some((step, &bytes[i + 1..]));
        }
        shift += 7;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn postings(items: &[(u32, u8)]) -> Postings {
        let mut p = Postings::default();
        for &(item, weight) in items {
            p.push(item, weight);
        }
        p
    }

    fn listed(p: &Postings) -> Vec<(u32, u8)> {
        p.iter().map(|p| (p.item, p.weight)).collect()
    }

    #[test]
    fn steps_of_a_common_word_take_a_byte_each() {
        let items: Vec<(u32, u8)> = (0..1000).map(|i| (i * 3, 8)).collect();
        let p = postings(&items);
        assert_eq!(p.bytes.len(), 1000);
        assert_eq!(listed(&p), items);
    }

    #[test]
    fn too_large_weights_are_kept_at_the_largest() {
        assert_eq!(listed(&postings(&[(5, 200)])), vec![(5, 15)]);
    }

    proptest! {
        #[test]
        fn what_is_pushed_is_read_back(
            steps in prop::collection::vec((1u32..300_000, 0u8..16), 0..200),
            split in 0usize..200,
            offset in 0u32..1_000_000,
        ) {
            let mut item = 0u32;
            let items: Vec<(u32, u8)> = steps
                .iter()
                .map(|&(step, weight)| {
                    item += step;
                    (item, weight)
                })
                .collect();
            let whole = postings(&items);
            prop_assert_eq!(listed(&whole), items.clone());
            prop_assert_eq!(whole.len(), items.len());

            // Two parts joined as the index joins the parts built on different cores.
            let split = split.min(items.len());
            let first = postings(&items[..split]);
            let base = items[..split].last().map_or(0, |&(i, _)| i) + offset;
            let second: Vec<(u32, u8)> =
                items[split..].iter().map(|&(i, w)| (i + base, w)).collect();
            let local: Vec<(u32, u8)> =
                items[split..].iter().map(|&(i, w)| (i, w)).collect();
            let mut joined = first.clone();
            joined.append(&postings(&local), base);
            let expected: Vec<(u32, u8)> =
                items[..split].iter().copied().chain(second).collect();
            prop_assert_eq!(listed(&joined), expected.clone());
            prop_assert_eq!(joined.len(), expected.len());
        }
    }
}
