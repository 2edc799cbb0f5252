//! Services listed more than once: the same name in every language, the same provider and the
//! same areas, as a register lists versions of one description. The professional reads the
//! first rows of the list in a meeting, and three copies of one service there hide two other
//! services; so every copy after the best one counts less, and comes after services nearly as
//! good. A service is never hidden: its copies are still in the list.

use std::collections::HashMap;

use super::fold::fold;
use super::searcher::ServiceHit;
use crate::catalog::Catalog;
use crate::hash::Fx;

/// What a copy of a service counts of its score below the best copy.
const COPY_SHARE: f32 = 0.7;
/// A service listed once.
const ALONE: u32 = u32::MAX;

/// Per service: the number of its group of copies, or `ALONE`.
#[derive(Clone, Debug, Default)]
pub struct Copies {
    of: Vec<u32>,
    groups: usize,
}

impl Copies {
    pub fn new(catalog: &Catalog) -> Self {
        let mut groups: HashMap<String, Vec<usize>, Fx> = HashMap::default();
        for (at, service) in catalog.services.iter().enumerate() {
            let mut key: Vec<String> = service
                .name
                .variants()
                .map(|(lang, name)| format!("{lang}={}", fold(name)))
                .collect();
            key.sort_unstable();
            key.push(fold(&service.provider));
            key.extend(service.areas.iter().map(|a| fold(a)));
            groups.entry(key.join("\u{1f}")).or_default().push(at);
        }
        let mut copies = vec![ALONE; catalog.services.len()];
        let mut next = 0;
        for members in groups.into_values().filter(|m| m.len() > 1) {
            for at in members {
                copies[at] = next;
            }
            next += 1;
        }
        Self {
            of: copies,
            groups: next as usize,
        }
    }

    /// Lowers the score of every copy but the best (by score, then by `ranks`, the services'
    /// places in name order) among `hits`.
    pub fn demote(&self, hits: &mut [ServiceHit], ranks: &[u32]) {
        if self.groups == 0 {
            return;
        }
        // Per group: the best copy's score and name order, as one number to compare.
        let key = |hit: &ServiceHit| {
            (u64::from(hit.score) << 32) | u64::from(u32::MAX - ranks[hit.index])
        };
        let mut best = vec![0u64; self.groups];
        for hit in hits.iter() {
            if let Some(&group) = self.of.get(hit.index).filter(|&&g| g != ALONE) {
                best[group as usize] = best[group as usize].max(key(hit));
            }
        }
        for hit in hits.iter_mut() {
            if let Some(&group) = self.of.get(hit.index).filter(|&&g| g != ALONE)
                && best[group as usize] != key(hit)
            {
                hit.score = (hit.score as f32 * COPY_SHARE) as u32;
            }
        }
    }
}
