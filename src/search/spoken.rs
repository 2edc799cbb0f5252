//! Spoken Finnish as a client types it: the written forms a spoken word may stand for. In
//! speech, case endings are clipped ("kaupas" for kaupassa, "töis" for töissä, "äidil" for
//! äidillä, "kelast" for kelasta, "työttömäks" for työttömäksi), partitive plurals lose their
//! ending ("laskui" for laskuja, "töit" for töitä, "ongelmii" for ongelmia), -ea becomes -ee
//! ("kipee", "vaikee"), past participles lose their -t ("masentunu", "eronnu"), the
//! conditional is cut short ("jännittäis") and -kin is -ki ("velkojaki").
//!
//! Catalogue texts are written, so these readings are made only for typed words: a spoken
//! word then shares a key with the written word it stands for. A written word that happens to
//! end like a spoken one ("talous", "kuntoutus") keeps its own keys; a reading only adds keys.

use super::lemma;

/// The shortest word whose end is read as a clipped ending: shorter words are pronouns and
/// particles ("mul", "sit", "jos"), stop words that never reach here as needs.
const MIN_SPOKEN: usize = 4;

/// Written forms a folded, typed word may stand for if it is spoken Finnish; none when no
/// rule applies.
pub fn readings(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut bases = vec![word.to_owned()];
    // The clitic -ki (-kin): "velkojaki", "töihinki", "kotonaki".
    if let Some(base) = word
        .strip_suffix("ki")
        .filter(|b| b.chars().count() >= MIN_SPOKEN)
    {
        out.push(base.to_owned());
        bases.push(base.to_owned());
    }
    for base in &bases {
        for reading in clipped(base) {
            if reading != word && !out.contains(&reading) {
                out.push(reading);
            }
        }
    }
    out
}

/// The written past participle a folded, typed word stands for if it is a spoken one: a
/// vowel, then -nu or -ny, five letters or more ("jaksanu" is "jaksanut"). Unlike the other
/// readings this one is no guess.
pub fn written_participle(word: &str) -> Option<String> {
    let mut from_end = word.chars().rev();
    let ending = (from_end.next(), from_end.next(), from_end.next());
    let spoken = matches!(ending, (Some('u' | 'y'), Some('n'), Some(v)) if lemma::is_vowel(v));
    (spoken && word.chars().count() >= 5).then(|| format!("{word}t"))
}

/// The written Swedish word a folded, typed word stands for if it is Finland-Swedish speech
/// that clips it: "int" is "inte" ("orkar int"), "sku" is "skulle". Neither is a word of its
/// own in Finnish, Swedish or English, so the reading is no guess.
pub fn written_swedish(word: &str) -> Option<&'static str> {
    match word {
        "int" => Some("inte"),
        "sku" => Some("skulle"),
        _ => None,
    }
}

/// The written forms of a word whose ending speech has clipped.
fn clipped(word: &str) -> Vec<String> {
    let letters: Vec<char> = word.chars().collect();
    let n = letters.len();
    if n < MIN_SPOKEN {
        return Vec::new();
    }
    let last = letters[n - 1];
    let before = letters[n - 2];
    let vowel_before = lemma::is_vowel(before);
    let mut out: Vec<String> = Vec::new();
    let mut add = |reading: String| out.push(reading);
    match (before, last) {
        // Past participle: masentunu(t), eronnu(t), uupunu(t).
        ('n', 'u' | 'y') if n >= 5 => add(format!("{word}t")),
        // Elative and ablative: kaupast(a), kelast(a), mult(a).
        ('s' | 'l', 't') if n >= 5 => add(format!("{word}a")),
        // Translative: työttömäks(i), sairaaks(i).
        ('k', 's') if n >= 5 => add(format!("{word}i")),
        // Partitive plural: töit(ä), papereit(a).
        ('i', 't') if n >= 5 => add(format!("{word}a")),
        // Partitive plural: laskui → laskuja, velkoi → velkoja; ongelmii → ongelmia.
        ('u' | 'o' | 'y', 'i') if n >= 5 => add(format!("{}ja", &word[..word.len() - 1])),
        ('i', 'i') if n >= 5 => add(format!("{}a", &word[..word.len() - 1])),
        // -ea spoken -ee: kipee, vaikee, pimee.
        ('e', 'e') => add(format!("{}a", &word[..word.len() - 1])),
        // Inessive and adessive: kaupas(sa), töis(sä), äidil(lä), kelal(la).
        (_, 's') if vowel_before => add(format!("{word}sa")),
        (_, 'l') if vowel_before => add(format!("{word}la")),
        _ => {}
    }
    // The conditional: jännittäis → jännittää, pelottais → pelottaa.
    if n >= 6
        && let Some(stem) = word.strip_suffix("ais")
    {
        add(format!("{stem}aa"));
    }
    out
}

/// The keys of a typed word: its own and those of the written forms it may stand for.
pub fn typed_keys(word: &str) -> Vec<String> {
    let mut keys = lemma::keys(word);
    for reading in readings(word) {
        for key in lemma::keys(&reading) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold;

    /// Spoken forms a client types, each with the written word a service would say.
    const SPOKEN: &[(&str, &str)] = &[
        ("kaupas", "kauppa"),
        ("kaupast", "kauppa"),
        ("töis", "työ"),
        ("töist", "työ"),
        ("töit", "työ"),
        ("koulus", "koulu"),
        ("netis", "netti"),
        ("kämpäs", "kämppä"),
        ("sossus", "sossu"),
        ("äidil", "äiti"),
        ("kaveril", "kaveri"),
        ("lääkäril", "lääkäri"),
        ("kelal", "kela"),
        ("kelast", "kela"),
        ("eläkkeel", "eläke"),
        ("sairaslomal", "sairasloma"),
        ("laskui", "lasku"),
        ("velkoi", "velka"),
        ("ulosottoi", "ulosotto"),
        ("juttui", "juttu"),
        ("ongelmii", "ongelma"),
        ("päihteit", "päihde"),
        ("kipee", "kipeä"),
        ("vaikee", "vaikea"),
        ("masentunu", "masentunut"),
        ("masentunu", "masennus"),
        ("uupunu", "uupumus"),
        ("velkojaki", "velka"),
        ("töihinki", "työ"),
        ("kotonaki", "koti"),
        ("työttömäks", "työtön"),
        ("jännittäis", "jännittää"),
        ("pelottais", "pelottaa"),
        ("ahistais", "ahdistaa"),
    ];

    #[test]
    fn spoken_forms_share_a_key_with_the_written_word() {
        let mut missed = Vec::new();
        for (spoken, written) in SPOKEN {
            let written_keys = lemma::keys(&fold(written));
            if !typed_keys(&fold(spoken))
                .iter()
                .any(|k| written_keys.contains(k))
            {
                missed.push(format!("{spoken} → {written}"));
            }
        }
        assert!(missed.is_empty(), "not joined: {missed:?}");
    }

    #[test]
    fn a_written_word_keeps_its_own_keys() {
        for word in ["talous", "kuntoutus", "velka", "ahdistus", "asunto"] {
            let own = lemma::keys(word);
            let typed = typed_keys(word);
            assert!(own.iter().all(|k| typed.contains(k)), "{word}");
        }
        // Short words are never read as clipped: "mul" and "jos" stay what they are.
        assert!(readings("mul").is_empty());
        assert!(readings("jos").is_empty());
    }
}
