//! The search index: every distinct folded word of the catalogue (in all languages), and for
//! each word the services and goals that contain it with the weight of the field it is in.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::fold::{Dots, fold_into};
use super::harmony::{self, Written};
use super::keyed::KeyIndex;
use super::matcher::{Term, initial_quality, letter_mask};
use super::postings::Postings;
use super::sequences::{self, Sequences};
use super::word_langs::{self, Langs};
use crate::catalog::{Catalog, Id, Service, Text};
use crate::hash::Fx;
use word_ids::WordIds;

mod letters;
mod word_ids;

pub use letters::Letters;

/// How much a hit counts, by where it is. A service's name and its goals' names count most,
/// then keywords, then summary and provider, then the longer texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Keyword,
    Summary,
    Provider,
    Description,
}

impl Field {
    pub fn weight(self) -> u8 {
        match self {
            Field::Name => 8,
            Field::Keyword => 6,
            Field::Summary | Field::Provider => 4,
            Field::Description => 3,
        }
    }
}

/// The most services or goals one index can hold: far more than any catalogue.
pub const MAX_ITEMS: usize = (1 << 28) - 1;

/// A service with a word that begins with a letter (see `SearchIndex::initial`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Initial {
    pub service: u32,
    /// The best field weight times match quality a one-letter query finds in it.
    pub score: u16,
}

/// One distinct word of the catalogue.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Token {
    pub text: Box<str>,
    pub mask: u64,
    /// Held in four bytes, so that a token with its languages fits in 32: every keystroke
    /// reads through all of them.
    pub chars: u32,
    /// The languages of the texts the word occurs in (see `word_langs`).
    pub langs: Langs,
    /// The vowel harmonies the word is written in before folding (see `harmony`).
    pub harmonies: Written,
    /// Its letters written with dots or a ring in some text (see [`Dots`]).
    pub dots: Dots,
}

impl Token {
    pub fn term(&self) -> Term<'_> {
        Term {
            text: &self.text,
            mask: self.mask,
            chars: self.chars as usize,
        }
    }
}

/// Stored as it is in the cache folder (see `cache`), but for the word lookup, which is quicker
/// to make again from the tokens than to read: [`SearchIndex::relink`] makes it.
#[derive(Default, Serialize, Deserialize)]
pub struct SearchIndex {
    pub tokens: Vec<Token>,
    /// Token number by text.
    #[serde(skip)]
    lookup: WordIds,
    /// The lemma keys of the tokens: the tokens that are forms of a typed word are found by
    /// its keys without looking at every token. Stored apart from the rest (see
    /// [`SearchIndex::key_index`]), as one block of bytes.
    #[serde(skip)]
    keys: KeyIndex,
    /// The tokens in the names, keywords or descriptions of goals, ascending: made again from
    /// the postings (see [`SearchIndex::relink`]).
    #[serde(skip)]
    goal_words: Vec<u32>,
    /// What the scan for a typed word reads first (see `letters`).
    #[serde(skip)]
    letters: Letters,
    /// Token numbers in the order of their text, for finding every word that begins so.
    by_text: Vec<u32>,
    /// Per token: the services whose own text holds it.
    pub service_postings: Vec<Postings>,
    /// Per token: the goals whose name or keywords hold it (these pass on to the goal's
    /// services), then whose description holds it (these only find the goal).
    pub goal_postings: Vec<Postings>,
    /// Per goal: the services that serve it.
    pub goal_services: Vec<Vec<u32>>,
    pub service_count: usize,
    /// Per first letter of the catalogue's words (ascending): every service with a word that
    /// begins with it, and the best a one-letter query finds there (field weight times match
    /// quality). A first keystroke reaches most of the catalogue; reading one list in service
    /// order is much quicker than joining the postings of thousands of words.
    initials: Vec<(char, Vec<Initial>)>,
    /// The words of the services' names (all languages), each name's distinct token numbers
    /// ascending, one service after another; `name_ends[s]` is where service `s`'s words end.
    /// Breaking ties by a hit in the name reads these, not the names' text.
    name_tokens: Vec<u32>,
    name_ends: Vec<u32>,
    /// The words of each service's own texts in the order written (see `adjacent`).
    pub sequences: Sequences,
}

