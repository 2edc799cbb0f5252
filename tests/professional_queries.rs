//! How a professional's query of a few catalogue words ranks: what the query asks a service to
//! do outweighs whom it names, and a compound whose first part is short still means what its
//! parts mean.

use polku::catalog::{Catalog, SourceFile, load};
use polku::search::{Filters, Query, Searcher};

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
    let results =
        Searcher::new(catalog).search(catalog, &Query::new(typed, Filters::default(), "fi"), None);
    results
        .services
        .iter()
        .map(|h| catalog.services[h.index].id.to_string())
        .collect()
}

#[test]
fn a_service_for_the_need_comes_before_one_that_only_shares_the_group() {
    // "opiskelija" is in one service's text only, so it is the rarer word; yet the
    // professional asks for substance-use counselling for a student, and a counselling service
    // for everyone answers that, where the student health care that says nothing of it does
    // not.
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Tuki")],
        services: [
            (id: "student-health", name: "Opiskelijoiden terveydenhoito",
             summary: "Terveystarkastukset opiskelijoille", goals: ["g"], provider: "P",
             formats: [Individual]),
            (id: "substance", name: "Päihdeneuvonta", summary: "Keskusteluapua", goals: ["g"],
             provider: "P", formats: [Individual]),
            (id: "housing", name: "Asumisneuvonta", summary: "Asunnon haku", description: "Ohjaamme myös päihdeneuvontaan.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "outreach", name: "Etsivä työ", summary: "Kohtaamme nuoria", description: "Tarvittaessa päihdeneuvonta.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "library", name: "Kirjasto", summary: "Lainaa kirjoja", goals: ["g"],
             provider: "P", formats: [Individual]),
            (id: "pool", name: "Uimahalli", summary: "Uintia", goals: ["g"], provider: "P",
             formats: [Individual]),
        ],
    )"#,
    );
    let found = ranked(&catalog, "opiskelijan päihdeneuvonta");
    let place = |id: &str| found.iter().position(|f| f == id);
    assert!(place("substance") < place("student-health"), "{found:?}");
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
