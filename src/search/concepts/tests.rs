use super::*;
use crate::search::thesaurus::builtin_entries;

/// No word is known to the catalogue.
fn none(_: &str) -> Option<Langs> {
    None
}

fn words(text: &str) -> Vec<String> {
    QueryWords::parse(text).folded
}

/// The folded words of `text`, with no harmony heard and no abbreviation.
fn plain(text: &str) -> QueryWords {
    QueryWords {
        folded: words(text),
        ..QueryWords::default()
    }
}

/// The concepts of typed `text`, no harmony heard and no areas, over a catalogue whose words
/// `catalogue` knows.
fn read(
    text: &str,
    thesaurus: &Thesaurus,
    catalogue: &dyn Fn(&str) -> Option<Langs>,
) -> Vec<Concept> {
    concepts(&plain(text), thesaurus, &[], catalogue, &|_| false)
}

#[test]
fn stop_words_drop_and_phrases_group() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let found = read("mul on ulosottoja", &thesaurus, &none);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].words, vec!["ulosottoja"]);
    assert!(found[0].means.iter().any(|p| p == &["velkaneuvonta"]));

    let found = read("I feel stuck at home", &thesaurus, &none);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].words, vec!["stuck", "home"]);
}

#[test]
fn a_longer_phrase_speaks_for_its_words() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    // Living at home alone, not loneliness: the shorter phrases inside it are not used
    // where the catalogue says what the longer one means.
    let home_care = |w: &str| (w == "kotihoito").then_some(word_langs::FINNISH);
    let found = read("en pärjää yksin kotona", &thesaurus, &home_care);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].means.iter().any(|p| p == &["kotihoito"]));
    assert!(!found[0].means.iter().any(|p| p == &["vertaistuki"]));
    // Two phrases of one entry in one query both count, also one of stop words alone.
    let found = read("ei oo ketään kenen kanssa viettää aikaa", &thesaurus, &none);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].words, vec!["ei", "oo", "ketaan"]);
    assert_eq!(found[1].words, vec!["viettaa", "aikaa"]);
    assert!(
        found
            .iter()
            .all(|c| c.means.iter().any(|p| p == &["vertaistuki"]))
    );
}

#[test]
fn compounds_mean_what_their_parts_mean() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let found = read("akateemikkotyöttömille", &thesaurus, &none);
    assert!(
        found[0].means.iter().any(|p| p == &["tyottomille"]),
        "{found:?}"
    );
    assert!(found[0].means.iter().any(|p| p == &["tyonhaku"]));
    let found = read("vertaistukiryhmä", &thesaurus, &none);
    assert!(
        found[0].means.iter().any(|p| p == &["vertaistuki"]),
        "{found:?}"
    );
    assert!(read("ikkunalauta", &thesaurus, &none)[0].means.is_empty());
}

#[test]
fn a_compound_means_what_its_longest_known_part_means() {
    let entry = |word: &str, meaning: &str| ThesaurusEntry {
        words: vec![word.to_owned()],
        means: vec![meaning.to_owned()],
    };
    // "tunut", the last five letters of "selkäydinvammautunut", shares a stem with "tunnus"
    // (an ID for online services): a word only by chance beside "vammautunut".
    let thesaurus = Thesaurus::new(&[
        entry("vammautunut", "vammaispalvelut"),
        entry("tunnus", "digituki"),
    ]);
    let means = &read("selkäydinvammautunut", &thesaurus, &none)[0].means;
    assert!(means.iter().any(|p| p == &["vammaispalvelut"]), "{means:?}");
    assert!(!means.iter().any(|p| p == &["digituki"]), "{means:?}");
}

#[test]
fn a_phrase_whose_meanings_the_catalogue_lacks_means_what_its_words_mean() {
    let entry = |words: &[&str], means: &[&str]| ThesaurusEntry {
        words: words.iter().map(|w| (*w).to_owned()).collect(),
        means: means.iter().map(|m| (*m).to_owned()).collect(),
    };
    let thesaurus = Thesaurus::new(&[
        entry(&["betala hyran"], &["toimeentulotuki"]),
        entry(&["hyran"], &["bostad"]),
    ]);
    let means = |catalogue: &dyn Fn(&str) -> Option<Langs>| -> Vec<Phrase> {
        read("jag kan inte betala hyran", &thesaurus, catalogue)
            .into_iter()
            .flat_map(|c| c.means)
            .collect()
    };
    let say = |held: &'static [&'static str]| {
        move |w: &str| held.contains(&w).then_some(word_langs::SWEDISH)
    };
    // The phrase speaks for its words where the catalogue says what it means...
    let with_benefit = say(&["toimeentulotuki", "bostad", "betala", "hyran"]);
    assert_eq!(means(&with_benefit), [vec!["toimeentulotuki".to_owned()]]);
    // ...and where it does not, what its words mean is looked for too.
    let without = say(&["bostad", "betala", "hyran"]);
    let found = means(&without);
    assert!(found.contains(&vec!["bostad".to_owned()]), "{found:?}");
}

