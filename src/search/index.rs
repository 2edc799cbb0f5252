//! The search index: every distinct folded word of the catalogue (in all languages), and for
//! each word the services and goals that contain it with the weight of the field it is in.

use std::collections::HashMap;

use super::fold::{fold, words};
use super::matcher::letter_mask;
use crate::catalog::{Catalog, Service, Text};

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

/// A posting packs an item index (low 28 bits) and a field weight (high 4 bits) into 4 bytes:
/// a 100,000-service catalogue has millions of postings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posting(u32);

const ITEM_BITS: u32 = 28;
const ITEM_MASK: u32 = (1 << ITEM_BITS) - 1;
/// The most services or goals one index can hold.
pub const MAX_ITEMS: usize = ITEM_MASK as usize;

impl Posting {
    fn new(item: usize, weight: u8) -> Self {
        Self((item as u32 & ITEM_MASK) | (u32::from(weight) << ITEM_BITS))
    }

    pub fn item(self) -> usize {
        (self.0 & ITEM_MASK) as usize
    }

    pub fn weight(self) -> u8 {
        (self.0 >> ITEM_BITS) as u8
    }
}

/// One distinct word of the catalogue.
#[derive(Clone, Debug)]
pub struct Token {
    pub text: Box<str>,
    pub mask: u64,
}

#[derive(Debug, Default)]
pub struct SearchIndex {
    pub tokens: Vec<Token>,
    /// Per token: the services whose own text holds it.
    pub service_postings: Vec<Vec<Posting>>,
    /// Per token: the goals whose name or keywords hold it (these pass on to the goal's
    /// services), then whose description holds it (these only find the goal).
    pub goal_postings: Vec<Vec<Posting>>,
    /// Per goal: the services that serve it.
    pub goal_services: Vec<Vec<u32>>,
    pub service_count: usize,
}

/// Collects, for one item, the best weight of each distinct word.
struct ItemWords<'a> {
    lookup: &'a mut HashMap<Box<str>, usize>,
    tokens: &'a mut Vec<Token>,
    best: HashMap<usize, u8>,
}

impl ItemWords<'_> {
    fn add(&mut self, text: &str, field: Field) {
        let folded = fold(text);
        for (_, word) in words(&folded) {
            let id = match self.lookup.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.tokens.len();
                    self.tokens.push(Token {
                        text: word.into(),
                        mask: letter_mask(word),
                    });
                    self.lookup.insert(word.into(), id);
                    id
                }
            };
            let weight = self.best.entry(id).or_insert(0);
            *weight = (*weight).max(field.weight());
        }
    }

    fn add_text(&mut self, text: &Text, field: Field) {
        for (_, variant) in text.variants() {
            self.add(variant, field);
        }
    }
}

impl SearchIndex {
    pub fn build(catalog: &Catalog) -> Self {
        let mut index = SearchIndex {
            service_count: catalog.services.len().min(MAX_ITEMS),
            ..Default::default()
        };
        let mut lookup: HashMap<Box<str>, usize> = HashMap::new();

        let mut goal_words = Vec::with_capacity(catalog.goals.len());
        for goal in &catalog.goals {
            let mut item = ItemWords {
                lookup: &mut lookup,
                tokens: &mut index.tokens,
                best: HashMap::new(),
            };
            item.add_text(&goal.name, Field::Name);
            for keyword in &goal.keywords {
                item.add(keyword, Field::Keyword);
            }
            if let Some(description) = &goal.description {
                item.add_text(description, Field::Description);
            }
            goal_words.push(item.best);
        }

        let mut service_words = Vec::with_capacity(index.service_count);
        for service in catalog.services.iter().take(MAX_ITEMS) {
            let mut item = ItemWords {
                lookup: &mut lookup,
                tokens: &mut index.tokens,
                best: HashMap::new(),
            };
            add_service_text(&mut item, service);
            service_words.push(item.best);
        }

        index.service_postings = vec![Vec::new(); index.tokens.len()];
        index.goal_postings = vec![Vec::new(); index.tokens.len()];
        for (goal, words) in goal_words.into_iter().enumerate() {
            for (token, weight) in words {
                index.goal_postings[token].push(Posting::new(goal, weight));
            }
        }
        for (service, words) in service_words.into_iter().enumerate() {
            for (token, weight) in words {
                index.service_postings[token].push(Posting::new(service, weight));
            }
        }
        for postings in index
            .service_postings
            .iter_mut()
            .chain(index.goal_postings.iter_mut())
        {
            postings.shrink_to_fit();
        }

        index.goal_services = catalog
            .goals
            .iter()
            .map(|g| {
                catalog
                    .services_of_goal(&g.id)
                    .take_while(|&s| s < MAX_ITEMS)
                    .map(|s| s as u32)
                    .collect()
            })
            .collect();
        index
    }
}

fn add_service_text(item: &mut ItemWords, service: &Service) {
    item.add_text(&service.name, Field::Name);
    for keyword in service.keywords.iter().chain(&service.target_groups) {
        item.add(keyword, Field::Keyword);
    }
    item.add_text(&service.summary, Field::Summary);
    item.add(&service.provider, Field::Provider);
    for area in &service.areas {
        item.add(area, Field::Provider);
    }
    for text in [
        &service.description,
        &service.eligibility,
        &service.duration,
    ]
    .into_iter()
    .flatten()
    {
        item.add_text(text, Field::Description);
    }
}
