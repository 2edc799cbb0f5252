use super::builtin::BUILTIN_FILES;
use super::*;

/// Whether one of `entries` has `word` (in any case, with or without ä/ö) among its words.
fn says(entries: &[ThesaurusEntry], word: &str) -> bool {
    entries
        .iter()
        .any(|e| e.words.iter().any(|x| fold(x) == fold(word)))
}

/// What `thesaurus` says the words of `text` mean, each meaning's words joined by spaces.
pub(crate) fn means(thesaurus: &Thesaurus, text: &str) -> Vec<String> {
    let typed: Vec<Vec<String>> = phrase(text).iter().map(|w| word_keys(w)).collect();
    thesaurus
        .lookup(&typed, &[])
        .into_iter()
        .flat_map(|(_, m)| m.iter().map(|p| p.join(" ")))
        .collect()
}

#[test]
fn the_builtin_thesaurus_reads_and_has_every_language() {
    let entries: Vec<ThesaurusEntry> =
        ron::from_str(include_str!("../words/thesaurus.ron")).expect("thesaurus.ron reads");
    assert!(entries.len() >= 30);
    for word in [
        "ulosotto",
        "skulder",
        "debt",
        "yksinäinen",
        "ensam",
        "lonely",
        "rutiini",
    ] {
        assert!(says(&entries, word), "{word}");
    }
}

#[test]
fn every_builtin_file_reads() {
    for &(name, text) in BUILTIN_FILES {
        let entries: Vec<ThesaurusEntry> =
            ron::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!entries.is_empty(), "{name}");
    }
}

fn everyday_entries() -> Vec<ThesaurusEntry> {
    ron::from_str(include_str!("../words/thesaurus-everyday.ron"))
        .expect("thesaurus-everyday.ron reads")
}

#[test]
fn the_everyday_thesaurus_reads_and_has_every_language() {
    let entries = everyday_entries();
    assert!(entries.len() >= 50);
    for word in [
        "verikoe",
        "blodprov",
        "blood test",
        "eskari",
        "förskola",
        "preschool",
        "luteita",
        "vägglöss",
        "bed bugs",
        "vuorotyö lapsi",
        "skiftarbete barn",
        "shift work child",
    ] {
        assert!(says(&entries, word), "{word}");
    }
}

#[test]
fn everyday_needs_mean_the_words_services_are_described_with() {
    let thesaurus = Thesaurus::new(&everyday_entries());
    let means = |text: &str| means(&thesaurus, text);
    assert!(means("pitäis käydä labrassa").contains(&"laboratorio".to_owned()));
    assert!(means("kotona on russakoita").contains(&"tuholaiset".to_owned()));
    assert!(means("kissa karkasi").contains(&"loytoelaimet".to_owned()));
    assert!(means("tyttö aloittaa eskarin").contains(&"esiopetus".to_owned()));
    assert!(means("I can't swim").contains(&"uimakoulut".to_owned()));
    // A professional's words for other needs, and words that name only a person or a
    // place, mean nothing here.
    for typed in [
        "lapsi",
        "kotona",
        "hoito",
        "apu",
        "ehkäisevä toimeentulotuki",
        "lyhytaikainen huolenpito vammaiselle",
        "perheneuvola",
    ] {
        assert!(means(typed).is_empty(), "{typed}: {:?}", means(typed));
    }
}

#[test]
fn life_situations_mean_the_services_that_answer_them() {
    let entries: Vec<ThesaurusEntry> =
        ron::from_str(include_str!("../words/thesaurus-situations.ron"))
            .expect("thesaurus-situations.ron reads");
    let thesaurus = Thesaurus::new(&entries);
    let means = |text: &str| means(&thesaurus, text);
    for (typed, meant) in [
        ("nukun nykyään autossa", "asunnottomuus"),
        ("kämpässä on niin kylmä", "asumisterveys"),
        ("I take more painkillers than I should", "paihdepalvelut"),
        ("jag har tappat lusten till allt", "mielenterveys"),
        ("äiti kaatui kotona eikä pärjää", "kotihoito"),
        ("poika pinnaa koulusta", "oppilashuolto"),
        ("we fight all the time", "parisuhdetyo"),
    ] {
        assert!(
            means(typed).contains(&meant.to_owned()),
            "{typed}: {:?}",
            means(typed)
        );
    }
    // A professional's words for a service, and a common word that alone names many
    // things, mean no situation.
    for typed in [
        "kuntouttava työtoiminta",
        "matalan kynnyksen kohtaamispaikka",
        "katujen kunnossapito",
        "murtuma",
        "erityisruokavalio",
        "nuorisotilat",
        "kylmä",
        "äiti",
        "raha",
        "auto",
        "soittaa kelaan",
    ] {
        assert!(means(typed).is_empty(), "{typed}: {:?}", means(typed));
    }
}

