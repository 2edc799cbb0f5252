//! `polku import`: a register's services into a new catalogue folder, with a summary on
//! standard error of what was read, imported, left out and not yet sorted.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use super::args::ImportArgs;
use super::{EXIT_OK, EXIT_PROBLEMS};
use crate::import::{Options, Progress, Summary, import};

/// How many codes without a goal the summary lists by name.
const CODES_LISTED: usize = 15;

pub fn run(args: &ImportArgs) -> ExitCode {
    let options = Options {
        format: args.format.map(Into::into),
        mapping: args.mapping.clone(),
        update: args.update,
        out: args.out.clone(),
        inputs: args.inputs.clone(),
    };
    let on_terminal = std::io::stderr().is_terminal();
    let mut shown = false;
    let mut progress = |p: &Progress| {
        if on_terminal {
            show_progress(p);
            shown = true;
        }
    };
    let outcome = import(&options, &mut progress);
    if shown {
        // The progress line is cleared, so that the summary starts on a clean line.
        eprint!("\r\x1b[2K");
    }
    match outcome {
        Ok(summary) => {
            print_summary(&summary, &args.out.display().to_string());
            ExitCode::from(EXIT_OK)
        }
        Err(error) => {
            eprintln!("{error}");
            eprintln!("polku import: nothing was written");
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}

fn show_progress(p: &Progress) {
    let share = p
        .bytes
        .saturating_mul(100)
        .checked_div(p.total_bytes)
        .map_or_else(String::new, |percent| format!(" ({percent} %)"));
    let mut err = std::io::stderr().lock();
    let _ = write!(
        err,
        "\r\x1b[2Kreading {}: {} records{share}",
        p.input, p.records
    );
    let _ = err.flush();
}

fn print_summary(summary: &Summary, out: &str) {
    let formats: Vec<&str> = summary.formats.iter().map(|f| f.name()).collect();
    eprintln!(
        "polku import: read {} record(s) ({}), imported {} service(s) into {out}",
        summary.read,
        formats.join(", "),
        summary.imported
    );
    let skipped: usize = summary.skipped.values().sum();
    if skipped > 0 {
        eprintln!("left out {skipped} record(s):");
        for (why, count) in &summary.skipped {
            eprintln!("  {count:>6}  {why}");
        }
    }
    if summary.unsorted > 0 {
        eprintln!(
            "{} service(s) are under \"{}\": no code of theirs maps to a goal",
            summary.unsorted, summary.unsorted_goal
        );
        if !summary.unmapped.is_empty() {
            eprintln!("codes without a goal, with how many of those services each would sort:");
            for (code, count) in summary.unmapped.iter().take(CODES_LISTED) {
                eprintln!("  {count:>6}  {code}");
            }
            let more = summary.unmapped.len().saturating_sub(CODES_LISTED);
            if more > 0 {
                eprintln!("  and {more} more code(s)");
            }
        }
    }
    eprintln!("files: {}", summary.files.join(", "));
    eprintln!("check it with `polku check {out}`, open it with `polku --catalog {out}`");
}
