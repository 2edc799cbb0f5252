//! Scoring what a query asks for: each word's hits in the catalogue's words, spread through
//! the postings to services and goals, weighted by the field they are in and by how rare the
//! word is (inverse document frequency, as BM25 does); a concept's value from its words and
//! from what the thesaurus says it means.

use super::concepts::Concept;
use super::index::{Field, SearchIndex};
use super::lemma;
use super::matcher::{FuzzyMatcher, MatchKind, Term, match_word};

/// A hit in a service's own text counts this much more than the same hit in the name or
/// keywords of one of its goals: one goal word should not lift all the goal's services above
/// those that say it themselves.
const GOAL_SHARE: f32 = 0.5;
/// A service found through what the thesaurus says a word means counts this much of one that
/// holds the word itself.
const MEANING_SHARE: f32 = 0.45;
/// What the other meanings a service says add to the best one's value, as a share of theirs.
const MORE_MEANINGS_SHARE: f32 = 0.35;
/// The typed words of an everyday phrase count this much of what the phrase means.
const IDIOM_WORDS_SHARE: f32 = 0.5;
/// The best raw hit: a whole word in a name.
const RAW_MAX: f32 = 800.0;

/// Raw scores of one word: per service and per goal, field weight times match quality, 0
/// where the word does not match; and how rare the word is.
struct WordScores {
    services: Vec<u16>,
    goals: Vec<u16>,
    idf: f32,
}

/// A concept's value per service and per goal (0: not covered).
pub struct ConceptScores {
    pub services: Vec<f32>,
    pub goals: Vec<f32>,
}

/// How a word is matched: as typed (anything from exact to scattered letters), as an area's
/// name (the place in its forms only), or as a word the thesaurus gives (its forms and the
/// compounds it begins).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum How {
    Typed,
    Area,
    Meaning,
}

/// Scores words and concepts against one index.
pub struct Scorer<'a> {
    pub index: &'a SearchIndex,
    pub fuzzy: &'a dyn FuzzyMatcher,
}

