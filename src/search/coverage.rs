//! Coverage first: a service's (or a goal's) score is the sum of the values of the query's
//! concepts it covers, times the share of the query it covers to a power below one, so that
//! a service answering the whole query comes first unless one answering most of it is much
//! surer of that part.

use super::scoring::ConceptScores;
use super::searcher::ServiceHit;

/// The admitted services that cover some concept, each with its score (see `coverage`), in no
/// particular order. Only the services the concepts list are visited; `totals` is scratch
/// space, one slot per service, left all 0.
pub(super) fn covering(
    totals: &mut Vec<Total>,
    per_concept: &[&ConceptScores],
    weights: &[f32],
    admitted: &[bool],
) -> Vec<ServiceHit> {
    if let [concept] = per_concept {
        return covering_one(concept, weights.first().copied().unwrap_or(1.0), admitted);
    }
    if totals.len() < admitted.len() {
        totals.resize(admitted.len(), Total::default());
    }
    // At least as many services are touched as the longest concept reaches.
    let longest = per_concept.iter().map(|c| c.service_ids.len()).max();
    let mut touched: Vec<u32> = Vec::with_capacity(longest.unwrap_or(0));
    // Concept by concept, so that each service's values are added in the order `coverage`
    // adds them.
    for (concept, &weight) in per_concept.iter().zip(weights) {
        for (s, value) in concept.iter() {
            let slot = &mut totals[s as usize];
            if slot.covered == 0 {
                touched.push(s);
            }
            slot.covered += 1;
            slot.value += value * weight;
            slot.weight += weight;
        }
    }
    let weight_all: f32 = weights.iter().take(per_concept.len()).sum();
    let mut factors = Factors::default();
    let mut hits = Vec::with_capacity(touched.len());
    for s in touched {
        let slot = std::mem::take(&mut totals[s as usize]);
        if !admitted[s as usize] {
            continue;
        }
        hits.push(ServiceHit {
            index: s as usize,
            score: score(slot.value, slot.weight, weight_all, &mut factors),
            covered: slot.covered,
            group: None,
        });
    }
    hits
}

/// [`covering`] of a query of one concept (most keystrokes, while the first word is typed):
/// the concept's own list, in its order, with nothing to add up.
fn covering_one(concept: &ConceptScores, weight: f32, admitted: &[bool]) -> Vec<ServiceHit> {
    let mut factors = Factors::default();
    concept
        .iter()
        .filter(|&(s, _)| admitted[s as usize])
        .map(|(s, value)| ServiceHit {
            index: s as usize,
            score: score(value * weight, weight, weight, &mut factors),
            covered: 1,
            group: None,
        })
        .collect()
}

/// One service's sums while the concepts are added up: its weighted values, the weight of
/// the concepts it covers and how many it covers.
#[derive(Clone, Copy, Debug, Default)]
pub struct Total {
    value: f32,
    weight: f32,
    covered: u16,
}

/// The score of an item whose covered concepts' weighted values sum to `total` and whose
/// weights sum to `covered` of the query's `all` (see `coverage`).
fn score(total: f32, covered: f32, all: f32, factors: &mut Factors) -> u32 {
    let factor = factors.of(covered / all.max(f32::EPSILON));
    // Rounded to the nearest: the value is never negative.
    (total * factor * 1000.0 + 0.5) as u32
}

/// The coverage factor (the share covered to the power `COVERAGE_EXPONENT`) of the few
/// shares one query's services have, each worked out once: a query of thousands of services
/// has a handful of distinct shares, summed in the same order for each.
#[derive(Default)]
pub(super) struct Factors(Vec<(f32, f32)>);

impl Factors {
    /// At most this many shares are kept; any other is worked out each time.
    const KEPT: usize = 32;

    fn of(&mut self, share: f32) -> f32 {
        if share >= 1.0 {
            return 1.0;
        }
        if let Some(&(_, factor)) = self.0.iter().find(|&&(s, _)| s == share) {
            return factor;
        }
        let factor = share.powf(COVERAGE_EXPONENT);
        if self.0.len() < Self::KEPT {
            self.0.push((share, factor));
        }
        factor
    }
}

/// How steeply a service's score falls with the share of the query it leaves out: below 1,
/// a service that answers most of a sentence strongly is not lost behind one that touches
/// every word of it in passing. Measured over the development and held-out sets (0.6 against
/// 1: client phrases up in 12 of 14 rows, professional queries the same or a little up).
const COVERAGE_EXPONENT: f32 = 0.6;

/// How many concepts an item covers and its score, when it covers any: the summed values,
/// times the share of the concepts covered (to the power `COVERAGE_EXPONENT`), so that a
/// service that covers the whole query comes before one that covers part of it unless that
/// part is much the stronger. Each concept's value and share count by its weight (see
/// [`weights`](super::concepts::weights)).
pub(super) fn coverage(
    values: impl Iterator<Item = (f32, f32)>,
    factors: &mut Factors,
) -> Option<(u16, u32)> {
    let (mut covered, mut total, mut weight_covered, mut weight_all) = (0u16, 0f32, 0f32, 0f32);
    for (value, weight) in values {
        weight_all += weight;
        if value > 0.0 {
            covered += 1;
            total += value * weight;
            weight_covered += weight;
        }
    }
    (covered > 0).then(|| (covered, score(total, weight_covered, weight_all, factors)))
}
