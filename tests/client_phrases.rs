//! A client's whole phrase, in English, Swedish or spoken Finnish, finds the service for the need
//! it says, even when its words one by one name something else ("fired" is no fire, "leave the
//! house" no housing) or nothing at all ("jag kan inte sova").

mod common;

use common::{catalog_from_ron, ranked_ids};
use polku::catalog::Catalog;
use polku::search::{Filters, Query};

/// Services described the way the registers describe them: none says what a client says.
fn catalog() -> Catalog {
    let text = r#"(
        goals: [(id: "g", name: "Palvelut")],
        services: [
            (id: "fire", name: "Palotarkastus", summary: "Fire inspection of buildings and homes.", goals: ["g"], provider: "Pelastuslaitos", formats: [Individual]),
            (id: "change", name: "Neuvonta ja tuki irtisanomistilanteissa", summary: "Muutosturva ja työnhaku, kun työ päättyy. Change security when you are dismissed.", goals: ["g"], provider: "Työllisyyspalvelut", formats: [Individual]),
            (id: "day", name: "Päivätoiminta", summary: "Day activity: a daily rhythm and meaningful activity.", goals: ["g"], provider: "Sosiaalipalvelut", formats: [Group]),
            (id: "health", name: "Terveysasema", summary: "Hoidon tarpeen arviointi ja lääkärin vastaanotto. Health station.", goals: ["g"], provider: "Terveyspalvelut", formats: [Individual]),
            (id: "rent", name: "Kunnan vuokra-asunnot", summary: "Rental housing: apply for a flat or a house.", goals: ["g"], provider: "Asuntopalvelut", formats: [Individual]),
            (id: "meet", name: "Kohtaamispaikka", summary: "Vertaistuki ja yhdessäolo yksinäisyyteen. A meeting place and peer support.", goals: ["g"], provider: "Järjestö", formats: [Group]),
            (id: "carer", name: "Omaishoitajan vapaat", summary: "Lakisääteiset vapaapäivät omaishoitajalle.", goals: ["g"], provider: "Omaishoito", formats: [Individual]),
            (id: "career", name: "Ammatinvalinta- ja uraohjaus", summary: "Uraohjaus ja opinto-ohjaus, kun ala on hukassa.", goals: ["g"], provider: "Työllisyyspalvelut", formats: [Individual]),
            (id: "transport", name: "Kuljetuspalvelu", summary: "Liikkumisen tuki, kun julkinen liikenne ei käy.", goals: ["g"], provider: "Vammaispalvelut", formats: [Individual]),
            (id: "mind", name: "Mielenterveyspalvelut", summary: "Apua masennukseen ja uupumukseen, jaksaminen. Mental health.", goals: ["g"], provider: "Terveyspalvelut", formats: [Individual]),
            (id: "family", name: "Vauvaperhetyö", summary: "Perhetyö ja lapsiperheiden sosiaalineuvonta vauvaperheille.", goals: ["g"], provider: "Perhekeskus", formats: [Individual]),
            (id: "workability", name: "Työkykykoordinaattori", summary: "Työkyvyn tuki osatyökykyisille.", goals: ["g"], provider: "Työllisyyspalvelut", formats: [Individual]),
            (id: "outreach", name: "Etsivä nuorisotyö", summary: "Tavoitamme nuoret, jotka tarvitsevat tukea. Outreach youth work.", goals: ["g"], provider: "Nuorisopalvelut", formats: [Individual]),
            (id: "families", name: "Lapsiperheiden palvelut", summary: "Perhe ja lapsiperheet: families with children.", goals: ["g"], provider: "Perhekeskus", formats: [Individual]),
            (id: "work", name: "Työssä jatkaminen", summary: "Staying at work after sick leave.", goals: ["g"], provider: "Työterveys", formats: [Individual]),
        ],
    )"#;
    catalog_from_ron(text)
}

