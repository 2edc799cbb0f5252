//! Running queries against the index. Each typed word is matched against the catalogue's
//! distinct words once (as itself, its inflected forms, its beginning, a compound part, a typo
//! or scattered letters); the hits spread through the postings to services and goals, weighted
//! by the field they are in and by how rare the word is (inverse document frequency, as BM25
//! does). Words are grouped into concepts (see `concepts`); a service is ranked first by how
//! many concepts it covers, then by its score. Work for concepts that did not change since the
//! last keystroke is reused.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::concepts::{AreaName, Concept, concepts};
use super::fold::fold;
use super::index::{Field, SearchIndex};
use super::lemma;
use super::matcher::{FuzzyMatcher, MatchKind, SkimFuzzy, Term, match_word};
use super::query::{Filters, Query};
use super::suggest;
use super::thesaurus::{Thesaurus, builtin_entries};
use crate::catalog::{Catalog, ThesaurusEntry};

/// A service in the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServiceHit {
    /// Index into `Catalog::services`.
    pub index: usize,
    pub score: u32,
    /// How many of the query's concepts the service covers.
    pub covered: u16,
    /// For an empty query, which goal's group the service is listed under.
    pub group: Option<usize>,
}

/// A goal that matches the query, with how many (filtered) services serve it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoalHit {
    /// Index into `Catalog::goals`.
    pub index: usize,
    pub score: u32,
    pub services: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// Best first, at most the limit asked for.
    pub services: Vec<ServiceHit>,
    /// How many services matched in all, before the limit.
    pub total: usize,
    pub goals: Vec<GoalHit>,
    /// Typed words (or phrases) that matched nothing in the catalogue, not even through the
    /// thesaurus.
    pub unmatched: Vec<String>,
    /// When no service matched: the catalogue words nearest to the unmatched words.
    pub nearest_words: Vec<String>,
    /// When no service matched: the goals (indexes into `Catalog::goals`) whose words are
    /// nearest.
    pub nearest_goals: Vec<usize>,
}

/// A hit in a service's own text counts this much more than the same hit in the name or
/// keywords of one of its goals: one goal word should not lift all the goal's services above
/// those that say it themselves.
const GOAL_SHARE: f32 = 0.5;
/// A service found through what the thesaurus says a word means counts this much of one that
/// holds the word itself.
const MEANING_SHARE: f32 = 0.6;
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
struct ConceptScores {
    services: Vec<f32>,
    goals: Vec<f32>,
}

/// How a word is matched: as typed (anything from exact to scattered letters), as an area's
/// name (the place in its forms only), or as a word the thesaurus gives (its forms and the
/// compounds it begins).
#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    Typed,
    Area,
    Meaning,
}

/// Searches one catalogue. Holds the index and what the last keystroke computed.
pub struct Searcher {
    index: SearchIndex,
    fuzzy: Box<dyn FuzzyMatcher>,
    thesaurus: Thesaurus,
    areas: Vec<AreaName>,
    /// Concept → its scores, for the concepts of the last query.
    recent: HashMap<Concept, ConceptScores>,
    /// Language → each service's place in name order, for breaking ties by name: comparing
    /// two numbers rather than two names keeps ranking a large catalogue quick.
    name_ranks: HashMap<String, Vec<u32>>,
    /// The services the last filters admitted and counted: filters seldom change while the
    /// professional types, and checking every service on every keystroke is wasted work.
    filtered: Option<Filtered>,
}

struct Filtered {
    filters: Filters,
    /// Per service: whether the filters let it through.
    admitted: Vec<bool>,
    /// Per goal: how many of its services the filters other than the open goal let through.
    goal_counts: Vec<usize>,
}

impl Searcher {
    pub fn new(catalog: &Catalog) -> Self {
        Self::with_matcher(catalog, Box::new(SkimFuzzy::default()))
    }

