//! One import under way: records read from each input, given ids and goals, written out, and
//! counted for the summary.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::ops::ControlFlow;
use std::path::Path;
use std::rc::Rc;

use serde_json::Value;

use super::draft::{Draft, Read, Skip};
use super::error::ImportError;
use super::hsds::HsdsContext;
use super::json_stream::{self, Counted, Shape};
use super::manifest::{Manifest, digest};
use super::mapping::{Mapping, shown_code};
use super::recognise::{describe_fields, recognise};
use super::writer::{Writer, services_file};
use super::{hsds, hsds_csv, ptv, tpr};
use crate::catalog::{Id, SourceFormat, Text};
use crate::i18n::{ImportText, Language, Message};

/// How often the progress line is told, in records.
const PROGRESS_EVERY: usize = 500;

/// Told how far the reading has come, now and then; `Break` stops the import (the user
/// pressed Ctrl-C), and nothing is written.
pub type OnProgress<'a> = dyn FnMut(&Progress) -> ControlFlow<()> + 'a;

/// The error an import stops with when it is told to stop.
pub fn interrupted(input: &str) -> ImportError {
    ImportError::at_file(input, "the import was interrupted")
}

/// How far the reading has come.
#[derive(Clone, Debug, Default)]
pub struct Progress {
    pub input: String,
    pub records: usize,
    pub bytes: u64,
    pub total_bytes: u64,
}

/// What an import did, for the summary on standard error.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub formats: Vec<SourceFormat>,
    pub read: usize,
    pub imported: usize,
    /// Why records were left out, and how many for each reason.
    pub skipped: BTreeMap<Skip, usize>,
    /// Services under the goal for services not yet sorted.
    pub unsorted: usize,
    pub unsorted_goal: Text,
    /// Codes of the unsorted services, with how many services each would sort, most first.
    pub unmapped: Vec<(String, usize)>,
    /// The files written, relative to the catalogue folder.
    pub files: Vec<String>,
}

pub struct Run<'m> {
    mapping: &'m Mapping,
    folder: std::path::PathBuf,
    writer: Writer,
    summary: Summary,
    inputs: Vec<String>,
    used_goals: HashSet<Id>,
    ids: HashSet<String>,
    records_seen: HashSet<(SourceFormat, String)>,
    unmapped: HashMap<String, usize>,
}

impl<'m> Run<'m> {
    pub fn new(mapping: &'m Mapping, folder: &Path) -> Self {
        Self {
            mapping,
            folder: folder.to_owned(),
            writer: Writer::new(folder),
            summary: Summary {
                unsorted_goal: mapping.unsorted().name.clone(),
                ..Summary::default()
            },
            inputs: Vec::new(),
            used_goals: HashSet::new(),
            ids: HashSet::new(),
            records_seen: HashSet::new(),
            unmapped: HashMap::new(),
        }
    }

    /// Reads one input: a JSON file, or a folder of HSDS CSV files.
    pub fn input(
        &mut self,
        path: &Path,
        format: Option<SourceFormat>,
        progress: &mut OnProgress,
    ) -> Result<(), ImportError> {
        let name = path.display().to_string();
        self.inputs.push(
            path.file_name()
                .map_or(name.clone(), |n| n.to_string_lossy().into_owned()),
        );
        if path.is_dir() {
            if format.is_some_and(|f| f != SourceFormat::Hsds) {
                return Err(ImportError::at_file(
                    &name,
                    "is a folder: only HSDS is read from a folder (of CSV files)",
                ));
            }
            let mut on_record = |file: &str, place: &str, record: Value, context: &HsdsContext| {
                self.record(file, place, &record, SourceFormat::Hsds, context)
            };
            return hsds_csv::read_folder(path, &mut on_record, progress);
        }
        self.json_file(path, &name, format, progress)
    }

