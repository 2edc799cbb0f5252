//! Running the judged queries through a ranking and scoring where the first acceptable service
//! came: recall@5 (found in the first five) and the mean reciprocal rank.

use std::io::Write;
use std::process::{Command, Stdio};

use polku::catalog::Catalog;
use polku::search::{Filters, Query, Searcher};

use super::plain::one_line;
use super::queries::Judged;

/// Where one query's first acceptable service came, and what came first.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// 1-based; `None` when no acceptable service was found at all.
    pub rank: Option<usize>,
    /// The id of the first result, if any.
    pub first: Option<String>,
    /// How many services the ranking returned.
    pub found: usize,
}

impl Outcome {
    pub fn of(ranked: &[String], acceptable: &[String]) -> Self {
        Self {
            rank: ranked
                .iter()
                .position(|id| acceptable.contains(id))
                .map(|p| p + 1),
            first: ranked.first().cloned(),
            found: ranked.len(),
        }
    }

    pub fn in_top(&self, n: usize) -> bool {
        self.rank.is_some_and(|r| r <= n)
    }

    pub fn reciprocal_rank(&self) -> f64 {
        self.rank.map_or(0.0, |r| 1.0 / r as f64)
    }
}

/// recall@5 and MRR over some outcomes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    pub queries: usize,
    pub recall_at_5: f64,
    pub mrr: f64,
}

impl Score {
    pub fn of<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Self {
        let (mut n, mut hits, mut rr) = (0usize, 0usize, 0.0);
        for o in outcomes {
            n += 1;
            hits += usize::from(o.in_top(5));
            rr += o.reciprocal_rank();
        }
        if n == 0 {
            return Self::default();
        }
        Self {
            queries: n,
            recall_at_5: hits as f64 / n as f64,
            mrr: rr / n as f64,
        }
    }
}

/// polku's search, as the app runs it: no filters, results in the query's language.
pub fn polku(catalog: &Catalog, queries: &[Judged]) -> Vec<Outcome> {
    let mut searcher = Searcher::new(catalog);
    queries
        .iter()
        .map(|q| {
            let query = Query::new(&q.query, Filters::default(), &q.language);
            let results = searcher.search(catalog, &query, None);
            let ranked: Vec<String> = results
                .services
                .iter()
                .map(|hit| catalog.services[hit.index].id.to_string())
                .collect();
            Outcome::of(&ranked, &q.acceptable)
        })
        .collect()
}

/// Whether fzf can be run.
pub fn fzf_available() -> bool {
    Command::new("fzf")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Each service as one line of its whole text: name, keywords, summary, description and
/// eligibility in every language, and its target groups.
pub fn full_text_lines(catalog: &Catalog) -> String {
    let mut lines = String::new();
    for (number, s) in catalog.services.iter().enumerate() {
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(s.name.variants().map(|(_, t)| t));
        parts.extend(s.keywords.iter().map(|k| &**k));
        parts.extend(s.summary.variants().map(|(_, t)| t));
        for text in [&s.description, &s.eligibility].into_iter().flatten() {
            parts.extend(text.variants().map(|(_, t)| t));
        }
        parts.extend(s.target_groups.iter().map(|t| &**t));
        // The number, then a tab: fzf matches only the text after it.
        lines.push_str(&format!("{number}\t{}\n", one_line(&parts.join(" "))));
    }
    lines
}

/// fzf's ranking: `fzf --filter QUERY` over `lines` (from [`full_text_lines`]).
pub fn fzf(catalog: &Catalog, lines: &str, queries: &[Judged]) -> Result<Vec<Outcome>, String> {
    queries
        .iter()
        .map(|q| {
            let numbers = fzf_filter(lines, &q.query)?;
            let ranked: Vec<String> = numbers
                .into_iter()
                .filter_map(|n| catalog.services.get(n))
                .map(|s| s.id.to_string())
                .collect();
            Ok(Outcome::of(&ranked, &q.acceptable))
        })
        .collect()
}

fn fzf_filter(lines: &str, query: &str) -> Result<Vec<usize>, String> {
    let mut child = Command::new("fzf")
        .args(["--filter", query, "--delimiter", "\t", "--with-nth", "2.."])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run fzf: {e}"))?;
    // Written from another thread: fzf may start writing before it has read everything.
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| "fzf has no input pipe".to_owned())?;
    let input = lines.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("fzf failed: {e}"))?;
    match writer.join() {
        Ok(Ok(())) => {}
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Ok(Err(e)) => return Err(format!("cannot write to fzf: {e}")),
        Err(_) => return Err("the thread writing to fzf failed".into()),
    }
    // fzf exits with 1 when nothing matches: not an error.
    if !matches!(output.status.code(), Some(0 | 1)) {
        return Err(format!(
            "fzf --filter {query:?} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.split('\t').next()?.parse().ok())
        .collect())
}