fn first(catalog: &Catalog, typed: &str, lang: &str) -> Option<String> {
    ranked_ids(catalog, &Query::new(typed, Filters::default(), lang))
        .into_iter()
        .next()
}

#[test]
fn a_phrase_whose_words_name_something_else_finds_the_need() {
    let catalog = catalog();
    for (typed, lang, service) in [
        ("I got fired", "en", "change"),
        ("jag blev uppsagd", "sv", "change"),
        ("sain kenkää töistä", "fi", "change"),
        ("I don't want to leave the house", "en", "meet"),
        ("mä en lähde ulos ikinä", "fi", "meet"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some(service),
            "{typed}"
        );
    }
}

#[test]
fn sleeplessness_and_tiredness_find_health_care_not_day_activity() {
    let catalog = catalog();
    for (typed, lang) in [
        ("I can't sleep", "en"),
        ("I'm always tired", "en"),
        ("jag kan inte sova", "sv"),
        ("mä en saa unta", "fi"),
    ] {
        let found = first(&catalog, typed, lang);
        assert!(
            matches!(found.as_deref(), Some("health" | "mind")),
            "{typed}: {found:?}"
        );
    }
}

#[test]
fn a_wish_or_a_worry_said_whole_finds_its_service() {
    let catalog = catalog();
    for (typed, lang, service) in [
        ("I need a break from caring", "en", "carer"),
        ("mä tarviin lomaa hoitamisesta", "fi", "carer"),
        ("en tiiä mitä mä haluun tehdä", "fi", "career"),
        (
            "I don't know what I want to do with my life",
            "en",
            "career",
        ),
        ("en pääse ulos kun jalat ei kanna", "fi", "transport"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some(service),
            "{typed}"
        );
    }
}

#[test]
fn tiredness_said_with_the_baby_or_the_job_finds_the_family_or_work_ability_service() {
    let catalog = catalog();
    // Tiredness alone is a matter for mental-health services...
    assert_eq!(
        first(&catalog, "en jaksa enää", "fi").as_deref(),
        Some("mind")
    );
    // ...but said with the baby, the family service is what helps; said with wanting to work
    // while ill, work-ability support.
    for (typed, lang, service) in [
        ("en jaksa enää vauvan kanssa", "fi", "family"),
        ("the baby cries all night and I can't cope", "en", "family"),
        ("haluisin töihin mutta oon sairas", "fi", "workability"),
        ("I want to work but I'm sick", "en", "workability"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some(service),
            "{typed}"
        );
    }
}

#[test]
fn a_professionals_query_for_another_need_is_not_pulled_by_a_clients_phrase() {
    let catalog = catalog();
    for (typed, lang, service) in [
        ("fire inspection", "en", "fire"),
        ("day activity", "en", "day"),
        ("rental housing", "en", "rent"),
        ("päivätoiminta", "fi", "day"),
        ("omaishoitajan vapaat", "fi", "carer"),
        ("health station", "en", "health"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some(service),
            "{typed}"
        );
    }
}

#[test]
fn a_young_person_who_stays_in_their_room_finds_outreach_youth_work() {
    let catalog = catalog();
    // Not families in general for "son", nor staying at work for "stays".
    for (typed, lang) in [
        ("my son stays in his room all day", "en"),
        ("my daughter never leaves her room", "en"),
        ("min son sitter på sitt rum hela dagen", "sv"),
        ("poika on vaan huoneessaan", "fi"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some("outreach"),
            "{typed}"
        );
    }
}

