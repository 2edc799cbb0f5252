//! A plain lexical baseline to measure polku's ranking against: BM25F over Snowball stems
//! (Finnish, Swedish or English by the text's language), with compounds split into two words
//! the catalogue holds, in the text and in the query. No thesaurus, no typo tolerance, no
//! spoken forms: what a good full-text engine does with the same text.

use std::collections::HashMap;

use polku::catalog::Catalog;
use rust_stemmers::{Algorithm, Stemmer};

use super::measure::Outcome;
use super::queries::Judged;

/// Field weights: a hit in the name counts most, then keywords, summary, the rest.
const NAME: f32 = 3.0;
const KEYWORDS: f32 = 2.0;
const SUMMARY: f32 = 1.5;
const BODY: f32 = 1.0;
/// BM25's saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// The shortest part a compound is split into.
const MIN_PART: usize = 4;

struct Stemmers {
    fi: Stemmer,
    sv: Stemmer,
    en: Stemmer,
}

impl Stemmers {
    fn new() -> Self {
        Self {
            fi: Stemmer::create(Algorithm::Finnish),
            sv: Stemmer::create(Algorithm::Swedish),
            en: Stemmer::create(Algorithm::English),
        }
    }

    fn stem(&self, language: &str, word: &str) -> String {
        match language {
            "sv" => self.sv.stem(word).into_owned(),
            "en" => self.en.stem(word).into_owned(),
            _ => self.fi.stem(word).into_owned(),
        }
    }
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The index: per service, its weighted term frequencies and weighted length.
pub struct Bm25 {
    stemmers: Stemmers,
    /// Stems of every word of the catalogue, with how many services hold each.
    df: HashMap<String, usize>,
    docs: Vec<(HashMap<String, f32>, f32)>,
    average_length: f32,
}

impl Bm25 {
    pub fn new(catalog: &Catalog) -> Self {
        let stemmers = Stemmers::new();
        // Every service's (language, word, field weight), read once.
        let mut raw: Vec<Vec<(String, String, f32)>> = Vec::new();
        for s in &catalog.services {
            let mut terms = Vec::new();
            let mut add = |language: &str, text: &str, weight: f32| {
                for w in words(text) {
                    terms.push((language.to_owned(), w, weight));
                }
            };
            for (l, t) in s.name.variants() {
                add(l, t, NAME);
            }
            for k in s.keywords.iter() {
                add("fi", k, KEYWORDS);
            }
            for (l, t) in s.summary.variants() {
                add(l, t, SUMMARY);
            }
            for text in [&s.description, &s.eligibility].into_iter().flatten() {
                for (l, t) in text.variants() {
                    add(l, t, BODY);
                }
            }
            for t in s.target_groups.iter() {
                add("fi", t, BODY);
            }
            raw.push(terms);
        }
        let mut vocabulary: HashMap<String, usize> = HashMap::new();
        for terms in &raw {
            for (l, w, _) in terms {
                if w.chars().count() >= MIN_PART {
                    *vocabulary.entry(stemmers.stem(l, w)).or_default() += 1;
                }
            }
        }
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut docs = Vec::with_capacity(raw.len());
        let mut total_length = 0.0;
        for terms in &raw {
            let mut tf: HashMap<String, f32> = HashMap::new();
            let mut length = 0.0;
            for (l, w, weight) in terms {
                length += weight;
                *tf.entry(stemmers.stem(l, w)).or_default() += weight;
                if let Some((head, tail)) = split(&stemmers, l, w, &vocabulary) {
                    *tf.entry(head).or_default() += weight;
                    *tf.entry(tail).or_default() += weight;
                }
            }
            for term in tf.keys() {
                *df.entry(term.clone()).or_default() += 1;
            }
            total_length += length;
            docs.push((tf, length));
        }
        let average_length = total_length / docs.len().max(1) as f32;
        Self {
            stemmers,
            df,
            docs,
            average_length,
        }
    }

    /// The services' numbers, best first, every service that holds a query term.
    fn rank(&self, query: &str, language: &str) -> Vec<usize> {
        let mut terms: Vec<String> = Vec::new();
        for w in words(query) {
            let stem = self.stemmers.stem(language, &w);
            if self.df.contains_key(&stem) {
                terms.push(stem);
            } else if let Some((head, tail)) = split(&self.stemmers, language, &w, &self.df) {
                terms.push(head);
                terms.push(tail);
            }
        }
        let n = self.docs.len() as f32;
        let mut scored: Vec<(usize, f32)> = Vec::new();
        for (number, (tf, length)) in self.docs.iter().enumerate() {
            let mut score = 0.0;
            for term in &terms {
                let Some(&f) = tf.get(term) else { continue };
                let found = self.df[term] as f32;
                let idf = (1.0 + (n - found + 0.5) / (found + 0.5)).ln();
                let norm = K1 * (1.0 - B + B * length / self.average_length);
                score += idf * f * (K1 + 1.0) / (f + norm);
            }
            if score > 0.0 {
                scored.push((number, score));
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().map(|(n, _)| n).collect()
    }
}

/// A word of `language` split into two words whose stems `known` holds, the longest first
/// part first; `None` when no split is found.
fn split<V>(
    stemmers: &Stemmers,
    language: &str,
    word: &str,
    known: &HashMap<String, V>,
) -> Option<(String, String)> {
    let at: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    if at.len() < 2 * MIN_PART {
        return None;
    }
    (MIN_PART..=at.len() - MIN_PART).rev().find_map(|i| {
        let (head, tail) = word.split_at(at[i]);
        let head = stemmers.stem(language, head);
        let tail = stemmers.stem(language, tail);
        (known.contains_key(&head) && known.contains_key(&tail)).then_some((head, tail))
    })
}

/// The baseline's outcome for each query.
pub fn outcomes(catalog: &Catalog, queries: &[Judged]) -> Vec<Outcome> {
    let index = Bm25::new(catalog);
    queries
        .iter()
        .map(|q| {
            let ranked: Vec<String> = index
                .rank(&q.query, &q.language)
                .into_iter()
                .map(|n| catalog.services[n].id.to_string())
                .collect();
            Outcome::of(&ranked, &q.acceptable)
        })
        .collect()
}
