//! Types the benchmark's series (see `benches/search.rs`) over a catalogue folder, one key at a
//! time, with a freshly built search each round, and prints the per-keystroke times and the
//! slowest keystrokes. Made for profiling a keystroke's work on real text, where the benchmark's
//! wall-clock table is too noisy to compare two versions on a busy machine:
//!
//! ```text
//! cargo run --release --example eval -- --no-fzf --quiet --write /tmp/cat
//! cargo run --release --example copy_to_size -- /tmp/cat/helsinki 10000 /tmp/helsinki-10k
//! cargo build --release --example typing
//! perf stat -e instructions target/release/examples/typing /tmp/helsinki-10k --rounds 5
//! valgrind --tool=callgrind --toggle-collect='*keystroke*' target/release/examples/typing /tmp/helsinki-10k
//! ```
//!
//! `--explain` also explains the rows a screen shows, as drawing the list does after each
//! keystroke; `--slowest N` lists the N slowest keystrokes; `--word-forms` only works out the
//! word forms (lemma keys) of every word of the catalogue, as building the index does.
//!
//! `--watch TEXT` types that keystroke of the series (what is typed so far, as "sosi") through a
//! function of its own, so that a profiler can count it alone:
//! `valgrind --tool=callgrind --toggle-collect='*watched*' target/release/examples/typing
//! /tmp/helsinki-10k --watch sosi`.
//!
//! `--dump FILE` writes instead what every keystroke found (the rows listed, their scores and
//! why the first were found), also typing every query of `--queries TSV` (an `eval/` file),
//! so that a change meant to make searching quicker can be shown to find the same:
//!
//! ```text
//! typing /tmp/helsinki-10k --queries eval/helsinki.tsv --dump /tmp/before.txt
//! ```

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use polku::catalog::{Catalog, CatalogSource};
use polku::search::{Filters, KeyIndex, Query, SearchIndex, Searcher};
use polku::synthetic::typed_series;
use polku::tui::SHOWN_RESULTS;

/// Rows of the list a screen of about 50 lines shows, each explained when drawn.
const ROWS_SHOWN: usize = 40;

struct Args {
    folder: PathBuf,
    rounds: usize,
    slowest: usize,
    explain: bool,
    dump: Option<PathBuf>,
    queries: Option<PathBuf>,
    word_forms: bool,
    watched: Option<String>,
}

fn args() -> Result<Args, String> {
    let mut args = Args {
        folder: PathBuf::new(),
        rounds: 1,
        slowest: 10,
        explain: false,
        dump: None,
        queries: None,
        word_forms: false,
        watched: None,
    };
    let mut given = std::env::args().skip(1);
    let number = |value: Option<String>, name: &str| -> Result<usize, String> {
        value
            .and_then(|v| v.parse().ok())
            .ok_or(format!("{name} needs a number"))
    };
    while let Some(arg) = given.next() {
        match arg.as_str() {
            "--rounds" => args.rounds = number(given.next(), "--rounds")?,
            "--slowest" => args.slowest = number(given.next(), "--slowest")?,
            "--explain" => args.explain = true,
            "--word-forms" => args.word_forms = true,
            "--dump" => args.dump = given.next().map(PathBuf::from),
            "--queries" => args.queries = given.next().map(PathBuf::from),
            "--watch" => args.watched = given.next(),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => args.folder = PathBuf::from(arg),
        }
    }
    if args.folder.as_os_str().is_empty() {
        return Err(
            "usage: typing FOLDER [--rounds N] [--slowest N] [--explain] [--word-forms] [--watch TEXT]".into(),
        );
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("typing: {e}");
            return ExitCode::from(2);
        }
    };
    let report = CatalogSource::Folders(vec![args.folder.clone()]).load();
    if !report.is_clean() {
        eprintln!("typing: {} does not load cleanly", args.folder.display());
        return ExitCode::from(1);
    }
    let catalog = &report.catalog;
    if let Some(dump) = &args.dump {
        return match write_dump(catalog, args.queries.as_deref(), dump) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("typing: {e}");
                ExitCode::from(1)
            }
        };
    }
    if args.word_forms {
        let index = SearchIndex::build(catalog);
        let start = Instant::now();
        word_forms(&index);
        println!(
            "word forms of {} words worked out in {} ms",
            index.tokens.len(),
            ms(start.elapsed())
        );
        return ExitCode::SUCCESS;
    }
    let series = typed_series();
    let mut typed: Vec<(Duration, usize)> = Vec::new();
    for _ in 0..args.rounds {
        let mut searcher = Searcher::new(catalog);
        let empty = Query::new("", Filters::default(), "fi");
        black_box(searcher.search(catalog, &empty, Some(SHOWN_RESULTS)));
        for (at, text) in series.iter().enumerate() {
            let start = Instant::now();
            if args.watched.as_ref() == Some(text) {
                watched(catalog, &mut searcher, text);
            } else {
                keystroke(catalog, &mut searcher, text, args.explain);
            }
            typed.push((start.elapsed(), at));
        }
    }
    let all: Duration = typed.iter().map(|&(t, _)| t).sum();
    typed.sort();
    let at = |p: f64| typed[((typed.len() as f64 - 1.0) * p).round() as usize].0;
    println!(
        "{} services, {} keystrokes: mean {} ms, p50 {} ms, p99 {} ms, max {} ms",
        catalog.services.len(),
        typed.len(),
        ms(all / typed.len().max(1) as u32),
        ms(at(0.5)),
        ms(at(0.99)),
        ms(at(1.0)),
    );
    for &(time, at) in typed.iter().rev().take(args.slowest) {
        println!("  {} ms  {:?}", ms(time), series[at]);
    }
    ExitCode::SUCCESS
}