/// Services one sentence could be pulled between: the need's own service, and one that
/// answers another need its words come near to (by spelling, by a filler phrase, by a
/// neighbouring need).
fn neighbours() -> Catalog {
    let text = r#"(
        goals: [(id: "g", name: "Palvelut")],
        services: [
            (id: "substance", name: "Päihdepalvelut", summary: "A-klinikka: apua alkoholi- ja huumeongelmiin. Substance abuse services. Missbruksvård.", goals: ["g"], provider: "Hyvinvointialue", formats: [Individual]),
            (id: "gambling", name: "Peliongelmien neuvonta", summary: "Apua rahapeliongelmiin. Help with gambling problems. Hjälp vid spelproblem.", goals: ["g"], provider: "Järjestö", formats: [Remote]),
            (id: "outdoors", name: "Ulkoilu- ja liikuntaryhmät", summary: "Liikunta ja ulkoilu yhdessä. Exercise and outdoor recreation in groups.", goals: ["g"], provider: "Liikuntapalvelut", formats: [Group]),
            (id: "hiring", name: "Advice for employers on hiring", summary: "Hiring people with partial work ability: pay subsidy and support.", goals: ["g"], provider: "Työllisyyspalvelut", formats: [Individual]),
            (id: "career", name: "Ammatinvalinta- ja uraohjaus", summary: "Uraohjaus ja opinto-ohjaus, kun ala on hukassa. Career guidance.", goals: ["g"], provider: "Työllisyyspalvelut", formats: [Individual]),
            (id: "pupil", name: "Oppilashuolto", summary: "Kuraattori ja koulupsykologi tukevat koulunkäyntiä. Pupil welfare.", goals: ["g"], provider: "Koulu", formats: [Individual]),
            (id: "family", name: "Perhetyö", summary: "Perhetyö lapsiperheille arjen ja kasvatuksen tueksi. Family work.", goals: ["g"], provider: "Perhekeskus", formats: [Individual]),
            (id: "crisis", name: "Kriisipäivystys", summary: "Kriisiapu ja mielenterveyspalvelut ympäri vuorokauden. Crisis help.", goals: ["g"], provider: "Hyvinvointialue", formats: [Individual, Remote]),
            (id: "crime", name: "Rikosuhripäivystys", summary: "Tukea rikoksen uhrille. Victim support.", goals: ["g"], provider: "Järjestö", formats: [Individual]),
            (id: "homecare", name: "Kotihoito", summary: "Kotihoito ja kotipalvelu, kun arki kotona ei suju. Home care. Hemvård.", goals: ["g"], provider: "Hyvinvointialue", formats: [Individual]),
            (id: "carers", name: "Omaishoidon tuki", summary: "Tukea omaishoitajalle, joka hoitaa läheistään. Support for informal carers. Stöd för närståendevård.", goals: ["g"], provider: "Hyvinvointialue", formats: [Individual]),
        ],
    )"#;
    catalog_from_ron(text)
}

#[test]
fn drinking_finds_substance_services_and_gambling_finds_gambling_help() {
    let catalog = neighbours();
    for (typed, lang, service) in [
        ("I can't stop drinking", "en", "substance"),
        ("my husband drinks too much", "en", "substance"),
        ("jag dricker för mycket", "sv", "substance"),
        ("I gamble away all my money", "en", "gambling"),
        ("jag spelar för mycket", "sv", "gambling"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some(service),
            "{typed}"
        );
    }
}

#[test]
fn not_knowing_what_to_do_beside_a_need_does_not_lead_to_career_guidance() {
    let catalog = neighbours();
    for (typed, lang, service) in [
        (
            "mun mies juo joka ilta enkä tiiä mitä tehdä",
            "fi",
            "substance",
        ),
        (
            "my husband drinks and I don't know what to do",
            "en",
            "substance",
        ),
        // Alone, it is the client's question about their own path.
        ("en tiiä mitä tehdä", "fi", "career"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some(service),
            "{typed}"
        );
    }
}

#[test]
fn bullying_at_school_finds_pupil_welfare() {
    let catalog = neighbours();
    for (typed, lang) in [
        ("lasta kiusataan koulussa", "fi"),
        ("mua kiusataan koulussa", "fi"),
        ("I'm bullied at school", "en"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some("pupil"),
            "{typed}"
        );
    }
}

