//! Writes a generated catalogue of N services into a folder, to try polku at scale:
//!
//! ```text
//! cargo run --release --example generate_catalogue -- 100000 /tmp/big
//! cargo run --release -- --catalog /tmp/big
//! ```
//!
//! The text is made up (see `polku::synthetic`), with the sizes and word frequencies of a real
//! catalogue; the same generator feeds the benchmark and the scale tests.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(count), Some(folder)) = (
        args.first()
            .and_then(|n| n.replace('_', "").parse::<usize>().ok()),
        args.get(1).map(PathBuf::from),
    ) else {
        eprintln!("usage: generate_catalogue SERVICES FOLDER   (e.g. 100000 /tmp/big)");
        return ExitCode::from(2);
    };
    let file = folder.join("generated.ron");
    let written = std::fs::create_dir_all(&folder)
        .and_then(|()| std::fs::write(&file, polku::synthetic::catalog_ron(count, 7)));
    match written {
        Ok(()) => {
            eprintln!("wrote {count} services to {}", file.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {}: {e}", file.display());
            ExitCode::FAILURE
        }
    }
}
