//! polku's search measured on real public service data: the City of Helsinki service register
//! and PTV's general service descriptions, converted to polku catalogues, against the judged
//! queries in `eval/` (see `eval/README.md`). Prints recall@5 and MRR per corpus and group for
//! polku and for fzf on the same text (`none`: queries that found nothing at all), and lists
//! the queries polku missed.
//!
//! ```text
//! cargo run --release --example eval
//! cargo run --release --example eval -- --group client --corpus helsinki
//! cargo run --release --example eval -- --write /tmp/hki   # then: polku --catalog /tmp/hki/helsinki
//! ```

mod eval {
    pub mod bm25;
    pub mod catalogue;
    pub mod helsinki;
    pub mod measure;
    pub mod plain;
    pub mod ptv;
    pub mod queries;
}

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use eval::catalogue::Converted;
use eval::measure::{self, Outcome, Score};
use eval::queries::{self, GROUPS, Judged};

#[derive(Parser)]
#[command(about = "Measure polku's search (and fzf's) on the judged queries in eval/")]
struct Args {
    /// The folder with helsinki-services.json and the ptv-*.json files.
    #[arg(long, default_value_os_t = default_data())]
    data: PathBuf,
    /// Only this group of queries (pro, client, sv, en, typo, noaccent).
    #[arg(long)]
    group: Option<String>,
    /// Only this corpus (helsinki or ptv).
    #[arg(long)]
    corpus: Option<String>,
    /// Also write each converted catalogue as RON under DIR/<corpus>/, for `polku --catalog`.
    #[arg(long, value_name = "DIR")]
    write: Option<PathBuf>,
    /// Measure polku only.
    #[arg(long)]
    no_fzf: bool,
    /// Beside polku, a plain lexical baseline (BM25F over Snowball stems, compounds split)
    /// instead of fzf.
    #[arg(long)]
    bm25: bool,
    /// List fzf's misses too.
    #[arg(long)]
    fzf_misses: bool,
    /// List the queries where fzf (or, with `--bm25`, the baseline) ranks an acceptable
    /// service higher than polku does.
    #[arg(long, visible_alias = "fzf-better")]
    better: bool,
    /// Print the tables only, not the misses.
    #[arg(long)]
    quiet: bool,
    /// List as misses the queries whose first acceptable service is not among the first N
    /// (1: every query not answered first).
    #[arg(long, value_name = "N", default_value_t = 5)]
    misses_below: usize,
    /// Build each catalogue with `polku import` (its mapping of codes to the built-in goals)
    /// instead of this harness's own converter: the way a coordinator would make it.
    #[arg(long)]
    via_import: bool,
    /// Read the queries from DIR/helsinki.tsv and DIR/ptv.tsv instead of eval/: for a set
    /// kept apart from the one the search is developed on.
    #[arg(long, value_name = "DIR")]
    queries: Option<PathBuf>,
    /// Add this thesaurus file (RON, as `src/search/words/thesaurus.ron`) to each catalogue's
    /// own thesaurus: a draft of new entries measured without building polku again.
    #[arg(long, value_name = "FILE")]
    thesaurus: Vec<PathBuf>,
}

/// A draft thesaurus file given with `--thesaurus`: its text, to write beside a catalogue,
/// and its entries, read once for every corpus.
struct Draft {
    text: String,
    entries: Vec<polku::catalog::ThesaurusEntry>,
}

fn read_draft(file: &Path) -> Result<Draft, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let entries = ron::from_str(&text).map_err(|e| format!("{}:{e}", file.display()))?;
    Ok(Draft { text, entries })
}

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn default_data() -> PathBuf {
    repository().join("../shared/data")
}

struct Corpus {
    name: &'static str,
    queries_file: &'static str,
    convert: fn(&Path) -> Result<Converted, String>,
    /// The register file `polku import` reads, in the data folder.
    register: &'static str,
    /// The set's id prefix, and the one `polku import` gives the same records.
    prefixes: (&'static str, &'static str),
}

