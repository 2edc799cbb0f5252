//! What a query asks for, as the ranking sees it: the typed words that carry meaning (stop
//! words dropped), grouped into concepts, each with what the need thesaurus says it means.
//! Services are ranked first by how many concepts they cover.

use std::sync::LazyLock;

use super::fold::{Dots, fold};
use super::harmony::Heard;
use super::lemma;
use super::query::QueryWords;
use super::sentence_lang;
use super::spoken;
use super::thesaurus::{
    Phrase, Thesaurus, abbreviation_key, is_short_key, typed_word_keys, word_keys,
};
use super::who::is_who;
use super::word_langs::{self, Langs};
use crate::catalog::ThesaurusEntry;

/// One thing the query asks for: a typed word, or the words of a thesaurus phrase typed
/// together ("stuck at home"), and the catalogue words it means.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Concept {
    /// Typed words (folded) that a service's own text must all hold to cover it by itself.
    pub words: Vec<String>,
    /// Catalogue phrases the thesaurus gives for it.
    pub means: Vec<Phrase>,
    /// Whether it is an everyday phrase of several typed words ("ei rahaa", "stuck at home"):
    /// what the phrase means then counts more than its words one by one.
    pub idiom: bool,
    /// Whether the word names an area of the catalogue ("kotka"): it then matches only that
    /// place, in its inflected forms, never as part of another word.
    pub area: bool,
    /// Whether the word is matched only in its own forms, never as the beginning or a part of
    /// a longer word: an area's name, and a word of two letters among others ("ut" is no
    /// "utbildning", "gå" no "gain"; typed alone, it is the beginning of what is being typed).
    pub forms_only: bool,
    /// Whether `means` are guessed from a typed word the thesaurus does not hold: what the
    /// parts of a compound mean, or what the word it looks mistyped for means. The guess
    /// counts only when the catalogue does not hold the word as typed.
    pub guessed: bool,
    /// The languages whose rules may join the typed words to their other forms: the
    /// sentence's own when its little words say it (see `sentence_lang`).
    pub rules: Langs,
    /// What each of `words` says of its vowel harmony as typed (none listed: nothing).
    pub heard: Vec<Heard>,
    /// Each of `words`'s letters typed with dots or a ring (none listed: none).
    pub dots: Vec<Dots>,
    /// Which of `words` were typed as abbreviations (none listed: none): each is a word of
    /// its own ("TE" is no "terveys"), inflected as a Finnish name is ("Kelan"), never read
    /// as a Swedish or English word ("TYP" is no "type"), also in a phrase the thesaurus
    /// knows ("TE-palvelut").
    pub abbreviated: Vec<bool>,
}

