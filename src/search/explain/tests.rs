//! What the explanation says for real catalogues and queries.

use super::*;
use crate::catalog::{builtin_files, load};
use crate::search::{Filters, Query, Searcher};

use crate::catalog::from_test_ron as catalog;

fn builtin() -> Catalog {
    load(builtin_files()).catalog
}

/// The first service found, and why.
fn first(catalog: &Catalog, typed: &str) -> (String, Explanation) {
    let mut searcher = Searcher::new(catalog);
    let query = Query::new(typed, Filters::default(), "fi");
    let results = searcher.search(catalog, &query, Some(10));
    let hit = results.services[0].index;
    let why = searcher.explain(catalog, &query, hit);
    (catalog.services[hit].name.get("fi").to_owned(), why)
}

/// The highlighted letters of `text`, as a string.
fn lit(why: &Explanation, text: &str) -> String {
    let marks = why.highlights(text);
    text.chars()
        .enumerate()
        .filter(|(i, _)| marks.contains(i))
        .map(|(_, c)| c)
        .collect()
}

#[test]
fn a_clients_words_are_traced_through_the_thesaurus_to_the_name() {
    let (name, why) = first(&builtin(), "mul on ulosottoja");
    // The stop words ask for nothing, so explain nothing.
    assert_eq!(why.matches.len(), 1, "{why:?}");
    assert_eq!(why.matches[0].typed, "ulosottoja");
    // What the thesaurus says the word means is lit in the name.
    assert!(
        lit(&why, &name).contains("velkaneuvonta"),
        "{name}: {why:?}"
    );

    let small = catalog(
        r#"(
        goals: [(id: "doing", name: "Tekeminen")],
        services: [(id: "craft", name: "Käsityöpaja Ompelimo", summary: "Tekemistä",
                    goals: ["doing"], provider: "P", formats: [Group])],
        thesaurus: [(words: ["neulominen"], means: ["käsityö"])],
    )"#,
    );
    let (name, why) = first(&small, "mä tykkään neulomisesta");
    let m = &why.matches.last().unwrap();
    assert_eq!(m.typed, "neulomisesta");
    assert_eq!(m.meaning.as_deref(), Some("käsityö"));
    assert_eq!(m.words, vec!["Käsityöpaja"]);
    assert_eq!(m.place, Place::Name);
    assert_eq!(lit(&why, &name), "Käsityöpaja");
}

#[test]
fn a_meaning_found_without_its_joining_word_is_said() {
    let small = catalog(
        r#"(
        goals: [(id: "g", name: "Neuvonta")],
        services: [(id: "advice", name: "Talousneuvonta, velkaneuvonta", summary: "Apua laskuihin.",
                    goals: ["g"], provider: "P", formats: [Individual])],
        thesaurus: [(words: ["kvorppi"], means: ["talous ja velkaneuvonta"])],
    )"#,
    );
    let (name, why) = first(&small, "kvorppi");
    assert_eq!(
        why.matches[0].meaning.as_deref(),
        Some("talous ja velkaneuvonta")
    );
    assert_eq!(lit(&why, &name), "Talousneuvontavelkaneuvonta");
}

#[test]
fn an_inflected_word_lights_the_word_it_is_a_form_of() {
    let catalog = builtin();
    let (name, why) = first(&catalog, "klubitalolle");
    assert_eq!(why.matches[0].meaning, None);
    assert_eq!(why.matches[0].words, vec!["Klubitalo"]);
    assert_eq!(why.matches[0].place, Place::Name);
    assert_eq!(lit(&why, &name), "Klubitalo");
}

#[test]
fn a_place_is_found_as_the_place_only() {
    let catalog = builtin();
    let (name, why) = first(&catalog, "kotka mielenterveys");
    assert_eq!(why.matches.len(), 2, "{why:?}");
    assert_eq!(why.matches[0].typed, "kotka");
    assert!(why.matches[0].words.iter().all(|w| w.starts_with("Kotka")));
    assert!(lit(&why, &name).starts_with("Kotka"), "{name}");
    // Letters of "kotka" scattered in another word are never lit.
    assert!(lit(&why, "Kohtaamispaikka").is_empty());
}

#[test]
fn the_word_shown_is_the_one_in_the_name_as_shown() {
    let catalog = catalog(
        r#"(
        goals: [(id: "home", name: "Oma koti")],
        services: [(id: "h", name: {"fi": "Asumisneuvonta Kotkassa", "sv": "Boenderådgivning i Kotka"},
                    summary: "Neuvontaa", goals: ["home"], provider: "P", areas: ["Kotka"],
                    formats: [Individual])],
    )"#,
    );
    let mut searcher = Searcher::new(&catalog);
    for (language, word) in [("fi", "Kotkassa"), ("sv", "Kotka")] {
        let query = Query::new("kotka", Filters::default(), language);
        searcher.search(&catalog, &query, None);
        let why = searcher.explain(&catalog, &query, 0);
        assert_eq!(why.matches[0].words, vec![word], "{language}");
        assert_eq!(why.matches[0].place, Place::Name);
    }
}

