//! How one typed word matches one word of the catalogue. Strong matches (the same word, its
//! beginning, the same stem with another ending, a part of a compound) rank above weak ones (one
//! typo, letters scattered through the word). The scattered-letters match is fuzzy-matcher's
//! Skim algorithm, kept behind [`FuzzyMatcher`] so that it can be swapped.

use fuzzy_matcher::FuzzyMatcher as _;
use fuzzy_matcher::skim::SkimMatcherV2;

/// A subsequence matcher: the letters of `pattern` in order somewhere in `text`.
pub trait FuzzyMatcher: Send + Sync {
    /// A score (higher is better) and the character indices in `text` that matched.
    fn fuzzy(&self, text: &str, pattern: &str) -> Option<(i64, Vec<usize>)>;
}

/// fuzzy-matcher's Skim V2 algorithm. Both sides are folded before they get here, so case
/// handling is left to folding.
pub struct SkimFuzzy(SkimMatcherV2);

impl Default for SkimFuzzy {
    fn default() -> Self {
        Self(SkimMatcherV2::default().respect_case())
    }
}

impl FuzzyMatcher for SkimFuzzy {
    fn fuzzy(&self, text: &str, pattern: &str) -> Option<(i64, Vec<usize>)> {
        self.0.fuzzy_indices(text, pattern)
    }
}

/// How a typed word met a catalogue word, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// Letters scattered through the word ("tyhku" in "työnhaku").
    Scattered,
    /// One letter dropped, added, changed or two swapped ("valmenuts" for "valmennus").
    Typo,
    /// Part of a compound ("haku" in "työnhaku").
    Inside,
    /// The same word in another form ("klubitalolle" for "klubitalo", "velan" for "velka").
    Stem,
    /// The beginning of the word ("mielenterv" for "mielenterveys").
    Prefix,
    /// The whole word.
    Exact,
}

/// A word match: its kind and a quality from 1 to 100 that orders all matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordMatch {
    pub kind: MatchKind,
    pub quality: u16,
}

/// Finnish case endings are up to about five letters ("-ssaan", "-lleen"); a stem match may
/// drop that much from the typed word.
const MAX_ENDING: usize = 5;
/// The catalogue word may have a different ending of up to this many letters.
const MAX_TOKEN_ENDING: usize = 3;
/// Shorter shared beginnings say too little ("puut" is shared by puutyö and puuttuu). Forms
/// with a shorter stem are joined by their lemma keys instead.
pub(super) const MIN_STEM: usize = 5;
/// A typed word this short is matched inside a longer word only as a compound part, and never
/// as scattered letters ("kotka" is not the letters of "kohtaamispaikka").
pub(super) const MIN_INSIDE: usize = 4;
/// A typed word shorter than this has no typo match: too many words are one letter away.
pub(super) const MIN_TYPO: usize = 5;

/// A typed word this long may be another form of a catalogue word with one typo in it
/// ("mielenterveyskuntotujalle" of "mielenterveyskuntoutujien"): long words are the ones
/// mistyped, and with them a shared stem on both sides of the typo says which word was meant.
const MIN_TYPO_STEM: usize = 8;
/// After a typo, at least this many letters must agree again: a different ending is no typo.
const AGREE_AFTER_TYPO: usize = 2;

/// A folded word with what matching needs to know of it, computed once.
#[derive(Clone, Copy, Debug)]
pub struct Term<'a> {
    pub text: &'a str,
    pub mask: u64,
    pub chars: usize,
}

impl<'a> Term<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            mask: letter_mask(text),
            chars: text.chars().count(),
        }
    }
}

