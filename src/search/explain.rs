//! Why a service was found: which typed word (or phrase) matched which word of the service, in
//! which field, directly or through what the need thesaurus says it means ("ulosottoja" →
//! velka → velkaneuvonta). Worked out from the same matching the ranking uses (the catalogue
//! words each concept of the query matches, see `Scorer::matched_tokens`), so that what the
//! screen highlights and says is what the ranking counted, never a second guess at it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use serde::Serialize;

use super::concepts::Concept;
use super::fold::{fold, fold_with_origin, origin_span, words};
pub use super::index::Place;
use super::index::{Field, SearchIndex, service_texts};
use super::scoring::{How, Scorer, TYPO_QUALITY, said_words};
use super::thesaurus::{Thesaurus, is_stop_word};
use crate::catalog::{Catalog, Service};
use crate::hash::Fx;

/// One thing the query asked for, and the words of the service that answer it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Match {
    /// The typed word, or the words of a phrase typed together, folded.
    pub typed: String,
    /// What the need thesaurus says the typed words mean, when the service was found through
    /// that, as the thesaurus writes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meaning: Option<String>,
    /// The service's words that matched, as the service writes them: one per word of the typed
    /// phrase or meaning, two for a compound found as its parts.
    pub words: Vec<String>,
    /// The most telling place those words are in.
    pub place: Place,
}

/// Why one service was found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Explanation {
    /// One per concept of the query the service covers, in the order typed.
    pub matches: Vec<Match>,
    /// Every folded word of the service that the query matched, in any of its texts (what
    /// `highlights` lights).
    pub matched_words: Vec<String>,
}

