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

/// The harmony of one form of a word (lower case, not folded), a catalogue's, a thesaurus's
/// or a typed one, for telling its forms from other words': by its last vowel other than e
/// and i, which go with both; none when it has no such vowel ("tie", "kivi"), or when three
/// or more e's and i's follow it, as when a compound ends in a word of e's and i's alone
/// ("viittomakieli" takes the front endings of "kieli"). Two e's and i's after the vowel
/// still leave it telling ("jätteen" is front, "vaatteet" and "paini" back): only a compound
/// ending in a short word of e's and i's is read wrong so ("maantie"), and that costs a
/// weaker hit for one of its forms typed with ä or ö, where reading every "jätteen" as no
/// harmony lets "jaksan" find waste management.
pub fn of_form(word: &str) -> Option<Harmony> {
    last_harmonic(word, 3)
}

/// The harmony of `word` by its last vowel other than e and i, unless `neutral` or more e's
/// and i's follow it.
fn last_harmonic(word: &str, neutral: usize) -> Option<Harmony> {
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
        return (neutral_after < neutral).then_some(harmony);
    }
    None
}

/// The harmony of a typed word, when the typist's vowels can be trusted: only a word with ä or
/// ö in it tells, since one typed without them ("tyokokeilu") may stand for either. Read as a
/// catalogue word is ("jätteen" is front): a typed word is a form of one word, not a list of
/// compounds.
pub fn of_typed(word: &str) -> Option<Harmony> {
    word.contains(['ä', 'ö', 'Ä', 'Ö'])
        .then(|| of_form(word))
        .flatten()
}

/// The harmonies a catalogue word is written in: a folded word may stand for words of both
/// ("riita" for riita and riitä), or of neither ("kivi").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Written(u8);

impl Written {
    const FRONT: u8 = 1;
    const BACK: u8 = 2;

    fn bit(harmony: Harmony) -> u8 {
        match harmony {
            Harmony::Front => Self::FRONT,
            Harmony::Back => Self::BACK,
        }
    }

    /// Notes one written form's harmony.
    pub fn add(&mut self, harmony: Option<Harmony>) {
        if let Some(harmony) = harmony {
            self.0 |= Self::bit(harmony);
        }
    }

    /// Notes every harmony `other` has noted.
    pub fn join(&mut self, other: Written) {
        self.0 |= other.0;
    }

    /// Whether some written form has `harmony`.
    pub fn has(self, harmony: Harmony) -> bool {
        self.0 & Self::bit(harmony) != 0
    }

    /// Whether every written form that tells has the other harmony than `harmony`.
    pub fn only_other(self, harmony: Harmony) -> bool {
        self.0 != 0 && !self.has(harmony)
    }
}

/// What a typed word's letters say of its harmony.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Heard {
    /// Typed with ä or ö: the typist chose the vowels.
    Sure(Harmony),
    /// Typed with a, o, u or y alone: the word's harmony unless the typist left the dots off
    /// ("tyokokeilu", "kayda"), which only the catalogue can tell.
    Letters(Harmony),
    Unknown,
}

impl Heard {
    /// What the folded typed word `folded` says, `typed` being the harmony its ä and ö tell
    /// (see [`of_typed`]).
    pub fn of(folded: &str, typed: Option<Harmony>) -> Self {
        match (typed, of_form(folded)) {
            (Some(harmony), _) => Heard::Sure(harmony),
            (None, Some(harmony)) => Heard::Letters(harmony),
            (None, None) => Heard::Unknown,
        }
    }
}

/// Keeps of `found` (catalogue words joined to a typed word as its forms, each `written` so,
/// and sharing `shared` first letters with it when folded) those that may be of one word with
/// it as far as harmony tells: a word of the other harmony that shares fewer than
/// [`MIN_SHARED`] first letters with the typed one was joined by a rule for stems that change
/// ("jaksa" and "jäte"), not as a form of it. One that shares more may be derived from the
/// same root in the other harmony ("pelko" of "pelkään", "kipu" of "kipeytyy") and is kept.
/// A word typed with ä or ö says its harmony; one typed without them may have had its dots
/// left off ("tyo" for "työ"), so it is told apart only when the catalogue writes a word of
/// its letters' harmony that is at least as like it.
pub fn keep_agreeing<T>(
    heard: Heard,
    found: &mut Vec<T>,
    written: impl Fn(&T) -> Written,
    shared: impl Fn(&T) -> usize,
) {
    let harmony = match heard {
        Heard::Sure(harmony) => harmony,
        Heard::Letters(harmony) => {
            let likest = |keep: &dyn Fn(Written) -> bool| {
                found.iter().filter(|t| keep(written(t))).map(&shared).max()
            };
            match (
                likest(&|w| w.has(harmony)),
                likest(&|w| w.only_other(harmony)),
            ) {
                (Some(own), Some(other)) if own >= other => harmony,
                _ => return,
            }
        }
        Heard::Unknown => return,
    };
    found.retain(|t| !written(t).only_other(harmony) || shared(t) >= MIN_SHARED);
}

