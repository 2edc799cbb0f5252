//! Breaking ties between services of equal score by where the query was found in them: a hit
//! in the name before one in the keywords, summary or description, and a hit in a service's
//! own text before one in its goal's. Only ties that decide what is shown are looked at.

use super::concepts::Concept;
use super::explain::Prepared;
use super::scoring::Scorer;
use super::searcher::ServiceHit;

/// For ranking: per service, a number that orders services of equal score by where the query
/// was found in them, a name hit before a description hit, a hit in the service's own text
/// before one in its goal's (lower first). Only services whose score ties with another's
/// among those that make the first `limit` are looked at (the rest are 0), and nothing is
/// worked out when no such ties exist.
pub fn tie_order(
    scorer: &Scorer,
    prepared: &Prepared,
    wanted: &[Concept],
    hits: &[ServiceHit],
    limit: Option<usize>,
) -> Vec<u8> {
    let mut scores: Vec<u32> = hits.iter().map(|h| h.score).collect();
    let cut = match limit {
        Some(0) => return Vec::new(),
        Some(l) if l < scores.len() => {
            let (_, nth, _) = scores.select_nth_unstable_by(l - 1, |a, b| b.cmp(a));
            *nth
        }
        _ => 0,
    };
    let mut contested: Vec<u32> = scores.into_iter().filter(|&s| s >= cut).collect();
    contested.sort_unstable();
    let tied_scores: Vec<u32> = contested
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    if tied_scores.is_empty() {
        return Vec::new();
    }
    let mut tied = vec![false; scorer.index.service_count];
    for hit in hits {
        if tied_scores.binary_search(&hit.score).is_ok() {
            tied[hit.index] = true;
        }
    }
    let mut order = vec![0u8; scorer.index.service_count];
    for concept in wanted {
        let worked = prepared.get(concept);
        let weights = worked.field_weights(scorer);
        for (s, _) in tied.iter().enumerate().filter(|(_, t)| **t) {
            order[s] = order[s].max(weights[s]);
        }
    }
    // Lower first.
    for weight in &mut order {
        *weight = u8::MAX - *weight;
    }
    order
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
