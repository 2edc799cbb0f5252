//! The keys a thesaurus word and a typed word are compared by: their lemma keys, the word
//! itself, and the word without a plain ending; a typed word's also those of the written forms
//! a spoken one may stand for.

use std::cell::RefCell;
use std::collections::HashMap;

use super::KeyStrength;
use crate::hash::Fx;
use crate::search::{lemma, spoken};

/// A word's keys and the word itself, for comparing a typed word with a thesaurus word.
pub fn word_keys(word: &str) -> Vec<String> {
    kept_keys(word, Kind::Plain)
}

/// A typed word's keys and the word itself: [`word_keys`] with the keys of the written forms
/// the word may stand for if it is spoken Finnish ("velkoi", "kaupas").
pub fn typed_word_keys(word: &str) -> Vec<String> {
    kept_keys(word, Kind::Typed)
}

/// Which keys of a word: its own ([`own_keys`]) or those of a typed word ([`typed_keys_of`]).
#[derive(Clone, Copy)]
enum Kind {
    Plain,
    Typed,
}

thread_local! {
    /// The keys of the words of the queries typed lately, by kind: a query's words are looked
    /// up again at every keystroke, and working out a word's keys takes its stems.
    static KEPT_KEYS: RefCell<[HashMap<String, Vec<String>, Fx>; 2]> = RefCell::default();
}

/// At most this many words' keys of a kind are kept; then the list starts anew.
const KEYS_KEPT: usize = 1024;

/// The keys of `word` of `kind`, from [`KEPT_KEYS`] when they were worked out lately.
fn kept_keys(word: &str, kind: Kind) -> Vec<String> {
    if let Some(keys) = KEPT_KEYS.with_borrow(|kept| kept[kind as usize].get(word).cloned()) {
        return keys;
    }
    let keys = match kind {
        Kind::Plain => own_keys(word),
        Kind::Typed => typed_keys_of(word),
    };
    KEPT_KEYS.with_borrow_mut(|kept| {
        let kept = &mut kept[kind as usize];
        if kept.len() >= KEYS_KEPT {
            kept.clear();
        }
        kept.insert(word.to_owned(), keys.clone());
    });
    keys
}

/// [`word_keys`], worked out: the keys a typed word is looked up by, once each, without
/// passing through the keys kept for queries.
fn own_keys(word: &str) -> Vec<String> {
    let mut keys = entry_word_keys(word);
    for key in ended_keys(word, TYPED_ENDINGS) {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    // "ettei", "eikä", "enkä" say "ei", "en" as a phrase has it ("elämällä ei oo järkeä"),
    // also where the thesaurus holds the joined word itself ("enkä jaksa").
    if let Some(&(_, negation)) = NEGATIONS.iter().find(|(joined, _)| *joined == word) {
        keys.push(format!("={negation}"));
    }
    keys
}

/// What the thesaurus's own words are keyed by when it is built: their lemma keys, the word
/// itself, and the word without the plural or partitive ending of a phrase said both ways
/// ("rahat ei riitä" is "raha ei riitä" too).
pub(super) fn entry_word_keys(word: &str) -> Vec<String> {
    let mut keys = lemma::keys(word);
    keys.push(format!("={word}"));
    if word.chars().count() >= MIN_ENDED_BASE {
        keys.push(format!("{ENDED}{word}"));
    }
    keys.extend(ended_keys(word, ENTRY_ENDINGS));
    keys
}

/// The key of an abbreviation, written in capitals in the thesaurus ("TE") or typed so: its
/// only key, so that the pronoun "te" and the Swedish "typ" are not the employment services.
pub fn abbreviation_key(folded: &str) -> String {
    format!("{ABBREVIATION}{folded}")
}

/// The tag of an abbreviation's key.
pub(super) const ABBREVIATION: char = '^';

/// The tag of a key that is a word or the word without a plain ending: two words are one
/// when one of them is the other with a case ending, a plural or a clitic after it
/// ("paikka" and "paikkaa", "raha" and "rahat").
pub(super) const ENDED: char = lemma::ENDED_TAG;
/// The shortest word met by its endings: a shorter one is too often the beginning of another.
const MIN_ENDED_BASE: usize = 4;
/// Endings that follow a Finnish word's base form unchanged (folded: ä and ö as a and o), taken
/// off a typed word. The forms that change the stem (paikan, kyydin) are met by the lemma keys.
const TYPED_ENDINGS: &[&str] = &[
    "a", "t", "n", "ssa", "sta", "lla", "lta", "lle", "ksi", "na", "kin", "kaan", "han", "ni",
    "si", "nsa", "mme", "nne", "an", "aan",
];
/// The endings taken off a thesaurus word: only the plural and the partitive, since the
/// thesaurus holds Swedish and English words too, whose own endings are no Finnish case
/// ("maken", the husband, is no "make").
const ENTRY_ENDINGS: &[&str] = &["a", "t"];

/// A typed word of [`MIN_BASE_WORD`] letters or more without each plain Finnish ending it may
/// have ("neuvolan" → neuvola), of [`MIN_BASE`] letters or more: what a compound holds of it
/// as a part.
pub fn typed_bases(word: &str) -> impl Iterator<Item = &str> {
    let long = word.chars().count() >= MIN_BASE_WORD;
    without_endings(word, TYPED_ENDINGS, MIN_BASE).filter(move |_| long)
}

/// The shortest typed word whose base form is looked for inside compounds, and the shortest
/// such base.
const MIN_BASE_WORD: usize = 7;
const MIN_BASE: usize = 5;

/// Whether a typed word is a form of the thesaurus words a key joined it to, each word (by its
/// number among the thesaurus's words) told once: a word like "koti" is in hundreds of phrases.
pub(super) struct FormsOf<'t> {
    typed: &'t str,
    letters: u32,
    told: HashMap<u32, bool, Fx>,
}

