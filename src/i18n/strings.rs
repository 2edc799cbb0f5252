//! Every user-visible string, per language. Adding a field here makes the compiler ask for it
//! in all three languages, so no string can be left untranslated.

use super::Language;
use crate::catalog::{Format, Intensity, SupportNeed, Theme};

pub struct Strings {
    pub col_service: &'static str,
    pub col_provider: &'static str,
    pub col_goals: &'static str,
    pub col_score: &'static str,
    pub matching_goals: &'static str,
    pub services_found: &'static str,
    pub no_services: &'static str,
    pub theme_work: &'static str,
    pub theme_studies: &'static str,
    pub theme_participation: &'static str,
    pub format_individual: &'static str,
    pub format_group: &'static str,
    pub format_remote: &'static str,
    pub intensity_light: &'static str,
    pub intensity_intensive: &'static str,
    pub needs: [&'static str; 15],
}

impl Strings {
    pub fn of(language: Language) -> &'static Strings {
        match language {
            Language::Fi => &FI,
            Language::Sv => &SV,
            Language::En => &EN,
        }
    }

    pub fn theme(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::Work => self.theme_work,
            Theme::Studies => self.theme_studies,
            Theme::Participation => self.theme_participation,
        }
    }

    pub fn format(&self, format: Format) -> &'static str {
        match format {
            Format::Individual => self.format_individual,
            Format::Group => self.format_group,
            Format::Remote => self.format_remote,
        }
    }

    pub fn intensity(&self, intensity: Intensity) -> &'static str {
        match intensity {
            Intensity::Light => self.intensity_light,
            Intensity::Intensive => self.intensity_intensive,
        }
    }

    pub fn need(&self, need: SupportNeed) -> &'static str {
        let i = SupportNeed::ALL
            .iter()
            .position(|n| *n == need)
            .unwrap_or(0);
        self.needs[i]
    }
}

pub static FI: Strings = Strings {
    col_service: "Palvelu",
    col_provider: "Järjestäjä",
    col_goals: "Tavoitteet",
    col_score: "Osuvuus",
    matching_goals: "Osuvat tavoitteet",
    services_found: "palvelua löytyi",
    no_services: "Yksikään palvelu ei vastaa hakua.",
    theme_work: "Työtoiminnasta töihin",
    theme_studies: "Opinnoista töihin",
    theme_participation: "Osallisuutta tukeva toiminta",
    format_individual: "yksilö",
    format_group: "ryhmä",
    format_remote: "etä",
    intensity_light: "kevyt",
    intensity_intensive: "tehostettu",
    needs: [
        "Riittämätön kielitaito",
        "Perusopetus mukautetuin tavoittein",
        "Epätyypillinen työhistoria",
        "Epätyypillinen koulutushistoria",
        "Pitkittynyt työttömyys",
        "Kognitiiviset haasteet",
        "Vähäinen työkokemus",
        "Oppimisvaikeudet",
        "Taloudelliset vaikeudet",
        "Asumisen haasteet",
        "Autismikirjon diagnoosi",
        "Terveysongelmat",
        "Mielenterveyden haasteet",
        "Toistuvat kuntoutusjaksot",
        "Sosiaalisen toimintakyvyn ongelmat",
    ],
};

pub static SV: Strings = Strings {
    col_service: "Tjänst",
    col_provider: "Anordnare",
    col_goals: "Mål",
    col_score: "Relevans",
    matching_goals: "Mål som matchar",
    services_found: "tjänster hittades",
    no_services: "Ingen tjänst matchar sökningen.",
    theme_work: "Från arbetsverksamhet till arbete",
    theme_studies: "Från studier till arbete",
    theme_participation: "Verksamhet som stöder delaktighet",
    format_individual: "individuell",
    format_group: "grupp",
    format_remote: "distans",
    intensity_light: "lätt",
    intensity_intensive: "intensiv",
    needs: [
        "Otillräckliga språkkunskaper",
        "Grundläggande utbildning med anpassad lärokurs",
        "Atypisk arbetshistoria",
        "Atypisk utbildningshistoria",
        "Långvarig arbetslöshet",
        "Kognitiva utmaningar",
        "Lite arbetserfarenhet",
        "Inlärningssvårigheter",
        "Ekonomiska svårigheter",
        "Problem med boendet",
        "Diagnos inom autismspektrumet",
        "Hälsoproblem",
        "Psykiska utmaningar",
        "Upprepade rehabiliteringsperioder",
        "Problem med social funktionsförmåga",
    ],
};

pub static EN: Strings = Strings {
    col_service: "Service",
    col_provider: "Provider",
    col_goals: "Goals",
    col_score: "Score",
    matching_goals: "Matching goals",
    services_found: "services found",
    no_services: "No service matches the search.",
    theme_work: "From work activity to work",
    theme_studies: "From studies to work",
    theme_participation: "Activity that supports participation",
    format_individual: "individual",
    format_group: "group",
    format_remote: "remote",
    intensity_light: "light",
    intensity_intensive: "intensive",
    needs: [
        "Insufficient language skills",
        "Basic education with an adjusted syllabus",
        "Atypical work history",
        "Atypical education history",
        "Prolonged unemployment",
        "Cognitive challenges",
        "Little work experience",
        "Learning difficulties",
        "Financial difficulties",
        "Housing problems",
        "Autism-spectrum diagnosis",
        "Health problems",
        "Mental-health challenges",
        "Repeated rehabilitation periods",
        "Problems of social functioning",
    ],
};
