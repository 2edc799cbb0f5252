//! What a stored catalogue was made from: every catalogue file as the file system describes it
//! (path, size, modification and change times, file number), the program that made it, and
//! polku's version. A stored catalogue is used only when all of these are still the same, so a
//! file edited, replaced, added or removed, or a new polku, makes it be read again.

use std::fs::Metadata;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    polku: String,
    /// The running program: a rebuilt polku may index words differently.
    program: FileStamp,
    files: Vec<FileStamp>,
}

/// One file as the file system describes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct FileStamp {
    path: PathBuf,
    size: u64,
    /// Nanoseconds since 1970 of the last change to the content.
    modified: Option<u128>,
    /// Where the system has them: when the file last changed in any way (which no program can
    /// set back, unlike the modification time), its device and its file number.
    changed: Option<(i64, i64)>,
    file: Option<(u64, u64)>,
}

impl FileStamp {
    fn of(path: &Path) -> io::Result<Self> {
        let meta = std::fs::metadata(path)?;
        Ok(Self {
            path: path.to_path_buf(),
            size: meta.len(),
            modified: meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map(|d| d.as_nanos()),
            changed: changed(&meta),
            file: file_number(&meta),
        })
    }
}

#[cfg(unix)]
fn changed(meta: &Metadata) -> Option<(i64, i64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.ctime(), meta.ctime_nsec()))
}

#[cfg(not(unix))]
fn changed(_: &Metadata) -> Option<(i64, i64)> {
    None
}

#[cfg(unix)]
fn file_number(meta: &Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_number(_: &Metadata) -> Option<(u64, u64)> {
    None
}

impl Key {
    /// The key of a catalogue made of `files` (in load order) by the running program. An
    /// error when a file or the program cannot be looked at: then nothing is stored or used.
    pub fn of(files: &[PathBuf]) -> io::Result<Self> {
        let program = FileStamp::of(&std::env::current_exe()?)?;
        let files = files
            .iter()
            .map(|f| FileStamp::of(f))
            .collect::<io::Result<_>>()?;
        Ok(Self {
            polku: env!("CARGO_PKG_VERSION").to_owned(),
            program,
            files,
        })
    }
}

impl Key {
    /// Whether every file was last changed at least `settle` before `now`. A file changed
    /// just before its stamp was taken may change again within the same tick of the file
    /// system's clock, unseen by the stamp: a catalogue is stored only when its files are
    /// settled.
    pub fn settled(&self, now: SystemTime, settle: Duration) -> bool {
        let Ok(now) = now.duration_since(UNIX_EPOCH) else {
            return false;
        };
        let settled_before = now.saturating_sub(settle).as_nanos();
        self.files.iter().all(|f| {
            let changed = f
                .changed
                .map(|(s, ns)| i128::from(s) * 1_000_000_000 + i128::from(ns));
            f.modified.is_some_and(|m| m < settled_before)
                && changed.is_none_or(|c| c < settled_before as i128)
        })
    }
}

/// The name of the stored form of the built-in catalogue.
pub const BUILTIN_FILE_NAME: &str = "catalogue-builtin.bin";

/// The name of the stored form of the catalogue made of `folders`: one file per set of
/// folders, so that switching between catalogues does not throw either away.
pub fn file_name(folders: &[PathBuf]) -> String {
    let mut digest = Sha256::new();
    for folder in folders {
        // Relative and absolute names of one folder are one catalogue.
        let folder = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.clone());
        digest.update(folder.as_os_str().as_encoded_bytes());
        // A separator no path holds, so that ["a", "bc"] and ["ab", "c"] differ.
        digest.update([0]);
    }
    let hash = digest.finalize();
    let hex: String = hash[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("catalogue-{hex}.bin")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_modified(file: &Path, time: SystemTime) {
        let f = std::fs::File::options().write(true).open(file).unwrap();
        f.set_modified(time).unwrap();
    }

    #[test]
    fn a_changed_file_changes_the_key_even_with_its_time_set_back() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        let long_ago = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        std::fs::write(&file, "(services: [])").unwrap();
        set_modified(&file, long_ago);
        let files = vec![file.clone()];
        let before = Key::of(&files).unwrap();
        assert_eq!(before, Key::of(&files).unwrap());

        // Only the modification time changes.
        set_modified(&file, long_ago + Duration::from_secs(1));
        assert_ne!(before, Key::of(&files).unwrap());

        // New content of the same size, the time set back as it was.
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&file, "(services: [ ])").unwrap();
        set_modified(&file, long_ago);
        let rewritten = Key::of(&files).unwrap();
        if cfg!(unix) {
            assert_ne!(before, rewritten);
        }
    }

    #[test]
    fn a_file_written_just_now_is_not_settled() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        std::fs::write(&file, "(services: [])").unwrap();
        let key = Key::of(std::slice::from_ref(&file)).unwrap();
        let two_seconds = Duration::from_secs(2);
        assert!(!key.settled(SystemTime::now(), two_seconds));
        assert!(key.settled(SystemTime::now() + Duration::from_secs(60), two_seconds));
    }

    #[test]
    fn folders_name_their_own_file() {
        let a = file_name(&[PathBuf::from("/x/a"), PathBuf::from("bc")]);
        let b = file_name(&[PathBuf::from("/x/ab"), PathBuf::from("c")]);
        assert_ne!(a, b);
        assert_eq!(a, file_name(&[PathBuf::from("/x/a"), PathBuf::from("bc")]));
    }
}
