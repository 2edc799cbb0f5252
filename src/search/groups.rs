//! The groups of people a service's name says it is for ("Ikääntyneiden päivätoiminta",
//! "Vammaisten päivätoiminta", "Palkkatuki työnantajalle"). When a query names no such group,
//! the client is not known to be in it, and a service for everyone who has the need comes
//! before one for a group: a client who says "en jaksa lähteä kotoa" is first offered the
//! mental-health service, then the day activity for older people.
//!
//! Whether a typed word is itself a person of a group ("kehitysvammaisen") is `who`'s question.

use super::concepts::Concept;
use super::fold::{fold, words};
use crate::catalog::Catalog;

/// A group: the beginnings of the words a service's name names it with, and the beginnings of
/// the words that say a query is about it (folded).
struct Group {
    named_by: &'static [&'static str],
    asked_by: &'static [&'static str],
}

const GROUPS: &[Group] = &[
    // Older people.
    Group {
        named_by: &[
            "ikaantyn", "ikaihmis", "vanhus", "senior", "aldre", "elderly", "older",
        ],
        asked_by: &[
            "ikaantyn", "ikaihmis", "vanhu", "vanha", "senior", "eläke", "elake", "aldre",
            "elderly", "older", "pension",
        ],
    },
    // People with disabilities.
    Group {
        named_by: &[
            "vammais",
            "kehitysvamm",
            "funktionsned",
            "funktionshind",
            "handikapp",
            "utvecklingsstor",
            "disab",
            "intellectual",
        ],
        asked_by: &[
            "vamma",
            "vammai",
            "kehitysvamm",
            "funktionsned",
            "funktionshind",
            "handikapp",
            "utvecklingsstor",
            "disab",
            "intellectual",
            "pyoratuol",
            "rullstol",
            "wheelchair",
        ],
    },
    // Children and their families.
    Group {
        named_by: &[
            "lasten", "lapsen", "lapsi", "barn", "child", "kids", "vauva", "baby",
        ],
        asked_by: &[
            "lapsi", "lapse", "lapset", "lasten", "lapsella", "poika", "tytar", "vauva", "perhe",
            "vanhem", "barn", "familj", "son", "dotter", "child", "kid", "baby", "family",
            "parent", "daughter",
        ],
    },
    // Young people.
    Group {
        named_by: &["nuort", "nuoris", "ungdom", "unga", "youth", "young"],
        asked_by: &[
            "nuor", "teini", "murrosik", "ohjaamo", "ung", "tonar", "youth", "young", "teen",
        ],
    },
    // Immigrants.
    Group {
        named_by: &[
            "maahanmuut",
            "kotoutuj",
            "kotoutum",
            "invandr",
            "immigra",
            "paperittom",
            "papperslos",
            "undocumented",
        ],
        asked_by: &[
            "maahanmuut",
            "kotoutu",
            "suomeen",
            "suomea",
            "suomen",
            "ulkomaa",
            "pakolai",
            "turvapaik",
            "invandr",
            "flykting",
            "finska",
            "finland",
            "immigra",
            "refugee",
            "finnish",
            "integrat",
            "integration",
        ],
    },
    // Carers of someone close.
    Group {
        named_by: &[
            "omaishoi",
            "narstaendevard",
            "anhorigvard",
            "carer",
            "informal care",
        ],
        asked_by: &[
            "omais",
            "hoidan",
            "narstaende",
            "anhorig",
            "carer",
            "caring",
            "take care",
        ],
    },
    // Pupils and students.
    Group {
        named_by: &[
            "opiskelij",
            "opiskeluterv",
            "opiskeluhuol",
            "oppilas",
            "oppilai",
            "studerande",
            "studerand",
            "elev",
            "student",
            "pupil",
        ],
        asked_by: &[
            "opisk", "oppil", "koulu", "lukio", "amis", "tutkin", "stud", "elev", "skola",
            "gymnas", "school", "pupil", "student",
        ],
    },
    // Employers.
    Group {
        named_by: &["tyonantaj", "arbetsgivar", "employer"],
        asked_by: &["tyonantaj", "arbetsgivar", "employer"],
    },
    // Businesses and entrepreneurs.
    Group {
        named_by: &[
            "yritys",
            "yrityks",
            "yrittaj",
            "foretag",
            "business",
            "compan",
            "startup",
            "entrepreneur",
        ],
        asked_by: &[
            "yritys",
            "yrityks",
            "yrittaj",
            "firma",
            "toiminim",
            "foretag",
            "business",
            "compan",
            "startup",
            "entrepreneur",
            "self-employed",
        ],
    },
    // Pregnant people and those who have just given birth.
    Group {
        named_by: &[
            "raskaan",
            "raskaud",
            "raskaus",
            "synnyttan",
            "synnytyk",
            "odottav",
            "aitiys",
            "gravid",
            "pregnan",
            "postnatal",
            "expectant",
        ],
        asked_by: &[
            "raskaa",
            "raskau",
            "synny",
            "aitiys",
            "odotan",
            "odottaa",
            "odotetaa",
            "vauva",
            "neuvola",
            "gravid",
            "foda",
            "fodd",
            "pregnan",
            "expecting",
            "birth",
            "baby",
        ],
    },
    // War veterans.
    Group {
        named_by: &["veteraan", "veteran"],
        asked_by: &["veteraan", "veteran", "sota", "krig", "war"],
    },
];

