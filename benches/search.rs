//! Search speed on catalogues of 1,000, 10,000 and 100,000 services: generated text, and real
//! text (the City of Helsinki service register and PTV's general service descriptions, copied
//! to size) when the registers are in `../shared/data` (or `POLKU_BENCH_DATA`).
//!
//! `cargo bench --bench search` first prints a table of per-keystroke latencies (50th and
//! 99th percentile, worst) and load-and-index times, one row per catalogue size and text,
//! which is what the targets are about. Each round starts from a freshly built searcher and
//! types every prefix of professionals' queries and clients' phrases (Finnish, Swedish,
//! English); then criterion measures the generated catalogues for trend tracking. `POLKU_BENCH_SIZES=1000,10000` limits the sizes; real text is measured up
//! to 10,000 services (`POLKU_BENCH_REAL_MAX` to change that). `POLKU_BENCH_SLOWEST=10` lists
//! under each row its ten slowest keystrokes (what was typed, and in which round).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use polku::catalog::{Catalog, Id, SourceFile, load};
use polku::search::{Filters, Query, Searcher};
use polku::synthetic::{catalog_ron, typed_series};
use polku::tui::SHOWN_RESULTS;

/// The converters of the evaluation (`examples/eval`), for the real registers.
// Their tests are run with the example; here they would only be unused.
#[allow(dead_code, unused_imports)]
#[path = "../examples/eval"]
mod eval {
    pub mod catalogue;
    pub mod helsinki;
    pub mod plain;
    pub mod ptv;
}

const SEED: u64 = 20_261_123;