/// Builds the index one item at a time: collects the item's words with the best weight each
/// had, then appends them to the postings.
#[derive(Default)]
struct Builder {
    lookup: WordIds,
    tokens: Vec<Token>,
    service_postings: Vec<Postings>,
    goal_postings: Vec<Postings>,
    /// The current item's (token, weight) pairs.
    found: Vec<(u32, u8)>,
    /// Reused buffer for folding.
    folded: String,
    /// Per first letter, the services and what a one-letter query finds in them.
    initials: HashMap<char, Vec<Initial>, Fx>,
    /// The current item's best one-letter score per first letter.
    item_initials: Vec<(char, u16)>,
    /// The words of the services' names, as `SearchIndex::name_tokens`.
    name_tokens: Vec<u32>,
    name_ends: Vec<u32>,
    /// The current item's name words.
    item_names: Vec<u32>,
    /// The services' words in the order written.
    sequences: Sequences,
}

impl Builder {
    fn add(&mut self, text: &str, field: Field, langs: Langs) {
        self.folded.clear();
        fold_into(text, &mut self.folded);
        // Folding keeps letters letters, so the written words line up with the folded ones;
        // should they not, no word's harmony or dots are noted rather than wrong ones.
        let aligned = word_slices(text).count() == word_slices(&self.folded).count();
        let mut written_words = word_slices(text).filter(|_| aligned);
        for word in word_slices(&self.folded) {
            let letters = word.chars().count();
            let written = written_words.next();
            let harmony = written.and_then(harmony::of_form);
            let dots = written
                .and_then(|w| Dots::of(w, letters))
                .unwrap_or(Dots::ANY);
            let id = match self.lookup.get(word) {
                Some(id) => id,
                None => {
                    let id = self.tokens.len() as u32;
                    self.tokens.push(Token {
                        text: word.into(),
                        mask: letter_mask(word),
                        chars: u32::try_from(letters).unwrap_or(u32::MAX),
                        langs: 0,
                        harmonies: Written::default(),
                        dots: Dots::default(),
                    });
                    self.lookup.insert(word, id);
                    self.service_postings.push(Postings::default());
                    self.goal_postings.push(Postings::default());
                    id
                }
            };
            let token = &mut self.tokens[id as usize];
            token.langs |= langs;
            token.harmonies.add(harmony);
            token.dots.join(dots);
            self.found.push((id, field.weight()));
        }
    }

    fn add_text(&mut self, text: &Text, field: Field) {
        for (lang, variant) in text.variants() {
            self.add(variant, field, word_langs::of_code(lang));
        }
    }

    /// Ends the current item: each distinct word once, with the best weight it had.
    fn finish_item(&mut self, item: usize, goal: bool) {
        // Best weight first within a word, then keep the first of each word.
        self.found
            .sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        self.found.dedup_by_key(|(id, _)| *id);
        let postings = if goal {
            &mut self.goal_postings
        } else {
            &mut self.service_postings
        };
        for &(token, weight) in &self.found {
            postings[token as usize].push(item as u32, weight);
        }
        if !goal {
            self.add_initials(item as u32);
            self.item_names.sort_unstable();
            self.item_names.dedup();
            self.name_tokens.append(&mut self.item_names);
            self.name_ends.push(self.name_tokens.len() as u32);
            self.sequences.end_service();
        }
        self.found.clear();
    }

    /// Notes what a one-letter query finds in the current item (see `SearchIndex::initials`).
    fn add_initials(&mut self, item: u32) {
        self.item_initials.clear();
        for &(token, weight) in &self.found {
            let token = &self.tokens[token as usize];
            let Some(letter) = token.text.chars().next() else {
                continue;
            };
            // As the postings keep it.
            let weight = u16::from(weight.min(15));
            let score = weight * initial_quality(token.chars as usize);
            match self.item_initials.iter_mut().find(|(l, _)| *l == letter) {
                Some((_, best)) => *best = (*best).max(score),
                None => self.item_initials.push((letter, score)),
            }
        }
        for &(letter, score) in &self.item_initials {
            self.initials.entry(letter).or_default().push(Initial {
                service: item,
                score,
            });
        }
    }
}

