use super::*;
use crate::search::fold;

/// Inflected forms as they occur in service texts, each with its base form.
const FORMS: &[(&str, &[&str])] = &[
    (
        "velka",
        &["velan", "velat", "velkaa", "velkoja", "velkojen"],
    ),
    ("käsi", &["käden", "kädet", "kättä"]),
    ("työ", &["töihin", "työtä", "työhön", "työn", "töitä"]),
    ("lukea", &["luen", "lukee", "lukeminen"]),
    ("tuki", &["tuen", "tuet", "tukea", "tukee", "tukena"]),
    (
        "opinto",
        &["opinnot", "opintoja", "opintojen", "opinnoissa"],
    ),
    ("lupa", &["luvat", "luvan", "lupaa"]),
    ("asunto", &["asunnon", "asuntoa", "asunnot", "asunnossa"]),
    (
        "kuntoutus",
        &["kuntoutukseen", "kuntoutuksen", "kuntoutusta"],
    ),
    (
        "sosiaalinen",
        &["sosiaaliseen", "sosiaalisen", "sosiaalista"],
    ),
    ("klubitalo", &["klubitalolle", "klubitalossa", "klubitalon"]),
    (
        "työpaja",
        &["työpajalla", "työpajassa", "työpajaan", "työpajoissa"],
    ),
    ("ulosotto", &["ulosottoja", "ulosoton", "ulosotossa"]),
    ("rutiini", &["rutiinia", "rutiineja", "rutiinit"]),
    ("jutella", &["juttelemaan", "juttelemassa"]),
    ("jännittää", &["jännittäminen", "jännittämistä"]),
    ("kotka", &["kotkassa", "kotkan"]),
    ("lappeenranta", &["lappeenrannassa", "lappeenrannan"]),
    ("päihde", &["päihteet", "päihteitä", "päihteiden"]),
    (
        "valmennus",
        &["valmennukseen", "valmennuksessa", "valmennusta"],
    ),
    ("yksinäisyys", &["yksinäisyyteen", "yksinäisyyttä"]),
    ("talous", &["talouden", "taloutta"]),
    ("ekonomi", &["ekonomin", "ekonomier"]),
    ("työtön", &["työttömät", "työttömille", "työttömän"]),
    ("asunnoton", &["asunnottomat", "asunnottomille"]),
    ("skuld", &["skulder", "skulderna"]),
    ("skola", &["skolan", "skolor"]),
    ("barn", &["barnet", "barnen"]),
    ("stöd", &["stödet"]),
    ("ekonomi", &["ekonomin"]),
    ("boende", &["boendet"]),
    // A verb as a client says it and the action noun a service names.
    ("ahdistus", &["ahdistaa", "ahdisti", "ahdistuksen"]),
    ("kuntoutus", &["kuntoutua", "kuntoutumaan"]),
    ("valmennus", &["valmentaa", "valmennukseen"]),
    ("harrastus", &["harrastaa", "harrastan", "harrastuksiin"]),
    ("masennus", &["masentaa", "masentunut"]),
    ("uupumus", &["uupunut"]),
    ("juominen", &["juoda", "juon", "juo"]),
    ("pelaaminen", &["pelata", "pelaan", "pelaa"]),
    ("asuminen", &["asua", "asun"]),
    ("väkivalta", &["väkivaltainen", "väkivaltaisen"]),
    ("ammatti", &["ammatillinen"]),
    ("housing", &["house"]),
    // A possessive suffix, also after a case ending or a genitive.
    ("lapsi", &["lapsensa", "lapsellesi", "lapsemme"]),
    ("läheinen", &["läheistään", "läheisensä"]),
    ("työ", &["työssään", "työnsä"]),
    ("tarve", &["tarpeidensa", "tarpeesi"]),
    // -as/-äs, -in and -ton/-tön stems.
    ("asiakas", &["asiakkaan", "asiakkaat", "asiakkaalle"]),
    ("iäkäs", &["iäkkäiden", "iäkkäille"]),
    ("avoin", &["avoimen", "avoimet"]),
    ("eläin", &["eläimen", "eläimelle"]),
    ("maksuton", &["maksutonta", "maksuttomaan", "maksuttoman"]),
];

