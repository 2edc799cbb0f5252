//! Why a plan could not be saved or opened, in words the professional can act on: which file,
//! what went wrong, and that nothing was lost.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::MAX_PLAN_FILE_BYTES;
use crate::catalog::{Position, Problem};

/// Why a plan (or another private file) could not be saved. Whatever the reason, the file that
/// was at the path before is unchanged.
#[derive(Debug)]
pub enum SaveError {
    /// The folder to save into does not exist.
    FolderMissing { path: PathBuf, folder: PathBuf },
    /// Part of the folder's path is a file.
    NotAFolder { path: PathBuf, folder: PathBuf },
    /// The path names a folder, not a file.
    IsAFolder { path: PathBuf },
    /// The path names a device, a pipe or a socket, which a save would replace.
    NotARegularFile { path: PathBuf },
    /// The user may not write in the folder.
    NoPermission { path: PathBuf, folder: PathBuf },
    /// The disk holding the folder is mounted read-only.
    ReadOnlyDisk { path: PathBuf, folder: PathBuf },
    /// The disk (or the user's quota) is full.
    DiskFull { path: PathBuf, folder: PathBuf },
    /// A new file was asked for and a file of that name already exists.
    AlreadyExists { path: PathBuf },
    /// The plan could not be turned into text: a bug, never the user's doing.
    Encode { path: PathBuf, message: String },
    /// Any other failure of the system.
    Io {
        path: PathBuf,
        folder: PathBuf,
        source: io::Error,
    },
}

impl SaveError {
    /// The file that was being saved.
    pub fn path(&self) -> &Path {
        match self {
            SaveError::FolderMissing { path, .. }
            | SaveError::NotAFolder { path, .. }
            | SaveError::IsAFolder { path }
            | SaveError::NotARegularFile { path }
            | SaveError::NoPermission { path, .. }
            | SaveError::ReadOnlyDisk { path, .. }
            | SaveError::DiskFull { path, .. }
            | SaveError::AlreadyExists { path }
            | SaveError::Encode { path, .. }
            | SaveError::Io { path, .. } => path,
        }
    }

