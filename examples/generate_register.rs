//! Writes a PTV Open API page of N generated services, the size of the national register, to
//! try `polku import` at scale:
//!
//! ```text
//! cargo run --release --example generate_register -- 60000 /tmp/ptv-page.json
//! /usr/bin/time -v target/release/polku import --out /tmp/ptv /tmp/ptv-page.json
//! ```
//!
//! Each service has the fields of a real PTV service (names, descriptions of some hundred
//! words in three languages, classes, terms, areas, organisations, a channel), written
//! record by record so that the generator itself stays small.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

use serde_json::json;

const WORDS: [&str; 16] = [
    "työ",
    "valmennus",
    "kuntoutus",
    "ohjaus",
    "ryhmä",
    "tuki",
    "osallisuus",
    "arki",
    "opiskelu",
    "nuoret",
    "aikuiset",
    "palvelu",
    "yhteisö",
    "taidot",
    "neuvonta",
    "kokeilu",
];
const CLASSES: [&str; 8] = [
    "P10.1", "P10.7", "P4.12", "P5.13", "P28.3", "P6.4", "P99.1", "P4.8",
];
const MUNICIPALITIES: [&str; 6] = ["405", "153", "091", "837", "564", "286"];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(count), Some(path)) = (
        args.first()
            .and_then(|n| n.replace('_', "").parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: generate_register SERVICES FILE   (e.g. 60000 /tmp/ptv-page.json)");
        return ExitCode::from(2);
    };
    match write(count, path) {
        Ok(()) => {
            eprintln!("wrote {count} services to {path}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {path}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write(count: usize, path: &str) -> std::io::Result<()> {
    let mut out = BufWriter::new(File::create(path)?);
    writeln!(
        out,
        "{{\"pageNumber\": 1, \"pageSize\": {count}, \"pageCount\": 1, \"itemList\": ["
    )?;
    for n in 0..count {
        if n > 0 {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer_pretty(&mut out, &service(n))?;
    }
    out.write_all(b"\n]}\n")?;
    out.flush()
}

/// A made-up text of `length` words, different for each `seed`.
fn words(seed: usize, length: usize) -> String {
    (0..length)
        .map(|i| WORDS[(seed.wrapping_mul(31) + i * 7 + i / 3) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn service(n: usize) -> serde_json::Value {
    let id = format!("00000000-0000-4000-8000-{n:012}");
    let class = CLASSES[n % CLASSES.len()];
    let municipality = MUNICIPALITIES[n % MUNICIPALITIES.len()];
    let localized = |kind: &str, length: usize| {
        ["fi", "sv", "en"]
            .iter()
            .enumerate()
            .map(|(i, language)| {
                json!({"value": format!("<p>{}.</p>", words(n + i, length)), "type": kind, "language": language})
            })
            .collect::<Vec<_>>()
    };
    let mut descriptions = localized("Summary", 20);
    descriptions.extend(localized("Description", 250));
    json!({
        "id": id,
        "type": "Service",
        "fundingType": "PubliclyFunded",
        "serviceNames": [
            {"value": format!("Palvelu {n} {}", words(n, 3)), "type": "Name", "language": "fi"},
            {"value": format!("Tjänst {n}"), "type": "Name", "language": "sv"},
            {"value": format!("Service {n}"), "type": "Name", "language": "en"},
            {"value": words(n + 5, 2), "type": "AlternativeName", "language": "fi"}
        ],
        "serviceChargeType": if n.is_multiple_of(3) { "Chargeable" } else { "FreeOfCharge" },
        "areaType": "LimitedType",
        "serviceDescriptions": descriptions,
        "languages": ["fi", "sv", "en"],
        "keywords": [{"value": words(n + 9, 1), "language": "fi"}],
        "requirements": [{"value": words(n + 2, 15), "language": "fi"}],
        "areas": [{"type": "Municipality", "code": municipality, "name": [{"value": municipality, "language": "fi"}], "municipalities": []}],
        "serviceClasses": [{"name": [{"value": class, "language": "fi"}], "code": class, "ontologyType": "PTVL",
            "uri": format!("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/{class}"), "parentId": null, "override": false}],
        "ontologyTerms": [{"name": [{"value": "palveluohjaus", "language": "fi"}], "uri": "http://www.yso.fi/onto/koko/p6198"}],
        "targetGroups": [{"name": [{"value": "Kansalaiset", "language": "fi"}], "code": "KR1"}],
        "lifeEvents": [],
        "serviceChannels": [{
            "serviceChannel": {"id": format!("10000000-0000-4000-8000-{n:012}"), "name": "Asiointipiste"},
            "contactDetails": {
                "emails": [{"value": "palvelu@example.fi", "language": "fi"}],
                "phoneNumbers": [{"number": "00 000 0000", "prefixNumber": "+358", "type": "Phone", "language": "fi"}],
                "webPages": [{"url": format!("https://www.example.fi/palvelu/{n}"), "value": "Palvelu", "language": "fi"}],
                "addresses": []
            }
        }],
        "organizations": [{"roleType": "Responsible", "organization": {"id": "20000000-0000-4000-8000-000000000001", "name": format!("Organisaatio {}", n % 500)}}],
        "publishingStatus": "Published",
        "modified": format!("2026-{:02}-15T10:00:00Z", n % 12 + 1)
    })
}
