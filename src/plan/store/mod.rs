//! Saving and opening plan files.
//!
//! A plan holds health data, so every file polku writes for it is private to the user
//! (permissions 0600) and is written atomically: the new content goes to a temporary file in
//! the same folder, is flushed to the disk, and only then takes the plan file's name. A failed
//! save therefore leaves the earlier file exactly as it was.
//!
//! Opening reads the file's `version` before anything else, so that a file from a newer polku
//! is reported as newer rather than as damaged, and opening never writes to the file.

use std::cell::Cell;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};

use super::model::{PLAN_VERSION, Plan};
use crate::catalog::{Position, Problem, describe_ron_error, ron_options};
use crate::date::Date;

mod errors;

pub use errors::{OpenError, SaveError};

/// No plan comes near this size; a larger file is something else and is not read into memory.
pub const MAX_PLAN_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The plan as RON text, in the catalogue's conventions: no struct names, optional fields
/// written plainly (read back by [`ron_options`], which has `implicit_some`).
pub fn plan_to_ron(plan: &Plan) -> Result<String, ron::Error> {
    to_ron(plan)
}

pub(crate) fn to_ron<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let pretty = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("    ");
    let mut text = ron_options().to_string_pretty(value, pretty)?;
    text.push('\n');
    Ok(text)
}