    pub fn with_matcher(catalog: &Catalog, fuzzy: Box<dyn FuzzyMatcher>) -> Self {
        let mut entries = builtin_entries();
        entries.extend(catalog.thesaurus.iter().cloned());
        Self::with_thesaurus(catalog, fuzzy, &entries)
    }

    /// A searcher with exactly these thesaurus entries (the built-in ones are not added).
    pub fn with_thesaurus(
        catalog: &Catalog,
        fuzzy: Box<dyn FuzzyMatcher>,
        entries: &[ThesaurusEntry],
    ) -> Self {
        Self {
            index: SearchIndex::build(catalog),
            fuzzy,
            thesaurus: Thesaurus::new(entries),
            areas: catalog.areas().iter().map(|a| AreaName::new(a)).collect(),
            recent: HashMap::new(),
            name_ranks: HashMap::new(),
            filtered: None,
        }
    }

    /// The services (indexes into `Catalog::services`) that serve goal number `goal`.
    pub fn services_of_goal(&self, goal: usize) -> &[u32] {
        self.index
            .goal_services
            .get(goal)
            .map_or(&[], Vec::as_slice)
    }

    pub fn matcher(&self) -> &dyn FuzzyMatcher {
        self.fuzzy.as_ref()
    }

    /// Runs `query`, returning at most `limit` services (all when `None`).
    pub fn search(
        &mut self,
        catalog: &Catalog,
        query: &Query,
        limit: Option<usize>,
    ) -> SearchResults {
        if !self.name_ranks.contains_key(&query.language) {
            let ranks = name_ranks(catalog, &query.language);
            self.name_ranks.insert(query.language.clone(), ranks);
        }
        let filtered = match self.filtered.take() {
            Some(last) if last.filters == query.filters => last,
            _ => self.filter(catalog, &query.filters),
        };
        let results = if query.words.is_empty() {
            self.list_all(&filtered, &query.language, limit)
        } else {
            let wanted = concepts(&query.words.0, &self.thesaurus, &self.areas);
            self.refresh_concepts(&wanted);
            self.ranked(catalog, query, &wanted, &filtered, limit)
        };
        self.filtered = Some(filtered);
        results
    }

    /// Which services `filters` admit, and how many each goal has.
    fn filter(&self, catalog: &Catalog, filters: &Filters) -> Filtered {
        let services = &catalog.services[..self.index.service_count];
        let admitted: Vec<bool> = if filters.is_empty() {
            vec![true; services.len()]
        } else {
            services
                .iter()
                .map(|s| filters.admits(catalog, s))
                .collect()
        };
        // A goal's count says how many services it has with the other filters, also while a
        // goal is open (otherwise every other goal would count none).
        let others: Vec<bool>;
        let counted = match &filters.goal {
            None => &admitted,
            Some(_) => {
                let without_goal = Filters {
                    goal: None,
                    ..filters.clone()
                };
                others = services
                    .iter()
                    .map(|s| without_goal.admits(catalog, s))
                    .collect();
                &others
            }
        };
        let goal_counts = self
            .index
            .goal_services
            .iter()
            .map(|members| members.iter().filter(|&&s| counted[s as usize]).count())
            .collect();
        Filtered {
            filters: filters.clone(),
            admitted,
            goal_counts,
        }
    }

    /// Everything the filters admit, goal by goal in catalogue order, by name within a goal.
    fn list_all(&self, filtered: &Filtered, language: &str, limit: Option<usize>) -> SearchResults {
        let admitted = &filtered.admitted;
        let ranks = &self.name_ranks[language];
        let mut hits: Vec<ServiceHit> = Vec::new();
        let mut listed = vec![false; admitted.len()];
        for (goal, services) in self.index.goal_services.iter().enumerate() {
            let mut group: Vec<usize> = services
                .iter()
                .map(|&s| s as usize)
                .filter(|&s| admitted[s] && !listed[s])
                .collect();
            group.sort_unstable_by_key(|&s| ranks[s]);
            for s in group {
                listed[s] = true;
                hits.push(ServiceHit {
                    index: s,
                    score: 0,
                    covered: 0,
                    group: Some(goal),
                });
            }
        }
        let goals = filtered
            .goal_counts
            .iter()
            .enumerate()
            .map(|(g, &services)| GoalHit {
                index: g,
                score: 0,
                services,
            })
            .collect();
        let total = hits.len();
        hits.truncate(limit.unwrap_or(usize::MAX));
        SearchResults {
            services: hits,
            total,
            goals,
            ..SearchResults::default()
        }
    }