/// The words of folded text, as `words` splits them, without counting characters: building
/// the index splits every text of the catalogue.
fn word_slices(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

impl Builder {
    /// Adds another builder's items after this one's; `offset` is the number of services this
    /// one holds, so that the other's service numbers follow on.
    fn append(&mut self, other: Builder, offset: usize) {
        let Builder {
            tokens,
            service_postings,
            initials,
            mut name_tokens,
            name_ends,
            sequences,
            ..
        } = other;
        for (letter, services) in initials {
            let list = self.initials.entry(letter).or_default();
            list.extend(services.into_iter().map(|i| Initial {
                service: i.service + offset as u32,
                ..i
            }));
        }
        // The other's token numbers, as this one numbers the same words.
        let mut renumbered: Vec<u32> = Vec::with_capacity(tokens.len());
        for (token, postings) in tokens.into_iter().zip(service_postings) {
            let id = match self.lookup.get(&token.text) {
                Some(id) => {
                    let own = &mut self.tokens[id as usize];
                    own.langs |= token.langs;
                    own.harmonies.join(token.harmonies);
                    own.dots.join(token.dots);
                    id as usize
                }
                None => {
                    let id = self.tokens.len();
                    self.lookup.insert(&token.text, id as u32);
                    self.tokens.push(token);
                    self.service_postings.push(Postings::default());
                    self.goal_postings.push(Postings::default());
                    id
                }
            };
            renumbered.push(id as u32);
            let target = &mut self.service_postings[id];
            if target.is_empty() && offset == 0 {
                // The first part's lists become the index's own, without a copy.
                *target = postings;
                continue;
            }
            target.append(&postings, offset as u32);
        }
        let before = self.name_tokens.len() as u32;
        for (start, end) in std::iter::once(0)
            .chain(name_ends.iter().copied())
            .zip(&name_ends)
        {
            let name = &mut name_tokens[start as usize..*end as usize];
            for token in name.iter_mut() {
                *token = renumbered[*token as usize];
            }
            // Numbered anew, the name's words are put in order again.
            name.sort_unstable();
        }
        self.name_tokens.extend(name_tokens);
        self.name_ends
            .extend(name_ends.iter().map(|end| end + before));
        self.sequences.append(sequences, &renumbered);
    }
}

/// Indexes a run of services into a builder of their own, numbering them from 0.
fn index_services(services: &[Service]) -> Builder {
    let mut builder = Builder::default();
    for (s, service) in services.iter().enumerate() {
        add_service_text(&mut builder, service);
        builder.finish_item(s, false);
    }
    builder
}

/// Below this many services, one thread is quicker than starting more.
const PARALLEL_FROM: usize = 2_000;

impl SearchIndex {
    pub fn build(catalog: &Catalog) -> Self {
        let mut builder = Builder::default();
        for (g, goal) in catalog.goals.iter().enumerate() {
            builder.add_text(&goal.name, Field::Name);
            for keyword in &goal.keywords {
                builder.add(keyword, Field::Keyword, word_langs::UNSAID);
            }
            if let Some(description) = &goal.description {
                builder.add_text(description, Field::Description);
            }
            builder.finish_item(g, true);
        }
        let service_count = catalog.services.len().min(MAX_ITEMS);
        let services = &catalog.services[..service_count];
        // Large catalogues are split between the cores; the parts are joined in order, so the
        // index is the same as one thread would build.
        let threads = if service_count < PARALLEL_FROM {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
        };
        let chunk = service_count.div_ceil(threads).max(1);
        let parts: Vec<Builder> = std::thread::scope(|scope| {
            let handles: Vec<_> = services
                .chunks(chunk)
                .map(|part| scope.spawn(move || index_services(part)))
                .collect();
            // A panic while indexing is a bug in polku: carry it on, do not hide it.
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        for (i, part) in parts.into_iter().enumerate() {
            builder.append(part, i * chunk);
        }
        let Builder {
            lookup,
            tokens,
            mut service_postings,
            mut goal_postings,
            initials,
            name_tokens,
            name_ends,
            sequences,
            ..
        } = builder;
        let mut initials: Vec<(char, Vec<Initial>)> = initials.into_iter().collect();
        initials.sort_unstable_by_key(|(letter, _)| *letter);
        let keys = KeyIndex::new(
            tokens
                .iter()
                .enumerate()
                .map(|(i, t)| (i as u32, &*t.text, t.langs)),
        );
        let mut by_text: Vec<u32> = (0..tokens.len() as u32).collect();
        by_text.sort_unstable_by(|&a, &b| tokens[a as usize].text.cmp(&tokens[b as usize].text));
        for postings in service_postings.iter_mut().chain(goal_postings.iter_mut()) {
            postings.shrink_to_fit();
        }
        // One pass over the services, not one per goal.
        let goal_numbers: HashMap<&Id, usize> = catalog
            .goals
            .iter()
            .enumerate()
            .map(|(i, g)| (&g.id, i))
            .collect();
        let mut goal_services = vec![Vec::new(); catalog.goals.len()];
        for (s, service) in services.iter().enumerate() {
            for goal in service.goals.iter().filter_map(|g| goal_numbers.get(g)) {
                goal_services[*goal].push(s as u32);
            }
        }
        SearchIndex {
            letters: Letters::new(&tokens),
            tokens,
            lookup,
            keys,
            goal_words: goal_words(&goal_postings),
            by_text,
            service_postings,
            goal_postings,
            goal_services,
            service_count,
            initials,
            name_tokens,
            name_ends,
            sequences,
        }
    }
}

impl SearchIndex {
    /// The lemma keys of the tokens, shared, for storing them.
    pub fn key_index(&self) -> &KeyIndex {
        &self.keys
    }

    /// An index read back from its stored form, with its lemma keys (stored apart) and its
    /// word lookup made again.
    pub fn relink(mut self, keys: KeyIndex) -> Self {
        self.keys = keys;
        let mut lookup = WordIds::default();
        for (id, token) in self.tokens.iter().enumerate() {
            lookup.insert(&token.text, id as u32);
        }
        self.lookup = lookup;
        self.goal_words = goal_words(&self.goal_postings);
        self.letters = Letters::new(&self.tokens);
        self
    }

    /// What the scan for a typed word reads first: the tokens' pairs of letters and lengths.
    pub fn letters(&self) -> &Letters {
        &self.letters
    }

    /// Whether the parts of an index read back agree with each other and with a catalogue of
    /// `goals` goals and `services` services: a stored index that does not is not used.
    pub fn fits(&self, goals: usize, services: usize) -> bool {
        let tokens = self.tokens.len();
        self.service_count == services.min(MAX_ITEMS)
            && self.goal_services.len() == goals
            && self.service_postings.len() == tokens
            && self.goal_postings.len() == tokens
            && self.by_text.len() == tokens
            && self.name_ends.len() == self.service_count
            && self
                .name_ends
                .last()
                .is_none_or(|&end| end as usize == self.name_tokens.len())
            && self.name_ends.windows(2).all(|w| w[0] <= w[1])
            && self.name_tokens.iter().all(|&t| (t as usize) < tokens)
    }

    /// The token number of a folded word of the catalogue.
    pub fn token_id(&self, word: &str) -> Option<u32> {
        self.lookup.get(word)
    }

    /// The tokens that share a lemma key with a word whose keys are `keys`.
    pub fn tokens_with_keys(&self, keys: &[String]) -> Vec<u32> {
        self.keys.tokens_with_keys(keys)
    }

    /// Every service with a word that begins with `letter`, ascending, with the best field
    /// weight times match quality a one-letter query finds in it (see `initial_quality`).
    pub fn initial(&self, letter: char) -> &[Initial] {
        self.initials
            .binary_search_by_key(&letter, |(l, _)| *l)
            .map_or(&[], |at| &self.initials[at].1)
    }

    /// The distinct words (token numbers, ascending) of service number `service`'s name, in
    /// every language it has.
    pub fn name_tokens(&self, service: usize) -> &[u32] {
        sequences::run(&self.name_tokens, &self.name_ends, service)
    }

    /// The words of the goals (token numbers, ascending).
    pub fn goal_words(&self) -> &[u32] {
        &self.goal_words
    }

    /// The tokens that begin with `prefix` (itself included).
    pub fn tokens_beginning(&self, prefix: &str) -> &[u32] {
        let text = |t: &u32| &*self.tokens[*t as usize].text;
        let start = self.by_text.partition_point(|t| text(t) < prefix);
        let len = self.by_text[start..]
            .iter()
            .take_while(|t| text(t).starts_with(prefix))
            .count();
        &self.by_text[start..start + len]
    }
}

/// The tokens that some goal holds, by their goal postings.
fn goal_words(goal_postings: &[Postings]) -> Vec<u32> {
    (0..goal_postings.len() as u32)
        .filter(|&t| !goal_postings[t as usize].is_empty())
        .collect()
}

fn add_service_text(item: &mut Builder, service: &Service) {
    for (text, place, langs) in service_texts_in_languages(service) {
        let from = item.found.len();
        item.add(text, place.field(), langs);
        let words = item.found[from..].iter().map(|&(token, _)| token);
        if place == Place::Name {
            item.item_names.extend(words.clone());
        }
        item.sequences.push_text(words);
    }
}

/// Where in a service a word was found, the most telling first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Place {
    Name,
    Keyword,
    Summary,
    Provider,
    /// A municipality the service is offered in.
    Area,
    /// The description, who may use it, or how long it lasts.
    Description,
    /// The name or a keyword of one of the service's goals.
    Goal,
}

impl Place {
    /// The field a service's own text at this place is weighed as.
    fn field(self) -> Field {
        match self {
            Place::Name => Field::Name,
            Place::Keyword => Field::Keyword,
            Place::Summary => Field::Summary,
            Place::Provider | Place::Area => Field::Provider,
            Place::Description | Place::Goal => Field::Description,
        }
    }
}

/// Every text of a service's own that the index reads, in the order it reads them, with where
/// in the service it is: what the index weighs and what the explanation names come from this
/// one list.
pub fn service_texts(service: &Service) -> impl Iterator<Item = (&str, Place)> {
    service_texts_in_languages(service).map(|(text, place, _)| (text, place))
}

/// `service_texts` with the language each text is in (see `word_langs`).
fn service_texts_in_languages(service: &Service) -> impl Iterator<Item = (&str, Place, Langs)> {
    let longer = [
        &service.description,
        &service.eligibility,
        &service.duration,
    ]
    .into_iter()
    .flatten()
    .flat_map(|text| versions(text, Place::Description));
    versions(&service.name, Place::Name)
        .chain(unsaid(&service.keywords, Place::Keyword))
        .chain(unsaid(&service.target_groups, Place::Keyword))
        .chain(versions(&service.summary, Place::Summary))
        .chain(std::iter::once((
            &*service.provider,
            Place::Provider,
            word_langs::UNSAID,
        )))
        .chain(unsaid(&service.areas, Place::Area))
        .chain(longer)
}

/// Each language's version of a text, with its language.
fn versions(text: &Text, place: Place) -> impl Iterator<Item = (&str, Place, Langs)> {
    text.variants()
        .map(move |(lang, t)| (t, place, word_langs::of_code(lang)))
}

/// Words of a list that says no language.
fn unsaid(list: &[Arc<str>], place: Place) -> impl Iterator<Item = (&str, Place, Langs)> {
    list.iter().map(move |t| (&**t, place, word_langs::UNSAID))
}
