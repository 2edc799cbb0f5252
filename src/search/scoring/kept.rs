//! What the scorer keeps between keystrokes: the scores of words typed or meant earlier, and
//! the catalogue words each word matched. Both depend on the index alone, so keeping them
//! never changes a result.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use super::{How, WordScores};

/// What words scored on earlier keystrokes, for the next: a word typed earlier in the query, a
/// thesaurus meaning of a word still being typed and the parts of a compound do not change
/// while the professional types on, and the meanings of one need come back as its word grows
/// ("kunt", "kuntoutuk"). A word's scores depend on the index alone, so keeping them never
/// changes a result; the words not asked for lately are let go once the kept lists hold more
/// than `MEMO_ENTRIES` services in all.
#[derive(Default)]
pub struct Memo {
    words: HashMap<(How, String), Kept, crate::hash::Fx>,
    /// How many times `keep_used` has been called: the age of what is kept.
    searches: u64,
    /// The services the kept lists hold in all.
    held: usize,
}

struct Kept {
    scores: Arc<WordScores>,
    /// The value of `searches` when the word was last asked for.
    used: u64,
}

/// How many services (about 8 bytes each) the lists of words not asked for on the last
/// keystroke may hold in all before the oldest are let go.
const MEMO_ENTRIES: usize = 1 << 21;

impl Memo {
    /// A word's scores kept from an earlier keystroke, marked as asked for now.
    pub(super) fn get(&mut self, key: &(How, String)) -> Option<Arc<WordScores>> {
        let kept = self.words.get_mut(key)?;
        kept.used = self.searches;
        Some(Arc::clone(&kept.scores))
    }

    /// Keeps a word's scores for the keystrokes to come.
    pub(super) fn keep(&mut self, key: (How, String), scores: Arc<WordScores>) {
        self.held += scores.services.len();
        let kept = Kept {
            scores,
            used: self.searches,
        };
        if let Some(replaced) = self.words.insert(key, kept) {
            self.held -= replaced.scores.services.len();
        }
    }

    /// Ends a keystroke: when the kept lists hold too much, lets go of the words asked for
    /// longest ago, never of those asked for since the last call.
    pub fn keep_used(&mut self) {
        let now = self.searches;
        self.searches += 1;
        if self.held <= MEMO_ENTRIES {
            return;
        }
        let mut old: Vec<(u64, usize, (How, String))> = self
            .words
            .iter()
            .filter(|(_, kept)| kept.used < now)
            .map(|(key, kept)| (kept.used, kept.scores.services.len(), key.clone()))
            .collect();
        old.sort_unstable_by_key(|&(used, _, _)| used);
        for (_, len, key) in old {
            if self.held <= MEMO_ENTRIES {
                break;
            }
            self.words.remove(&key);
            self.held -= len;
        }
    }
}

/// The catalogue words each word matches (see [`Scorer::matched_tokens`]), kept: a thesaurus
/// word is looked up again for every need that means it and again for saying why a service
/// was found, and what it matches depends on the index alone.
#[derive(Default)]
pub struct MatchedWords(RefCell<HashMap<(How, String), Matches, crate::hash::Fx>>);

/// The catalogue words (token ids) a word matched, each with the match's quality.
type Matches = Vec<(u32, u16)>;

/// At most this many words are kept in [`MatchedWords`] (then all are let go).
const MATCHED_KEPT: usize = 4096;

impl MatchedWords {
    /// What `word` matched as `how`, or what `find` finds for it.
    pub(super) fn get_or(&self, word: &str, how: How, find: impl FnOnce() -> Matches) -> Matches {
        let key = (how, word.to_owned());
        if let Some(found) = self.0.borrow().get(&key) {
            return found.clone();
        }
        let found = find();
        let mut kept = self.0.borrow_mut();
        if kept.len() >= MATCHED_KEPT {
            kept.clear();
        }
        kept.insert(key, found.clone());
        found
    }
}