/// Matches a typed word against a catalogue word, both folded. The letter masks let most
/// non-matching words be dismissed without looking at their letters.
pub fn match_word(fuzzy: &dyn FuzzyMatcher, token: Term, word: Term) -> Option<WordMatch> {
    let (t_len, w_len) = (token.chars, word.chars);
    let found = |kind, quality| Some(WordMatch { kind, quality });
    let missing_letters = (word.mask & !token.mask).count_ones();
    if token.text == word.text {
        return found(MatchKind::Exact, 100);
    }
    if t_len > w_len && missing_letters == 0 && token.text.starts_with(word.text) {
        return found(MatchKind::Prefix, prefix_quality(w_len, t_len));
    }
    // The letters the two share at the start, counted once for the stem and the typo below.
    let shared = if w_len >= MIN_STEM {
        common_prefix_chars(token.text, word.text)
    } else {
        0
    };
    if shared >= MIN_STEM && shared + MAX_ENDING >= w_len && shared + MAX_TOKEN_ENDING >= t_len {
        return found(MatchKind::Stem, 70 + (shared * 5 / w_len) as u16);
    }
    if w_len >= MIN_INSIDE
        && t_len > w_len
        && missing_letters == 0
        && token.text.contains(word.text)
    {
        return found(MatchKind::Inside, 60);
    }
    if w_len >= MIN_TYPO_STEM && typo_then_stem(token, word, shared) {
        return found(MatchKind::Typo, 45);
    }
    if w_len >= MIN_TYPO
        && t_len.abs_diff(w_len) <= 1
        && missing_letters <= 1
        && (token.mask & !word.mask).count_ones() <= 1
        && within_one_edit(token.text, word.text)
    {
        return found(MatchKind::Typo, 50);
    }
    if may_be_scattered(t_len, token.mask, word)
        && let Some((score, _)) = fuzzy.fuzzy(token.text, word.text)
    {
        // Skim scores grow with the pattern; scale into 10..=40 per typed letter.
        let per_letter = score.max(0) as usize / w_len.max(1);
        return found(MatchKind::Scattered, (10 + per_letter.min(30)) as u16);
    }
    None
}

/// Whether a catalogue word of `t_len` letters with letter mask `t_mask` may hold the letters
/// of typed `word` scattered through it: every letter, in a word not much longer.
pub fn may_be_scattered(t_len: usize, t_mask: u64, word: Term) -> bool {
    word.chars > MIN_INSIDE
        && t_len >= word.chars
        && t_len <= 2 * word.chars
        && word.mask & !t_mask == 0
}

/// The quality of a typed word of `w_len` characters that begins a longer catalogue word of
/// `t_len`: a longer part of the word typed is a better sign.
pub fn prefix_quality(w_len: usize, t_len: usize) -> u16 {
    80 + (10 * w_len / t_len.max(1)) as u16
}

/// The quality of a one-letter word against a catalogue word of `t_len` characters that
/// begins with it: the whole word, or its beginning.
pub fn initial_quality(t_len: usize) -> u16 {
    if t_len == 1 {
        100
    } else {
        prefix_quality(1, t_len)
    }
}

/// The letters a-z and digits present, one bit each; other characters share one bit.
pub fn letter_mask(text: &str) -> u64 {
    text.chars().fold(0, |mask, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            _ => 63,
        };
        mask | (1 << bit)
    })
}

/// A bit for each pair of letters side by side in `text` (of 64, by a hash of the pair): a
/// word that holds another whole holds every pair of it, so a word lacking one of its pairs
/// can neither begin with it nor hold it as a part, and is passed over unread.
pub fn pair_mask(text: &str) -> u64 {
    let mut chars = text.chars();
    let Some(mut before) = chars.next() else {
        return 0;
    };
    let mut mask = 0;
    for c in chars {
        let pair = (u64::from(before) << 32) | u64::from(c);
        // Fibonacci hashing: the top six bits of the product spread the pairs over the mask.
        mask |= 1 << (pair.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58);
        before = c;
    }
    mask
}

