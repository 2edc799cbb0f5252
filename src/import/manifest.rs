//! The record an import leaves in its catalogue folder (`.polku-import.ron`, hidden, so not
//! read as a catalogue file): which files it wrote and a digest of each, so that
//! `--update` replaces those files, and only those, and never a file someone has edited since.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::error::ImportError;
use crate::catalog::{SourceFormat, describe_ron_error, ron_options};

pub const MANIFEST_FILE: &str = ".polku-import.ron";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub formats: Vec<SourceFormat>,
    /// The inputs as they were named, for the reader.
    pub inputs: Vec<String>,
    /// Each file written, relative to the folder, with the SHA-256 of its content.
    pub files: BTreeMap<String, String>,
}

impl Manifest {
    pub fn read(folder: &Path) -> Result<Option<Self>, ImportError> {
        let path = folder.join(MANIFEST_FILE);
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(ImportError::at_file(&name, format!("cannot read: {e}"))),
        };
        ron_options().from_str(&text).map(Some).map_err(|e| {
            ImportError::at(
                &name,
                format!("{}:{}", e.span.start.line, e.span.start.col),
                describe_ron_error(&e.code),
            )
        })
    }

    pub fn write(&self, folder: &Path) -> std::io::Result<()> {
        let pretty = ron::ser::PrettyConfig::new().new_line("\n".to_owned());
        let text = ron_options()
            .to_string_pretty(self, pretty)
            .map_err(std::io::Error::other)?;
        let header = "// Written by `polku import`: the files it wrote, which `polku import --update`\n// may replace. Files not listed here are never touched.\n";
        std::fs::write(folder.join(MANIFEST_FILE), format!("{header}{text}\n"))
    }
}

/// The SHA-256 of a file's content, in hex.
pub fn digest(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}
