//! The words of the client's copy of a plan, per language. Adding a field makes the compiler
//! ask for it in all three languages, so a copy is never half translated.

use super::Language;
use super::terms::{self, PlanTerms};
use crate::date::Date;

pub struct ExportStrings {
    /// The plan's own terms, the same as on the screen.
    pub terms: &'static PlanTerms,
    /// The language the copy is written in, which also says how it writes dates.
    pub language: Language,

    pub made: &'static str,
    pub changed: &'static str,

    pub people: &'static str,
    pub client: &'static str,
    pub professional: &'static str,
    pub organisation: &'static str,
    pub others: &'static str,
    pub coordinator: &'static str,

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
    pub start: &'static str,
    pub responsible: &'static str,
    pub provider: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub web: &'static str,
    pub address: &'static str,
    pub notes: &'static str,

    pub tasks: &'static str,
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

    /// A date as the copy's language writes it, the same as on the screen.
    pub fn date(&self, date: Date) -> String {
        super::show_date(date, self.language)
    }
}

pub static FI: ExportStrings = ExportStrings {
    terms: &terms::FI,
    language: Language::Fi,

    made: "Laadittu",
    changed: "Päivitetty",

    people: "Osallistujat",
    client: "Asiakas",
    professional: "Ammattilainen",
    organisation: "Organisaatio",
    others: "Muut osallistujat",
    coordinator: "Koordinoinnista vastaa",

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
    start: "Aloituspäivä",
    responsible: "Vastuuhenkilö",
    provider: "Järjestäjä",
    phone: "Puhelin",
    email: "Sähköposti",
    web: "Verkkosivut",
    address: "Osoite",
    notes: "Lisätietoja",

    tasks: "Tehtävät: kuka tekee mitä",
    by: "viimeistään",

    next_meeting: "Seuraava tapaaminen",
    follow_ups: "Seuranta",
    review_note: "Huomiot",
};

pub static SV: ExportStrings = ExportStrings {
    terms: &terms::SV,
    language: Language::Sv,

    made: "Upprättad",
    changed: "Uppdaterad",

    people: "Deltagare",
    client: "Klient",
    professional: "Yrkesperson",
    organisation: "Organisation",
    others: "Övriga deltagare",
    coordinator: "Ansvarar för samordningen",

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
    start: "Startdatum",
    responsible: "Ansvarsperson",
    provider: "Anordnare",
    phone: "Telefon",
    email: "E-post",
    web: "Webbplats",
    address: "Adress",
    notes: "Tilläggsuppgifter",

    tasks: "Uppgifter: vem gör vad",
    by: "senast",

    next_meeting: "Nästa möte",
    follow_ups: "Uppföljning",
    review_note: "Kommentar",
};

pub static EN: ExportStrings = ExportStrings {
    terms: &terms::EN,
    language: Language::En,

    made: "Made",
    changed: "Updated",

    people: "People",
    client: "Client",
    professional: "Professional",
    organisation: "Organisation",
    others: "Others taking part",
    coordinator: "Responsible for coordination",

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
    start: "Start date",
    responsible: "Responsible person",
    provider: "Provider",
    phone: "Phone",
    email: "Email",
    web: "Website",
    address: "Address",
    notes: "Notes",

    tasks: "Tasks: who does what",
    by: "by",

    next_meeting: "Next meeting",
    follow_ups: "Follow-up",
    review_note: "Note",
};
