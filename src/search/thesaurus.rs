//! The need thesaurus: a client's everyday words and the words services and goals are
//! described with.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::fold::{self, fold, words};
use super::harmony::{self, Harmony};
use super::lemma;
use super::matcher::within_one_edit;
use super::query::written_as_abbreviation;
pub use super::stop_words::is_stop_word;
use crate::catalog::ThesaurusEntry;
use crate::hash::Fx;

mod builtin;
mod keys;

pub use builtin::builtin_entries;
use keys::{ABBREVIATION, ENDED, FormsOf, entry_word_keys};
pub use keys::{abbreviation_key, typed_bases, typed_word_keys, word_keys};

/// A typed word this long or longer may be a compound of words the thesaurus knows.
const MIN_COMPOUND: usize = 8;
/// The shortest first and last parts a compound is split into.
const MIN_HEAD: usize = 4;
const MIN_TAIL: usize = 3;
/// The shortest part that is looked up in the thesaurus...
const MIN_PART: usize = 5;
/// ...and the shortest when the rest of the compound is a word of the catalogue.
const MIN_SHORT_PART: usize = 3;
/// The shortest typed word that is compared with the thesaurus's words for a typing error.
const MIN_MISTYPED: usize = 7;

/// A word of an entry's phrase: (entry, phrase, word, the word's length in letters, its vowel
/// harmony as written).
type WordAt = (u32, u32, u32, u32, Option<Harmony>);

/// A phrase's word a typed word met: (entry, phrase, word, the key's strength, the word's
/// length in letters).
type Met = (u32, u32, u32, KeyStrength, u32);

/// A word of the thesaurus this short or shorter may be joined to a typed word by a short key.
const SHORT_WORD: u32 = 6;

/// How much a shared key says about two words being one: the word itself, a long stem, a
/// stem of four letters, a shorter one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum KeyStrength {
    Short,
    Medium,
    Long,
    Exact,
}

impl KeyStrength {
    fn of(key: &str) -> Self {
        match key.chars().count() {
            _ if key.starts_with(['=', ABBREVIATION]) => Self::Exact,
            _ if key.starts_with(ENDED) => Self::Long,
            n if n >= 6 => Self::Long,
            5 => Self::Medium,
            _ => Self::Short,
        }
    }
}

/// Whether a key joins words only by a short stem (see [`KeyStrength`]), which many short words
/// share by chance.
pub fn is_short_key(key: &str) -> bool {
    KeyStrength::of(key) == KeyStrength::Short
}

/// The order of the words a mistyped word is compared with: by first letter, then length.
fn mistyping_order(word: &str) -> (Option<char>, usize) {
    (word.chars().next(), word.chars().count())
}

/// A phrase, folded and split into words.
pub type Phrase = Vec<String>;

/// The entries, folded, with the keys of their words for lookup. Working out the keys of
/// every word takes a while, so a catalogue stored in the cache folder stores its thesaurus
/// too (see `ready`).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Thesaurus {
    entries: Vec<Entry>,
    /// A key of a phrase's word → the words that have it.
    by_key: HashMap<String, Vec<WordAt>, Fx>,
    /// Every meaning of one word, folded: words services are described with.
    meant_words: HashSet<String, Fx>,
    /// The words of one-word phrases long enough to be taken for mistyped (`MIN_MISTYPED`),
    /// folded, each with its entry, in the order of [`mistyping_order`]: what a mistyped word
    /// is compared with.
    single_words: Vec<(String, u32)>,
    /// The meanings as written ("päivätoiminta"), by their folded words joined by spaces.
    spelled: HashMap<String, String, Fx>,
    /// Every word of the phrases once, folded: what a typed word is told to be a form of (see
    /// `FormsOf`). A phrase holds its words by their number here.
    words: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Entry {
    /// Each phrase's words, by their number in [`Thesaurus::words`].
    says: Vec<Vec<u32>>,
    means: Vec<Phrase>,
}

impl Entry {
    /// How many words phrase `p` has.
    fn words_in(&self, p: u32) -> usize {
        self.says[p as usize].len()
    }
}

/// A word of a thesaurus phrase as written: folded, with its vowel harmony and whether it is
/// written as an abbreviation.
#[derive(Clone)]
struct Written {
    word: String,
    harmony: Option<Harmony>,
    abbreviation: bool,
}

fn phrase(text: &str) -> Phrase {
    words(&fold(text)).map(|(_, w)| w.to_owned()).collect()
}