    /// The catalogue words a typed word matches, best first, with the quality of each match
    /// (100 for the word itself), and, for each thesaurus meaning of the query's concepts,
    /// what the meaning matches: what the screen shows as why a service was found.
    pub fn matched_words(&self, typed: &str) -> Vec<(String, u16)> {
        let mut found: Vec<(String, u16)> = self
            .matched_tokens(typed, How::Typed)
            .into_iter()
            .map(|(t, q)| (self.index.tokens[t as usize].text.to_string(), q))
            .collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        found
    }

    /// Makes sure every concept of the query has its scores, dropping those of concepts no
    /// longer typed. An unchanged concept (all but the last word, while typing) costs nothing.
    fn refresh_concepts(&mut self, wanted: &[Concept]) {
        self.recent.retain(|c, _| wanted.contains(c));
        for concept in wanted {
            if !self.recent.contains_key(concept) {
                let scores = self.score_concept(concept);
                self.recent.insert(concept.clone(), scores);
            }
        }
    }

    /// A concept's value from the typed words' own hits (all of them in one service) and the
    /// best of the thesaurus's meanings. A service that says the client's word itself comes
    /// before one found through what the word means; for an everyday phrase it is the other
    /// way round, since its words alone ("ei", "kotia") say little.
    fn score_concept(&self, concept: &Concept) -> ConceptScores {
        let how = if concept.area { How::Area } else { How::Typed };
        let own = self.score_phrase(&concept.words, how);
        if concept.means.is_empty() {
            return own;
        }
        let mut meant = ConceptScores {
            services: vec![0.0; own.services.len()],
            goals: vec![0.0; own.goals.len()],
        };
        for phrase in &concept.means {
            let scores = self.score_phrase(phrase, How::Meaning);
            for (best, value) in meant.services.iter_mut().zip(scores.services) {
                *best = best.max(value);
            }
            for (best, value) in meant.goals.iter_mut().zip(scores.goals) {
                *best = best.max(value);
            }
        }
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
    fn matched_tokens(&self, word: &str, how: How) -> Vec<(u32, u16)> {
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
            let Some(m) = match_word(self.fuzzy.as_ref(), token.term(), term) else {
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

    fn ranked(
        &self,
        catalog: &Catalog,
        query: &Query,
        wanted: &[Concept],
        filtered: &Filtered,
        limit: Option<usize>,
    ) -> SearchResults {
        let admitted = &filtered.admitted;
        let per_concept: Vec<&ConceptScores> =
            wanted.iter().filter_map(|c| self.recent.get(c)).collect();

        let mut hits: Vec<ServiceHit> = Vec::new();
        for (s, _) in admitted.iter().enumerate().filter(|(_, ok)| **ok) {
            if let Some((covered, score)) = coverage(per_concept.iter().map(|c| c.services[s])) {
                hits.push(ServiceHit {
                    index: s,
                    score,
                    covered,
                    group: None,
                });
            }
        }
        let ranks = &self.name_ranks[&query.language];
        // Ranks are distinct, so the order is total and the same on every run.
        let order = |a: &ServiceHit, b: &ServiceHit| -> Ordering {
            b.score
                .cmp(&a.score)
                .then_with(|| ranks[a.index].cmp(&ranks[b.index]))
        };
        let total = hits.len();
        if let Some(limit) = limit.filter(|&l| l < hits.len()) {
            if limit == 0 {
                hits.clear();
            } else {
                hits.select_nth_unstable_by(limit - 1, order);
                hits.truncate(limit);
            }
        }
        hits.sort_unstable_by(order);

        let goals = self.ranked_goals(catalog, query, &per_concept, filtered);
        let unmatched: Vec<String> = wanted
            .iter()
            .zip(&per_concept)
            .filter(|(_, c)| {
                c.services.iter().all(|&v| v == 0.0) && c.goals.iter().all(|&v| v == 0.0)
            })
            .map(|(concept, _)| concept.words.join(" "))
            .collect();
        let (nearest_words, nearest_goals) = if total == 0 && !unmatched.is_empty() {
            suggest::nearest(&self.index, catalog, &unmatched)
        } else {
            (Vec::new(), Vec::new())
        };
        SearchResults {
            services: hits,
            total,
            goals,
            unmatched,
            nearest_words,
            nearest_goals,
        }
    }

    /// Goals that cover the most concepts any goal covers, best first, then by name.
    fn ranked_goals(
        &self,
        catalog: &Catalog,
        query: &Query,
        per_concept: &[&ConceptScores],
        filtered: &Filtered,
    ) -> Vec<GoalHit> {
        let scored: Vec<(usize, u16, u32)> = (0..catalog.goals.len())
            .filter_map(|g| {
                let (covered, score) = coverage(per_concept.iter().map(|c| c.goals[g]))?;
                Some((g, covered, score))
            })
            .collect();
        let best = scored.iter().map(|&(_, c, _)| c).max().unwrap_or(0);
        let goal_names: Vec<String> = catalog
            .goals
            .iter()
            .map(|g| fold(g.name.get(&query.language)))
            .collect();
        let mut goals: Vec<GoalHit> = scored
            .into_iter()
            .filter(|&(_, covered, _)| covered == best)
            .map(|(index, _, score)| GoalHit {
                index,
                score,
                services: filtered.goal_counts[index],
            })
            .collect();
        goals.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| goal_names[a.index].cmp(&goal_names[b.index]))
        });
        goals
    }
}

