//! Words that say whom a need is for ("kehitysvammaisen", "mielenterveyskuntoutujan",
//! "nuoren", "äldre", "immigrant") rather than what the need is. In a professional's list
//! ("kehitysvammaisen lyhytaikaishoito") such a word chooses among the services for the need;
//! it should not bring first the services named for the group that meet another need.
//!
//! `groups` knows the same groups by other lists, for another question: which groups a
//! service's name is for, and whether a query names one anywhere in its words or meanings
//! ("koulu" names pupils there). Here a typed word must itself be a person of the group, in its
//! inflected forms only, so the two lists are kept apart.

use super::concepts::Concept;

/// A group word: the beginning of its folded forms, and how many letters may follow that
/// beginning in them. The letters are an inflected ending ("kehitysvammai|sten"), never the
/// next part of a compound ("vammais|palvelut" names a service, not a group of people).
struct Beginning(&'static str, usize);

/// The beginnings of the words that name groups of people, in Finnish, Swedish and English.
const BEGINNINGS: &[Beginning] = &[
    // Older people.
    Beginning("ikaantyn", 6),
    Beginning("ikaihmi", 6),
    Beginning("vanhus", 4),
    Beginning("vanhuks", 6),
    Beginning("iakka", 6),
    Beginning("iakas", 0),
    Beginning("senior", 5),
    Beginning("elakelai", 6),
    Beginning("aldre", 2),
    Beginning("pensionar", 4),
    Beginning("elderly", 0),
    Beginning("older", 0),
    Beginning("pensioner", 1),
    // People with disabilities or an illness.
    Beginning("vammai", 6),
    Beginning("kehitysvammai", 6),
    Beginning("liikuntavammai", 6),
    Beginning("nakovammai", 6),
    Beginning("kuulovammai", 6),
    Beginning("puhevammai", 6),
    Beginning("muistisairaa", 6),
    Beginning("muistisairas", 0),
    Beginning("osatyokykyi", 6),
    Beginning("mielenterveyskuntoutuj", 6),
    Beginning("kuntoutuj", 6),
    Beginning("paihdekuntoutuj", 6),
    Beginning("paihdeongelmai", 6),
    Beginning("funktionsnedsatt", 2),
    Beginning("disabled", 0),
    // Children, young people and their families.
    Beginning("lapsi", 4),
    Beginning("lapse", 4),
    Beginning("lasten", 0),
    Beginning("lapsiperhe", 6),
    Beginning("vauva", 4),
    Beginning("nuori", 3),
    Beginning("nuore", 4),
    Beginning("nuort", 5),
    Beginning("teini", 5),
    Beginning("poika", 2),
    Beginning("poja", 4),
    Beginning("tytto", 3),
    Beginning("tyto", 5),
    Beginning("vanhemp", 6),
    Beginning("vanhemma", 6),
    Beginning("yksinhuoltaj", 6),
    Beginning("odottav", 6),
    Beginning("barn", 3),
    Beginning("unga", 0),
    Beginning("ungdom", 3),
    Beginning("foraldr", 4),
    Beginning("child", 3),
    Beginning("youth", 0),
    Beginning("young", 2),
    Beginning("teen", 5),
    Beginning("parent", 1),
    // Adults by their situation.
    Beginning("aikuinen", 0),
    Beginning("aikuise", 4),
    Beginning("aikuist", 5),
    Beginning("naise", 3),
    Beginning("naist", 3),
    Beginning("nainen", 0),
    Beginning("miehe", 3),
    Beginning("miest", 3),
    Beginning("mies", 0),
    Beginning("pienituloi", 6),
    Beginning("vahavarai", 6),
    Beginning("yksinasuv", 5),
    Beginning("leski", 3),
    Beginning("lesken", 0),
    Beginning("eronnu", 5),
    Beginning("vanki", 0),
    Beginning("vange", 5),
    Beginning("asunnoton", 0),
    Beginning("asunnottoma", 6),
    Beginning("asunnottomi", 6),
    // Immigrants.
    Beginning("maahanmuuttaj", 6),
    Beginning("maahanmuuttajataustai", 6),
    Beginning("pakolai", 6),
    Beginning("turvapaikanhakij", 6),
    Beginning("kotoutuj", 6),
    Beginning("invandrar", 4),
    Beginning("flykting", 3),
    Beginning("immigrant", 1),
    Beginning("refugee", 1),
    // Carers and those close to someone.
    Beginning("omaishoitaj", 6),
    Beginning("omaise", 4),
    Beginning("omaist", 4),
    Beginning("omainen", 0),
    Beginning("narstaende", 1),
    Beginning("carer", 1),
    // Pupils and students.
    Beginning("opiskelij", 6),
    Beginning("oppilas", 4),
    Beginning("oppilaa", 5),
    Beginning("oppilai", 5),
    Beginning("koululai", 6),
    Beginning("ylakoululai", 6),
    Beginning("alakoululai", 6),
    Beginning("ammattikoululai", 6),
    Beginning("lukiolai", 6),
    Beginning("amislai", 6),
    Beginning("alaikai", 6),
    Beginning("studerande", 1),
    Beginning("student", 1),
    Beginning("pupil", 1),
    // Work: the unemployed, employers, entrepreneurs, veterans.
    Beginning("tyoton", 0),
    Beginning("tyottoma", 6),
    Beginning("tyottomi", 6),
    Beginning("pitkaaikaistyoton", 0),
    Beginning("pitkaaikaistyottom", 6),
    Beginning("arbetslos", 2),
    Beginning("unemployed", 0),
    Beginning("tyonantaj", 6),
    Beginning("yrittaj", 6),
    Beginning("veteraan", 5),
    Beginning("veteran", 1),
];

/// Whether a folded word names a group of people. The state of being one ("työttömyys",
/// "asunnottomuus", "vammaisuus") is a need, not a group.
pub fn is_who_word(word: &str) -> bool {
    BEGINNINGS.iter().any(|&Beginning(start, ending)| {
        word.strip_prefix(start).is_some_and(|rest| {
            rest.len() <= ending && !rest.contains("yy") && !rest.contains("uu")
        })
    })
}

/// Whether every typed word of a concept names a group of people.
pub fn is_who(concept: &Concept) -> bool {
    !concept.area && !concept.words.is_empty() && concept.words.iter().all(|w| is_who_word(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold::fold;

    fn who(word: &str) -> bool {
        is_who_word(&fold(word))
    }

    #[test]
    fn the_groups_in_their_inflected_forms_are_who_words() {
        for word in [
            "kehitysvammaisen",
            "mielenterveyskuntoutujan",
            "ikääntyneiden",
            "nuoren",
            "työttömälle",
            "maahanmuuttajien",
            "omaishoitajan",
            "äldre",
            "invandrare",
            "immigrants",
            "yläkoululaisen",
            "lukiolaiset",
            "alaikäisen",
            "mies",
            "maahanmuuttajataustaisen",
            "pienituloiselle",
        ] {
            assert!(who(word), "{word}");
        }
    }

    #[test]
    fn needs_services_and_the_state_of_being_in_a_group_are_not() {
        for word in [
            "työttömyys",
            "työttömyysturvan",
            "asunnottomuus",
            "vammaispalvelut",
            "nuorisotyö",
            "lastensuojelu",
            "lyhytaikaishoito",
            "barnskydd",
            "childcare",
            "omaishoito",
        ] {
            assert!(!who(word), "{word}");
        }
    }
}
