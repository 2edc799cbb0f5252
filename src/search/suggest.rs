//! When nothing is found: the catalogue words nearest to the words that matched nothing
//! ("puusepäntyö" → puutyö, puuseppä), and the goals whose words are nearest, so that a
//! search never ends at an empty list.

use super::fold::{fold, words};
use super::index::{Field, SearchIndex};
use super::lemma;
use super::thesaurus::is_stop_word;
use crate::catalog::{Catalog, Service};

/// Words at least this similar (Dice coefficient of letter pairs) are offered.
const MIN_SIMILARITY: f32 = 0.4;
const MAX_WORDS: usize = 6;
const MAX_GOALS: usize = 3;

/// The nearest catalogue words (best first) and the nearest goals (indexes into the
/// catalogue's goals) for folded words that matched nothing.
pub fn nearest(
    index: &SearchIndex,
    catalog: &Catalog,
    unmatched: &[String],
) -> (Vec<String>, Vec<usize>) {
    let mut found: Vec<(f32, usize, u32)> = Vec::new();
    let mut goals: Vec<f32> = vec![0.0; index.goal_services.len()];
    let mut pairs = Vec::new();
    for typed in unmatched.iter().flat_map(|p| p.split(' ')) {
        letter_pairs(typed, &mut pairs);
        if pairs.is_empty() {
            continue;
        }
        let mut shared = SharedPairs::new(&pairs);
        let Some(first) = typed.chars().next() else {
            continue;
        };
        let mut initial = [0u8; 4];
        // A word is seldom mistyped at its first letter; looking only at words that begin
        // alike (and at the goals' few words) keeps this quick on a large catalogue.
        let alike = index.tokens_beginning(first.encode_utf8(&mut initial));
        let goal_words = index.goal_words().iter().copied();
        let others = goal_words.filter(|&id| !index.tokens[id as usize].text.starts_with(first));
        for (id, alike) in alike
            .iter()
            .map(|&id| (id, true))
            .chain(others.map(|id| (id, false)))
        {
            let token = &index.tokens[id as usize];
            if token.chars < 3 || token.text.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let similarity = shared.dice(&token.text, token.chars as usize);
            if similarity < MIN_SIMILARITY {
                continue;
            }
            let id = id as usize;
            let services = index.service_postings[id].len();
            if services > 0 && alike {
                found.push((similarity, services, id as u32));
            }
            for posting in &index.goal_postings[id] {
                if posting.weight >= Field::Keyword.weight() {
                    let best = &mut goals[posting.item as usize];
                    *best = best.max(similarity);
                }
            }
        }
    }
    // Most similar first; of equally similar words the one more services hold.
    found.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    // The words offered, each with its lemma keys.
    let mut offered: Vec<(u32, Vec<String>)> = Vec::new();
    for (_, _, id) in found {
        let token = &*index.tokens[id as usize].text;
        let len = |id: u32| index.tokens[id as usize].text.len();
        // A word no shorter than every word offered can only be left out once all are there.
        if offered.len() == MAX_WORDS && offered.iter().all(|&(o, _)| token.len() >= len(o)) {
            continue;
        }
        // One form of a word: the shortest (klubitalo, not klubitalolle and klubitalolla).
        let keys = lemma::keys(token);
        let same = |(_, theirs): &(u32, Vec<String>)| keys.iter().any(|k| theirs.contains(k));
        match offered.iter().position(same) {
            Some(i) if token.len() < len(offered[i].0) => offered[i] = (id, keys),
            Some(_) => {}
            None if offered.len() < MAX_WORDS => offered.push((id, keys)),
            None => {}
        }
    }
    let names = offered
        .iter()
        .map(|&(id, _)| spelled(index, catalog, id))
        .collect();
    let mut ranked: Vec<(f32, usize)> = goals
        .into_iter()
        .enumerate()
        .filter(|&(_, s)| s > 0.0)
        .map(|(g, s)| (s, g))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    (
        names,
        ranked.into_iter().take(MAX_GOALS).map(|(_, g)| g).collect(),
    )
}

