//! Reading catalogue files: parse each file, keep the good ones, and report every problem with
//! its file, line and column. A file with any problem is skipped whole, so that a half-read file
//! never shows up as a catalogue that looks complete.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};

use ron::extensions::Extensions;
use ron::value::RawValue;
use serde::Deserialize;

use super::model::{Catalog, Goal, Id, Service, ThesaurusEntry};
use super::problem::{Position, Problem, describe_ron_error};
use super::shared::Sharing;
use super::split::split_services;
use super::text::Text;

/// One catalogue file: the name to report it by, and where its text is.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub content: Content,
}

/// Where a catalogue file's text is.
#[derive(Clone, Debug)]
pub enum Content {
    /// Already in memory (the built-in catalogue, tests).
    Memory(Cow<'static, [u8]>),
    /// On disk, read when the catalogue is loaded; a large file is read in pieces.
    Disk(PathBuf),
}

impl Content {
    pub(super) fn read(&self) -> io::Result<Vec<u8>> {
        match self {
            Content::Memory(bytes) => Ok(bytes.to_vec()),
            Content::Disk(path) => std::fs::read(path),
        }
    }
}

impl SourceFile {
    /// A file whose text is at hand, reported as `path`.
    pub fn in_memory(path: impl Into<String>, bytes: impl Into<Cow<'static, [u8]>>) -> Self {
        Self {
            path: path.into(),
            content: Content::Memory(bytes.into()),
        }
    }

    /// A file on disk, reported by its path.
    pub fn on_disk(path: PathBuf) -> Self {
        Self {
            path: path.display().to_string(),
            content: Content::Disk(path),
        }
    }
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
    #[serde(default)]
    thesaurus: Vec<ThesaurusEntry>,
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

/// The whole file read at once, for the usual case of a file without mistakes: one pass of
/// the parser instead of two.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Catalogue")]
struct TypedFile {
    #[serde(default)]
    name: Option<Text>,
    #[serde(default)]
    goals: Vec<Goal>,
    #[serde(default)]
    services: Vec<Service>,
    #[serde(default)]
    thesaurus: Vec<ThesaurusEntry>,
}

/// Where each item of a file was written, in the order of `ParsedFile::goals` and `services`.
#[derive(Default)]
struct Places {
    goals: Vec<Place>,
    services: Vec<Place>,
}

struct ParsedFile {
    path: String,
    content: Content,
    /// The whole text, when it is at hand or a message needs it.
    text: OnceCell<String>,
    name: Option<Text>,
    goals: Vec<Goal>,
    services: Vec<Service>,
    thesaurus: Vec<ThesaurusEntry>,
    /// Found only when a message needs them, since finding them costs a second parse.
    places: OnceCell<Places>,
    problems: Vec<Problem>,
}

impl ParsedFile {
    /// The file's text, read again if it was let go. A file that can no longer be read gives
    /// no text, and its problems are placed at its start.
    fn text(&self) -> &str {
        self.text.get_or_init(|| {
            self.content
                .read()
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                .unwrap_or_default()
        })
    }

    fn places(&self) -> &Places {
        self.places.get_or_init(|| {
            let text = self.text();
            let mut places = Places::default();
            if let Ok(shape) = ron_options().from_str::<FileShape>(text) {
                places.goals = shape.goals.iter().map(|raw| place_of(text, raw)).collect();
                places.services = shape
                    .services
                    .iter()
                    .map(|raw| place_of(text, raw))
                    .collect();
            }
            places
        })
    }

    /// Where goal `i` was written (the start of the file if that cannot be told).
    fn goal_place(&self, i: usize) -> Place {
        self.places().goals.get(i).copied().unwrap_or(Place {
            start: 0,
            end: self.text().len(),
        })
    }

    fn service_place(&self, i: usize) -> Place {
        self.places().services.get(i).copied().unwrap_or(Place {
            start: 0,
            end: self.text().len(),
        })
    }

