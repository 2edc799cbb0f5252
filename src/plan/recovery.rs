//! Unsaved changes kept safe: within seconds of the last edit the plan is written to a recovery
//! file in the data directory, so that after a crash, a killed process or a closed terminal
//! the next start finds it and offers to restore it.
//!
//! Each plan has one recovery file, named after the plan's file:
//! - a plan not yet saved anywhere: `unsaved-new-<session>.ron`, the session being the process
//!   and the moment the store was made, so that two windows each starting a new plan keep two
//!   copies rather than overwriting one;
//! - a plan saved at a path: `unsaved-<16 hex digits>.ron`, the digits being the 64-bit FNV-1a
//!   hash of the path made absolute (without resolving links). The snapshot inside names the
//!   path in full; the hash only keeps the file name short and fixed.
//!
//! Recovery files are written like plans: atomically and private to the user (0600), in a
//! folder that is private too (0700).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

use super::model::{PLAN_VERSION, Plan};
use super::store::{
    OpenError, SaveError, create_private_dir, open_plan, read_versioned, to_ron, write_atomic,
};
use crate::catalog::{Position, Problem};

/// A plan as it was at its last edit, with where it belongs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecoverySnapshot {
    /// The recovery file format's version, the same as the plan format's.
    pub version: u32,
    /// The plan's file, or `None` for a plan not yet saved.
    #[serde(default)]
    pub plan_path: Option<PathBuf>,
    /// When the snapshot was written, e.g. "2026-11-23 14:05 UTC".
    pub saved_at: String,
    pub plan: Plan,
}

impl RecoverySnapshot {
    /// A snapshot of `plan` (belonging at `plan_path`) taken at `now`.
    pub fn new(plan: Plan, plan_path: Option<PathBuf>, now: SystemTime) -> Self {
        Self {
            version: PLAN_VERSION,
            plan_path,
            saved_at: format_utc(now),
            plan,
        }
    }

    /// Whether the plan file already holds exactly this plan, so that there is nothing to
    /// restore (the program stopped between saving and discarding the recovery file).
    pub fn is_already_saved(&self) -> bool {
        self.plan_path
            .as_deref()
            .and_then(|p| open_plan(p).ok())
            .is_some_and(|saved| saved == self.plan)
    }
}

/// "YYYY-MM-DD HH:MM UTC".
fn format_utc(time: SystemTime) -> String {
    let at = jiff::Timestamp::try_from(time).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    at.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// The recovery file's name for a plan at `plan_path`, or for the new plan of `session`
/// (see the module's documentation).
pub fn recovery_file_name(plan_path: Option<&Path>, session: &str) -> String {
    match plan_path {
        None => format!("unsaved-new-{session}.ron"),
        Some(path) => {
            let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
            format!(
                "unsaved-{:016x}.ron",
                fnv1a(absolute.as_os_str().as_encoded_bytes())
            )
        }
    }
}

/// 64-bit FNV-1a: fixed forever, unlike the standard library's hasher, so a file written by
/// one build is found by the next.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What [`RecoveryStore::find`] found: the snapshots that can be restored, newest first, and
/// the recovery files that could not be read (left in place, never deleted).
#[derive(Debug, Default)]
pub struct Recoveries {
    pub found: Vec<(PathBuf, RecoverySnapshot)>,
    pub problems: Vec<Problem>,
}

/// The folder of recovery files (`Dirs::recovery()`), as one window of polku uses it. Clones
/// share the window's session, and so its new plan's recovery file.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    pub dir: PathBuf,
    session: String,
}

