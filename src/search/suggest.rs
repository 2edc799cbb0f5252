//! When nothing is found: the catalogue words nearest to the words that matched nothing
//! ("puusepäntyö" → puutyö, puuseppä), and the goals whose words are nearest, so that a
//! search never ends at an empty list.

use super::index::{Field, SearchIndex};

/// Words at least this similar (Dice coefficient of letter pairs) are offered.
const MIN_SIMILARITY: f32 = 0.4;
const MAX_WORDS: usize = 6;
const MAX_GOALS: usize = 3;

/// The nearest catalogue words (best first) and the nearest goals (indexes into the
/// catalogue's goals) for folded words that matched nothing.
pub fn nearest(index: &SearchIndex, unmatched: &[String]) -> (Vec<String>, Vec<usize>) {
    let mut words: Vec<(f32, usize, u32)> = Vec::new();
    let mut goals: Vec<f32> = vec![0.0; index.goal_services.len()];
    for typed in unmatched.iter().flat_map(|p| p.split(' ')) {
        let pairs = letter_pairs(typed);
        if pairs.is_empty() {
            continue;
        }
        for (id, token) in index.tokens.iter().enumerate() {
            if token.chars < 3 || token.text.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let similarity = dice(&pairs, &letter_pairs(&token.text));
            if similarity < MIN_SIMILARITY {
                continue;
            }
            let services = index.service_postings[id].len();
            if services > 0 {
                words.push((similarity, services, id as u32));
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
    words.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let mut names: Vec<String> = Vec::new();
    for (_, _, id) in words {
        let text = index.tokens[id as usize].text.to_string();
        if !names.contains(&text) {
            names.push(text);
        }
        if names.len() == MAX_WORDS {
            break;
        }
    }
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

fn letter_pairs(word: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = word.chars().collect();
    let mut pairs: Vec<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
    pairs.sort_unstable();
    pairs
}

/// Twice the shared letter pairs over all letter pairs: 1 for the same word, 0 for nothing
/// in common. Both lists sorted.
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
        let d = |a: &str, b: &str| dice(&letter_pairs(a), &letter_pairs(b));
        assert!(d("puusepantyo", "puuseppa") >= MIN_SIMILARITY);
        assert!(d("puusepantyo", "puutyo") >= MIN_SIMILARITY);
        assert!(d("puusepantyo", "kuntoutus") < MIN_SIMILARITY);
        assert_eq!(d("velka", "velka"), 1.0);
    }
}