/// A single stop word is never a need: it is dropped from a query beside other words. A
/// phrase of several stop words ("en tiiä mitä haluun") is an everyday idiom and is read
/// as one. An abbreviation written in capitals ("TE") is met only when typed so, never as
/// the stop word.
#[test]
fn service_words_are_not_stop_words_alone() {
    for entry in BUILTIN_FILES[1..]
        .iter()
        .flat_map(|(_, text)| ron::from_str::<Vec<ThesaurusEntry>>(text).expect("reads"))
    {
        for text in &entry.words {
            let words = phrase(text);
            assert!(
                words.len() > 1
                    || words.iter().any(|w| !is_stop_word(w))
                    || written_as_abbreviation(text),
                "{text:?} is a stop word"
            );
        }
    }
}

#[test]
fn inflected_and_phrase_forms_are_looked_up() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let means = |text: &str| means(&thesaurus, text);
    assert!(means("mul on ulosottoja").contains(&"velkaneuvonta".to_owned()));
    assert!(means("kaipaan rutiinia").contains(&"paivatoiminta".to_owned()));
    assert!(means("I feel stuck at home").contains(&"peer support".to_owned()));
    assert!(means("ahdistus").contains(&"mielenterveys".to_owned()));
    assert!(means("kirjasto").is_empty());
    // Words that share only a short stem are not taken for each other.
    assert!(!means("pelaan").contains(&"jannittaminen".to_owned()));
    assert!(!means("liikaa enkä pääse").contains(&"kuljetuspalvelu".to_owned()));
    assert!(means("velkoihin").contains(&"velkaneuvonta".to_owned()));
    // Kinds of service a client names in their own words.
    assert!(means("pitäis päästä velkajärjestelyyn").contains(&"velkajarjestely".to_owned()));
    assert!(means("sairauspäiväraha loppuu").contains(&"ammatillinen kuntoutus".to_owned()));
    assert!(means("jäin tyhjän päälle").contains(&"sosiaalineuvonta".to_owned()));
    assert!(means("mut ryöstettiin").contains(&"rikosuhripaivystys".to_owned()));
    assert!(means("jag vill sluta röka").contains(&"tupakoinnin lopettaminen".to_owned()));
}

#[test]
fn a_mistyped_need_word_means_what_the_word_means() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let means = |w: &str| -> Vec<String> {
        thesaurus
            .mistyped_meanings(w)
            .iter()
            .map(|p| p.join(" "))
            .collect()
    };
    assert!(means("ulosotossaa").contains(&"velkaneuvonta".to_owned()));
    assert!(means("masentunu").contains(&"mielenterveys".to_owned()));
    // Short words and words far from any in the thesaurus mean nothing.
    assert!(means("kota").is_empty());
    assert!(means("kirjastokortti").is_empty());
}

#[test]
fn stop_words_are_everyday_forms() {
    for w in [
        "mulla", "ma", "on", "ei", "vahan", "jotain", "jag", "behover", "i", "the",
    ] {
        assert!(is_stop_word(w), "{w}");
    }
    // Spoken forms with a clitic.
    for w in ["onks", "onko", "eiks", "mitas", "makin", "sitahan", "oliks"] {
        assert!(is_stop_word(w), "{w}");
    }
    assert!(!is_stop_word("velka"));
    assert!(!is_stop_word("kelas"));
    assert!(!is_stop_word("mies"));
    assert!(!is_stop_word("dokaan"));
    assert!(!is_stop_word("arki"));
    assert!(!is_stop_word("pahan"));
    assert!(!is_stop_word("tyo"));
}

#[test]
fn words_that_only_look_alike_do_not_mean_each_other() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let means = |text: &str| means(&thesaurus, text);
    // käsi/kadulla/katti share only a stem of three letters.
    for (typed, not_meant) in [("käsi", "elainlaakari"), ("käsi", "asuminen")] {
        let meant = means(typed);
        assert!(!meant.iter().any(|m| m == not_meant), "{typed}: {meant:?}");
    }
    // Words of the registers that share a long key with another word of the thesaurus: an
    // education is no school taxi, being entitled no court case, being valid no exhaustion.
    for (typed, not_meant) in [
        ("koulutus", "koulukuljetus"),
        ("oikeutettu", "oikeusapu"),
        ("voimassa", "uni"),
    ] {
        let meant = means(typed);
        assert!(!meant.iter().any(|m| m == not_meant), "{typed}: {meant:?}");
    }
    // Turning to someone is no translating: "mihin kääntyä velkojen kanssa" asks where to
    // go with debts, not for an interpreter.
    assert!(
        !means("kääntyä").iter().any(|m| m == "tulkkipalvelu"),
        "kääntyä"
    );
    // The English verb is no Swedish husband ("make friends", "make money").
    assert!(!means("make").iter().any(|m| m == "omaiset"), "make");
    // A short word still meets its own forms.
    assert!(means("töihin").iter().any(|m| m.contains("tyo")), "töihin");
    assert!(means("velkoihin").iter().any(|m| m == "velkaneuvonta"));
}