impl Thesaurus {
    pub fn new(entries: &[ThesaurusEntry]) -> Self {
        let mut thesaurus = Thesaurus::default();
        // A word recurs in many phrases ("äiti", "mun", "ei"): it is kept once, by its number,
        // and its keys are worked out once.
        let mut known: HashMap<String, (u32, Vec<String>), Fx> = HashMap::default();
        for (e, entry) in entries.iter().enumerate() {
            let mut says = Vec::new();
            for text in &entry.words {
                // Each word once, with the harmony it is written in: a typed query holds each
                // word once, so a phrase that says one twice ("sämre och sämre") is met by it.
                // A word said twice and nothing else ("viikko-viikko") is another thing than
                // the word, and is kept as written.
                let lower = text.to_lowercase();
                let written: Vec<Written> = phrase(text)
                    .into_iter()
                    .zip(fold::words(&lower).map(|(_, w)| harmony::of_form(w)))
                    .zip(fold::words(text).map(|(_, w)| written_as_abbreviation(w)))
                    .map(|((word, harmony), abbreviation)| Written {
                        word,
                        harmony,
                        abbreviation,
                    })
                    .collect();
                let mut once: Vec<Written> = Vec::new();
                for written in &written {
                    if !once.iter().any(|w| w.word == written.word) {
                        once.push(written.clone());
                    }
                }
                let kept = if once.len() == 1 { written } else { once };
                if kept.is_empty() {
                    continue;
                }
                if let [Written { word, .. }] = kept.as_slice()
                    && word.chars().count() >= MIN_MISTYPED
                {
                    thesaurus.single_words.push((word.clone(), e as u32));
                }
                let mut ids = Vec::with_capacity(kept.len());
                for (w, written) in kept.iter().enumerate() {
                    let (word, harmony) = (&written.word, written.harmony);
                    let letters = word.chars().count() as u32;
                    let (id, keys) = known.entry(word.clone()).or_insert_with(|| {
                        thesaurus.words.push(word.clone());
                        (thesaurus.words.len() as u32 - 1, entry_word_keys(word))
                    });
                    ids.push(*id);
                    let abbreviation;
                    let keys: &[String] = if written.abbreviation {
                        abbreviation = [abbreviation_key(word)];
                        &abbreviation
                    } else {
                        keys
                    };
                    for key in keys.iter() {
                        let at = (e as u32, says.len() as u32, w as u32, letters, harmony);
                        thesaurus.by_key.entry(key.clone()).or_default().push(at);
                    }
                }
                says.push(ids);
            }
            let mut means: Vec<Phrase> = Vec::new();
            for written in &entry.means {
                let meaning = phrase(written);
                if meaning.is_empty() {
                    continue;
                }
                if let [word] = meaning.as_slice() {
                    thesaurus.meant_words.insert(word.clone());
                }
                thesaurus
                    .spelled
                    .insert(meaning.join(" "), written.trim().to_owned());
                means.push(meaning);
            }
            thesaurus.entries.push(Entry { says, means });
        }
        thesaurus
            .single_words
            .sort_by_cached_key(|(word, _)| mistyping_order(word));
        thesaurus
    }

    /// A meaning, folded and its words joined by spaces, as the thesaurus writes it
    /// ("paivatoiminta" → "päivätoiminta").
    pub fn spelled(&self, folded: &str) -> String {
        self.spelled
            .get(folded)
            .cloned()
            .unwrap_or_else(|| folded.to_owned())
    }

    /// Whether any word of the thesaurus has one of `keys`.
    pub fn holds_any(&self, keys: &[String]) -> bool {
        // A word that is a thesaurus word without its ending ("kelast" of "kelasta") is not
        // held by that alone: it may be a spoken form, read by what it stands for.
        keys.iter()
            .any(|k| !k.starts_with(ENDED) && self.by_key.contains_key(k))
    }

    /// Whether the thesaurus writes `folded` as an abbreviation, in capitals ("TE").
    pub fn knows_abbreviation(&self, folded: &str) -> bool {
        self.by_key.contains_key(&abbreviation_key(folded))
    }