    /// A problem at `field` (and `value` in it) of the item at `place` in this file.
    fn problem_at(
        &self,
        place: Place,
        field: &str,
        value: Option<&str>,
        message: String,
    ) -> Problem {
        field_problem(&self.path, self.text(), place, field, value, message)
    }
}

/// The byte span of a raw item in the file text it borrows from.
fn place_of(file_text: &str, raw: &RawValue) -> Place {
    let ron = raw.get_ron();
    // The raw value borrows from the file text, so its address tells where it starts.
    let start = (ron.as_ptr() as usize).saturating_sub(file_text.as_ptr() as usize);
    Place {
        start,
        end: start + ron.len(),
    }
}

/// Loads the files (already in path order) into one catalogue.
pub fn load(files: Vec<SourceFile>) -> LoadReport {
    load_counting(files, &AtomicUsize::new(0))
}

/// [`load`], adding to `services_read` as services are read, so that a screen can show how
/// far a large catalogue has come.
pub fn load_counting(files: Vec<SourceFile>, services_read: &AtomicUsize) -> LoadReport {
    let file_count = files.len();
    let sharing = Sharing::start();
    let parsed: Vec<ParsedFile> = files
        .into_iter()
        .map(|file| parse_file(file, services_read))
        .collect();
    drop(sharing);
    let mut report = merge(parsed);
    report.files = file_count;
    report
}

fn parse_file(source: SourceFile, services_read: &AtomicUsize) -> ParsedFile {
    let SourceFile { path, content } = source;
    let mut out = ParsedFile {
        path,
        content,
        text: OnceCell::new(),
        name: None,
        goals: Vec::new(),
        services: Vec::new(),
        thesaurus: Vec::new(),
        places: OnceCell::new(),
        problems: Vec::new(),
    };
    if let Some(file) = parse_large(&out.content, services_read) {
        out.name = file.name;
        out.goals = file.goals;
        out.services = file.services;
        out.thesaurus = file.thesaurus;
    } else if read_whole(&mut out) {
        services_read.fetch_add(out.services.len(), Ordering::Relaxed);
    } else {
        return out;
    }
    let mut problems = std::mem::take(&mut out.problems);
    for (i, goal) in out.goals.iter().enumerate() {
        if goal.name.is_empty() {
            let message = format!("goal `{}`: the name is empty", goal.id);
            problems.push(out.problem_at(out.goal_place(i), "name", None, message));
        }
    }
    for (i, service) in out.services.iter().enumerate() {
        for (field, what) in service_shape_problems(service) {
            let message = format!("service `{}`: {what}", service.id);
            problems.push(out.problem_at(out.service_place(i), field, None, message));
        }
    }
    out.problems = problems;
    if out.problems.is_empty() {
        // A good file's text is only needed again if a check across files finds something,
        // and is read again then: a large catalogue should not hold its text twice.
        out.text.take();
    }
    out
}

/// Reads the whole file and parses it, item by item if it has mistakes. `false` when the
/// file could not be read as text at all (the problem is recorded).
fn read_whole(out: &mut ParsedFile) -> bool {
    let bytes = match out.content.read() {
        Ok(bytes) => bytes,
        Err(e) => {
            out.problems.push(Problem {
                path: out.path.clone(),
                position: Position::START,
                message: format!("cannot read the file: {e}"),
            });
            return false;
        }
    };
    let text = match String::from_utf8(bytes) {
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
            return false;
        }
    };
    if text.trim().is_empty() {
        out.problems.push(Problem {
            path: out.path.clone(),
            position: Position::START,
            message: "the file is empty: write `(goals: [], services: [])` or remove the file"
                .into(),
        });
        return false;
    }
    match ron_options().from_str::<TypedFile>(&text) {
        Ok(file) => {
            out.name = file.name;
            out.goals = file.goals;
            out.services = file.services;
            out.thesaurus = file.thesaurus;
            let _ = out.text.set(text);
        }
        Err(_) => {
            let _ = out.text.set(text);
            read_item_by_item(out);
        }
    }
    true
}

/// Files at least this large are read in pieces and parsed on several cores.
const LARGE_FILE: u64 = 1 << 20;

/// Reads a large file without mistakes in pieces; `None` when the file is small, or has any
/// mistake (it is then read whole, which places every problem).
fn parse_large(content: &Content, services_read: &AtomicUsize) -> Option<TypedFile> {
    // Counted as the batches come in; a file that is then read whole is counted again from 0.
    let before = services_read.load(Ordering::Relaxed);
    let parsed = match content {
        Content::Memory(bytes) if bytes.len() as u64 >= LARGE_FILE => {
            parse_in_pieces(&bytes[..], services_read)
        }
        Content::Disk(path) => {
            let file = File::open(path).ok()?;
            if file.metadata().ok()?.len() < LARGE_FILE {
                return None;
            }
            parse_in_pieces(file, services_read)
        }
        Content::Memory(_) => None,
    };
    if parsed.is_none() {
        services_read.store(before, Ordering::Relaxed);
    }
    parsed
}

/// Parses the services in batches on every core while the file is still being read, and the
/// rest of the file beside them. The batches are ordinary RON lists, so RON still checks
/// every byte.
fn parse_in_pieces(reader: impl Read, services_read: &AtomicUsize) -> Option<TypedFile> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    // Few batches wait at a time, so that reading does not run ahead of parsing.
    let (batch_sender, batches) = mpsc::sync_channel::<(usize, String)>(2 * threads);
    let batches = Mutex::new(batches);
    let (parsed_sender, parsed) = mpsc::channel::<(usize, Option<Vec<Service>>)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let batches = &batches;
            let parsed_sender = parsed_sender.clone();
            scope.spawn(move || {
                let _sharing = Sharing::start();
                loop {
                    // The lock is held only to take the next batch. A poisoned lock means
                    // another parser panicked, which the scope carries on.
                    let next = match batches.lock() {
                        Ok(batches) => batches.recv(),
                        Err(_) => return,
                    };
                    let Ok((number, batch)) = next else { return };
                    let services = ron_options().from_str::<Vec<Service>>(&batch).ok();
                    if parsed_sender.send((number, services)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(parsed_sender);

        let mut in_order = InOrder {
            services_read,
            services: Vec::new(),
            next: 0,
            waiting: BTreeMap::new(),
            failed: false,
        };
        let mut sent = 0;
        let rest = split_services(reader, |batch| {
            while let Ok((number, services)) = parsed.try_recv() {
                in_order.add(number, services);
            }
            let ok = !in_order.failed && batch_sender.send((sent, batch)).is_ok();
            sent += 1;
            ok
        });
        drop(batch_sender);
        // Every parser ends once the batches run out, which closes this channel.
        for (number, services) in parsed {
            in_order.add(number, services);
        }
        let rest = rest?;
        if in_order.failed || in_order.next != sent {
            return None;
        }
        let mut file: TypedFile = ron_options().from_str(&rest).ok()?;
        if !file.services.is_empty() {
            return None;
        }
        file.services = in_order.services;
        Some(file)
    })
}

/// Batches of services put back in the order of the file as they come in from the parsers.
struct InOrder<'a> {
    services_read: &'a AtomicUsize,
    services: Vec<Service>,
    /// The number of the batch that comes next.
    next: usize,
    waiting: BTreeMap<usize, Vec<Service>>,
    failed: bool,
}

impl InOrder<'_> {
    fn add(&mut self, number: usize, services: Option<Vec<Service>>) {
        let Some(services) = services else {
            self.failed = true;
            return;
        };
        self.services_read
            .fetch_add(services.len(), Ordering::Relaxed);
        self.waiting.insert(number, services);
        while let Some(services) = self.waiting.remove(&self.next) {
            self.services.extend(services);
            self.next += 1;
        }
    }
}

