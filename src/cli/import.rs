//! `polku import`: a register's services into a new catalogue folder, with a summary on
//! standard error of what was read, imported, left out and not yet sorted.

use std::io::{IsTerminal, Write};
use std::ops::ControlFlow;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use signal_hook::consts::{SIGINT, SIGTERM};

use super::args::ImportArgs;
use super::{EXIT_OK, EXIT_PROBLEMS};
use crate::i18n::{ImportText, Language, Message};
use crate::import::{Options, Progress, Summary, import};

/// How many codes without a goal the summary lists by name.
const CODES_LISTED: usize = 15;

pub fn run(args: &ImportArgs, language: Language) -> ExitCode {
    let options = Options {
        format: args.format.map(Into::into),
        mapping: args.mapping.clone(),
        update: args.update,
        out: args.out.clone(),
        inputs: args.inputs.clone(),
    };
    let on_terminal = std::io::stderr().is_terminal();
    // Ctrl-C stops the import between records, so that the temporary folder is removed; if
    // the handler cannot be set, Ctrl-C ends polku as usual and leaves only that hidden folder.
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGTERM] {
        let _ = signal_hook::flag::register(signal, Arc::clone(&stop));
    }
    let mut shown = false;
    let mut progress = |p: &Progress| {
        if on_terminal {
            show_progress(p, language);
            shown = true;
        }
        if stop.load(Ordering::Relaxed) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    let outcome = import(&options, &mut progress);
    if shown {
        // The progress line is cleared, so that the summary starts on a clean line.
        eprint!("\r\x1b[2K");
    }
    match outcome {
        Ok(summary) => {
            print_summary(&summary, &args.out.display().to_string(), language);
            ExitCode::from(EXIT_OK)
        }
        Err(error) => {
            eprintln!("{error}");
            eprintln!("{}", ImportText::NothingWritten.text(language));
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}

fn show_progress(p: &Progress, language: Language) {
    let share = p
        .bytes
        .saturating_mul(100)
        .checked_div(p.total_bytes)
        .map_or_else(String::new, |percent| format!(" ({percent} %)"));
    let line = ImportText::Reading {
        input: &p.input,
        records: p.records,
        share: &share,
    };
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "\r\x1b[2K{}", line.text(language));
    let _ = err.flush();
}

fn print_summary(summary: &Summary, out: &str, language: Language) {
    let say = |text: ImportText| eprintln!("{}", text.text(language));
    let formats: Vec<&str> = summary.formats.iter().map(|f| f.name()).collect();
    say(ImportText::Imported {
        read: summary.read,
        formats: &formats.join(", "),
        imported: summary.imported,
        out,
    });
    let skipped: usize = summary.skipped.values().sum();
    if skipped > 0 {
        say(ImportText::LeftOut { count: skipped });
        for (why, count) in &summary.skipped {
            eprintln!("  {count:>6}  {}", ImportText::Reason(*why).text(language));
        }
    }
    if summary.unsorted > 0 {
        say(ImportText::Unsorted {
            count: summary.unsorted,
            goal: summary.unsorted_goal.get(language.code()),
        });
        if !summary.unmapped.is_empty() {
            say(ImportText::CodesHeader);
            for (code, count) in summary.unmapped.iter().take(CODES_LISTED) {
                eprintln!("  {count:>6}  {code}");
            }
            let more = summary.unmapped.len().saturating_sub(CODES_LISTED);
            if more > 0 {
                say(ImportText::MoreCodes { count: more });
            }
        }
    }
    say(ImportText::Files {
        files: &summary.files.join(", "),
    });
    say(ImportText::Next { out });
}
