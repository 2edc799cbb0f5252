//! The words of the client's copy of a plan, per language. Adding a field makes the compiler
//! ask for it in all three languages, so a copy is never half translated.

use super::Language;
use crate::date::Date;
use crate::plan::{CoordinatorRole, PlanKind, ServiceStatus, TaskOwner};

/// How a language writes a date on paper.
#[derive(Clone, Copy, Debug)]
pub enum DateStyle {
    /// 23.11.2026, as in Finnish and in Finland Swedish.
    Dotted,
    /// 23 November 2026, with the months' names.
    DayMonthYear([&'static str; 12]),
}

pub struct ExportStrings {
    pub date_style: DateStyle,

    pub kind_client_plan: &'static str,
    pub kind_employment_plan: &'static str,
    pub kind_multi_sector_plan: &'static str,
    pub kind_activation_plan: &'static str,
    pub kind_rehabilitation_plan: &'static str,
    pub kind_other: &'static str,
    pub made: &'static str,
    pub changed: &'static str,

    pub people: &'static str,
    pub client: &'static str,
    pub professional: &'static str,
    pub organisation: &'static str,
    pub others: &'static str,
    pub coordinator: &'static str,
    pub role_work_ability_coordinator: &'static str,
    pub role_social_worker: &'static str,
    pub role_service_counsellor: &'static str,
    pub role_rehabilitation_counsellor: &'static str,
    pub role_job_coach: &'static str,
    pub role_other: &'static str,

    pub consent: &'static str,
    pub consent_given: &'static str,
    pub consent_date: &'static str,
    pub no_consent: &'static str,

    pub situation: &'static str,
    pub own_view: &'static str,
    pub assessment: &'static str,
    pub needs: &'static str,

    pub main_goal: &'static str,
    pub sub_goals: &'static str,
    pub target_date: &'static str,
    pub indicator: &'static str,
    pub scale: &'static str,
    pub level: &'static str,
    pub expected_level: &'static str,

    pub services: &'static str,
    pub status: &'static str,
    pub status_proposed: &'static str,
    pub status_agreed: &'static str,
    pub status_started: &'static str,
    pub status_completed: &'static str,
    pub status_interrupted: &'static str,
    pub start: &'static str,
    pub responsible: &'static str,
    pub provider: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub web: &'static str,
    pub address: &'static str,
    pub notes: &'static str,

    pub tasks: &'static str,
    pub owner_client: &'static str,
    pub owner_professional: &'static str,
    pub owner_other: &'static str,
    pub by: &'static str,

    pub next_meeting: &'static str,
    pub follow_ups: &'static str,
    pub review_note: &'static str,
}

impl ExportStrings {
    pub fn of(language: Language) -> &'static ExportStrings {
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

    /// The owner's word; `None` for someone else named in the plan (the name is shown).
    pub fn owner(&self, owner: &TaskOwner) -> Option<&'static str> {
        match owner {
            TaskOwner::Client => Some(self.owner_client),
            TaskOwner::Professional => Some(self.owner_professional),
            TaskOwner::Other(_) => None,
        }
    }

    pub fn date(&self, date: Date) -> String {
        match self.date_style {
            DateStyle::Dotted => format!("{}.{}.{}", date.day, date.month, date.year),
            DateStyle::DayMonthYear(months) => {
                let month = months
                    .get(usize::from(date.month).wrapping_sub(1))
                    .copied()
                    .unwrap_or("?");
                format!("{} {month} {}", date.day, date.year)
            }
        }
    }
}

pub static FI: ExportStrings = ExportStrings {
    date_style: DateStyle::Dotted,

    kind_client_plan: "Asiakassuunnitelma",
    kind_employment_plan: "Työllistymissuunnitelma",
    kind_multi_sector_plan: "Monialainen työllistymissuunnitelma",
    kind_activation_plan: "Aktivointisuunnitelma",
    kind_rehabilitation_plan: "Kuntoutussuunnitelma",
    kind_other: "Suunnitelma",
    made: "Laadittu",
    changed: "Päivitetty",

    people: "Osallistujat",
    client: "Asiakas",
    professional: "Ammattilainen",
    organisation: "Organisaatio",
    others: "Muut osallistujat",
    coordinator: "Koordinoinnista vastaa",
    role_work_ability_coordinator: "Työkykykoordinaattori",
    role_social_worker: "Sosiaalityöntekijä tai sosiaaliohjaaja",
    role_service_counsellor: "Palveluohjaaja",
    role_rehabilitation_counsellor: "Kuntoutusohjaaja",
    role_job_coach: "Työhönvalmentaja",
    role_other: "Muu",

    consent: "Suostumus suunnitelman näyttämiseen",
    consent_given: "Asiakas on antanut suostumuksen siihen, että tämän suunnitelman saa näyttää \
                    näille organisaatioille:",
    consent_date: "suostumus annettu",
    no_consent: "Asiakas ei ole antanut suostumusta tämän suunnitelman näyttämiseen kenellekään.",

    situation: "Tilanne asiakkaan omin sanoin",
    own_view: "Asiakkaan oma näkemys työkyvystään",
    assessment: "Ammattilaisen arvio",
    needs: "Tuen tarpeet",

    main_goal: "Päätavoite",
    sub_goals: "Välitavoitteet",
    target_date: "Tavoiteaika",
    indicator: "Mittari",
    scale: "Tavoitteen toteutumisen asteikko",
    level: "Taso",
    expected_level: "odotettu taso",

    services: "Palvelut",
    status: "Tilanne",
    status_proposed: "Ehdotettu",
    status_agreed: "Sovittu",
    status_started: "Alkanut",
    status_completed: "Päättynyt",
    status_interrupted: "Keskeytynyt",
    start: "Aloituspäivä",
    responsible: "Vastuuhenkilö",
    provider: "Järjestäjä",
    phone: "Puhelin",
    email: "Sähköposti",
    web: "Verkkosivut",
    address: "Osoite",
    notes: "Lisätietoja",

    tasks: "Tehtävät: kuka tekee mitä",
    owner_client: "Asiakas",
    owner_professional: "Ammattilainen",
    owner_other: "Joku muu",
    by: "viimeistään",

    next_meeting: "Seuraava tapaaminen",
    follow_ups: "Seuranta",
    review_note: "Huomiot",
};

pub static SV: ExportStrings = ExportStrings {
    date_style: DateStyle::Dotted,

    kind_client_plan: "Klientplan",
    kind_employment_plan: "Sysselsättningsplan",
    kind_multi_sector_plan: "Sektorsövergripande sysselsättningsplan",
    kind_activation_plan: "Aktiveringsplan",
    kind_rehabilitation_plan: "Rehabiliteringsplan",
    kind_other: "Plan",
    made: "Upprättad",
    changed: "Uppdaterad",

    people: "Deltagare",
    client: "Klient",
    professional: "Yrkesperson",
    organisation: "Organisation",
    others: "Övriga deltagare",
    coordinator: "Ansvarar för samordningen",
    role_work_ability_coordinator: "Arbetsförmågekoordinator",
    role_social_worker: "Socialarbetare eller socialhandledare",
    role_service_counsellor: "Servicehandledare",
    role_rehabilitation_counsellor: "Rehabiliteringshandledare",
    role_job_coach: "Jobbcoach",
    role_other: "Annan",

    consent: "Samtycke till att visa planen",
    consent_given: "Klienten har samtyckt till att planen får visas för dessa organisationer:",
    consent_date: "samtycke givet",
    no_consent: "Klienten har inte samtyckt till att planen visas för någon.",

    situation: "Situationen med klientens egna ord",
    own_view: "Klientens egen syn på sin arbetsförmåga",
    assessment: "Yrkespersonens bedömning",
    needs: "Behov av stöd",

    main_goal: "Huvudmål",
    sub_goals: "Delmål",
    target_date: "Måldatum",
    indicator: "Mätare",
    scale: "Skala för måluppfyllelse",
    level: "Nivå",
    expected_level: "förväntad nivå",

    services: "Tjänster",
    status: "Status",
    status_proposed: "Föreslagen",
    status_agreed: "Överenskommen",
    status_started: "Påbörjad",
    status_completed: "Avslutad",
    status_interrupted: "Avbruten",
    start: "Startdatum",
    responsible: "Ansvarsperson",
    provider: "Anordnare",
    phone: "Telefon",
    email: "E-post",
    web: "Webbplats",
    address: "Adress",
    notes: "Tilläggsuppgifter",

    tasks: "Uppgifter: vem gör vad",
    owner_client: "Klienten",
    owner_professional: "Yrkespersonen",
    owner_other: "Någon annan",
    by: "senast",

    next_meeting: "Nästa möte",
    follow_ups: "Uppföljning",
    review_note: "Kommentar",
};

pub static EN: ExportStrings = ExportStrings {
    date_style: DateStyle::DayMonthYear([
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]),

    kind_client_plan: "Client plan",
    kind_employment_plan: "Employment plan",
    kind_multi_sector_plan: "Multi-sector employment plan",
    kind_activation_plan: "Activation plan",
    kind_rehabilitation_plan: "Rehabilitation plan",
    kind_other: "Plan",
    made: "Made",
    changed: "Updated",

    people: "People",
    client: "Client",
    professional: "Professional",
    organisation: "Organisation",
    others: "Others taking part",
    coordinator: "Responsible for coordination",
    role_work_ability_coordinator: "Work-ability coordinator",
    role_social_worker: "Social worker or social instructor",
    role_service_counsellor: "Service counsellor",
    role_rehabilitation_counsellor: "Rehabilitation counsellor",
    role_job_coach: "Job coach",
    role_other: "Other",

    consent: "Consent to show this plan",
    consent_given: "The client has agreed that this plan may be shown to these organisations:",
    consent_date: "consent given",
    no_consent: "The client has not consented to sharing this plan with anyone.",

    situation: "The situation in the client's own words",
    own_view: "The client's own view of their work ability",
    assessment: "The professional's assessment",
    needs: "Support needs",

    main_goal: "Main goal",
    sub_goals: "Sub-goals",
    target_date: "Target date",
    indicator: "Indicator",
    scale: "Goal attainment scale",
    level: "Level",
    expected_level: "expected level",

    services: "Services",
    status: "Status",
    status_proposed: "Proposed",
    status_agreed: "Agreed",
    status_started: "Started",
    status_completed: "Completed",
    status_interrupted: "Interrupted",
    start: "Start date",
    responsible: "Responsible person",
    provider: "Provider",
    phone: "Phone",
    email: "Email",
    web: "Website",
    address: "Address",
    notes: "Notes",

    tasks: "Tasks: who does what",
    owner_client: "Client",
    owner_professional: "Professional",
    owner_other: "Someone else",
    by: "by",

    next_meeting: "Next meeting",
    follow_ups: "Follow-up",
    review_note: "Note",
};
