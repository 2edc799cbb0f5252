//! Copies a catalogue folder's services to a given number (each copy with ids of its own) into
//! one catalogue file, and writes beside it the same services as one line of text each (what
//! `fzf --filter` is given when the two are compared):
//!
//! ```text
//! cargo run --release --example copy_to_size -- /tmp/cat/helsinki 10000 /tmp/helsinki-10k
//! ```
//!
//! writes `/tmp/helsinki-10k/catalogue.ron` and `/tmp/helsinki-10k.lines`.

use std::path::PathBuf;
use std::process::ExitCode;

use polku::catalog::{CatalogSource, Id, Service};
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [from, size, to] = args.as_slice() else {
        eprintln!("usage: copy_to_size FOLDER SERVICES OUT_FOLDER");
        return ExitCode::from(2);
    };
    let Ok(size) = size.parse::<usize>() else {
        eprintln!("copy_to_size: {size:?} is not a number of services");
        return ExitCode::from(2);
    };
    let report = CatalogSource::Folders(vec![PathBuf::from(from)]).load();
    if !report.is_clean() || report.catalog.services.is_empty() {
        eprintln!("copy_to_size: {from} does not load cleanly");
        return ExitCode::from(1);
    }
    let base = &report.catalog;
    let services: Vec<Service> = (0..size)
        .map(|i| {
            let mut service = base.services[i % base.services.len()].clone();
            let copy = i / base.services.len();
            if copy > 0
                && let Ok(id) = Id::parse(&format!("{}-{copy}", service.id))
            {
                service.id = id;
            }
            service
        })
        .collect();
    let lines: String = services.iter().map(|s| full_text_line(s) + "\n").collect();
    let file = Catalogue {
        name: base.name.clone().unwrap_or_default(),
        goals: base.goals.clone(),
        services,
        thesaurus: base.thesaurus.clone(),
    };
    let config = PrettyConfig::new().extensions(Extensions::IMPLICIT_SOME);
    let ron = match ron::ser::to_string_pretty(&file, config) {
        Ok(ron) => ron,
        Err(e) => {
            eprintln!("copy_to_size: cannot write RON: {e}");
            return ExitCode::from(1);
        }
    };
    let out = PathBuf::from(to);
    let written = std::fs::create_dir_all(&out)
        .and_then(|()| std::fs::write(out.join("catalogue.ron"), ron))
        .and_then(|()| std::fs::write(out.with_extension("lines"), lines));
    if let Err(e) = written {
        eprintln!("copy_to_size: cannot write {to}: {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

#[derive(serde::Serialize)]
#[serde(rename = "Catalogue")]
struct Catalogue {
    name: polku::catalog::Text,
    goals: Vec<polku::catalog::Goal>,
    services: Vec<Service>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    thesaurus: Vec<polku::catalog::ThesaurusEntry>,
}

/// All of a service's text on one line, as the evaluation gives it to fzf.
fn full_text_line(s: &Service) -> String {
    let mut parts: Vec<&str> = Vec::new();
    parts.extend(s.name.variants().map(|(_, t)| t));
    parts.extend(s.keywords.iter().map(|k| &**k));
    parts.extend(s.summary.variants().map(|(_, t)| t));
    for text in [&s.description, &s.eligibility].into_iter().flatten() {
        parts.extend(text.variants().map(|(_, t)| t));
    }
    parts.extend(s.target_groups.iter().map(|t| &**t));
    parts
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