    /// What a typed compound that is no phrase of the thesaurus means through its parts
    /// ("kriisiapu" → kriisi, "pitkäaikaistyötön" → työtön, "vertaistukiryhmä" → vertaistuki):
    /// each part that is a word of the thesaurus, or a word it gives as a meaning, and what
    /// that word means. The longest first part is tried first; none when no split has a part
    /// the thesaurus knows. A part of three or four letters ("ero" of "erotilanne") is only
    /// looked up when no longer part says anything and the rest of the word is a word of the
    /// catalogue (`catalogue_word`): otherwise three letters at the start of a word are only
    /// letters.
    pub fn compound_meanings(
        &self,
        word: &str,
        catalogue_word: &dyn Fn(&str) -> bool,
    ) -> Vec<Phrase> {
        let at: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
        if at.len() < MIN_COMPOUND {
            return Vec::new();
        }
        let long_parts = |part: &str, _: &str| part.chars().count() >= MIN_PART;
        let short_parts = |part: &str, rest: &str| {
            (MIN_SHORT_PART..MIN_PART).contains(&part.chars().count())
                && rest.chars().count() >= MIN_PART
                && catalogue_word(rest)
        };
        let heads = [MIN_HEAD, MIN_SHORT_PART];
        for (looked_up, &shortest_head) in
            [&long_parts as &dyn Fn(&str, &str) -> bool, &short_parts]
                .into_iter()
                .zip(&heads)
        {
            // Of the splits that say something, the one with the longest known part: five
            // letters at the end of a word ("tunut" of "selkäydinvammautunut") may be a word
            // by chance, fourteen at its start are not.
            let mut best: Option<(usize, Vec<Phrase>)> = None;
            for split in (shortest_head..=at.len() - MIN_TAIL).rev() {
                // A split whose parts are no longer than the longest known part found so far
                // cannot beat it: its parts are not looked up.
                let most = best.as_ref().map_or(0, |(most, _)| *most);
                if split.max(at.len() - split) <= most {
                    continue;
                }
                let (head, tail) = word.split_at(at[split]);
                let mut meanings: Vec<Phrase> = Vec::new();
                let mut known = 0;
                // The last part names the thing, so its meanings come first; the first part's
                // follow, since it often carries the need ("häätö" of "häätöpaperit",
                // "perintä" of "perintäfirma").
                for (part, rest) in [(tail, head), (head, tail)] {
                    if !looked_up(part, rest) {
                        continue;
                    }
                    let entries = self.single_word_entries(part);
                    if entries.is_empty() && !self.meant_words.contains(part) {
                        continue;
                    }
                    known = known.max(part.chars().count());
                    meanings.push(vec![part.to_owned()]);
                    for e in entries {
                        meanings.extend(self.entries[e as usize].means.iter().cloned());
                    }
                }
                if known > most {
                    best = Some((known, meanings));
                }
            }
            if let Some((_, mut meanings)) = best {
                meanings.dedup();
                return meanings;
            }
        }
        Vec::new()
    }

    /// What a typed word means when it is a thesaurus word with one letter wrong, left out,
    /// doubled or two swapped ("ulosotoja", "masentunu", "ahdsitaa"): the meanings of every
    /// such word's entry. Only long words are compared, so that a short word is not taken for
    /// another.
    pub fn mistyped_meanings(&self, word: &str) -> Vec<Phrase> {
        // A mistyped word in a case form ("ahdistuneisuushäirön") is its mistyped base
        // with the ending after it: both are compared.
        let mut entries: Vec<u32> = std::iter::once(word)
            .chain(typed_bases(word))
            .flat_map(|typed| self.one_edit_entries(typed))
            .collect();
        entries.sort_unstable();
        entries.dedup();
        let mut meanings: Vec<Phrase> = Vec::new();
        for e in entries {
            for meaning in &self.entries[e as usize].means {
                if !meanings.contains(meaning) {
                    meanings.push(meaning.clone());
                }
            }
        }
        meanings
    }

    /// The entries whose phrase of one word is `typed` with one letter wrong, left out,
    /// doubled or two swapped. Only long words are compared, so that a short word is not
    /// taken for another.
    fn one_edit_entries<'a>(&'a self, typed: &'a str) -> impl Iterator<Item = u32> + 'a {
        let letters = typed.chars().count();
        // Only words of the same first letter and one letter longer or shorter can be one
        // edit away: they lie side by side in the list.
        let first = typed.chars().next();
        let near = if letters < MIN_MISTYPED {
            &[][..]
        } else {
            let from = self
                .single_words
                .partition_point(|(known, _)| mistyping_order(known) < (first, letters - 1));
            let to = self
                .single_words
                .partition_point(|(known, _)| mistyping_order(known) <= (first, letters + 1));
            &self.single_words[from..to]
        };
        near.iter()
            .filter(move |(known, _)| known != typed && within_one_edit(known, typed))
            .map(|&(_, e)| e)
    }

