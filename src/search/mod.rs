//! Finding services by goal: folding, word matching, the index and running queries.
//! Knows the catalogue, nothing of the terminal.

mod adjacent;
mod ages;
mod compound;
mod concepts;
mod copies;
mod coverage;
mod explain;
mod fold;
mod groups;
mod harmony;
mod highlight;
mod index;
mod keyed;
mod lemma;
mod matcher;
mod postings;
mod query;
mod scoring;
mod searcher;
mod sentence_lang;
mod sequences;
mod spoken;
mod spread;
mod stop_words;
pub mod suggest;
mod thesaurus;
mod ties;
mod who;
mod word_langs;

pub use explain::{Explanation, Match, Place};
pub use fold::{Folded, fold, fold_into, fold_with_origin, words};
pub use highlight::highlights;
pub use index::{Field, SearchIndex};
pub use keyed::KeyIndex;
pub use matcher::{FuzzyMatcher, MatchKind, SkimFuzzy, Term, WordMatch, letter_mask, match_word};
pub use postings::{Posting, Postings};
pub use query::{Filters, MAX_QUERY_CHARS, MAX_QUERY_WORDS, Query, QueryWords};
pub use searcher::{GoalHit, SearchResults, Searcher, ServiceHit};
pub use thesaurus::{Thesaurus, builtin_entries, is_stop_word};