/// Saves the plan at `path`, replacing any file there atomically, with permissions 0600.
/// Dates are the caller's: this writes the plan as it is.
pub fn save_plan(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let text = plan_to_ron(plan).map_err(|e| SaveError::Encode {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    write_atomic(path, text.as_bytes())
}

/// Saves the plan at `path` only if no file has that name yet (for a new plan at a path from
/// [`default_plan_path`], in case a file appeared there meanwhile).
pub fn save_new_plan(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let text = plan_to_ron(plan).map_err(|e| SaveError::Encode {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    write_private(path, text.as_bytes(), Replace::Never)
}

/// Writes `bytes` to `path` atomically with permissions 0600: a temporary file in the same
/// folder is written, flushed to the disk and renamed over `path`. On any error the file that
/// was at `path` is unchanged and the temporary file is removed. When `path` is a symbolic
/// link, the file it points to is replaced and the link kept; a device or a pipe at `path` is
/// refused rather than replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_private(path, bytes, Replace::Always)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Replace {
    Always,
    Never,
}

/// The folder a file is saved into (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

fn write_private(path: &Path, bytes: &[u8], replace: Replace) -> Result<(), SaveError> {
    if path.file_name().is_none() {
        return Err(SaveError::IsAFolder {
            path: path.to_path_buf(),
        });
    }
    // A link stays a link: the file it points to is replaced, next to itself.
    let target = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    };
    match fs::metadata(&target) {
        Ok(m) if m.is_dir() => {
            return Err(SaveError::IsAFolder {
                path: path.to_path_buf(),
            });
        }
        Ok(m) if !m.is_file() => {
            return Err(SaveError::NotARegularFile {
                path: path.to_path_buf(),
            });
        }
        _ => {}
    }
    let folder = folder_of(&target);
    let fail = |e: io::Error| SaveError::from_io(e, path, folder);
    // Hidden and named for what it is, in case a power cut leaves it behind.
    let mut temp = tempfile::Builder::new()
        .prefix(".polku-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(fail)?;
    set_private(temp.as_file()).map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    temp.flush().map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    // On failure the temporary file comes back in the error and is removed when dropped.
    match replace {
        Replace::Always => temp.persist(&target).map_err(|e| fail(e.error))?,
        Replace::Never => temp.persist_noclobber(&target).map_err(|e| fail(e.error))?,
    };
    sync_folder(folder);
    Ok(())
}

#[cfg(unix)]
fn set_private(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn set_private(_file: &File) -> io::Result<()> {
    Ok(())
}

/// Makes the rename itself durable. Best effort: not every system can sync a folder, and the
/// file's content is already on the disk.
fn sync_folder(folder: &Path) {
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}

/// Creates `dir` and its missing parents; the folders created are private to the user (0700).
pub fn create_private_dir(dir: &Path) -> Result<(), SaveError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| SaveError::from_io(e, dir, folder_of(dir)))
}

/// Opens the plan at `path`. Never writes to the file and never panics, whatever it holds.
pub fn open_plan(path: &Path) -> Result<Plan, OpenError> {
    let plan: Plan = read_versioned(path, "Plan")?;
    Ok(plan)
}

/// Reads a RON file whose top level is a struct with a `version` field (a plan, a recovery
/// snapshot), checking its size, its encoding and its version before the whole of it.
pub(crate) fn read_versioned<T: DeserializeOwned>(
    path: &Path,
    struct_name: &'static str,
) -> Result<T, OpenError> {
    let text = read_text(path)?;
    let name = path.display().to_string();
    let problem = |position, message: String| Problem {
        path: name.clone(),
        position,
        message,
    };
    if text.trim().is_empty() {
        return Err(OpenError::NotAPlan(problem(
            Position::START,
            "the file is empty, so it is not a polku plan".into(),
        )));
    }
    let probe = Cell::new(VersionFound::No);
    let probed = ron_options().from_str_seed(
        &text,
        VersionProbe {
            struct_name,
            found: &probe,
        },
    );
    match (probe.get(), probed) {
        (VersionFound::Yes(found), _) if found > PLAN_VERSION => {
            return Err(OpenError::NewerVersion {
                path: path.to_path_buf(),
                found,
                supported: PLAN_VERSION,
            });
        }
        (VersionFound::Yes(0), _) => {
            let at = text
                .find("version")
                .map_or(Position::START, |o| Position::of_offset(&text, o));
            return Err(OpenError::Damaged(problem(
                at,
                "the plan file is damaged: `version: 0` is not a plan format; polku writes \
                 `version: 1`. The file was not changed"
                    .into(),
            )));
        }
        (VersionFound::Yes(_) | VersionFound::Unreadable, _) => {}
        (VersionFound::No, Ok(())) => {
            return Err(OpenError::NotAPlan(problem(
                Position::START,
                "this is not a polku plan: it has no `version` field (a plan file starts \
                 with `(version: 1,`). The file was not changed"
                    .into(),
            )));
        }
        (VersionFound::No, Err(e)) => {
            return Err(OpenError::NotAPlan(problem(
                Position::of_ron(&e),
                format!(
                    "this is not a polku plan ({}); the file was not changed",
                    describe_ron_error(&e.code)
                ),
            )));
        }
    }
    ron_options().from_str::<T>(&text).map_err(|e| {
        OpenError::Damaged(problem(
            Position::of_ron(&e),
            format!(
                "the plan file is damaged: {}. The file was not changed; fix this place in \
                 a text editor, or use a backup",
                describe_ron_error(&e.code)
            ),
        ))
    })
}

/// Reads the whole file as text, refusing files that are too large or not UTF-8.
fn read_text(path: &Path) -> Result<String, OpenError> {
    let unreadable = |source: io::Error| match source.kind() {
        io::ErrorKind::NotFound => OpenError::NotFound {
            path: path.to_path_buf(),
        },
        _ => OpenError::Unreadable {
            path: path.to_path_buf(),
            source,
        },
    };
    // Looked at before opening: opening a pipe would wait for a writer.
    let metadata = fs::metadata(path).map_err(unreadable)?;
    if metadata.is_dir() {
        return Err(unreadable(io::Error::from(io::ErrorKind::IsADirectory)));
    }
    if !metadata.is_file() {
        return Err(unreadable(io::Error::new(
            io::ErrorKind::InvalidInput,
            "it is a device or a pipe, not a plan file",
        )));
    }
    let file = File::open(path).map_err(unreadable)?;
    if metadata.len() > MAX_PLAN_FILE_BYTES {
        return Err(OpenError::TooLarge {
            path: path.to_path_buf(),
            bytes: metadata.len(),
        });
    }
    let mut bytes = Vec::new();
    // The size is checked again while reading, for files that grow or lie about their size.
    file.take(MAX_PLAN_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_PLAN_FILE_BYTES {
        return Err(OpenError::TooLarge {
            path: path.to_path_buf(),
            bytes: bytes.len() as u64,
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        OpenError::NotUtf8 {
            path: path.to_path_buf(),
            position: Position::of_offset(&prefix, valid),
        }
    })
}

/// What the version probe saw of the `version` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VersionFound {
    No,
    /// The field is there but its value is not a version number.
    Unreadable,
    Yes(u32),
}

/// Reads only the `version` field of a struct, skipping every other field, and notes what it
/// saw in `found` as soon as it sees it: a file that breaks off later still tells its version.
struct VersionProbe<'a> {
    struct_name: &'static str,
    found: &'a Cell<VersionFound>,
}

impl<'de> DeserializeSeed<'de> for VersionProbe<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_struct(self.struct_name, &["version"], self)
    }
}