    /// The entries that have `word`, in any of its forms, as a phrase of one word. Only keys
    /// that say enough count: a part of a compound is no word a client typed.
    fn single_word_entries(&self, word: &str) -> Vec<u32> {
        let mut found: Vec<u32> = word_keys(word)
            .iter()
            .filter(|k| k.starts_with('=') || k.chars().count() > MIN_PART)
            .filter_map(|k| self.by_key.get(k))
            .flatten()
            .filter(|&&(e, p, _, _, _)| self.entries[e as usize].words_in(p) == 1)
            .map(|&(e, _, _, _, _)| e)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// What the typed words mean: for every entry one of whose phrases was typed, the typed
    /// words of that phrase (indexes into `typed`) and the entry's meanings. `typed` holds each
    /// typed word's keys (see [`word_keys`]), `harmonies` each one's vowel harmony where known
    /// (shorter, or empty, when none is).
    pub fn lookup(
        &self,
        typed: &[Vec<String>],
        harmonies: &[Option<Harmony>],
    ) -> Vec<(Vec<usize>, &[Phrase])> {
        // Every (entry, phrase, word of the phrase, typed word) met, gathered flat and sorted
        // afterwards: a common word ("at", "ei") is in thousands of phrases, most of them not
        // typed whole, and a list per phrase would cost an allocation each.
        let mut met: Vec<(u32, u32, u32, u32)> = Vec::new();
        for (i, keys) in typed.iter().enumerate() {
            let typed_harmony = harmonies.get(i).copied().flatten();
            // A thesaurus word folded alike but of the other harmony is another word ("riita",
            // a quarrel, of "riitä"), through whatever key it is met.
            let other_words: Vec<(u32, u32, u32)> = match typed_harmony {
                None => Vec::new(),
                Some(_) => keys
                    .iter()
                    .filter(|k| k.starts_with('='))
                    .filter_map(|k| self.by_key.get(k))
                    .flatten()
                    .filter(|&&(_, _, _, _, harmony)| !harmony::agree(typed_harmony, harmony))
                    .map(|&(e, p, w, _, _)| (e, p, w))
                    .collect(),
            };
            let mut matched: Vec<Met> = Vec::new();
            for key in keys {
                let strength = KeyStrength::of(key);
                // Finnish forms are one word only in one harmony ("riitä" is no "riidat"); the
                // Swedish and English stems know no harmony.
                let harmonic = lemma::is_finnish_key(key);
                for &(e, p, w, letters, harmony) in
                    self.by_key.get(key).map_or(&[][..], Vec::as_slice)
                {
                    if (harmonic && !harmony::agree(typed_harmony, harmony))
                        || other_words.contains(&(e, p, w))
                    {
                        continue;
                    }
                    // A short key joins a typed word only to a short word of the thesaurus
                    // (kädet/käsi, velkoihin/velka, töihin/työ): a longer one it meets by
                    // chance (käsi/kadulla, liikaa/liikkumaan).
                    if strength == KeyStrength::Short && letters > SHORT_WORD {
                        continue;
                    }
                    matched.push((e, p, w, strength, letters));
                }
            }
            // A word the thesaurus holds as typed, or by a long key, is not also read as
            // another word that shares a weaker key with it ("kelan" of "kelan tuki", a phrase
            // not typed whole, does not count).
            let best = matched
                .iter()
                .filter(|&&(e, p, ..)| self.entries[e as usize].words_in(p) == 1)
                .map(|m| m.3)
                .max();
            let mut enough = best.map_or(KeyStrength::Short, |b| b.min(KeyStrength::Long));
            // Nor is a word the thesaurus holds as typed, or by a long key, in any phrase also
            // read through a short key ("käsi" is no "katti", the cat of spoken Finnish).
            if matched.iter().any(|m| m.3 >= KeyStrength::Long) {
                enough = enough.max(KeyStrength::Medium);
            }
            // But a phrase's word that the typed word is a form of, with an ending of its own
            // after it, is the typed word's base ("kipuja" of "kipu", "eläkettä" of "eläke",
            // "kodissa" of "koti"), whatever other phrase holds the typed form.
            let mut forms = keys
                .iter()
                .find_map(|k| k.strip_prefix('='))
                .map(FormsOf::new);
            // A phrase of more words than were typed is not typed whole.
            let may_be_whole = |m: &Met| self.entries[m.0 as usize].words_in(m.1) <= typed.len();
            let typed_at = u32::try_from(i).unwrap_or(u32::MAX);
            for m in matched.into_iter().filter(may_be_whole) {
                let counts = m.3 >= enough
                    || forms.as_mut().is_some_and(|forms| {
                        let id = self.entries[m.0 as usize].says[m.1 as usize][m.2 as usize];
                        forms.is_form_of(id, &self.words[id as usize], m.4)
                    });
                if counts {
                    met.push((m.0, m.1, m.2, typed_at));
                }
            }
        }
        met.sort_unstable();
        met.dedup();
        // Per entry, every phrase typed whole that is not part of a longer one typed: "ei
        // ketään" beside "ei oo ketään" says nothing more, "viettää aikaa" beside it does.
        let mut typed_whole: Vec<(u32, Vec<usize>)> = Vec::new();
        for phrase in met.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let (e, p) = (phrase[0].0, phrase[0].1);
            let Some(slots) = self.slots_if_whole(e, p, phrase) else {
                continue;
            };
            // Each word of the phrase is a typed word of its own: "viikolla" alone is not
            // "viikko-viikko".
            let Some(mut at) = distinct_words(&slots) else {
                continue;
            };
            at.sort_unstable();
            typed_whole.push((e, at));
        }
        let within = |a: &[usize], b: &[usize]| a.iter().all(|i| b.contains(i));
        let mut out: Vec<(Vec<usize>, &[Phrase])> = Vec::new();
        for (n, (e, at)) in typed_whole.iter().enumerate() {
            let covered = typed_whole.iter().enumerate().any(|(m, (other, longer))| {
                other == e && m != n && within(at, longer) && (longer.len() > at.len() || m < n)
            });
            if !covered {
                out.push((at.clone(), self.entries[*e as usize].means.as_slice()));
            }
        }
        out
    }