#[test]
fn a_wish_to_die_or_a_life_without_meaning_finds_crisis_help() {
    let catalog = neighbours();
    for (typed, lang, service) in [
        ("mä haluun tappaa itteni", "fi", "crisis"),
        ("I want to kill myself", "en", "crisis"),
        ("jag vill ta livet av mig", "sv", "crisis"),
        ("tuntuu ettei elämällä oo mitään järkeä", "fi", "crisis"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some(service),
            "{typed}"
        );
    }
}

#[test]
fn a_theft_finds_victim_support_or_crisis_help() {
    let catalog = neighbours();
    for (typed, lang) in [
        ("someone stole my wallet", "en"),
        ("mut ryöstettiin kadulla", "fi"),
        ("jag blev bestulen", "sv"),
    ] {
        let found = first(&catalog, typed, lang);
        assert!(
            matches!(found.as_deref(), Some("crime" | "crisis")),
            "{typed}: {found:?}"
        );
    }
}

#[test]
fn a_parents_need_finds_the_service_for_the_need_not_for_carers() {
    let catalog = neighbours();
    for (typed, lang) in [
        ("mamma klarar sig inte hemma längre", "sv"),
        ("äiti ei pärjää enää kotona", "fi"),
        ("my mother can't manage at home anymore", "en"),
    ] {
        assert_eq!(
            first(&catalog, typed, lang).as_deref(),
            Some("homecare"),
            "{typed}"
        );
    }
    // Said by the one who cares for a parent, it is the carers' service.
    assert_eq!(
        first(&catalog, "hoidan äitiä kotona ja oon ihan poikki", "fi").as_deref(),
        Some("carers")
    );
}

#[test]
fn little_words_of_speech_name_nothing() {
    // "tän" (spoken "tämän", of this) begins "tandvård"; in a sentence it is only a little word.
    let catalog = catalog_from_ron(
        r#"(
        goals: [(id: "g", name: "Palvelut")],
        services: [
            (id: "teeth", name: {"fi": "Suun terveydenhuolto", "sv": "Tandvård"},
             summary: "Hammashoito kaksi kertaa vuodessa", goals: ["g"], provider: "P", formats: [Individual]),
            (id: "falls", name: "Kaatumisten ehkäisy", summary: "Kun kaatuu kotona",
             goals: ["g"], provider: "P", formats: [Group]),
        ],
    )"#,
    );
    let ranked = ranked_ids(
        &catalog,
        &Query::new(
            "äiti kaatuu kotona tän kuun aikana",
            Filters::default(),
            "fi",
        ),
    );
    assert_eq!(ranked, vec!["falls"]);
}

