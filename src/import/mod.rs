//! `polku import`: services from real registers — the national Suomi.fi service register
//! (PTV), the City of Helsinki's register (TPR) and Open Referral's HSDS — into a catalogue
//! folder in polku's own format, with goals given by a mapping from the registers' codes.
//!
//! Each input is read one record at a time and each service written out as it is read; the
//! catalogue is built in a temporary folder and renamed into place only when complete.

mod draft;
mod error;
mod fields;
mod folder;
mod hsds;
mod hsds_csv;
mod json_stream;
mod manifest;
mod mapping;
mod plain_text;
mod ptv;
mod recognise;
mod run;
mod tpr;
mod writer;

pub use draft::Skip;
pub use error::ImportError;
pub use manifest::MANIFEST_FILE;
pub use mapping::Mapping;
pub use plain_text::plain_text;
pub use run::{OnProgress, Progress, Summary};

use std::path::PathBuf;

use crate::catalog::SourceFormat;

/// What to import, from where, to where.
#[derive(Clone, Debug)]
pub struct Options {
    /// The inputs' format; recognised from their content when not given.
    pub format: Option<SourceFormat>,
    /// A mapping file replacing the built-in one.
    pub mapping: Option<PathBuf>,
    /// Replace the files of an earlier import in `out`.
    pub update: bool,
    pub out: PathBuf,
    /// JSON files, or folders of HSDS CSV files.
    pub inputs: Vec<PathBuf>,
}

/// Imports the inputs into a new catalogue folder, all or nothing. `progress` is told now and
/// then how far the reading has come, and may stop the import.
pub fn import(options: &Options, progress: &mut OnProgress) -> Result<Summary, ImportError> {
    let mapping = match &options.mapping {
        Some(path) => Mapping::from_file(path)?,
        None => Mapping::builtin()?,
    };
    let target = folder::prepare(&options.out, options.update)?;
    let built = folder::temporary_beside(&options.out)?;
    let mut run = run::Run::new(&mapping, built.path());
    for input in &options.inputs {
        run.input(input, options.format, progress)?;
    }
    let summary = run.finish(&options.out)?;
    folder::commit(&target, built, &summary.files)?;
    Ok(summary)
}