#[test]
fn a_short_first_part_counts_when_the_rest_is_a_catalogue_word() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let tilanne = |w: &str| (w == "tilanne").then_some(word_langs::FINNISH);
    let found = read("erotilanne", &thesaurus, &tilanne);
    assert!(found[0].means.iter().any(|p| p == &["ero"]), "{found:?}");
    // Without a known rest, three letters at the start of a word are only letters.
    assert!(read("erotilanne", &thesaurus, &none)[0].means.is_empty());
}

#[test]
fn a_swedish_word_is_not_read_by_finnish_rules() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let speech = |found: &[Concept]| {
        found
            .iter()
            .any(|c| c.means.iter().any(|p| p == &["puheterapia"]))
    };
    // "studera" and "stutter" share a Finnish key: a word of Swedish texts only does not
    // use it, so wanting to study does not lead to speech therapy.
    let swedish = |w: &str| (w == "studera").then_some(word_langs::SWEDISH);
    assert!(!speech(&read("studera", &thesaurus, &swedish)));
    // A word the catalogue does not hold may be Finnish: all its keys are read.
    assert!(speech(&read("studera", &thesaurus, &none)));
}

#[test]
fn area_words_are_marked() {
    let thesaurus = Thesaurus::default();
    let areas = [AreaName::new("Kotka"), AreaName::new("Lappeenranta")];
    let found = concepts(
        &plain("mielenterveys kotkassa"),
        &thesaurus,
        &areas,
        &none,
        &|_| false,
    );
    assert_eq!(
        found.iter().map(|c| c.area).collect::<Vec<_>>(),
        vec![false, true]
    );
    assert!(
        concepts(
            &plain("lappeenrannassa"),
            &thesaurus,
            &areas,
            &none,
            &|_| false
        )[0]
        .area
    );
}

#[test]
fn a_list_joined_by_and_is_no_sentence() {
    let concept = |word: &str, means: &[&str]| Concept {
        words: vec![word.to_owned()],
        means: means.iter().map(|m| vec![(*m).to_owned()]).collect(),
        idiom: false,
        area: false,
        forms_only: false,
        guessed: false,
        rules: word_langs::KNOWN,
        heard: Vec::new(),
        dots: Vec::new(),
        abbreviated: Vec::new(),
    };
    let wanted = [
        concept("englanninkielinen", &[]),
        concept("varhaiskasvatus", &["paivahoito"]),
    ];
    // A word of a professional's list that the thesaurus does not know says for whom
    // or how, also when "ja" joins the list: it counts less than the need, but more
    // than a sentence's context.
    assert_eq!(
        weights(
            &wanted,
            &QueryWords::parse("englanninkielinen varhaiskasvatus ja koulu")
        ),
        vec![LIST_PLAIN_SHARE, 1.0]
    );
    // In a client's sentence the word the thesaurus does not know is context.
    assert_eq!(
        weights(
            &wanted,
            &QueryWords::parse("mun lapsi on englanninkielinen ja varhaiskasvatus")
        ),
        vec![PLAIN_SHARE, 1.0]
    );
}

#[test]
fn where_to_turn_beside_a_need_is_context() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let weigh = |text: &str| {
        let typed = plain(text);
        let found = concepts(&typed, &thesaurus, &[], &none, &|_| false);
        let weights = weights(&found, &typed);
        found
            .into_iter()
            .map(|c| c.words.join(" "))
            .zip(weights)
            .collect::<Vec<_>>()
    };
    // The debts are the need; where to turn with them says how the client feels.
    let with_debts = weigh("mihin kääntyä velkojen kanssa");
    assert!(
        with_debts
            .iter()
            .any(|(w, share)| w.contains("kaantya") && *share == PLAIN_SHARE),
        "{with_debts:?}"
    );
    assert!(
        with_debts
            .iter()
            .any(|(w, share)| w.contains("velkojen") && *share == 1.0),
        "{with_debts:?}"
    );
    // Alone, where to turn is the need.
    assert!(
        weigh("mihin kääntyä")
            .iter()
            .all(|(_, share)| *share == 1.0)
    );
}