fn sizes() -> Vec<usize> {
    std::env::var("POLKU_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000])
}

fn load_ron(ron: &str) -> Catalog {
    let report = load(vec![SourceFile::in_memory(
        "generated.ron",
        ron.as_bytes().to_vec(),
    )]);
    assert!(report.is_clean(), "{:?}", report.problems.first());
    report.catalog
}

/// Types every query of `series` one key at a time, timing each keystroke.
fn keystroke_times(catalog: &Catalog, searcher: &mut Searcher, series: &[String]) -> Vec<Duration> {
    let mut times = Vec::new();
    for typed in series {
        let query = Query::new(typed, Filters::default(), "fi");
        let start = Instant::now();
        // The screen asks for the rows it lists, and the count of all.
        black_box(searcher.search(catalog, &query, Some(SHOWN_RESULTS)));
        times.push(start.elapsed());
    }
    times
}

/// How many of the slowest keystrokes each row lists (`POLKU_BENCH_SLOWEST`, none unless set).
fn slowest_listed() -> usize {
    std::env::var("POLKU_BENCH_SLOWEST")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

/// Where the public registers are read from.
fn data_folder() -> PathBuf {
    std::env::var_os("POLKU_BENCH_DATA").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"),
        PathBuf::from,
    )
}

fn real_max() -> usize {
    std::env::var("POLKU_BENCH_REAL_MAX")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(10_000)
}

/// The real registers that are at hand, converted to catalogues.
fn real_catalogues() -> Vec<(&'static str, Catalog)> {
    let data = data_folder();
    let mut out = Vec::new();
    match eval::helsinki::convert(&data.join("helsinki-services.json")) {
        Ok(c) => out.push(("Helsinki", c.catalog)),
        Err(e) => eprintln!("(no Helsinki rows: {e})"),
    }
    match eval::ptv::convert(
        &data.join("ptv-general-descriptions.json"),
        &data.join("ptv-service-classes.json"),
    ) {
        Ok(c) => out.push(("PTV", c.catalog)),
        Err(e) => eprintln!("(no PTV rows: {e})"),
    }
    out
}

/// A real catalogue copied to `n` services (each copy with ids of its own), as catalogue RON,
/// so that loading is measured as for a catalogue folder.
fn copied_to_size(base: &Catalog, n: usize) -> String {
    let services: Vec<_> = (0..n)
        .map(|i| {
            let mut service = base.services[i % base.services.len()].clone();
            let copy = i / base.services.len();
            if copy > 0 {
                // A valid id with a valid suffix is still valid.
                if let Ok(id) = Id::parse(&format!("{}-{copy}", service.id)) {
                    service.id = id;
                }
            }
            service
        })
        .collect();
    let file = eval::catalogue::CatalogueFile {
        name: base.name.clone().unwrap_or_default(),
        goals: base.goals.clone(),
        services,
    };
    let config = ron::ser::PrettyConfig::new()
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
        .compact_arrays(true);
    ron::ser::to_string_pretty(&file, config).unwrap_or_default()
}

/// Loads and indexes `ron`, then types the series; one row of the table.
fn measure_row(n: usize, text: &str, ron: &str) {
    // The median of three loads (one for the largest size, which takes seconds).
    let rounds = if n > 10_000 { 1 } else { 3 };
    let mut load_times = Vec::new();
    let mut loaded = None;
    for _ in 0..rounds {
        let start = Instant::now();
        let catalog = load_ron(ron);
        let searcher = Searcher::new(&catalog);
        load_times.push(start.elapsed());
        loaded = Some((catalog, searcher));
    }
    load_times.sort();
    let load_time = load_times[load_times.len() / 2];
    let Some((catalog, mut searcher)) = loaded else {
        return;
    };
    let series = typed_series();
    // (time, round, place in the series) of every keystroke.
    let mut typed: Vec<(Duration, usize, usize)> = Vec::new();
    // Several rounds with a fresh searcher each, so that reuse between rounds is not
    // counted, only reuse between keystrokes of one query.
    for round in 0..5 {
        searcher = Searcher::new(&catalog);
        // The screen lists the catalogue before anything is typed, while it starts (this
        // also puts the services in name order once): part of starting, not of typing.
        let start = Query::new("", Filters::default(), "fi");
        black_box(searcher.search(&catalog, &start, Some(SHOWN_RESULTS)));
        let times = keystroke_times(&catalog, &mut searcher, &series);
        typed.extend(times.into_iter().enumerate().map(|(i, t)| (t, round, i)));
    }
    drop(searcher);
    typed.sort();
    let times: Vec<Duration> = typed.iter().map(|&(t, _, _)| t).collect();
    println!(
        "{n} | {text} | {} | {} | {} | {} | {} | {}",
        ms(load_time),
        times.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
        ms(*times.last().unwrap_or(&Duration::ZERO)),
        polku::synthetic::peak_rss_mb().map_or("?".into(), |m| format!("{m:.0}")),
    );
    for &(time, round, at) in typed.iter().rev().take(slowest_listed()) {
        println!("    {} ms  round {}  {:?}", ms(time), round + 1, series[at]);
    }
}

/// The table the README and the issue notes quote.
fn percentile_report() {
    let real = real_catalogues();
    println!(
        "services | text | load+index ms | keystrokes | p50 ms | p99 ms | max ms | peak RSS MB"
    );
    println!("---|---|---|---|---|---|---|---");
    for n in sizes() {
        for (name, base) in &real {
            if n <= real_max() && !base.services.is_empty() {
                measure_row(n, &format!("real ({name})"), &copied_to_size(base, n));
            }
        }
        measure_row(n, "generated", &catalog_ron(n, SEED));
    }
    println!();
}

fn criterion_benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("search");
    group.sample_size(10);
    for n in sizes() {
        let ron = catalog_ron(n, SEED);
        if n <= 10_000 {
            group.bench_with_input(BenchmarkId::new("load_and_index", n), &ron, |b, ron| {
                b.iter(|| {
                    let catalog = load_ron(ron);
                    black_box(Searcher::new(&catalog));
                })
            });
        }
        let catalog = load_ron(&ron);
        let series = typed_series();
        group.bench_with_input(
            BenchmarkId::new("typing_series", n),
            &catalog,
            |b, catalog| {
                b.iter(|| {
                    let mut searcher = Searcher::new(catalog);
                    black_box(keystroke_times(catalog, &mut searcher, &series));
                })
            },
        );
    }
    group.finish();
}

fn main() {
    percentile_report();
    let mut criterion = Criterion::default().configure_from_args();
    criterion_benches(&mut criterion);
    criterion.final_summary();
}
