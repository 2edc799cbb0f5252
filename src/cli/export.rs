//! `polku export`: the client's copy of a plan, as Markdown (to read and print) or JSON (for
//! other systems), to the standard output or to a private file.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use super::args::{ExportArgs, ExportFormat};
use super::context::Context;
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::i18n::{CliText, Language, Message};
use crate::plan::{open_plan, to_json, to_markdown, write_atomic};

/// `lang_flag` is `--lang` as given: it wins over the plan's own language, which wins over
/// the interface language of `context`.
pub fn run(args: &ExportArgs, lang_flag: Option<Language>, context: &Context) -> ExitCode {
    let plan = match open_plan(&args.plan) {
        Ok(plan) => plan,
        Err(e) => {
            let error = e.to_string();
            eprintln!(
                "polku export: {}",
                CliText::CannotOpenPlan { error }.text(context.language)
            );
            return ExitCode::from(EXIT_PROBLEMS);
        }
    };
    let language = lang_flag
        .or_else(|| Language::from_code(plan.language.trim()))
        .unwrap_or(context.language);
    let text = match args.format {
        ExportFormat::Markdown => to_markdown(&plan, language),
        ExportFormat::Json => to_json(&plan),
    };
    match &args.output {
        Some(output) => {
            if same_file(output, &args.plan) {
                let path = output.display().to_string();
                eprintln!(
                    "polku export: {}",
                    CliText::OutputIsThePlan { path }.text(context.language)
                );
                return ExitCode::from(EXIT_USAGE);
            }
            if is_special(output) {
                // `/dev/stdout`, a pipe: written to as it is, never replaced.
                let written = fs::OpenOptions::new()
                    .write(true)
                    .open(output)
                    .and_then(|mut f| f.write_all(text.as_bytes()));
                return match written {
                    Ok(()) => ExitCode::from(EXIT_OK),
                    Err(e) => {
                        let (path, error) = (output.display().to_string(), e.to_string());
                        let message = CliText::CannotWriteFile { path, error };
                        eprintln!("polku export: {}", message.text(context.language));
                        ExitCode::from(EXIT_PROBLEMS)
                    }
                };
            }
            match write_atomic(output, text.as_bytes()) {
                Ok(()) => ExitCode::from(EXIT_OK),
                Err(e) => {
                    eprintln!("polku export: {e}");
                    ExitCode::from(EXIT_PROBLEMS)
                }
            }
        }
        None => {
            let mut out = io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::from(EXIT_OK),
                // A closed pipe (`polku export plan.ron | head`) is not an error worth a message.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(EXIT_OK),
                Err(e) => {
                    let error = e.to_string();
                    let message = CliText::CannotWriteOutput { error };
                    eprintln!("polku export: {}", message.text(context.language));
                    ExitCode::from(EXIT_PROBLEMS)
                }
            }
        }
    }
}

/// Whether both paths name one existing file, so that the export would replace the plan.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Whether `path` is something other than a file or a folder: a device, a pipe, a socket.
fn is_special(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}
