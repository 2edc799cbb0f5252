//! The command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::catalog::{Format, Intensity, SourceFormat, Theme};
use crate::i18n::Language;

/// polku: find coaching and participation services by the client's goal, and make the
/// client's plan together.
#[derive(Debug, Parser)]
#[command(name = "polku", version, about)]
pub struct Cli {
    /// Catalogue folder to use instead of the built-in one (may be given more than once).
    #[arg(long = "catalog", value_name = "DIR", global = true)]
    pub catalog: Vec<PathBuf>,

    /// Interface language (default: the config file, then LANG, then English).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,

    /// The client's plan to open (or start, if the file does not exist yet).
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Fi,
    Sv,
    En,
}

impl From<LangArg> for Language {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::Fi => Language::Fi,
            LangArg::Sv => Language::Sv,
            LangArg::En => Language::En,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check catalogue folders and print every problem as path:line:column: message.
    Check {
        /// Catalogue folders to check (default: the catalogue polku would use).
        #[arg(value_name = "DIR")]
        dirs: Vec<PathBuf>,
    },
    /// Search the catalogue and print the ranked services.
    Search(SearchArgs),
    /// Write the client's copy of a plan: Markdown to read and print, or JSON for other
    /// systems.
    Export(ExportArgs),
    /// Print a shell's completion script for polku (e.g. `polku completions bash >
    /// ~/.local/share/bash-completion/completions/polku`).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print polku's manual page (roff), e.g. `polku man | man -l -`.
    Man,
    /// Import services from a register (PTV, the Helsinki register, HSDS) into a new
    /// catalogue folder.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The register's format (default: recognised from the content).
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,

    /// A mapping from the register's codes to goals (RON), replacing the built-in one.
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,

    /// Replace the files an earlier import wrote in DIR; files of your own are kept.
    #[arg(long)]
    pub update: bool,

    /// The catalogue folder to write: a new or empty one, unless --update.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// JSON files, or folders of HSDS CSV files.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// The Suomi.fi service register (PTV Open API v11/v12, or its general descriptions).
    Ptv,
    /// The City of Helsinki's service register.
    Tpr,
    /// Open Referral HSDS 3: JSON, or a folder of CSV files.
    Hsds,
}

impl From<ImportFormat> for SourceFormat {
    fn from(arg: ImportFormat) -> Self {
        match arg {
            ImportFormat::Ptv => SourceFormat::Ptv,
            ImportFormat::Tpr => SourceFormat::Tpr,
            ImportFormat::Hsds => SourceFormat::Hsds,
        }
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The plan file.
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// markdown: plain and printable, in the chosen language (--lang, else the plan's own
    /// language); json: every field of the plan, for other systems.
    #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
    pub format: ExportFormat,

    /// Write the copy to this file (private to you: it holds health data) instead of the
    /// standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// At most this many services.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,

    /// One JSON object per line instead of a table.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// What to search for: goals, needs or service names, in any language.
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,
}

#[derive(Debug, Default, Args)]
pub struct FilterArgs {
    /// Only services offered in this format (may be given more than once).
    #[arg(long = "format", value_enum)]
    pub formats: Vec<FormatArg>,

    /// Only services delivered in this language (e.g. sv, en, ru).
    #[arg(long = "service-language", value_name = "CODE")]
    pub service_language: Option<String>,

    /// Only services offered in this municipality.
    #[arg(long)]
    pub area: Option<String>,

    /// Only services with a goal in this theme.
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,

    /// Only light or only intensive services.
    #[arg(long, value_enum)]
    pub intensity: Option<IntensityArg>,

    /// Only services that are free of charge.
    #[arg(long)]
    pub free: bool,

    /// Only services that serve this goal (its id).
    #[arg(long, value_name = "GOAL-ID")]
    pub goal: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Individual,
    Group,
    Remote,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Self {
        match arg {
            FormatArg::Individual => Format::Individual,
            FormatArg::Group => Format::Group,
            FormatArg::Remote => Format::Remote,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    Work,
    Studies,
    Participation,
}

impl From<ThemeArg> for Theme {
    fn from(arg: ThemeArg) -> Self {
        match arg {
            ThemeArg::Work => Theme::Work,
            ThemeArg::Studies => Theme::Studies,
            ThemeArg::Participation => Theme::Participation,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum IntensityArg {
    Light,
    Intensive,
}

impl From<IntensityArg> for Intensity {
    fn from(arg: IntensityArg) -> Self {
        match arg {
            IntensityArg::Light => Intensity::Light,
            IntensityArg::Intensive => Intensity::Intensive,
        }
    }
}