/// How many first letters two folded words share before a vowel that tells harmony (a, o, u,
/// y; ä and ö are folded to a and o): what a word of the other harmony truly shares with a
/// typed word, since at such a vowel their written letters differ ("väsynyt" and "vasta"
/// share only the v, "kipeytyy" and "kipujen" the k, i and p).
pub fn shared_before_harmony(a: &str, b: &str) -> usize {
    a.chars()
        .zip(b.chars())
        .take_while(|&(x, y)| x == y && !matches!(x, 'a' | 'o' | 'u' | 'y'))
        .count()
}

/// The fewest first letters a word of the other harmony shares with a typed word to be kept
/// as of one root with it.
pub const MIN_SHARED: usize = 3;

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
        assert_eq!(of_form("kylässä"), Some(Harmony::Front));
        assert_eq!(of_form("työpajalla"), Some(Harmony::Back));
        assert_eq!(of_form("kivi"), None);
        assert_eq!(of_form("käsi"), Some(Harmony::Front));
        assert_eq!(of_form("paini"), Some(Harmony::Back));
        assert_eq!(of_form("jätteen"), Some(Harmony::Front));
        assert_eq!(of_form("vaatteet"), Some(Harmony::Back));
        assert_eq!(of_form("viittomakieli"), None);
        assert_eq!(of_typed("riitä"), Some(Harmony::Front));
        assert_eq!(of_typed("töissä"), Some(Harmony::Front));
        // Two e's and i's after the vowel still leave it telling; more hide it.
        assert_eq!(of_typed("töihin"), Some(Harmony::Front));
        assert_eq!(of_typed("äidinkieli"), None);
        // Typed without ä and ö, a word says nothing of its harmony.
        assert_eq!(of_typed("tyokokeilu"), None);
        assert_eq!(of_typed("riita"), None);
    }

    #[test]
    fn typed_letters_keep_forms_of_the_other_harmony_apart_where_the_catalogue_tells() {
        let written = |words: &[&str]| -> Vec<(String, Written)> {
            words
                .iter()
                .map(|w| {
                    let mut h = Written::default();
                    h.add(of_form(w));
                    (crate::search::fold::fold(w), h)
                })
                .collect()
        };
        let kept = |typed: &str, words: &[&str]| -> Vec<String> {
            let folded = crate::search::fold::fold(typed);
            let mut found = written(words);
            let shared = |(w, _): &(String, Written)| shared_before_harmony(w, &folded);
            keep_agreeing(
                Heard::of(&folded, of_typed(typed)),
                &mut found,
                |(_, h)| *h,
                shared,
            );
            found.into_iter().map(|(w, _)| w).collect()
        };
        // Back letters typed, and the catalogue writes words of both: a front word that shares
        // two letters is another word.
        assert_eq!(
            kept("jaksa", &["jaksamaan", "jäte", "kivi"]),
            ["jaksamaan", "kivi"]
        );
        assert_eq!(kept("jäte", &["jaksamaan", "jätteen"]), ["jatteen"]);
        // One that shares more may be of the same root in the other harmony.
        assert_eq!(kept("pelkään", &["pelko", "pelkää"]), ["pelko", "pelkaa"]);
        assert_eq!(
            kept("kipeytyy", &["kipujen", "kipeä"]),
            ["kipujen", "kipea"]
        );
        // Tired is not "just": the v they share is all they share before their vowels differ.
        assert_eq!(kept("väsynyt", &["vasta", "väsymys"]), ["vasymys"]);
        // Typed without the dots, and every word written with them: all kept.
        assert_eq!(kept("tyo", &["työ", "töihin"]), ["tyo", "toihin"]);
    }

    #[test]
    fn words_of_different_harmony_are_different_words() {
        assert!(!agree(of_typed("riitä"), of_form("riita")));
        assert!(!agree(of_typed("pelkään"), of_form("pelaan")));
        assert!(agree(of_typed("kädet"), of_form("käsi")));
        assert!(agree(of_typed("tyokokeilu"), of_form("työkokeilu")));
    }
}
