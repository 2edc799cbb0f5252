//! Folding text for matching: Unicode lower case, Latin accents removed (ä→a, ö→o, å→a, é→e,
//! ...), so that "TYONHAKU" typed on a foreign keyboard finds "työnhaku". Folding keeps a map
//! from every folded character back to the original character, so that highlights land on
//! the letters the user sees.

use serde::{Deserialize, Serialize};

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
    out.reserve(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // Runs of ASCII (most of any text) are copied and lower-cased whole.
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            push_folded(c, out);
            rest = &rest[c.len_utf8()..];
        }
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
        folded += if c.is_ascii() {
            1
        } else {
            one.clear();
            push_folded(c, &mut one);
            one.chars().count()
        };
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

/// Which of a word's first sixteen letters are written with dots or a ring (ä, ö, å), which
/// folding takes off: a word typed with them is not one written without them at the same
/// place ("tält", a tent, does not begin "talterapi"). Where the written letters do not line
/// up with the folded ones, nothing is known of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dots(u16);

impl Dots {
    const LETTERS: usize = 16;
    /// Every letter dotted: what a catalogue word whose letters are not known is taken to be,
    /// so that no typed word is told apart from it.
    pub const ANY: Dots = Dots(u16::MAX);

    /// The dotted letters of `written`, a word as written in any case (a decomposed "a" and
    /// its combining dots is one letter), whose folded form has `folded_letters` letters;
    /// none when the two do not line up.
    pub fn of(written: &str, folded_letters: usize) -> Option<Self> {
        let mut bits = 0u16;
        let mut at = 0usize;
        for c in written.chars() {
            match c {
                // Combining dots or ring: on the letter before.
                '\u{308}' | '\u{30a}' => {
                    if (1..=Self::LETTERS).contains(&at) {
                        bits |= 1 << (at - 1);
                    }
                    continue;
                }
                '\u{300}'..='\u{36f}' => continue,
                'ä' | 'ö' | 'å' | 'Ä' | 'Ö' | 'Å' if at < Self::LETTERS => bits |= 1 << at,
                _ => {}
            }
            at += 1;
        }
        (at == folded_letters).then_some(Dots(bits))
    }

    /// Notes the dotted letters of another written form of the same folded word.
    pub fn join(&mut self, other: Dots) {
        self.0 |= other.0;
    }

    /// Whether a typed word with these dots may be `written` as far as its first `letters`
    /// letters go: each of them typed with dots is dotted in some written form.
    pub fn within(self, written: Dots, letters: usize) -> bool {
        let first = match letters {
            0 => 0,
            n if n >= Self::LETTERS => u16::MAX,
            n => (1u16 << n) - 1,
        };
        self.0 & first & !written.0 == 0
    }
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
    let mut byte = 0;
    let mut char_at = 0;
    // The letter or digit test and the length in bytes of the character at `at`: folded text
    // is almost all ASCII, read a byte at a time.
    let next = move |at: usize| -> Option<(bool, usize)> {
        let &b = folded.as_bytes().get(at)?;
        if b.is_ascii() {
            return Some((b.is_ascii_alphanumeric(), 1));
        }
        let c = folded[at..].chars().next()?;
        Some((c.is_alphanumeric(), c.len_utf8()))
    };
    std::iter::from_fn(move || {
        // Skip separators.
        loop {
            let (alphanumeric, len) = next(byte)?;
            if alphanumeric {
                break;
            }
            byte += len;
            char_at += 1;
        }
        let (start_byte, start_char) = (byte, char_at);
        while let Some((true, len)) = next(byte) {
            byte += len;
            char_at += 1;
        }
        Some((start_char, &folded[start_byte..byte]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_are_told_by_place_and_only_where_the_letters_line_up() {
        let dots = |w: &str| Dots::of(w, fold(w).chars().count());
        let (tent, speech) = (dots("Tält").unwrap(), dots("talterapi").unwrap());
        assert!(!tent.within(speech, 4));
        assert!(tent.within(tent, 4));
        assert!(Dots::default().within(speech, 4));
        // A decomposed ä (a and combining dots) is dotted too.
        assert_eq!(dots("ta\u{308}lt"), Some(tent));
        // Letters that fold into two ("ß") leave the places unknown.
        assert_eq!(dots("straße"), None);
        // Past the letters compared, dots say nothing: "yllättävä" shares "yllättä" with
        // "yllättäen".
        assert!(
            dots("yllättävä")
                .unwrap()
                .within(dots("yllättäen").unwrap(), 7)
        );
        assert!(tent.within(Dots::ANY, 4));
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("TYÖNHAKU Åbo Café"), "tyonhaku abo cafe");
        assert_eq!(fold("ÄÄNI, Ääni ja ÆØ"), "aani, aani ja aeo");
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
        let w: Vec<_> = words("ää–öö, ß1 ¡x").collect();
        assert_eq!(w, vec![(0, "ää"), (3, "öö"), (7, "ß1"), (11, "x")]);
    }
}