const CORPORA: [Corpus; 2] = [
    Corpus {
        name: "helsinki",
        queries_file: "eval/helsinki.tsv",
        convert: |data| eval::helsinki::convert(&data.join("helsinki-services.json")),
        register: "helsinki-services.json",
        prefixes: ("hki-", "tpr-"),
    },
    Corpus {
        name: "ptv",
        queries_file: "eval/ptv.tsv",
        convert: |data| {
            eval::ptv::convert(
                &data.join("ptv-general-descriptions.json"),
                &data.join("ptv-service-classes.json"),
            )
        },
        register: "ptv-general-descriptions.json",
        prefixes: ("ptv-", "ptv-"),
    },
];

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(group) = &args.group
        && !GROUPS.contains(&group.as_str())
    {
        eprintln!(
            "eval: `{group}` is not a group; the groups are {}",
            GROUPS.join(", ")
        );
        return ExitCode::from(2);
    }
    let fzf = !args.no_fzf && !args.bm25 && measure::fzf_available();
    if !args.no_fzf && !args.bm25 && !fzf {
        println!("fzf is not installed (apt-get install -y fzf): measuring polku only.\n");
    }
    let drafts: Vec<Draft> = match args.thesaurus.iter().map(|f| read_draft(f)).collect() {
        Ok(drafts) => drafts,
        Err(message) => {
            eprintln!("eval: {message}");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    for corpus in CORPORA
        .iter()
        .filter(|c| args.corpus.as_deref().is_none_or(|n| n == c.name))
    {
        if let Err(message) = run(corpus, &args, &drafts, fzf) {
            eprintln!("eval: {message}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run(corpus: &Corpus, args: &Args, drafts: &[Draft], fzf: bool) -> Result<(), String> {
    let written = args.write.as_ref().map(|dir| dir.join(corpus.name));
    let mut converted = if args.via_import {
        imported(corpus, &args.data, written.as_deref())?
    } else {
        (corpus.convert)(&args.data)?
    };
    for draft in drafts {
        converted
            .catalog
            .thesaurus
            .extend(draft.entries.iter().cloned());
    }
    if let Some(dir) = &written {
        // An imported catalogue is already written where `polku import` put it.
        if !args.via_import {
            write_catalogue(dir, corpus.name, &converted)?;
        }
        write_thesauri(dir, drafts)?;
    }
    let catalog = &converted.catalog;
    let (ours, imports) = corpus.prefixes;
    let rename = |id: &str| match (args.via_import, id.strip_prefix(ours)) {
        (true, Some(rest)) => format!("{imports}{rest}"),
        _ => id.to_owned(),
    };
    let queries_file = match &args.queries {
        Some(dir) => dir.join(format!("{}.tsv", corpus.name)),
        None => repository().join(corpus.queries_file),
    };
    let mut judged = queries::read(&queries_file, catalog, &rename)?;
    if let Some(group) = &args.group {
        judged.retain(|q| &q.group == group);
    }
    println!(
        "== {} — {} services ({} records left out), {} queries",
        corpus.name,
        catalog.services.len(),
        converted.skipped.len(),
        judged.len()
    );
    if judged.is_empty() {
        println!();
        return Ok(());
    }
    let polku = measure::polku(catalog, &judged);
    let fzf_outcomes = if fzf {
        let lines = measure::full_text_lines(catalog);
        Some(measure::fzf(catalog, &lines, &judged)?)
    } else {
        None
    };
    let baseline = if args.bm25 {
        Some(eval::bm25::outcomes(catalog, &judged))
    } else {
        None
    };
    let other = match (&baseline, &fzf_outcomes) {
        (Some(outcomes), _) => Some(("bm25", outcomes.as_slice())),
        (None, Some(outcomes)) => Some(("fzf", outcomes.as_slice())),
        _ => None,
    };
    print_table(&judged, &polku, other);
    if !args.quiet {
        print_misses("polku", catalog, &judged, &polku, args.misses_below);
        if args.fzf_misses
            && let Some(outcomes) = &fzf_outcomes
        {
            print_misses("fzf", catalog, &judged, outcomes, args.misses_below);
        }
        if args.better
            && let Some((name, outcomes)) = other
        {
            print_better(name, catalog, &judged, &polku, outcomes);
        }
    }
    println!();
    Ok(())
}

/// The corpus as `polku import` makes it, loaded from the folder it wrote: `keep` (a folder
/// that must not exist yet), else a temporary one.
fn imported(corpus: &Corpus, data: &Path, keep: Option<&Path>) -> Result<Converted, String> {
    // Removed when the catalogue has been read from it.
    let temporary;
    let out = match keep {
        Some(dir) => dir.to_path_buf(),
        None => {
            temporary = tempfile::tempdir().map_err(|e| format!("no temporary folder: {e}"))?;
            temporary.path().join(corpus.name)
        }
    };
    let options = polku::import::Options {
        format: None,
        mapping: None,
        update: false,
        out: out.clone(),
        inputs: vec![data.join(corpus.register)],
    };
    polku::import::import(&options, &mut |_| std::ops::ControlFlow::Continue(()))
        .map_err(|e| format!("polku import {}: {e}", corpus.register))?;
    let report = polku::catalog::CatalogSource::Folders(vec![out]).load();
    if !report.is_clean() {
        return Err(format!(
            "the imported {} does not load cleanly",
            corpus.name
        ));
    }
    Ok(Converted {
        catalog: report.catalog,
        ron: String::new(),
        skipped: Vec::new(),
    })
}

fn write_catalogue(dir: &Path, name: &str, converted: &Converted) -> Result<(), String> {
    let file = dir.join(format!("{name}.ron"));
    std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&file, &converted.ron))
        .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    eprintln!("wrote {}", file.display());
    Ok(())
}

/// The draft thesaurus files beside the written catalogue, each as a catalogue file of its
/// own, so that `polku --catalog DIR` searches with them as this harness did.
fn write_thesauri(dir: &Path, drafts: &[Draft]) -> Result<(), String> {
    for (n, draft) in drafts.iter().enumerate() {
        let out = dir.join(format!("thesaurus-{n}.ron"));
        std::fs::write(&out, format!("(thesaurus: {}\n)\n", draft.text))
            .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        eprintln!("wrote {}", out.display());
    }
    Ok(())
}

/// recall@5 and MRR per group, for polku and beside it for `other` (a name and its outcomes).
fn print_table(judged: &[Judged], polku: &[Outcome], other: Option<(&str, &[Outcome])>) {
    let name = other.map_or("fzf", |(name, _)| name);
    println!(
        "{:<9} {:>4}   {:>9} {:>6} {:>5}   {:>9} {:>6} {:>5}",
        "group",
        "n",
        "polku R@5",
        "MRR",
        "none",
        format!("{name} R@5"),
        "MRR",
        "none"
    );
    let row = |label: &str, keep: &dyn Fn(&Judged) -> bool| {
        let pick = |outcomes: &[Outcome]| {
            let kept: Vec<&Outcome> = judged
                .iter()
                .zip(outcomes)
                .filter(|(q, _)| keep(q))
                .map(|(_, o)| o)
                .collect();
            let empty = kept.iter().filter(|o| o.found == 0).count();
            (Score::of(kept), empty)
        };
        let (p, p_empty) = pick(polku);
        if p.queries == 0 {
            return;
        }
        let fzf_cells = other.map(|(_, o)| pick(o)).map_or_else(
            || format!("{:>9} {:>6} {:>5}", "-", "-", "-"),
            |(f, f_empty)| format!("{:>9.3} {:>6.3} {f_empty:>5}", f.recall_at_5, f.mrr),
        );
        println!(
            "{label:<9} {:>4}   {:>9.3} {:>6.3} {p_empty:>5}   {fzf_cells}",
            p.queries, p.recall_at_5, p.mrr
        );
    };
    for group in GROUPS {
        row(group, &|q: &Judged| q.group == group);
    }
    row("all", &|_: &Judged| true);
}

/// The queries where fzf's first acceptable service comes before polku's, with both ranks and
/// what polku put first.
fn print_better(
    name: &str,
    catalog: &polku::catalog::Catalog,
    judged: &[Judged],
    polku: &[Outcome],
    fzf: &[Outcome],
) {
    let rank = |o: &Outcome| o.rank.unwrap_or(usize::MAX);
    let better: Vec<_> = judged
        .iter()
        .zip(polku.iter().zip(fzf))
        .filter(|(_, (p, f))| rank(f) < rank(p))
        .collect();
    if better.is_empty() {
        return;
    }
    println!(
        "\n{name} ranks an acceptable service higher ({}):",
        better.len()
    );
    for (q, (p, f)) in better {
        let show = |r: Option<usize>| r.map_or_else(|| "-".to_owned(), |r| r.to_string());
        let first = p.first.as_deref().map_or_else(String::new, |id| {
            let name = catalog.service(id).map_or("", |s| s.name.get(&q.language));
            format!("{id} {name}")
        });
        println!(
            "  [{}/{}] {:?}: polku {} {name} {}; polku first: {first}  ({})",
            q.group,
            q.language,
            q.query,
            show(p.rank),
            show(f.rank),
            q.place
        );
    }
}

fn print_misses(
    engine: &str,
    catalog: &polku::catalog::Catalog,
    judged: &[Judged],
    outcomes: &[Outcome],
    below: usize,
) {
    let misses: Vec<(&Judged, &Outcome)> = judged
        .iter()
        .zip(outcomes)
        .filter(|(_, o)| !o.in_top(below))
        .collect();
    if misses.is_empty() {
        return;
    }
    println!("\n{engine}'s misses (not in the first {below}):");
    for (q, o) in misses {
        let rank = o
            .rank
            .map_or_else(|| "not found".to_owned(), |r| format!("rank {r}"));
        let first = o.first.as_deref().map_or_else(
            || "nothing".to_owned(),
            |id| {
                let name = catalog.service(id).map_or("", |s| s.name.get(&q.language));
                format!("{id} {name}")
            },
        );
        println!(
            "  [{}/{}] {:?}: {rank} of {}; first: {first}  ({})",
            q.group, q.language, q.query, o.found, q.place
        );
    }
}
