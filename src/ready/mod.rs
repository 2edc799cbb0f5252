//! A catalogue made ready to search: its files loaded and indexed, or, far quicker, read back
//! from the form stored in the cache folder the last time, when that was made from the very
//! same files by the very same polku (see `key`). A stored form that is missing, made from
//! other files, or damaged is not used: the files are read as always and the stored form is
//! written anew. Nothing in the cache folder is ever needed: it can be removed at any time.

mod key;
mod store;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::catalog::{
    Catalog, CatalogSource, Content, Goal, LoadReport, Service, Sharing, SourceFile, Text,
    ThesaurusEntry, builtin_files, load_counting, read_folder,
};
use crate::search::{KeyIndex, SearchIndex, Searcher, Thesaurus};

use key::Key;
use store::{NotUsed, encode, encode_compact};

/// Where catalogues made ready are stored.
#[derive(Clone, Debug)]
pub struct CacheFolder {
    dir: PathBuf,
    /// How long ago a catalogue file must have last changed for the catalogue to be stored
    /// (see `Key::settled`).
    settle: Duration,
}

impl CacheFolder {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            settle: Duration::from_secs(2),
        }
    }

    /// Stores catalogues whose files changed less than `settle` ago too (for tests, which
    /// write their catalogues just before reading them).
    pub fn settling_for(mut self, settle: Duration) -> Self {
        self.settle = settle;
        self
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// How the cache folder was used for a catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CacheUse {
    /// The stored form was used.
    Used,
    /// None was stored yet.
    Missing,
    /// The stored form was made from other files, or by another polku.
    Stale,
    /// The stored form could not be used (damaged, cut short, unreadable), and why.
    Unreadable(String),
    /// No cache folder, or a catalogue that is not stored: the built-in one, or one whose
    /// folders or files cannot all be read.
    Off,
}

/// A catalogue loaded and its searcher ready.
pub struct Ready {
    pub report: LoadReport,
    pub searcher: Searcher,
    pub cache: CacheUse,
    /// Where and with what key to store the catalogue, when it was read from its files and
    /// can be stored.
    to_store: Option<(PathBuf, Key)>,
}

/// Counters a loading screen shows.
#[derive(Debug, Default)]
pub struct Progress {
    pub services_read: AtomicUsize,
    /// The catalogue is read; the search index is being built.
    pub indexing: AtomicBool,
}

/// Loads `source` and makes it ready to search, through `cache` when there is one.
pub fn load(source: &CatalogSource, cache: Option<&CacheFolder>, progress: &Progress) -> Ready {
    let Some((cache, (files, path, key))) =
        cache.and_then(|cache| Some((cache, storable(source, cache)?)))
    else {
        return read_files(source.load_counting(&progress.services_read), progress);
    };
    let not_used =
        match store::read(&path, &key).and_then(|s| decode(&s).map_err(NotUsed::Unreadable)) {
            Ok((catalog, index, thesaurus)) => {
                progress
                    .services_read
                    .store(catalog.services.len(), Ordering::Relaxed);
                let searcher = Searcher::read_back(&catalog, index, thesaurus);
                let report = LoadReport {
                    catalog,
                    files: files.len(),
                    ..LoadReport::default()
                };
                return Ready {
                    report,
                    searcher,
                    cache: CacheUse::Used,
                    to_store: None,
                };
            }
            Err(not_used) => not_used,
        };
    let mut ready = read_files(load_counting(files, &progress.services_read), progress);
    ready.cache = match not_used {
        NotUsed::Missing => CacheUse::Missing,
        NotUsed::Stale => CacheUse::Stale,
        NotUsed::Unreadable(why) => CacheUse::Unreadable(why),
    };
    // A catalogue with problems is read from its files every time, so that its problems are
    // told every time.
    if ready.report.is_clean() && key.settled(SystemTime::now(), cache.settle) {
        ready.to_store = Some((path, key));
    }
    ready
}

/// The files of `source`, where in `cache` its stored form is and the key it is stored
/// with; `None` when a folder or a file cannot be read (the loader then says what is wrong).
/// The built-in catalogue is stored too: it changes only with polku, and the keys of its
/// thesaurus take a while to work out.
fn storable(
    source: &CatalogSource,
    cache: &CacheFolder,
) -> Option<(Vec<SourceFile>, PathBuf, Key)> {
    match source {
        CatalogSource::Builtin => {
            let key = Key::of(&[]).ok()?;
            Some((builtin_files(), cache.dir.join(key::BUILTIN_FILE_NAME), key))
        }
        CatalogSource::Folders(folders) => {
            let (files, key) = listed(folders)?;
            Some((files, cache.dir.join(key::file_name(folders)), key))
        }
    }
}

/// The catalogue files of `folders` and their key; `None` when a folder or a file cannot be
/// read.
fn listed(folders: &[PathBuf]) -> Option<(Vec<SourceFile>, Key)> {
    let mut files = Vec::new();
    for folder in folders {
        let (found, problems) = read_folder(folder);
        if !problems.is_empty() {
            return None;
        }
        files.extend(found);
    }
    let paths: Vec<PathBuf> = files
        .iter()
        .map(|f| match &f.content {
            Content::Disk(path) => Some(path.clone()),
            Content::Memory(_) => None,
        })
        .collect::<Option<_>>()?;
    let key = Key::of(&paths).ok()?;
    Some((files, key))
}

