//! Writing the imported catalogue: a goals file and one services file per theme, in the RON
//! people write by hand, each service on its own lines, services sorted by id so that a
//! re-import changes only what changed in the register.
//!
//! Services are written out as they are read, to a spool file per theme, and only their ids
//! and places are kept: the catalogue is put in order at the end by copying each service's
//! text from its spool, so memory does not grow with the register.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;
use serde::Serialize;

use crate::catalog::{Goal, Id, Service, Text, Theme, ron_options};

/// Where the services of each theme go, relative to the catalogue folder.
pub fn services_file(theme: Option<Theme>) -> &'static str {
    match theme {
        Some(Theme::Work) => "services/work.ron",
        Some(Theme::Studies) => "services/studies.ron",
        Some(Theme::Participation) => "services/participation.ron",
        None => "services/unsorted.ron",
    }
}

pub const GOALS_FILE: &str = "goals.ron";

pub struct Writer {
    folder: PathBuf,
    spools: BTreeMap<&'static str, Spool>,
}

struct Spool {
    path: PathBuf,
    out: BufWriter<File>,
    written: u64,
    /// (service id, where its text starts, how long it is)
    index: Vec<(Id, u64, u64)>,
}

impl Writer {
    pub fn new(folder: &Path) -> Self {
        Self {
            folder: folder.to_owned(),
            spools: BTreeMap::new(),
        }
    }

    /// Writes `service` to the spool of its file.
    pub fn add(&mut self, file: &'static str, service: &Service) -> io::Result<()> {
        let text = indented(&to_ron(service)?, 2);
        let spool = match self.spools.get_mut(file) {
            Some(spool) => spool,
            None => {
                let name = format!(".spool-{}", self.spools.len());
                let path = self.folder.join(name);
                let spool = Spool {
                    out: BufWriter::new(File::create(&path)?),
                    path,
                    written: 0,
                    index: Vec::new(),
                };
                self.spools.entry(file).or_insert(spool)
            }
        };
        spool.out.write_all(text.as_bytes())?;
        let length = text.len() as u64;
        spool
            .index
            .push((service.id.clone(), spool.written, length));
        spool.written += length;
        Ok(())
    }

    /// Writes the goals file and every services file, and removes the spools. Returns the
    /// files written, relative to the folder, in path order. `header` is the comment at the
    /// top of every file.
    pub fn finish(self, header: &str, name: &Text, goals: &[&Goal]) -> io::Result<Vec<String>> {
        let mut written = vec![GOALS_FILE.to_owned()];
        self.write_goals(header, name, goals)?;
        for (file, spool) in self.spools {
            write_services(&self.folder.join(file), header, spool)?;
            written.push(file.to_owned());
        }
        written.sort();
        Ok(written)
    }

    fn write_goals(&self, header: &str, name: &Text, goals: &[&Goal]) -> io::Result<()> {
        let mut out = BufWriter::new(File::create(self.folder.join(GOALS_FILE))?);
        let name = render(name, PrettyConfig::new().compact_maps(true))?;
        write!(out, "{header}(\n    name: {name},\n    goals: [\n")?;
        for goal in goals {
            out.write_all(indented(&to_ron(goal)?, 2).as_bytes())?;
        }
        out.write_all(b"    ],\n)\n")?;
        finish_file(out)
    }
}

fn write_services(path: &Path, header: &str, mut spool: Spool) -> io::Result<()> {
    spool.out.flush()?;
    drop(spool.out);
    spool.index.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let mut source = File::open(&spool.path)?;
    let mut out = BufWriter::new(File::create(path)?);
    write!(out, "{header}(\n    services: [\n")?;
    let mut buffer = Vec::new();
    for (_, start, length) in &spool.index {
        buffer.resize(*length as usize, 0);
        source.seek(SeekFrom::Start(*start))?;
        source.read_exact(&mut buffer)?;
        out.write_all(&buffer)?;
    }
    out.write_all(b"    ],\n)\n")?;
    finish_file(out)?;
    drop(source);
    std::fs::remove_file(&spool.path)
}

/// Flushed and synced: the folder is renamed into place only once every file is on disk.
fn finish_file(out: BufWriter<File>) -> io::Result<()> {
    out.into_inner()
        .map_err(io::IntoInnerError::into_error)?
        .sync_all()
}

/// A value in the catalogue's RON: optional fields written plainly, lists on one line.
fn to_ron(value: &impl Serialize) -> io::Result<String> {
    render(
        value,
        PrettyConfig::new()
            .new_line("\n".to_owned())
            .indentor("    ".to_owned())
            .compact_arrays(true),
    )
}

fn render(value: &impl Serialize, pretty: PrettyConfig) -> io::Result<String> {
    let text = ron_options()
        .to_string_pretty(value, pretty)
        .map_err(io::Error::other)?;
    // RON escapes an apostrophe, which it need not: "Kela's" reads better than "Kela\'s". An
    // escaped backslash before one stays escaped ("\\\'" becomes "\\'").
    Ok(text.replace("\\'", "'"))
}

/// Each line indented by `levels` steps of four spaces, and a comma after the value.
fn indented(text: &str, levels: usize) -> String {
    let pad = "    ".repeat(levels);
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.lines() {
        out.push_str(&pad);
        out.push_str(line);
        out.push('\n');
    }
    // The value's last line closes it; the list needs a comma after it.
    if out.ends_with('\n') {
        out.pop();
    }
    out.push_str(",\n");
    out
}
