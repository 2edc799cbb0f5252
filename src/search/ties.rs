//! Breaking ties between services of equal score near the top of the list by where the query
//! was found in them: a hit in the name before one anywhere else (keywords, summary,
//! description, provider, a goal). Only the first rows are looked at, since they are what a
//! professional reads in a meeting, and only the names' words, which the index lists per
//! service: reading the texts of every tied service of a large catalogue on each keystroke
//! would cost more than the ranking itself.

use std::collections::HashMap;

use super::concepts::Concept;
use super::explain::Prepared;
use super::matcher::{MatchKind, Term, match_word};
use super::scoring::Scorer;
use super::searcher::ServiceHit;
use crate::hash::Fx;

/// Ties are broken among the services whose score is at least that of the service at this
/// place in the ranking: the same services however many results are asked for, so that asking
/// for more never reorders the first ones.
pub const TIE_WINDOW: usize = 20;
/// At most this many services sharing the lowest score of the window are told apart by their
/// texts; more are left in name order, so that a keystroke never reads thousands of texts.
const MAX_TIED: usize = 64;

/// Where the query was found in each of `hits` (in the same order): 0 for its name or when it
/// ties with no service near the top, 1 for anywhere else. Nothing is read when no such ties
/// exist.
pub fn tie_order(
    scorer: &Scorer,
    prepared: &Prepared,
    wanted: &[Concept],
    hits: &[ServiceHit],
) -> Vec<u8> {
    let mut places = vec![0; hits.len()];
    let tied_scores = tied_scores(hits);
    if tied_scores.is_empty() {
        return places;
    }
    let index = scorer.index;
    let worked: Vec<_> = wanted.iter().map(|c| prepared.get(c)).collect();
    let tokens: Vec<&[u32]> = worked.iter().map(|w| w.sure_tokens(scorer)).collect();
    // Typed words met by a typo count too, as they do in the ranking; letters scattered through
    // a word or found inside it count only where the ranking found them (the sure tokens).
    let typed: Vec<Term> = wanted
        .iter()
        .filter(|c| !c.area)
        .flat_map(|c| c.words.iter().map(|w| Term::new(w)))
        .collect();
    let matched = |token: u32| {
        let sure = tokens.iter().any(|list| list.binary_search(&token).is_ok());
        sure || typed.iter().any(|&w| {
            match_word(scorer.fuzzy, index.tokens[token as usize].term(), w)
                .is_some_and(|m| m.kind >= MatchKind::Typo && m.kind != MatchKind::Inside)
        })
    };
    // Many services share the words of their names: each word is matched once.
    let mut known: HashMap<u32, bool, Fx> = HashMap::default();
    for (hit, place) in hits.iter().zip(&mut places) {
        if tied_scores.binary_search(&hit.score).is_ok() {
            let in_name = index
                .name_tokens(hit.index)
                .iter()
                .any(|&t| *known.entry(t).or_insert_with(|| matched(t)));
            *place = u8::from(!in_name);
        }
    }
    places
}

/// The scores (ascending) that services near the top of `hits` share.
fn tied_scores(hits: &[ServiceHit]) -> Vec<u32> {
    let mut scores: Vec<u32> = hits.iter().map(|h| h.score).collect();
    let cut = if scores.len() > TIE_WINDOW {
        let (_, nth, _) = scores.select_nth_unstable_by(TIE_WINDOW - 1, |a, b| b.cmp(a));
        *nth
    } else {
        0
    };
    let mut contested: Vec<u32> = scores.into_iter().filter(|&s| s >= cut).collect();
    contested.sort_unstable();
    let mut tied_scores: Vec<u32> = contested
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    tied_scores.dedup();
    // Only the lowest score of the window can be shared by many (every service of a large goal
    // found through the goal alone): such a crowd is not told apart by its texts, but by name.
    let at_cut = contested.iter().take_while(|&&s| s == cut).count();
    if at_cut > MAX_TIED {
        tied_scores.retain(|&s| s != cut);
    }
    tied_scores
}

#[cfg(test)]
mod tests {
    use crate::search::{Filters, Query, Searcher};

    use crate::catalog::from_test_ron as catalog;

    #[test]
    fn a_name_hit_comes_first_and_equal_scores_go_by_name() {
        // The word in a name comes first; two services that hold it in their summaries
        // score alike and go by name.
        let catalog = catalog(
            r#"(
            goals: [(id: "g", name: "Musiikki")],
            services: [
                (id: "name", name: "Ukulele-kurssi", summary: "Soitetaan yhdessä", goals: ["g"],
                 provider: "P", formats: [Group]),
                (id: "summary", name: "Aamusoitto", summary: "Ukulele ja laulu", goals: ["g"],
                 provider: "P", formats: [Group]),
                (id: "other", name: "Bändikoulu", summary: "Ukulele ja rummut", goals: ["g"],
                 provider: "P", formats: [Group]),
            ],
        )"#,
        );
        let mut searcher = Searcher::new(&catalog);
        let query = Query::new("ukulele", Filters::default(), "fi");
        for limit in [None, Some(1)] {
            let results = searcher.search(&catalog, &query, limit);
            let ids: Vec<&str> = results
                .services
                .iter()
                .map(|h| catalog.services[h.index].id.as_str())
                .collect();
            if limit.is_none() {
                let scores: Vec<u32> = results.services.iter().map(|h| h.score).collect();
                assert_eq!(scores[1], scores[2], "{scores:?}");
                assert_eq!(ids, vec!["name", "summary", "other"]);
            } else {
                assert_eq!(ids, vec!["name"]);
            }
        }
    }
}