#[test]
fn only_stop_words_are_searched_as_typed() {
    let found = read("on", &Thesaurus::default(), &none);
    assert_eq!(found.len(), 1);
}

#[test]
fn an_abbreviation_in_capitals_is_met_only_when_typed_so() {
    let thesaurus = Thesaurus::new(&[ThesaurusEntry {
        words: vec!["TE".into(), "TE-palvelut".into()],
        means: vec!["työllisyyspalvelut".into()],
    }]);
    let typed = |text: &str| concepts(&QueryWords::parse(text), &thesaurus, &[], &none, &|_| false);
    // Typed in capitals, "TE" is the employment services, matched as a word of its own and
    // meaning what the thesaurus says more than its letters...
    let office = typed("TE");
    assert_eq!(office.len(), 1);
    assert!(office[0].means.iter().any(|p| p == &["tyollisyyspalvelut"]));
    assert!(office[0].idiom && office[0].abbreviated == vec![true]);
    let phrase = typed("TE-palvelut");
    assert_eq!(phrase[0].words, vec!["te", "palvelut"]);
    assert!(phrase[0].idiom);
    // ...also beside other words, though "te" is a stop word...
    let asked = typed("haluun TE-toimistoon");
    assert!(
        asked
            .iter()
            .any(|c| c.words == vec!["te"] && !c.means.is_empty()),
        "{asked:?}"
    );
    // ...while the pronoun in small letters means nothing.
    let pronoun = typed("voitteko te auttaa");
    assert!(pronoun.iter().all(|c| c.means.is_empty()), "{pronoun:?}");
}

#[test]
fn a_mistyped_word_in_a_case_form_means_what_its_base_means() {
    let thesaurus = Thesaurus::new(&builtin_entries());
    let means = |text: &str| read(text, &thesaurus, &none).remove(0).means;
    // "häiriön" with its i left out: the base one letter off, the genitive's n after it,
    // and a first part the thesaurus knows as well.
    let mistyped = means("ahdistuneisuushäirön");
    assert!(
        mistyped.iter().any(|p| p == &["psykoterapia"]),
        "{mistyped:?}"
    );
    let spelled = means("ahdistuneisuushäiriön");
    assert!(spelled.iter().all(|p| mistyped.contains(p)), "{spelled:?}");
}

#[test]
fn a_word_still_being_typed_is_not_read_by_a_short_stem() {
    let thesaurus = Thesaurus::new(&[ThesaurusEntry {
        words: vec!["sota".into()],
        means: vec!["kriisiapu".into()],
    }]);
    let sosiaalinen = |w: &str| "sosiaalinen".starts_with(w);
    let meanings = |text: &str, begins: &dyn Fn(&str) -> bool| {
        concepts(&plain(text), &thesaurus, &[], &none, begins)
            .iter()
            .map(|c| c.means.len())
            .sum::<usize>()
    };
    // "sosi" shares a short stem with "sota" (as "käsi" does with "kädet"), but it is the
    // beginning of "sosiaalinen" being typed.
    assert_eq!(meanings("sosi", &sosiaalinen), 0);
    // The same letters beginning no word of the catalogue are read by the short stem, and a
    // typed form of the word by its own keys, whatever the catalogue holds.
    assert_eq!(meanings("sosi", &|_| false), 1);
    assert_eq!(meanings("sodan", &sosiaalinen), 1);
}

#[test]
fn the_other_is_no_work() {
    // "toisen" (the second, another's) folds near "töitä" (work): it says nothing of the need,
    // and is not read as job seeking.
    let thesaurus = Thesaurus::new(&builtin_entries());
    let found = read("toisen asteen opiskelijan päihdeongelma", &thesaurus, &none);
    assert!(
        found
            .iter()
            .all(|c| c.words != ["toisen"] && !c.means.iter().any(|m| m == &["tyonhaku"])),
        "{found:?}"
    );
}