#[test]
fn a_compound_whose_first_part_is_the_need_finds_it() {
    // "perintäfirma" (a debt-collection firm) and "häätöpaperit" (eviction papers) are in no
    // catalogue; their last parts name a firm and papers, their first parts the need.
    let catalog = catalog_from_ron(
        r#"(
        goals: [(id: "g", name: "Palvelut")],
        services: [
            (id: "debt", name: "Talous- ja velkaneuvonta", summary: "Apua velkoihin ja maksuvaikeuksiin.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "housing", name: "Asumisneuvonta", summary: "Neuvoja vuokranmaksuun ja asumisen ongelmiin.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "business", name: "Yritysneuvonta", summary: "Neuvontaa yrittäjälle ja yrityksen perustajalle.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "papers", name: "Paperittomien terveyspalvelut", summary: "Terveydenhoito paperittomille.",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    for (typed, service) in [
        ("perintäfirma soittaa koko ajan", "debt"),
        ("sain häätöpaperit", "housing"),
    ] {
        assert_eq!(
            first(&catalog, typed, "fi").as_deref(),
            Some(service),
            "{typed}"
        );
    }
}

#[test]
fn a_word_typed_with_a_umlaut_is_not_the_word_without_it() {
    // "riitä" (is enough) folds to "riita" (a quarrel), "pelkään" (I am afraid) shares its
    // stem with "pelaan" (I gamble): the typist's ä tells them apart.
    let catalog = catalog_from_ron(
        r#"(
        goals: [(id: "g", name: "Palvelut")],
        services: [
            (id: "course", name: "Suomen kielen kurssi", summary: "Opiskele suomea työelämää varten.",
             goals: ["g"], provider: "P", formats: [Group]),
            (id: "mediation", name: "Perheasioiden sovittelu", summary: "Apua erotilanteisiin.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "anxiety", name: "Mielenterveyspalvelut", summary: "Apua ahdistukseen ja pelkoihin.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "gambling", name: "Peliongelmien hoito", summary: "Apua rahapelaamiseen.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "money", name: "Talous- ja velkaneuvonta", summary: "Apua, kun rahat eivät riitä.",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    for typed in ["voimat ei riitä", "mun suomi ei riitä töihin", "riitä"] {
        assert_ne!(
            first(&catalog, typed, "fi").as_deref(),
            Some("mediation"),
            "{typed}"
        );
    }
    assert_eq!(
        first(&catalog, "pelkään ihan kaikkea", "fi").as_deref(),
        Some("anxiety")
    );
}

#[test]
fn a_word_typed_with_a_umlaut_is_no_form_of_a_back_vowel_thesaurus_word() {
    // "päin" (omin päin, on one's own) shares its letters with "paini" (wrestling), whose two
    // i's after the a still say it is a back-vowel word.
    let catalog = catalog_from_ron(
        r#"(
        goals: [(id: "g", name: "Palvelut")],
        services: [
            (id: "hall", name: "Liikuntahalli", summary: "Salibandyä ja sulkapalloa.",
             goals: ["g"], provider: "P", formats: [Group]),
            (id: "help", name: "Päihdepalvelut", summary: "Tukea, kun haluat lopettaa.",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
        thesaurus: [(words: ["paini"], means: ["liikuntahalli"])],
    )"#,
    );
    let query = Query::new("lopetin omin päin", Filters::default(), "fi");
    let found = ranked_ids(&catalog, &query);
    assert!(!found.contains(&"hall".to_owned()), "{found:?}");
    assert_eq!(first(&catalog, "paini", "fi").as_deref(), Some("hall"));
}

#[test]
fn a_swedish_sentence_is_not_read_as_finnish_and_an_age_names_young_adults() {
    // "tappat" (lost) is no Finnish form of "tapa" (a way, a habit); "jag är 22" and "20v"
    // name a young adult.
    let catalog = catalog_from_ron(
        r#"(
        goals: [(id: "g", name: "Palvelut")],
        services: [
            (id: "habits", name: "Elintavat", summary: "Terveelliset tavat.",
             goals: ["g"], provider: "P", formats: [Group]),
            (id: "friends", name: "Vänverksamhet", summary: "Hitta nya vänner.",
             goals: ["g"], provider: "P", formats: [Group]),
            (id: "young", name: "Nuorten aikuisten ohjaamo", summary: "Ohjausta alle 30-vuotiaille.",
             goals: ["g"], provider: "P", formats: [Individual]),
            (id: "work", name: "Työhönvalmennus", summary: "Apua työnhakuun.",
             goals: ["g"], provider: "P", formats: [Individual]),
        ],
    )"#,
    );
    let typed = "jag har tappat kontakten med mina vänner";
    let ranked = ranked_ids(&catalog, &Query::new(typed, Filters::default(), "sv"));
    assert_eq!(ranked.first().map(String::as_str), Some("friends"));
    assert!(!ranked.iter().any(|id| id == "habits"), "{ranked:?}");
    for typed in ["jag är 22 och vill ha hjälp", "20v ja ihan hukassa"] {
        assert_eq!(
            first(&catalog, typed, "fi").as_deref(),
            Some("young"),
            "{typed}"
        );
    }
}