#[test]
fn inflected_forms_share_a_key_with_their_base_form() {
    let mut missed = Vec::new();
    for (base, forms) in FORMS {
        for form in *forms {
            if !same_word(&fold(base), &fold(form)) {
                missed.push(format!("{form} → {base}"));
            }
        }
    }
    assert!(missed.is_empty(), "not joined: {missed:?}");
}

/// Lines of a test list, without its comment lines: (first column, the rest).
fn listed(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
}

#[test]
fn forms_from_service_texts_share_a_key_with_their_base_form() {
    let mut missed = Vec::new();
    let mut count = 0;
    for (base, forms) in listed(include_str!("forms-fi.tsv")) {
        for form in forms.split_whitespace() {
            count += 1;
            if !same_word(&fold(base), &fold(form)) {
                missed.push(format!("{form} → {base}"));
            }
        }
    }
    assert!(count > 1000, "the list holds {count} forms");
    assert!(missed.is_empty(), "not joined: {missed:?}");
}

#[test]
fn different_words_of_service_texts_stay_apart() {
    let joined: Vec<String> = listed(include_str!("different-fi.tsv"))
        .filter(|(a, b)| same_word(&fold(a), &fold(b)))
        .map(|(a, b)| format!("{a}/{b}"))
        .collect();
    assert!(joined.is_empty(), "joined: {joined:?}");
}

/// Whether `typed` finds `word` through a derivation (see `related_keys`), and not as one
/// of its forms.
fn derived_only(typed: &str, word: &str) -> bool {
    let (typed, word) = (all_keys(&fold(typed)), all_keys(&fold(word)));
    let held: Vec<&String> = word.forms.iter().chain(&word.derived).collect();
    let forms_meet = typed.forms.iter().any(|k| word.forms.contains(k));
    !forms_meet && related_keys(&typed).iter().any(|k| held.contains(&k))
}

#[test]
fn a_client_word_finds_the_noun_a_service_names_as_a_derivation() {
    for (typed, noun) in [
        ("yksinäinen", "yksinäisyys"),
        ("yksinäisyys", "yksinäinen"),
        ("työtön", "työttömyys"),
        ("riippuvainen", "riippuvuus"),
        ("masentunut", "masennus"),
        ("ahdistaa", "ahdistus"),
        ("jännittää", "jännitys"),
        ("väkivaltainen", "väkivalta"),
        ("arbetslös", "arbetslöshet"),
        ("lonely", "loneliness"),
        ("anxious", "anxiety"),
        // The one who does is made from what is done, not a form of it.
        ("päihdehoitoon", "päihdehoitaja"),
    ] {
        assert!(derived_only(typed, noun), "{typed} → {noun}");
    }
    // The Swedish stemmer takes -het off itself.
    assert!(same_word("ensam", "ensamhet"));
    // Forms of one word are forms, not derivations.
    assert!(!derived_only("yksinäisyyteen", "yksinäisyys"));
    assert!(!derived_only("velan", "velka"));
}

#[test]
fn different_words_stay_apart() {
    for (a, b) in [
        ("puutyö", "puuttuu"),
        ("kotka", "kota"),
        ("asunto", "asukas"),
        ("työ", "tuo"),
        ("ahdistus", "ahdinko"),
        ("opinto", "opas"),
        ("velan", "pelko"),
        ("dementia", "tementia"),
        ("talous", "talo"),
        ("kokous", "koko"),
        // Two letters are too few to join words by: ordinary verbs of a client's
        // sentence would meet unrelated words.
        ("löydä", "loan"),
        ("meen", "meihin"),
        ("etten", "ett"),
        // A Swedish word is no Finnish form, though the Finnish rules would make one.
        ("ångest", "annetaan"),
    ] {
        assert!(!same_word(&fold(a), &fold(b)), "{a} and {b}");
    }
}

#[test]
fn a_word_no_finnish_word_ends_like_is_not_read_by_finnish_rules() {
    let finnish_keys = |word: &str| {
        let keys = all_keys(&fold(word));
        keys.forms
            .iter()
            .chain(&keys.derived)
            .filter(|k| is_finnish_key(k))
            .count()
    };
    for word in ["ångest", "konkurs", "support"] {
        assert_eq!(finnish_keys(word), 0, "{word}");
    }
    for word in ["velat", "mies", "onks", "töihin"] {
        assert!(finnish_keys(word) > 0, "{word}");
    }
}
