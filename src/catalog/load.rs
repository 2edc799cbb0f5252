//! Reading catalogue files: parse each file, keep the good ones, and report every problem with
//! its file, line and column. A file with any problem is skipped whole, so that a half-read file
//! never shows up as a catalogue that looks complete.

use std::collections::{HashMap, HashSet};

use ron::extensions::Extensions;
use ron::value::RawValue;
use serde::Deserialize;

use super::model::{Catalog, Goal, Id, Service};
use super::problem::{Position, Problem};
use super::text::Text;

/// One catalogue file's contents and the name to report it by.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A file that was left out of the catalogue, and the first reason why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedFile {
    pub path: String,
    pub reason: Problem,
}

/// The outcome of loading: the catalogue from the good files and everything that was wrong.
#[derive(Clone, Debug, Default)]
pub struct LoadReport {
    pub catalog: Catalog,
    /// Every problem, in file order, then in position order.
    pub problems: Vec<Problem>,
    pub skipped: Vec<SkippedFile>,
    /// How many files were read.
    pub files: usize,
}

impl LoadReport {
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The RON options of the catalogue format: optional fields are written without `Some(..)`.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// The shape of one file. Items are kept raw first, so that each can be read on its own and a
/// mistake in one is reported at its own place without hiding mistakes in the others.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Catalogue")]
struct FileShape<'a> {
    #[serde(default)]
    name: Option<Text>,
    #[serde(default, borrow)]
    goals: Vec<&'a RawValue>,
    #[serde(default, borrow)]
    services: Vec<&'a RawValue>,
}

/// Only the id of an item, to name the item in a message when the item itself does not parse.
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default)]
    id: Option<String>,
}

/// Where an item was written: its byte span in its file.
#[derive(Clone, Copy, Debug)]
struct Place {
    start: usize,
    end: usize,
}

struct ParsedFile {
    path: String,
    text: String,
    name: Option<Text>,
    goals: Vec<(Goal, Place)>,
    services: Vec<(Service, Place)>,
    problems: Vec<Problem>,
}

/// Loads the files (already in path order) into one catalogue.
pub fn load(files: Vec<SourceFile>) -> LoadReport {
    let file_count = files.len();
    let parsed: Vec<ParsedFile> = files.into_iter().map(parse_file).collect();
    let mut report = merge(parsed);
    report.files = file_count;
    report
}

fn parse_file(source: SourceFile) -> ParsedFile {
    let SourceFile { path, bytes } = source;
    let mut out = ParsedFile {
        path,
        text: String::new(),
        name: None,
        goals: Vec::new(),
        services: Vec::new(),
        problems: Vec::new(),
    };
    out.text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            out.problems.push(Problem {
                path: out.path.clone(),
                position: Position::of_offset(&prefix, valid),
                message: format!(
                    "the file is not UTF-8 text (byte 0x{:02X} here); save it as UTF-8",
                    bytes[valid]
                ),
            });
            return out;
        }
    };
    if out.text.trim().is_empty() {
        out.problems.push(Problem {
            path: out.path.clone(),
            position: Position::START,
            message: "the file is empty: write `(goals: [], services: [])` or remove the file"
                .into(),
        });
        return out;
    }

    let text = out.text.as_str();
    let shape: FileShape = match ron_options().from_str(text) {
        Ok(shape) => shape,
        Err(e) => {
            let problem = spanned_problem(&out.path, &e, Position::START, None);
            out.problems.push(problem);
            return out;
        }
    };
    out.name = shape.name;
    let mut goals = Vec::new();
    let mut services = Vec::new();
    let mut problems = Vec::new();
    for raw in shape.goals {
        match parse_item::<Goal>(&out.path, text, raw, "goal") {
            Ok((goal, (start, end))) => goals.push((goal, Place { start, end })),
            Err(p) => problems.push(p),
        }
    }
    for raw in shape.services {
        match parse_item::<Service>(&out.path, text, raw, "service") {
            Ok((service, (start, end))) => {
                let place = Place { start, end };
                problems.extend(service_shape_problems(&out.path, text, &service, place));
                services.push((service, place));
            }
            Err(p) => problems.push(p),
        }
    }
    for (goal, place) in &goals {
        if goal.name.is_empty() {
            problems.push(field_problem(
                &out.path,
                text,
                *place,
                "name",
                None,
                format!("goal `{}`: the name is empty", goal.id),
            ));
        }
    }
    out.goals = goals;
    out.services = services;
    out.problems = problems;
    out
}

/// Checks of a single service that serde cannot express: lists that must not be empty.
fn service_shape_problems(path: &str, text: &str, s: &Service, place: Place) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut need = |ok: bool, field: &str, what: &str| {
        if !ok {
            let message = format!("service `{}`: {what}", s.id);
            problems.push(field_problem(path, text, place, field, None, message));
        }
    };
    need(
        !s.goals.is_empty(),
        "goals",
        "serves no goal: list at least one goal id in `goals`",
    );
    need(
        !s.formats.is_empty(),
        "formats",
        "has no format: list at least one of Individual, Group, Remote in `formats`",
    );
    need(!s.name.is_empty(), "name", "the name is empty");
    need(!s.summary.is_empty(), "summary", "the summary is empty");
    need(
        !s.provider.trim().is_empty(),
        "provider",
        "the provider is empty",
    );
    problems
}

