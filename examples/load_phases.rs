//! Times the phases of starting on a catalogue folder: loading, building the search index,
//! the first (empty) search and the first typed one, and prints the peak memory:
//!
//! ```text
//! cargo run --release --example load_phases -- /tmp/big
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use polku::catalog::CatalogSource;
use polku::search::{Filters, Query, Searcher};

fn main() -> ExitCode {
    let Some(folder) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: load_phases FOLDER");
        return ExitCode::from(2);
    };
    let start = Instant::now();
    let report = CatalogSource::Folders(vec![folder]).load();
    let catalog = &report.catalog;
    println!(
        "load:          {:>8.1} ms  ({} services, {} problems)",
        ms(start),
        catalog.services.len(),
        report.problems.len()
    );
    let start = Instant::now();
    let mut searcher = Searcher::new(catalog);
    println!("index:         {:>8.1} ms", ms(start));
    for typed in ["", "tyonhaku"] {
        let start = Instant::now();
        let query = Query::new(typed, Filters::default(), "fi");
        let results = searcher.search(catalog, &query, Some(500));
        println!(
            "search {:<8} {:>8.1} ms  ({} found)",
            format!("{typed:?}:"),
            ms(start),
            results.total
        );
    }
    if let Some(peak) = polku::synthetic::peak_rss_mb() {
        println!("peak RSS:      {peak:>8.0} MB");
    }
    ExitCode::SUCCESS
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}
