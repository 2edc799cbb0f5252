//! Times the phases of starting on a catalogue folder: loading, building the search index,
//! the first (empty) search and the first typed one, and prints the peak memory:
//!
//! ```text
//! cargo run --release --example load_phases -- /tmp/big
//! ```
//!
//! With a cache folder after the catalogue folder, loading and indexing go through it as
//! polku's do (the first run stores the catalogue there, later ones read it back), and
//! storing is timed too:
//!
//! ```text
//! cargo run --release --example load_phases -- /tmp/big /tmp/cache
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use polku::catalog::CatalogSource;
use polku::ready::{self, CacheFolder, Progress};
use polku::search::{Filters, Query};

fn main() -> ExitCode {
    let Some(folder) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: load_phases FOLDER");
        return ExitCode::from(2);
    };
    let cache = std::env::args().nth(2).map(CacheFolder::new);
    let start = Instant::now();
    let source = CatalogSource::Folders(vec![folder]);
    let progress = Progress::default();
    let mut ready = ready::load(&source, cache.as_ref(), &progress);
    let catalog = &ready.report.catalog;
    println!(
        "ready:         {:>8.1} ms  ({} services, {} problems, cache: {:?})",
        ms(start),
        catalog.services.len(),
        ready.report.problems.len(),
        ready.cache,
    );
    for typed in ["", "tyonhaku"] {
        let start = Instant::now();
        let query = Query::new(typed, Filters::default(), "fi");
        let results = ready.searcher.search(catalog, &query, Some(500));
        println!(
            "search {:<8} {:>8.1} ms  ({} found)",
            format!("{typed:?}:"),
            ms(start),
            results.total
        );
    }
    let start = Instant::now();
    if let Some(storing) = ready.store_in_background() {
        let stored = storing.join();
        println!("stored:        {:>8.1} ms  ({stored:?})", ms(start));
    }
    if let Some(peak) = polku::synthetic::peak_rss_mb() {
        println!("peak RSS:      {peak:>8.0} MB");
    }
    ExitCode::SUCCESS
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}