impl RecoveryStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        // The count tells apart two stores made in one process in the same instant.
        static MADE: AtomicU64 = AtomicU64::new(0);
        let since_epoch = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default();
        let session = format!(
            "{}-{:x}-{}",
            std::process::id(),
            since_epoch.as_nanos(),
            MADE.fetch_add(1, Ordering::Relaxed)
        );
        Self {
            dir: dir.into(),
            session,
        }
    }

    /// The recovery file of the plan at `plan_path` (`None`: this window's plan not yet saved).
    pub fn file_for(&self, plan_path: Option<&Path>) -> PathBuf {
        self.dir.join(recovery_file_name(plan_path, &self.session))
    }

    /// Writes the snapshot over the plan's earlier recovery file, atomically, 0600, creating
    /// the folder (0700) when it is missing.
    pub fn write(&self, snapshot: &RecoverySnapshot) -> Result<(), SaveError> {
        let path = self.file_for(snapshot.plan_path.as_deref());
        create_private_dir(&self.dir)?;
        let text = to_ron(snapshot).map_err(|e| SaveError::Encode {
            path: path.clone(),
            message: e.to_string(),
        })?;
        write_atomic(&path, text.as_bytes())
    }

    /// Every recovery file in the folder, newest first. A missing folder means none.
    pub fn find(&self) -> Recoveries {
        let mut out = Recoveries::default();
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return out,
            Err(e) => {
                out.problems.push(Problem {
                    path: self.dir.display().to_string(),
                    position: Position::START,
                    message: format!("cannot look for unsaved plans in this folder: {e}"),
                });
                return out;
            }
        };
        let mut found = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    out.problems.push(Problem {
                        path: self.dir.display().to_string(),
                        position: Position::START,
                        message: format!("cannot list this folder completely: {e}"),
                    });
                    continue;
                }
            };
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !(name.starts_with("unsaved-") && name.ends_with(".ron")) {
                continue;
            }
            let path = entry.path();
            let modified = entry
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            match read_snapshot(&path) {
                Ok(snapshot) => found.push((modified, path, snapshot)),
                Err(e) => {
                    let mut problem = e.to_problem();
                    problem.message = format!(
                        "an unsaved plan cannot be restored from here: {}",
                        problem.message
                    );
                    out.problems.push(problem);
                }
            }
        }
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        out.found = found.into_iter().map(|(_, p, s)| (p, s)).collect();
        out.problems.sort_by(|a, b| a.path.cmp(&b.path));
        out
    }

    /// Removes the recovery file of the plan at `plan_path`, after the plan was saved or its
    /// changes were deliberately thrown away. No file is no error.
    pub fn discard(&self, plan_path: Option<&Path>) -> io::Result<()> {
        self.discard_file(&self.file_for(plan_path))
    }

    /// Removes one recovery file as [`RecoveryStore::find`] named it. No file is no error.
    pub fn discard_file(&self, file: &Path) -> io::Result<()> {
        match fs::remove_file(file) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io::Error::new(
                e.kind(),
                format!("cannot remove the recovery file {}: {e}", file.display()),
            )),
        }
    }
}

/// How long a copy the user chose not to restore is kept set aside, for a key pressed by
/// mistake to be taken back.
pub const SET_ASIDE_KEPT: Duration = Duration::from_secs(30 * 24 * 60 * 60);

impl RecoveryStore {
    /// Where copies the user chose not to restore wait, out of the next start's way.
    fn set_aside_dir(&self) -> PathBuf {
        self.dir.join("set-aside")
    }

    /// Moves one recovery copy out of the next start's way without removing it; returns
    /// where it now is. The folder is private like the copies.
    pub fn set_aside(&self, file: &Path) -> Result<PathBuf, SaveError> {
        let dir = self.set_aside_dir();
        create_private_dir(&dir)?;
        let to = dir.join(file.file_name().unwrap_or_default());
        fs::rename(file, &to).map_err(|e| SaveError::from_io(e, &to, &dir))?;
        Ok(to)
    }

    /// Puts a set-aside copy back among the recovery copies; returns where it now is. A copy
    /// written since under the same name is not overwritten: the one brought back takes a
    /// name of its own.
    pub fn bring_back(&self, aside: &Path) -> Result<PathBuf, SaveError> {
        let name = aside.file_name().unwrap_or_default().to_string_lossy();
        let mut to = self.dir.join(name.as_ref());
        if to.exists() {
            let stem = name.trim_start_matches("unsaved-").trim_end_matches(".ron");
            to = self
                .dir
                .join(format!("unsaved-back-{}-{stem}.ron", self.session));
        }
        fs::rename(aside, &to).map_err(|e| SaveError::from_io(e, &to, &self.dir))?;
        Ok(to)
    }

    /// Reads one recovery copy.
    pub fn read(&self, file: &Path) -> Result<RecoverySnapshot, OpenError> {
        read_snapshot(file)
    }

