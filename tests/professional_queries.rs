//! How a professional's query of a few catalogue words ranks: a compound whose first part is
//! short still means what its parts mean, and a compound's own parts come before what one of
//! them means.

mod common;

use common::ranked_ids;
use polku::catalog::{Catalog, SourceFile, load};
use polku::search::{Filters, Query};

fn catalog(ron: &str) -> Catalog {
    let report = load(vec![SourceFile::in_memory(
        "c.ron",
        ron.as_bytes().to_vec(),
    )]);
    assert!(report.is_clean(), "{:?}", report.problems);
    report.catalog
}

/// Service ids in ranked order.
fn ranked(catalog: &Catalog, typed: &str) -> Vec<String> {
    ranked_ids(catalog, &Query::new(typed, Filters::default(), "fi"))
}

#[test]
fn a_compound_with_a_short_first_part_finds_what_the_part_means() {
    // "erotilanne" is in no text; "tilanne" is, so "ero" (a separation) is its first part, and
    // family mediation is what a separation needs.
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Perhe")],
        services: [
            (id: "mediation", name: "Perheasioiden sovittelu", summary: "Apua, kun vanhemmat eroavat",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "guidance", name: "Palveluohjaus", summary: "Katsomme tilanne kerrallaan",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    let found = ranked(&catalog, "erotilanne");
    assert_eq!(
        found.first().map(String::as_str),
        Some("mediation"),
        "{found:?}"
    );
}

#[test]
fn a_compounds_own_parts_come_before_what_one_part_means() {
    // "vertaistukipiiri" is in no text. The service that holds both its parts is the one asked
    // for; a discussion group is only what "vertaistuki" means.
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Yhdessä")],
        services: [
            (id: "circle", name: "Torstaipiiri", summary: "Kahvia ja juttua",
             description: "Vertaistuki kokoontuu torstaisin.",
             goals: ["g"], provider: "P", formats: [Group]),
            (id: "discussion", name: "Keskusteluryhmät", summary: "Puhutaan yhdessä",
             goals: ["g"], provider: "P", formats: [Group]),
        ],
    )"#,
    );
    let found = ranked(&catalog, "vertaistukipiiri");
    assert_eq!(
        found.first().map(String::as_str),
        Some("circle"),
        "{found:?}"
    );
}
