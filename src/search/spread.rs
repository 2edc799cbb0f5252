//! A concept's own values and its thesaurus meanings' values, each a list of the services it
//! reaches, laid side by side over every service any of them reaches: what scoring a concept
//! combines. Gathered in per-service slots, so that a keystroke costs what the lists hold, not
//! the number of lists times every service they reach between them.

use std::cell::RefCell;

use super::scoring::ConceptScores;

/// Per service reached (`ids`, ascending): the concept's own value, and the best and the sum
/// of its meanings' values (0 where a list does not reach the service).
#[derive(Debug, Default, PartialEq)]
pub struct Spread {
    pub ids: Vec<u32>,
    pub own: Vec<f32>,
    pub best: Vec<f32>,
    pub sum: Vec<f32>,
}

thread_local! {
    /// Per-service slots, all empty between calls.
    static SLOTS: RefCell<Slots> = RefCell::default();
}

#[derive(Default)]
struct Slots {
    reached: Vec<bool>,
    best: Vec<f32>,
    sum: Vec<f32>,
    touched: Vec<u32>,
}

impl Slots {
    fn fit(&mut self, services: usize) {
        if self.reached.len() < services {
            self.reached.resize(services, false);
            self.best.resize(services, 0.0);
            self.sum.resize(services, 0.0);
        }
    }

    fn reach(&mut self, service: u32) {
        let slot = &mut self.reached[service as usize];
        if !*slot {
            *slot = true;
            self.touched.push(service);
        }
    }
}

/// `own` and `meanings` (service numbers below `services`) laid over every service they
/// reach. Values are never below 0, so a list that does not reach a service adds nothing to
/// its best and sum, as a 0 would: the meanings are taken in order, as a sum must be.
pub fn spread(own: &ConceptScores, meanings: &[ConceptScores], services: usize) -> Spread {
    SLOTS.with_borrow_mut(|slots| {
        slots.fit(services);
        for &s in &own.service_ids {
            slots.reach(s);
        }
        for meaning in meanings {
            for (&s, &value) in meaning.service_ids.iter().zip(&meaning.services) {
                slots.reach(s);
                let at = s as usize;
                slots.best[at] = f32::max(slots.best[at], value);
                slots.sum[at] += value;
            }
        }
        let mut ids = std::mem::take(&mut slots.touched);
        if ids.len() > services / 16 {
            // Most services: reading them in order is quicker than sorting.
            ids.clear();
            ids.extend((0..services as u32).filter(|&s| slots.reached[s as usize]));
        } else {
            ids.sort_unstable();
        }
        let mut out = Spread {
            own: vec![0.0; ids.len()],
            best: Vec::with_capacity(ids.len()),
            sum: Vec::with_capacity(ids.len()),
            ids: Vec::new(),
        };
        let mut at = 0;
        for (&s, &value) in own.service_ids.iter().zip(&own.services) {
            while ids[at] != s {
                at += 1;
            }
            out.own[at] = value;
        }
        for &s in &ids {
            let s = s as usize;
            out.best.push(std::mem::take(&mut slots.best[s]));
            out.sum.push(std::mem::take(&mut slots.sum[s]));
            slots.reached[s] = false;
        }
        out.ids = ids;
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(list: &[(u32, f32)]) -> ConceptScores {
        ConceptScores {
            service_ids: list.iter().map(|&(s, _)| s).collect(),
            services: list.iter().map(|&(_, v)| v).collect(),
            goals: Vec::new(),
        }
    }

    #[test]
    fn every_service_reached_gets_its_own_value_and_its_meanings_best_and_sum() {
        let own = scores(&[(2, 1.0), (7, 0.5)]);
        let meanings = [
            scores(&[(1, 0.25), (7, 2.0)]),
            scores(&[(7, 1.0), (9, 3.0)]),
        ];
        for _ in 0..2 {
            // Twice: the slots are left empty for the next concept.
            let spread = spread(&own, &meanings, 10);
            assert_eq!(spread.ids, vec![1, 2, 7, 9]);
            assert_eq!(spread.own, vec![0.0, 1.0, 0.5, 0.0]);
            assert_eq!(spread.best, vec![0.25, 0.0, 2.0, 3.0]);
            assert_eq!(spread.sum, vec![0.25, 0.0, 3.0, 3.0]);
        }
        // Most services reached: read in order rather than sorted.
        let wide = scores(&(0..10).map(|s| (s, 1.0)).collect::<Vec<_>>());
        assert_eq!(spread(&own, &[wide], 10).ids, (0..10).collect::<Vec<_>>());
    }
}