    /// Removes set-aside copies last changed more than [`SET_ASIDE_KEPT`] before `now`.
    /// What cannot be read or removed stays for another start.
    pub fn forget_old_set_aside(&self, now: SystemTime) {
        let Ok(entries) = fs::read_dir(self.set_aside_dir()) else {
            return;
        };
        for entry in entries.flatten() {
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|modified| now.duration_since(modified).ok())
                .is_some_and(|age| age > SET_ASIDE_KEPT);
            if old {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

fn read_snapshot(path: &Path) -> Result<RecoverySnapshot, OpenError> {
    let snapshot: RecoverySnapshot = read_versioned(path, "RecoverySnapshot")?;
    if snapshot.plan.version > PLAN_VERSION {
        return Err(OpenError::NewerVersion {
            path: path.to_path_buf(),
            found: snapshot.plan.version,
            supported: PLAN_VERSION,
        });
    }
    Ok(snapshot)
}

/// How long after the last edit the recovery file is written.
pub const AUTOSAVE_QUIET: Duration = Duration::from_secs(2);
/// While the user keeps typing, the recovery file is still written at least this often.
pub const AUTOSAVE_AT_MOST: Duration = Duration::from_secs(4);

/// When to write the recovery file: 2 seconds after the last edit, or 4 seconds after the first
/// edit not yet written while the typing goes on, so that no change is older than 5 seconds
/// when it reaches the disk.
///
/// The event loop calls [`Autosave::edited`] on each change, polls with
/// [`Autosave::deadline`] as its timeout, and when [`Autosave::due`] writes a snapshot and
/// calls [`Autosave::mark_written`] (after a failed write it stays due, and is tried again).
#[derive(Clone, Debug, Default)]
pub struct Autosave {
    last_edit: Option<Instant>,
    first_unwritten: Option<Instant>,
    written: bool,
}

impl Autosave {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn edited(&mut self, now: Instant) {
        self.last_edit = Some(now);
        // Cleared when written, so this is the first edit since the last write.
        self.first_unwritten.get_or_insert(now);
        self.written = false;
    }

    /// Whether there are edits that have not reached the recovery file.
    pub fn pending(&self) -> bool {
        self.last_edit.is_some() && !self.written
    }

    /// When the recovery file should be written, if there is anything to write.
    pub fn deadline(&self) -> Option<Instant> {
        if !self.pending() {
            return None;
        }
        let quiet = self.last_edit.map(|t| t + AUTOSAVE_QUIET);
        let at_most = self.first_unwritten.map(|t| t + AUTOSAVE_AT_MOST);
        match (quiet, at_most) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    pub fn due(&self, now: Instant) -> bool {
        self.deadline().is_some_and(|d| now >= d)
    }

    pub fn mark_written(&mut self) {
        self.written = true;
        self.first_unwritten = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn autosave_waits_for_a_pause_but_not_forever() {
        let t0 = Instant::now();
        let s = |n: u64| t0 + Duration::from_millis(n);
        let mut a = Autosave::new();
        assert!(!a.due(s(10_000)));
        a.edited(s(0));
        assert!(!a.due(s(1_999)));
        assert!(a.due(s(2_000)));
        a.mark_written();
        assert!(!a.due(s(9_000)));
        // Typing without a pause: written 4 s after the first unwritten edit.
        for ms in (10_000..16_000).step_by(500) {
            a.edited(s(ms));
            if ms < 14_000 {
                assert!(!a.due(s(ms)), "{ms}");
            }
        }
        assert!(a.due(s(14_000)));
        a.mark_written();
        assert!(!a.pending());
    }

    fn write_copy(store: &RecoveryStore, situation: &str) -> PathBuf {
        let plan = Plan {
            situation: situation.into(),
            ..Plan::default()
        };
        store
            .write(&RecoverySnapshot::new(plan, None, SystemTime::now()))
            .unwrap();
        store.file_for(None)
    }

    #[test]
    fn a_copy_set_aside_is_not_offered_but_comes_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("recovery"));
        let file = write_copy(&store, "Selkäkipu");
        let aside = store.set_aside(&file).unwrap();
        assert!(
            store.find().found.is_empty(),
            "the next start does not offer it"
        );
        assert!(aside.exists());
        let back = store.bring_back(&aside).unwrap();
        assert_eq!(back, file);
        assert_eq!(store.find().found.len(), 1);
        assert_eq!(store.read(&back).unwrap().plan.situation, "Selkäkipu");
    }

    #[test]
    fn bringing_a_copy_back_never_overwrites_a_newer_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("recovery"));
        let aside = store.set_aside(&write_copy(&store, "vanha")).unwrap();
        write_copy(&store, "uusi");
        let back = store.bring_back(&aside).unwrap();
        let mut found: Vec<String> = store
            .find()
            .found
            .into_iter()
            .map(|(_, s)| s.plan.situation)
            .collect();
        found.sort();
        assert_eq!(found, ["uusi", "vanha"]);
        assert_ne!(back, store.file_for(None));
    }

    #[test]
    fn set_aside_copies_are_kept_thirty_days() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("recovery"));
        let aside = store.set_aside(&write_copy(&store, "x")).unwrap();
        let now = SystemTime::now();
        store.forget_old_set_aside(now + SET_ASIDE_KEPT - Duration::from_secs(60));
        assert!(aside.exists(), "29 days and some hours: still kept");
        store.forget_old_set_aside(now + SET_ASIDE_KEPT + Duration::from_secs(60));
        assert!(!aside.exists());
    }

    #[test]
    fn recovery_names_are_fixed_per_path() {
        assert_eq!(recovery_file_name(None, "12-ab"), "unsaved-new-12-ab.ron");
        let a = recovery_file_name(Some(Path::new("/plans/a.ron")), "1");
        assert_eq!(a, recovery_file_name(Some(Path::new("/plans/a.ron")), "2"));
        assert_ne!(a, recovery_file_name(Some(Path::new("/plans/b.ron")), "1"));
        assert!(a.starts_with("unsaved-") && a.ends_with(".ron") && a.len() == 28);
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
