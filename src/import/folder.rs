//! The catalogue folder an import writes: never overwritten, built complete in a temporary
//! folder beside it and renamed into place, or removed when anything fails.

use std::fs;
use std::path::{Path, PathBuf};

use tempfile::TempDir;

use super::error::ImportError;
use super::manifest::{MANIFEST_FILE, Manifest, digest};

/// What is already in the folder an import is to write.
pub struct Target {
    pub folder: PathBuf,
    /// The earlier import's record, when `--update` replaces one.
    pub earlier: Option<Manifest>,
    /// Files of the folder that no import wrote (relative paths): kept as they are.
    pub own_files: Vec<PathBuf>,
}

/// Checks that `folder` may be written: it does not exist or is empty, or `update` is asked
/// and every file an earlier import wrote is as that import left it.
pub fn prepare(folder: &Path, update: bool) -> Result<Target, ImportError> {
    let name = folder.display().to_string();
    let mut target = Target {
        folder: folder.to_owned(),
        earlier: None,
        own_files: Vec::new(),
    };
    match fs::metadata(folder) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(target),
        Err(e) => return Err(ImportError::at_file(&name, format!("cannot open: {e}"))),
        Ok(meta) if !meta.is_dir() => {
            return Err(ImportError::at_file(
                &name,
                "is a file, not a folder: give --out a folder for the catalogue",
            ));
        }
        Ok(_) => {}
    }
    let files = files_below(folder)
        .map_err(|e| ImportError::at_file(&name, format!("cannot list: {e}")))?;
    if files.is_empty() {
        return Ok(target);
    }
    let Some(manifest) = Manifest::read(folder)? else {
        let message = if update {
            "is not a folder polku import wrote (it has no .polku-import.ron), so --update does not touch it: give --out a new folder".to_owned()
        } else {
            "is not empty, and polku import never overwrites: give --out a new folder".to_owned()
        };
        return Err(ImportError::at_file(&name, message));
    };
    if !update {
        return Err(ImportError::at_file(
            &name,
            "holds an earlier import: add --update to replace the files it wrote (files of your own are kept), or give --out a new folder",
        ));
    }
    for (file, wanted) in &manifest.files {
        let path = folder.join(file);
        match digest(&path) {
            Ok(found) if found == *wanted => {}
            Ok(_) => {
                return Err(ImportError::at_file(
                    &path.display().to_string(),
                    "was changed after the earlier import, and --update would lose the change: move your changes to a file of your own (or delete this file) and import again",
                ));
            }
            // A file of the earlier import that was deleted since is simply written again.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(ImportError::at_file(
                    &path.display().to_string(),
                    format!("cannot read: {e}"),
                ));
            }
        }
    }
    target.own_files = files
        .into_iter()
        .filter(|f| {
            let relative = slash_path(f);
            relative != MANIFEST_FILE && !manifest.files.contains_key(&relative)
        })
        .collect();
    target.earlier = Some(manifest);
    Ok(target)
}

/// A temporary folder beside the target, removed unless the import completes.
pub fn temporary_beside(folder: &Path) -> Result<TempDir, ImportError> {
    let parent = match folder.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = folder.display().to_string();
    fs::create_dir_all(&parent).map_err(|e| {
        ImportError::at_file(&name, format!("cannot create its parent folder: {e}"))
    })?;
    tempfile::Builder::new()
        .prefix(".polku-import-")
        .tempdir_in(&parent)
        .map_err(|e| ImportError::at_file(&name, format!("cannot create a folder beside it: {e}")))
}

/// Copies the files of the user's own into the new folder, then puts the new folder in the
/// target's place. The old folder is kept aside until the new one is in place.
pub fn commit(target: &Target, built: TempDir, written: &[String]) -> Result<(), ImportError> {
    let name = target.folder.display().to_string();
    let fail = |what: &str, e: std::io::Error| ImportError::at_file(&name, format!("{what}: {e}"));
    for own in &target.own_files {
        let relative = slash_path(own);
        if written.contains(&relative) {
            return Err(ImportError::at_file(
                &target.folder.join(own).display().to_string(),
                "is a file of your own where the import writes one of its files: rename it and import again",
            ));
        }
        let to = built.path().join(own);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(|e| fail("cannot copy your files", e))?;
        }
        fs::copy(target.folder.join(own), &to).map_err(|e| fail("cannot copy your files", e))?;
    }
    match fs::metadata(&target.folder) {
        Ok(_) => {
            let aside = built.path().with_extension("old");
            fs::rename(&target.folder, &aside)
                .map_err(|e| fail("cannot move the earlier catalogue aside", e))?;
            if let Err(e) = fs::rename(built.path(), &target.folder) {
                // Put the earlier catalogue back as it was.
                let _ = fs::rename(&aside, &target.folder);
                return Err(fail("cannot put the new catalogue in place", e));
            }
            let _ = built.keep();
            fs::remove_dir_all(&aside).map_err(|e| fail("cannot remove the earlier copy", e))
        }
        Err(_) => {
            fs::rename(built.path(), &target.folder)
                .map_err(|e| fail("cannot put the new catalogue in place", e))?;
            let _ = built.keep();
            Ok(())
        }
    }
}

/// Every file below `folder`, relative to it.
fn files_below(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        for entry in fs::read_dir(folder.join(&relative))? {
            let entry = entry?;
            let path = relative.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                pending.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// A relative path written with `/`, as the manifest keeps it.
fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