impl Scorer<'_> {
    /// A concept's value from the typed words' own hits (all of them in one service) and the
    /// best of the thesaurus's meanings. A service that says the client's word itself comes
    /// before one found through what the word means; for an everyday phrase it is the other
    /// way round, since its words alone ("ei", "kotia") say little.
    pub fn score_concept(&self, concept: &Concept) -> ConceptScores {
        let how = if concept.area { How::Area } else { How::Typed };
        let own = self.score_phrase(&concept.words, how);
        if concept.means.is_empty() {
            return own;
        }
        // Per service and goal: the best meaning's value and the sum of all of them.
        let mut best = (vec![0.0; own.services.len()], vec![0.0; own.goals.len()]);
        let mut sum = best.clone();
        for phrase in &concept.means {
            let scores = self.score_phrase(phrase, How::Meaning);
            for (i, value) in scores.services.into_iter().enumerate() {
                best.0[i] = f32::max(best.0[i], value);
                sum.0[i] += value;
            }
            for (i, value) in scores.goals.into_iter().enumerate() {
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
            goals: more(&best.1, &sum.1),
        };
        let combine = |own: f32, meant: f32| -> f32 {
            if concept.idiom {
                (own * IDIOM_WORDS_SHARE).max(meant) + own * IDIOM_WORDS_SHARE / 4.0
            } else if own > 0.0 {
                own + meant * MEANING_SHARE / 4.0
            } else {
                meant * MEANING_SHARE
            }
        };
        ConceptScores {
            services: own
                .services
                .iter()
                .zip(&meant.services)
                .map(|(&o, &m)| combine(o, m))
                .collect(),
            goals: own
                .goals
                .iter()
                .zip(&meant.goals)
                .map(|(&o, &m)| combine(o, m))
                .collect(),
        }
    }

    /// The mean value of the words of a phrase where every word of it is found, else 0.
    fn score_phrase(&self, words: &[String], how: How) -> ConceptScores {
        let mut phrase = ConceptScores {
            services: vec![0.0; self.index.service_count],
            goals: vec![0.0; self.index.goal_services.len()],
        };
        let share = 1.0 / words.len().max(1) as f32;
        for (i, word) in words.iter().enumerate() {
            let scores = self.score_word(word, how);
            let weight = scores.idf * share / RAW_MAX;
            let combine = |total: &mut f32, raw: u16| {
                if raw == 0 || (i > 0 && *total == 0.0) {
                    *total = 0.0;
                } else {
                    *total += f32::from(raw) * weight;
                }
            };
            for (total, &raw) in phrase.services.iter_mut().zip(&scores.services) {
                combine(total, raw);
            }
            for (total, &raw) in phrase.goals.iter_mut().zip(&scores.goals) {
                combine(total, raw);
            }
        }
        phrase
    }

    /// The catalogue words a word matches, with the quality of each match.
    pub fn matched_tokens(&self, word: &str, how: How) -> Vec<(u32, u16)> {
        let index = &self.index;
        let mut found: Vec<(u32, u16)> = Vec::new();
        if let Some(id) = index.token_id(word) {
            found.push((id, 100));
        }
        let mut keys = lemma::keys(word);
        if how != How::Typed {
            // A word the typist did not write (a thesaurus word, a part of a compound) is
            // joined to other forms only by a key that says enough.
            keys.retain(|k| k.len() > MIN_SURE_KEY);
        }
        found.extend(index.tokens_with_keys(&keys).into_iter().map(|t| (t, 85)));
        match how {
            How::Area => {}
            How::Meaning => {
                if word.chars().count() >= 5 {
                    found.extend(index.tokens_beginning(word).iter().map(|&t| (t, 70)));
                }
            }
            How::Typed => found.extend(self.scan(word)),
        }
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        found.dedup_by_key(|(t, _)| *t);
        found
    }

    /// Every catalogue word that matches a typed word by `match_word`. Scattered letters count
    /// only when nothing better was found; a word inside another only as a compound part.
    fn scan(&self, word: &str) -> Vec<(u32, u16)> {
        let index = &self.index;
        let term = Term::new(word);
        let mut found: Vec<(u32, u16, MatchKind)> = Vec::new();
        for (token_id, token) in index.tokens.iter().enumerate() {
            let Some(m) = match_word(self.fuzzy, token.term(), term) else {
                continue;
            };
            if m.kind == MatchKind::Inside && !self.is_compound_part(&token.text, word) {
                continue;
            }
            found.push((token_id as u32, m.quality, m.kind));
        }
        if found
            .iter()
            .any(|&(_, _, kind)| kind > MatchKind::Scattered)
        {
            found.retain(|&(_, _, kind)| kind > MatchKind::Scattered);
        }
        found.into_iter().map(|(t, q, _)| (t, q)).collect()
    }

    /// Whether `word` is a part of the compound `token` and not just letters inside it: what
    /// comes before it is a word of the catalogue ("mielen" of "mielenterveys").
    fn is_compound_part(&self, token: &str, word: &str) -> bool {
        token.match_indices(word).any(|(at, _)| {
            let head = &token[..at];
            head.len() >= 3
                && (self.index.token_id(head).is_some()
                    || head
                        .strip_suffix(['n', 's'])
                        .is_some_and(|h| self.index.token_id(h).is_some()))
        })
    }

    /// A typed compound the catalogue does not hold, split into two of its words
    /// ("mielenterveyskuntoutus" → mielenterveys + kuntoutus), scored where a service holds
    /// both: the lower of the two parts' scores, and less than the compound itself would count.
    fn compound_scores(&self, word: &str) -> Option<WordScores> {
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        let mut tried = 0;
        // Longest head first: "mielenterveys|kuntoutus" before "mielen|terveyskuntoutus".
        for split in (MIN_PART..chars.len().saturating_sub(MIN_PART - 1)).rev() {
            let (head, tail) = word.split_at(chars[split].0);
            if self.matched_tokens(head, How::Meaning).is_empty()
                || self.matched_tokens(tail, How::Meaning).is_empty()
            {
                continue;
            }
            let (head, tail) = (
                self.score_word(head, How::Meaning),
                self.score_word(tail, How::Meaning),
            );
            let both = |a: &[u16], b: &[u16]| -> Vec<u16> {
                a.iter()
                    .zip(b)
                    .map(|(&x, &y)| if x > 0 && y > 0 { x.min(y) * 3 / 5 } else { 0 })
                    .collect()
            };
            let services = both(&head.services, &tail.services);
            let found = services.iter().filter(|&&v| v > 0).count();
            if found > 0 {
                return Some(WordScores {
                    goals: both(&head.goals, &tail.goals),
                    services,
                    idf: idf(self.index.service_count, found),
                });
            }
            tried += 1;
            if tried == MAX_SPLITS {
                break;
            }
        }
        None
    }

    fn score_word(&self, word: &str, how: How) -> WordScores {
        let matched = self.matched_tokens(word, how);
        if how == How::Typed
            && matched.iter().all(|&(_, q)| q <= TYPO_QUALITY)
            && let Some(parts) = self.compound_scores(word)
        {
            return parts;
        }
        let index = &self.index;
        let mut services = vec![0u16; index.service_count];
        let mut goals = vec![0u16; index.goal_services.len()];
        // Goal hits through the goal's name or keywords spread to its services.
        let mut spreading = vec![0u16; index.goal_services.len()];
        for (token_id, quality) in matched {
            for posting in &index.service_postings[token_id as usize] {
                let score = u16::from(posting.weight) * quality;
                let slot = &mut services[posting.item as usize];
                *slot = (*slot).max(score);
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
        let mut via_goal = vec![0u16; index.service_count];
        for (goal, &score) in spreading.iter().enumerate() {
            if score == 0 {
                continue;
            }
            for &s in &index.goal_services[goal] {
                let slot = &mut via_goal[s as usize];
                *slot = (*slot).max(score);
            }
        }
        // The better of the two ways counts; a service that matches both through its own text
        // and through its goal is a surer answer than one that matches one way only.
        let mut found = 0usize;
        for (own, via) in services.iter_mut().zip(via_goal) {
            *own = (*own).max(via) + (*own).min(via) / 4;
            found += usize::from(*own > 0);
        }
        WordScores {
            services,
            goals,
            idf: idf(index.service_count, found),
        }
    }
}

/// A match of kind `Typo` or weaker has at most this quality.
pub(super) const TYPO_QUALITY: u16 = 50;
/// The shortest part a typed compound is split into.
pub(super) const MIN_PART: usize = 4;
/// Keys (with their one-letter tag) at least this long join forms of words not typed.
const MIN_SURE_KEY: usize = 4;
/// At most this many ways to split a compound are scored.
pub(super) const MAX_SPLITS: usize = 4;

/// How rare a word is among `n` services when `found` hold it (BM25's inverse document
/// frequency, always above zero).
fn idf(n: usize, found: usize) -> f32 {
    let (n, found) = (n as f32, found as f32);
    (1.0 + (n - found + 0.5) / (found + 0.5)).ln()
}
