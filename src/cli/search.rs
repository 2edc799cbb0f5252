//! `polku search`: the ranked services for a query, as a table or as JSON lines.

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::args::{FilterArgs, SearchArgs};
use super::context::Context;
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::catalog::{Catalog, Id, LoadReport};
use crate::i18n::{CliText, Language, Message};
use crate::ready::{self, Progress};
use crate::search::suggest::as_typed;
use crate::search::{Explanation, Filters, Place, Query, SearchResults, Searcher};
use crate::text::{display_safe, nearest};

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    name: &'a str,
    provider: &'a str,
    goals: Vec<&'a str>,
    score: u32,
    summary: &'a str,
    formats: Vec<crate::catalog::Format>,
    /// The register the service was imported from; null for a service written by hand.
    source: Option<JsonSource<'a>>,
    /// When the record was last updated ("YYYY-MM-DD"), or null.
    updated: Option<String>,
    /// Why the service was found: per thing asked for, the words typed, what the need
    /// thesaurus says they mean when the service was found through that, the service's words
    /// that matched and where they are.
    matched: Vec<JsonMatch>,
}

#[derive(Serialize)]
struct JsonMatch {
    typed: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    meaning: Option<String>,
    words: Vec<String>,
    place: Place,
}

#[derive(Serialize)]
struct JsonSource<'a> {
    format: &'a str,
    id: &'a str,
    url: Option<&'a str>,
}

pub fn run(args: &SearchArgs, context: &Context) -> ExitCode {
    let cache = context.cache_folder();
    let mut ready = ready::load(&context.catalog, cache.as_ref(), &Progress::default());
    let code = answer(args, context, &ready.report, &mut ready.searcher);
    // After the answer is out: the next search of this catalogue starts from the stored form.
    if let Some(storing) = ready.store_in_background() {
        let _ = storing.join();
    }
    // The process ends here: giving a large catalogue's many small allocations back one by
    // one would only delay the exit, and the system takes the memory back at once.
    std::mem::forget(ready);
    code
}

