//! A typed compound scored by its parts ("mielenterveyskuntoutus" → mielenterveys +
//! kuntoutus): when the catalogue does not hold the compound, and when it holds it in so few
//! services that the services which say the parts apart belong beside them.

use super::{How, MAX_SPLITS, MIN_PART, Memo, Scorer, WordScores, idf, intersect};
use crate::search::compound::is_ending;

/// A typed compound found in at most this many services is looked for by its parts too: a
/// word the catalogue holds once ("ammatinvalintapsykologi" in one service's text) says
/// little of which services answer it, and those that say "ammatinvalinta" and "psykologi"
/// do.
const RARE_COMPOUND: usize = 3;

impl Scorer<'_> {
    /// A typed compound the catalogue does not hold, split into two of its words
    /// ("mielenterveyskuntoutus" → mielenterveys + kuntoutus), scored where a service holds
    /// both: the lower of the two parts' scores, and less than the compound itself would count.
    pub(super) fn compound_scores(
        &self,
        word: &str,
        alone: bool,
        memo: &mut Memo,
    ) -> Option<WordScores> {
        // The first split tried, for when no service holds both parts of any.
        let mut first_split = None;
        for (head, tail) in self.compound_splits(word) {
            let (head, tail) = (
                self.score_word(head, How::Meaning, memo),
                self.score_word(tail, How::Meaning, memo),
            );
            let mut services = Vec::new();
            intersect(&head.services, &tail.services, |s, &x, &y| {
                let both = x.min(y) * 3 / 5;
                if both > 0 {
                    services.push((s, both));
                }
            });
            if !services.is_empty() {
                let goals = head
                    .goals
                    .iter()
                    .zip(&tail.goals)
                    .map(|(&x, &y)| if x > 0 && y > 0 { x.min(y) * 3 / 5 } else { 0 })
                    .collect();
                return Some(WordScores {
                    goals,
                    idf: idf(self.index.service_count, services.len()),
                    services,
                });
            }
            first_split.get_or_insert((head, tail));
        }
        // Only a word that matches nothing else is found by either part alone.
        first_split
            .filter(|_| alone)
            .map(|(head, tail)| either_part(self.index.service_count, &head, &tail))
    }

    /// The splits of a typed compound that are tried, longest first part first
    /// ("mielenterveys|kuntoutus" before "mielen|terveyskuntoutus"): both parts words of the
    /// catalogue, the second no mere case ending, at most `MAX_SPLITS` of them. The ranking
    /// scores these and the explanation shows them, so that the two always agree.
    pub(in crate::search) fn compound_splits<'w>(
        &'w self,
        word: &'w str,
    ) -> impl Iterator<Item = (&'w str, &'w str)> + 'w {
        let starts: Vec<usize> = word.char_indices().map(|(at, _)| at).collect();
        let last = starts.len().saturating_sub(MIN_PART - 1);
        (MIN_PART..last)
            .rev()
            .map(move |split| word.split_at(starts[split]))
            .filter(move |&(head, tail)| {
                !is_ending(tail)
                    && !self.matched_tokens(head, How::Meaning).is_empty()
                    && !self.matched_tokens(tail, How::Meaning).is_empty()
            })
            .take(MAX_SPLITS)
    }

    /// `scores` of a typed word, with the services its parts find when the word is a rare
    /// compound: the better of the two per service, a service that holds the word itself
    /// first.
    pub(super) fn with_rare_compound_parts(
        &self,
        word: &str,
        scores: WordScores,
        memo: &mut Memo,
    ) -> WordScores {
        if scores.services.is_empty()
            || scores.services.len() > RARE_COMPOUND
            || word.chars().count() < 2 * MIN_PART
        {
            return scores;
        }
        let Some(parts) = self.compound_scores(word, false, memo) else {
            return scores;
        };
        let services = union_best(&scores.services, &parts.services);
        let goals = scores
            .goals
            .iter()
            .zip(&parts.goals)
            .map(|(&whole, &split)| whole.max(split))
            .collect();
        // The word is as rare as the typist wrote it: the services its parts find do not
        // make it count less beside the query's other words.
        WordScores {
            idf: scores.idf,
            services,
            goals,
        }
    }
}

/// A compound whose parts no service holds together ("laiminlyöntiepäily": neglect in
/// some services, suspicion in others), found by either part: less than a service that
/// holds both would count, so that the query's other words decide among them, and never
/// nothing where each part alone finds services.
fn either_part(service_count: usize, head: &WordScores, tail: &WordScores) -> WordScores {
    let share = |scores: &[(u32, u16)]| -> Vec<(u32, u16)> {
        scores.iter().map(|&(s, x)| (s, x * 2 / 5)).collect()
    };
    let services = union_best(&share(&head.services), &share(&tail.services));
    let goals = head
        .goals
        .iter()
        .zip(&tail.goals)
        .map(|(&x, &y)| x.max(y) * 2 / 5)
        .collect();
    WordScores {
        idf: idf(service_count, services.len()),
        services,
        goals,
    }
}

/// Two lists ascending by service, joined: each service once, with the better score.
fn union_best(a: &[(u32, u16)], b: &[(u32, u16)]) -> Vec<(u32, u16)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x.0 == y.0 => {
                out.push((x.0, x.1.max(y.1)));
                i += 1;
                j += 1;
            }
            (Some(&x), Some(&y)) if x.0 < y.0 => {
                out.push(x);
                i += 1;
            }
            (Some(&x), None) => {
                out.push(x);
                i += 1;
            }
            (_, Some(&y)) => {
                out.push(y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::union_best;

    #[test]
    fn joined_lists_keep_each_service_once_with_its_better_score() {
        let whole = [(2, 500), (7, 300)];
        let parts = [(1, 100), (2, 200), (9, 150)];
        assert_eq!(
            union_best(&whole, &parts),
            vec![(1, 100), (2, 500), (7, 300), (9, 150)]
        );
        assert_eq!(union_best(&[], &parts), parts.to_vec());
    }
}
