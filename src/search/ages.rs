//! A person's age as said ("14-vuotias", "yksivuotiaan", "en 15-åring", "my 8-year-old",
//! "oon 16") means the age group services are described for: babies, children, young
//! people, young adults, older people. Written as thesaurus entries, so that every inflected
//! form of the words finds them as any other phrase does.

use crate::catalog::ThesaurusEntry;

/// An age group: the ages it holds, the words services use for it, in Finnish, Swedish
/// and English, and the relatives whose age a bare number after them says (see [`CHILDREN`]
/// and [`ELDERS`]).
struct AgeGroup {
    ages: std::ops::RangeInclusive<u32>,
    means: &'static [&'static str],
    relatives: &'static Relatives,
}

/// Words for relatives, by the verb that says their age in their language.
type Relatives = [(&'static str, &'static [&'static str]); 3];

const GROUPS: [AgeGroup; 5] = [
    AgeGroup {
        ages: 0..=1,
        means: &[
            "vauva",
            "vauvaperhe",
            "lapsi",
            "lapsiperhe",
            "spädbarn",
            "barn",
            "baby",
            "child",
        ],
        relatives: &CHILDREN,
    },
    AgeGroup {
        ages: 2..=12,
        means: &[
            "lapsi",
            "lapset",
            "lapsiperhe",
            "barn",
            "barnfamilj",
            "child",
            "children",
        ],
        relatives: &CHILDREN,
    },
    AgeGroup {
        ages: 13..=17,
        means: &[
            "nuori",
            "nuoret",
            "nuoriso",
            "unga",
            "ungdomar",
            "young people",
            "youth",
        ],
        relatives: &CHILDREN,
    },
    AgeGroup {
        ages: 18..=29,
        means: &[
            "nuori aikuinen",
            "nuoret",
            "unga vuxna",
            "young adults",
            "young people",
        ],
        relatives: &CHILDREN,
    },
    AgeGroup {
        ages: 65..=105,
        means: &[
            "ikääntyneet",
            "ikäihmiset",
            "seniorit",
            "äldre",
            "seniorer",
            "older people",
            "seniors",
        ],
        relatives: &ELDERS,
    },
];

/// The Finnish number words of one to nineteen, folded as the query is ("yksi", "kaksi"), the
/// first part of an age said as one word ("kaksivuotias").
const FINNISH_NUMBERS: [&str; 19] = [
    "yksi",
    "kaksi",
    "kolme",
    "nelja",
    "viisi",
    "kuusi",
    "seitseman",
    "kahdeksan",
    "yhdeksan",
    "kymmenen",
    "yksitoista",
    "kaksitoista",
    "kolmetoista",
    "neljatoista",
    "viisitoista",
    "kuusitoista",
    "seitsemantoista",
    "kahdeksantoista",
    "yhdeksantoista",
];

/// Spoken Finnish numbers (folded) that begin an age said as one word ("kaksvuotias",
/// "kasivuotias").
const SPOKEN_NUMBERS: [(&str, u32); 9] = [
    ("kaks", 2),
    ("viis", 5),
    ("kuus", 6),
    ("seittema", 7),
    ("kaheksa", 8),
    ("kasi", 8),
    ("yheksa", 9),
    ("ysi", 9),
    ("kymppi", 10),
];

/// A bare number after "I am" says an age only of a young person: "oon 16 ja haluisin
/// kesätöitä", "jag är 22 och behöver…"; "oon ollu 30 vuotta töissä" says no age, nor does
/// "olen 70 % työkyvytön".
const BARE_AGES: std::ops::RangeInclusive<u32> = 12..=29;

/// Words for a child, by the verb that says its age in their language ("poika on 19", "min
/// son är 8", "my daughter is 15"): a parent's sentence names the age of the one who needs
/// the service.
const CHILDREN: Relatives = [
    ("on", &["poika", "tytär", "tyttö", "lapsi"]),
    ("är", &["son", "dotter", "flicka", "pojke", "barn"]),
    ("is", &["son", "daughter", "girl", "boy", "child"]),
];

/// Words for a parent or grandparent, by the verb that says their age ("äiti on 84", "pappa
/// är 90", "my dad is 78"): an adult child's sentence names the age of the one who needs the
/// service.
const ELDERS: Relatives = [
    (
        "on",
        &["isä", "äiti", "mummo", "mummi", "vaari", "ukki", "pappa"],
    ),
    (
        "är",
        &["mamma", "pappa", "mormor", "farmor", "morfar", "farfar"],
    ),
    ("is", &["father", "mother", "dad", "mum", "mom"]),
];

/// The thesaurus entries of ages, one per age group.
pub fn age_entries() -> Vec<ThesaurusEntry> {
    GROUPS
        .iter()
        .map(|group| ThesaurusEntry {
            words: group
                .ages
                .clone()
                .flat_map(|age| said_ages(age, group.relatives))
                .collect(),
            means: group.means.iter().map(|&m| m.to_owned()).collect(),
        })
        .collect()
}

/// The ways an age is said, in the three languages, of oneself and of `relatives`.
fn said_ages(age: u32, relatives: &Relatives) -> Vec<String> {
    let mut said = vec![
        format!("{age} vuotias"),
        // "20v", "17 v." as clients write it.
        format!("{age}v"),
        format!("{age} v"),
        format!("{age} vee"),
        format!("{age} åring"),
        format!("{age} år gammal"),
        format!("{age} year old"),
        format!("{age} years old"),
    ];
    if let Some(word) = age
        .checked_sub(1)
        .and_then(|i| FINNISH_NUMBERS.get(i as usize))
    {
        said.push(format!("{word}vuotias"));
    }
    for &(spoken, number) in &SPOKEN_NUMBERS {
        if number == age {
            said.push(format!("{spoken}vuotias"));
        }
    }
    if BARE_AGES.contains(&age) {
        for i_am in ["oon", "olen", "jag är", "i'm", "i am"] {
            said.push(format!("{i_am} {age}"));
        }
    }
    // A bare number after a relative is their age: a child's when young, a parent's when old.
    for (is, words) in relatives {
        said.extend(words.iter().map(|who| format!("{who} {is} {age}")));
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group_of(said: &str) -> Vec<String> {
        age_entries()
            .into_iter()
            .filter(|e| e.words.iter().any(|w| w == said))
            .flat_map(|e| e.means)
            .collect()
    }

    /// What the age entries say a typed sentence means, each meaning's words joined.
    fn sentence_means(text: &str) -> Vec<String> {
        let thesaurus = crate::search::thesaurus::Thesaurus::new(&age_entries());
        crate::search::thesaurus::tests::means(&thesaurus, text)
    }

    #[test]
    fn a_parents_sentence_says_the_age_of_the_one_who_needs_help() {
        assert!(
            sentence_means("mun poika on nyt 19 eikä tee mitään")
                .contains(&"nuori aikuinen".to_owned())
        );
        assert!(
            sentence_means("äiti on jo 86 ja kaatuili viime viikolla")
                .contains(&"ikaantyneet".to_owned())
        );
        assert!(sentence_means("my son is 8 and can't read").contains(&"children".to_owned()));
        // The client's own years of work are no age.
        assert!(sentence_means("mun isä on ollu 30 vuotta töissä").is_empty());
    }

    #[test]
    fn an_age_means_its_group() {
        assert!(group_of("1 vuotias").contains(&"vauva".to_owned()));
        assert!(group_of("kaksivuotias").contains(&"lapsi".to_owned()));
        assert!(group_of("kaksvuotias").contains(&"lapsi".to_owned()));
        assert!(group_of("14 vuotias").contains(&"nuoret".to_owned()));
        assert!(group_of("15 åring").contains(&"ungdomar".to_owned()));
        assert!(group_of("8 year old").contains(&"children".to_owned()));
        assert!(group_of("oon 16").contains(&"nuori".to_owned()));
        assert!(group_of("jag är 22").contains(&"unga vuxna".to_owned()));
        assert!(group_of("20v").contains(&"nuori aikuinen".to_owned()));
        assert!(group_of("80 vuotias").contains(&"ikääntyneet".to_owned()));
        // Middle age is every service's: it says no group.
        assert!(group_of("45 vuotias").is_empty());
        // A bare number says an age only in the teens.
        assert!(group_of("oon 30").is_empty());
        // ...or after a relative: a child's age, a parent's.
        assert!(group_of("poika on 19").contains(&"nuori aikuinen".to_owned()));
        assert!(group_of("dotter är 7").contains(&"barn".to_owned()));
        assert!(group_of("äiti on 84").contains(&"ikääntyneet".to_owned()));
        assert!(group_of("dad is 78").contains(&"older people".to_owned()));
        // A middle-aged parent, or a son of forty, says no group.
        assert!(group_of("isä on 50").is_empty());
        assert!(group_of("poika on 40").is_empty());
    }
}
