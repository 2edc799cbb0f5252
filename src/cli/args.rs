//! The command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// polku: find coaching and participation services by the client's goal, and make the
/// client's plan together.
#[derive(Debug, Parser)]
#[command(name = "polku", version, about)]
pub struct Cli {
    /// Catalogue folder to use instead of the built-in one (may be given more than once).
    #[arg(long = "catalog", value_name = "DIR", global = true)]
    pub catalog: Vec<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check catalogue folders and print every problem as path:line:column: message.
    Check {
        /// Catalogue folders to check (default: the catalogue polku would use).
        #[arg(value_name = "DIR")]
        dirs: Vec<PathBuf>,
    },
}
