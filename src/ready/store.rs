//! The stored form of a catalogue made ready to search: one file in the cache folder.
//!
//! The file begins with a mark and the format's number, then the key it was made from (see
//! `key`), then the number of its parts, their lengths and a checksum of them all, then the
//! parts (see `ready` for what they are). The parts are MessagePack (see `rmp-serde`): it describes
//! itself, so the catalogue's own serde definitions (fields left out when empty, defaults,
//! checked ids) read it back exactly as they read the catalogue's RON files. A file is written
//! beside its place and renamed into it, so it is whole or not there; one that is cut short or
//! changed by anything else fails its checksum and is read again from the catalogue's files.

use std::hash::Hasher;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::Serialize;

use super::key::Key;

/// Marks a file as this kind of file.
const MARK: &[u8; 12] = b"polku ready\n";

/// The format's number: a polku that stores anything differently counts it up.
const FORMAT: u32 = 5;

/// Why a stored file was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotUsed {
    /// There is none yet.
    Missing,
    /// Made from other files, or by another polku.
    Stale,
    /// Cannot be read, cut short, or changed since it was written.
    Unreadable(String),
}

/// A stored file read, its parts still to be decoded.
pub struct Stored {
    bytes: Vec<u8>,
    /// Where each part is in `bytes`.
    parts: Vec<Range<usize>>,
}

impl Stored {
    pub fn parts(&self) -> impl ExactSizeIterator<Item = &[u8]> {
        self.parts.iter().map(|p| &self.bytes[p.clone()])
    }
}

/// More parts than any file of polku's has: a count above it is damage, not a reason to
/// reserve memory.
const MOST_PARTS: u64 = 1024;

/// One part as MessagePack, structs as maps of field names: what the catalogue's types need,
/// as they leave out empty fields.
pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, String> {
    rmp_serde::to_vec_named(value).map_err(|e| e.to_string())
}

/// One part as MessagePack, structs as lists of their fields in order: smaller and quicker to
/// read, for types that always write every field (the search index).
pub fn encode_compact<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, String> {
    rmp_serde::to_vec(value).map_err(|e| e.to_string())
}

/// Reads the file at `path` if it was made with `key`.
pub fn read(path: &Path, key: &Key) -> Result<Stored, NotUsed> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(NotUsed::Missing),
        Err(e) => return Err(NotUsed::Unreadable(e.to_string())),
    };
    let mut rest = bytes.as_slice();
    if take(&mut rest, MARK.len()) != Some(MARK) {
        return Err(unreadable("it is not a stored catalogue"));
    }
    // Another format is another polku's file, not a broken one.
    if take_u64(&mut rest) != Some(u64::from(FORMAT)) {
        return Err(NotUsed::Stale);
    }
    let stored_key = take_u64(&mut rest)
        .and_then(|len| take(&mut rest, usize::try_from(len).ok()?))
        .ok_or_else(|| unreadable("it is cut short"))?;
    match rmp_serde::from_slice::<Key>(stored_key) {
        Ok(stored) if stored == *key => {}
        _ => return Err(NotUsed::Stale),
    }
    let count = take_u64(&mut rest)
        .filter(|&n| n <= MOST_PARTS)
        .ok_or_else(|| unreadable("it is cut short"))?;
    let lengths: Option<Vec<usize>> = (0..count)
        .map(|_| take_u64(&mut rest).and_then(|l| usize::try_from(l).ok()))
        .collect();
    let checksum = take_u64(&mut rest);
    let (Some(lengths), Some(checksum)) = (lengths, checksum) else {
        return Err(unreadable("it is cut short"));
    };
    if lengths.iter().try_fold(0usize, |a, l| a.checked_add(*l)) != Some(rest.len()) {
        return Err(unreadable("it is cut short"));
    }
    let mut start = bytes.len() - rest.len();
    let parts: Vec<Range<usize>> = lengths
        .iter()
        .map(|len| {
            let part = start..start + len;
            start = part.end;
            part
        })
        .collect();
    if checksum_of(parts.iter().map(|p| &bytes[p.clone()])) != checksum {
        return Err(unreadable("its checksum does not match"));
    }
    Ok(Stored { bytes, parts })
}

fn unreadable(why: &str) -> NotUsed {
    NotUsed::Unreadable(why.to_owned())
}

/// A stored file begun beside its place: its folder is there and can be written.
pub struct Writing {
    file: tempfile::NamedTempFile,
    path: PathBuf,
}

/// Begins the file at `path`, so that a cache folder that cannot be written is known before
/// anything is encoded for it.
pub fn begin(path: &Path) -> io::Result<Writing> {
    let folder = path
        .parent()
        .ok_or_else(|| io::Error::other("the cache file has no folder"))?;
    std::fs::create_dir_all(folder)?;
    remove_abandoned(folder);
    let file = tempfile::Builder::new()
        .prefix(WRITING)
        .tempfile_in(folder)?;
    Ok(Writing {
        file,
        path: path.to_path_buf(),
    })
}

/// How the files being written begin.
const WRITING: &str = ".writing-";

/// A file being written is done within seconds: one this old was left by a polku that was
/// stopped while writing it.
const ABANDONED_AFTER: Duration = Duration::from_secs(600);

/// Removes files left half written in `folder` by a polku that was stopped while writing them
/// (they are tens of megabytes each). Whatever cannot be removed stays, harmlessly.
fn remove_abandoned(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let abandoned = entry.file_name().to_string_lossy().starts_with(WRITING)
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > ABANDONED_AFTER));
        if abandoned {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

impl Writing {
    /// Writes the parts made with `key` and puts the file in its place, whole or not at all.
    pub fn finish(mut self, key: &Key, parts: &[Vec<u8>]) -> io::Result<()> {
        let key = encode(key).map_err(io::Error::other)?;
        {
            let mut out = io::BufWriter::new(self.file.as_file_mut());
            out.write_all(MARK)?;
            out.write_all(&u64::from(FORMAT).to_le_bytes())?;
            out.write_all(&(key.len() as u64).to_le_bytes())?;
            out.write_all(&key)?;
            out.write_all(&(parts.len() as u64).to_le_bytes())?;
            for part in parts {
                out.write_all(&(part.len() as u64).to_le_bytes())?;
            }
            out.write_all(&checksum_of(parts.iter().map(Vec::as_slice)).to_le_bytes())?;
            for part in parts {
                out.write_all(part)?;
            }
            out.flush()?;
        }
        // Not synced to the disk: after a crash a file cut short fails its checksum and is
        // made again, and waiting for the disk would only slow polku down.
        self.file.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// A fast checksum of the parts (rustc's Fx hash over their bytes): against files cut short or
/// damaged, not against anyone who means harm, who could as well change the catalogue's files.
fn checksum_of<'a>(parts: impl Iterator<Item = &'a [u8]>) -> u64 {
    let mut checksum = rustc_hash::FxHasher::default();
    for part in parts {
        checksum.write(part);
    }
    checksum.finish()
}

fn take<'a>(rest: &mut &'a [u8], len: usize) -> Option<&'a [u8]> {
    if rest.len() < len {
        return None;
    }
    let (taken, left) = rest.split_at(len);
    *rest = left;
    Some(taken)
}

fn take_u64(rest: &mut &[u8]) -> Option<u64> {
    let bytes = take(rest, 8)?;
    Some(u64::from_le_bytes(bytes.try_into().ok()?))
}