/// Reads a file that has a mistake one item at a time, so that every broken item is reported
/// at its own place and the good ones are still known (for the checks across files).
fn read_item_by_item(out: &mut ParsedFile) {
    let Some(text) = out.text.get() else { return };
    let shape: FileShape = match ron_options().from_str(text) {
        Ok(shape) => shape,
        Err(e) => {
            out.problems
                .push(spanned_problem(&out.path, &e, Position::START, None));
            return;
        }
    };
    let mut places = Places::default();
    for raw in shape.goals {
        match parse_item::<Goal>(&out.path, text, raw, "goal") {
            Ok(goal) => {
                out.goals.push(goal);
                places.goals.push(place_of(text, raw));
            }
            Err(p) => out.problems.push(p),
        }
    }
    for raw in shape.services {
        match parse_item::<Service>(&out.path, text, raw, "service") {
            Ok(service) => {
                out.services.push(service);
                places.services.push(place_of(text, raw));
            }
            Err(p) => out.problems.push(p),
        }
    }
    out.name = shape.name;
    out.thesaurus = shape.thesaurus;
    // Only the good items are kept, so their places are kept alongside, in the same order.
    let _ = out.places.set(places);
}

/// Checks of a single service that serde cannot express: what must not be empty. Returns the
/// field and what is wrong with it.
fn service_shape_problems(s: &Service) -> Vec<(&'static str, &'static str)> {
    let checks = [
        (
            s.goals.is_empty(),
            "goals",
            "serves no goal: list at least one goal id in `goals`",
        ),
        (
            s.formats.is_empty(),
            "formats",
            "has no format: list at least one of Individual, Group, Remote in `formats`",
        ),
        (s.name.is_empty(), "name", "the name is empty"),
        (s.summary.is_empty(), "summary", "the summary is empty"),
        (
            s.provider.trim().is_empty(),
            "provider",
            "the provider is empty",
        ),
    ];
    checks
        .into_iter()
        .filter(|(bad, _, _)| *bad)
        .map(|(_, field, what)| (field, what))
        .collect()
}

