//! The development set's query files: one query a line, tab-separated
//! `group  language  query  acceptable-ids` (ids separated by spaces); `#` starts a comment.

use std::path::Path;

use polku::catalog::Catalog;

pub const GROUPS: [&str; 6] = ["pro", "client", "sv", "en", "typo", "noaccent"];

#[derive(Clone, Debug)]
pub struct Judged {
    pub group: String,
    pub language: String,
    pub query: String,
    pub acceptable: Vec<String>,
    /// Where it is written, `file:line`.
    pub place: String,
}

/// Reads `path`, checking every line against `catalog`: a known group, a language code, a
/// query, and acceptable ids that the catalogue has once `rename` has made them the
/// catalogue's own (the imported Helsinki register writes `tpr-` where the set says `hki-`).
pub fn read(
    path: &Path,
    catalog: &Catalog,
    rename: &dyn Fn(&str) -> String,
) -> Result<Vec<Judged>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let mut judged = Vec::new();
    let mut problems = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let place = format!("{}:{}", path.display(), number + 1);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        match parse(line, catalog, rename) {
            Ok((group, language, query, acceptable)) => judged.push(Judged {
                group,
                language,
                query,
                acceptable,
                place,
            }),
            Err(message) => problems.push(format!("{place}: {message}")),
        }
    }
    if problems.is_empty() {
        Ok(judged)
    } else {
        Err(problems.join("\n"))
    }
}

type Fields = (String, String, String, Vec<String>);

fn parse(line: &str, catalog: &Catalog, rename: &dyn Fn(&str) -> String) -> Result<Fields, String> {
    let columns: Vec<&str> = line.split('\t').collect();
    let [group, language, query, ids] = columns.as_slice() else {
        return Err(format!(
            "expected 4 tab-separated columns (group, language, query, ids), found {}",
            columns.len()
        ));
    };
    if !GROUPS.contains(group) {
        return Err(format!(
            "`{group}` is not a group; the groups are {}",
            GROUPS.join(", ")
        ));
    }
    if !matches!(*language, "fi" | "sv" | "en") {
        return Err(format!("`{language}` is not fi, sv or en"));
    }
    if query.trim().is_empty() {
        return Err("the query is empty".into());
    }
    let acceptable: Vec<String> = ids.split_whitespace().map(rename).collect();
    if acceptable.is_empty() {
        return Err("no acceptable service is named".into());
    }
    if let Some(unknown) = acceptable.iter().find(|id| catalog.service(id).is_none()) {
        return Err(format!("the catalogue has no service `{unknown}`"));
    }
    Ok((
        group.to_string(),
        language.to_string(),
        query.trim().to_owned(),
        acceptable,
    ))
}
