//! The words of a query that say nothing of a need (stop words), read once from
//! `words/stopwords.txt` with the languages their blocks' comments name: "oon" is Finnish,
//! "jag" Swedish, "my" English, "on" Finnish and English (see `sentence_lang`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::fold::fold;
use super::word_langs::{ENGLISH, FINNISH, KNOWN, Langs, SWEDISH};

/// Each folded stop word with its languages, from the comment that heads its block
/// ("# Finnish …", "# Swedish and English …"); a block whose comment names no language says
/// nothing of its words' language.
static STOP_WORDS: LazyLock<HashMap<String, Langs>> = LazyLock::new(|| {
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

/// Whether a folded query word says nothing of what is needed ("mulla", "on", "jag", "I").
pub fn is_stop_word(word: &str) -> bool {
    // A single letter is left of "can't" or a stray key, never a need.
    word.chars().nth(1).is_none() || langs_of(word).is_some()
}

/// The languages of a folded stop word of two letters or more: those of its block, or
/// Finnish for one the list holds only with a clitic ("onks", "mäkin"); `None` for a word
/// that is no stop word.
pub fn langs_of(word: &str) -> Option<Langs> {
    if let Some(&langs) = STOP_WORDS.get(word) {
        return Some(langs);
    }
    CLITICS
        .iter()
        .any(|&(clitic, shortest)| {
            word.strip_suffix(clitic).is_some_and(|base| {
                (base.chars().count() >= shortest || SHORT_FINNISH.contains(&base))
                    && STOP_WORDS.contains_key(base)
            })
        })
        .then_some(FINNISH)
}

/// Finnish clitics, folded, each with the shortest stop word it is taken off: a stop word
/// with one of them is still one ("onks", "onko", "eiks", "mitäs", "mäkin", "sitähän"). The
/// stop words are of three languages, so a short one is taken only when it is Finnish
/// ("arki" is no "är" with a clitic, nor "pahan" "på"), and a bare -s only off a long one
/// ("mies" is no "mie").
const CLITICS: [(&str, usize); 7] = [
    ("ks", 3),
    ("s", 4),
    ("ko", 3),
    ("kin", 3),
    ("ki", 3),
    ("kaan", 3),
    ("han", 3),
];

/// Finnish stop words of two letters that take a clitic: onks, eikö, mäkin, sehän.
const SHORT_FINNISH: [&str; 10] = ["on", "ei", "en", "et", "ma", "sa", "se", "ne", "me", "te"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_know_their_language() {
        assert_eq!(langs_of("oon"), Some(FINNISH));
        assert_eq!(langs_of("onks"), Some(FINNISH));
        assert_eq!(langs_of("jag"), Some(SWEDISH));
        assert!(langs_of("my").is_some_and(|l| l & ENGLISH != 0));
        assert_eq!(langs_of("velka"), None);
    }
}