/// Each service of a file's text by its id, with the position of its `field` (or of the
/// service itself when it has no such field). Empty when the file does not parse as a whole.
pub(super) fn service_field_positions(text: &str, field: &str) -> Vec<(String, Position)> {
    let Ok(shape) = ron_options().from_str::<FileShape>(text) else {
        return Vec::new();
    };
    shape
        .services
        .iter()
        .filter_map(|raw| {
            let id = ron_options().from_str::<IdOnly>(raw.get_ron()).ok()?.id?;
            let place = place_of(text, raw);
            let offset = locate(text, place, field, None).unwrap_or(place.start);
            Some((id, Position::of_offset(text, offset)))
        })
        .collect()
}

/// Reads one goal or service from its raw text.
fn parse_item<T: for<'de> Deserialize<'de>>(
    path: &str,
    file_text: &str,
    raw: &RawValue,
    kind: &str,
) -> Result<T, Problem> {
    let ron = raw.get_ron();
    match ron_options().from_str::<T>(ron) {
        Ok(item) => Ok(item),
        Err(e) => {
            let base = Position::of_offset(file_text, place_of(file_text, raw).start);
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
    let at = Position::of_ron(error);
    let message = describe_ron_error(&error.code);
    Problem {
        path: path.to_owned(),
        position: at.shifted_by(base),
        message: match item {
            Some(item) => format!("{item}: {message}"),
            None => message,
        },
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
    // Goals that parsed anywhere, even in a file that is skipped: a service that names one of
    // them is not reported as naming an unknown goal, which would only repeat the first problem.
    let parsed_goal_ids: HashSet<&Id> = parsed
        .iter()
        .flat_map(|f| f.goals.iter().map(|g| &g.id))
        .collect();
    let mut cross_file = cross_file_problems(&parsed, &parsed_goal_ids);

    let loaded_goals: HashSet<Id> = parsed
        .iter()
        .filter(|f| f.problems.is_empty())
        .flat_map(|f| f.goals.iter().map(|g| g.id.clone()))
        .collect();
    // Services whose goals were all in skipped files: leaving them in would show services that
    // belong nowhere, so they wait until those files are mended. (A goal defined nowhere has
    // been reported already.)
    for file in parsed.iter().filter(|f| f.problems.is_empty()) {
        for (i, service) in file.services.iter().enumerate() {
            let goals_were_written = service.goals.iter().all(|g| parsed_goal_ids.contains(g));
            let none_loaded = !service.goals.iter().any(|g| loaded_goals.contains(g));
            if none_loaded && goals_were_written && !service.goals.is_empty() {
                let message = format!(
                    "service `{}` was left out: none of its goals could be loaded",
                    service.id
                );
                cross_file.push(file.problem_at(file.service_place(i), "goals", None, message));
            }
        }
    }

    let mut report = LoadReport::default();
    let mut catalog = Catalog::default();
    let mut seen_goals: HashSet<Id> = HashSet::new();
    let mut seen_services: HashSet<Id> = HashSet::new();
    let mut problems = Vec::new();
    for file in parsed {
        if let Some(first) = file.problems.first() {
            report.skipped.push(SkippedFile {
                path: file.path.clone(),
                reason: first.clone(),
            });
            problems.extend(file.problems);
            continue;
        }
        if catalog.name.is_none() {
            catalog.name = file.name;
        }
        catalog.thesaurus.extend(file.thesaurus);
        for goal in file.goals {
            if seen_goals.insert(goal.id.clone()) {
                catalog.goals.push(goal);
            }
        }
        // The file's own list is kept and filtered in place: for a large catalogue a second
        // list of every service would be tens of megabytes more.
        let mut services = file.services;
        services.retain_mut(|service| {
            if service.goals.iter().any(|g| !loaded_goals.contains(g)) {
                service.goals = service
                    .goals
                    .iter()
                    .filter(|g| loaded_goals.contains(*g))
                    .cloned()
                    .collect();
            }
            !service.goals.is_empty() && seen_services.insert(service.id.clone())
        });
        if catalog.services.is_empty() {
            catalog.services = services;
        } else {
            catalog.services.append(&mut services);
        }
    }
    problems.extend(cross_file);
    sort_problems(&mut problems);
    report.problems = problems;
    // The list grew by doubling while batches came in; a large catalogue keeps it for the
    // whole meeting.
    catalog.services.shrink_to_fit();
    catalog.prepare_lookups();
    report.catalog = catalog;
    report
}

/// Duplicate ids (in every file, skipped or not, naming the first place) and references to
/// goals that are defined nowhere.
fn cross_file_problems(parsed: &[ParsedFile], parsed_goal_ids: &HashSet<&Id>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut goal_places: HashMap<&Id, (usize, usize)> = HashMap::new();
    let mut service_places: HashMap<&Id, (usize, usize)> = HashMap::new();
    for (f, file) in parsed.iter().enumerate() {
        for (i, goal) in file.goals.iter().enumerate() {
            if let Some(&(first_file, first)) = goal_places.get(&goal.id) {
                let first_file = &parsed[first_file];
                let first_at = describe_place(first_file, first_file.goal_place(first));
                let message = format!(
                    "goal id `{}` is already used by the goal at {first_at}",
                    goal.id
                );
                problems.push(file.problem_at(file.goal_place(i), "id", None, message));
            } else {
                goal_places.insert(&goal.id, (f, i));
            }
        }
        for (i, service) in file.services.iter().enumerate() {
            if let Some(&(first_file, first)) = service_places.get(&service.id) {
                let first_file = &parsed[first_file];
                let first_at = describe_place(first_file, first_file.service_place(first));
                let message = format!(
                    "service id `{}` is already used by the service at {first_at}",
                    service.id
                );
                problems.push(file.problem_at(file.service_place(i), "id", None, message));
            } else {
                service_places.insert(&service.id, (f, i));
            }
            for goal in service
                .goals
                .iter()
                .filter(|g| !parsed_goal_ids.contains(g))
            {
                let message = format!(
                    "service `{}` names the goal `{goal}`, which the catalogue does not define",
                    service.id
                );
                problems.push(file.problem_at(
                    file.service_place(i),
                    "goals",
                    Some(goal.as_str()),
                    message,
                ));
            }
        }
    }
    problems
}

fn describe_place(file: &ParsedFile, place: Place) -> String {
    let at = Position::of_offset(file.text(), place.start);
    format!("{}:{}:{}", file.path, at.line, at.column)
}

/// Problems in the order the files were read, then by position; stable for equal places.
fn sort_problems(problems: &mut [Problem]) {
    // Files are already in path order; a stable sort by (path, position) keeps that order.
    problems.sort_by(|a, b| (&a.path, a.position).cmp(&(&b.path, b.position)));
}
