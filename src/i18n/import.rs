//! What `polku import` says about what it did, in the user's language. (Where bad input is,
//! and what is wrong with it, is said with the file and place, as `polku check` says it.)

use super::Message;
use crate::import::Skip;

/// A line of the import's summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportText<'a> {
    /// What was read and imported, and where to.
    Imported {
        read: usize,
        formats: &'a str,
        imported: usize,
        out: &'a str,
    },
    /// How many records were left out; the reasons follow, one a line.
    LeftOut { count: usize },
    /// Services no code sorted, under the goal named.
    Unsorted { count: usize, goal: &'a str },
    /// Heads the list of codes without a goal.
    CodesHeader,
    /// After the codes listed: how many more there are.
    MoreCodes { count: usize },
    /// The files written.
    Files { files: &'a str },
    /// What to do next.
    Next { out: &'a str },
    /// After an error.
    NothingWritten,
    /// Why records were left out.
    Reason(Skip),
    /// The progress line.
    Reading {
        input: &'a str,
        records: usize,
        share: &'a str,
    },
}

impl Message for ImportText<'_> {
    fn english(&self) -> String {
        match self {
            Self::Imported {
                read,
                formats,
                imported,
                out,
            } => format!(
                "polku import: read {read} record(s) ({formats}), imported {imported} service(s) into {out}"
            ),
            Self::LeftOut { count } => format!("left out {count} record(s):"),
            Self::Unsorted { count, goal } => {
                format!("{count} service(s) are under \"{goal}\": no code of theirs maps to a goal")
            }
            Self::CodesHeader => {
                "codes without a goal, with how many of those services each would sort:".into()
            }
            Self::MoreCodes { count } => format!("and {count} more code(s)"),
            Self::Files { files } => format!("files: {files}"),
            Self::Next { out } => {
                format!("check it with `polku check {out}`, open it with `polku --catalog {out}`")
            }
            Self::NothingWritten => "polku import: nothing was written".into(),
            Self::Reason(skip) => match skip {
                Skip::NoText => "no description in any language",
                Skip::Deleted => "deleted or archived in the register",
                Skip::Draft => "a draft the register has not published",
                Skip::Inactive => "inactive or defunct in the directory",
                Skip::NoProvider => "no organisation is named as its provider",
                Skip::Duplicate => "the same record appears more than once (the first is kept)",
            }
            .into(),
            Self::Reading {
                input,
                records,
                share,
            } => format!("reading {input}: {records} records{share}"),
        }
    }

    fn finnish(&self) -> String {
        match self {
            Self::Imported {
                read,
                formats,
                imported,
                out,
            } => format!(
                "polku import: luettu {read} tietuetta ({formats}), tuotu {imported} palvelua kansioon {out}"
            ),
            Self::LeftOut { count } => format!("jätetty pois {count} tietuetta:"),
            Self::Unsorted { count, goal } => format!(
                "{count} palvelua on tavoitteen \"{goal}\" alla: mikään niiden koodi ei vastaa tavoitetta"
            ),
            Self::CodesHeader => {
                "koodit ilman tavoitetta ja montako näistä palveluista kukin lajittelisi:".into()
            }
            Self::MoreCodes { count } => format!("ja {count} muuta koodia"),
            Self::Files { files } => format!("tiedostot: {files}"),
            Self::Next { out } => {
                format!("tarkista: `polku check {out}`, avaa: `polku --catalog {out}`")
            }
            Self::NothingWritten => "polku import: mitään ei kirjoitettu".into(),
            Self::Reason(skip) => match skip {
                Skip::NoText => "ei kuvausta millään kielellä",
                Skip::Deleted => "poistettu tai arkistoitu rekisterissä",
                Skip::Draft => "luonnos, jota rekisteri ei ole julkaissut",
                Skip::Inactive => "ei toiminnassa tai lakkautettu",
                Skip::NoProvider => "palvelun tuottajaa ei ole nimetty",
                Skip::Duplicate => "sama tietue useammin kuin kerran (ensimmäinen on tuotu)",
            }
            .into(),
            Self::Reading {
                input,
                records,
                share,
            } => format!("luetaan {input}: {records} tietuetta{share}"),
        }
    }

    fn swedish(&self) -> String {
        match self {
            Self::Imported {
                read,
                formats,
                imported,
                out,
            } => format!(
                "polku import: läste {read} post(er) ({formats}), importerade {imported} tjänst(er) till {out}"
            ),
            Self::LeftOut { count } => format!("utelämnade {count} post(er):"),
            Self::Unsorted { count, goal } => format!(
                "{count} tjänst(er) finns under \"{goal}\": ingen av deras koder motsvarar ett mål"
            ),
            Self::CodesHeader => {
                "koder utan mål, och hur många av tjänsterna var och en skulle sortera:".into()
            }
            Self::MoreCodes { count } => format!("och {count} koder till"),
            Self::Files { files } => format!("filer: {files}"),
            Self::Next { out } => {
                format!("kontrollera med `polku check {out}`, öppna med `polku --catalog {out}`")
            }
            Self::NothingWritten => "polku import: ingenting skrevs".into(),
            Self::Reason(skip) => match skip {
                Skip::NoText => "ingen beskrivning på något språk",
                Skip::Deleted => "raderad eller arkiverad i registret",
                Skip::Draft => "ett utkast som registret inte har publicerat",
                Skip::Inactive => "inaktiv eller nedlagd",
                Skip::NoProvider => "ingen organisation anges som anordnare",
                Skip::Duplicate => "samma post mer än en gång (den första är importerad)",
            }
            .into(),
            Self::Reading {
                input,
                records,
                share,
            } => format!("läser {input}: {records} poster{share}"),
        }
    }
}
