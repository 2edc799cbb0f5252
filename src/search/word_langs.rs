//! The languages a word of the catalogue is written in, as the texts it occurs in say: a
//! service's name, summary and description come in Finnish, Swedish and English versions. A
//! word's forms are joined by rules of one language (Finnish case endings, the Swedish and
//! English stemmers), and such a rule joins only words of its own language: a Finnish ending
//! taken off "families" must not reach the English "familiar", nor one taken off "kotiin" the
//! Swedish "kost". A word typed exactly as written matches wherever it occurs.

/// A set of languages, one bit each.
pub type Langs = u8;

pub const FINNISH: Langs = 1;
pub const SWEDISH: Langs = 2;
pub const ENGLISH: Langs = 4;
/// A text that says no language (a keyword, a provider, an area), or another language than
/// these three.
pub const UNSAID: Langs = 8;

pub const KNOWN: Langs = FINNISH | SWEDISH | ENGLISH;

/// The language of a text with language code `code`.
pub fn of_code(code: &str) -> Langs {
    match code {
        "fi" => FINNISH,
        "sv" => SWEDISH,
        "en" => ENGLISH,
        _ => UNSAID,
    }
}

/// The languages whose rules may join a word written in `langs` to its forms: those it is
/// written in, or all three for a word only ever seen where no language is said.
fn rule_langs(langs: Langs) -> Langs {
    if langs & KNOWN == 0 {
        KNOWN
    } else {
        langs & KNOWN
    }
}

/// Whether a lemma key (tagged by the language of its rule: `f`, `s`, `e`, see `lemma::keys`)
/// may join a word written in `langs`.
pub fn key_fits(langs: Langs, key: &str) -> bool {
    key_of_rules(rule_langs(langs), key)
}

/// Whether a lemma key is made by a rule of one of the languages `rules`; a key of no rule
/// (the word itself) always is.
pub fn key_of_rules(rules: Langs, key: &str) -> bool {
    let rule = match key.as_bytes().first() {
        _ if crate::search::lemma::is_finnish_key(key) => FINNISH,
        Some(b's' | b'S') => SWEDISH,
        Some(b'e' | b'E') => ENGLISH,
        _ => return true,
    };
    rules & rule != 0
}

/// Whether a word written in `langs` may be a Finnish form: one that shares a stem with a
/// typed word and differs only by a case ending.
pub fn may_be_finnish(langs: Langs) -> bool {
    rule_langs(langs) & FINNISH != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_joins_words_of_its_own_language() {
        assert!(key_fits(FINNISH, "fvelk"));
        assert!(!key_fits(ENGLISH, "ffamili"));
        assert!(!key_fits(ENGLISH | UNSAID, "sfamili"));
        assert!(key_fits(FINNISH | SWEDISH, "sskol"));
        // A keyword says no language: every rule may join it.
        assert!(key_fits(UNSAID, "efamili"));
        assert!(may_be_finnish(UNSAID));
        assert!(!may_be_finnish(SWEDISH | ENGLISH));
    }
}
