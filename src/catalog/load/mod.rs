//! Reading catalogue files: parse each file, keep the good ones, and report every problem with
//! its file, line and column. A file with any problem is skipped whole, so that a half-read file
//! never shows up as a catalogue that looks complete.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};

use ron::extensions::Extensions;
use ron::value::RawValue;
use serde::Deserialize;

use crate::catalog::model::{Catalog, Goal, Service, ThesaurusEntry};
use crate::catalog::problem::{Position, Problem, describe_ron_error};
use crate::catalog::shared::Sharing;
use crate::catalog::split::split_services;
use crate::catalog::text::Text;

mod locate;
mod merge;

use locate::{field_problem, locate};
use merge::merge;

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
