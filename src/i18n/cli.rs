//! What the command line says, in the language it is given (`--lang`, the settings, the
//! locale): each message is data, written out per language in one place, so that a Finnish
//! user never meets an English error from polku itself.

use super::{Language, Message};

/// A message of the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CliText<'a> {
    /// `--goal` names no goal of the catalogue.
    NoSuchGoal {
        given: &'a str,
        nearest: &'a [String],
    },
    /// `--area` names no municipality that any service is in.
    NoSuchArea {
        given: &'a str,
        nearest: &'a [String],
    },
    /// `--service-language` names no language that any service is given in.
    NoSuchServiceLanguage {
        given: &'a str,
        nearest: &'a [String],
    },
    /// Standard output could not be written.
    CannotWriteOutput { error: String },
    /// `polku check` on a catalogue without problems.
    CheckClean {
        goals: usize,
        services: usize,
        files: usize,
    },
    /// `polku check` on a catalogue with problems.
    CheckProblems { problems: usize, files: usize },
    /// `polku check` found services not updated for more than 12 months.
    StaleWarnings { warnings: usize },
    /// `polku export` could not open the plan.
    CannotOpenPlan { error: String },
    /// `polku export --output` names the plan file itself.
    OutputIsThePlan { path: String },
    /// `polku export` could not write its output file.
    CannotWriteFile { path: String, error: String },
}

impl Message for CliText<'_> {
    fn english(&self) -> String {
        match self {
            Self::NoSuchGoal { given, nearest } => {
                format!("the catalogue has no goal `{given}`{}", nearest_en(nearest))
            }
            Self::NoSuchArea { given, nearest } => {
                format!("no service is offered in `{given}`{}", nearest_en(nearest))
            }
            Self::NoSuchServiceLanguage { given, nearest } => format!(
                "no service is given in the language `{given}`{}",
                nearest_en(nearest)
            ),
            Self::CannotWriteOutput { error } => {
                format!("cannot write to the standard output: {error}")
            }
            Self::CheckClean {
                goals,
                services,
                files,
            } => {
                format!("no problems: {goals} goals and {services} services in {files} file(s)")
            }
            Self::CheckProblems { problems, files } => {
                format!("{problems} problem(s) in {files} file(s) read")
            }
            Self::StaleWarnings { warnings } => {
                format!("{warnings} warning(s): services not updated for more than 12 months")
            }
            Self::CannotOpenPlan { error } => format!("cannot open the plan: {error}"),
            Self::OutputIsThePlan { path } => {
                format!("{path} is the plan itself; give another file to --output")
            }
            Self::CannotWriteFile { path, error } => format!("cannot write to {path}: {error}"),
        }
    }

    fn finnish(&self) -> String {
        match self {
            Self::NoSuchGoal { given, nearest } => {
                format!(
                    "luettelossa ei ole tavoitetta `{given}`{}",
                    nearest_fi(nearest)
                )
            }
            Self::NoSuchArea { given, nearest } => {
                format!(
                    "yhtään palvelua ei tarjota alueella `{given}`{}",
                    nearest_fi(nearest)
                )
            }
            Self::NoSuchServiceLanguage { given, nearest } => format!(
                "yhtään palvelua ei anneta kielellä `{given}`{}",
                nearest_fi(nearest)
            ),
            Self::CannotWriteOutput { error } => {
                format!("vakiotulosteeseen ei voi kirjoittaa: {error}")
            }
            Self::CheckClean {
                goals,
                services,
                files,
            } => format!(
                "ei ongelmia: {goals} tavoitetta ja {services} palvelua {files} tiedostossa"
            ),
            Self::CheckProblems { problems, files } => {
                format!("{problems} ongelmaa {files} luetussa tiedostossa")
            }
            Self::StaleWarnings { warnings } => {
                format!(
                    "{warnings} varoitusta: palveluja, joita ei ole päivitetty yli 12 kuukauteen"
                )
            }
            Self::CannotOpenPlan { error } => format!("suunnitelmaa ei voi avata: {error}"),
            Self::OutputIsThePlan { path } => {
                format!("{path} on itse suunnitelma; anna --output-valitsimelle toinen tiedosto")
            }
            Self::CannotWriteFile { path, error } => {
                format!("tiedostoon {path} ei voi kirjoittaa: {error}")
            }
        }
    }

    fn swedish(&self) -> String {
        match self {
            Self::NoSuchGoal { given, nearest } => {
                format!("katalogen har inget mål `{given}`{}", nearest_sv(nearest))
            }
            Self::NoSuchArea { given, nearest } => {
                format!("ingen tjänst erbjuds i `{given}`{}", nearest_sv(nearest))
            }
            Self::NoSuchServiceLanguage { given, nearest } => format!(
                "ingen tjänst ges på språket `{given}`{}",
                nearest_sv(nearest)
            ),
            Self::CannotWriteOutput { error } => {
                format!("kan inte skriva till standardutdata: {error}")
            }
            Self::CheckClean {
                goals,
                services,
                files,
            } => format!("inga problem: {goals} mål och {services} tjänster i {files} fil(er)"),
            Self::CheckProblems { problems, files } => {
                format!("{problems} problem i {files} lästa fil(er)")
            }
            Self::StaleWarnings { warnings } => {
                format!(
                    "{warnings} varning(ar): tjänster som inte har uppdaterats på över 12 månader"
                )
            }
            Self::CannotOpenPlan { error } => format!("planen kan inte öppnas: {error}"),
            Self::OutputIsThePlan { path } => {
                format!("{path} är själva planen; ge en annan fil till --output")
            }
            Self::CannotWriteFile { path, error } => {
                format!("kan inte skriva till {path}: {error}")
            }
        }
    }
}

