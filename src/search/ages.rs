//! A person's age as said ("14-vuotias", "yksivuotiaan", "en 15-åring", "my 8-year-old",
//! "oon 16") means the age group services are described for: babies, children, young
//! people, young adults, older people. Written as thesaurus entries, so that every inflected
//! form of the words finds them as any other phrase does.

use crate::catalog::ThesaurusEntry;

/// An age group: the ages it holds and the words services use for it, in Finnish, Swedish
/// and English.
struct AgeGroup {
    ages: std::ops::RangeInclusive<u32>,
    means: &'static [&'static str],
}

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

/// The thesaurus entries of ages, one per age group.
pub fn age_entries() -> Vec<ThesaurusEntry> {
    GROUPS
        .iter()
        .map(|group| ThesaurusEntry {
            words: group.ages.clone().flat_map(said_ages).collect(),
            means: group.means.iter().map(|&m| m.to_owned()).collect(),
        })
        .collect()
}

/// The ways an age is said, in the three languages.
fn said_ages(age: u32) -> Vec<String> {
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
    }
}