    fn json_file(
        &mut self,
        path: &Path,
        name: &str,
        format: Option<SourceFormat>,
        progress: &mut OnProgress,
    ) -> Result<(), ImportError> {
        let open = |counter: Rc<Cell<u64>>| -> Result<BufReader<Counted<File>>, ImportError> {
            let file = File::open(path)
                .map_err(|e| ImportError::at_file(name, format!("cannot open: {e}")))?;
            Ok(BufReader::with_capacity(
                1 << 16,
                Counted::new(file, counter),
            ))
        };
        let total_bytes = std::fs::metadata(path).map_or(0, |m| m.len());
        let counter = Rc::new(Cell::new(0));
        let mut reader = open(counter.clone())?;
        if is_blank(&mut reader) {
            return Err(ImportError::at_file(name, "the file is empty"));
        }
        let is_object = json_stream::starts_with_object(&mut reader)
            .map_err(|e| ImportError::at_file(name, format!("cannot read: {e}")))?;
        let (shape, alongside) = if is_object {
            json_stream::read_alongside(name, reader)?
        } else {
            (Shape::Array, Default::default())
        };
        // Organisations and locations lie alongside a list of services; a single record's
        // fields are its own.
        let context = if shape == Shape::Services {
            HsdsContext::from_alongside(&alongside)
        } else {
            HsdsContext::default()
        };
        let mut state = FileState {
            format,
            shape,
            records: 0,
        };
        let mut on_record = |place: &str, record: Value| -> Result<(), ImportError> {
            let format = state.format_of(name, place, &record)?;
            state.records += 1;
            if state.records.is_multiple_of(PROGRESS_EVERY) {
                let told = progress(&Progress {
                    input: name.to_owned(),
                    records: state.records,
                    bytes: counter.get(),
                    total_bytes,
                });
                if told.is_break() {
                    return Err(interrupted(name));
                }
            }
            self.record(name, place, &record, format, &context)
        };
        if shape == Shape::Single {
            on_record("$", Value::Object(alongside.clone()))?;
        } else {
            counter.set(0);
            json_stream::stream_records(name, open(counter.clone())?, shape, &mut on_record)?;
        }
        if state.records == 0 {
            return Err(ImportError::at_file(name, "holds no records to import"));
        }
        Ok(())
    }

    fn record(
        &mut self,
        path: &str,
        place: &str,
        record: &Value,
        format: SourceFormat,
        context: &HsdsContext,
    ) -> Result<(), ImportError> {
        self.summary.read += 1;
        if !self.summary.formats.contains(&format) {
            self.summary.formats.push(format);
        }
        let read = match format {
            SourceFormat::Ptv => ptv::read(path, place, record)?,
            SourceFormat::Tpr => tpr::read(path, place, record)?,
            SourceFormat::Hsds => hsds::read(path, place, record, context)?,
        };
        match read {
            Read::Skipped(why) => {
                *self.summary.skipped.entry(why).or_default() += 1;
                Ok(())
            }
            Read::Service(draft) => self.add(format, *draft, path),
        }
    }

    fn add(&mut self, format: SourceFormat, draft: Draft, path: &str) -> Result<(), ImportError> {
        if !self.records_seen.insert((format, draft.record_id.clone())) {
            *self.summary.skipped.entry(Skip::Duplicate).or_default() += 1;
            return Ok(());
        }
        let mut goals = self
            .mapping
            .goals_for(draft.codes.iter().map(String::as_str));
        if goals.is_empty() {
            self.summary.unsorted += 1;
            // Each code once per service, however many ways the register wrote it.
            // (A code the mapping excludes is no code waiting for a goal.)
            let codes: HashSet<&str> = draft
                .codes
                .iter()
                .filter(|c| !self.mapping.excludes(c))
                .map(|c| shown_code(c))
                .collect();
            for code in codes {
                *self.unmapped.entry(code.to_owned()).or_default() += 1;
            }
            goals.push(self.mapping.unsorted().id.clone());
        }
        let theme = self
            .mapping
            .goal(&goals[0])
            .and_then(|g| g.themes.first().copied());
        let id = self.new_id(format, &draft.record_id);
        self.used_goals.extend(goals.iter().cloned());
        let service = draft.into_service(id, goals);
        self.writer
            .add(services_file(theme), &service)
            .map_err(|e| ImportError::at_file(path, format!("cannot write the catalogue: {e}")))?;
        self.summary.imported += 1;
        Ok(())
    }

    /// An id from the register's own: the format's prefix and the record id in the letters
    /// ids allow, made unique.
    fn new_id(&mut self, format: SourceFormat, record_id: &str) -> Id {
        let base = format!("{}-{}", format.name(), slug(record_id));
        let mut id = base.clone();
        let mut n = 2;
        while !self.ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        // Made of a-z, 0-9 and `-` only, and never empty (it starts with the format's name).
        Id::parse(&id).unwrap_or_else(|_| unreachable!("slugs are valid ids"))
    }

    /// Writes the catalogue's files and the manifest into the folder.
    pub fn finish(mut self, out: &Path) -> Result<Summary, ImportError> {
        let out_name = out.display().to_string();
        let fail = |e: std::io::Error| {
            ImportError::at_file(&out_name, format!("cannot write the catalogue: {e}"))
        };
        if self.summary.imported == 0 {
            let reasons: Vec<String> = self
                .summary
                .skipped
                .iter()
                .map(|(why, n)| format!("{n} {}", ImportText::Reason(*why).text(Language::En)))
                .collect();
            return Err(ImportError::at_file(
                self.inputs.first().map_or("", String::as_str),
                format!(
                    "no service to import: {} record(s) read, all left out ({})",
                    self.summary.read,
                    reasons.join("; ")
                ),
            ));
        }
        let goals: Vec<_> = self
            .mapping
            .all_goals()
            .filter(|g| self.used_goals.contains(&g.id))
            .collect();
        let header = header(&self.inputs, &self.summary.formats);
        let name = catalogue_name(&self.summary.formats);
        let files = self.writer.finish(&header, &name, &goals).map_err(fail)?;
        let mut digests = BTreeMap::new();
        for file in &files {
            digests.insert(file.clone(), digest(&self.folder.join(file)).map_err(fail)?);
        }
        Manifest {
            formats: self.summary.formats.clone(),
            inputs: self.inputs.clone(),
            files: digests,
        }
        .write(&self.folder)
        .map_err(fail)?;
        let mut unmapped: Vec<(String, usize)> = self.unmapped.into_iter().collect();
        unmapped.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        self.summary.unmapped = unmapped;
        self.summary.files = files;
        Ok(self.summary)
    }
}