/// Reads one goal or service from its raw text. On success returns the item and its byte span
/// in the file.
fn parse_item<T: for<'de> Deserialize<'de>>(
    path: &str,
    file_text: &str,
    raw: &RawValue,
    kind: &str,
) -> Result<(T, (usize, usize)), Problem> {
    let ron = raw.get_ron();
    // The raw value borrows from the file text, so its address tells where it starts.
    let start = (ron.as_ptr() as usize).saturating_sub(file_text.as_ptr() as usize);
    let end = start + ron.len();
    match ron_options().from_str::<T>(ron) {
        Ok(item) => Ok((item, (start, end))),
        Err(e) => {
            let base = Position::of_offset(file_text, start);
            let name = match ron_options().from_str::<IdOnly>(ron) {
                Ok(IdOnly { id: Some(id) }) => format!("{kind} `{id}`"),
                _ => format!("a {kind}"),
            };
            Err(spanned_problem(path, &e, base, Some(&name)))
        }
    }
}

fn spanned_problem(
    path: &str,
    error: &ron::error::SpannedError,
    base: Position,
    item: Option<&str>,
) -> Problem {
    let at = Position {
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
    };
    let message = describe(&error.code);
    Problem {
        path: path.to_owned(),
        position: at.shifted_by(base),
        message: match item {
            Some(item) => format!("{item}: {message}"),
            None => message,
        },
    }
}

