//! `polku check`: every problem in a catalogue, one per line, for the people who maintain it.

use std::path::PathBuf;
use std::process::ExitCode;

use super::context::Context;
use super::{EXIT_OK, EXIT_PROBLEMS};
use crate::catalog::{CatalogSource, stale_warnings};
use crate::local_time::today_local;

pub fn run(dirs: &[PathBuf], context: &Context) -> ExitCode {
    let source = if dirs.is_empty() {
        context.catalog.clone()
    } else {
        CatalogSource::Folders(dirs.to_vec())
    };
    let report = source.load();
    for problem in &report.problems {
        println!("{problem}");
    }
    // Warnings do not change the exit status: a stale record is still a good record.
    let warnings = stale_warnings(&source, &report.catalog, today_local());
    for warning in &warnings {
        println!("{warning}");
    }
    if report.is_clean() {
        // On standard error, so that standard output stays empty for a clean catalogue.
        let warned = if warnings.is_empty() {
            String::new()
        } else {
            format!(" ({} warning(s))", warnings.len())
        };
        eprintln!(
            "no problems{warned}: {} goals and {} services in {} file(s)",
            report.catalog.goals.len(),
            report.catalog.services.len(),
            report.files
        );
        ExitCode::from(EXIT_OK)
    } else {
        eprintln!(
            "{} problem(s) in {} file(s) read",
            report.problems.len(),
            report.files
        );
        ExitCode::from(EXIT_PROBLEMS)
    }
}