/// The keystroke `--watch` names, apart from the others for a profiler.
#[inline(never)]
fn watched(catalog: &Catalog, searcher: &mut Searcher, text: &str) {
    keystroke(catalog, searcher, text, false);
}

/// One keystroke's search (and explanations): a function of its own, so that a profiler can be
/// told to count it alone (`valgrind --tool=callgrind --toggle-collect='*keystroke*'`).
#[inline(never)]
fn keystroke(catalog: &Catalog, searcher: &mut Searcher, text: &str, explain: bool) {
    let query = Query::new(text, Filters::default(), "fi");
    let results = searcher.search(catalog, &query, Some(SHOWN_RESULTS));
    if explain {
        for hit in results.services.iter().take(ROWS_SHOWN) {
            black_box(searcher.explain(catalog, &query, hit.index));
        }
    }
    black_box(results);
}

/// Works out the word forms of every word of `index` (a function of its own for a profiler,
/// as `keystroke`).
#[inline(never)]
fn word_forms(index: &SearchIndex) {
    let words = index.tokens.iter().enumerate();
    black_box(KeyIndex::new(
        words.map(|(i, t)| (i as u32, &*t.text, t.langs)),
    ));
}

/// Every prefix of the series and of the queries of `queries` (with their languages), and what
/// each found, into `dump`.
fn write_dump(catalog: &Catalog, queries: Option<&Path>, dump: &Path) -> Result<(), String> {
    let mut typed: Vec<(String, String)> = vec![("fi".into(), String::new())];
    typed.extend(typed_series().into_iter().map(|t| ("fi".to_owned(), t)));
    if let Some(path) = queries {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let columns: Vec<&str> = line.split('\t').collect();
            if let [_, language, query, ..] = columns.as_slice() {
                let mut prefix = String::new();
                for c in query.chars() {
                    prefix.push(c);
                    typed.push((language.to_string(), prefix.clone()));
                }
            }
        }
    }
    let mut out = String::new();
    let mut searcher = Searcher::new(catalog);
    for (language, text) in &typed {
        let query = Query::new(text, Filters::default(), language);
        let results = searcher.search(catalog, &query, Some(SHOWN_RESULTS));
        out.push_str(&format!("== {language} {text:?} total {}\n", results.total));
        let rows: Vec<String> = results
            .services
            .iter()
            .map(|h| format!("{}:{}:{}:{:?}", h.index, h.score, h.covered, h.group))
            .collect();
        out.push_str(&format!("services {}\n", rows.join(" ")));
        out.push_str(&format!(
            "goals {:?}\nunmatched {:?} {:?} {:?}\n",
            results.goals, results.unmatched, results.nearest_words, results.nearest_goals
        ));
        for hit in results.services.iter().take(5) {
            out.push_str(&format!(
                "why {:?}\n",
                searcher.explain(catalog, &query, hit.index)
            ));
        }
    }
    std::fs::write(dump, out).map_err(|e| format!("{}: {e}", dump.display()))
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}
