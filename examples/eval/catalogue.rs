//! Turning a register's records into a polku catalogue: the records become catalogue text
//! (RON), which is read back through polku's own loader, so that the catalogue measured is the
//! one `polku --catalog DIR` would open from the written folder.

use polku::catalog::{Catalog, Goal, Service, SourceFile, Text, load};
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Serialize;

/// One catalogue file's content.
#[derive(Serialize)]
pub struct CatalogueFile {
    pub name: Text,
    pub goals: Vec<Goal>,
    pub services: Vec<Service>,
}

/// A converted register: its catalogue, and the text it was made from as RON.
pub struct Converted {
    pub catalog: Catalog,
    pub ron: String,
    /// Records left out, and why, for the report.
    pub skipped: Vec<String>,
}

/// Text from (language, text) pairs, leaving out empty texts; `None` when nothing is left.
pub fn text_of<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> Option<Text> {
    let kept: Vec<(&str, String)> = pairs
        .into_iter()
        .map(|(l, t)| (l, t.trim().to_owned()))
        .filter(|(_, t)| !t.is_empty())
        .collect();
    (!kept.is_empty()).then(|| Text::from_pairs(kept))
}

/// The first sentence of `text` (up to the first ". "), for a summary a register lacks.
pub fn first_sentence(text: &str) -> String {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    match line.find(". ") {
        Some(end) => line[..=end].trim().to_owned(),
        None => line.trim().to_owned(),
    }
}

/// Writes `file` as RON and reads it back through polku's loader.
pub fn build(
    file_name: &str,
    file: &CatalogueFile,
    skipped: Vec<String>,
) -> Result<Converted, String> {
    let config = PrettyConfig::new().extensions(Extensions::IMPLICIT_SOME);
    let ron = ron::ser::to_string_pretty(file, config)
        .map_err(|e| format!("{file_name}: cannot write the catalogue as RON: {e}"))?;
    let report = load(vec![SourceFile::in_memory(
        file_name.to_owned(),
        ron.clone().into_bytes(),
    )]);
    if !report.is_clean() {
        let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
        return Err(format!(
            "{file_name}: the converted catalogue does not load:\n{}",
            problems.join("\n")
        ));
    }
    Ok(Converted {
        catalog: report.catalog,
        ron,
        skipped,
    })
}
