//! How a professional's query of a few catalogue words ranks: a compound whose first part is
//! short still means what its parts mean, and a compound's own parts come before what one of
//! them means, and a service that writes the typed words together comes before one that has
//! them apart.

mod common;

use common::{catalog_from_ron as catalog, ranked_ids};
use polku::catalog::Catalog;
use polku::search::{Filters, Query};

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

#[test]
fn a_compound_said_once_in_the_catalogue_also_finds_the_services_that_say_its_parts() {
    // "ammatinvalintapsykologi" is written once, in a youth service's list of its staff; the
    // career guidance service says "ammatinvalinta" and "psykologi" apart and is as much an
    // answer. The service that says the word itself stays first.
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Työ")],
        services: [
            (id: "youth", name: "Nuorten neuvontapiste", summary: "Paikalla myös ammatinvalintapsykologi",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "career", name: "Uraohjaus", summary: "Ammatinvalinta ja koulutusvalinnat",
             description: "Psykologi auttaa sinua.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "other", name: "Psykologin vastaanotto", summary: "Keskustelua",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    let found = ranked(&catalog, "ammatinvalintapsykologi");
    assert_eq!(found, ["youth", "career"], "{found:?}");
}

#[test]
fn an_age_finds_the_services_of_its_age_group() {
    // "yksivuotiaan" (a one-year-old's) is in no text: the age says the check-up is a
    // child's, and so does "my 15-year-old" say a young person's.
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Terveys")],
        services: [
            (id: "adults", name: "Aikuisten hammastarkastus", summary: "Suun terveys",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "children", name: "Lasten hammastarkastus", summary: "Suun terveys",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "youth", name: "Nuorten vastaanotto", summary: "Apua, kun on paha olla",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "family", name: "Perheneuvola", summary: "Apua, kun on paha olla",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    let found = ranked(&catalog, "yksivuotiaan hammastarkastus");
    assert_eq!(
        found.first().map(String::as_str),
        Some("children"),
        "{found:?}"
    );
    let found = ranked(&catalog, "paha olla 15-vuotiaalla");
    assert_eq!(
        found.first().map(String::as_str),
        Some("youth"),
        "{found:?}"
    );
}

#[test]
fn a_compound_is_not_a_form_of_its_first_part() {
    // "perhetyö" (family work) and "perhettä" (family, partitive) share their first six
    // letters, but those are all of "perhe" and one letter of "työ": the respite care that
    // supports a family is not family work.
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Perhe")],
        services: [
            (id: "respite", name: "Lastensuojelun tilapäishoito",
             summary: "Tukee uupunutta perhettä", goals: ["g"], provider: "P",
             formats: [Individual]),
            (id: "work", name: "Tehostettu perhetyö", summary: "Lastensuojelun asiakkaille",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "house", name: "Perhetalo", summary: "Avoin kohtaamispaikka",
             goals: ["g"], provider: "P", formats: [Group]),
            (id: "talk", name: "Työ ja talous", summary: "Neuvontaa", goals: ["g"],
             provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    assert_eq!(ranked(&catalog, "lastensuojelun perhetyö")[0], "work");
    assert_eq!(ranked(&catalog, "perhetyö"), vec!["work"]);
    assert_eq!(ranked(&catalog, "perhetalo")[0], "house");
}

#[test]
fn a_phrase_of_catalogue_words_counts_its_own_words_in_full() {
    // The thesaurus knows the phrase as a carer's need; typed by a professional, without a
    // sentence around it, the service whose name says it comes before what it means.
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Omaishoito")],
        services: [
            (id: "families", name: "Omaishoitoperheiden palvelut",
             summary: "Tukea omaishoitoperheille", goals: ["g"], provider: "P",
             description: "Kerromme myös, miten omaishoitajan vapaapäivät järjestyvät.",
             formats: [Group]),
            (id: "days", name: "Omaishoitajan vapaapäivät", summary: "Lakisääteiset vapaat",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
        thesaurus: [
            (words: ["omaishoitajan vapaapäivät"], means: ["omaishoitoperheet"]),
        ],
    )"#,
    );
    assert_eq!(ranked(&catalog, "omaishoitajan vapaapäivät")[0], "days");
}

#[test]
fn a_service_that_writes_the_typed_words_together_comes_first() {
    // Both services hold both words in their descriptions; only the evening reception writes
    // them as the phrase typed. By name alone, the morning reception would come first.
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Terveys")],
        services: [
            (id: "morning", name: "Aamuvastaanotto", summary: "Vastaanotto aamuisin",
             description: "Sairaanhoitajat ottavat vastaan. Psykiatriset arviot tehdään lääkärin kanssa.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "evening", name: "Iltavastaanotto", summary: "Vastaanotto iltaisin",
             description: "Psykiatriset sairaanhoitajat ottavat vastaan. Arviot tehdään lääkärin kanssa.",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    let found = ranked(&catalog, "psykiatrinen sairaanhoitaja");
    assert_eq!(found, vec!["evening", "morning"]);
    // Typed the other way round, the words are no phrase of either service: name order.
    let found = ranked(&catalog, "sairaanhoitaja psykiatrinen");
    assert_eq!(found, vec!["morning", "evening"]);
}

#[test]
fn a_word_for_whom_chooses_among_the_services_for_the_need() {
    // "kehitysvammaisen lyhytaikaishoito" asks for short-term care; the work activity named
    // for people with intellectual disabilities meets another need of theirs, and the care
    // that says it is for people with disabilities comes first though its name says neither.
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Arki")],
        services: [
            (id: "work", name: "Kehitysvammaisten työtoiminta", summary: "Työtä omaan tahtiin",
             goals: ["g"], provider: "P", formats: [Group]),
            (id: "respite", name: "Lyhytaikainen huolenpito",
             summary: "Lyhytaikaista hoitoa vammaisille, kun omainen tarvitsee vapaata",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    let found = ranked(&catalog, "kehitysvammaisen lyhytaikaishoito");
    assert_eq!(
        found.first().map(String::as_str),
        Some("respite"),
        "{found:?}"
    );
}
