//! Running queries against the index. A query word is matched against the catalogue's distinct
//! words once; the hits then spread through the postings to services and goals. Work for words
//! that did not change since the last keystroke is reused.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::fold::fold;
use super::index::{Field, SearchIndex};
use super::matcher::{FuzzyMatcher, SkimFuzzy, Term, match_word};
use super::query::{Filters, Query};
use crate::catalog::Catalog;

/// A service in the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServiceHit {
    /// Index into `Catalog::services`.
    pub index: usize,
    pub score: u32,
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
}

/// Scores of one query word: per service and per goal, 0 where the word does not match.
struct WordScores {
    services: Vec<u16>,
    goals: Vec<u16>,
}

/// Searches one catalogue. Holds the index and what the last keystroke computed.
pub struct Searcher {
    index: SearchIndex,
    fuzzy: Box<dyn FuzzyMatcher>,
    /// Word → its scores, for the words of the last query.
    recent: HashMap<String, WordScores>,
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
        Self {
            index: SearchIndex::build(catalog),
            fuzzy,
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
            self.refresh_word_scores(&query.words.0);
            self.ranked(catalog, query, &filtered, limit)
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
        }
    }

    /// Makes sure every word of the query has its scores, dropping those of words no longer
    /// typed. An unchanged word (all but the last, while typing) costs nothing.
    fn refresh_word_scores(&mut self, words: &[String]) {
        self.recent.retain(|w, _| words.contains(w));
        for word in words {
            if !self.recent.contains_key(word) {
                let scores = self.score_word(word);
                self.recent.insert(word.clone(), scores);
            }
        }
    }

    fn score_word(&self, word: &str) -> WordScores {
        let index = &self.index;
        let mut services = vec![0u16; index.service_count];
        let mut goals = vec![0u16; index.goal_services.len()];
        // Goal hits through the goal's name or keywords spread to its services.
        let mut spreading = vec![0u16; index.goal_services.len()];
        let word = Term::new(word);
        for (token_id, token) in index.tokens.iter().enumerate() {
            let Some(m) = match_word(self.fuzzy.as_ref(), token.term(), word) else {
                continue;
            };
            for posting in &index.service_postings[token_id] {
                let score = u16::from(posting.weight) * m.quality;
                let slot = &mut services[posting.item as usize];
                *slot = (*slot).max(score);
            }
            for posting in &index.goal_postings[token_id] {
                let score = u16::from(posting.weight) * m.quality;
                let slot = &mut goals[posting.item as usize];
                *slot = (*slot).max(score);
                if posting.weight >= Field::Keyword.weight() {
                    let spread = &mut spreading[posting.item as usize];
                    *spread = (*spread).max(score);
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
        for (own, via) in services.iter_mut().zip(via_goal) {
            *own = (*own).max(via) + (*own).min(via) / 4;
        }
        WordScores { services, goals }
    }

    fn ranked(
        &self,
        catalog: &Catalog,
        query: &Query,
        filtered: &Filtered,
        limit: Option<usize>,
    ) -> SearchResults {
        let admitted = &filtered.admitted;
        let per_word: Vec<&WordScores> = query
            .words
            .0
            .iter()
            .filter_map(|w| self.recent.get(w))
            .collect();

        let mut hits: Vec<ServiceHit> = Vec::new();
        for (s, _) in admitted.iter().enumerate().filter(|(_, ok)| **ok) {
            if let Some(score) = all_words_score(per_word.iter().map(|w| w.services[s])) {
                hits.push(ServiceHit {
                    index: s,
                    score,
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

        let mut goals: Vec<GoalHit> = (0..catalog.goals.len())
            .filter_map(|g| {
                let score = all_words_score(per_word.iter().map(|w| w.goals[g]))?;
                Some(GoalHit {
                    index: g,
                    score,
                    services: filtered.goal_counts[g],
                })
            })
            .collect();
        let goal_names: Vec<String> = catalog
            .goals
            .iter()
            .map(|g| fold(g.name.get(&query.language)))
            .collect();
        goals.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| goal_names[a.index].cmp(&goal_names[b.index]))
        });
        SearchResults {
            services: hits,
            total,
            goals,
        }
    }
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

/// The summed score when every word matched, else `None`.
fn all_words_score(scores: impl Iterator<Item = u16>) -> Option<u32> {
    let mut total = 0u32;
    for score in scores {
        if score == 0 {
            return None;
        }
        total += u32::from(score);
    }
    Some(total)
}