/// A set of groups, one bit each.
type Mask = u16;

/// Per service, the groups its name names.
#[derive(Clone, Debug, Default)]
pub struct ServiceGroups {
    named: Vec<Mask>,
}

impl ServiceGroups {
    pub fn new(catalog: &Catalog) -> Self {
        let named = catalog
            .services
            .iter()
            .map(|service| {
                service
                    .name
                    .variants()
                    .map(|(_, name)| mask_of(&fold(name), |g| g.named_by))
                    .fold(0, |all, m| all | m)
            })
            .collect();
        Self { named }
    }

    /// Whether service number `service` is for a group the query does not name.
    pub fn for_others(&self, service: usize, asked: Mask) -> bool {
        self.named.get(service).is_some_and(|&n| n & !asked != 0)
    }
}

/// The groups a query names: by its typed words, or by what the thesaurus says they mean
/// ("isä" means ikääntyneet, "poika" lapsiperheet).
pub fn asked(concepts: &[Concept]) -> Mask {
    let mut text = String::new();
    for concept in concepts {
        for word in concept.words.iter().chain(concept.means.iter().flatten()) {
            text.push_str(word);
            text.push(' ');
        }
    }
    mask_of(&text, |g| g.asked_by)
}

fn mask_of(folded: &str, beginnings: fn(&Group) -> &'static [&'static str]) -> Mask {
    let mut mask = 0;
    for (_, word) in words(folded) {
        for (bit, group) in GROUPS.iter().enumerate() {
            if beginnings(group).iter().any(|b| word.starts_with(b)) {
                mask |= 1 << bit;
            }
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask(text: &str) -> Mask {
        mask_of(&fold(text), |g| g.named_by)
    }

    #[test]
    fn names_say_their_groups() {
        assert_ne!(mask("Ikääntyneiden päivätoiminta"), 0);
        assert_ne!(mask("Vammaisten päivätoiminta"), 0);
        assert_ne!(mask("Palkkatuki työnantajalle"), 0);
        assert_ne!(mask("Raskaana olevien fysioterapia"), 0);
        assert_ne!(mask("Synnyttäneiden fysioterapia"), 0);
        assert_eq!(mask("Fysioterapia"), 0);
        assert_eq!(mask("Mielenterveyspalvelupiste Mieppi"), 0);
        assert_eq!(mask("Sosiaalihuollon päivätoiminta"), 0);
    }

    #[test]
    fn a_service_for_a_group_the_query_names_is_not_for_others() {
        let groups = ServiceGroups {
            named: vec![mask("Ikääntyneiden päivätoiminta"), mask("Päivätoiminta")],
        };
        let said = |text: &str| {
            let concept = Concept {
                words: vec![fold(text)],
                means: Vec::new(),
                idiom: false,
                area: false,
                forms_only: false,
                guessed: false,
                rules: crate::search::word_langs::KNOWN,
                heard: Vec::new(),
                dots: Vec::new(),
                abbreviated: Vec::new(),
            };
            asked(&[concept])
        };
        assert!(groups.for_others(0, said("tekemistä")));
        assert!(!groups.for_others(0, said("vanhukselle")));
        assert!(!groups.for_others(1, said("tekemistä")));
    }
}