impl<'de> Visitor<'de> for VersionProbe<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a plan: `(version: 1, ...)`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "version" {
                self.found.set(VersionFound::Unreadable);
                let version: u32 = map.next_value()?;
                self.found.set(VersionFound::Yes(version));
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// A file name for a new plan in `plans_dir` that no file has yet:
/// `plan-<initials>-YYYY-MM-DD.ron`, then `...-2.ron`, `...-3.ron`. The initials are the first
/// letter of each word of `client` in lower-case ASCII (at most four), or `client` when there
/// are none, so that the name says little about the client.
pub fn default_plan_path(plans_dir: &Path, client: &str, today: Date) -> PathBuf {
    let initials = client_initials(client);
    let stem = format!("plan-{initials}-{today}");
    let taken = |p: &Path| p.symlink_metadata().is_ok();
    let first = plans_dir.join(format!("{stem}.ron"));
    if !taken(&first) {
        return first;
    }
    (2u64..)
        .map(|n| plans_dir.join(format!("{stem}-{n}.ron")))
        .find(|p| !taken(p))
        .unwrap_or(first)
}

fn client_initials(client: &str) -> String {
    let initials: String = client
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '.' | ',' | '_'))
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .filter_map(ascii_letter)
        .take(4)
        .collect();
    if initials.is_empty() {
        "client".into()
    } else {
        initials
    }
}

/// The letter as lower-case ASCII, folding the Nordic and common Latin accented letters.
fn ascii_letter(c: char) -> Option<char> {
    let c = c.to_lowercase().next().unwrap_or(c);
    let folded = match c {
        'ä' | 'å' | 'á' | 'à' | 'â' | 'ã' => 'a',
        'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ü' | 'ú' | 'ù' | 'û' => 'u',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'š' => 's',
        'ž' => 'z',
        'ç' => 'c',
        'ñ' => 'n',
        c => c,
    };
    (folded.is_ascii_lowercase() || folded.is_ascii_digit()).then_some(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_file_name_is_saved_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("plan.ron")), Path::new("."));
        assert_eq!(folder_of(Path::new("/p/plan.ron")), Path::new("/p"));
    }

    #[test]
    fn initials_are_short_and_plain() {
        assert_eq!(client_initials("Aino Korhonen"), "ak");
        assert_eq!(client_initials("A.K."), "ak");
        assert_eq!(client_initials("Åsa Öberg-Ähtäri"), "aoa");
        assert_eq!(client_initials("  "), "client");
        assert_eq!(client_initials("../../etc"), "e");
        assert_eq!(client_initials("Мария"), "client");
    }

    #[test]
    fn save_errors_are_named_by_meaning() {
        let p = Path::new("/x/plan.ron");
        let f = Path::new("/x");
        let full = SaveError::from_io(io::Error::from(io::ErrorKind::StorageFull), p, f);
        assert!(matches!(full, SaveError::DiskFull { .. }));
        assert!(full.to_string().contains("full"), "{full}");
        assert!(full.to_string().contains("/x"), "{full}");
        let missing = SaveError::from_io(io::Error::from(io::ErrorKind::NotFound), p, f);
        assert!(missing.to_string().contains("does not exist"), "{missing}");
    }
}
