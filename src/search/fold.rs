//! Folding text for matching: Unicode lower case, Latin accents removed (ä→a, ö→o, å→a, é→e,
//! ...), so that "TYONHAKU" typed on a foreign keyboard finds "työnhaku". Folding keeps a map
//! from every folded character back to the original character, so that highlights land on
//! the letters the user sees.

/// Text folded for matching, with the original character index of every folded character.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// `origin[i]` is the index (in characters) in the original text of folded character `i`.
    pub origin: Vec<usize>,
}

/// Folds `text` for matching.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Folds `text` onto the end of `out` (to reuse one buffer for many texts).
pub fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    for c in text.chars() {
        push_folded(c, out);
    }
}

/// Folds `text` and remembers where each folded character came from.
pub fn fold_with_origin(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (i, c) in text.chars().enumerate() {
        // Only the characters just pushed are counted: counting the whole text again for
        // every character made a long description take milliseconds.
        let before = folded.text.len();
        push_folded(c, &mut folded.text);
        let added = folded.text[before..].chars().count();
        folded.origin.extend(std::iter::repeat_n(i, added));
    }
    folded
}

/// The indices (in characters) in `text` of the characters that folded characters `start` and
/// `end - 1` of `fold(text)` come from, found without folding the rest of the text.
pub fn origin_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let last = end.checked_sub(1)?;
    let mut folded = 0;
    let mut from = None;
    let mut one = String::new();
    for (i, c) in text.chars().enumerate() {
        one.clear();
        push_folded(c, &mut one);
        folded += one.chars().count();
        // Folded characters before `folded` come from this character or one before it.
        if from.is_none() && start < folded {
            from = Some(i);
        }
        if last < folded {
            return Some((from?, i));
        }
    }
    None
}

fn push_folded(c: char, out: &mut String) {
    match c {
        _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        // The letters of Finnish and Swedish, without a trip through the Unicode tables.
        'ä' | 'Ä' | 'å' | 'Å' => out.push('a'),
        'ö' | 'Ö' => out.push('o'),
        _ => push_folded_unicode(c, out),
    }
}

fn push_folded_unicode(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        match strip_accent(lower) {
            Some(plain) => out.push_str(plain),
            None => out.push(lower),
        }
    }
}

/// The plain letters for an accented lower-case Latin letter.
fn strip_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        // A combining accent typed separately (e.g. from a decomposed "ä") is dropped.
        '\u{300}'..='\u{36f}' => "",
        _ => return None,
    })
}

/// Splits folded text into words: runs of letters and digits. Returns each word with the
/// index (in characters) of its first character.
pub fn words(folded: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = folded.char_indices().enumerate().peekable();
    std::iter::from_fn(move || {
        // Skip separators.
        while let Some((_, (_, c))) = chars.peek() {
            if c.is_alphanumeric() {
                break;
            }
            chars.next();
        }
        let (start_char, (start_byte, _)) = chars.next()?;
        let mut end_byte = folded.len();
        while let Some((_, (byte, c))) = chars.peek() {
            if !c.is_alphanumeric() {
                end_byte = *byte;
                break;
            }
            chars.next();
        }
        Some((start_char, &folded[start_byte..end_byte]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("TYÖNHAKU Åbo Café"), "tyonhaku abo cafe");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn origin_points_back_to_original_characters() {
        let f = fold_with_origin("Äß!");
        assert_eq!(f.text, "ass!");
        assert_eq!(f.origin, vec![0, 1, 1, 2]);
    }

    #[test]
    fn a_span_of_folded_text_points_back_as_the_whole_fold_does() {
        for text in ["Äß! Kotkassa", "Straße ja velka", "e\u{301}tude"] {
            let whole = fold_with_origin(text);
            for start in 0..whole.text.chars().count() {
                for end in start + 1..=whole.text.chars().count() {
                    let expected = (whole.origin[start], whole.origin[end - 1]);
                    assert_eq!(origin_span(text, start, end), Some(expected), "{text}");
                }
            }
        }
    }

    #[test]
    fn words_split_on_anything_but_letters_and_digits() {
        let w: Vec<_> = words("cv-paja, 2 ryhmää").collect();
        assert_eq!(w, vec![(0, "cv"), (3, "paja"), (9, "2"), (11, "ryhmää")]);
    }
}
