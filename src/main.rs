#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    polku::cli::run(polku::cli::Cli::parse())
}
