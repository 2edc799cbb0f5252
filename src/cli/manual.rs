//! Shell completions and the manual page, both generated from the same argument definitions
//! that parse the command line, so they never disagree with it.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::CommandFactory;

use super::{Cli, EXIT_OK, EXIT_PROBLEMS};

/// Prints the completion script for `shell` on standard output.
pub fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "polku", &mut out);
    write_out(&out)
}

/// Prints the manual page, in roff, on standard output.
pub fn man_page() -> ExitCode {
    let mut out = Vec::new();
    match clap_mangen::Man::new(Cli::command()).render(&mut out) {
        Ok(()) => write_out(&out),
        Err(e) => {
            eprintln!("polku man: {e}");
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}

fn write_out(bytes: &[u8]) -> ExitCode {
    match io::stdout().lock().write_all(bytes) {
        Ok(()) => ExitCode::from(EXIT_OK),
        // A reader that went away (`polku man | head`) is not worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!("polku: cannot write to the standard output: {e}");
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}
