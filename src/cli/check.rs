//! `polku check`: every problem in a catalogue, one per line, for the people who maintain it.

use std::path::PathBuf;
use std::process::ExitCode;

use super::context::Context;
use super::{EXIT_OK, EXIT_PROBLEMS};
use crate::catalog::{CatalogSource, stale_warnings};
use crate::i18n::{CliText, Message};
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
        let clean = CliText::CheckClean {
            goals: report.catalog.goals.len(),
            services: report.catalog.services.len(),
            files: report.files,
        };
        eprintln!("{}", clean.text(context.language));
        if !warnings.is_empty() {
            let warned = CliText::StaleWarnings {
                warnings: warnings.len(),
            };
            eprintln!("{}", warned.text(context.language));
        }
        ExitCode::from(EXIT_OK)
    } else {
        let problems = CliText::CheckProblems {
            problems: report.problems.len(),
            files: report.files,
        };
        eprintln!("{}", problems.text(context.language));
        ExitCode::from(EXIT_PROBLEMS)
    }
}