    /// For each word of phrase `p` of entry `e`, the typed words found for it in the order
    /// typed, from `met` (that phrase's (entry, phrase, word, typed word) sorted), or `None`
    /// when some word of it was not typed.
    fn slots_if_whole(
        &self,
        e: u32,
        p: u32,
        met: &[(u32, u32, u32, u32)],
    ) -> Option<Vec<Vec<usize>>> {
        let words = self.entries[e as usize].words_in(p);
        // Sorted by word: each word of the phrase met begins a run of its own.
        let words_met = met.chunk_by(|a, b| a.2 == b.2).count();
        if words_met < words {
            return None;
        }
        let mut slots = vec![Vec::new(); words];
        for &(_, _, w, i) in met {
            slots.get_mut(w as usize)?.push(i as usize);
        }
        slots.iter().all(|s| !s.is_empty()).then_some(slots)
    }
}

/// A typed word for each word of a phrase, no typed word twice and all of them
/// [`near_together`] (each slot lists the typed words found for it, in the order typed), or
/// `None` when the phrase is not typed whole.
/// Phrases are short: trying each slot's candidates in turn is quick.
fn distinct_words(slots: &[Vec<usize>]) -> Option<Vec<usize>> {
    fn assign(slots: &[Vec<usize>], chosen: &mut Vec<usize>) -> bool {
        let Some((first, rest)) = slots.split_first() else {
            return near_together(chosen);
        };
        for &word in first {
            if chosen.contains(&word) {
                continue;
            }
            chosen.push(word);
            if assign(rest, chosen) {
                return true;
            }
            chosen.pop();
        }
        false
    }
    let mut chosen = Vec::with_capacity(slots.len());
    assign(slots, &mut chosen).then_some(chosen)
}

/// A phrase's words may have at most this many other words among them when typed: "rahat ei
/// kyllä mitenkään riitä" says "rahat ei riitä", but a long story's "ei" at its start and
/// "viesteihin" at its end say no phrase together.
const PHRASE_SLACK: usize = 4;

/// Whether the typed words at `at` lie near enough together to be said as one phrase.
fn near_together(at: &[usize]) -> bool {
    let (Some(first), Some(last)) = (at.iter().min(), at.iter().max()) else {
        return true;
    };
    last - first < at.len() + PHRASE_SLACK
}

#[cfg(test)]
pub(crate) mod tests;
