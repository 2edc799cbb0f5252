//! Which catalogue words a word matches, and how well: its own forms, the words it is
//! derived from or made into, the beginning of a word, a part of a compound, one typo, and,
//! when nothing better is found, scattered letters.

use super::{How, Scorer};
use crate::search::compound::{begins_as_modifier, ends_as_head, is_head, seam_near_end};
use crate::search::fold::Dots;
use crate::search::harmony;
use crate::search::index::Token;
use crate::search::lemma;
use crate::search::matcher::{
    MIN_INSIDE, MIN_STEM, MIN_TYPO, MatchKind, Term, WordMatch, common_prefix_chars, match_word,
    may_be_scattered, pair_mask,
};
use crate::search::spoken;
use crate::search::word_langs;

impl Scorer<'_> {
    /// The catalogue words a word matches, with the quality of each match.
    pub fn matched_tokens(&self, word: &str, how: How) -> Vec<(u32, u16)> {
        self.matched
            .get_or(word, how, || self.find_matched_tokens(word, how))
    }

    fn find_matched_tokens(&self, word: &str, how: How) -> Vec<(u32, u16)> {
        let index = &self.index;
        let mut found: Vec<(u32, u16)> = Vec::new();
        let exact = index.token_id(word);
        if let Some(id) = exact {
            found.push((id, 100));
        }
        let lemma::Keys {
            forms: mut keys,
            mut derived,
        } = lemma::all_keys(word);
        let rules = how.rules();
        keys.retain(|k| word_langs::key_of_rules(rules, k));
        derived.retain(|k| word_langs::key_of_rules(rules, k));
        if !how.typed() {
            // A word the typist did not write (a thesaurus word, a part of a compound) is
            // joined to other forms only by a key that says enough.
            keys.retain(|k| k.len() > MIN_SURE_KEY);
            derived.retain(|k| k.len() > MIN_SURE_KEY);
        }
        {
            let letters = word.chars().count();
            let long_enough = |k: &String| k.chars().count() - 1 + MAX_KEY_CUT >= letters;
            keys.retain(long_enough);
            derived.retain(long_enough);
        }
        let related = lemma::related_keys(&lemma::Keys {
            forms: keys.clone(),
            derived,
        });
        // Forms of one word share its vowel harmony: "jaksa" is none of "jäte".
        let agreeing = |mut tokens: Vec<u32>| {
            if let How::Typed(_, heard, _) = how {
                harmony::keep_agreeing(
                    heard,
                    &mut tokens,
                    |&t| index.tokens[t as usize].harmonies,
                    |&t| harmony::shared_before_harmony(&index.tokens[t as usize].text, word),
                );
            }
            tokens
        };
        // A word derived from the typed one, or the one it is derived from, counts a little
        // less than its own forms: "yksinäinen" finds yksinäisyys after yksinäiset.
        found.extend(
            agreeing(index.tokens_with_keys(&related))
                .into_iter()
                .map(|t| (t, DERIVED_QUALITY)),
        );
        let mut by_key = agreeing(index.tokens_with_keys(&keys));
        // A typed word whose forms the catalogue does not hold may be spoken Finnish
        // ("velkoi"): then the written forms it may stand for are looked up.
        if how.typed() && rules & word_langs::FINNISH != 0 && exact.is_none() && by_key.is_empty() {
            by_key = agreeing(index.tokens_with_keys(&spoken::typed_keys(word)));
        }
        found.extend(by_key.into_iter().map(|t| (t, FORM_QUALITY)));
        match how {
            How::Forms(_) => {}
            How::Meaning => {
                if word.chars().count() >= 5 {
                    found.extend(index.tokens_beginning(word).iter().map(|&t| (t, 70)));
                }
            }
            How::Typed(_, _, dots) => found.extend(self.scan(word, dots, !found.is_empty())),
        }
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        found.dedup_by_key(|(t, _)| *t);
        found
    }

    /// Every catalogue word that matches a typed word by `match_word`. Scattered letters count
    /// only when nothing better was found, typos only when the word is not `known` (held in
    /// its forms) and begins no word; a word inside another only as a compound part.
    fn scan(&self, word: &str, dots: Dots, known: bool) -> Vec<(u32, u16)> {
        let index = &self.index;
        let term = Term::new(word);
        let mut found: Vec<(u32, u16, MatchKind)> = Vec::new();
        let try_token = |token_id: u32| -> Option<(u32, u16, MatchKind)> {
            let token = &index.tokens[token_id as usize];
            let m = match_word(self.fuzzy, token.term(), term)?;
            // A word that begins with the typed one, or is a form of it, has the letters they
            // share in the same places: where the typist wrote dots, it has them too.
            if matches!(m.kind, MatchKind::Prefix | MatchKind::Stem)
                && !dots.within(token.dots, common_prefix_chars(&token.text, word))
            {
                return None;
            }
            if m.kind == MatchKind::Inside && !self.is_compound_part(&token.text, word) {
                return None;
            }
            // A word the catalogue holds in its forms meets them by their keys: a word that
            // shares no more than the shortest stem with it is another word ("puoliso" is no
            // "puolilla").
            if m.kind == MatchKind::Stem
                && ((known && common_prefix_chars(&token.text, word) <= MIN_STEM)
                    || !stem_may_join(token, word)
                    || self.stem_at_seam(&token.text, word))
            {
                return None;
            }
            Some((token_id, self.part_quality(&token.text, word, m), m.kind))
        };
        if term.chars < MIN_INSIDE {
            // A word this short matches only words that begin with it.
            for &token_id in index.tokens_beginning(word) {
                found.extend(try_token(token_id));
            }
            self.scan_bases(word, &mut found);
        } else {
            // Only words that hold every letter of the typed word, or all but one of them
            // with a length that leaves room for one typo, can match; the rest are dismissed
            // by their letter masks.
            let typo_room = term.chars >= MIN_TYPO;
            let may_match = |token: &Token| {
                let missing = term.mask & !token.mask;
                missing == 0
                    || (typo_room
                        && missing.count_ones() <= 1
                        && (token.mask & !term.mask).count_ones() <= 1
                        && (token.chars as usize).abs_diff(term.chars) <= 1)
            };
            // A word that holds the typed one whole (as it is, its beginning or a part) holds
            // every pair of its letters side by side, and one a typo away is about as long:
            // any other word can match only by scattered letters, tried last.
            let letters = index.letters();
            let pairs = pair_mask(word);
            let typo_length =
                |token: &Token| typo_room && (token.chars as usize).abs_diff(term.chars) <= 1;
            let may_match_well = |id: u32| {
                let token = &index.tokens[id as usize];
                may_match(token) && (letters.holds_all(id, pairs) || typo_length(token))
            };
            // Those holding every pair are among the holders of the rarest pair; those a typo
            // away among the words of about the typed word's length.
            let holders = letters.holding_rarest(pairs).unwrap_or(&[]);
            for &id in holders {
                if may_match(&index.tokens[id as usize]) && letters.holds_all(id, pairs) {
                    found.extend(try_token(id));
                }
            }
            if typo_room {
                for length in term.chars - 1..=term.chars + 1 {
                    for &id in letters.of_length(length) {
                        if may_match(&index.tokens[id as usize]) && !letters.holds_all(id, pairs) {
                            found.extend(try_token(id));
                        }
                    }
                }
            }
            // Words that share the typed word's stem are tried whatever their letters.
            let stem = (term.chars >= MIN_STEM).then(|| {
                let end = word
                    .char_indices()
                    .nth(MIN_STEM)
                    .map_or(word.len(), |(i, _)| i);
                &word[..end]
            });
            if let Some(stem) = stem {
                for &id in index.tokens_beginning(stem) {
                    if !may_match_well(id) {
                        found.extend(try_token(id));
                    }
                }
            }
            self.scan_bases(word, &mut found);
            // Scattered letters count only when nothing better was found (see below): only
            // then are the other words that hold every letter read.
            let best = found.iter().map(|&(_, _, kind)| kind).max();
            if best.is_none() || (best == Some(MatchKind::Scattered) && !known) {
                for (id, token) in index.tokens.iter().enumerate() {
                    let id = id as u32;
                    if may_be_scattered(token.chars as usize, token.mask, term)
                        && !may_match_well(id)
                        && stem.is_none_or(|stem| !token.text.starts_with(stem))
                    {
                        found.extend(try_token(id));
                    }
                }
            }
        }
        // A word the catalogue holds in some form is spelt as meant: the words one letter
        // away from it are other words ("ostaa" is no "estää"). Scattered letters count only
        // when nothing better was found.
        let best = found.iter().map(|&(_, _, kind)| kind).max();
        let weakest_kept = match best {
            Some(kind) if known || kind >= MatchKind::Stem => MatchKind::Inside,
            Some(kind) if kind > MatchKind::Scattered => MatchKind::Typo,
            _ => MatchKind::Scattered,
        };
        found.retain(|&(_, _, kind)| kind >= weakest_kept);
        found.into_iter().map(|(t, q, _)| (t, q)).collect()
    }

    /// The catalogue compounds that hold a typed word's base form as one of their parts
    /// ("lastenneuvolapalvelut" of "neuvolan"): a word typed in a case form is not found
    /// inside a compound, which holds the base.
    fn scan_bases(&self, word: &str, found: &mut Vec<(u32, u16, MatchKind)>) {
        let bases: Vec<(&str, Term)> = crate::search::thesaurus::typed_bases(word)
            .map(|base| (base, Term::new(base)))
            .collect();
        if bases.is_empty() {
            return;
        }
        let index = &self.index;
        let letters = index.letters();
        let is_word = |w: &str| index.token_id(w).is_some();
        for &(base, term) in &bases {
            // A word that holds the base holds its pairs of letters.
            let pairs = pair_mask(base);
            let Some(holders) = letters.holding_rarest(pairs) else {
                continue;
            };
            for &token_id in holders {
                let token = &index.tokens[token_id as usize];
                let text = &*token.text;
                // A compound's other part has three letters at least ("työ", "apu").
                if !letters.holds_all(token_id, pairs)
                    || term.mask & !token.mask != 0
                    || (token.chars as usize) < term.chars + 3
                {
                    continue;
                }
                let quality = if text.starts_with(base) && begins_as_modifier(text, base, &is_word)
                {
                    BASE_MODIFIER_QUALITY
                } else if text.contains(base) && self.is_compound_part(text, base) {
                    if ends_as_head(text, base) {
                        BASE_HEAD_QUALITY
                    } else {
                        BASE_INSIDE_QUALITY
                    }
                } else {
                    continue;
                };
                found.push((token_id, quality, MatchKind::Inside));
            }
        }
    }

    /// A match's quality, told apart by which part of a compound the typed word is: the last
    /// part names the thing ("kuntoutus" in "mielenterveyskuntoutus" is rehabilitation), the
    /// first only says what kind ("ehkaisy" in "ehkaisyneuvonta" is counselling), so a word
    /// that begins a compound of other words counts less than one that ends it, when the
    /// catalogue holds the word by itself too ("yrityskummi" is found only in compounds).
    fn part_quality(&self, token: &str, word: &str, m: WordMatch) -> u16 {
        let is_word = |w: &str| self.index.token_id(w).is_some();
        match m.kind {
            MatchKind::Prefix
                if word.chars().count() >= MIN_MODIFIER
                    && is_word(word)
                    && begins_as_modifier(token, word, &is_word) =>
            {
                MODIFIER_QUALITY
            }
            MatchKind::Inside if ends_as_head(token, word) => HEAD_QUALITY,
            _ => m.quality,
        }
    }

    /// Whether `word` is a part of the compound `token` and not just letters inside it: what
    /// comes before it is a word of the catalogue ("mielen" of "mielenterveys").
    fn is_compound_part(&self, token: &str, word: &str) -> bool {
        let is_word = |w: &str| self.index.token_id(w).is_some();
        token.match_indices(word).any(|(at, _)| {
            let head = &token[..at];
            head.len() >= 3 && is_head(head, &is_word)
        })
    }

    /// Whether what a catalogue word and a typed word share stops at a compound's seam in either
    /// ("perhetyö" and "perhettä"): then they are two words, not two forms of one.
    pub(super) fn stem_at_seam(&self, token: &str, word: &str) -> bool {
        let shared = common_prefix_chars(token, word);
        let is_word = |w: &str| self.index.token_id(w).is_some();
        seam_near_end(word, shared, &is_word) || seam_near_end(token, shared, &is_word)
    }
}

