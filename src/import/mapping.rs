//! Goals from codes: which catalogue goals a register's codes (service classes, life events,
//! target groups, ontology terms, taxonomy terms) stand for. A mapping file is RON; polku
//! ships one onto its built-in goals.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::OnceLock;

use serde::Deserialize;

use super::error::ImportError;
use crate::catalog::Text;
use crate::catalog::{CatalogSource, Goal, Id, Position, describe_ron_error, ron_options};

/// The mapping polku ships, onto the goals of the built-in catalogue.
const DEFAULT_MAPPING: &str = include_str!("default_mapping.ron");
const DEFAULT_MAPPING_NAME: &str = "<built-in>/default_mapping.ron";

/// PTV's earlier code URIs and the notations that replaced them.
const OLD_PTV_CODES: &str = include_str!("ptv_old_codes.tsv");

/// A service is sorted under at most this many goals: the most specific codes come first.
const MAX_GOALS: usize = 3;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Mapping")]
struct MappingFile {
    #[serde(default)]
    unsorted: Option<Goal>,
    #[serde(default)]
    goals: Vec<Goal>,
    codes: BTreeMap<String, Vec<String>>,
}

pub struct Mapping {
    /// Normalised code → goals, in the order the mapping lists them.
    codes: HashMap<String, Vec<Id>>,
    /// Every goal the mapping may name: its own, then the built-in catalogue's.
    goals: Vec<Goal>,
    unsorted: Goal,
}

impl Mapping {
    /// The mapping polku ships.
    pub fn builtin() -> Result<Self, ImportError> {
        Self::parse(DEFAULT_MAPPING_NAME, DEFAULT_MAPPING)
    }

    /// A mapping file of the user's, which replaces the built-in one.
    pub fn from_file(path: &Path) -> Result<Self, ImportError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| ImportError::at_file(&name, format!("cannot read the mapping: {e}")))?;
        Self::parse(&name, &text)
    }

    fn parse(name: &str, text: &str) -> Result<Self, ImportError> {
        let file: MappingFile = ron_options().from_str(text).map_err(|e| {
            let at = Position::of_ron(&e);
            ImportError::at(
                name,
                format!("{}:{}", at.line, at.column),
                describe_ron_error(&e.code),
            )
        })?;
        let unsorted = match file.unsorted {
            Some(goal) => goal,
            None => default_unsorted(),
        };
        let mut goals = file.goals;
        let own: Vec<Id> = goals.iter().map(|g| g.id.clone()).collect();
        let builtin = CatalogSource::Builtin.load().catalog.goals;
        goals.extend(builtin.into_iter().filter(|b| !own.contains(&b.id)));
        let mut codes = HashMap::new();
        for (code, goal_names) in file.codes {
            let mut ids = Vec::with_capacity(goal_names.len());
            for goal in goal_names {
                let known = Id::parse(&goal)
                    .ok()
                    .filter(|id| *id == unsorted.id || goals.iter().any(|g| g.id == *id));
                let Some(id) = known else {
                    let at = text.find(&format!("\"{goal}\"")).unwrap_or(0);
                    let at = Position::of_offset(text, at);
                    return Err(ImportError::at(
                        name,
                        format!("{}:{}", at.line, at.column),
                        format!(
                            "the code `{code}` names the goal `{goal}`, which is neither a goal of the built-in catalogue nor one under `goals` in this file"
                        ),
                    ));
                };
                ids.push(id);
            }
            codes.insert(normalise_code(&code), ids);
        }
        Ok(Self {
            codes,
            goals,
            unsorted,
        })
    }

    /// The goals for a service with these codes (most specific first): at most three, each
    /// once; none when no code is mapped.
    pub fn goals_for<'a>(&self, codes: impl IntoIterator<Item = &'a str>) -> Vec<Id> {
        let mut goals: Vec<Id> = Vec::new();
        for code in codes {
            let Some(mapped) = self.codes.get(&normalise_code(code)) else {
                continue;
            };
            for goal in mapped {
                if goals.len() < MAX_GOALS && !goals.contains(goal) {
                    goals.push(goal.clone());
                }
            }
        }
        goals
    }

    /// Whether the mapping says anything about `code`.
    pub fn knows(&self, code: &str) -> bool {
        self.codes.contains_key(&normalise_code(code))
    }

    pub fn goal(&self, id: &Id) -> Option<&Goal> {
        if *id == self.unsorted.id {
            return Some(&self.unsorted);
        }
        self.goals.iter().find(|g| g.id == *id)
    }

    /// Every goal the mapping knows, in order, the goal for unsorted services last.
    pub fn all_goals(&self) -> impl Iterator<Item = &Goal> {
        self.goals.iter().chain(std::iter::once(&self.unsorted))
    }

    pub fn unsorted(&self) -> &Goal {
        &self.unsorted
    }
}

fn default_unsorted() -> Goal {
    Goal {
        // A constant, valid id.
        id: Id::parse("not-yet-sorted").unwrap_or_else(|_| unreachable!()),
        name: Text::from_pairs([
            ("fi", "Lajittelemattomat palvelut"),
            ("sv", "Osorterade tjänster"),
            ("en", "Services not yet sorted"),
        ]),
        themes: Vec::new(),
        description: None,
        keywords: Vec::new(),
        needs: Vec::new(),
    }
}

/// A code as the mapping compares it: PTV's code URIs (new and old) become their notations
/// ("P10.1"), and everything is compared without regard to case.
pub fn normalise_code(code: &str) -> String {
    shown_code(code).to_lowercase()
}

/// A code as a person reads it and a mapping file names it: PTV's code URIs (new and old)
/// as their notations ("P10.1"), anything else as it is.
pub fn shown_code(code: &str) -> &str {
    let code = code.trim();
    if code.contains("uri.suomi.fi/codelist/ptv/")
        && let Some((_, notation)) = code.rsplit_once("/code/")
    {
        return notation;
    }
    if let Some((_, old)) = code.rsplit_once("URN:NBN:fi:au:ptvl:")
        && let Some(notation) = old_ptv_codes().get(old)
    {
        return notation;
    }
    code
}

fn old_ptv_codes() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        OLD_PTV_CODES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_uris_become_notations() {
        assert_eq!(
            normalise_code("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P10.1"),
            "p10.1"
        );
        assert_eq!(
            normalise_code("http://urn.fi/URN:NBN:fi:au:ptvl:v1097"),
            "p10.1"
        );
        assert_eq!(normalise_code(" KE8 "), "ke8");
        assert_eq!(shown_code("http://urn.fi/URN:NBN:fi:au:ptvl:v2001"), "KR1");
    }

    #[test]
    fn the_default_mapping_names_only_built_in_goals() {
        let mapping = Mapping::builtin().unwrap();
        let goals = mapping.goals_for(["P10.1", "KE12", "P5.7", "P4.12"]);
        let ids: Vec<&str> = goals.iter().map(Id::as_str).collect();
        assert_eq!(
            ids,
            [
                "job-search-skills",
                "rehabilitation-path",
                "mental-wellbeing"
            ]
        );
        assert!(mapping.goals_for(["P99"]).is_empty());
    }
}