    /// Names the failure by what it means for the user.
    pub(crate) fn from_io(source: io::Error, path: &Path, folder: &Path) -> Self {
        let (path, folder) = (path.to_path_buf(), folder.to_path_buf());
        match source.kind() {
            io::ErrorKind::NotFound => SaveError::FolderMissing { path, folder },
            io::ErrorKind::NotADirectory => SaveError::NotAFolder { path, folder },
            io::ErrorKind::IsADirectory => SaveError::IsAFolder { path },
            io::ErrorKind::PermissionDenied => SaveError::NoPermission { path, folder },
            io::ErrorKind::ReadOnlyFilesystem => SaveError::ReadOnlyDisk { path, folder },
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                SaveError::DiskFull { path, folder }
            }
            io::ErrorKind::AlreadyExists => SaveError::AlreadyExists { path },
            _ => SaveError::Io {
                path,
                folder,
                source,
            },
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not save {}: ", self.path().display())?;
        match self {
            SaveError::FolderMissing { folder, .. } => write!(
                f,
                "the folder {} does not exist; create it or save somewhere else",
                folder.display()
            ),
            SaveError::NotAFolder { folder, .. } => write!(
                f,
                "{} is not a folder (part of that path is a file); save somewhere else",
                folder.display()
            ),
            SaveError::IsAFolder { .. } => {
                f.write_str("that is a folder; give a file name such as plan.ron")
            }
            SaveError::NotARegularFile { .. } => f.write_str(
                "that is a device or a pipe, not an ordinary file; give a file name such as \
                 plan.ron",
            ),
            SaveError::NoPermission { folder, .. } => write!(
                f,
                "no permission to write in the folder {}; save somewhere else or ask for \
                 write access. Any earlier file there is unchanged",
                folder.display()
            ),
            SaveError::ReadOnlyDisk { folder, .. } => write!(
                f,
                "the disk holding {} is read-only; save somewhere else. Any earlier file \
                 there is unchanged",
                folder.display()
            ),
            SaveError::DiskFull { folder, .. } => write!(
                f,
                "the disk holding {} is full; free some space and save again. Any earlier \
                 file there is unchanged",
                folder.display()
            ),
            SaveError::AlreadyExists { .. } => {
                f.write_str("a file with that name already exists; choose another name")
            }
            SaveError::Encode { message, .. } => write!(
                f,
                "the plan could not be written as text ({message}); this is a bug in polku. \
                 Nothing was written"
            ),
            SaveError::Io { folder, source, .. } => write!(
                f,
                "{source} (in the folder {}). Any earlier file there is unchanged",
                folder.display()
            ),
        }
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Why a plan file could not be opened. Opening never changes the file; after any error but
/// [`OpenError::NotFound`] the caller must not save over it without asking.
#[derive(Debug)]
pub enum OpenError {
    /// There is no file at the path: a new plan may be started there.
    NotFound { path: PathBuf },
    /// The file is larger than any plan.
    TooLarge { path: PathBuf, bytes: u64 },
    /// The file exists but cannot be read (permissions, a folder, a disk error).
    Unreadable { path: PathBuf, source: io::Error },
    /// The file is not UTF-8 text.
    NotUtf8 { path: PathBuf, position: Position },
    /// The file is something other than a plan (empty, another RON file, any other text).
    NotAPlan(Problem),
    /// The file is a plan with a mistake in it (for example cut short).
    Damaged(Problem),
    /// The file was saved by a newer polku in a format this one does not know.
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
}

impl OpenError {
    /// Whether saving a plan at the path would overwrite nothing: only when there is no file.
    pub fn may_save_here(&self) -> bool {
        matches!(self, OpenError::NotFound { .. })
    }

    /// The error as a problem at a file, line and column (the start of the file when the
    /// error has no place of its own).
    pub fn to_problem(&self) -> Problem {
        match self {
            OpenError::NotAPlan(p) | OpenError::Damaged(p) => p.clone(),
            OpenError::NotUtf8 { path, position } => Problem {
                path: path.display().to_string(),
                position: *position,
                message: self.message(),
            },
            OpenError::NotFound { path }
            | OpenError::TooLarge { path, .. }
            | OpenError::Unreadable { path, .. }
            | OpenError::NewerVersion { path, .. } => Problem {
                path: path.display().to_string(),
                position: Position::START,
                message: self.message(),
            },
        }
    }

    /// What is wrong, without the file's name.
    fn message(&self) -> String {
        match self {
            OpenError::NotFound { .. } => "there is no such file".into(),
            OpenError::TooLarge { bytes, .. } => format!(
                "the file is {} MiB, far larger than any plan (at most {} MiB); it is not a \
                 polku plan, and it was not changed",
                bytes.div_ceil(1024 * 1024),
                MAX_PLAN_FILE_BYTES / (1024 * 1024)
            ),
            OpenError::Unreadable { source, .. } => match source.kind() {
                io::ErrorKind::PermissionDenied => "no permission to read the file".into(),
                io::ErrorKind::IsADirectory => {
                    "that is a folder, not a plan file; give the file's name".into()
                }
                _ => format!("cannot read the file: {source}"),
            },
            OpenError::NotUtf8 { .. } => {
                "the file is not UTF-8 text, so it is not a polku plan; it was not changed".into()
            }
            OpenError::NotAPlan(p) | OpenError::Damaged(p) => p.message.clone(),
            OpenError::NewerVersion {
                found, supported, ..
            } => format!(
                "this plan was saved by a newer polku (plan format {found}; this polku reads \
                 formats up to {supported}). Update polku to open it; the file was not changed"
            ),
        }
    }
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::NotAPlan(p) | OpenError::Damaged(p) => p.fmt(f),
            OpenError::NotUtf8 { .. } => self.to_problem().fmt(f),
            OpenError::NotFound { path }
            | OpenError::TooLarge { path, .. }
            | OpenError::Unreadable { path, .. }
            | OpenError::NewerVersion { path, .. } => {
                write!(f, "{}: {}", path.display(), self.message())
            }
        }
    }
}

impl std::error::Error for OpenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OpenError::Unreadable { source, .. } => Some(source),
            _ => None,
        }
    }
}