#[test]
fn one_typed_word_is_not_two_words_of_a_phrase() {
    let entries = vec![ThesaurusEntry {
        words: vec!["viikko-viikko".into()],
        means: vec!["lastenvalvoja".into()],
    }];
    let thesaurus = Thesaurus::new(&entries);
    assert!(means(&thesaurus, "ens viikolla").is_empty());
    assert!(
        means(&thesaurus, "viikko-viikko")
            .iter()
            .any(|m| m == "lastenvalvoja")
    );
    assert!(
        means(&thesaurus, "viikko viikolla")
            .iter()
            .any(|m| m == "lastenvalvoja")
    );
}

#[test]
fn a_phrase_is_met_with_its_words_in_their_plain_endings() {
    let entries = vec![
        ThesaurusEntry {
            words: vec!["paikka yöksi".into(), "rahat ei riitä".into()],
            means: vec!["hätämajoitus".into()],
        },
        ThesaurusEntry {
            words: vec!["kamaa".into(), "paikkaa".into()],
            means: vec!["päihdepalvelut".into()],
        },
    ];
    let thesaurus = Thesaurus::new(&entries);
    let meant = |text: &str| means(&thesaurus, text);
    // The typed word is the phrase's word with a case ending, or the other way round: a
    // word the thesaurus also holds by itself ("paikkaa") is still a word of the phrase.
    assert!(meant("paikkaa yöksi").contains(&"hatamajoitus".to_owned()));
    assert!(meant("raha ei riitä").contains(&"hatamajoitus".to_owned()));
    assert!(meant("rahaa ei riitä").contains(&"hatamajoitus".to_owned()));
    // Only a whole ending is taken off: "kamari" is no "kamaa", nor "paikkakunta" "paikka".
    assert!(meant("kamari").is_empty());
    assert!(meant("paikkakunta yöksi").is_empty());
}

#[test]
fn a_phrase_is_met_with_its_word_in_the_illative() {
    let entries = vec![
        ThesaurusEntry {
            words: vec!["siivous koti".into(), "apu koulu".into()],
            means: vec!["kotipalvelu".into()],
        },
        // The thesaurus also holds the illative itself, in another phrase.
        ThesaurusEntry {
            words: vec!["pääsy kotiin".into()],
            means: vec!["kotiutus".into()],
        },
    ];
    let thesaurus = Thesaurus::new(&entries);
    let meant = |text: &str| means(&thesaurus, text);
    assert!(meant("siivous kotiin").contains(&"kotipalvelu".to_owned()));
    assert!(meant("apua kouluun").contains(&"kotipalvelu".to_owned()));
}

#[test]
fn a_phrase_is_met_with_its_word_in_the_weak_grade_though_another_phrase_holds_that_form() {
    let entries = vec![
        ThesaurusEntry {
            words: vec!["siivous koti".into(), "velka kasvaa".into()],
            means: vec!["kotipalvelu".into()],
        },
        // The thesaurus also holds the weak-grade forms themselves, in other phrases.
        ThesaurusEntry {
            words: vec!["kodin perustaminen".into(), "velan takaus".into()],
            means: vec!["asumisneuvonta".into()],
        },
    ];
    let thesaurus = Thesaurus::new(&entries);
    let meant = |text: &str| means(&thesaurus, text);
    assert!(meant("kodin siivous").contains(&"kotipalvelu".to_owned()));
    assert!(meant("siivous kodissa").contains(&"kotipalvelu".to_owned()));
    assert!(meant("velan kasvaa").contains(&"kotipalvelu".to_owned()));
    // A word that only begins like the phrase's word is not a form of it.
    assert!(!meant("siivous kotka").contains(&"kotipalvelu".to_owned()));
}

#[test]
fn a_form_of_a_word_means_what_the_word_means_though_a_phrase_holds_the_form() {
    let entries = vec![
        ThesaurusEntry {
            words: vec!["kipu".into()],
            means: vec!["terveysasema".into()],
        },
        ThesaurusEntry {
            words: vec!["kipuja selässä".into()],
            means: vec!["fysioterapia".into()],
        },
    ];
    let thesaurus = Thesaurus::new(&entries);
    assert!(means(&thesaurus, "kipuja").contains(&"terveysasema".to_owned()));
    assert!(means(&thesaurus, "kipuja selässä").contains(&"fysioterapia".to_owned()));
}

