//! The plan's own terms: its kinds, the coordinator's roles, a chosen service's status and who
//! does a task. One table per language serves the screen and the client's copy alike, so that
//! what the client reads on paper is what they saw on the shared screen.
//!
//! Terms are written as they read inside a sentence ("sovittu", "the client"); the client's
//! copy capitalises them where they start a line. Kinds are names of documents, capitalised.

use super::Language;
use crate::plan::{CoordinatorRole, PlanKind, ServiceStatus, TaskOwner};

pub struct PlanTerms {
    pub kind_client_plan: &'static str,
    pub kind_employment_plan: &'static str,
    pub kind_multi_sector_plan: &'static str,
    pub kind_activation_plan: &'static str,
    pub kind_rehabilitation_plan: &'static str,
    /// A kind to choose on the screen: "another plan".
    pub kind_other: &'static str,
    /// The heading of a plan of another kind on the client's copy: just "a plan".
    pub title_other: &'static str,
    pub role_work_ability_coordinator: &'static str,
    pub role_social_worker: &'static str,
    pub role_service_counsellor: &'static str,
    pub role_rehabilitation_counsellor: &'static str,
    pub role_job_coach: &'static str,
    pub role_other: &'static str,
    pub status_proposed: &'static str,
    pub status_agreed: &'static str,
    pub status_started: &'static str,
    pub status_completed: &'static str,
    pub status_interrupted: &'static str,
    pub owner_client: &'static str,
    pub owner_professional: &'static str,
    /// Someone the plan does not name.
    pub owner_other: &'static str,
}

impl PlanTerms {
    pub fn of(language: Language) -> &'static PlanTerms {
        match language {
            Language::Fi => &FI,
            Language::Sv => &SV,
            Language::En => &EN,
        }
    }

    pub fn kind(&self, kind: PlanKind) -> &'static str {
        match kind {
            PlanKind::ClientPlan => self.kind_client_plan,
            PlanKind::EmploymentPlan => self.kind_employment_plan,
            PlanKind::MultiSectorEmploymentPlan => self.kind_multi_sector_plan,
            PlanKind::ActivationPlan => self.kind_activation_plan,
            PlanKind::RehabilitationPlan => self.kind_rehabilitation_plan,
            PlanKind::Other => self.kind_other,
        }
    }

    /// The plan's heading: its kind, or just "plan" for another kind.
    pub fn title(&self, kind: PlanKind) -> &'static str {
        match kind {
            PlanKind::Other => self.title_other,
            kind => self.kind(kind),
        }
    }

    pub fn role(&self, role: CoordinatorRole) -> &'static str {
        match role {
            CoordinatorRole::WorkAbilityCoordinator => self.role_work_ability_coordinator,
            CoordinatorRole::SocialWorker => self.role_social_worker,
            CoordinatorRole::ServiceCounsellor => self.role_service_counsellor,
            CoordinatorRole::RehabilitationCounsellor => self.role_rehabilitation_counsellor,
            CoordinatorRole::JobCoach => self.role_job_coach,
            CoordinatorRole::Other => self.role_other,
        }
    }

    pub fn status(&self, status: ServiceStatus) -> &'static str {
        match status {
            ServiceStatus::Proposed => self.status_proposed,
            ServiceStatus::Agreed => self.status_agreed,
            ServiceStatus::Started => self.status_started,
            ServiceStatus::Completed => self.status_completed,
            ServiceStatus::Interrupted => self.status_interrupted,
        }
    }

    /// Who does a task, as a word; someone else is "someone else" here, and shown by name
    /// where the plan gives one.
    pub fn owner(&self, owner: &TaskOwner) -> &'static str {
        match owner {
            TaskOwner::Client => self.owner_client,
            TaskOwner::Professional => self.owner_professional,
            TaskOwner::Other(_) => self.owner_other,
        }
    }
}

pub static FI: PlanTerms = PlanTerms {
    kind_client_plan: "Asiakassuunnitelma",
    kind_employment_plan: "Työllistymissuunnitelma",
    kind_multi_sector_plan: "Monialainen työllistymissuunnitelma (TYP)",
    kind_activation_plan: "Aktivointisuunnitelma",
    kind_rehabilitation_plan: "Kuntoutussuunnitelma",
    kind_other: "Muu suunnitelma",
    title_other: "Suunnitelma",
    role_work_ability_coordinator: "työkykykoordinaattori",
    role_social_worker: "sosiaalityöntekijä tai sosiaaliohjaaja",
    role_service_counsellor: "palveluohjaaja",
    role_rehabilitation_counsellor: "kuntoutusohjaaja",
    role_job_coach: "työhönvalmentaja",
    role_other: "muu",
    status_proposed: "ehdotettu",
    status_agreed: "sovittu",
    status_started: "aloitettu",
    status_completed: "päättynyt",
    status_interrupted: "keskeytynyt",
    owner_client: "asiakas",
    owner_professional: "ammattilainen",
    owner_other: "joku muu",
};

pub static SV: PlanTerms = PlanTerms {
    kind_client_plan: "Klientplan",
    kind_employment_plan: "Sysselsättningsplan",
    kind_multi_sector_plan: "Sektorsövergripande sysselsättningsplan (TYP)",
    kind_activation_plan: "Aktiveringsplan",
    kind_rehabilitation_plan: "Rehabiliteringsplan",
    kind_other: "Annan plan",
    title_other: "Plan",
    role_work_ability_coordinator: "arbetsförmågekoordinator",
    role_social_worker: "socialarbetare eller socialhandledare",
    role_service_counsellor: "servicehandledare",
    role_rehabilitation_counsellor: "rehabiliteringshandledare",
    role_job_coach: "jobbcoach",
    role_other: "annan",
    status_proposed: "föreslagen",
    status_agreed: "överenskommen",
    status_started: "påbörjad",
    status_completed: "avslutad",
    status_interrupted: "avbruten",
    owner_client: "klienten",
    owner_professional: "yrkespersonen",
    owner_other: "någon annan",
};

pub static EN: PlanTerms = PlanTerms {
    kind_client_plan: "Client plan",
    kind_employment_plan: "Employment plan",
    kind_multi_sector_plan: "Multi-sector employment plan (TYP)",
    kind_activation_plan: "Activation plan",
    kind_rehabilitation_plan: "Rehabilitation plan",
    kind_other: "Other plan",
    title_other: "Plan",
    role_work_ability_coordinator: "work-ability coordinator",
    role_social_worker: "social worker or social instructor",
    role_service_counsellor: "service counsellor",
    role_rehabilitation_counsellor: "rehabilitation counsellor",
    role_job_coach: "job coach",
    role_other: "other",
    status_proposed: "proposed",
    status_agreed: "agreed",
    status_started: "started",
    status_completed: "completed",
    status_interrupted: "interrupted",
    owner_client: "client",
    owner_professional: "professional",
    owner_other: "someone else",
};

/// `text` with its first letter in upper case, for a term that starts a line.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalises_the_first_letter_only() {
        assert_eq!(capitalised("ähtäri (TYP)"), "Ähtäri (TYP)");
        assert_eq!(capitalised(""), "");
    }
}