/// The concepts of a query's words. A word typed as an abbreviation ("RAI") is, like an area's
/// name, matched in its own forms only (see `Concept::abbreviated`). `areas` are the
/// catalogue's folded area names;
/// `catalogue_langs` gives the languages of the texts a folded word of the catalogue is in
/// (`None`: not a word of the catalogue), `begins_a_word` whether some word of the catalogue
/// begins with a folded word.
pub fn concepts(
    query: &QueryWords,
    thesaurus: &Thesaurus,
    areas: &[AreaName],
    catalogue_langs: &dyn Fn(&str) -> Option<Langs>,
    begins_a_word: &dyn Fn(&str) -> bool,
) -> Vec<Concept> {
    let (typed, harmonies) = (&query.folded[..], &query.harmonies);
    let catalogue_word = |w: &str| catalogue_langs(w).is_some();
    let heard = |i: usize| Heard::of(&typed[i], harmonies.get(i).copied().flatten());
    let abbreviated = |i: usize| query.is_abbreviation(i);
    let dots = |i: usize| query.dots.get(i).copied().unwrap_or_default();
    let rules = sentence_lang::rule_langs(&query.plain_words());
    // A word is read as spoken Finnish ("velkoi") only when the thesaurus knows none of its
    // own forms: a word it knows means what it says.
    let keys: Vec<Vec<String>> = typed
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut own = word_keys(w);
            // A spoken past participle ("jaksanu", "väsyny") is surely the written one
            // without its t, and Finland-Swedish "int" and "sku" are "inte" and "skulle"
            // ("orkar int med jobbet"): each means what the written word means.
            let written = spoken::written_participle(w)
                .or_else(|| spoken::written_swedish(w).map(str::to_owned));
            if let Some(written) = written {
                for key in word_keys(&written) {
                    if !own.contains(&key) {
                        own.push(key);
                    }
                }
            }
            let mut keys = if thesaurus.holds_any(&own) {
                own
            } else {
                typed_word_keys(w)
            };
            // The rules the word is read by: the sentence's, but the Finnish ones for a word
            // the catalogue writes only in Swedish or English texts ("studera" is no stutter,
            // "påverka" no papers), and the English ones for a word whose ä or ö tells its
            // harmony ("päin" is no pain).
            let mut word_rules = rules;
            if catalogue_langs(w).is_some_and(|langs| !word_langs::may_be_finnish(langs)) {
                word_rules &= !word_langs::FINNISH;
            }
            if harmonies.get(i).copied().flatten().is_some() {
                word_rules &= !word_langs::ENGLISH;
            }
            keys.retain(|k| word_langs::key_of_rules(word_rules, k));
            // A word the catalogue does not hold but begins ("sosi" of "sosiaalinen") is still
            // being typed: the thesaurus meets it by itself and its longer stems, not by a
            // short stem that joins it to other short words by chance ("sota", "sossu").
            if !catalogue_word(w) && begins_a_word(w) {
                keys.retain(|k| !is_short_key(k));
            }
            if abbreviated(i) {
                keys.push(abbreviation_key(w));
            }
            keys
        })
        .collect();
    let mut hits = thesaurus.lookup(&keys, harmonies);
    // Phrases of more words that say something first, then longer ones: "ei rahaa" before
    // "raha", and "vauva ... jaksa" (two such words) before "en jaksa" (one and a stop word),
    // so that the longer phrase speaks for the words it shares with a shorter one.
    let saying = |at: &[usize]| at.iter().filter(|&&i| !query.is_stop_word(i)).count();
    hits.sort_by_key(|(at, _)| std::cmp::Reverse((saying(at), at.len())));
    let content: Vec<usize> = {
        let meaningful: Vec<usize> = (0..typed.len())
            .filter(|&i| !query.is_stop_word(i))
            .collect();
        // A query of stop words alone ("on") is still a search for them, unless they make
        // an everyday phrase ("ei oo ketään").
        let idiom = hits.iter().any(|(at, _)| at.len() > 1);
        if meaningful.is_empty() && !idiom {
            (0..typed.len()).collect()
        } else {
            meaningful
        }
    };

    // Per content word: the concept it belongs to.
    let mut owner: Vec<Option<usize>> = vec![None; typed.len()];
    let mut out: Vec<Concept> = Vec::new();
    // The typed words (stop words aside) of each phrase used so far: a phrase whose words all
    // belong to a longer one ("yksin" in "pärjää yksin kotona") says less than it, and is
    // left out.
    let mut used: Vec<Vec<usize>> = Vec::new();
    // The phrases left out so, with what they mean: the fallback of a longer phrase whose
    // meanings this catalogue does not hold.
    let mut shorter: Vec<(Vec<usize>, &[Phrase])> = Vec::new();
    // A professional's phrase of catalogue words ("omaishoitajan vapaapäivät") says what it
    // says: its words count in full, as any other words of the query. A phrase in a sentence
    // ("I feel stuck at home"), or with a word the catalogue does not hold, is an everyday one.
    let sentence = is_sentence(query);
    let everyday = |at: &[usize]| sentence || at.iter().any(|&i| !catalogue_word(&typed[i]));
    for (at, means) in hits {
        // An abbreviation the thesaurus writes in capitals ("TE", "TE-palvelut") is a name
        // whose letters are also an everyday word: it means what the thesaurus says, more
        // than its letters do ("te" is tea in Swedish).
        let named = at
            .iter()
            .any(|&i| abbreviated(i) && thesaurus.knows_abbreviation(&typed[i]));
        let idiom = named || (at.len() > 1 && everyday(&at));
        let mut own: Vec<usize> = at.iter().copied().filter(|i| content.contains(i)).collect();
        // An everyday phrase of stop words alone ("en pääse ylös") still says a need.
        if own.is_empty() && idiom {
            own = at;
        }
        if own.is_empty() {
            continue;
        }
        if used
            .iter()
            .any(|longer| longer.len() > own.len() && own.iter().all(|i| longer.contains(i)))
        {
            shorter.push((own, means));
            continue;
        }
        used.push(own.clone());
        let concept = match own.iter().find_map(|&i| owner[i]) {
            Some(existing) => existing,
            None => {
                out.push(Concept {
                    heard: own.iter().map(|&i| heard(i)).collect(),
                    dots: own.iter().map(|&i| dots(i)).collect(),
                    abbreviated: own.iter().map(|&i| abbreviated(i)).collect(),
                    words: own.iter().map(|&i| typed[i].clone()).collect(),
                    means: Vec::new(),
                    idiom,
                    area: false,
                    forms_only: false,
                    guessed: false,
                    rules,
                });
                out.len() - 1
            }
        };
        for &i in &own {
            owner[i].get_or_insert(concept);
        }
        for phrase in means {
            if !out[concept].means.contains(phrase) {
                out[concept].means.push(phrase.clone());
            }
        }
    }
    fall_back_to_shorter(&mut out, &owner, &shorter, &catalogue_word);
    for &i in &content {
        if owner[i].is_none() {
            let area = areas.iter().any(|a| a.is(&typed[i], &keys[i]));
            out.push(Concept {
                heard: vec![heard(i)],
                dots: vec![dots(i)],
                abbreviated: vec![abbreviated(i)],
                words: vec![typed[i].clone()],
                means: if area {
                    Vec::new()
                } else {
                    guessed_meanings(thesaurus, &typed[i], &catalogue_word)
                },
                idiom: false,
                area,
                forms_only: area || (content.len() > 1 && typed[i].chars().count() <= SHORT_WORD),
                guessed: !area,
                rules,
            });
        }
    }
    // In the order typed, so that results do not depend on the thesaurus's order.
    out.sort_by_key(|c| typed.iter().position(|w| c.words.first() == Some(w)));
    out
}

