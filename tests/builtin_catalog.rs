//! The regional catalogue built into polku: it loads without problems and covers what the
//! professionals need (all themes, every support need, all formats, three languages).

mod common;

use std::collections::BTreeSet;

use common::{builtin, ids_for};
use polku::catalog::{Format, SupportNeed, Theme};

#[test]
fn loads_clean_with_enough_goals_and_services() {
    let catalog = builtin();
    assert!(catalog.goals.len() >= 25, "{} goals", catalog.goals.len());
    assert!(
        catalog.services.len() >= 120,
        "{} services",
        catalog.services.len()
    );
}

#[test]
fn every_theme_has_goals() {
    let catalog = builtin();
    for theme in Theme::ALL {
        assert!(
            catalog.goals.iter().any(|g| g.themes.contains(&theme)),
            "no goal in {theme:?}"
        );
    }
}

#[test]
fn every_support_need_is_answered_by_a_goal() {
    let catalog = builtin();
    let answered: BTreeSet<SupportNeed> = catalog
        .goals
        .iter()
        .flat_map(|g| g.needs.iter().copied())
        .collect();
    for need in SupportNeed::ALL {
        assert!(answered.contains(&need), "no goal answers {need}");
    }
}

#[test]
fn every_goal_has_services() {
    let catalog = builtin();
    let searcher = polku::search::Searcher::new(&catalog);
    for (g, goal) in catalog.goals.iter().enumerate() {
        assert!(
            !searcher.services_of_goal(g).is_empty(),
            "goal {} has no services",
            goal.id
        );
    }
}

#[test]
fn all_formats_occur() {
    let catalog = builtin();
    for format in Format::ALL {
        assert!(
            catalog.services.iter().any(|s| s.formats.contains(&format)),
            "no {format:?} service"
        );
    }
}

#[test]
fn names_and_summaries_are_in_finnish_swedish_and_english() {
    let catalog = builtin();
    for goal in &catalog.goals {
        for language in ["fi", "sv", "en"] {
            assert!(
                goal.name.has(language),
                "goal {} has no {language} name",
                goal.id
            );
        }
    }
    for service in &catalog.services {
        for language in ["fi", "sv", "en"] {
            assert!(
                service.name.has(language),
                "service {} has no {language} name",
                service.id
            );
            assert!(
                service.summary.has(language),
                "service {} has no {language} summary",
                service.id
            );
        }
    }
}

#[test]
fn no_invented_personal_contacts() {
    // Phone numbers and e-mail addresses are left out rather than guessed.
    let catalog = builtin();
    for service in &catalog.services {
        if let Some(contact) = &service.contact {
            assert!(
                contact.phone.is_none() && contact.email.is_none(),
                "service {} has a phone or e-mail",
                service.id
            );
        }
    }
}

#[test]
fn the_catalogue_names_itself() {
    let catalog = builtin();
    let name = catalog.name.expect("the built-in catalogue has a name");
    assert!(name.get("en").contains("Kymenlaakso"));
}

#[test]
fn thoughts_of_not_being_alive_find_the_crisis_line_first() {
    // Said indirectly, in the client's words, in Finnish, Swedish or English: the crisis line
    // comes first, before the day activities and social work that speak of coping.
    let catalog = builtin();
    for (typed, lang) in [
        ("muut pärjäis paremmin ilman mua", "fi"),
        ("en jaksais elää", "fi"),
        ("toivon että kuolisin", "fi"),
        ("jag vill försvinna", "sv"),
        ("everyone would be better off without me", "en"),
    ] {
        let found = ids_for(&catalog, typed, lang);
        assert_eq!(
            found.first().map(String::as_str),
            Some("crisis-line-mieli"),
            "{typed}: {found:?}"
        );
    }
}

#[test]
fn nerves_and_wanting_someone_to_talk_to_do_not_bring_the_crisis_line_first() {
    // The crisis line is for a crisis: a client whose nerves make errands hard, or who is
    // anxious, needs the groups and the walk-in first.
    let catalog = builtin();
    for typed in [
        "kaupassa käynti jännittää",
        "ahdistaa",
        "masentaa",
        "yksinäinen",
    ] {
        let found = ids_for(&catalog, typed, "fi");
        assert_ne!(
            found.first().map(String::as_str),
            Some("crisis-line-mieli"),
            "{typed}: {found:?}"
        );
    }
}
