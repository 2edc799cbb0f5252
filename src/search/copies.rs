//! Services listed more than once: the same provider and areas, and the same name in every
//! language both versions have, as a register lists versions of one description (one in
//! Finnish only, another in Finnish, Swedish and English). The professional reads the first
//! rows of the list in a meeting, and three copies of one service there hide two other
//! services; so every copy after the best one counts less, and comes after services nearly as
//! good. A service is never hidden: its copies are still in the list.

use std::collections::HashMap;

use super::fold::fold;
use super::searcher::ServiceHit;
use crate::catalog::Catalog;
use crate::hash::Fx;

/// What a copy of a service counts of its score below the best copy.
const COPY_SHARE: f32 = 0.5;
/// A service listed once.
const ALONE: u32 = u32::MAX;

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
        // Versions of one description share their provider and areas; among the services
        // that do, those named alike in their shared languages are one group.
        let mut places: HashMap<String, Vec<Group>, Fx> = HashMap::default();
        for (at, service) in catalog.services.iter().enumerate() {
            let names: Names = service
                .name
                .variants()
                .map(|(lang, name)| (lang.to_string(), fold(name)))
                .collect();
            let mut place = vec![fold(&service.provider)];
            place.extend(service.areas.iter().map(|a| fold(a)));
            let groups = places.entry(place.join("\u{1f}")).or_default();
            match groups.iter_mut().find(|g| same_names(&g.names, &names)) {
                Some(group) => {
                    group.members.push(at);
                    for (lang, name) in names {
                        if !group.names.iter().any(|(l, _)| *l == lang) {
                            group.names.push((lang, name));
                        }
                    }
                }
                None => groups.push(Group {
                    members: vec![at],
                    names,
                }),
            }
        }
        let mut copies = vec![ALONE; catalog.services.len()];
        let mut next = 0;
        let groups = places.into_values().flatten();
        for group in groups.filter(|g| g.members.len() > 1) {
            for at in group.members {
                copies[at] = next;
            }
            next += 1;
        }
        let languages = catalog
            .services
            .iter()
            .map(|s| u8::try_from(s.name.variants().count()).unwrap_or(u8::MAX))
            .collect();
        Self {
            of: copies,
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
        // Per group: the best copy's score, languages and name order, as one number to
        // compare (a place in name order is below 2^28, see `MAX_ITEMS`).
        let key = |hit: &ServiceHit| {
            let languages = u64::from(self.languages.get(hit.index).copied().unwrap_or(0));
            (u64::from(hit.score) << 32)
                | (languages.min(15) << 28)
                | u64::from((u32::MAX - ranks[hit.index]) & 0x0fff_ffff)
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
