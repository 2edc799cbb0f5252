//! The catalogue as polku holds it in memory: goals (what a service aims at) and services.
//! The same types are what catalogue files deserialize into; checks that need the whole
//! catalogue (references, duplicates) are made by the loader.

use std::borrow::Borrow;
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Deserializer, Serialize, de};

use super::shared;
use super::text::{Lang, Text};
use crate::date::Date;
use crate::hash::Fx;

/// The three themes of the OTE regional work (from work activity to work, from studies to
/// work, activity that supports participation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Theme {
    Work,
    Studies,
    Participation,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Work, Theme::Studies, Theme::Participation];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Format {
    Individual,
    Group,
    Remote,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Individual, Format::Group, Format::Remote];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Intensity {
    Light,
    Intensive,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cost {
    Free,
    Fee(Text),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.parts().next().is_none()
    }

    /// The parts that are given, in the order they are read out: phone, e-mail, web, address.
    pub fn parts(&self) -> impl Iterator<Item = &str> {
        [&self.phone, &self.email, &self.web, &self.address]
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// The given parts on one line.
    pub fn one_line(&self) -> String {
        self.parts().collect::<Vec<_>>().join(" · ")
    }
}

/// The employment-support checklist of the Yhdessä hyvä OTE project: what a client may need
/// support with. Goals say which needs they answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SupportNeed {
    LanguageSkills,
    AdjustedBasicEducation,
    AtypicalWorkHistory,
    AtypicalEducationHistory,
    LongUnemployment,
    CognitiveChallenges,
    LittleWorkExperience,
    LearningDifficulties,
    FinancialDifficulties,
    HousingChallenges,
    AutismSpectrum,
    HealthProblems,
    MentalHealth,
    RepeatedRehabilitation,
    SocialFunctioning,
}

impl SupportNeed {
    pub const ALL: [SupportNeed; 15] = [
        SupportNeed::LanguageSkills,
        SupportNeed::AdjustedBasicEducation,
        SupportNeed::AtypicalWorkHistory,
        SupportNeed::AtypicalEducationHistory,
        SupportNeed::LongUnemployment,
        SupportNeed::CognitiveChallenges,
        SupportNeed::LittleWorkExperience,
        SupportNeed::LearningDifficulties,
        SupportNeed::FinancialDifficulties,
        SupportNeed::HousingChallenges,
        SupportNeed::AutismSpectrum,
        SupportNeed::HealthProblems,
        SupportNeed::MentalHealth,
        SupportNeed::RepeatedRehabilitation,
        SupportNeed::SocialFunctioning,
    ];

    /// The id catalogue files and plans use.
    pub fn id(self) -> &'static str {
        match self {
            SupportNeed::LanguageSkills => "language-skills",
            SupportNeed::AdjustedBasicEducation => "adjusted-basic-education",
            SupportNeed::AtypicalWorkHistory => "atypical-work-history",
            SupportNeed::AtypicalEducationHistory => "atypical-education-history",
            SupportNeed::LongUnemployment => "long-unemployment",
            SupportNeed::CognitiveChallenges => "cognitive-challenges",
            SupportNeed::LittleWorkExperience => "little-work-experience",
            SupportNeed::LearningDifficulties => "learning-difficulties",
            SupportNeed::FinancialDifficulties => "financial-difficulties",
            SupportNeed::HousingChallenges => "housing-challenges",
            SupportNeed::AutismSpectrum => "autism-spectrum",
            SupportNeed::HealthProblems => "health-problems",
            SupportNeed::MentalHealth => "mental-health",
            SupportNeed::RepeatedRehabilitation => "repeated-rehabilitation",
            SupportNeed::SocialFunctioning => "social-functioning",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.id() == id)
    }
}

impl fmt::Display for SupportNeed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for SupportNeed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for SupportNeed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = String::deserialize(deserializer)?;
        SupportNeed::from_id(&id).ok_or_else(|| {
            let known: Vec<&str> = SupportNeed::ALL.iter().map(|n| n.id()).collect();
            de::Error::custom(format!(
                "`{id}` is not a support need; the support needs are: {}",
                known.join(", ")
            ))
        })
    }
}

/// An id of a goal or a service: `a-z`, `0-9` and `-`, so that it is safe in files, plans and
/// command lines. Shared: every service names its goals by id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(Arc<str>);

impl Id {
    pub fn parse(id: &str) -> Result<Self, String> {
        if id.is_empty() {
            return Err("the id is empty".into());
        }
        if let Some(bad) = id
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        {
            return Err(format!(
                "the id `{id}` contains {bad:?}: use only lower-case a-z, digits 0-9 and `-`"
            ));
        }
        Ok(Self(shared::shared(id)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// So that a map keyed by ids can be asked with a plain `&str` (hashes and equality agree: an
/// id is its text).
impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Checked and shared in one step: every service names its goals by id.
        shared::read_str(deserializer, Id::parse)
    }
}

/// Language codes a service is delivered in: Finnish unless the catalogue says otherwise.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Languages(
    /// Empty for the default, so that most services need no allocation for it.
    Box<[Lang]>,
);

impl Languages {
    pub fn new(codes: impl IntoIterator<Item = Lang>) -> Self {
        let codes: Box<[Lang]> = codes.into_iter().collect();
        if codes.as_ref() == [Lang::FINNISH] {
            return Self::default();
        }
        Self(codes)
    }

    pub fn codes(&self) -> &[Lang] {
        if self.0.is_empty() {
            &[Lang::FINNISH]
        } else {
            &self.0
        }
    }

    pub fn contains(&self, code: &str) -> bool {
        self.codes().iter().any(|c| c.as_str() == code)
    }