/// Says what RON reported in words a catalogue maintainer understands.
fn describe(error: &ron::Error) -> String {
    use ron::Error as E;
    let fields = |expected: &[&str]| {
        expected
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match error {
        E::NoSuchStructField {
            expected, found, ..
        } => format!(
            "unknown field `{found}`; the fields here are {}",
            fields(expected)
        ),
        E::MissingStructField { field, .. } => {
            format!("the required field `{field}` is missing")
        }
        E::DuplicateStructField { field, .. } => format!("the field `{field}` is given twice"),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => {
            format!(
                "`{found}` is not allowed here; write one of {}",
                fields(expected)
            )
        }
        E::Eof => "the file ends too early: a bracket or quote is not closed".into(),
        E::ExceededRecursionLimit => "the brackets are nested too deeply".into(),
        E::TrailingCharacters => {
            "unexpected text after the end of the catalogue value `( ... )`".into()
        }
        E::ExpectedStructLikeEnd => "expected `)` or a comma here".into(),
        E::ExpectedComma => "expected a comma or a closing bracket here".into(),
        E::ExpectedArrayEnd => "expected `]` or a comma here".into(),
        E::ExpectedMapEnd => "expected `}` or a comma here".into(),
        E::ExpectedString => "expected a text in double quotes here".into(),
        E::ExpectedStringEnd => "a text is not closed with `\"`".into(),
        E::Message(m) => m.clone(),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}

/// A problem placed at `field` of the item at `place` (at `value` inside that field when given),
/// or at the item itself when the field cannot be found.
fn field_problem(
    path: &str,
    text: &str,
    place: Place,
    field: &str,
    value: Option<&str>,
    message: String,
) -> Problem {
    let offset = locate(text, place, field, value).unwrap_or(place.start);
    Problem {
        path: path.to_owned(),
        position: Position::of_offset(text, offset),
        message,
    }
}

/// Finds the byte offset of `field:` inside an item (outside strings and comments), and of the
/// quoted `value` within that field's value when asked.
fn locate(text: &str, place: Place, field: &str, value: Option<&str>) -> Option<usize> {
    let item = text.get(place.start..place.end)?;
    let field_at = find_field(item, field)?;
    let Some(value) = value else {
        return Some(place.start + field_at);
    };
    let quoted = format!("\"{value}\"");
    item[field_at..]
        .find(&quoted)
        .map(|i| place.start + field_at + i)
        .or(Some(place.start + field_at))
}

/// The offset of a top-level `field:` of a `( ... )` item, skipping strings and comments.
fn find_field(item: &str, field: &str) -> Option<usize> {
    let bytes = item.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = skip_string(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = item[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = item[i + 2..].find("*/").map_or(bytes.len(), |n| i + n + 4);
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ if depth == 1 && item[i..].starts_with(field) => {
                let before_ok = i == 0 || !is_ident_byte(bytes[i - 1]);
                let rest = item[i + field.len()..].trim_start();
                if before_ok && rest.starts_with(':') {
                    return Some(i);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The index just past the string that starts with the quote at `open`.
fn skip_string(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Joins the parsed files: drops broken files, then checks what needs the whole catalogue
/// (duplicate ids, references to goals).
fn merge(parsed: Vec<ParsedFile>) -> LoadReport {
    let mut report = LoadReport::default();
    // Goals that parsed anywhere, even in a file that is skipped: a service that names one of
    // them is not reported as naming an unknown goal, which would only repeat the first problem.
    let parsed_goal_ids: HashSet<Id> = parsed
        .iter()
        .flat_map(|f| f.goals.iter().map(|(g, _)| g.id.clone()))
        .collect();
    let mut goal_places: HashMap<Id, (usize, Place)> = HashMap::new();
    let mut service_places: HashMap<Id, (usize, Place)> = HashMap::new();
    let mut cross_file = Vec::new();

    // Duplicate ids are reported in every file, skipped or not, naming the first place.
    for (file_index, file) in parsed.iter().enumerate() {
        for (goal, place) in &file.goals {
            if let Some((first_file, first)) = goal_places.get(&goal.id) {
                let first_at = describe_place(&parsed[*first_file], *first);
                cross_file.push(field_problem(
                    &file.path,
                    &file.text,
                    *place,
                    "id",
                    None,
                    format!(
                        "goal id `{}` is already used by the goal at {first_at}",
                        goal.id
                    ),
                ));
            } else {
                goal_places.insert(goal.id.clone(), (file_index, *place));
            }
        }
        for (service, place) in &file.services {
            if let Some((first_file, first)) = service_places.get(&service.id) {
                let first_at = describe_place(&parsed[*first_file], *first);
                cross_file.push(field_problem(
                    &file.path,
                    &file.text,
                    *place,
                    "id",
                    None,
                    format!(
                        "service id `{}` is already used by the service at {first_at}",
                        service.id
                    ),
                ));
            } else {
                service_places.insert(service.id.clone(), (file_index, *place));
            }
            for goal in &service.goals {
                if !parsed_goal_ids.contains(goal) {
                    cross_file.push(field_problem(
                        &file.path,
                        &file.text,
                        *place,
                        "goals",
                        Some(goal.as_str()),
                        format!(
                            "service `{}` names the goal `{goal}`, which the catalogue does not define",
                            service.id
                        ),
                    ));
                }
            }
        }
    }

    let mut catalog = Catalog::default();
    let mut loaded_goals: HashSet<Id> = HashSet::new();
    let mut loaded_services: HashSet<Id> = HashSet::new();
    let mut orphans = Vec::new();
    for file in &parsed {
        if let Some(first) = file.problems.first() {
            report.skipped.push(SkippedFile {
                path: file.path.clone(),
                reason: first.clone(),
            });
            continue;
        }
        if catalog.name.is_none() {
            catalog.name = file.name.clone();
        }
        for (goal, _) in &file.goals {
            if loaded_goals.insert(goal.id.clone()) {
                catalog.goals.push(goal.clone());
            }
        }
    }
    for file in parsed.iter().filter(|f| f.problems.is_empty()) {
        for (service, place) in &file.services {
            if !loaded_services.insert(service.id.clone()) {
                continue;
            }
            let mut service = service.clone();
            service.goals.retain(|g| loaded_goals.contains(g));
            if service.goals.is_empty() {
                // Its goals were in skipped files: leaving it in would show a service that
                // belongs nowhere, so it waits until those files are mended. (A goal defined
                // nowhere has been reported already.)
                let goals_were_written =
                    file_service_goals(&parsed, &service.id).all(|g| parsed_goal_ids.contains(g));
                if !goals_were_written {
                    continue;
                }
                orphans.push(field_problem(
                    &file.path,
                    &file.text,
                    *place,
                    "goals",
                    None,
                    format!(
                        "service `{}` was left out: none of its goals could be loaded",
                        service.id
                    ),
                ));
                continue;
            }
            catalog.services.push(service);
        }
    }

    let mut problems: Vec<Problem> = parsed.into_iter().flat_map(|f| f.problems).collect();
    problems.extend(cross_file);
    problems.extend(orphans);
    sort_problems(&mut problems);
    report.problems = problems;
    report.catalog = catalog;
    report
}

/// The goals a service was written with, before any were dropped.
fn file_service_goals<'a>(parsed: &'a [ParsedFile], id: &'a Id) -> impl Iterator<Item = &'a Id> {
    parsed
        .iter()
        .flat_map(|f| f.services.iter())
        .filter(move |(s, _)| &s.id == id)
        .take(1)
        .flat_map(|(s, _)| s.goals.iter())
}

fn describe_place(file: &ParsedFile, place: Place) -> String {
    let at = Position::of_offset(&file.text, place.start);
    format!("{}:{}:{}", file.path, at.line, at.column)
}

/// Problems in the order the files were read, then by position; stable for equal places.
fn sort_problems(problems: &mut [Problem]) {
    // Files are already in path order; a stable sort by (path, position) keeps that order.
    problems.sort_by(|a, b| (&a.path, a.position).cmp(&(&b.path, b.position)));
}
