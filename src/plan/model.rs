//! What a plan holds: made together by the client and the professional, with goals,
//! indicators and follow-up, and who is responsible. A chosen service keeps a copy of the
//! catalogue's name, provider and contact, so that the plan stays readable when the catalogue
//! changes.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::catalog::{Contact, Id, Service, SupportNeed, Text};
use crate::date::Date;

/// The plan file format's version. A file with a larger version comes from a newer polku and
/// is refused rather than half-read.
pub const PLAN_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanKind {
    /// Asiakassuunnitelma (social care).
    #[default]
    ClientPlan,
    /// Työllistymissuunnitelma.
    EmploymentPlan,
    /// Monialainen työllistymissuunnitelma (TYP).
    MultiSectorEmploymentPlan,
    /// Aktivointisuunnitelma.
    ActivationPlan,
    /// Kuntoutussuunnitelma.
    RehabilitationPlan,
    Other,
}

impl PlanKind {
    pub const ALL: [PlanKind; 6] = [
        PlanKind::ClientPlan,
        PlanKind::EmploymentPlan,
        PlanKind::MultiSectorEmploymentPlan,
        PlanKind::ActivationPlan,
        PlanKind::RehabilitationPlan,
        PlanKind::Other,
    ];
}

/// Who holds the coordination responsibility for the client's path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CoordinatorRole {
    #[default]
    WorkAbilityCoordinator,
    SocialWorker,
    ServiceCounsellor,
    RehabilitationCounsellor,
    JobCoach,
    Other,
}

impl CoordinatorRole {
    pub const ALL: [CoordinatorRole; 6] = [
        CoordinatorRole::WorkAbilityCoordinator,
        CoordinatorRole::SocialWorker,
        CoordinatorRole::ServiceCounsellor,
        CoordinatorRole::RehabilitationCounsellor,
        CoordinatorRole::JobCoach,
        CoordinatorRole::Other,
    ];
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinator {
    pub role: CoordinatorRole,
    /// The person or the organisation holding it.
    #[serde(default)]
    pub name: String,
}

/// A five-level attainment scale written with the client (Goal Attainment Scaling): what each
/// level from −2 to +2 looks like for this goal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttainmentScale {
    #[serde(default)]
    pub minus_two: String,
    #[serde(default)]
    pub minus_one: String,
    /// The expected level.
    #[serde(default)]
    pub zero: String,
    #[serde(default)]
    pub plus_one: String,
    #[serde(default)]
    pub plus_two: String,
}

impl AttainmentScale {
    /// The description of `level` (−2…+2), if the level exists.
    pub fn level(&self, level: i8) -> Option<&str> {
        Some(match level {
            -2 => &self.minus_two,
            -1 => &self.minus_one,
            0 => &self.zero,
            1 => &self.plus_one,
            2 => &self.plus_two,
            _ => return None,
        })
    }
}

/// A goal of the plan, in the client's words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanGoal {
    pub text: String,
    #[serde(default)]
    pub target_date: Option<Date>,
    /// How progress will be seen.
    #[serde(default)]
    pub indicator: String,
    #[serde(default)]
    pub scale: Option<AttainmentScale>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServiceStatus {
    #[default]
    Proposed,
    Agreed,
    Started,
    Completed,
    Interrupted,
}