    /// The codes, separated by `separator`.
    pub fn join(&self, separator: &str) -> String {
        let codes: Vec<&str> = self.codes().iter().map(Lang::as_str).collect();
        codes.join(separator)
    }
}

impl Serialize for Languages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.codes().iter().map(Lang::as_str))
    }
}

impl<'de> Deserialize<'de> for Languages {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let codes = Vec::<String>::deserialize(deserializer)?;
        if codes.is_empty() {
            return Err(de::Error::custom(
                "no language is listed: list at least one, such as [\"fi\"], or leave `languages` out for Finnish",
            ));
        }
        let mut parsed = Vec::with_capacity(codes.len());
        for code in &codes {
            match Lang::parse(code) {
                Some(lang) => parsed.push(lang),
                None => {
                    return Err(de::Error::custom(format!(
                        "`{code}` is not a language code: use two lower-case letters such as \"fi\""
                    )));
                }
            }
        }
        Ok(Self::new(parsed))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: Id,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<SupportNeed>,
}

/// The register a service was imported from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SourceFormat {
    /// The national Suomi.fi service register (Palvelutietovaranto).
    Ptv,
    /// The City of Helsinki's service register.
    Tpr,
    /// Open Referral's Human Services Data Specification.
    Hsds,
}

impl SourceFormat {
    /// The name the command line and `polku search --json` use.
    pub fn name(self) -> &'static str {
        match self {
            SourceFormat::Ptv => "ptv",
            SourceFormat::Tpr => "tpr",
            SourceFormat::Hsds => "hsds",
        }
    }
}

/// Where an imported service came from: which register, its id there, and its address there
/// when the register has one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub format: SourceFormat,
    pub id: Box<str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Box<str>>,
}

/// An entry of the need thesaurus: words and phrases a client says, and the words and phrases
/// the catalogue describes services with. A catalogue may add its own to polku's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThesaurusEntry {
    pub words: Vec<String>,
    pub means: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: Id,
    pub name: Text,
    pub summary: Text,
    pub goals: Box<[Id]>,
    pub provider: Box<str>,
    pub formats: Box<[Format]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity: Option<Intensity>,
    /// Lists of short words are shared across the catalogue (see `shared`).
    #[serde(
        default,
        deserialize_with = "shared::list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub areas: Box<[Arc<str>]>,
    #[serde(default)]
    pub languages: Languages,
    #[serde(
        default,
        deserialize_with = "shared::list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub target_groups: Box<[Arc<str>]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Cost>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<Text>,
    /// Boxed: most services of a large catalogue have none, and the service stays small.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Box<Contact>>,
    #[serde(
        default,
        deserialize_with = "shared::list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub keywords: Box<[Arc<str>]>,
    /// Which register the service was imported from, if it was (boxed: most hand-written
    /// services have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Box<Source>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Date>,
}

impl Service {
    pub fn is_free(&self) -> bool {
        matches!(self.cost, Some(Cost::Free))
    }

    /// Offered in `area`: either everywhere in the region, or there by name (case-insensitive).
    pub fn serves_area(&self, area: &str) -> bool {
        // Compared letter by letter: this runs for every service when the filter changes.
        let lower = |s: &str| {
            s.chars()
                .flat_map(char::to_lowercase)
                .collect::<Vec<char>>()
        };
        let wanted = lower(area);
        self.areas.is_empty()
            || self.areas.iter().any(|a| {
                a.chars()
                    .flat_map(char::to_lowercase)
                    .eq(wanted.iter().copied())
            })
    }
}

/// A whole catalogue, merged from its files. Goals and services keep the order of the files.
///
/// A catalogue does not change once loaded: what is derived from its services (the lookup by
/// id, the areas and languages for filters) is made once, on first use, and kept.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// What the catalogue calls itself (the first file that gives a name), for the header.
    pub name: Option<Text>,
    pub goals: Vec<Goal>,
    pub services: Vec<Service>,
    /// The catalogue's own need-thesaurus entries (added to polku's).
    pub thesaurus: Vec<ThesaurusEntry>,
    derived: OnceLock<Derived>,
}

#[derive(Clone, Debug, Default)]
struct Derived {
    service_numbers: HashMap<Id, usize, Fx>,
    areas: Vec<String>,
    languages: Vec<String>,
}

impl Catalog {
    pub fn goal(&self, id: &Id) -> Option<&Goal> {
        self.goals.iter().find(|g| &g.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        let number = *self.derived().service_numbers.get(id)?;
        self.services.get(number)
    }

    /// Every area named by some service, sorted, for filters.
    pub fn areas(&self) -> &[String] {
        &self.derived().areas
    }

    /// Every language some service is delivered in, sorted.
    pub fn service_languages(&self) -> &[String] {
        &self.derived().languages
    }

    /// Makes what is derived from the services now (the loader does, so that the screen's
    /// first lookup costs nothing).
    pub fn prepare_lookups(&self) {
        self.derived();
    }

    fn derived(&self) -> &Derived {
        self.derived.get_or_init(|| {
            let mut service_numbers = HashMap::default();
            let mut areas = BTreeSet::new();
            let mut languages = BTreeSet::new();
            for (number, service) in self.services.iter().enumerate() {
                // The first of two services with one id is the one shown (the loader keeps
                // only one anyway).
                service_numbers.entry(service.id.clone()).or_insert(number);
                areas.extend(service.areas.iter().map(|a| &**a));
                languages.extend(service.languages.codes().iter().map(Lang::as_str));
            }
            Derived {
                service_numbers,
                areas: areas.into_iter().map(str::to_owned).collect(),
                languages: languages.into_iter().map(str::to_owned).collect(),
            }
        })
    }
}