fn read_files(report: LoadReport, progress: &Progress) -> Ready {
    progress.indexing.store(true, Ordering::Relaxed);
    let searcher = Searcher::new(&report.catalog);
    Ready {
        report,
        searcher,
        cache: CacheUse::Off,
        to_store: None,
    }
}

/// The catalogue as stored, but for its services, which are stored apart (see `decode`).
#[derive(Serialize)]
struct HeadRef<'a> {
    name: &'a Option<Text>,
    goals: &'a [Goal],
    thesaurus: &'a [ThesaurusEntry],
}

#[derive(Deserialize)]
struct Head {
    name: Option<Text>,
    goals: Vec<Goal>,
    thesaurus: Vec<ThesaurusEntry>,
}

/// The services are stored in at most this many parts, read back side by side.
const SERVICE_PARTS: usize = 8;

/// A part holds at least this many services: fewer are read quicker by one thread.
const SERVICES_PER_PART: usize = 1_000;

/// The parts of a stored file: the catalogue but for its services, the search index, the
/// index's lemma keys, the thesaurus (the built-in one and the catalogue's, with the keys of
/// their words), then the services in runs. Reading back, the runs of services are decoded
/// each on a thread of its own while the rest is decoded: the services take most of the time.
fn decode(stored: &store::Stored) -> Result<(Catalog, SearchIndex, Thesaurus), String> {
    let parts: Vec<&[u8]> = stored.parts().collect();
    let [head, index, keys, thesaurus, services @ ..] = parts.as_slice() else {
        return Err("it has too few parts".into());
    };
    let (head, index, thesaurus, runs) = std::thread::scope(|scope| {
        let runs: Vec<_> = services
            .iter()
            .map(|run| {
                scope.spawn(move || {
                    // Shared as the loader shares them (see `Sharing`).
                    let _sharing = Sharing::start();
                    rmp_serde::from_slice::<Vec<Service>>(run)
                })
            })
            .collect();
        let head = rmp_serde::from_slice::<Head>(head);
        let index = rmp_serde::from_slice::<SearchIndex>(index).and_then(|index| {
            let keys = rmp_serde::from_slice::<KeyIndex>(keys)?;
            Ok(index.relink(keys))
        });
        let thesaurus = rmp_serde::from_slice::<Thesaurus>(thesaurus);
        // A panic while decoding is a bug in polku: carry it on, do not hide it.
        let runs: Vec<_> = runs
            .into_iter()
            .map(|run| run.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect();
        (head, index, thesaurus, runs)
    });
    let head = head.map_err(|e| format!("the catalogue: {e}"))?;
    let index = index.map_err(|e| format!("the search index: {e}"))?;
    let thesaurus = thesaurus.map_err(|e| format!("the thesaurus: {e}"))?;
    let mut catalog = Catalog::default();
    for run in runs {
        let mut run = run.map_err(|e| format!("the services: {e}"))?;
        catalog.services.append(&mut run);
    }
    if !index.fits(head.goals.len(), catalog.services.len()) {
        return Err("the search index does not fit the catalogue".into());
    }
    catalog.name = head.name;
    catalog.goals = head.goals;
    catalog.thesaurus = head.thesaurus;
    catalog.prepare_lookups();
    Ok((catalog, index, thesaurus))
}

/// The parts of the stored form, in the order `decode` reads them.
fn encode_parts(catalog: &Catalog, searcher: &Searcher) -> Result<Vec<Vec<u8>>, String> {
    let index = searcher.index();
    let head = encode(&HeadRef {
        name: &catalog.name,
        goals: &catalog.goals,
        thesaurus: &catalog.thesaurus,
    })?;
    let runs = catalog
        .services
        .len()
        .div_ceil(SERVICES_PER_PART)
        .clamp(1, SERVICE_PARTS);
    let per_run = catalog.services.len().div_ceil(runs).max(1);
    let mut parts = vec![
        head,
        encode_compact(index)?,
        encode_compact(index.key_index())?,
        encode_compact(searcher.thesaurus())?,
    ];
    for run in catalog.services.chunks(per_run) {
        parts.push(encode(run)?);
    }
    Ok(parts)
}

impl Ready {
    /// Stores the catalogue and its index in the cache folder, if it was read from its files
    /// and can be: the parts are encoded now, and the file is written on a thread of its own.
    /// The thread says whether the file was written; failing to is never a problem for the
    /// search.
    pub fn store_in_background(&mut self) -> Option<JoinHandle<Result<(), String>>> {
        let (path, key) = self.to_store.take()?;
        let begun = store::begin(&path).map_err(|e| format!("{}: {e}", path.display()));
        let parts = match &begun {
            Ok(_) => encode_parts(&self.report.catalog, &self.searcher),
            // Nothing is encoded for a folder that cannot be written.
            Err(_) => Ok(Vec::new()),
        };
        let store = move || {
            let writing = begun?;
            let parts = parts?;
            let path = writing.path().display().to_string();
            writing
                .finish(&key, &parts)
                .map_err(|e| format!("{path}: {e}"))
        };
        std::thread::Builder::new()
            .name("polku-store".into())
            .spawn(store)
            .ok()
    }
}
