//! Words typed next to each other and written next to each other: a service that says
//! "psykiatriset sairaanhoitajat" answers "psykiatrinen sairaanhoitaja" better than one that
//! has the two words in different sentences, or one found only through what they mean. The
//! first services of the ranking are lifted by the share of the query's neighbouring words
//! they write as neighbours.
//!
//! Only the first `WINDOW` services are looked at, by the words of their texts in the order
//! written, which the index keeps (see `sequences`): a keystroke reads no text.

use super::concepts::Concept;
use super::query::QueryWords;
use super::scoring::{How, Scorer, TYPO_QUALITY};
use super::searcher::ServiceHit;
use super::sequences::TEXT_END;

/// The services looked at: the best this many by score (then by name), the same however many
/// results are asked for.
const WINDOW: usize = 20;

/// How much a service that writes every neighbouring pair of the query's words as neighbours
/// gains: its score times 1 + this.
const LIFT: f32 = 0.3;

/// Catalogue words (sorted token numbers) of two typed words that stand next to each other.
pub(super) struct Pair {
    first: Vec<u32>,
    second: Vec<u32>,
}

/// The pairs of neighbouring typed words that both say something, each as the catalogue words
/// it matches the way the ranking matches it (typos too, scattered letters not).
pub(super) fn pairs(scorer: &Scorer, typed: &QueryWords, wanted: &[Concept]) -> Vec<Pair> {
    let tokens = |(i, word): (usize, &String)| -> Option<Vec<u32>> {
        if typed.is_stop_word(i) {
            return None;
        }
        let (concept, at) = wanted
            .iter()
            .find_map(|c| Some((c, c.words.iter().position(|w| w == word)?)))?;
        if concept.area {
            return None;
        }
        // `matched_tokens` lists the words ascending: what is kept stays so.
        let found: Vec<u32> = scorer
            .matched_tokens(word, How::of_typed(concept, at))
            .into_iter()
            .filter(|&(_, quality)| quality >= TYPO_QUALITY)
            .map(|(token, _)| token)
            .collect();
        (!found.is_empty()).then_some(found)
    };
    // Each word once, though most stand in two pairs.
    let per_word: Vec<Option<Vec<u32>>> = typed.folded.iter().enumerate().map(tokens).collect();
    per_word
        .windows(2)
        .filter_map(|w| {
            Some(Pair {
                first: w[0].clone()?,
                second: w[1].clone()?,
            })
        })
        .collect()
}

/// Lifts the first `WINDOW` of `hits` (by `key`, lower first) by the share of `pairs` their
/// texts write as neighbours.
pub(super) fn lift(
    scorer: &Scorer,
    pairs: &[Pair],
    hits: &mut [ServiceHit],
    key: impl Fn(&ServiceHit) -> u64,
) {
    if pairs.is_empty() || hits.is_empty() {
        return;
    }
    let mut order: Vec<(u64, usize)> = hits.iter().enumerate().map(|(i, h)| (key(h), i)).collect();
    if order.len() > WINDOW {
        order.select_nth_unstable(WINDOW - 1);
        order.truncate(WINDOW);
    }
    for (_, at) in order {
        let hit = &mut hits[at];
        let words = scorer.index.sequences.of(hit.index);
        let found = pairs.iter().filter(|p| written_together(words, p)).count();
        if found > 0 {
            let share = found as f32 / pairs.len() as f32;
            hit.score = (hit.score as f32 * (1.0 + LIFT * share)) as u32;
        }
    }
}

/// Whether a word of the pair's first list is followed by one of its second.
fn written_together(sequence: &[u32], pair: &Pair) -> bool {
    let has = |list: &[u32], token: u32| token != TEXT_END && list.binary_search(&token).is_ok();
    sequence
        .windows(2)
        .any(|w| has(&pair.first, w[0]) && has(&pair.second, w[1]))
}
