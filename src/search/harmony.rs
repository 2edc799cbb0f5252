//! Finnish vowel harmony: a Finnish word's endings take the front vowels ä, ö, y or the back
//! vowels a, o, u after its own last such vowel (talossa, kylässä), so two words whose last
//! such vowels differ are no forms of one word. Folding ä and ö to a and o (so that
//! "tyokokeilu" finds "työkokeilu") loses this: "riitä" (enough) folds to "riita" (a quarrel),
//! "pelkään" (I am afraid) shares its stem with "pelaan" (I gamble), "kämppä" (a flat) with
//! "kama" (drugs). Where the typist writes ä and ö, the difference is kept.

use serde::{Deserialize, Serialize};

/// The kind of vowels a word's endings take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Harmony {
    Front,
    Back,
}

/// The harmony of a word as written (lower case, not folded): by its last vowel other than e
/// and i, which go with both; none when it has no such vowel ("tie", "kivi"), or when two or
/// more e's and i's follow it, as when a compound ends in a word of e's and i's alone
/// ("viittomakieli" takes the front endings of "kieli").
pub fn of_written(word: &str) -> Option<Harmony> {
    let mut neutral_after = 0;
    for c in word.chars().rev() {
        let harmony = match c {
            'ä' | 'ö' | 'y' | 'Ä' | 'Ö' | 'Y' => Harmony::Front,
            'a' | 'o' | 'u' | 'A' | 'O' | 'U' => Harmony::Back,
            'e' | 'i' | 'E' | 'I' => {
                neutral_after += 1;
                continue;
            }
            _ => continue,
        };
        return (neutral_after < 2).then_some(harmony);
    }
    None
}

/// The harmony of a typed word, when the typist's vowels can be trusted: only a word with ä or
/// ö in it tells, since one typed without them ("tyokokeilu") may stand for either.
pub fn of_typed(word: &str) -> Option<Harmony> {
    word.contains(['ä', 'ö', 'Ä', 'Ö'])
        .then(|| of_written(word))
        .flatten()
}

/// Whether two words may be forms of one Finnish word as far as their harmonies tell.
pub fn agree(a: Option<Harmony>, b: Option<Harmony>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_vowel_other_than_e_and_i_decides() {
        assert_eq!(of_written("kylässä"), Some(Harmony::Front));
        assert_eq!(of_written("työpajalla"), Some(Harmony::Back));
        assert_eq!(of_written("kivi"), None);
        assert_eq!(of_written("käsi"), Some(Harmony::Front));
        assert_eq!(of_written("viittomakieli"), None);
        assert_eq!(of_typed("riitä"), Some(Harmony::Front));
        assert_eq!(of_typed("töissä"), Some(Harmony::Front));
        // An ending of e's and i's hides the word's own vowels: nothing is told.
        assert_eq!(of_typed("töihin"), None);
        // Typed without ä and ö, a word says nothing of its harmony.
        assert_eq!(of_typed("tyokokeilu"), None);
        assert_eq!(of_typed("riita"), None);
    }

    #[test]
    fn words_of_different_harmony_are_different_words() {
        assert!(!agree(of_typed("riitä"), of_written("riita")));
        assert!(!agree(of_typed("pelkään"), of_written("pelaan")));
        assert!(agree(of_typed("kädet"), of_written("käsi")));
        assert!(agree(of_typed("tyokokeilu"), of_written("työkokeilu")));
    }
}
