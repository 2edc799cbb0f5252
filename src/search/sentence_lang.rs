//! The language a client's sentence is said in, as its little words tell: "oon", "ihan" are
//! Finnish, "jag", "har", "mina" Swedish, "I", "my", "the" English. A word of a sentence in
//! one language is joined to its other forms by that language's rules only: in "jag har
//! tappat kontakten med mina vänner", "tappat" is Swedish, not a Finnish form of "tapa".
//! A word typed exactly as the catalogue writes it still matches wherever it occurs.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::fold::fold;
use super::thesaurus::is_stop_word;
use super::word_langs::{ENGLISH, FINNISH, KNOWN, Langs, SWEDISH};

/// How many of a sentence's stop words must say one language, and more of them than say any
/// other, before the sentence is taken to be in it: "on" and "me" are Finnish and English.
const FEWEST: usize = 2;

/// Each stop word's languages, from the comment that heads its block in `stopwords.txt`
/// ("# Finnish …", "# Swedish and English …"); a block whose comment names no language
/// says nothing of its words' language.
static STOP_WORD_LANGS: LazyLock<HashMap<String, Langs>> = LazyLock::new(|| {
    let mut langs: HashMap<String, Langs> = HashMap::new();
    let mut block = KNOWN;
    let mut in_comment = false;
    for line in include_str!("words/stopwords.txt").lines().map(str::trim) {
        if let Some(comment) = line.strip_prefix('#') {
            // The first line of a comment starts a block; its later lines only add to it.
            if !in_comment {
                block = 0;
            }
            in_comment = true;
            block |= named_langs(comment);
            continue;
        }
        in_comment = false;
        if line.is_empty() {
            continue;
        }
        let said = if block == 0 { KNOWN } else { block };
        *langs.entry(fold(line)).or_insert(0) |= said;
    }
    langs
});

/// The languages a comment names.
fn named_langs(comment: &str) -> Langs {
    [
        ("Finnish", FINNISH),
        ("Swedish", SWEDISH),
        ("English", ENGLISH),
    ]
    .iter()
    .filter(|(name, _)| comment.contains(name))
    .fold(0, |langs, &(_, lang)| langs | lang)
}

/// The languages a folded stop word is in; a stop word the list holds only with a clitic
/// ("onks", "mäkin") is Finnish; every language when the word is no stop word.
fn stop_word_langs(word: &str) -> Langs {
    match STOP_WORD_LANGS.get(word) {
        Some(&langs) => langs,
        None if is_stop_word(word) && word.chars().nth(1).is_some() => FINNISH,
        None => KNOWN,
    }
}

/// The language of a sentence (folded words) whose stop words say it clearly.
fn said_in(typed: &[String]) -> Option<Langs> {
    let mut votes = [(FINNISH, 0usize), (SWEDISH, 0), (ENGLISH, 0)];
    for langs in typed.iter().map(|w| stop_word_langs(w)) {
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

    fn langs_of(text: &str) -> Option<Langs> {
        said_in(&crate::search::QueryWords::parse(text).0)
    }

    #[test]
    fn stop_words_know_their_language() {
        assert_eq!(stop_word_langs("oon"), FINNISH);
        assert_eq!(stop_word_langs("jag"), SWEDISH);
        assert!(stop_word_langs("my") & ENGLISH != 0);
        assert_eq!(stop_word_langs("velka"), KNOWN);
    }

    #[test]
    fn a_sentence_says_its_language() {
        assert_eq!(langs_of("oon ihan burnoutissa"), Some(FINNISH));
        assert_eq!(
            langs_of("jag har tappat kontakten med alla mina vänner"),
            Some(SWEDISH)
        );
        assert_eq!(langs_of("my husband walked out on me"), Some(ENGLISH));
    }

    #[test]
    fn a_list_of_needs_says_no_language() {
        assert_eq!(langs_of("velkaneuvonta"), None);
        assert_eq!(langs_of("stöd för unga"), None);
        assert_eq!(langs_of("peer support"), None);
    }

    #[test]
    fn a_swedish_sentence_is_not_read_by_finnish_rules() {
        let rules = |text: &str| rule_langs(&crate::search::QueryWords::parse(text).0);
        assert_eq!(rules("jag har tappat kontakten"), SWEDISH | ENGLISH);
        assert_eq!(rules("oon ihan burnoutissa"), KNOWN);
        assert_eq!(rules("tappat"), KNOWN);
    }
}
