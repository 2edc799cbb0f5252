//! The command line: parsing arguments and running subcommands.

mod args;
mod check;
mod context;
mod export;
mod import;
mod manual;
mod screen;
mod search;

pub use args::{
    Cli, Command, ExportArgs, ExportFormat, FilterArgs, ImportArgs, ImportFormat, LangArg,
    SearchArgs,
};
pub use context::{Context, Settings, choose_catalog};
pub use search::filters_from;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::i18n::{HelpHeadings, Language};

/// Exit status of a clean run.
pub const EXIT_OK: u8 = 0;
/// Exit status when the catalogue (or another input file) has problems.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit status of a usage error (what clap uses too).
pub const EXIT_USAGE: u8 = 2;

/// Runs polku with this process's arguments and the user's settings, and says how the process
/// should exit.
pub fn main() -> ExitCode {
    let settings = Settings::load();
    let cli = parse(&settings);
    run(cli, settings)
}

/// The command line of this process, parsed with `--help`'s headings in the user's language
/// (`--lang`, the settings, the locale), so that help reads like the rest of polku.
pub fn parse(settings: &Settings) -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let language = language_before_parsing(&args, settings);
    let matches = localised_command(language).get_matches_from(args);
    // clap checked `matches` against the same definitions, so this only fails on a bug in
    // polku's own argument definitions; clap then prints what is wrong and exits.
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The interface language, read before clap parses: `--lang X` or `--lang=X` among the
/// arguments, else the settings file, else the locale.
fn language_before_parsing(args: &[std::ffi::OsString], settings: &Settings) -> Language {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = args.iter().enumerate().find_map(|(i, arg)| {
        arg.strip_prefix("--lang=")
            .or_else(|| {
                (arg == "--lang")
                    .then(|| args.get(i + 1).map(String::as_str))
                    .flatten()
            })
            .and_then(Language::from_code)
    });
    Language::choose(flag, settings.config.language.as_deref(), |key| {
        std::env::var(key).ok()
    })
}

/// polku's command with the headings of its help (and every subcommand's) in `language`.
pub fn localised_command(language: Language) -> clap::Command {
    fn localise(command: clap::Command, headings: &HelpHeadings) -> clap::Command {
        let command_version = command.get_version().map(str::to_owned);
        let template = format!(
            "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            headings.usage
        );
        command
            .help_template(template)
            .subcommand_help_heading(headings.commands)
            .disable_help_flag(true)
            .disable_version_flag(true)
            .arg(
                clap::Arg::new("help")
                    .long("help")
                    .short('h')
                    .action(clap::ArgAction::Help)
                    .help(headings.help),
            )
            .args(command_version.map(|_| {
                clap::Arg::new("version")
                    .long("version")
                    .short('V')
                    .action(clap::ArgAction::Version)
                    .help(headings.version)
            }))
            .mut_args(|arg| {
                let heading = if arg.is_positional() {
                    headings.arguments
                } else {
                    headings.options
                };
                arg.help_heading(heading)
            })
            .mut_subcommands(|sub| localise(sub, headings))
    }
    localise(Cli::command(), &HelpHeadings::of(language))
}

/// Runs the parsed command line and says how the process should exit.
pub fn run(cli: Cli, settings: Settings) -> ExitCode {
    let context = Context::resolve(&cli, settings);
    if let Some(problem) = &context.config_problem {
        eprintln!("{problem}");
    }
    match &cli.command {
        Some(Command::Check { dirs }) => check::run(dirs, &context),
        Some(Command::Search(args)) => search::run(args, &context),
        Some(Command::Export(args)) => export::run(args, cli.lang.map(Into::into), &context),
        Some(Command::Import(args)) => import::run(args, context.language),
        Some(Command::Completions { shell }) => manual::completions(*shell),
        Some(Command::Man) => manual::man_page(),
        None => screen::run(&context, cli.plan.as_deref()),
    }
}
