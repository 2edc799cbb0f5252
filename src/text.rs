//! Making catalogue and plan text safe to show: nothing typed by someone else may reach the
//! terminal as a control sequence.

/// `text` with control characters replaced: tabs and newlines become spaces, other controls
/// (ESC, BEL, CR, backspace, DEL, C1) and bidirectional overrides become `�`-free visible
/// placeholders or vanish, so that the text can neither move the cursor nor reorder a line.
pub fn display_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() => out.push('\u{fffd}'),
            // Bidirectional embeddings, overrides and isolates; zero-width joiners and marks
            // are harmless but invisible, so they are dropped to keep widths honest.
            '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200b}'..='\u{200f}'
            | '\u{feff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_pass() {
        let shown = display_safe("a\u{1b}[2Jb\u{7}c\r\nd\u{8}\u{202e}e\u{9b}");
        assert!(!shown.chars().any(|c| c.is_control()));
        assert!(!shown.contains('\u{202e}'));
        assert!(shown.starts_with('a') && shown.contains('e'));
    }
}

/// The known values nearest to `given`, best first, at most `count`, case and accents aside:
/// those a few typing mistakes away or sharing most of their beginning (`kotkaa` → Kotka,
/// `Lappeenrannan` → Lappeenranta); when none is that near, the fewest edits away, so that the
/// user always sees some of what there is.
pub fn nearest<'a>(given: &str, known: &'a [String], count: usize) -> Vec<&'a str> {
    let plain = |s: &str| -> String {
        s.chars()
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                'ä' | 'å' | 'á' | 'à' => 'a',
                'ö' | 'ø' | 'ó' => 'o',
                'é' | 'è' => 'e',
                'ü' => 'u',
                c => c,
            })
            .collect()
    };
    let wanted = plain(given);
    let mut scored: Vec<(bool, usize, &str)> = known
        .iter()
        .map(|k| {
            let candidate = plain(k);
            let shared_start = candidate
                .chars()
                .zip(wanted.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let edits = strsim::damerau_levenshtein(&wanted, &candidate);
            // Near enough: a third of the longer word may be wrong, or most of it is shared.
            let longest = wanted.chars().count().max(candidate.chars().count());
            let near = edits * 3 <= longest || shared_start * 4 >= longest * 3;
            (!near, edits, k.as_str())
        })
        .collect();
    scored.sort();
    let any_near = scored.first().is_some_and(|(far, ..)| !far);
    scored
        .into_iter()
        .filter(|(far, ..)| !(any_near && *far))
        .take(count)
        .map(|(.., k)| k)
        .collect()
}

#[cfg(test)]
mod nearest_tests {
    use super::nearest;

    #[test]
    fn nearest_values_forgive_endings_case_and_typos() {
        let known: Vec<String> = ["Hamina", "Imatra", "Kotka", "Kouvola", "Lappeenranta"]
            .map(String::from)
            .to_vec();
        assert_eq!(nearest("Kotkaa", &known, 3), ["Kotka"]);
        assert_eq!(nearest("lappeenrannan", &known, 3), ["Lappeenranta"]);
        assert_eq!(nearest("imtara", &known, 3), ["Imatra"]);
        // Nothing near: still the nearest few, so the user sees what there is.
        assert_eq!(nearest("Helsinki", &known, 2).len(), 2);
        assert_eq!(nearest("xx", &known, 9).len(), 5);
    }
}
