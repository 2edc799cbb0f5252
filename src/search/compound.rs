//! Where a Finnish compound's parts meet, as far as a catalogue's own words tell: "perhetyö" is
//! perhe + työ, both words of the catalogue. Two words that share their first letters are forms
//! of one word only if what they share reaches past such a seam: "perhetyö" and "perhettä"
//! share "perhet", which holds all of "perhe" and only one letter of "työ", so the family work
//! is not a form of "family".

/// How far a shared beginning must reach into a compound's last part for the two words to be
/// taken as forms of one word: the part's first two letters, which consonant gradation leaves
/// ("kotihoito" and "kotihoidon").
const INTO_PART: usize = 2;
/// The shortest part: "työ", "apu", "ero".
const MIN_PART: usize = 3;

/// Case and possessive endings (folded) that follow a stem but are no compound part, even when
/// the catalogue holds them as words of their own ("seen" in English text, "lle"): "sosiaali" +
/// "seen" is one word in the illative, not a compound.
const ENDINGS: &[&str] = &[
    "lle", "lla", "lta", "ssa", "sta", "hin", "ksi", "tta", "ten", "jen", "den", "iden", "ine",
    "ineen", "nen", "sen", "set", "sia", "seen", "siin", "isiin", "ihin", "ille", "illa", "ilta",
    "issa", "ista", "iksi", "lleen", "llaan", "ltaan", "ssaan", "staan", "kseen", "nsa", "mme",
    "nne", "han", "hen", "hon", "hun", "hyn", "ita", "ina", "iin", "kin", "kaan",
];

/// Whether `tail` is a case or possessive ending, never a compound's part.
pub fn is_ending(tail: &str) -> bool {
    ENDINGS.contains(&tail)
}

/// Whether the first `shared` letters of `word` end in a compound's seam or less than
/// [`INTO_PART`] letters past it: `word` splits into a catalogue word and a part (a catalogue
/// word, perhaps with an ending) where the part begins no more than `INTO_PART` letters
/// before `shared`. `is_word` says whether a folded word is the catalogue's.
pub fn seam_near_end(word: &str, shared: usize, is_word: &dyn Fn(&str) -> bool) -> bool {
    let chars = word.chars().count();
    word.char_indices()
        .enumerate()
        .skip(MIN_PART)
        .take_while(|&(at, _)| at <= shared && chars - at >= MIN_PART)
        .filter(|&(at, _)| at + INTO_PART > shared)
        .any(|(_, (byte, _))| {
            let (head, tail) = word.split_at(byte);
            is_head(head, is_word) && is_part(tail, is_word)
        })
}

/// A compound's first part: a catalogue word, or one in the genitive or the s-form that joins
/// compounds ("mielen", "työllisyys").
pub(super) fn is_head(head: &str, is_word: &dyn Fn(&str) -> bool) -> bool {
    is_word(head)
        || head
            .strip_suffix(['n', 's'])
            .is_some_and(|h| h.chars().count() >= MIN_PART && is_word(h))
}

/// Whether `token` is a compound that `word` only begins, as its first part: what follows
/// `word` in it (perhaps after the "n" or "s" that joins parts) is a catalogue word of its own
/// ("ehkaisy" in "ehkaisyneuvonta", "perhe" in "perhetyo"). In a Finnish compound the last
/// part names the thing, so such a token is about something else.
pub fn begins_as_modifier(token: &str, word: &str, is_word: &dyn Fn(&str) -> bool) -> bool {
    let Some(rest) = token.strip_prefix(word) else {
        return false;
    };
    let part = |tail: &str| tail.chars().count() >= MIN_PART && is_part(tail, is_word);
    part(rest) || rest.strip_prefix(['n', 's']).is_some_and(part)
}

/// Whether `word` ends the compound `token`, as its last part, perhaps with up to three
/// letters of an ending after it ("kuntoutus" in "mielenterveyskuntoutuksen" does not, in
/// "mielenterveyskuntoutus" it does).
pub fn ends_as_head(token: &str, word: &str) -> bool {
    token
        .rfind(word)
        .is_some_and(|at| at > 0 && token[at + word.len()..].chars().count() <= 3)
}

/// A compound's later part: a catalogue word of its own, or one with up to three letters of an
/// ending ("työtä" of "työ"), but never an ending alone.
fn is_part(tail: &str, is_word: &dyn Fn(&str) -> bool) -> bool {
    if is_ending(tail) {
        return false;
    }
    let chars: Vec<(usize, char)> = tail.char_indices().collect();
    (0..=3.min(chars.len().saturating_sub(MIN_PART))).any(|cut| {
        let end = chars.get(chars.len() - cut).map_or(tail.len(), |&(b, _)| b);
        is_word(&tail[..end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(words: &'static [&'static str]) -> impl Fn(&str) -> bool {
        move |w| words.contains(&w)
    }

    #[test]
    fn a_shared_beginning_that_stops_at_a_seam_is_found() {
        let is_word = catalogue(&["perhe", "tyo", "talo", "sosiaali", "seen", "klubitalo"]);
        // "perhetyo" and "perhetta" share six letters: perhe + one of tyo.
        assert!(seam_near_end("perhetyo", 6, &is_word));
        assert!(seam_near_end("perhetalo", 6, &is_word));
        // "perhetyota" and "perhetyon" share all of tyo; "kotihoito" and "kotihoidon" share
        // "ho" of hoito.
        assert!(!seam_near_end("perhetyota", 8, &is_word));
        let is_word = catalogue(&["koti", "hoito", "sosiaali", "seen", "klubitalo"]);
        assert!(!seam_near_end("kotihoito", 6, &is_word));
        // An ending is no part, even when the catalogue holds it as a word.
        assert!(!seam_near_end("sosiaaliseen", 8, &is_word));
        assert!(!seam_near_end("klubitalolle", 9, &is_word));
        // A word that is no compound.
        assert!(!seam_near_end("kuntoutukseen", 8, &is_word));
    }

    #[test]
    fn a_first_part_and_a_last_part_are_told_apart() {
        let is_word = catalogue(&["neuvonta", "tyo", "palvelut", "sosiaali", "seen"]);
        assert!(begins_as_modifier("ehkaisyneuvonta", "ehkaisy", &is_word));
        assert!(begins_as_modifier("tyonneuvonta", "tyo", &is_word));
        assert!(begins_as_modifier(
            "tyollisyyspalvelut",
            "tyollisyys",
            &is_word
        ));
        // The rest is an ending, or no word: a form of the word, or the word being typed.
        assert!(!begins_as_modifier("sosiaaliseen", "sosiaali", &is_word));
        assert!(!begins_as_modifier("mielenterveys", "mielenterv", &is_word));
        assert!(ends_as_head("mielenterveyskuntoutus", "kuntoutus"));
        assert!(ends_as_head("paihdekuntoutusta", "kuntoutus"));
        assert!(!ends_as_head("kuntoutusohjaus", "kuntoutus"));
    }
}
