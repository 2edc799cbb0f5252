//! Which letters of a shown text to highlight for a query, as character indices of the text
//! as it is shown (not as it was folded).

use super::fold::{fold_with_origin, words};
use super::lemma::same_word;
use super::matcher::{FuzzyMatcher, MatchKind, Term, WordMatch, highlight_in_token, match_word};
use super::query::QueryWords;
use super::thesaurus::typed_bases;

/// Sorted, distinct character indices of `text` that matched some word of the query.
pub fn highlights(fuzzy: &dyn FuzzyMatcher, text: &str, query: &QueryWords) -> Vec<usize> {
    if query.is_empty() {
        return Vec::new();
    }
    let folded = fold_with_origin(text);
    // Stop words ("on", "mulla") would light up every short word; they are shown only when
    // nothing else was typed, as they are searched only then. "TE" typed in capitals is the
    // employment services, no stop word.
    let all = 0..query.folded.len();
    let meaningful: Vec<usize> = all.clone().filter(|&i| !query.is_stop_word(i)).collect();
    let typed: Vec<usize> = if meaningful.is_empty() {
        all.collect()
    } else {
        meaningful
    };
    // Each typed word, and whether it is an abbreviation: one is searched in its own forms
    // only, so it lights no word it begins ("TE" is not the "te" of "terveys").
    let terms: Vec<(Term, bool)> = typed
        .iter()
        .map(|&i| (Term::new(&query.folded[i]), query.is_abbreviation(i)))
        .collect();
    let mut out = Vec::new();
    for (start, token) in words(&folded.text) {
        let token_term = Term::new(token);
        // The best-matching query word decides what this token shows.
        let best = terms
            .iter()
            .filter(|&&(w, abbreviation)| !abbreviation || w.text == token)
            .filter_map(|&(w, _)| match_word(fuzzy, token_term, w).map(|hit| (w.text, hit)))
            .max_by_key(|(_, hit)| (hit.kind, hit.quality))
            .or_else(|| {
                // Another form of the word (velan for velka): the whole word is lit.
                terms
                    .iter()
                    .map(|&(w, _)| w)
                    .filter(|w| w.text.chars().next() == token.chars().next())
                    .find(|w| same_word(w.text, token))
                    .map(|w| {
                        let hit = WordMatch {
                            kind: MatchKind::Exact,
                            quality: 85,
                        };
                        (w.text, hit)
                    })
            })
            .or_else(|| {
                // A part of a compound that is the typed word's base form ("neuvola" of
                // "neuvolan" in "lastenneuvolapalvelut"): that part is lit.
                terms
                    .iter()
                    .filter(|&&(_, abbreviation)| !abbreviation)
                    .find_map(|&(w, _)| {
                        let base = typed_bases(w.text)
                            .find(|base| token.len() > base.len() + 2 && token.contains(base))?;
                        let hit = WordMatch {
                            kind: MatchKind::Inside,
                            quality: 55,
                        };
                        Some((base, hit))
                    })
            });
        if let Some((word, hit)) = best {
            for i in highlight_in_token(fuzzy, token, word, hit.kind) {
                if let Some(&original) = folded.origin.get(start + i) {
                    out.push(original);
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
