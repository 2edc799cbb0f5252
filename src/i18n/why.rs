//! The words for why a service was found, per language. Adding a field makes the compiler ask
//! for it in all three languages.

use crate::search::suggest::as_typed;
use crate::search::{Explanation, Match, Place, fold, words};

pub struct WhyStrings {
    /// Before what the query matched in the selected service ("osui: velat → velkaneuvonta").
    pub matched: &'static str,
    /// The name, in another language than the one shown.
    pub name: &'static str,
    pub keyword: &'static str,
    pub summary: &'static str,
    pub provider: &'static str,
    pub area: &'static str,
    pub description: &'static str,
    pub goal: &'static str,
}

impl WhyStrings {
    /// Where a word was found, for saying so after it; nothing for the name (see `line`).
    pub fn place(&self, place: Place) -> Option<&'static str> {
        Some(match place {
            Place::Name => return None,
            Place::Keyword => self.keyword,
            Place::Summary => self.summary,
            Place::Provider => self.provider,
            Place::Area => self.area,
            Place::Description => self.description,
            Place::Goal => self.goal,
        })
    }
}

pub static FI: WhyStrings = WhyStrings {
    matched: "osui:",
    name: "nimi",
    keyword: "asiasana",
    summary: "tiivistelmä",
    provider: "järjestäjä",
    area: "alue",
    description: "kuvaus",
    goal: "tavoite",
};

pub static SV: WhyStrings = WhyStrings {
    matched: "träff:",
    name: "namn",
    keyword: "nyckelord",
    summary: "sammanfattning",
    provider: "anordnare",
    area: "område",
    description: "beskrivning",
    goal: "mål",
};

pub static EN: WhyStrings = WhyStrings {
    matched: "matched:",
    name: "name",
    keyword: "keyword",
    summary: "summary",
    provider: "provider",
    area: "area",
    description: "description",
    goal: "goal",
};

impl WhyStrings {
    /// One line saying what the query matched in a service ("osui: ulosottoja → velka →
    /// velkaneuvonta, kotka → Kotkassa (alue)"), with the words as `typed`, cut to `width`
    /// characters; nothing when nothing matched. Where a word is is said unless it is lit in
    /// `name`, the name as shown.
    pub fn line(&self, why: &Explanation, typed: &str, name: &str, width: usize) -> Option<String> {
        if why.matches.is_empty() {
            return None;
        }
        let name = fold(name);
        let chains: Vec<String> = why
            .matches
            .iter()
            .map(|m| self.chain(m, typed, &name))
            .collect();
        Some(clip(
            &format!("{} {}", self.matched, chains.join(", ")),
            width,
        ))
    }

    /// typed → meaning → the service's words (place), each step only where it says
    /// something new.
    fn chain(&self, m: &Match, typed: &str, name: &str) -> String {
        let mut steps: Vec<String> = vec![as_typed(typed, &m.typed)];
        // A phrase's words as one step ("meeting place"), unless they are apart in the
        // service ("peer + support").
        let same = |a: &str, b: &str| fold(a) == fold(b);
        let together = m.words.join(" ");
        let apart = m.words.join(" + ");
        match &m.meaning {
            Some(meaning) if same(meaning, &together) => steps.push(meaning.clone()),
            Some(meaning) => steps.extend([meaning.clone(), apart]),
            None if same(&steps[0], &together) => {}
            None => steps.push(apart),
        }
        let mut text = steps.join(" → ");
        let lit = m.place == Place::Name
            && m.words.iter().all(|w| {
                let w = fold(w);
                words(name).any(|(_, n)| n == w)
            });
        let place = if lit {
            None
        } else {
            Some(self.place(m.place).unwrap_or(self.name))
        };
        if let Some(place) = place {
            text.push_str(&format!(" ({place})"));
        }
        text
    }
}

/// `text` in at most `width` characters: when cut, at a space near the end where there is
/// one, so that no word is left half, and with an ellipsis.
fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let kept: String = text.chars().take(width.saturating_sub(1)).collect();
    let cut = match kept.rfind(' ') {
        Some(at) if kept[..at].chars().count() + 12 >= kept.chars().count() => &kept[..at],
        _ => &kept[..],
    };
    format!("{}…", cut.trim_end_matches([',', ' ', '→']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(typed: &str, meaning: Option<&str>, words: &[&str], place: Place) -> Match {
        Match {
            typed: typed.to_owned(),
            meaning: meaning.map(str::to_owned),
            words: words.iter().map(|w| (*w).to_owned()).collect(),
            place,
        }
    }

    #[test]
    fn the_line_says_what_matched_in_each_language() {
        let why = Explanation {
            matches: vec![
                matched("ulosottoja", Some("velka"), &["velkaneuvonta"], Place::Name),
                matched("kotkassa", None, &["Kotka"], Place::Area),
            ],
            ..Explanation::default()
        };
        let typed = "mul on ulosottoja Kotkassa";
        assert_eq!(
            FI.line(&why, typed, "Talous- ja velkaneuvonta", 80)
                .unwrap(),
            "osui: ulosottoja → velka → velkaneuvonta, Kotkassa → Kotka (alue)"
        );
        assert!(
            SV.line(&why, typed, "Talous- ja velkaneuvonta", 80)
                .unwrap()
                .starts_with("träff: ulosottoja")
        );
        assert!(
            EN.line(&why, typed, "Debt advice", 80)
                .unwrap()
                .ends_with("(area)")
        );
        assert_eq!(FI.line(&Explanation::default(), typed, "", 80), None);
    }

    #[test]
    fn steps_that_say_nothing_new_are_left_out() {
        let why = Explanation {
            matches: vec![matched("velka", None, &["Velka"], Place::Name)],
            ..Explanation::default()
        };
        assert_eq!(
            FI.line(&why, "velka", "Velka-apu", 80).unwrap(),
            "osui: velka"
        );
        let why = Explanation {
            matches: vec![matched(
                "ulosotto",
                Some("velkaneuvonta"),
                &["velkaneuvonta"],
                Place::Description,
            )],
            ..Explanation::default()
        };
        assert_eq!(
            EN.line(&why, "ulosotto", "Debt advice", 80).unwrap(),
            "matched: ulosotto → velkaneuvonta (description)"
        );
    }

    #[test]
    fn a_phrase_found_whole_is_said_once() {
        let why = Explanation {
            matches: vec![matched(
                "stuck home",
                Some("meeting place"),
                &["meeting", "place"],
                Place::Name,
            )],
            ..Explanation::default()
        };
        let line = EN.line(&why, "I feel stuck at home", "Drop-in meeting place", 80);
        assert_eq!(line.unwrap(), "matched: stuck at home → meeting place");
    }

    #[test]
    fn a_long_line_is_cut_between_words() {
        let why = Explanation {
            matches: vec![
                matched(
                    "mielenterveys",
                    None,
                    &["mielenterveyskuntoutujille"],
                    Place::Summary,
                ),
                matched("kotka", None, &["Kotkassa"], Place::Name),
            ],
            ..Explanation::default()
        };
        let line = FI
            .line(&why, "mielenterveys kotka", "Kotkassa", 38)
            .unwrap();
        assert!(line.chars().count() <= 38, "{line}");
        assert!(
            line.ends_with('…') && line.starts_with("osui: mielenterveys →"),
            "{line}"
        );
    }
}
