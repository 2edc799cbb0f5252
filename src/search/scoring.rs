//! Scoring what a query asks for: each word's hits in the catalogue's words, spread through
//! the postings to services and goals, weighted by the field they are in and by how rare the
//! word is (inverse document frequency, as BM25 does); a concept's value from its words and
//! from what the thesaurus says it means.
//!
//! Only services that hold a word are ever looked at: a word's scores are the services its
//! postings reach, in service order, so that a keystroke costs what its words match, not the
//! size of the catalogue. What a word scored is kept for the next keystroke (see [`Memo`]).

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use super::concepts::Concept;
use super::fold::Dots;
use super::harmony::Heard;
use super::index::{Field, SearchIndex};
use super::matcher::{FuzzyMatcher, initial_quality};
use super::spread::spread;
use super::stop_words::is_stop_word;
use super::word_langs::{self, Langs};

mod kept;
mod matching;
mod parts;
pub use kept::{MatchedWords, Memo};

/// A hit in a service's own text counts this much more than the same hit in the name or
/// keywords of one of its goals: one goal word should not lift all the goal's services above
/// those that say it themselves.
const GOAL_SHARE: f32 = 0.5;
/// A service found through what the thesaurus says a word means counts this much of one that
/// holds the word itself.
const MEANING_SHARE: f32 = 0.38;
/// What a guessed meaning (of a compound's parts, of a mistyped word) counts of a known one.
const GUESS_SHARE: f32 = 0.7;
/// What the other meanings a service says add to the best one's value, as a share of theirs.
const MORE_MEANINGS_SHARE: f32 = 0.35;
/// The typed words of an everyday phrase count this much of what the phrase means.
const IDIOM_WORDS_SHARE: f32 = 0.5;
/// The best raw hit: a whole word in a name.
const RAW_MAX: f32 = 800.0;

/// Raw scores of one word: the services it matches (ascending) with field weight times match
/// quality, per goal the same (0 where the word does not match); and how rare the word is.
pub struct WordScores {
    services: Vec<(u32, u16)>,
    goals: Vec<u16>,
    idf: f32,
}

/// A concept's value per service and per goal (0: not covered). Only services that some of
/// the concept's words reach are listed: `services[i]` is the value of service number
/// `service_ids[i]`.
#[derive(Clone, Debug, Default)]
pub struct ConceptScores {
    /// Ascending service numbers.
    pub service_ids: Vec<u32>,
    pub services: Vec<f32>,
    pub goals: Vec<f32>,
}

impl ConceptScores {
    /// The services with a value above 0 and their values.
    pub fn iter(&self) -> impl Iterator<Item = (u32, f32)> + '_ {
        self.service_ids
            .iter()
            .copied()
            .zip(self.services.iter().copied())
            .filter(|&(_, v)| v > 0.0)
    }
}

/// How a word is matched: as typed (anything from exact to scattered letters), in its own
/// forms only (an area's name, a short word among others), or as a word the thesaurus gives
/// (its forms and the compounds it begins).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum How {
    /// Typed, joined to other forms by the rules of these languages, in the vowel harmony
    /// its letters say, with these letters typed with dots.
    Typed(Langs, Heard, Dots),
    /// In its own forms only, by the rules of these languages.
    Forms(Langs),
    Meaning,
}

impl How {
    /// How typed word number `word` of `concept` is matched.
    pub fn of_typed(concept: &Concept, word: usize) -> Self {
        if concept.abbreviated.get(word).copied().unwrap_or(false) {
            How::Forms(concept.rules & word_langs::FINNISH)
        } else if concept.forms_only {
            How::Forms(concept.rules)
        } else {
            let heard = concept.heard.get(word).copied().unwrap_or(Heard::Unknown);
            let dots = concept.dots.get(word).copied().unwrap_or_default();
            How::Typed(concept.rules, heard, dots)
        }
    }

    /// Whether the word was typed as it is matched (not in its forms only, not a meaning).
    pub fn typed(self) -> bool {
        matches!(self, How::Typed(..))
    }

    /// The languages whose rules may join the word to its other forms. A thesaurus word's
    /// own language is known from the catalogue words it joins (see `word_langs`).
    fn rules(self) -> Langs {
        match self {
            How::Typed(rules, ..) | How::Forms(rules) => rules,
            How::Meaning => word_langs::KNOWN,
        }
    }
}