/// Whether typed `word` is a form of catalogue `token` once one typo is undone: they share a
/// stem of [`MIN_STEM`] letters (`shared` letters at the start), then one letter added, left
/// out, changed or two swapped, then agree again for [`AGREE_AFTER_TYPO`] letters at least;
/// what is left of each is an ending, as a stem match allows.
fn typo_then_stem(token: Term, word: Term, shared: usize) -> bool {
    if shared < MIN_STEM || shared >= token.chars.min(word.chars) {
        return false;
    }
    // The letters agreeing after `t` letters of the catalogue word and `w` of the typed one.
    let agree = |t: usize, w: usize| {
        token
            .text
            .chars()
            .skip(t)
            .zip(word.text.chars().skip(w))
            .take_while(|(a, b)| a == b)
            .count()
    };
    let mut after_t = token.text.chars().skip(shared);
    let mut after_w = word.text.chars().skip(shared);
    let (t0, t1, w0, w1) = (
        after_t.next(),
        after_t.next(),
        after_w.next(),
        after_w.next(),
    );
    let swapped = t1.is_some() && w1.is_some() && t0 == w1 && t1 == w0;
    // (letters skipped in the catalogue word, in the typed word) for each kind of typo.
    [(0, 1), (1, 0), (1, 1), (2, 2)]
        .into_iter()
        .filter(|&edit| edit != (2, 2) || swapped)
        .any(|(skip_token, skip_word)| {
            let (t, w) = (shared + skip_token, shared + skip_word);
            let again = agree(t, w);
            again >= AGREE_AFTER_TYPO
                && w + again + MAX_ENDING >= word.chars
                && t + again + MAX_TOKEN_ENDING >= token.chars
        })
}