impl<'t> FormsOf<'t> {
    pub(super) fn new(typed: &'t str) -> Self {
        let letters = u32::try_from(typed.chars().count()).unwrap_or(u32::MAX);
        Self {
            typed,
            letters,
            told: HashMap::default(),
        }
    }

    /// Whether the typed word is `base` (word number `id`, of `letters` letters) with an ending after it, in its
    /// weak grade or in a plural ([`begins_as_form`], [`weak_grade_form`], [`plural_form`]).
    /// Such a form is at most a letter shorter than its word ("kukan" of "kukka") and at most
    /// six longer ("veloissani" of "velka"): most words a key meets are told by that alone.
    pub(super) fn is_form_of(&mut self, id: u32, base: &str, letters: u32) -> bool {
        if self.letters.saturating_add(1) < letters || self.letters > letters.saturating_add(6) {
            return false;
        }
        let typed = self.typed;
        *self.told.entry(id).or_insert_with(|| {
            begins_as_form(typed, base) || weak_grade_form(typed, base) || plural_form(typed, base)
        })
    }
}

/// Whether `typed` is `base` (a thesaurus word of four letters or more) with an ending of at
/// most five letters after it: a form of it, once a key of theirs has joined them.
pub(super) fn begins_as_form(typed: &str, base: &str) -> bool {
    let extra = typed.chars().count().saturating_sub(base.chars().count());
    base.chars().count() >= MIN_ENDED_BASE && (1..=5).contains(&extra) && typed.starts_with(base)
}

/// Whether `typed` is `base` (a thesaurus word of four letters or more ending in a vowel) in
/// the weak grade its consonants take before the endings that call for it: "selän" of
/// "selkä", "velan" of "velka", "kadun" of "katu", "luvan" of "lupa". Once a short key of
/// theirs has joined them, this tells a form from a word that only begins alike ("käsi" is no
/// form of "katti").
pub(super) fn weak_grade_form(typed: &str, base: &str) -> bool {
    let Some((stem, vowel)) = stem_and_vowel(base) else {
        return false;
    };
    if base.chars().count() < MIN_ENDED_BASE {
        return false;
    }
    after_weak_stem(typed, stem)
        .filter_map(|rest| rest.strip_prefix(vowel))
        .any(|ending| WEAK_GRADE_ENDINGS.contains(&ending))
}

/// Whether `typed` is a plural form of `base` (a thesaurus word of three letters or more)
/// whose stem changes before the plural's -i- or -j-: a final a turns o ("rahoja" of "raha",
/// "veloista" of "velka", in either grade) or drops ("koiria" of "koira"), an i turns e
/// ("laseja" of "lasi"), a long vowel or a diphthong shortens ("töihin" of "työ", "maita" of
/// "maa"). Like [`weak_grade_form`], it tells a form from a word a short key joined by chance.
pub(super) fn plural_form(typed: &str, base: &str) -> bool {
    let Some((stem, last)) = stem_and_vowel(base) else {
        return false;
    };
    if base.chars().count() < MIN_PLURAL_BASE {
        return false;
    }
    if let Some((head, before)) = stem_and_vowel(stem) {
        // töi- of työ, soi- of suo, tei- of tie, mai- of maa: one vowel of the two, then i.
        let kept = if before == last { before } else { last };
        return typed
            .strip_prefix(head)
            .and_then(|rest| rest.strip_prefix(kept))
            .and_then(|rest| rest.strip_prefix('i'))
            .is_some_and(|ending| AFTER_PLURAL_I.contains(&ending));
    }
    let plural_vowels: &[(char, &[&str])] = match last {
        'a' => &[('o', AFTER_PLURAL_O), ('i', AFTER_PLURAL_I)],
        'i' => &[('e', AFTER_PLURAL_O)],
        _ => &[],
    };
    let strong = typed.strip_prefix(stem);
    strong
        .into_iter()
        .chain(after_weak_stem(typed, stem))
        .any(|rest| {
            plural_vowels.iter().any(|&(vowel, endings)| {
                rest.strip_prefix(vowel)
                    .is_some_and(|ending| endings.contains(&ending))
            })
        })
}