fn listed(nearest: &[String]) -> String {
    nearest
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn nearest_en(nearest: &[String]) -> String {
    if nearest.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", listed(nearest))
    }
}

fn nearest_fi(nearest: &[String]) -> String {
    if nearest.is_empty() {
        String::new()
    } else {
        format!("; tarkoititko {}?", listed(nearest))
    }
}

fn nearest_sv(nearest: &[String]) -> String {
    if nearest.is_empty() {
        String::new()
    } else {
        format!("; menade du {}?", listed(nearest))
    }
}

/// The headings of `--help`, which clap lets a program name.
pub struct HelpHeadings {
    pub usage: &'static str,
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    /// What `--help` itself does.
    pub help: &'static str,
    /// What `--version` does.
    pub version: &'static str,
}

impl HelpHeadings {
    pub fn of(language: Language) -> Self {
        match language {
            Language::Fi => Self {
                usage: "Käyttö",
                commands: "Komennot",
                arguments: "Argumentit",
                options: "Valitsimet",
                help: "Näytä tämä ohje",
                version: "Näytä versio",
            },
            Language::Sv => Self {
                usage: "Användning",
                commands: "Kommandon",
                arguments: "Argument",
                options: "Flaggor",
                help: "Visa den här hjälpen",
                version: "Visa versionen",
            },
            Language::En => Self {
                usage: "Usage",
                commands: "Commands",
                arguments: "Arguments",
                options: "Options",
                help: "Print help",
                version: "Print version",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_says_it_and_names_the_nearest_values() {
        let nearest = ["Kotka".to_string(), "Kouvola".to_string()];
        let message = CliText::NoSuchArea {
            given: "Kotkaa",
            nearest: &nearest,
        };
        assert_eq!(
            message.text(Language::Fi),
            "yhtään palvelua ei tarjota alueella `Kotkaa`; tarkoititko `Kotka`, `Kouvola`?"
        );
        assert!(message.text(Language::Sv).contains("menade du `Kotka`"));
        assert!(message.text(Language::En).contains("did you mean `Kotka`"));
    }
}
