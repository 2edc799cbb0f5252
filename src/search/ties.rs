//! Breaking ties between services of equal score near the top of the list by where the query
//! was found in them: a hit in the name first, then in the keywords, then in the summary, then
//! anywhere else (the description, the provider, a goal). Only the first rows are looked at,
//! since they are what a professional reads in a meeting, and only the short texts: reading the
//! whole text of every tied service of a large catalogue on each keystroke would cost more than
//! the ranking itself.

use std::collections::HashMap;

use super::concepts::Concept;
use super::explain::Prepared;
use super::fold::{fold_into, words};
use super::scoring::Scorer;
use super::searcher::ServiceHit;
use crate::catalog::{Catalog, Service};

/// Ties are broken among the services whose score is at least that of the service at this
/// place in the ranking: the same services however many results are asked for, so that asking
/// for more never reorders the first ones.
const TIE_WINDOW: usize = 20;

/// Where the query was found in each tied service near the top: 0 for its name, 1 for its
/// keywords or target groups, 2 for its summary, 3 for anywhere else.
#[derive(Default)]
pub struct TieOrder(HashMap<usize, u8>);

impl TieOrder {
    /// Lower first; services that tie with none are all 0.
    pub fn of(&self, service: usize) -> u8 {
        self.0.get(&service).copied().unwrap_or(0)
    }
}

/// Where the query was found in the services whose scores tie near the top of `hits`. Nothing
/// is read when no such ties exist.
pub fn tie_order(
    scorer: &Scorer,
    prepared: &Prepared,
    catalog: &Catalog,
    wanted: &[Concept],
    hits: &[ServiceHit],
) -> TieOrder {
    let mut scores: Vec<u32> = hits.iter().map(|h| h.score).collect();
    let cut = if scores.len() > TIE_WINDOW {
        let (_, nth, _) = scores.select_nth_unstable_by(TIE_WINDOW - 1, |a, b| b.cmp(a));
        *nth
    } else {
        0
    };
    let mut contested: Vec<u32> = scores.into_iter().filter(|&s| s >= cut).collect();
    contested.sort_unstable();
    let tied_scores: Vec<u32> = contested
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    if tied_scores.is_empty() {
        return TieOrder::default();
    }
    let worked: Vec<_> = wanted.iter().map(|c| prepared.get(c)).collect();
    let tokens: Vec<&[u32]> = worked.iter().map(|w| w.sure_tokens(scorer)).collect();
    let matched = |word: &str| {
        scorer
            .index
            .token_id(word)
            .is_some_and(|t| tokens.iter().any(|list| list.binary_search(&t).is_ok()))
    };
    let mut order = HashMap::new();
    let mut folded = String::new();
    for hit in hits {
        if tied_scores.binary_search(&hit.score).is_ok()
            && let Some(service) = catalog.services.get(hit.index)
        {
            order.insert(hit.index, place(service, &matched, &mut folded));
        }
    }
    TieOrder(order)
}

/// 0 when a word of the service's name is `matched`, 1 of its keywords or target groups, 2 of
/// its summary, else 3. Only these short texts are read.
fn place(service: &Service, matched: &dyn Fn(&str) -> bool, folded: &mut String) -> u8 {
    let name = service.name.variants().map(|(_, t)| t);
    let keywords = service.keywords.iter().chain(&service.target_groups);
    let summary = service.summary.variants().map(|(_, t)| t);
    if holds(name, matched, folded) {
        0
    } else if holds(keywords.map(|k| &**k), matched, folded) {
        1
    } else if holds(summary, matched, folded) {
        2
    } else {
        3
    }
}

/// Whether a word of one of `texts` is `matched`.
fn holds<'a>(
    texts: impl Iterator<Item = &'a str>,
    matched: &dyn Fn(&str) -> bool,
    folded: &mut String,
) -> bool {
    for text in texts {
        folded.clear();
        fold_into(text, folded);
        if words(folded).any(|(_, w)| matched(w)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::catalog::{Catalog, SourceFile, load};
    use crate::search::{Filters, Query, Searcher};

    fn catalog(ron: &str) -> Catalog {
        let report = load(vec![SourceFile::in_memory(
            "c.ron",
            ron.as_bytes().to_vec(),
        )]);
        assert!(report.is_clean(), "{:?}", report.problems);
        report.catalog
    }

    #[test]
    fn equal_scores_put_a_services_own_text_before_its_goals() {
        // "a" is found through its goal's name, "b" through its own summary: the two weigh the
        // same, and "b" comes first though "a" comes first by name.
        let catalog = catalog(crate::search::explain::tests::GOALS_AND_TEXT);
        let mut searcher = Searcher::new(&catalog);
        let query = Query::new("vertaistuki", Filters::default(), "fi");
        for limit in [None, Some(1)] {
            let results = searcher.search(&catalog, &query, limit);
            assert_eq!(results.services[0].index, 1, "{results:?}");
            if limit.is_none() {
                assert_eq!(results.services[0].score, results.services[1].score);
            }
        }
    }
}