/// Scores words and concepts against one index.
pub struct Scorer<'a> {
    pub index: &'a SearchIndex,
    pub fuzzy: &'a dyn FuzzyMatcher,
    /// The catalogue words that words were found to match, for the next time they are asked.
    pub matched: &'a MatchedWords,
}

impl Scorer<'_> {
    /// A concept's value from the typed words' own hits (all of them in one service) and the
    /// best of the thesaurus's meanings. A service that says the client's word itself comes
    /// before one found through what the word means; for an everyday phrase it is the other
    /// way round, since its words alone ("ei", "kotia") say little.
    /// The scores of the words are taken from `memo` and kept there.
    pub fn score_concept(&self, concept: &Concept, memo: &mut Memo) -> ConceptScores {
        // A phrase's words count in part in a service that holds some of them, as they would
        // one by one: a phrase the thesaurus knows ("kaatumisen ehkäisy", "ahdistus ryhmä")
        // never hides the services that hold only one of its words.
        let partial = concept.words.len() > 1;
        let own = self.score_phrase(
            &concept.words,
            &|word| How::of_typed(concept, word),
            partial,
            memo,
        );
        // A guessed meaning is no better than the catalogue's own word ("kuunvalotanssikurssi"
        // is a service's name, not a course).
        let held = || {
            concept
                .words
                .iter()
                .all(|w| self.index.token_id(w).is_some())
        };
        if concept.means.is_empty() || (concept.guessed && held()) {
            return own;
        }
        let phrases: Vec<ConceptScores> = concept
            .means
            .iter()
            .map(|phrase| self.score_phrase(&said_words(phrase), &|_| How::Meaning, false, memo))
            .collect();
        // Every service any of them reaches, each list spread over all of them: per service
        // and goal, the best meaning's value and the sum of all of them.
        let spread = spread(&own, &phrases, self.index.service_count);
        let ids = spread.ids;
        let own = ConceptScores {
            services: spread.own,
            service_ids: Vec::new(),
            goals: own.goals,
        };
        let mut best = (spread.best, vec![0.0; own.goals.len()]);
        let mut sum = (spread.sum, vec![0.0; own.goals.len()]);
        for scores in &phrases {
            for (i, &value) in scores.goals.iter().enumerate() {
                best.1[i] = f32::max(best.1[i], value);
                sum.1[i] += value;
            }
        }
        // A service that says several of the meanings is about the need, not one that says
        // one of them in passing.
        let more = |best: &[f32], sum: &[f32]| -> Vec<f32> {
            best.iter()
                .zip(sum)
                .map(|(&b, &s)| b + (s - b).min(b) * MORE_MEANINGS_SHARE)
                .collect()
        };
        let meant = ConceptScores {
            services: more(&best.0, &sum.0),
            service_ids: Vec::new(),
            goals: more(&best.1, &sum.1),
        };
        // What a word's parts or the word it looks mistyped for mean is a guess, surer than
        // nothing and less sure than what the thesaurus says the typed word itself means.
        let share = if concept.guessed {
            MEANING_SHARE * GUESS_SHARE
        } else {
            MEANING_SHARE
        };
        let combine = |own: f32, meant: f32| -> f32 {
            if concept.idiom {
                (own * IDIOM_WORDS_SHARE).max(meant) + own * IDIOM_WORDS_SHARE / 4.0
            } else if own > 0.0 {
                own + meant * share / 2.0
            } else {
                meant * share
            }
        };
        ConceptScores {
            services: own
                .services
                .iter()
                .zip(&meant.services)
                .map(|(&o, &m)| combine(o, m))
                .collect(),
            service_ids: ids,
            goals: own
                .goals
                .iter()
                .zip(&meant.goals)
                .map(|(&o, &m)| combine(o, m))
                .collect(),
        }
    }

    /// The mean value of the words of a phrase where every word of it is found, else 0; or,
    /// when `partial`, where any of them is (a missing word counting 0).
    fn score_phrase(
        &self,
        words: &[String],
        how: &dyn Fn(usize) -> How,
        partial: bool,
        memo: &mut Memo,
    ) -> ConceptScores {
        let mut services: Vec<(u32, f32)> = Vec::new();
        let mut goals = vec![0.0; self.index.goal_services.len()];
        let share = 1.0 / words.len().max(1) as f32;
        for (i, word) in words.iter().enumerate() {
            let scores = self.score_word(word, how(i), memo);
            let weight = scores.idf * share / RAW_MAX;
            let combine = |total: &mut f32, raw: u16| {
                if partial {
                    *total += f32::from(raw) * weight;
                } else if raw == 0 || (i > 0 && *total == 0.0) {
                    *total = 0.0;
                } else {
                    *total += f32::from(raw) * weight;
                }
            };
            let mut next = Vec::with_capacity(services.len().max(scores.services.len()));
            if i == 0 {
                for &(s, raw) in &scores.services {
                    let mut total = 0.0;
                    combine(&mut total, raw);
                    next.push((s, total));
                }
            } else if partial {
                // Every service that holds any word so far.
                merge(&services, &scores.services, |s, total, raw| {
                    let mut total = total.unwrap_or(0.0);
                    combine(&mut total, raw.unwrap_or(0));
                    next.push((s, total));
                });
            } else {
                // A service counts only if every word so far is found in it.
                intersect(&services, &scores.services, |s, &total, &raw| {
                    let mut total = total;
                    combine(&mut total, raw);
                    next.push((s, total));
                });
            }
            services = next;
            for (total, &raw) in goals.iter_mut().zip(&scores.goals) {
                combine(total, raw);
            }
        }
        ConceptScores {
            service_ids: services.iter().map(|&(s, _)| s).collect(),
            services: services.into_iter().map(|(_, v)| v).collect(),
            goals,
        }
    }

    /// A word's scores, from `memo` when it was scored on an earlier keystroke.
    fn score_word(&self, word: &str, how: How, memo: &mut Memo) -> Arc<WordScores> {
        let key = (how, word.to_owned());
        if let Some(kept) = memo.get(&key) {
            return kept;
        }
        let scores = Arc::new(self.word_scores(word, how, memo));
        memo.keep(key, Arc::clone(&scores));
        scores
    }

    fn word_scores(&self, word: &str, how: How, memo: &mut Memo) -> WordScores {
        let matched = self.matched_tokens(word, how);
        if how.typed()
            && matched.iter().all(|&(_, q)| q <= TYPO_QUALITY)
            && let Some(parts) = self.compound_scores(word, matched.is_empty(), memo)
        {
            return parts;
        }
        let index = &self.index;
        let mut goals = vec![0u16; index.goal_services.len()];
        // Goal hits through the goal's name or keywords spread to its services.
        let mut spreading = vec![0u16; index.goal_services.len()];
        // A typed letter alone begins thousands of words: what their postings give is read
        // from the index's list for the letter, and only words matched better than by their
        // first letter are read one by one.
        let letter = match (how, word.chars().next(), word.chars().nth(1)) {
            (How::Typed(..), Some(letter), None) => Some(letter),
            _ => None,
        };
        let by_letter = |token_id: u32, quality: u16| {
            let token = &index.tokens[token_id as usize];
            letter.is_some_and(|l| {
                token.text.starts_with(l) && quality == initial_quality(token.chars as usize)
            })
        };
        let services = SCRATCH.with_borrow_mut(|scratch| {
            scratch.fit(index.service_count);
            if let Some(letter) = letter {
                for initial in index.initial(letter) {
                    scratch.own(initial.service, initial.score);
                }
            }
            for &(token_id, quality) in &matched {
                if !by_letter(token_id, quality) {
                    for posting in &index.service_postings[token_id as usize] {
                        let score = u16::from(posting.weight) * quality;
                        scratch.own(posting.item, score);
                    }
                }
                for posting in &index.goal_postings[token_id as usize] {
                    let score = u16::from(posting.weight) * quality;
                    let slot = &mut goals[posting.item as usize];
                    *slot = (*slot).max(score);
                    if posting.weight >= Field::Keyword.weight() {
                        let spread = &mut spreading[posting.item as usize];
                        *spread = (*spread).max((f32::from(score) * GOAL_SHARE) as u16);
                    }
                }
            }
            for (goal, &score) in spreading.iter().enumerate() {
                if score == 0 {
                    continue;
                }
                for &s in &index.goal_services[goal] {
                    scratch.via(s, score);
                }
            }
            // The better of the two ways counts; a service that matches both through its own
            // text and through its goal is a surer answer than one that matches one way only.
            scratch.take(|own, via| own.max(via) + own.min(via) / 4)
        });
        let scores = WordScores {
            idf: idf(index.service_count, services.len()),
            services,
            goals,
        };
        if how.typed() {
            self.with_rare_compound_parts(word, scores, memo)
        } else {
            scores
        }
    }
}

