//! What the scan of the catalogue's words for a typed word reads first, made again from the
//! tokens whenever an index is built or read back (quicker than storing it): each token's pairs
//! of letters side by side (see [`pair_mask`]), the tokens that hold each pair, and the tokens
//! of each length. A word that holds the typed one whole holds all its pairs, so only the
//! tokens of its rarest pair need be read; one a typo away is about as long.

use super::Token;
use crate::search::matcher::pair_mask;

#[derive(Default)]
pub struct Letters {
    /// Per token, its pairs' bits.
    pairs: Vec<u64>,
    /// Per pair bit, the tokens that hold it (ascending).
    holding: Vec<Vec<u32>>,
    /// Per length in letters, the tokens of that length (ascending).
    of_length: Vec<Vec<u32>>,
}

impl Letters {
    pub fn new(tokens: &[Token]) -> Self {
        let pairs: Vec<u64> = tokens.iter().map(|t| pair_mask(&t.text)).collect();
        let mut holding = vec![Vec::new(); 64];
        let mut of_length: Vec<Vec<u32>> = Vec::new();
        for (id, (token, &bits)) in tokens.iter().zip(&pairs).enumerate() {
            let id = id as u32;
            let mut left = bits;
            while left != 0 {
                holding[left.trailing_zeros() as usize].push(id);
                left &= left - 1;
            }
            let length = token.chars as usize;
            if of_length.len() <= length {
                of_length.resize(length + 1, Vec::new());
            }
            of_length[length].push(id);
        }
        Self {
            pairs,
            holding,
            of_length,
        }
    }

    /// Token `id`'s pairs' bits.
    pub fn pairs(&self, id: u32) -> u64 {
        self.pairs[id as usize]
    }

    /// Whether token `id` holds every pair of `pairs`.
    pub fn holds_all(&self, id: u32, pairs: u64) -> bool {
        pairs & !self.pairs[id as usize] == 0
    }

    /// The fewest tokens among which every token holding all of `pairs` is (all tokens'
    /// worth when `pairs` is empty: `None`).
    pub fn holding_rarest(&self, pairs: u64) -> Option<&[u32]> {
        let mut left = pairs;
        let mut rarest: Option<&[u32]> = None;
        while left != 0 {
            let list = &self.holding[left.trailing_zeros() as usize];
            if rarest.is_none_or(|r| list.len() < r.len()) {
                rarest = Some(list);
            }
            left &= left - 1;
        }
        rarest
    }

    /// The tokens of `length` letters.
    pub fn of_length(&self, length: usize) -> &[u32] {
        self.of_length.get(length).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::matcher::letter_mask;

    fn tokens(words: &[&str]) -> Vec<Token> {
        words
            .iter()
            .map(|w| Token {
                text: (*w).into(),
                mask: letter_mask(w),
                chars: w.chars().count() as u32,
                langs: 0,
                harmonies: Default::default(),
                dots: Default::default(),
            })
            .collect()
    }

    #[test]
    fn the_rarest_pairs_holders_include_every_word_holding_the_typed_one() {
        let words = [
            "sosiaalinen",
            "sossu",
            "sota",
            "kuntoutus",
            "sosiaalityö",
            "asosiaalinen",
        ];
        let letters = Letters::new(&tokens(&words));
        for typed in ["sosi", "sosiaali", "kunto", "aali"] {
            let pairs = pair_mask(typed);
            let holders = letters.holding_rarest(pairs).unwrap_or(&[]);
            for (id, word) in words.iter().enumerate() {
                if word.contains(typed) {
                    assert!(holders.contains(&(id as u32)), "{typed} in {word}");
                    assert!(letters.holds_all(id as u32, pairs));
                }
            }
        }
        // "sossu" lacks the pair "si" of "sosi", though it has its letters.
        assert!(!letters.holds_all(1, pair_mask("sosi")));
        assert_eq!(letters.of_length(5), &[1]);
        assert_eq!(letters.of_length(40), &[] as &[u32]);
        assert_eq!(letters.holding_rarest(0), None);
    }
}
