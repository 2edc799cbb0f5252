//! Running queries against the index. Words are grouped into concepts (see `concepts`), each
//! scored per service and goal (see `scoring`); a service's score is the sum of its concepts'
//! values times the share of the concepts it covers. Work for concepts that did not change
//! since the last keystroke is reused.

use std::collections::HashMap;

use super::adjacent;
use super::concepts::{AreaName, Concept, concepts, prepare_context, weights};
use super::copies::Copies;
use super::coverage::{Factors, Total, coverage, covering};
use super::explain::{self, Explanation, Prepared};
use super::fold::{Dots, fold};
use super::groups::{self, ServiceGroups};
use super::index::SearchIndex;
use super::matcher::{FuzzyMatcher, SkimFuzzy};
use super::query::{Filters, Query, QueryWords};
use super::scoring::{ConceptScores, How, MatchedWords, Memo, Scorer};
use super::suggest;
use super::thesaurus::{Thesaurus, builtin_entries};
use super::ties;
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

/// Searches one catalogue. Holds the index and what the last keystroke computed.
pub struct Searcher {
    index: SearchIndex,
    fuzzy: Box<dyn FuzzyMatcher>,
    thesaurus: Thesaurus,
    areas: Vec<AreaName>,
    /// The groups of people each service's name says it is for.
    groups: ServiceGroups,
    /// Which services are listed more than once.
    copies: Copies,
    /// Concept → its scores, for the concepts of the last query.
    recent: HashMap<Concept, ConceptScores>,
    /// The scores of the words of the last queries.
    memo: Memo,
    /// The catalogue words that words were found to match.
    matched: MatchedWords,
    /// Per service: the summed values and the number of the query's concepts it covers, all
    /// 0 between searches.
    totals: Vec<Total>,
    /// Language → each service's place in name order, for breaking ties by name: comparing
    /// two numbers rather than two names keeps ranking a large catalogue quick.
    name_ranks: HashMap<String, Vec<u32>>,
    /// The services the last filters admitted and counted: filters seldom change while the
    /// professional types, and checking every service on every keystroke is wasted work.
    filtered: Option<Filtered>,
    /// What the concepts of the last query match, for saying why a service was found.
    explained: Prepared,
    /// The words of the last query and its concepts: the screen asks why each row it shows
    /// was found, with the query just searched.
    last_concepts: Option<(QueryWords, Vec<Concept>)>,
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
        let thesaurus = Self::thesaurus_of(catalog);
        Self::from_parts(catalog, SearchIndex::build(catalog), thesaurus, fuzzy)
    }

    /// A searcher with exactly these thesaurus entries (the built-in ones are not added).
    pub fn with_thesaurus(
        catalog: &Catalog,
        fuzzy: Box<dyn FuzzyMatcher>,
        entries: &[ThesaurusEntry],
    ) -> Self {
        Self::from_parts(
            catalog,
            SearchIndex::build(catalog),
            Thesaurus::new(entries),
            fuzzy,
        )
    }

    /// A searcher over an index and a thesaurus made before (read back from the cache folder).
    pub fn read_back(catalog: &Catalog, index: SearchIndex, thesaurus: Thesaurus) -> Self {
        Self::from_parts(catalog, index, thesaurus, Box::new(SkimFuzzy::default()))
    }

    /// The built-in thesaurus and the catalogue's own.
    fn thesaurus_of(catalog: &Catalog) -> Thesaurus {
        let mut entries = builtin_entries();
        entries.extend(catalog.thesaurus.iter().cloned());
        Thesaurus::new(&entries)
    }

    fn from_parts(
        catalog: &Catalog,
        index: SearchIndex,
        thesaurus: Thesaurus,
        fuzzy: Box<dyn FuzzyMatcher>,
    ) -> Self {
        prepare_context();
        Self {
            index,
            fuzzy,
            thesaurus,
            areas: catalog.areas().iter().map(|a| AreaName::new(a)).collect(),
            groups: ServiceGroups::new(catalog),
            copies: Copies::new(catalog),
            recent: HashMap::new(),
            memo: Memo::default(),
            matched: MatchedWords::default(),
            totals: Vec::new(),
            name_ranks: HashMap::new(),
            filtered: None,
            explained: Prepared::default(),
            last_concepts: None,
        }
    }

    /// The thesaurus searched with, for storing it in the cache folder.
    pub fn thesaurus(&self) -> &Thesaurus {
        &self.thesaurus
    }

    /// The index searched, for storing it in the cache folder.
    pub fn index(&self) -> &SearchIndex {
        &self.index
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
            let wanted = self.concepts(query);
            self.refresh_concepts(&wanted);
            self.explained.retain(&wanted);
            let results = self.ranked(catalog, query, &wanted, &filtered, limit);
            self.last_concepts = Some((query.words.clone(), wanted));
            results
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
            .scorer()
            .matched_tokens(
                typed,
                How::Typed(
                    super::word_langs::KNOWN,
                    super::harmony::Heard::Unknown,
                    Dots::default(),
                ),
            )
            .into_iter()
            .map(|(t, q)| (self.index.tokens[t as usize].text.to_string(), q))
            .collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        found
    }

    /// Why service number `service` (an index into `Catalog::services`) was found by `query`:
    /// which typed words matched which of its words, where (see [`explain`]).
    pub fn explain(&self, catalog: &Catalog, query: &Query, service: usize) -> Explanation {
        let wanted = match &self.last_concepts {
            Some((words, wanted)) if *words == query.words => std::borrow::Cow::Borrowed(wanted),
            _ => std::borrow::Cow::Owned(self.concepts(query)),
        };
        let scorer = self.scorer();
        explain::explain(
            &scorer,
            &self.explained,
            &self.thesaurus,
            catalog,
            &wanted,
            &query.language,
            service,
        )
    }

    /// What the query asks for (see [`concepts`]).
    fn concepts(&self, query: &Query) -> Vec<Concept> {
        let catalogue_langs = |w: &str| {
            self.index
                .token_id(w)
                .map(|id| self.index.tokens[id as usize].langs)
        };
        let begins_a_word = |w: &str| !self.index.tokens_beginning(w).is_empty();
        concepts(
            &query.words,
            &self.thesaurus,
            &self.areas,
            &catalogue_langs,
            &begins_a_word,
        )
    }

    fn scorer(&self) -> Scorer<'_> {
        Scorer {
            index: &self.index,
            fuzzy: self.fuzzy.as_ref(),
            matched: &self.matched,
        }
    }

    /// Makes sure every concept of the query has its scores, dropping those of concepts no
    /// longer typed. An unchanged concept (all but the last word, while typing) costs nothing.
    fn refresh_concepts(&mut self, wanted: &[Concept]) {
        self.recent.retain(|c, _| wanted.contains(c));
        for concept in wanted {
            if !self.recent.contains_key(concept) {
                let scorer = Scorer {
                    index: &self.index,
                    fuzzy: self.fuzzy.as_ref(),
                    matched: &self.matched,
                };
                let scores = scorer.score_concept(concept, &mut self.memo);
                self.recent.insert(concept.clone(), scores);
            }
        }
        self.memo.keep_used();
    }

    fn ranked(
        &mut self,
        catalog: &Catalog,
        query: &Query,
        wanted: &[Concept],
        filtered: &Filtered,
        limit: Option<usize>,
    ) -> SearchResults {
        let admitted = &filtered.admitted;
        let per_concept: Vec<&ConceptScores> =
            wanted.iter().filter_map(|c| self.recent.get(c)).collect();
        let weights = weights(wanted, &query.words);
        let asked = groups::asked(wanted);

        let mut hits = covering(&mut self.totals, &per_concept, &weights, admitted);
        for hit in &mut hits {
            if self.groups.for_others(hit.index, asked) {
                hit.score = (hit.score as f32 * FOR_OTHERS_SHARE) as u32;
            }
        }
        let ranks = &self.name_ranks[&query.language];
        self.copies.demote(&mut hits, ranks);
        let scorer = self.scorer();
        let pairs = adjacent::pairs(&scorer, &query.words, wanted);
        adjacent::lift(&scorer, &pairs, &mut hits, |hit| {
            order_key(hit.score, 0, ranks[hit.index])
        });
        let total = hits.len();
        // Only the hits that may be among the rows asked for, or among those whose ties are
        // told apart, are ordered.
        let hits = contenders(hits, limit.map(|l| l.max(ties::TIE_WINDOW)));
        // Equal scores: a hit in the name before one in the description, then by name.
        let places = ties::tie_order(&scorer, &self.explained, wanted, &hits);
        let hits = best_first(hits, limit, |at, hit| {
            order_key(hit.score, places[at], ranks[hit.index])
        });

        let goals = self.ranked_goals(catalog, query, &per_concept, &weights, filtered);
        let unmatched: Vec<String> = wanted
            .iter()
            .zip(&per_concept)
            .filter(|(_, c)| c.iter().next().is_none() && c.goals.iter().all(|&v| v == 0.0))
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
        weights: &[f32],
        filtered: &Filtered,
    ) -> Vec<GoalHit> {
        let mut factors = Factors::default();
        let scored: Vec<(usize, u16, u32)> = (0..catalog.goals.len())
            .filter_map(|g| {
                let values = per_concept.iter().map(|c| c.goals[g]);
                let (covered, score) = coverage(values.zip(weights.iter().copied()), &mut factors)?;
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

/// The hits that score at least as well as the `first`-th best (all of them when `first` is
/// `None` or not fewer than the hits): no other can be among the first `first` rows, which go
/// by score first. Ties at that score are all kept, so the order among them is told as before.
fn contenders(mut hits: Vec<ServiceHit>, first: Option<usize>) -> Vec<ServiceHit> {
    let Some(first) = first.filter(|&n| n > 0 && n < hits.len()) else {
        return hits;
    };
    let mut scores: Vec<u32> = hits.iter().map(|h| h.score).collect();
    let (_, &mut lowest, _) = scores.select_nth_unstable_by(first - 1, |a, b| b.cmp(a));
    hits.retain(|h| h.score >= lowest);
    hits
}

/// `hits` best first by `key` (of a hit's place in `hits` and the hit; distinct per hit), at most `limit` of them: the key of each hit
/// is worked out once, and only the rows asked for are sorted.
fn best_first(
    hits: Vec<ServiceHit>,
    limit: Option<usize>,
    key: impl Fn(usize, &ServiceHit) -> u64,
) -> Vec<ServiceHit> {
    let mut keyed: Vec<(u64, u32)> = hits
        .iter()
        .enumerate()
        .map(|(at, hit)| (key(at, hit), at as u32))
        .collect();
    if let Some(limit) = limit.filter(|&l| l < keyed.len()) {
        if limit == 0 {
            keyed.clear();
        } else {
            keyed.select_nth_unstable(limit - 1);
            keyed.truncate(limit);
        }
    }
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, at)| hits[at as usize]).collect()
}

/// A number that orders services best first: the higher score, then the lower place of the
/// hit (0 or 1, see `ties`), then the lower rank by name (below 2^31: far more services than
/// an index holds, see `MAX_ITEMS`). Ranks are distinct, so the order is total and the same
/// on every run.
fn order_key(score: u32, place: u8, rank: u32) -> u64 {
    (u64::from(u32::MAX - score) << 32) | (u64::from(place.min(1)) << 31) | u64::from(rank)
}

/// What a service for a group the query does not name (older people, employers) counts of
/// its score: a service for everyone with the need comes first.
const FOR_OTHERS_SHARE: f32 = 0.8;

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