impl ServiceStatus {
    pub const ALL: [ServiceStatus; 5] = [
        ServiceStatus::Proposed,
        ServiceStatus::Agreed,
        ServiceStatus::Started,
        ServiceStatus::Completed,
        ServiceStatus::Interrupted,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChosenService {
    /// The catalogue id, to find the service again.
    pub service: Id,
    pub name: Text,
    pub provider: String,
    #[serde(default)]
    pub contact: Option<Contact>,
    /// The catalogue goal the service was chosen for.
    #[serde(default)]
    pub goal: Option<Id>,
    #[serde(default)]
    pub status: ServiceStatus,
    #[serde(default)]
    pub start: Option<Date>,
    /// Who is responsible for it.
    #[serde(default)]
    pub responsible: String,
    #[serde(default)]
    pub notes: String,
}

impl ChosenService {
    pub fn from_catalog(service: &Service) -> Self {
        Self {
            service: service.id.clone(),
            name: service.name.clone(),
            provider: service.provider.to_string(),
            contact: service.contact.as_deref().cloned(),
            goal: service.goals.first().cloned(),
            status: ServiceStatus::default(),
            start: None,
            responsible: String::new(),
            notes: String::new(),
        }
    }
}

/// Who does a task.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaskOwner {
    #[default]
    Client,
    Professional,
    /// Someone else, by name or role.
    Other(String),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub who: TaskOwner,
    pub what: String,
    #[serde(default)]
    pub by: Option<Date>,
    #[serde(default)]
    pub done: bool,
}

/// Reads a level of the attainment scale: a level off the scale is a damaged plan, reported
/// at its place, rather than a number the screen cannot show or step through.
fn attainment_level<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<i8>, D::Error> {
    let level = Option::<i8>::deserialize(deserializer)?;
    match level {
        Some(l) if !(-2..=2).contains(&l) => Err(serde::de::Error::custom(format!(
            "the attainment level {l} is not on the scale: use -2, -1, 0, 1 or 2"
        ))),
        level => Ok(level),
    }
}

/// At a follow-up meeting: the level a goal reached and a note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalReview {
    /// The goal's text when it was reviewed (goals may be rewritten later).
    pub goal: String,
    /// The attainment level reached, −2…+2, if the goal has a scale.
    #[serde(default, deserialize_with = "attainment_level")]
    pub level: Option<i8>,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub date: Date,
    #[serde(default)]
    pub reviews: Vec<GoalReview>,
}

/// The client's consent to show the plan to an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub organisation: String,
    pub date: Date,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub version: u32,
    #[serde(default)]
    pub kind: PlanKind,
    #[serde(default)]
    pub made: Option<Date>,
    #[serde(default)]
    pub changed: Option<Date>,
    /// The plan's language ("fi", "sv", "en").
    #[serde(default = "default_language")]
    pub language: String,
    /// The client's name or initials, as the professional chooses.
    #[serde(default)]
    pub client: String,
    #[serde(default)]
    pub professional: String,
    #[serde(default)]
    pub organisation: String,
    /// Others taking part.
    #[serde(default)]
    pub others: Vec<String>,
    #[serde(default)]
    pub coordinator: Option<Coordinator>,
    /// The client's situation in their own words.
    #[serde(default)]
    pub situation: String,
    /// How the client sees their own work ability.
    #[serde(default)]
    pub own_view: String,
    /// The professional's assessment.
    #[serde(default)]
    pub assessment: String,
    /// The support needs ticked with the client.
    #[serde(default)]
    pub needs: BTreeSet<SupportNeed>,
    #[serde(default)]
    pub main_goal: PlanGoal,
    #[serde(default)]
    pub sub_goals: Vec<PlanGoal>,
    #[serde(default)]
    pub services: Vec<ChosenService>,
    #[serde(default)]
    pub tasks: Vec<Task>,
    #[serde(default)]
    pub next_meeting: Option<Date>,
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
    #[serde(default)]
    pub consents: Vec<Consent>,
}

fn default_language() -> String {
    "fi".to_owned()
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            version: PLAN_VERSION,
            kind: PlanKind::default(),
            made: None,
            changed: None,
            language: default_language(),
            client: String::new(),
            professional: String::new(),
            organisation: String::new(),
            others: Vec::new(),
            coordinator: None,
            situation: String::new(),
            own_view: String::new(),
            assessment: String::new(),
            needs: BTreeSet::new(),
            main_goal: PlanGoal::default(),
            sub_goals: Vec::new(),
            services: Vec::new(),
            tasks: Vec::new(),
            next_meeting: None,
            follow_ups: Vec::new(),
            consents: Vec::new(),
        }
    }
}

impl Plan {
    pub fn contains(&self, service: &Id) -> bool {
        self.services.iter().any(|s| &s.service == service)
    }

    /// Adds the service unless it is already chosen; says whether it was added.
    pub fn add(&mut self, service: &Service) -> bool {
        if self.contains(&service.id) {
            return false;
        }
        self.services.push(ChosenService::from_catalog(service));
        true
    }

    pub fn remove(&mut self, index: usize) -> Option<ChosenService> {
        (index < self.services.len()).then(|| self.services.remove(index))
    }

    /// The goals in order: the main goal first, then the sub-goals.
    pub fn goals(&self) -> impl Iterator<Item = &PlanGoal> {
        std::iter::once(&self.main_goal).chain(&self.sub_goals)
    }

    /// Whether the client has agreed to show the plan to anyone.
    pub fn has_consent(&self) -> bool {
        !self.consents.is_empty()
    }
}