/// A match of kind `Typo` or weaker has at most this quality.
const TYPO_QUALITY: u16 = 50;
/// The shortest part a typed compound is split into.
const MIN_PART: usize = 4;
/// Keys (with their one-letter tag) at least this long join forms of words not typed.
const MIN_SURE_KEY: usize = 4;
/// At most this many ways to split a compound are scored.
const MAX_SPLITS: usize = 4;

/// How rare a word is among `n` services when `found` hold it (BM25's inverse document
/// frequency, always above zero).
fn idf(n: usize, found: usize) -> f32 {
    let (n, found) = (n as f32, found as f32);
    (1.0 + (n - found + 0.5) / (found + 0.5)).ln()
}

/// Each service's place when the services are sorted by their folded names in `language`
/// (then by catalogue order): distinct numbers, one per service.
fn name_ranks(catalog: &Catalog, language: &str) -> Vec<u32> {
    let names: Vec<String> = catalog
        .services
        .iter()
        .map(|s| fold(s.name.get(language)))
        .collect();
    let mut order: Vec<u32> = (0..names.len() as u32).collect();
    order.sort_by(|&a, &b| names[a as usize].cmp(&names[b as usize]).then(a.cmp(&b)));
    let mut ranks = vec![0u32; names.len()];
    for (rank, &service) in order.iter().enumerate() {
        ranks[service as usize] = rank as u32;
    }
    ranks
}

/// How many concepts an item covers and its score, when it covers any: the summed values,
/// times the share of the concepts covered, so that a service that covers the whole query
/// comes before one that covers part of it unless that part is much the stronger.
fn coverage(values: impl Iterator<Item = f32>) -> Option<(u16, u32)> {
    let (mut covered, mut total, mut concepts) = (0u16, 0f32, 0u16);
    for value in values {
        concepts += 1;
        if value > 0.0 {
            covered += 1;
            total += value;
        }
    }
    let share = f32::from(covered) / f32::from(concepts.max(1));
    (covered > 0).then(|| (covered, (total * share * 1000.0).round() as u32))
}