/// What a typed word the thesaurus does not hold may mean: what the word it looks mistyped
/// for means ("ahdistuneisuushäirön"), and what the parts of a compound mean ("kriisiapu").
/// A whole word one letter off says more than a part, so its meanings come first; a mistyped
/// compound ("ahdistuneisuus" + "häirön") has both.
fn guessed_meanings(
    thesaurus: &Thesaurus,
    word: &str,
    catalogue_word: &dyn Fn(&str) -> bool,
) -> Vec<Phrase> {
    let mut means = thesaurus.mistyped_meanings(word);
    for phrase in thesaurus.compound_meanings(word, catalogue_word) {
        if !means.contains(&phrase) {
            means.push(phrase);
        }
    }
    means
}

/// A phrase the thesaurus gives meanings that no text of this catalogue says ("betala hyran"
/// in a register without "toimeentulotuki") means what the `shorter` phrases left out beside
/// it mean too. `owner` gives each typed word's concept.
fn fall_back_to_shorter(
    out: &mut [Concept],
    owner: &[Option<usize>],
    shorter: &[(Vec<usize>, &[Phrase])],
    catalogue_word: &dyn Fn(&str) -> bool,
) {
    if shorter.is_empty() {
        return;
    }
    let holds = |phrase: &Phrase| phrase.iter().all(|w| catalogue_word(w));
    let unheld: Vec<bool> = out
        .iter()
        .map(|c| !c.means.is_empty() && !c.means.iter().any(holds))
        .collect();
    for (own, means) in shorter {
        let Some(c) = own.iter().find_map(|&i| owner[i]).filter(|&c| unheld[c]) else {
            continue;
        };
        for phrase in *means {
            if !out[c].means.contains(phrase) {
                out[c].means.push(phrase.clone());
            }
        }
    }
}

/// How much each concept counts in ranking. In a client's sentence the words the thesaurus
/// knows name the need, and the other words ("huoneessaan", "paikka", "kunnolla") are
/// context: a service that holds several of them should not come before the one that
/// answers the need. So when some concepts are needs, a plain word counts `PLAIN_SHARE` of
/// one; when none are, every concept counts alike. Words that say the need is a parent's or
/// a sibling's ("äiti", "my father"), or that the client does not know where to turn ("en
/// tiiä mitä tehdä"), are context too beside a need (see `words/context.txt`), though the
/// thesaurus gives them meanings. A professional's list ("toisen asteen opiskelijan
/// päihdeongelma") names the need too, and its other words say for whom or where: they count
/// `LIST_PLAIN_SHARE`, more than a sentence's context, so that they still choose among the
/// services for the need, but three of them do not outweigh it. A word of the list that names
/// a group of people ("opiskelijan") counts `WHO_SHARE` of what it would, beside the words
/// that say what the group needs.
pub fn weights(concepts: &[Concept], query: &QueryWords) -> Vec<f32> {
    // Only a sentence (one with stop words: "mun poika on vaan huoneessaan") has context
    // phrases; a professional's list names no parent and no "en tiiä".
    let sentence = is_sentence(query);
    let said = if sentence {
        context_words(&query.folded)
    } else {
        Vec::new()
    };
    let is_context = |c: &Concept| !c.area && c.words.iter().all(|w| said.contains(&w));
    let names_need = |c: &Concept| (!c.means.is_empty() || c.area) && !is_context(c);
    let any_need = concepts.iter().any(names_need);
    let share = if sentence {
        PLAIN_SHARE
    } else {
        LIST_PLAIN_SHARE
    };
    // In a list, a word that names the group ("kehitysvammaisen lyhytaikaishoito") says for
    // whom; the other words say what.
    let who: Vec<bool> = concepts.iter().map(is_who).collect();
    let any_what = !sentence && who.contains(&false);
    concepts
        .iter()
        .zip(&who)
        .map(|(c, &who)| {
            let weight = if !any_need || names_need(c) {
                1.0
            } else {
                share
            };
            if any_what && who {
                weight * WHO_SHARE
            } else {
                weight
            }
        })
        .collect()
}

