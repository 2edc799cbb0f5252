//! The language a client's sentence is said in, as its little words tell: "oon", "ihan" are
//! Finnish, "jag", "har", "mina" Swedish, "I", "my", "the" English. A word of a sentence in
//! one language is joined to its other forms by that language's rules only: in "jag har
//! tappat kontakten med mina vänner", "tappat" is Swedish, not a Finnish form of "tapa".
//! A word typed exactly as the catalogue writes it still matches wherever it occurs.

use super::stop_words;
use super::word_langs::{ENGLISH, FINNISH, KNOWN, Langs, SWEDISH};

/// How many of a sentence's stop words must say one language, and more of them than say any
/// other, before the sentence is taken to be in it: "on" and "me" are Finnish and English.
const FEWEST: usize = 2;

/// The language of a sentence (folded words) whose stop words say it clearly.
fn said_in(typed: &[String]) -> Option<Langs> {
    let mut votes = [(FINNISH, 0usize), (SWEDISH, 0), (ENGLISH, 0)];
    for langs in typed.iter().filter_map(|w| stop_words::langs_of(w)) {
        if langs == KNOWN {
            continue;
        }
        for (lang, count) in &mut votes {
            if langs & *lang != 0 {
                *count += 1;
            }
        }
    }
    votes.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
    let [(lang, first), (_, second), _] = votes;
    (first >= FEWEST && first > second).then_some(lang)
}

/// The languages whose rules may join the typed words (folded) to their other forms: all
/// three, but for a sentence said in Swedish or English. Finnish endings and consonant
/// gradation are read into Swedish and English words ("tappat" as "tapa"); the Swedish and
/// English stemmers, which only take endings off, join a Finnish word's forms about as often
/// as they mislead, and are kept for a Finnish sentence.
pub fn rule_langs(typed: &[String]) -> Langs {
    match said_in(typed) {
        Some(SWEDISH | ENGLISH) => KNOWN & !FINNISH,
        _ => KNOWN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language_of(text: &str) -> Option<Langs> {
        said_in(&crate::search::QueryWords::parse(text).folded)
    }

    #[test]
    fn a_sentence_says_its_language() {
        assert_eq!(language_of("oon ihan burnoutissa"), Some(FINNISH));
        assert_eq!(
            language_of("jag har tappat kontakten med alla mina vänner"),
            Some(SWEDISH)
        );
        assert_eq!(language_of("my husband walked out on me"), Some(ENGLISH));
    }

    #[test]
    fn a_list_of_needs_says_no_language() {
        assert_eq!(language_of("velkaneuvonta"), None);
        assert_eq!(language_of("stöd för unga"), None);
        assert_eq!(language_of("peer support"), None);
    }

    #[test]
    fn a_swedish_sentence_is_not_read_by_finnish_rules() {
        let rules = |text: &str| rule_langs(&crate::search::QueryWords::parse(text).folded);
        assert_eq!(rules("jag har tappat kontakten"), SWEDISH | ENGLISH);
        assert_eq!(rules("oon ihan burnoutissa"), KNOWN);
        assert_eq!(rules("tappat"), KNOWN);
    }
}