const GOALS_AND_TEXT: &str = r#"(
    goals: [
        (id: "peer", name: "Vertaistuki", keywords: ["ryhmä"]),
        (id: "other", name: "Muut palvelut"),
    ],
    services: [
        (id: "a", name: "Aamukahvila", summary: "Kahvia ja juttuseuraa", goals: ["peer"],
         provider: "P", formats: [Group]),
        (id: "b", name: "Öljyvärimaalaus", summary: "Vertaistuki ja maalaus", goals: ["other"],
         provider: "P", formats: [Group]),
        (id: "c", name: "Mielenterveys ja arki", summary: "Kuntoutus arjen tueksi",
         goals: ["other"], provider: "P", formats: [Group]),
    ],
)"#;

#[test]
fn a_goal_hit_says_it_came_through_the_goal() {
    let catalog = catalog(GOALS_AND_TEXT);
    let mut searcher = Searcher::new(&catalog);
    let query = Query::new("vertaistuki", Filters::default(), "fi");
    searcher.search(&catalog, &query, None);
    let why = searcher.explain(&catalog, &query, 0);
    assert_eq!(why.matches[0].place, Place::Goal);
    assert_eq!(why.matches[0].words, vec!["Vertaistuki"]);
    assert!(lit(&why, "Aamukahvila").is_empty());
    let why = searcher.explain(&catalog, &query, 1);
    assert_eq!(why.matches[0].place, Place::Summary);
}

#[test]
fn a_compound_the_catalogue_lacks_is_shown_as_its_parts() {
    let catalog = catalog(GOALS_AND_TEXT);
    let (name, why) = first(&catalog, "mielenterveyskuntoutus");
    assert_eq!(name, "Mielenterveys ja arki");
    assert_eq!(why.matches[0].words, vec!["Mielenterveys", "Kuntoutus"]);
    assert_eq!(why.matches[0].place, Place::Name);
    assert_eq!(lit(&why, &name), "Mielenterveys");
}

#[test]
fn a_compound_no_service_holds_both_parts_of_is_shown_by_the_part_each_service_holds() {
    let catalog = catalog(
        r#"(
        goals: [(id: "g", name: "Palvelut")],
        services: [
            (id: "neglect", name: "Lastensuojelu", summary: "Kun hoidossa on laiminlyönti.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "police", name: "Rikosilmoitus", summary: "Kun sinulla on epäily rikoksesta.",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    let mut searcher = Searcher::new(&catalog);
    let query = Query::new("laiminlyöntiepäily", Filters::default(), "fi");
    searcher.search(&catalog, &query, None);
    assert_eq!(
        searcher.explain(&catalog, &query, 0).matches[0].words,
        vec!["laiminlyönti"]
    );
    assert_eq!(
        searcher.explain(&catalog, &query, 1).matches[0].words,
        vec!["epäily"]
    );
}

#[test]
fn a_service_the_query_does_not_find_has_nothing_to_explain() {
    let catalog = catalog(GOALS_AND_TEXT);
    let mut searcher = Searcher::new(&catalog);
    let query = Query::new("maalaus", Filters::default(), "fi");
    searcher.search(&catalog, &query, None);
    assert_eq!(
        searcher.explain(&catalog, &query, 0),
        Explanation::default()
    );
    assert_eq!(
        searcher.explain(&catalog, &query, 99),
        Explanation::default()
    );
}

#[test]
fn a_row_explained_again_in_another_language_names_its_words_as_that_language_writes_them() {
    let catalog = catalog(
        r#"(
        goals: [(id: "music", name: "Musiikki")],
        services: [(id: "voice", name: {"fi": "Työpaja Ääni", "sv": "Verkstad ÄÄNI"},
                    summary: "Laulua", goals: ["music"], provider: "P", formats: [Group])],
    )"#,
    );
    let mut searcher = Searcher::new(&catalog);
    for (language, shown) in [("fi", "Ääni"), ("sv", "ÄÄNI"), ("fi", "Ääni")] {
        let query = Query::new("aani", Filters::default(), language);
        let results = searcher.search(&catalog, &query, Some(10));
        let why = searcher.explain(&catalog, &query, results.services[0].index);
        assert_eq!(why.matches[0].words, vec![shown], "{language}");
    }
}

#[test]
fn a_long_word_is_not_joined_to_others_by_a_few_first_letters() {
    // "säännöllistä" (regular) is no form of "saada" (to get): what joins forms of a word
    // never cuts more than an ending's worth of letters from it.
    let catalog = catalog(
        r#"(
        goals: [(id: "day", name: "Päivätoiminta"), (id: "mail", name: "Posti")],
        services: [
            (id: "a", name: "Lomake", summary: "Kirje saanutta varten", goals: ["mail"],
             provider: "P", formats: [Group]),
            (id: "b", name: "Kerho", summary: "Säännöllistä tekemistä viikoittain", goals: ["day"],
             provider: "P", formats: [Group]),
        ],
    )"#,
    );
    let mut searcher = Searcher::new(&catalog);
    let query = Query::new("kaipaan säännöllistä menoa", Filters::default(), "fi");
    let results = searcher.search(&catalog, &query, None);
    let found: Vec<&str> = results
        .services
        .iter()
        .map(|s| catalog.services[s.index].id.as_str())
        .collect();
    assert_eq!(found, ["b"]);
}
