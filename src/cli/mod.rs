//! The command line: parsing arguments and running subcommands.

mod args;
mod check;
mod context;
mod export;
mod manual;
mod screen;
mod search;

pub use args::{Cli, Command, ExportArgs, ExportFormat, FilterArgs, LangArg, SearchArgs};
pub use context::{Context, choose_catalog};
pub use search::filters_from;

use std::process::ExitCode;

/// Exit status of a clean run.
pub const EXIT_OK: u8 = 0;
/// Exit status when the catalogue (or another input file) has problems.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit status of a usage error (what clap uses too).
pub const EXIT_USAGE: u8 = 2;

/// Runs the parsed command line and says how the process should exit.
pub fn run(cli: Cli) -> ExitCode {
    let context = Context::resolve(&cli);
    if let Some(problem) = &context.config_problem {
        eprintln!("{problem}");
    }
    match &cli.command {
        Some(Command::Check { dirs }) => check::run(dirs, &context),
        Some(Command::Search(args)) => search::run(args, &context),
        Some(Command::Export(args)) => export::run(args, cli.lang.map(Into::into), &context),
        Some(Command::Completions { shell }) => manual::completions(*shell),
        Some(Command::Man) => manual::man_page(),
        None => screen::run(&context, cli.plan.as_deref()),
    }
}