/// The shortest thesaurus word [`plural_form`] reads plurals of.
const MIN_PLURAL_BASE: usize = 3;

/// A word without its last letter, and that letter when it is a vowel (velk and a of velka).
fn stem_and_vowel(word: &str) -> Option<(&str, char)> {
    word.char_indices()
        .last()
        .filter(|&(_, c)| lemma::is_vowel(c))
        .map(|(at, c)| (&word[..at], c))
}

/// What is left of `typed` after `stem` in each weak grade the stem's last consonants may take
/// ("an" of "velan" after velk- as vel-). Read off piece by piece: this runs for thesaurus
/// words met as the query is typed, so nothing is built.
fn after_weak_stem<'a>(typed: &'a str, stem: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    WEAK_GRADES.iter().filter_map(move |(strong, weak)| {
        let head = stem.strip_suffix(strong)?;
        typed.strip_prefix(head)?.strip_prefix(weak)
    })
}

/// The plural's endings (folded) after a stem's o or e: rahoja, rahojen, rahoista, laseja.
const AFTER_PLURAL_O: &[&str] = &[
    "ja", "jen", "ista", "issa", "ihin", "illa", "ilta", "ille", "iksi", "ina", "it", "ita",
];
/// The plural's endings (folded) after its i: koiria, koirien, töihin, töitä, maissa.
const AFTER_PLURAL_I: &[&str] = &[
    "a", "ta", "en", "den", "tten", "ssa", "sta", "hin", "lla", "lta", "lle", "ksi", "na", "in",
];

/// The endings (folded) after which a stem takes its weak grade: the genitive, the plural,
/// the cases of place and the translative, alone or before a possessive suffix.
const WEAK_GRADE_ENDINGS: [&str; 15] = [
    "n", "t", "ssa", "sta", "lla", "lta", "lle", "ksi", "ni", "si", "mme", "nne", "nkin", "ssani",
    "llani",
];

/// A consonant or cluster before a stem's last vowel in its strong grade and in its weak one
/// (folded), the clusters first.
const WEAK_GRADES: [(&str, &str); 16] = [
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("nt", "nn"),
    ("rt", "rr"),
    ("ht", "hd"),
    ("lk", "l"),
    ("rk", "r"),
    ("hk", "h"),
    ("lp", "lv"),
    ("rp", "rv"),
    ("t", "d"),
    ("p", "v"),
];

/// A word's bases, as keys: the word without one of `endings` it ends with.
fn ended_keys<'a>(
    word: &'a str,
    endings: &'static [&'static str],
) -> impl Iterator<Item = String> + 'a {
    without_endings(word, endings, MIN_ENDED_BASE).map(|base| format!("{ENDED}{base}"))
}

/// `word` without each of `endings` it ends with, where `shortest` letters or more are left.
fn without_endings<'a>(
    word: &'a str,
    endings: &'static [&'static str],
    shortest: usize,
) -> impl Iterator<Item = &'a str> {
    endings.iter().filter_map(move |ending| {
        let base = word.strip_suffix(ending)?;
        (base.chars().count() >= shortest).then_some(base)
    })
}

fn typed_keys_of(word: &str) -> Vec<String> {
    // Its own keys were most likely asked for just before (see `concepts`).
    let mut keys = word_keys(word);
    // A reading is a guess: only a long key of it says enough to name a need. A spoken
    // form's clipped ending ("kelast", "töis") is the written one's.
    let read_keys = spoken::readings(word).into_iter().flat_map(|reading| {
        let ended: Vec<String> = ended_keys(&reading, TYPED_ENDINGS).collect();
        lemma::keys(&reading).into_iter().chain(ended)
    });
    for key in read_keys {
        if KeyStrength::of(&key) >= KeyStrength::Long && !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// Finnish negations joined to "että" or "ja" (folded), and the negation they hold.
const NEGATIONS: [(&str, &str); 12] = [
    ("ettei", "ei"),
    ("etten", "en"),
    ("ettet", "et"),
    ("ettemme", "emme"),
    ("ettette", "ette"),
    ("etteivat", "eivat"),
    ("eika", "ei"),
    ("enka", "en"),
    ("etka", "et"),
    ("emmeka", "emme"),
    ("etteka", "ette"),
    ("eivatka", "eivat"),
];