/// Whether a catalogue word that shares a stem with a typed word may be a form of it: a
/// shared stem with another ending is a Finnish form. A Swedish or English word meets its
/// forms through its own language's keys, and by a shared stem only as the whole beginning of
/// the typed word ("street" of "streetlight"), never as a word that ends otherwise
/// ("familiar" is not "families").
fn stem_may_join(token: &Token, word: &str) -> bool {
    word_langs::may_be_finnish(token.langs) || word.starts_with(&*token.text)
}

/// The qualities of a typed word's base form found as a compound's first part, its last part,
/// or a part in between: a little below the typed word's own ("neuvolan" is surely the clinic
/// of "lastenneuvola" only as far as its ending was an ending).
const BASE_MODIFIER_QUALITY: u16 = MODIFIER_QUALITY - 5;
const BASE_HEAD_QUALITY: u16 = HEAD_QUALITY - 5;
const BASE_INSIDE_QUALITY: u16 = 55;
/// The quality of a typed word that begins a compound of it and another catalogue word.
const MODIFIER_QUALITY: u16 = 62;
/// The quality of a typed word that ends a compound: its last part.
const HEAD_QUALITY: u16 = 68;
/// The shortest typed word whose matches as a compound's first part are told apart.
const MIN_MODIFIER: usize = 3;
/// The quality of a match with another form of the typed word, and of one with a word derived
/// from it or the word it is derived from.
const FORM_QUALITY: u16 = 85;
const DERIVED_QUALITY: u16 = 80;
/// At most this many letters of a word are cut to reach the key that joins it to its forms.
const MAX_KEY_CUT: usize = 6;
/// Keys (with their one-letter tag) at least this long join forms of words not typed.
const MIN_SURE_KEY: usize = 4;
