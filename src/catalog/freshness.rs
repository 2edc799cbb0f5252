//! Records that have gone stale: a service whose `updated` date is more than twelve months
//! old may describe something that has changed or ended. `polku check` warns about them (a
//! warning, not a problem) and the screen marks them quietly.

use std::collections::HashMap;

use super::load::service_field_positions;
use super::model::{Catalog, Service};
use super::problem::{Position, Problem};
use super::source::{CatalogSource, builtin_files, read_folder};
use crate::date::Date;

/// Twelve months, in days: a record older than this is stale.
pub const STALE_AFTER_DAYS: i64 = 365;

impl Service {
    /// Whether the record was last updated more than twelve months before `today`. A service
    /// without a date is not called stale: nothing is known of it.
    pub fn is_stale(&self, today: Date) -> bool {
        self.updated.is_some_and(|updated| {
            today.days_since_epoch() - updated.days_since_epoch() > STALE_AFTER_DAYS
        })
    }
}

/// A warning for each stale service of a loaded catalogue, at the place of its `updated`
/// field. The files are read again only when some service is stale.
pub fn stale_warnings(source: &CatalogSource, catalog: &Catalog, today: Date) -> Vec<Problem> {
    let stale: HashMap<&str, Date> = catalog
        .services
        .iter()
        .filter(|s| s.is_stale(today))
        .filter_map(|s| Some((s.id.as_str(), s.updated?)))
        .collect();
    if stale.is_empty() {
        return Vec::new();
    }
    let files = match source {
        CatalogSource::Builtin => builtin_files(),
        CatalogSource::Folders(dirs) => dirs.iter().flat_map(|d| read_folder(d).0).collect(),
    };
    let mut warnings = Vec::new();
    let mut placed = std::collections::HashSet::new();
    for file in files {
        let Ok(bytes) = file.content.read() else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        for (id, position) in service_field_positions(&text, "updated") {
            if let Some(updated) = stale.get(id.as_str())
                && placed.insert(id.clone())
            {
                warnings.push(warning(&file.path, position, &id, *updated));
            }
        }
    }
    warnings
}

fn warning(path: &str, position: Position, id: &str, updated: Date) -> Problem {
    Problem {
        path: path.to_owned(),
        position,
        message: format!(
            "warning: service `{id}` was last updated on {updated}, more than 12 months ago: check it with its provider (or import it again) and update `updated`"
        ),
    }
}
