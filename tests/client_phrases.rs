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