fn answer(
    args: &SearchArgs,
    context: &Context,
    report: &LoadReport,
    searcher: &mut Searcher,
) -> ExitCode {
    if !report.is_clean() {
        for problem in &report.problems {
            eprintln!("{problem}");
        }
        if report.catalog.services.is_empty() {
            return ExitCode::from(EXIT_PROBLEMS);
        }
    }
    let catalog = &report.catalog;
    let filters = match filters_from(&args.filters, catalog, context.language) {
        Ok(f) => f,
        Err(message) => {
            eprintln!("polku search: {message}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let language = context.language.code();
    let typed = args.query.join(" ");
    let query = Query::new(&typed, filters, language);
    let results = searcher.search(catalog, &query, Some(args.limit));
    let written = if args.json {
        // Standard output stays one hit a line; the help for an empty result, and the words
        // that found nothing, go beside it.
        if results.services.is_empty() || !results.unmatched.is_empty() {
            write_no_results(catalog, &results, &typed, context, &mut io::stderr().lock());
        }
        let why = |service: usize| searcher.explain(catalog, &query, service);
        write_json(catalog, &results, &typed, why, language)
    } else {
        write_table(catalog, &results, &typed, context)
    };
    match written {
        Ok(()) => ExitCode::from(if report.is_clean() {
            EXIT_OK
        } else {
            EXIT_PROBLEMS
        }),
        // A closed pipe (`polku search x | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(EXIT_OK),
        Err(e) => {
            let error = e.to_string();
            eprintln!(
                "polku search: {}",
                CliText::CannotWriteOutput { error }.text(context.language)
            );
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}

/// The filters of the command line, each value checked against the catalogue: a value that
/// matches nothing known is a usage error naming the nearest known values, never a silent
/// empty result.
pub fn filters_from(
    args: &FilterArgs,
    catalog: &Catalog,
    language: Language,
) -> Result<Filters, String> {
    let goal = match &args.goal {
        Some(g) => Some(known_goal(g, catalog, language)?),
        None => None,
    };
    let area = match &args.area {
        // A municipality may be named in Swedish (Villmanstrand); catalogues name it in Finnish.
        Some(given) => Some(known_value(
            crate::i18n::municipality_name(given, Language::Fi),
            catalog.areas(),
            |nearest| CliText::NoSuchArea { given, nearest }.text(language),
        )?),
        None => None,
    };
    let service_language = match &args.service_language {
        Some(given) => Some(known_value(
            given,
            catalog.service_languages(),
            |nearest| CliText::NoSuchServiceLanguage { given, nearest }.text(language),
        )?),
        None => None,
    };
    Ok(Filters {
        formats: args.formats.iter().map(|&f| f.into()).collect(),
        language: service_language,
        area,
        theme: args.theme.map(Into::into),
        intensity: args.intensity.map(Into::into),
        free_only: args.free,
        goal,
    })
}

fn known_goal(given: &str, catalog: &Catalog, language: Language) -> Result<Id, String> {
    if let Some(goal) = Id::parse(given).ok().and_then(|id| catalog.goal(&id)) {
        return Ok(goal.id.clone());
    }
    let ids: Vec<String> = catalog.goals.iter().map(|g| g.id.to_string()).collect();
    let nearest = nearest_owned(given, &ids);
    Err(CliText::NoSuchGoal {
        given,
        nearest: &nearest,
    }
    .text(language))
}

/// `given` as the catalogue writes it (case aside), or the message `unknown` makes of the
/// nearest known values.
fn known_value(
    given: &str,
    known: &[String],
    unknown: impl FnOnce(&[String]) -> String,
) -> Result<String, String> {
    let wanted = given.trim().to_lowercase();
    match known.iter().find(|k| k.to_lowercase() == wanted) {
        Some(k) => Ok(k.clone()),
        None => Err(unknown(&nearest_owned(given, known))),
    }
}

fn nearest_owned(given: &str, known: &[String]) -> Vec<String> {
    nearest(given, known, 3)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

fn write_json(
    catalog: &Catalog,
    results: &SearchResults,
    typed: &str,
    why: impl Fn(usize) -> Explanation,
    language: &str,
) -> io::Result<()> {
    let mut out = io::stdout().lock();
    for hit in &results.services {
        let s = &catalog.services[hit.index];
        let matched = why(hit.index)
            .matches
            .into_iter()
            .map(|m| JsonMatch {
                typed: as_typed(typed, &m.typed),
                meaning: m.meaning,
                words: m.words,
                place: m.place,
            })
            .collect();
        let line = JsonHit {
            id: s.id.as_str(),
            name: s.name.get(language),
            provider: &s.provider,
            goals: s.goals.iter().map(Id::as_str).collect(),
            score: hit.score,
            summary: s.summary.get(language),
            formats: s.formats.to_vec(),
            source: s.source.as_deref().map(|source| JsonSource {
                format: source.format.name(),
                id: &source.id,
                url: source.url.as_deref(),
            }),
            updated: s.updated.map(|d| d.to_string()),
            matched,
        };
        serde_json::to_writer(&mut out, &line).map_err(io::Error::other)?;
        writeln!(out)?;
    }
    out.flush()
}

fn write_table(
    catalog: &Catalog,
    results: &SearchResults,
    typed: &str,
    context: &Context,
) -> io::Result<()> {
    let strings = context.language.strings();
    let language = context.language.code();
    let mut out = io::stdout().lock();
    if results.services.is_empty() {
        writeln!(out, "{}", strings.no_services)?;
        write_no_results(catalog, results, typed, context, &mut out);
        return out.flush();
    }
    let rows: Vec<[String; 4]> = results
        .services
        .iter()
        .map(|hit| {
            let s = &catalog.services[hit.index];
            let goals: Vec<&str> = s
                .goals
                .iter()
                .filter_map(|g| catalog.goal(g))
                .map(|g| g.name.get(language))
                .collect();
            [
                display_safe(s.name.get(language)),
                display_safe(&s.provider),
                display_safe(&goals.join(", ")),
                hit.score.to_string(),
            ]
        })
        .collect();
    let header = [
        strings.col_service,
        strings.col_provider,
        strings.col_goals,
        strings.col_score,
    ];
    let width = |col: usize, cap: usize| {
        rows.iter()
            .map(|r| r[col].chars().count())
            .chain([header[col].chars().count()])
            .max()
            .unwrap_or(0)
            .min(cap)
    };
    let widths = [width(0, 48), width(1, 40), width(2, 48), width(3, 12)];
    let line = |cells: [&str; 4]| -> String {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let cut = clip(cell, widths[i]);
            if i == 3 {
                text.push_str(&format!("{cut:>w$}", w = widths[i]));
            } else {
                text.push_str(&format!("{cut:<w$}  ", w = widths[i]));
            }
        }
        text.trim_end().to_owned()
    };
    writeln!(out, "{}", line(header))?;
    for row in &rows {
        writeln!(out, "{}", line([&row[0], &row[1], &row[2], &row[3]]))?;
    }
    writeln!(out, "\n{} {}", results.total, strings.services_found)?;
    // The rest of the query found these: say which words found nothing.
    write_no_results(catalog, results, typed, context, &mut out);
    out.flush()
}

/// Which words matched nothing, the nearest catalogue words and the nearest goals. A failed
/// write here is left to the caller's next write to report.
fn write_no_results(
    catalog: &Catalog,
    results: &SearchResults,
    typed: &str,
    context: &Context,
    out: &mut dyn Write,
) {
    let strings = context.language.strings();
    let language = context.language.code();
    let goals: Vec<&str> = results
        .nearest_goals
        .iter()
        .filter_map(|&g| catalog.goals.get(g))
        .map(|g| g.name.get(language))
        .collect();
    let unmatched: Vec<String> = results
        .unmatched
        .iter()
        .map(|w| as_typed(typed, w))
        .collect();
    for (label, list) in [
        (strings.no_match_for, unmatched.join(", ")),
        (strings.nearest_words, results.nearest_words.join(", ")),
        (strings.nearest_goals, goals.join(", ")),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "{label} {}", display_safe(&list));
        }
    }
}

/// `text` cut to `width` characters, with an ellipsis when something was cut.
fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}