/// Per file: its format, once known, and how many records it has given.
struct FileState {
    format: Option<SourceFormat>,
    shape: Shape,
    records: usize,
}

impl FileState {
    /// The format of the file, told from its first record unless given.
    fn format_of(
        &mut self,
        path: &str,
        place: &str,
        record: &Value,
    ) -> Result<SourceFormat, ImportError> {
        if let Some(format) = self.format.filter(|_| self.records > 0) {
            return Ok(format);
        }
        let found = recognise(self.shape, record);
        let format = match (self.format, found) {
            (Some(given), Some(found)) if given != found => {
                return Err(ImportError::at(
                    path,
                    place,
                    format!(
                        "--format {} was given, but this looks like a {} record",
                        given.name(),
                        found.name()
                    ),
                ));
            }
            (Some(given), _) => given,
            (None, Some(found)) => found,
            (None, None) => {
                return Err(ImportError::at(
                    path,
                    place,
                    format!(
                        "this is none of the formats polku imports (PTV, the Helsinki register, HSDS): it is {}",
                        describe_fields(record)
                    ),
                ));
            }
        };
        self.format = Some(format);
        Ok(format)
    }
}

/// Whether the reader holds nothing but white space.
fn is_blank(reader: &mut impl BufRead) -> bool {
    loop {
        let Ok(buffer) = reader.fill_buf() else {
            return false;
        };
        if buffer.is_empty() {
            return true;
        }
        match buffer.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(_) => return false,
            None => {
                let n = buffer.len();
                reader.consume(n);
            }
        }
    }
}

/// `text` in the letters an id allows: lower-case a-z and digits, anything else a `-`.
fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c if c.is_ascii_lowercase() || c.is_ascii_digit() => c,
            _ => '-',
        };
        if !(c == '-' && (out.is_empty() || out.ends_with('-'))) {
            out.push(c);
        }
    }
    let trimmed = out.trim_end_matches('-');
    let cut: String = trimmed.chars().take(64).collect();
    if cut.is_empty() { "record".into() } else { cut }
}

/// What every written file says at its top: where its services came from, and the credit
/// each register's licence asks for.
fn header(inputs: &[String], formats: &[SourceFormat]) -> String {
    let mut lines = vec![
        format!("// Imported by `polku import` from {}.", inputs.join(", ")),
        "// `polku import --update` replaces this file: keep changes and services of your own in files of their own.".to_owned(),
    ];
    for format in formats {
        lines.push(
            match format {
                SourceFormat::Ptv => "// Source: Suomi.fi Finnish Service Catalogue, published by the Digital and Population Data Services Agency (Digi- ja väestötietovirasto), CC BY 4.0.",
                SourceFormat::Tpr => "// Source: City of Helsinki service register, City of Helsinki open data, CC BY 4.0.",
                SourceFormat::Hsds => "// Source: an Open Referral (HSDS) directory; see its publisher for its licence.",
            }
            .to_owned(),
        );
    }
    lines.push("// Area names: Statistics Finland, municipality classification, CC BY 4.0.".into());
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

fn catalogue_name(formats: &[SourceFormat]) -> Text {
    let pairs: [(&str, &str); 3] = match formats {
        [SourceFormat::Tpr] => [
            ("fi", "Helsingin kaupungin palvelut"),
            ("sv", "Helsingfors stads tjänster"),
            ("en", "City of Helsinki services"),
        ],
        [SourceFormat::Ptv] => [
            ("fi", "Suomi.fi-palvelut"),
            ("sv", "Suomi.fi-tjänster"),
            ("en", "Suomi.fi services"),
        ],
        _ => [
            ("fi", "Tuodut palvelut"),
            ("sv", "Importerade tjänster"),
            ("en", "Imported services"),
        ],
    };
    Text::from_pairs(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ids() {
        assert_eq!(slug("00101B14-33b7"), "00101b14-33b7");
        assert_eq!(slug("Työ & Elämä / 12"), "tyo-elama-12");
        assert_eq!(slug("---"), "record");
        assert!(Id::parse(&format!("hsds-{}", slug("Ååh!?"))).is_ok());
    }
}