/// Whether typed words are a sentence, as a client says it ("mun poika on vaan huoneessaan"),
/// rather than a professional's list of needs: a sentence has stop words other than the
/// words that join a list ("omaisen muistisairaus ja ensitieto", "stöd för unga"). An
/// abbreviation ("TE-palvelut") is no stop word.
fn is_sentence(query: &QueryWords) -> bool {
    (0..query.folded.len())
        .any(|i| query.is_stop_word(i) && !JOINING_WORDS.contains(&query.folded[i].as_str()))
}

/// Stop words that join the needs of a professional's list (folded), in Finnish, Swedish
/// and English.
const JOINING_WORDS: &[&str] = &[
    "ja", "tai", "seka", "och", "eller", "samt", "for", "i", "pa", "med", "av", "till", "and",
    "or", "in", "with", "of", "at", "on", "to", "from",
];

/// A word this short among others is matched only in its own forms.
const SHORT_WORD: usize = 2;

/// What a plain word of a sentence counts beside a need the thesaurus knows.
const PLAIN_SHARE: f32 = 0.4;

/// What a word of a professional's list that names a group of people counts beside the words
/// of what the group needs: a service named for the group ("Kehitysvammaisten työtoiminta")
/// should not come before the one for the need that says it is for the group too. Measured
/// over the development and held-out sets: 0.6 best of 0.3 to 0.85 (professional queries up
/// by 0.006 / 0.011 in R@5 / MRR over the Helsinki register, 0 / 0.012 over PTV's, the rest
/// the same).
const WHO_SHARE: f32 = 0.6;

/// What a plain word of a professional's list counts beside a need the thesaurus knows
/// (measured: 0.5 to 0.85 all do better than 1.0 on queries not tuned on, 0.75 best).
const LIST_PLAIN_SHARE: f32 = 0.75;

/// A typed word this short may be joined to a context phrase's word by a short stem.
const SHORT_CONTEXT_WORD: usize = 5;

/// The context phrases of `words/context.txt`, and ages as said ("8-vuotias", "oon 16"),
/// read as a thesaurus of no meanings so that their inflected forms are found as a need's
/// are. An age tells whom the need is for, and beside a need it counts as context: "8-vuotias
/// on vaikeavammainen ja tarviisin hengähdystauon" asks for respite, not for any child's
/// service.
static CONTEXT: LazyLock<Thesaurus> = LazyLock::new(|| {
    let words = include_str!("words/context.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .chain(super::ages::age_entries().into_iter().flat_map(|e| e.words))
        .collect();
    Thesaurus::new(&[ThesaurusEntry {
        words,
        means: Vec::new(),
    }])
});

/// Reads the context phrases and ages now: a searcher does it as it is made, so that the first
/// sentence typed does not wait for them (some two thousand phrases, a few milliseconds).
pub fn prepare_context() {
    LazyLock::force(&CONTEXT);
}

/// The typed words that belong to a context phrase typed whole. A long word is joined to a
/// phrase's word only by the word itself or a stem of four letters or more, so that
/// "mihinkään" is not read as "mihin".
fn context_words(typed: &[String]) -> Vec<&String> {
    let keys: Vec<Vec<String>> = typed
        .iter()
        .map(|w| {
            let short = w.chars().count() <= SHORT_CONTEXT_WORD;
            let mut keys = typed_word_keys(w);
            keys.retain(|k| short || k.starts_with('=') || k.chars().count() > 4);
            keys
        })
        .collect();
    let mut said: Vec<&String> = CONTEXT
        .lookup(&keys, &[])
        .into_iter()
        .flat_map(|(at, _)| at)
        .map(|i| &typed[i])
        .collect();
    said.dedup();
    said
}

/// An area of the catalogue, folded, with its keys (so that "kotkassa" is Kotka).
#[derive(Clone, Debug)]
pub struct AreaName {
    name: String,
    keys: Vec<String>,
}

impl AreaName {
    pub fn new(area: &str) -> Self {
        let name = fold(area);
        let keys = lemma::keys(&name)
            .into_iter()
            .filter(|k| k.starts_with('f') && k.len() > 4)
            .collect();
        Self { name, keys }
    }

    fn is(&self, word: &str, word_keys: &[String]) -> bool {
        word == self.name || word_keys.iter().any(|k| self.keys.contains(k))
    }
}

#[cfg(test)]
mod tests;
