//! Services listed more than once: the same provider and areas, and the same name in every
//! language both versions have, as a register lists versions of one description (one in
//! Finnish only, another in Finnish, Swedish and English). The professional reads the first
//! rows of the list in a meeting, and three copies of one service there hide two other
//! services; so every copy after the best one counts less, and comes after services nearly as
//! good. A service is never hidden: its copies are still in the list.

use std::collections::HashMap;

use super::fold::fold;
use super::index::MAX_ITEMS;
use super::searcher::ServiceHit;
use crate::catalog::Catalog;
use crate::hash::Fx;

/// A copy of a service counts its score divided by this below the best copy: half.
const COPY_DIVISOR: u32 = 2;
/// A service listed once.
const ALONE: u32 = u32::MAX;
/// The bits of a service's rank in name order: no index holds more services.
const RANK_BITS: u32 = MAX_ITEMS as u32;
/// A group none of whose copies has been seen among the hits.
const NONE_YET: u32 = u32::MAX;

/// Per service: the number of its group of copies, or `ALONE`.
#[derive(Clone, Debug, Default)]
pub struct Copies {
    of: Vec<u32>,
    groups: usize,
    /// Per service: in how many languages it is named.
    languages: Vec<u8>,
}

/// A service's name by language, folded.
type Names = Vec<(String, String)>;

/// A group of copies being gathered: its members and their names in every language any of
/// them has.
struct Group {
    members: Vec<usize>,
    names: Names,
}

/// Whether two services named `a` and `b` are versions of one: their names agree in every
/// language both have, and they have one at least.
fn same_names(a: &Names, b: &Names) -> bool {
    let mut shared = false;
    for (lang, name) in a {
        if let Some((_, other)) = b.iter().find(|(l, _)| l == lang) {
            if other != name {
                return false;
            }
            shared = true;
        }
    }
    shared
}

impl Copies {
    pub fn new(catalog: &Catalog) -> Self {
        let mut groups: Vec<Group> = Vec::new();
        // Versions of one description share their provider and areas (their place), and a
        // name in some language: a service is compared only with the groups of its place
        // that hold one of its names, so that a register of thousands of services under one
        // provider is not compared pair by pair.
        let mut places: HashMap<String, u32, Fx> = HashMap::default();
        let mut named: HashMap<(u32, String, String), Vec<usize>, Fx> = HashMap::default();
        let mut of = vec![ALONE; catalog.services.len()];
        for (at, service) in catalog.services.iter().enumerate() {
            let names: Names = service
                .name
                .variants()
                .map(|(lang, name)| (lang.to_string(), fold(name)))
                .collect();
            let mut place = vec![fold(&service.provider)];
            place.extend(service.areas.iter().map(|a| fold(a)));
            let fresh = places.len() as u32;
            let place = *places.entry(place.join("\u{1f}")).or_insert(fresh);
            let mut candidates: Vec<usize> = names
                .iter()
                .filter_map(|(lang, name)| named.get(&(place, lang.clone(), name.clone())))
                .flatten()
                .copied()
                .collect();
            // The first group made that agrees, as going through the groups in order would.
            candidates.sort_unstable();
            let found = candidates
                .into_iter()
                .find(|&g| same_names(&groups[g].names, &names));
            let group = match found {
                Some(g) => {
                    let group = &mut groups[g];
                    group.members.push(at);
                    for (lang, name) in &names {
                        if !group.names.iter().any(|(l, _)| l == lang) {
                            group.names.push((lang.clone(), name.clone()));
                        }
                    }
                    g
                }
                None => {
                    groups.push(Group {
                        members: vec![at],
                        names: names.clone(),
                    });
                    groups.len() - 1
                }
            };
            for (lang, name) in names {
                let holders = named.entry((place, lang, name)).or_default();
                if !holders.contains(&group) {
                    holders.push(group);
                }
            }
        }
        let mut next = 0;
        for group in groups.iter().filter(|g| g.members.len() > 1) {
            for &at in &group.members {
                of[at] = next;
            }
            next += 1;
        }
        let languages = catalog
            .services
            .iter()
            .map(|s| u8::try_from(s.name.variants().count()).unwrap_or(u8::MAX))
            .collect();
        Self {
            of,
            groups: next as usize,
            languages,
        }
    }

    /// Lowers the score of every copy but the best among `hits`: by score, then the version
    /// named in more languages (the one the professional can hand over in the client's
    /// language), then by `ranks`, the services' places in name order.
    pub fn demote(&self, hits: &mut [ServiceHit], ranks: &[u32]) {
        if self.groups == 0 {
            return;
        }
        // Per group: the best copy's key and its place in `hits`. The key packs the order in
        // one number, compared at once: score, languages named, and the name's place
        // reversed (ranks are below `MAX_ITEMS`, a run of ones).
        let key = |hit: &ServiceHit| {
            let languages = self.languages.get(hit.index).copied().unwrap_or(0).min(15);
            let rank = ranks.get(hit.index).copied().unwrap_or(u32::MAX) & RANK_BITS;
            (u64::from(hit.score) << 32)
                | (u64::from(languages) << 28)
                | u64::from(RANK_BITS - rank)
        };
        let group_of = |hit: &ServiceHit| {
            self.of
                .get(hit.index)
                .filter(|&&g| g != ALONE)
                .map(|&g| g as usize)
        };
        let mut best_key: Vec<u64> = vec![0; self.groups];
        let mut best_at: Vec<u32> = vec![NONE_YET; self.groups];
        // One pass: a copy is demoted as soon as a better one of its group has been seen, and
        // the group's best so far when a better one comes. Keys are of the scores as they were.
        for at in 0..hits.len() {
            let Some(group) = group_of(&hits[at]) else {
                continue;
            };
            let key = key(&hits[at]);
            let best = best_at[group];
            if best == NONE_YET || key > best_key[group] {
                if best != NONE_YET {
                    demoted(&mut hits[best as usize]);
                }
                best_key[group] = key;
                best_at[group] = at as u32;
            } else {
                demoted(&mut hits[at]);
            }
        }
    }
}

/// A copy below the best of its group: its score divided by `COPY_DIVISOR`.
fn demoted(hit: &mut ServiceHit) {
    hit.score /= COPY_DIVISOR;
}