pub(super) fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours
/// (or is `b`): a Damerau-Levenshtein distance of at most 1, found without a table.
pub(super) fn within_one_edit(a: &str, b: &str) -> bool {
    // Drop what the two share at the start and at the end; at most one edit may remain.
    let prefix = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let room = a.len().min(b.len());
    let suffix = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .scan(0, |total, n| {
            *total += n;
            (*total <= room).then_some(n)
        })
        .sum::<usize>();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    let mut ac = a.chars();
    let mut bc = b.chars();
    match (ac.clone().count(), bc.clone().count()) {
        (0, 0) | (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => {
            let (a0, a1, b0, b1) = (ac.next(), ac.next(), bc.next(), bc.next());
            a0 == b1 && a1 == b0
        }
        _ => false,
    }
}

/// The character indices in `token` to highlight for a match of `word`.
pub fn highlight_in_token(
    fuzzy: &dyn FuzzyMatcher,
    token: &str,
    word: &str,
    kind: MatchKind,
) -> Vec<usize> {
    let t_len = token.chars().count();
    match kind {
        MatchKind::Exact | MatchKind::Typo => (0..t_len).collect(),
        MatchKind::Prefix => (0..word.chars().count().min(t_len)).collect(),
        MatchKind::Stem => (0..common_prefix_chars(token, word)).collect(),
        MatchKind::Inside => match token.find(word) {
            Some(byte) => {
                let start = token[..byte].chars().count();
                (start..start + word.chars().count()).collect()
            }
            None => Vec::new(),
        },
        MatchKind::Scattered => fuzzy.fuzzy(token, word).map(|(_, i)| i).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(token: &str, word: &str) -> Option<MatchKind> {
        match_word(&SkimFuzzy::default(), Term::new(token), Term::new(word)).map(|m| m.kind)
    }

    #[test]
    fn kinds_of_match() {
        assert_eq!(kind("tyonhaku", "tyonhaku"), Some(MatchKind::Exact));
        assert_eq!(kind("mielenterveys", "mielenterv"), Some(MatchKind::Prefix));
        assert_eq!(kind("klubitalo", "klubitalolle"), Some(MatchKind::Stem));
        assert_eq!(kind("kuntoutus", "kuntoutukseen"), Some(MatchKind::Stem));
        assert_eq!(kind("sosiaalinen", "sosiaaliseen"), Some(MatchKind::Stem));
        assert_eq!(kind("tyopaja", "tyopajalla"), Some(MatchKind::Stem));
        assert_eq!(kind("tyonhaku", "haku"), Some(MatchKind::Inside));
        assert_eq!(kind("ahdistus", "ahdsitus"), Some(MatchKind::Typo));
        // Mistakes late in a long word already share its stem.
        assert!(kind("valmennus", "valmenuts").is_some());
        assert!(kind("kuntouttava", "kuntouttva").is_some());
        assert_eq!(kind("tyonhaku", "tyhku"), Some(MatchKind::Scattered));
        assert_eq!(kind("velka", "asunto"), None);
        assert_eq!(kind("opiskelu", "opinnot"), None);
        // Precision: a shared beginning is not a shared stem, a short word is not scattered.
        assert_eq!(kind("puuttuu", "puutyo"), None);
        assert_eq!(kind("kohtaamispaikka", "kotka"), None);
    }

    #[test]
    fn a_long_word_mistyped_in_another_form_is_a_typo() {
        // A letter left out, one added, one changed, two swapped; each in another case.
        for typed in [
            "mielenterveyskuntotujalle",
            "mielenterveyskuntouutujalle",
            "mielenterveyskuntoitujalle",
            "mielenterveyskuntuotujalle",
        ] {
            assert_eq!(
                kind("mielenterveyskuntoutujien", typed),
                Some(MatchKind::Typo),
                "{typed}"
            );
        }
        // Another word with the same beginning is not a mistyped form of it.
        assert_eq!(kind("asumisneuvonta", "asumispalvelu"), None);
        assert_eq!(kind("tyottomyysturva", "tyottomille"), None);
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("abcd", "abdc"));
        assert!(within_one_edit("abcd", "abd"));
        assert!(within_one_edit("abcd", "abxd"));
        assert!(!within_one_edit("abcd", "badc"));
        assert!(!within_one_edit("abcd", "ab"));
    }

    #[test]
    fn one_edit_is_a_damerau_levenshtein_distance_of_at_most_one() {
        let mut words = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.chars().count() == words.last().map_or(0, |l| l.chars().count()))
                .flat_map(|w| ["a", "b", "ä"].map(|c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        for a in &words {
            for b in &words {
                let distance = strsim::damerau_levenshtein(a, b);
                assert_eq!(within_one_edit(a, b), distance <= 1, "{a:?} {b:?}");
            }
        }
    }

    proptest::proptest! {
        /// What the scan of the catalogue's words relies on to pass most of them over unread:
        /// a word matched whole, as its beginning or as a part holds every pair of letters of
        /// the typed word; one typo away is about as long or shares the stem; scattered
        /// letters need every letter in a word not much longer.
        #[test]
        fn a_match_is_never_among_the_words_the_scan_passes_over(
            token in "[aeiklnostuy]{1,14}",
            word in "[aeiklnostuy]{1,14}",
        ) {
            let (t, w) = (Term::new(&token), Term::new(&word));
            match match_word(&SkimFuzzy::default(), t, w).map(|m| m.kind) {
                Some(MatchKind::Exact | MatchKind::Prefix | MatchKind::Inside) => {
                    proptest::prop_assert_eq!(pair_mask(&word) & !pair_mask(&token), 0);
                }
                Some(MatchKind::Stem) => {
                    proptest::prop_assert!(common_prefix_chars(&token, &word) >= MIN_STEM);
                }
                Some(MatchKind::Typo) => proptest::prop_assert!(
                    common_prefix_chars(&token, &word) >= MIN_STEM
                        || t.chars.abs_diff(w.chars) <= 1
                ),
                Some(MatchKind::Scattered) => {
                    proptest::prop_assert!(may_be_scattered(t.chars, t.mask, w));
                }
                None => {}
            }
        }
    }

    #[test]
    fn a_pair_of_letters_missing_tells_a_word_apart() {
        // "sosi" begins "sosiaalinen", its letters are all in "sossu" but not side by side.
        assert_eq!(pair_mask("sosi") & !pair_mask("sosiaalinen"), 0);
        assert_ne!(pair_mask("sosi") & !pair_mask("sossu"), 0);
        assert_eq!(pair_mask("a"), 0);
    }
}