thread_local! {
    /// Per-service slots for scoring a word, all 0 between words.
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// A word's best hit per service, through the service's own text and through its goals,
/// with a bit per service touched: the touched services are read in order from the bits, with
/// neither a sort nor a pass over every service.
#[derive(Default)]
struct Scratch {
    own: Vec<u16>,
    via: Vec<u16>,
    touched: Vec<u64>,
}

impl Scratch {
    fn fit(&mut self, services: usize) {
        if self.own.len() < services {
            self.own.resize(services, 0);
            self.via.resize(services, 0);
            self.touched.resize(services.div_ceil(64), 0);
        }
    }

    fn touch(&mut self, service: u32) {
        self.touched[service as usize / 64] |= 1 << (service % 64);
    }

    fn own(&mut self, service: u32, score: u16) {
        self.touch(service);
        let slot = &mut self.own[service as usize];
        *slot = (*slot).max(score);
    }

    fn via(&mut self, service: u32, score: u16) {
        self.touch(service);
        let slot = &mut self.via[service as usize];
        *slot = (*slot).max(score);
    }

    /// Every touched service with a hit (ascending) with `value(own, via)`, leaving all
    /// slots 0.
    fn take(&mut self, value: impl Fn(u16, u16) -> u16) -> Vec<(u32, u16)> {
        // No more hits than services touched: the list is made once, large enough.
        let touched: u32 = self.touched.iter().map(|bits| bits.count_ones()).sum();
        let mut out = Vec::with_capacity(touched as usize);
        for (at, bits) in self.touched.iter_mut().enumerate() {
            let mut left = std::mem::take(bits);
            while left != 0 {
                let s = at * 64 + left.trailing_zeros() as usize;
                left &= left - 1;
                let (own, via) = (&mut self.own[s], &mut self.via[s]);
                if *own > 0 || *via > 0 {
                    out.push((s as u32, value(*own, *via)));
                }
                (*own, *via) = (0, 0);
            }
        }
        out
    }
}

/// Calls `each` for every item of either list (each ascending by item), with its value in
/// each list that holds it, in ascending order.
fn merge<A: Copy, B: Copy>(
    a: &[(u32, A)],
    b: &[(u32, B)],
    mut each: impl FnMut(u32, Option<A>, Option<B>),
) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let order = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => x.0.cmp(&y.0),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        match order {
            std::cmp::Ordering::Less => {
                each(a[i].0, Some(a[i].1), None);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                each(b[j].0, None, Some(b[j].1));
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                each(a[i].0, Some(a[i].1), Some(b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
}

/// Calls `both` for every item that is in both lists (each ascending by item).
fn intersect<A, B>(a: &[(u32, A)], b: &[(u32, B)], mut both: impl FnMut(u32, &A, &B)) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both(a[i].0, &a[i].1, &b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
}

/// A match of kind `Typo` or weaker has at most this quality.
pub(super) const TYPO_QUALITY: u16 = 50;
/// The shortest part a typed compound is split into.
pub(super) const MIN_PART: usize = 4;
/// At most this many ways to split a compound are scored.
pub(super) const MAX_SPLITS: usize = 4;

/// The words of a meaning that say something: "ja", "and" and "och" join its words and are
/// in nearly every service, so they neither tell services apart nor need to be found.
/// A meaning of stop words only is kept whole.
pub(super) fn said_words(phrase: &[String]) -> Cow<'_, [String]> {
    if phrase.len() > 1 && phrase.iter().any(|w| is_stop_word(w)) {
        let said: Vec<String> = phrase
            .iter()
            .filter(|w| !is_stop_word(w))
            .cloned()
            .collect();
        if !said.is_empty() {
            return Cow::Owned(said);
        }
    }
    Cow::Borrowed(phrase)
}

/// How rare a word is among `n` services when `found` hold it (BM25's inverse document
/// frequency, always above zero).
fn idf(n: usize, found: usize) -> f32 {
    let (n, found) = (n as f32, found as f32);
    (1.0 + (n - found + 0.5) / (found + 0.5)).ln()
}