/// Folded query words (separated by spaces) as they were typed ("puusepäntyö", not the
/// folded "puusepantyo"), for saying which words matched nothing.
pub fn as_typed(typed: &str, folded: &str) -> String {
    let typed: Vec<&str> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let folded_typed: Vec<String> = typed.iter().map(|t| fold(t)).collect();
    let wanted: Vec<&str> = folded.split(' ').collect();
    // A phrase's words, which a concept holds once each, are shown as the stretch of the
    // query they were typed in: "jag vet inte vad jag vill", not "jag vet inte vad vill";
    // only when what is between them is the phrase's own words and little words.
    let is_wanted = |w: &String| wanted.contains(&w.as_str());
    let first = folded_typed.iter().position(is_wanted);
    let last = folded_typed.iter().rposition(is_wanted);
    if let (Some(first), Some(last)) = (first, last)
        && wanted.len() > 1
        && wanted.iter().all(|w| folded_typed.iter().any(|t| t == w))
        && last + 1 - first <= wanted.len() * 2
        && folded_typed[first..=last]
            .iter()
            .all(|t| is_wanted(t) || is_stop_word(t))
    {
        return typed[first..=last].join(" ");
    }
    wanted
        .iter()
        .map(|word| {
            folded_typed
                .iter()
                .position(|t| t == word)
                .map_or_else(|| (*word).to_owned(), |i| typed[i].to_owned())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A catalogue word as a service writes it (puutyö, not the folded puutyo), lower case.
fn spelled(index: &SearchIndex, catalog: &Catalog, token: u32) -> String {
    let folded = &*index.tokens[token as usize].text;
    let service = index.service_postings[token as usize]
        .iter()
        .next()
        .and_then(|p| catalog.services.get(p.item as usize));
    service
        .and_then(|s| {
            texts(s).find_map(|text| {
                let lower = text.to_lowercase();
                words(&lower)
                    .map(|(_, w)| w)
                    .find(|w| fold(w) == folded)
                    .map(str::to_owned)
            })
        })
        .unwrap_or_else(|| folded.to_owned())
}

/// Every text of a service that the index reads.
fn texts(service: &Service) -> impl Iterator<Item = &str> {
    let multilingual = [
        Some(&service.name),
        Some(&service.summary),
        service.description.as_ref(),
        service.eligibility.as_ref(),
        service.duration.as_ref(),
    ]
    .into_iter()
    .flatten()
    .flat_map(|t| t.variants().map(|(_, text)| text));
    multilingual
        .chain(service.keywords.iter().map(|k| &**k))
        .chain(service.target_groups.iter().map(|k| &**k))
        .chain([&*service.provider])
        .chain(service.areas.iter().map(|a| &**a))
}

/// The pairs of neighbouring letters of `word`, sorted, into `pairs`.
fn letter_pairs(word: &str, pairs: &mut Vec<(char, char)>) {
    pairs.clear();
    pairs.extend(word.chars().zip(word.chars().skip(1)));
    pairs.sort_unstable();
}

/// A typed word's letter pairs, for comparing it with many catalogue words: each word's pairs
/// are counted in a table of the typed word's letters rather than sorted, which was most of
/// the time of suggesting words on a large catalogue.
struct SharedPairs {
    /// The typed word's distinct letters.
    letters: Vec<char>,
    /// The place in `letters` of each ASCII letter (`NONE` when it is not there).
    ascii: [u8; 128],
    /// Per pair of places in `letters` (first * letters + second): how many times the pair is
    /// in the typed word.
    counts: Vec<u16>,
    /// The same for the word being compared, so far; `touched` says which are not 0.
    used: Vec<u16>,
    touched: Vec<usize>,
    /// How many pairs the typed word has.
    len: usize,
}

const NONE: u8 = u8::MAX;

impl SharedPairs {
    /// `pairs`: the typed word's letter pairs.
    fn new(pairs: &[(char, char)]) -> Self {
        let mut letters: Vec<char> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
        letters.sort_unstable();
        letters.dedup();
        let mut ascii = [NONE; 128];
        for (at, &c) in letters.iter().enumerate() {
            if c.is_ascii() && at < usize::from(NONE) {
                ascii[c as usize] = at as u8;
            }
        }
        let mut shared = Self {
            counts: vec![0; letters.len() * letters.len()],
            used: vec![0; letters.len() * letters.len()],
            letters,
            ascii,
            touched: Vec::new(),
            len: pairs.len(),
        };
        for &(a, b) in pairs {
            if let (Some(a), Some(b)) = (shared.place(a), shared.place(b)) {
                let pair = a * shared.letters.len() + b;
                shared.counts[pair] += 1;
            }
        }
        shared
    }

    /// The place of `c` in `letters`.
    fn place(&self, c: char) -> Option<usize> {
        match self.ascii.get(c as usize) {
            Some(&at) if at != NONE => Some(usize::from(at)),
            Some(_) if self.letters.len() < usize::from(NONE) => None,
            _ => self.letters.binary_search(&c).ok(),
        }
    }

    /// `dice` of the typed word and `word` (of `chars` characters): the same number, without
    /// sorting the word's pairs.
    fn dice(&mut self, word: &str, chars: usize) -> f32 {
        let word_len = chars.saturating_sub(1);
        let all = (self.len + word_len).max(1) as f32;
        // Even sharing every pair the shorter has would not be similar enough.
        let most = 2.0 * self.len.min(word_len) as f32 / all;
        if most < MIN_SIMILARITY {
            return most;
        }
        let mut shared = 0;
        let mut last: Option<usize> = None;
        for c in word.chars() {
            let here = self.place(c);
            if let (Some(a), Some(b)) = (last, here) {
                let pair = a * self.letters.len() + b;
                if self.used[pair] < self.counts[pair] {
                    if self.used[pair] == 0 {
                        self.touched.push(pair);
                    }
                    self.used[pair] += 1;
                    shared += 1;
                }
            }
            last = here;
        }
        for pair in self.touched.drain(..) {
            self.used[pair] = 0;
        }
        2.0 * shared as f32 / all
    }
}

/// Twice the shared letter pairs over all letter pairs: 1 for the same word, 0 for nothing
/// in common. Both lists sorted. (What [`SharedPairs::dice`] works out more quickly.)
#[cfg(test)]
fn dice(a: &[(char, char)], b: &[(char, char)]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f32 / (a.len() + b.len()).max(1) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_words_share_letter_pairs() {
        let pairs = |word: &str| {
            let mut pairs = Vec::new();
            letter_pairs(word, &mut pairs);
            pairs
        };
        let d = |a: &str, b: &str| dice(&pairs(a), &pairs(b));
        assert!(d("puusepantyo", "puuseppa") >= MIN_SIMILARITY);
        assert!(d("puusepantyo", "puutyo") >= MIN_SIMILARITY);
        assert!(d("puusepantyo", "kuntoutus") < MIN_SIMILARITY);
        assert_eq!(d("velka", "velka"), 1.0);
        assert_eq!(as_typed("Mulla PUUSEPÄNTYÖ?", "puusepantyo"), "PUUSEPÄNTYÖ");
        // A phrase is shown as it was typed, with the words it holds once.
        assert_eq!(
            as_typed("jag vet inte vad jag vill göra", "jag vet inte vad vill"),
            "jag vet inte vad jag vill"
        );
        // Words typed far apart are not joined with all that is between them.
        assert_eq!(
            as_typed(
                "ei oo koulua mut paljon muuta ja sitten vielä rahaa",
                "ei rahaa"
            ),
            "ei rahaa"
        );
    }

    proptest::proptest! {
        #[test]
        fn shared_pairs_give_the_same_similarity(typed in "[a-eä]{1,12}", word in "[a-eä]{0,14}") {
            let mut pairs = Vec::new();
            letter_pairs(&typed, &mut pairs);
            let mut theirs = Vec::new();
            letter_pairs(&word, &mut theirs);
            let expected = dice(&pairs, &theirs);
            let found = SharedPairs::new(&pairs).dice(&word, word.chars().count());
            // Below the threshold the number itself is not used, only that it is below.
            if expected >= MIN_SIMILARITY || found >= MIN_SIMILARITY {
                proptest::prop_assert_eq!(found, expected);
            }
        }
    }
}