impl Explanation {
    /// Sorted, distinct character indices of `text` (as shown) that belong to a word the query
    /// matched: whole words, since the ranking matches whole words.
    pub fn highlights(&self, text: &str) -> Vec<usize> {
        if self.matched_words.is_empty() {
            return Vec::new();
        }
        let folded = fold_with_origin(text);
        let mut out = Vec::new();
        for (start, word) in words(&folded.text) {
            if self.matched_words.iter().any(|m| m == word) {
                let end = start + word.chars().count();
                out.extend(folded.origin[start..end].iter().copied());
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Catalogue words (token numbers) with the quality of each match, as `matched_tokens` gives.
type Hits = Vec<(u32, u16)>;

/// What one concept of a query matches in the catalogue: worked out once per query, then
/// looked up for every service shown.
#[derive(Clone, Debug)]
pub struct ConceptWords {
    typed: String,
    idiom: bool,
    /// Per typed word, what it matches itself.
    own: Vec<OwnWord>,
    /// Per thesaurus meaning: the meaning, and what each of its words matches.
    meanings: Vec<(String, Vec<Hits>)>,
}

#[derive(Clone, Debug)]
enum OwnWord {
    Whole(Hits),
    /// A compound the catalogue does not hold, matched as two of its words, as the ranking
    /// splits it.
    Parts(Hits, Hits),
    /// A compound no service holds both parts of, and that matches nothing else: matched as
    /// either part, as the ranking finds it.
    Either(Hits, Hits),
}

impl ConceptWords {
    pub fn new(scorer: &Scorer, concept: &Concept) -> Self {
        let own = concept
            .words
            .iter()
            .enumerate()
            .map(|(at, word)| {
                let how = How::of_typed(concept, at);
                let whole = scorer.matched_tokens(word, how);
                if how.typed()
                    && whole.iter().all(|&(_, q)| q <= TYPO_QUALITY)
                    && let Some(parts) = compound_parts(scorer, word, whole.is_empty())
                {
                    return parts;
                }
                OwnWord::Whole(whole)
            })
            .collect();
        let meanings = concept
            .means
            .iter()
            .map(|phrase| {
                let hits = said_words(phrase)
                    .iter()
                    .map(|w| scorer.matched_tokens(w, How::Meaning))
                    .collect();
                (phrase.join(" "), hits)
            })
            .collect();
        Self {
            typed: concept.words.join(" "),
            idiom: concept.idiom,
            own,
            meanings,
        }
    }
}

/// The split of a typed compound the ranking scores: the first, longest first part first,
/// whose two parts are held by one service; or, for a word that matches nothing else
/// (`alone`), the first whose parts are both catalogue words, each part on its own.
fn compound_parts(scorer: &Scorer, word: &str, alone: bool) -> Option<OwnWord> {
    let index = scorer.index;
    let mut first_split = None;
    for (head, tail) in scorer.compound_splits(word) {
        let head = scorer.matched_tokens(head, How::Meaning);
        let tail = scorer.matched_tokens(tail, How::Meaning);
        let holders = services_holding(index, &head);
        if services_holding(index, &tail)
            .iter()
            .zip(&holders)
            .any(|(a, b)| *a && *b)
        {
            return Some(OwnWord::Parts(head, tail));
        }
        first_split.get_or_insert((head, tail));
    }
    first_split
        .filter(|_| alone)
        .map(|(head, tail)| OwnWord::Either(head, tail))
}

/// Per service: whether its own text or one of its goals holds one of the words.
fn services_holding(index: &SearchIndex, hits: &Hits) -> Vec<bool> {
    let mut held = vec![false; index.service_count];
    for &(token, _) in hits {
        for posting in &index.service_postings[token as usize] {
            held[posting.item as usize] = true;
        }
        for posting in &index.goal_postings[token as usize] {
            if posting.weight >= Field::Keyword.weight() {
                for &s in &index.goal_services[posting.item as usize] {
                    held[s as usize] = true;
                }
            }
        }
    }
    held
}

/// What the concepts of the last query match: worked out when first needed (to explain a
/// service shown, or to break a tie), never for a search that needs neither, and kept while the
/// concept is still typed (while typing, only the last word's concept is new).
#[derive(Default)]
pub struct Prepared {
    concepts: RefCell<HashMap<Concept, Arc<Worked>>>,
    /// The words of the services explained lately, by service number: the rows a screen
    /// shows change little from one keystroke to the next, and reading a service's texts is
    /// most of the work of explaining it.
    services: RefCell<HashMap<usize, Arc<ServiceWords>, Fx>>,
}

/// One concept, and what it matches, each worked out when first asked for.
pub struct Worked {
    concept: Concept,
    words: OnceLock<ConceptWords>,
    sure: OnceLock<Vec<u32>>,
}

impl Worked {
    /// Every catalogue word the concept matches, as the ranking matches it.
    pub fn words(&self, scorer: &Scorer) -> &ConceptWords {
        self.words
            .get_or_init(|| ConceptWords::new(scorer, &self.concept))
    }

    /// The catalogue words the concept matches by their forms and beginnings and through the
    /// thesaurus, sorted: what breaks ties on every keystroke (see `ties`). Typos and scattered
    /// letters are left to the ranking, which looks at every word of the catalogue for them:
    /// doing that twice would double the work of a keystroke.
    pub fn sure_tokens(&self, scorer: &Scorer) -> &[u32] {
        self.sure.get_or_init(|| {
            let typed = self.concept.words.iter().enumerate().map(|(i, w)| {
                let how = match How::of_typed(&self.concept, i) {
                    How::Typed(..) => How::Meaning,
                    forms => forms,
                };
                (w, how)
            });
            // A meaning's joining words ("ja") are in nearly every name: they break no tie.
            let meant: Vec<String> = self
                .concept
                .means
                .iter()
                .flat_map(|phrase| said_words(phrase).into_owned())
                .collect();
            let mut tokens: Vec<u32> = typed
                .chain(meant.iter().map(|w| (w, How::Meaning)))
                .flat_map(|(w, how)| scorer.matched_tokens(w, how))
                .map(|(t, _)| t)
                .collect();
            tokens.sort_unstable();
            tokens.dedup();
            tokens
        })
    }
}

impl Prepared {
    /// Forgets concepts no longer typed.
    pub fn retain(&mut self, wanted: &[Concept]) {
        self.concepts.get_mut().retain(|c, _| wanted.contains(c));
    }

    /// The words of service number `service` (`record`), as `ServiceWords::new` reads them.
    fn service_words(
        &self,
        index: &SearchIndex,
        catalog: &Catalog,
        service: usize,
        record: &Service,
        language: &str,
    ) -> Arc<ServiceWords> {
        let kept = self.services.borrow().get(&service).cloned();
        if let Some(words) = kept.filter(|w| w.language == language) {
            return words;
        }
        let words = Arc::new(ServiceWords::new(index, catalog, record, language));
        let mut kept = self.services.borrow_mut();
        if kept.len() >= SERVICES_KEPT {
            kept.clear();
        }
        kept.insert(service, Arc::clone(&words));
        words
    }

    /// The concept, kept with what it matches once that is worked out.
    pub fn get(&self, concept: &Concept) -> Arc<Worked> {
        if let Some(worked) = self.concepts.borrow().get(concept) {
            return Arc::clone(worked);
        }
        let worked = Arc::new(Worked {
            concept: concept.clone(),
            words: OnceLock::new(),
            sure: OnceLock::new(),
        });
        self.concepts
            .borrow_mut()
            .insert(concept.clone(), Arc::clone(&worked));
        worked
    }
}

/// At most this many services' words are kept (a few screens of rows).
const SERVICES_KEPT: usize = 256;

/// Why `service` (an index into `Catalog::services`) was found by the concepts `wanted`,
/// with the service's words as written in `language` where it has them.
pub fn explain(
    scorer: &Scorer,
    prepared: &Prepared,
    thesaurus: &Thesaurus,
    catalog: &Catalog,
    wanted: &[Concept],
    language: &str,
    service: usize,
) -> Explanation {
    let Some(record) = catalog.services.get(service) else {
        return Explanation::default();
    };
    let held = prepared.service_words(scorer.index, catalog, service, record, language);
    let mut explanation = Explanation::default();
    for concept in wanted {
        let worked = prepared.get(concept);
        let words = worked.words(scorer);
        let Some((found, all)) = explain_concept(words, &held) else {
            continue;
        };
        for token in all {
            let text = &scorer.index.tokens[token as usize].text;
            // The little words of a meaning ("ja" of "talous- ja velkaneuvonta") are in almost
            // every text: they say nothing of why, so they are not lit unless typed.
            let typed = concept.words.iter().any(|w| **w == **text);
            if is_stop_word(text) && !typed {
                continue;
            }
            if !explanation.matched_words.iter().any(|w| **w == **text) {
                explanation.matched_words.push(text.to_string());
            }
        }
        explanation.matches.push(Match {
            typed: found.typed.clone().unwrap_or_else(|| words.typed.clone()),
            meaning: found.meaning.map(|m| thesaurus.spelled(&m)),
            words: found
                .tokens
                .iter()
                .map(|&(token, _)| {
                    let folded = &scorer.index.tokens[token as usize].text;
                    written(catalog, record, language, token, folded, &held)
                })
                .collect(),
            place: found.place,
        });
    }
    explanation
}

/// The words of one source (the typed words, or one meaning) found in a service.
struct Found {
    meaning: Option<String>,
    /// The typed words found, where the service holds only some of a phrase's.
    typed: Option<String>,
    /// The best token for each word, with where it is.
    tokens: Vec<(u32, Place)>,
    place: Place,
    quality: u32,
    /// How many of `tokens` are not in the name or summary as shown.
    hidden: u32,
}

/// How a service answers one concept: the source shown (the typed words themselves when the
/// service holds them, else the meaning held in the most telling place, and the other way
/// round for an everyday phrase, as the ranking weighs them) and every word of the service that
/// a source it holds matched.
fn explain_concept(words: &ConceptWords, held: &ServiceWords) -> Option<(Found, Vec<u32>)> {
    let own = own_found(&words.own, &words.typed, held);
    let mut lit: Vec<u32> = Vec::new();
    if own.is_some() {
        for word in &words.own {
            match word {
                OwnWord::Whole(hits) => lit.extend(held.tokens(hits)),
                OwnWord::Parts(head, tail) | OwnWord::Either(head, tail) => {
                    lit.extend(held.tokens(head));
                    lit.extend(held.tokens(tail));
                }
            }
        }
    }
    let mut meant: Vec<Found> = Vec::new();
    for (meaning, hits) in &words.meanings {
        if let Some(mut found) = phrase_found(hits.iter().map(|h| vec![h]), held) {
            found.meaning = Some(meaning.clone());
            meant.push(found);
            lit.extend(hits.iter().flat_map(|h| held.tokens(h)));
        }
    }
    lit.sort_unstable();
    lit.dedup();
    // Of meanings held in equally telling places, the one the professional sees written in
    // the language on screen: "urasuunnittelu" on a Finnish screen, not "career guidance".
    let best_meaning = meant
        .into_iter()
        .min_by_key(|f| (f.place, f.hidden, std::cmp::Reverse(f.quality)));
    let shown = if words.idiom {
        best_meaning.or(own)
    } else {
        own.or(best_meaning)
    }?;
    Some((shown, lit))
}

/// The typed words of a concept that the service holds, each by itself or as its parts: a
/// service that holds some of a phrase's words is found by them, as the ranking counts them.
fn own_found(own: &[OwnWord], typed: &str, held: &ServiceWords) -> Option<Found> {
    let mut all: Option<Found> = None;
    let mut said: Vec<&str> = Vec::new();
    for (word, typed) in own.iter().zip(typed.split(' ')) {
        let found = match word {
            OwnWord::Whole(hits) => phrase_found(std::iter::once(vec![hits]), held),
            OwnWord::Parts(head, tail) => phrase_found(std::iter::once(vec![head, tail]), held),
            OwnWord::Either(head, tail) => phrase_found(std::iter::once(vec![head]), held)
                .or_else(|| phrase_found(std::iter::once(vec![tail]), held)),
        };
        let Some(found) = found else {
            continue;
        };
        said.push(typed);
        match &mut all {
            None => all = Some(found),
            Some(all) => {
                all.tokens.extend(found.tokens);
                all.place = all.place.min(found.place);
                all.quality += found.quality;
                all.hidden += found.hidden;
            }
        }
    }
    all.map(|mut found| {
        found.typed = Some(said.join(" "));
        found
    })
}

/// A phrase is found when the service holds every one of its words (each word being one or,
/// for a compound's parts, two lists of catalogue words that must all be held).
fn phrase_found<'a>(
    phrase: impl Iterator<Item = Vec<&'a Hits>>,
    held: &ServiceWords,
) -> Option<Found> {
    let mut found = Found {
        meaning: None,
        typed: None,
        tokens: Vec::new(),
        place: Place::Goal,
        quality: 0,
        hidden: 0,
    };
    for word in phrase {
        for hits in word {
            let (token, place, quality) = held.best(hits)?;
            found.tokens.push((token, place));
            found.place = found.place.min(place);
            found.quality += u32::from(quality);
            found.hidden += u32::from(held.shown.binary_search(&token).is_err());
        }
    }
    (!found.tokens.is_empty()).then_some(found)
}

/// The catalogue words of one service, each with the most telling place it is in, and the
/// words of its name as shown (in the interface language).
struct ServiceWords {
    /// Per word: the most telling place it is in, and the first of `texts` that holds it
    /// there.
    held: HashMap<u32, (Place, usize), Fx>,
    shown_name: Vec<u32>,
    /// The words of the name and the summary as shown.
    shown: Vec<u32>,
    /// The interface language the shown name and summary are in.
    language: String,
    /// Every text of `texts`, folded, in its order.
    folded: Vec<String>,
    /// The name and summary as shown, folded.
    name: String,
    summary: String,
}

impl ServiceWords {
    /// Reads the service's texts as the index reads them, and the names and keywords of its
    /// goals (which the index passes on to the goal's services).
    fn new(index: &SearchIndex, catalog: &Catalog, service: &Service, language: &str) -> Self {
        let mut held: HashMap<u32, (Place, usize), Fx> =
            HashMap::with_capacity_and_hasher(256, Fx::default());
        let texts = texts(catalog, service);
        let mut all_folded = Vec::with_capacity(texts.len());
        for (i, (text, place)) in texts.into_iter().enumerate() {
            let folded = fold(text);
            for (_, word) in words(&folded) {
                if let Some(token) = index.token_id(word) {
                    let slot = held.entry(token).or_insert((place, i));
                    if place < slot.0 {
                        *slot = (place, i);
                    }
                }
            }
            all_folded.push(folded);
        }
        let name = fold(service.name.get(language));
        let shown_name: Vec<u32> = words(&name)
            .filter_map(|(_, w)| index.token_id(w))
            .collect();
        let summary = fold(service.summary.get(language));
        let mut shown: Vec<u32> = shown_name.clone();
        shown.extend(words(&summary).filter_map(|(_, w)| index.token_id(w)));
        shown.sort_unstable();
        shown.dedup();
        Self {
            held,
            shown_name,
            shown,
            language: language.to_owned(),
            folded: all_folded,
            name,
            summary,
        }
    }

    /// The words of `hits` the service holds.
    fn tokens<'a>(&'a self, hits: &'a Hits) -> impl Iterator<Item = u32> + 'a {
        hits.iter()
            .map(|&(token, _)| token)
            .filter(|token| self.held.contains_key(token))
    }

    /// Of `hits`, the word the service holds in the most telling place (of its names, the
    /// one shown first), best match first.
    fn best(&self, hits: &Hits) -> Option<(u32, Place, u16)> {
        hits.iter()
            .filter_map(|&(token, quality)| Some((token, self.held.get(&token)?.0, quality)))
            .min_by_key(|&(token, place, quality)| {
                let hidden = !self.shown_name.contains(&token);
                (place, hidden, std::cmp::Reverse(quality), token)
            })
    }
}

/// Every text the index reads for a service, with its place: the service's own, then its
/// goals' names and keywords.
fn texts<'a>(catalog: &'a Catalog, service: &'a Service) -> Vec<(&'a str, Place)> {
    let mut out: Vec<(&str, Place)> = service_texts(service).collect();
    for goal in service.goals.iter().filter_map(|g| catalog.goal(g)) {
        out.extend(goal.name.variants().map(|(_, t)| (t, Place::Goal)));
        out.extend(goal.keywords.iter().map(|k| (k.as_str(), Place::Goal)));
    }
    out
}

/// A folded catalogue word (`token`) as the service writes it where it is most telling, in
/// `language` where it can: "velkaneuvonta" for velkaneuvonta, "Kotkassa" for kotkassa.
fn written(
    catalog: &Catalog,
    service: &Service,
    language: &str,
    token: u32,
    folded: &str,
    held: &ServiceWords,
) -> String {
    // The text in the interface language first: the name as shown rather than its Swedish;
    // then the first text that holds the word in its most telling place.
    let shown = [
        (service.name.get(language), held.name.as_str()),
        (service.summary.get(language), held.summary.as_str()),
    ];
    let texts = texts(catalog, service);
    let first = held
        .held
        .get(&token)
        .and_then(|&(_, i)| Some((texts.get(i)?.0, held.folded.get(i)?.as_str())));
    for (text, plain) in shown.into_iter().chain(first) {
        if let Some((start, word)) = words(plain).find(|&(_, word)| word == folded) {
            let end = start + word.chars().count();
            if let Some((from, to)) = origin_span(text, start, end) {
                return text.chars().skip(from).take(to + 1 - from).collect();
            }
        }
    }
    folded.to_owned()
}

#[cfg(test)]
mod tests;