#[test]
fn a_phrase_that_says_a_word_twice_is_met_by_the_word_typed_once() {
    let entries = vec![ThesaurusEntry {
        words: vec!["mår sämre och sämre".into()],
        means: vec!["mielenterveyspalvelut".into()],
    }];
    let thesaurus = Thesaurus::new(&entries);
    // A query holds each word once, however often it was typed.
    let query = crate::search::query::QueryWords::parse("jag mår sämre och sämre");
    assert_eq!(query.folded, ["jag", "mar", "samre", "och"]);
    let typed: Vec<Vec<String>> = query.folded.iter().map(|w| word_keys(w)).collect();
    let found = thesaurus.lookup(&typed, &[]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_phrase_is_said_with_its_words_near_together() {
    let entries = vec![ThesaurusEntry {
        words: vec!["rahat ei riitä".into()],
        means: vec!["toimeentulotuki".into()],
    }];
    let thesaurus = Thesaurus::new(&entries);
    let meant = |text: &str| {
        means(&thesaurus, text)
            .iter()
            .any(|m| m == "toimeentulotuki")
    };
    assert!(meant("rahat ei riitä"));
    assert!(meant("rahat ei kyllä mitenkään tässä kuussa riitä"));
    // The words of a long story, far apart, say no phrase together.
    assert!(!meant(
        "rahat meni vuokraan ja sit tuli lasku josta mä en tiennyt mitään ja nyt ei riitä"
    ));
}

#[test]
fn a_country_a_client_comes_from_is_read_as_moving_here_but_no_word_like_it_is() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let integration = |text: &str| means(&thesaurus, text).iter().any(|m| m == "kotoutuminen");
    assert!(integration("tulin syyriasta kaks vuotta sitten"));
    assert!(integration("muutin venäjältä"));
    assert!(integration("we came from Afghanistan"));
    // "kiinni" is no China, "virka-aika" no Estonia.
    assert!(!integration("en saa lääkäriä kiinni"));
    assert!(!integration("virka-ajan ulkopuolella"));
}

/// Asserts that `is_form` takes each (typed, base) of `forms` for a form of its base, and none
/// of `others`.
fn assert_forms(is_form: fn(&str, &str) -> bool, forms: &[(&str, &str)], others: &[(&str, &str)]) {
    for (typed, base) in forms {
        assert!(is_form(typed, base), "{typed} of {base}");
    }
    for (typed, base) in others {
        assert!(!is_form(typed, base), "{typed} is no form of {base}");
    }
}

#[test]
fn a_weak_grade_form_is_a_form_of_its_base() {
    assert_forms(
        super::keys::weak_grade_form,
        &[
            ("selan", "selka"),
            ("velan", "velka"),
            ("kadun", "katu"),
            ("luvan", "lupa"),
            ("kaupassa", "kauppa"),
        ],
        // A word that only begins alike, and an ending that keeps the strong grade or is none.
        &[
            ("kasi", "katti"),
            ("takas", "takka"),
            ("selkaa", "selka"),
            ("velat", "velho"),
        ],
    );
}

#[test]
fn a_plural_whose_stem_changes_is_a_form_of_its_base() {
    assert_forms(
        super::keys::plural_form,
        &[
            ("rahoja", "raha"),
            ("veloista", "velka"),
            ("velkojen", "velka"),
            ("koiria", "koira"),
            ("laseja", "lasi"),
            ("toihin", "tyo"),
            ("maita", "maa"),
        ],
        // Words that only begin alike, and endings no plural has.
        &[
            ("velho", "velka"),
            ("raholla", "raha"),
            ("kirjoittaa", "kirja"),
            ("toimia", "tyo"),
            ("lasku", "lasi"),
        ],
    );
}

#[test]
fn money_and_debts_said_in_the_plural_mean_debt_advice() {
    let thesaurus = Thesaurus::new(&builtin::builtin_entries());
    for typed in ["veloista", "rahoista", "rahoja"] {
        let meant = means(&thesaurus, typed);
        assert!(
            meant.iter().any(|m| m == "velkaneuvonta"),
            "{typed}: {meant:?}"
        );
    }
}

#[test]
fn a_negation_joined_to_and_is_the_negation_of_a_phrase() {
    let thesaurus = Thesaurus::new(&builtin::builtin_entries());
    let alone = means(&thesaurus, "en tunne ketään");
    assert!(!alone.is_empty());
    // "enkä" is a word of the thesaurus's own phrases too: it still says "en".
    assert_eq!(means(&thesaurus, "enkä tunne ketään"), alone);
}
