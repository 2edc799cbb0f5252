//! Which letters of a shown text to highlight for a query, as character indices of the text
//! as it is shown (not as it was folded).

use super::fold::{fold_with_origin, words};
use super::matcher::{FuzzyMatcher, highlight_in_token, letter_mask, match_word};
use super::query::QueryWords;

/// Sorted, distinct character indices of `text` that matched some word of the query.
pub fn highlights(fuzzy: &dyn FuzzyMatcher, text: &str, query: &QueryWords) -> Vec<usize> {
    if query.is_empty() {
        return Vec::new();
    }
    let folded = fold_with_origin(text);
    let word_masks: Vec<u64> = query.0.iter().map(|w| letter_mask(w)).collect();
    let mut out = Vec::new();
    for (start, token) in words(&folded.text) {
        let token_mask = letter_mask(token);
        // The best-matching query word decides what this token shows.
        let best = query
            .0
            .iter()
            .zip(&word_masks)
            .filter_map(|(w, &m)| match_word(fuzzy, token, token_mask, w, m).map(|hit| (w, hit)))
            .max_by_key(|(_, hit)| (hit.kind, hit.quality));
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
