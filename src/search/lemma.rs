//! Word keys for matching inflected forms: two words with a key in common are taken to be forms
//! of one word. A key is made from the folded word and from its Snowball stem (Finnish,
//! Swedish and English, from `rust-stemmers`), and the Finnish keys are then brought to one
//! shape by rules for what Snowball leaves alone: consonant gradation (velka/velan,
//! opinto/opinnot, lupa/luvat), stem alternation (käsi/käden, kuntoutus/kuntoutukseen), the
//! shortened diphthong of plural forms (työ/töihin) and verb endings (ahdistaa/ahdistus).
//!
//! Keys only ever compare words of the catalogue with typed words, so a rule that joins two
//! unrelated words costs a weaker hit, never a missing one; rules are kept few for that reason.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

struct Stemmers {
    fi: Stemmer,
    sv: Stemmer,
    en: Stemmer,
}

static STEMMERS: LazyLock<Stemmers> = LazyLock::new(|| Stemmers {
    fi: Stemmer::create(Algorithm::Finnish),
    sv: Stemmer::create(Algorithm::Swedish),
    en: Stemmer::create(Algorithm::English),
});

/// Shortest key that says anything: three letters (työ, juo, käsi as kät).
const MIN_KEY: usize = 3;
/// A case ending is taken off only if at least this much of the word is left.
const MIN_STEM: usize = 3;

/// Keys of a folded word. Finnish keys and Swedish/English stems are kept apart by a prefix
/// letter, so that a Finnish key never meets an English stem by chance.
pub fn keys(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(6);
    let mut push = |key: String| {
        // The tag letter and at least MIN_KEY letters.
        if key.chars().count() > MIN_KEY && !out.contains(&key) {
            out.push(key);
        }
    };
    let stemmers = &*STEMMERS;
    for stem in finnish_stems(word) {
        push(tagged_finnish_key(&stem));
    }
    push(tagged_finnish_key(&stemmers.fi.stem(word)));
    let swedish = swedish_bases(word).map(|base| ('s', &stemmers.sv, base));
    for (tag, stemmer, word) in swedish.chain([('e', &stemmers.en, word)]) {
        let stem = stemmer.stem(word);
        if stem.chars().count() >= 4 {
            push(format!("{tag}{stem}"));
        }
    }
    out
}

/// A Swedish word and the word without the definite ending the Snowball stemmer leaves on:
/// skolan/skola, ekonomin/ekonomi, barnet/barn, stödet/stöd, hjälpen/hjälp.
fn swedish_bases(word: &str) -> impl Iterator<Item = &str> {
    let long_enough = |base: &&str| base.chars().count() >= MIN_STEM;
    let after_vowel = ["n", "t"]
        .iter()
        .filter_map(|end| word.strip_suffix(end))
        .filter(|base| base.chars().last().is_some_and(is_vowel));
    let after_consonant = ["en", "et"]
        .iter()
        .filter_map(|end| word.strip_suffix(end))
        .filter(|base| base.chars().last().is_some_and(|c| !is_vowel(c)));
    std::iter::once(word).chain(after_vowel.chain(after_consonant).filter(long_enough))
}

/// Finnish case endings and plural forms, folded (ä and ö as a and o, so that -ssa stands for
/// -ssä too). Every ending a word has yields a stem: which one is right is not known without a
/// dictionary, and a wrong one only adds a key.
const ENDINGS: &[&str] = &[
    "maan", "massa", "masta", "malla", "minen", "misen", "mista", "issa", "ista", "illa", "ilta",
    "ille", "iksi", "ihin", "iden", "itten", "ina", "ita", "ja", "jen", "ssa", "sta", "lla", "lta",
    "lle", "ksi", "tta", "ten", "na", "ta", "da", "hin", "han", "hon", "hun", "hyn", "hen", "en",
    "a", "n", "t",
];

/// The word and the stems left when one of its endings (after a clitic) is taken off.
fn finnish_stems(word: &str) -> Vec<String> {
    let mut base = word;
    for clitic in ["kaan", "kin"] {
        if base.len() > clitic.len() + 3 {
            base = base.strip_suffix(clitic).unwrap_or(base);
        }
    }
    let mut stems = vec![base.to_owned()];
    // -nen adjectives and nouns have a stem in -se- (sosiaalinen/sosiaaliseen), -ton/-tön
    // adjectives one in -ttoma- (työtön/työttömät, asunnoton/asunnottomat).
    if let Some(stem) = base.strip_suffix("nen").filter(|s| s.len() >= MIN_STEM) {
        stems.push(format!("{stem}s"));
    }
    if let Some(stem) = base.strip_suffix("ton").filter(|s| s.len() >= MIN_STEM) {
        stems.push(format!("{stem}ttom"));
    }
    for ending in ENDINGS {
        if let Some(stem) = base.strip_suffix(ending)
            && stem.chars().count() >= MIN_STEM
        {
            stems.push(stem.to_owned());
            // The plural shortens a diphthong: työ/töihin, suo/soihin.
            if let Some(head) = stem.strip_suffix("oi").filter(|h| !h.is_empty()) {
                stems.push(format!("{head}yo"));
                stems.push(format!("{head}uo"));
            }
        }
    }
    let weak: Vec<String> = stems.iter().filter_map(|s| lost_k(s)).collect();
    stems.extend(weak);
    let verb_stems: Vec<String> = stems.iter().filter_map(|s| verb_stem(s)).collect();
    stems.extend(verb_stems);
    // An adjective made of a noun: väkivaltainen/väkivaltaisen/väkivalta,
    // ammatillinen/ammatillista/ammatti.
    for suffix in ADJECTIVE_ENDINGS {
        if let Some(noun) = base.strip_suffix(suffix) {
            let noun = noun.strip_suffix("ll").unwrap_or(noun);
            if noun.chars().count() >= 5 {
                stems.push(noun.to_owned());
            }
        }
    }
    stems
}

/// The endings of -inen adjectives in their common cases.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "inen", "isen", "iseen", "ista", "isia", "isten", "iset", "isille", "isesti",
];

/// The strong stem of a short word whose k the weak grade dropped: tue- of tuen, tuet is tuk-
/// of tuki, tukea; lue- of luen is luk- of lukea. Its key would otherwise have two letters,
/// too few to join words by.
fn lost_k(stem: &str) -> Option<String> {
    let letters: Vec<char> = stem.chars().collect();
    match letters[..] {
        [c, v, 'e'] if !is_vowel(c) && matches!(v, 'u' | 'y' | 'o' | 'a') => {
            Some([c, v, 'k'].iter().collect())
        }
        _ => None,
    }
}

/// The verb an action noun is made from, as a stem: ahdistus/ahdistaa, kuntoutus/kuntoutua,
/// valmennus/valmentaa, uupumus/uupua; and the verb of a participle: masentunut/masentaa,
/// uupunut/uupua. A client says the verb ("mua ahdistaa"), a service
/// names the noun. Only long stems are taken, so that talous is not talo.
fn verb_stem(stem: &str) -> Option<String> {
    let long = |head: &str, min: usize| (head.chars().count() >= min).then(|| head.to_owned());
    ["mus", "mys", "nut", "nyt", "neet"]
        .iter()
        .find_map(|end| stem.strip_suffix(end).and_then(|head| long(head, 4)))
        .or_else(|| {
            ["us", "ys", "uks", "yks"]
                .iter()
                .find_map(|end| stem.strip_suffix(end).and_then(|head| long(head, 5)))
        })
}

/// The Finnish key of a folded stem after its tag letter `f`, as `keys` lists it: made without
/// a second string, since every word of the catalogue has a dozen of these worked out.
fn tagged_finnish_key(word: &str) -> String {
    let letters = finnish_key_letters(word);
    let mut key = String::with_capacity(1 + letters.len() * 2);
    key.push('f');
    key.extend(letters);
    key
}

/// The Finnish key of a folded stem: gradation undone, doubled consonants single, trailing
/// vowels off.
fn finnish_key_letters(word: &str) -> Vec<char> {
    let mut w: Vec<char> = Vec::with_capacity(word.len());
    w.extend(word.chars());
    // Most stems hold none of the clusters: one look at the pairs of letters spares each
    // cluster's own.
    if w.windows(2).any(|pair| is_cluster(pair[0], pair[1])) {
        for (strong, weak) in GRADATION {
            replace_all(&mut w, strong, weak);
        }
    }
    // Doubled consonants single (long vowels are kept: puutyö is not puuttuu).
    w.dedup_by(|a, b| a == b && !is_vowel(*a));
    // Weak grades of t and p inside the word (katu/kadun, lupa/luvan); a first letter is
    // never a weak grade (velka is not pelko).
    for c in w.iter_mut().skip(1) {
        *c = weak_grade(*c);
    }
    // One final vowel off, or a long one (a diphthong stays half: puutyö is not puuttuu),
    // never below three letters: a two-letter key joins unrelated words (löydä and loan,
    // meen and meihin), while työ, juo and asu keep their vowel and still meet their forms.
    if w.len() > MIN_KEY
        && let Some(&last) = w.last().filter(|&&c| is_vowel(c))
    {
        w.pop();
        if w.len() > MIN_KEY && w.last() == Some(&last) {
            w.pop();
        }
    }
    stem_alternation(&mut w);
    w
}

/// Whether two letters are the strong grade of one of the `GRADATION` clusters.
fn is_cluster(a: char, b: char) -> bool {
    matches!(a, 'n' | 'm' | 'l' | 'r' | 'h')
        && GRADATION.iter().any(|(strong, _)| strong == &[a, b])
}

/// Consonant clusters in their strong and weak grades, each brought to one form.
const GRADATION: [(&[char], &[char]); 11] = [
    (&['n', 't'], &['n']),
    (&['n', 'n'], &['n']),
    (&['m', 'p'], &['m']),
    (&['m', 'm'], &['m']),
    (&['l', 't'], &['l']),
    (&['r', 't'], &['r']),
    (&['n', 'k'], &['n']),
    (&['n', 'g'], &['n']),
    (&['l', 'j'], &['l']),
    (&['h', 'd'], &['h']),
    (&['h', 't'], &['h']),
];

/// The end of a stem after its vowels are gone: velk/vel (velka/velan), kas/kat (käsi/käden),
/// kuntoutuks/kuntoutus.
fn stem_alternation(w: &mut Vec<char>) {
    if w.ends_with(&['k', 's']) {
        w.remove(w.len() - 2);
    }
    // A k after a vowel or l, r, h disappears in the weak grade (velka/velan).
    if w.len() > MIN_KEY
        && w.last() == Some(&'k')
        && w.get(w.len() - 2)
            .is_some_and(|&c| is_vowel(c) || matches!(c, 'l' | 'r' | 'h'))
    {
        w.pop();
    }
    // -si/-de-/-te-: käsi/käden, vesi/veden, kuntoutus/kuntoutukseen.
    if w.len() >= MIN_KEY
        && w.last() == Some(&'s')
        && w.get(w.len() - 2).is_some_and(|&c| is_vowel(c))
        && let Some(last) = w.last_mut()
    {
        *last = 't';
    }
}

fn replace_all(w: &mut Vec<char>, from: &[char], to: &[char]) {
    let at = |w: &[char], i: usize| w[i..].iter().zip(from).all(|(a, b)| a == b);
    // Most stems hold none of the clusters: look before changing anything.
    if !(0..(w.len() + 1).saturating_sub(from.len())).any(|i| at(w, i)) {
        return;
    }
    let mut i = 0;
    while i + from.len() <= w.len() {
        if w[i..i + from.len()] == *from {
            w.splice(i..i + from.len(), to.iter().copied());
            i += to.len();
        } else {
            i += 1;
        }
    }
}

/// The letter a weak grade is read as in a key (katu/kadun, lupa/luvan).
pub fn weak_grade(c: char) -> char {
    match c {
        'd' => 't',
        'v' => 'p',
        other => other,
    }
}

pub fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Whether two folded words share a key.
pub fn same_word(a: &str, b: &str) -> bool {
    let kb = keys(b);
    keys(a).iter().any(|k| kb.contains(k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold;

    /// Inflected forms as they occur in service texts, each with its base form.
    const FORMS: &[(&str, &[&str])] = &[
        (
            "velka",
            &["velan", "velat", "velkaa", "velkoja", "velkojen"],
        ),
        ("käsi", &["käden", "kädet", "kättä"]),
        ("työ", &["töihin", "työtä", "työhön", "työn", "töitä"]),
        ("lukea", &["luen", "lukee", "lukeminen"]),
        ("tuki", &["tuen", "tuet", "tukea", "tukee", "tukena"]),
        (
            "opinto",
            &["opinnot", "opintoja", "opintojen", "opinnoissa"],
        ),
        ("lupa", &["luvat", "luvan", "lupaa"]),
        ("asunto", &["asunnon", "asuntoa", "asunnot", "asunnossa"]),
        (
            "kuntoutus",
            &["kuntoutukseen", "kuntoutuksen", "kuntoutusta"],
        ),
        (
            "sosiaalinen",
            &["sosiaaliseen", "sosiaalisen", "sosiaalista"],
        ),
        ("klubitalo", &["klubitalolle", "klubitalossa", "klubitalon"]),
        (
            "työpaja",
            &["työpajalla", "työpajassa", "työpajaan", "työpajoissa"],
        ),
        ("ulosotto", &["ulosottoja", "ulosoton", "ulosotossa"]),
        ("rutiini", &["rutiinia", "rutiineja", "rutiinit"]),
        ("jutella", &["juttelemaan", "juttelemassa"]),
        ("jännittää", &["jännittäminen", "jännittämistä"]),
        ("kotka", &["kotkassa", "kotkan"]),
        ("lappeenranta", &["lappeenrannassa", "lappeenrannan"]),
        ("päihde", &["päihteet", "päihteitä", "päihteiden"]),
        (
            "valmennus",
            &["valmennukseen", "valmennuksessa", "valmennusta"],
        ),
        ("yksinäisyys", &["yksinäisyyteen", "yksinäisyyttä"]),
        ("talous", &["talouden", "taloutta"]),
        ("ekonomi", &["ekonomin", "ekonomier"]),
        ("työtön", &["työttömät", "työttömille", "työttömän"]),
        ("asunnoton", &["asunnottomat", "asunnottomille"]),
        ("skuld", &["skulder", "skulderna"]),
        ("skola", &["skolan", "skolor"]),
        ("barn", &["barnet", "barnen"]),
        ("stöd", &["stödet"]),
        ("ekonomi", &["ekonomin"]),
        ("boende", &["boendet"]),
        // A verb as a client says it and the action noun a service names.
        ("ahdistus", &["ahdistaa", "ahdisti", "ahdistuksen"]),
        ("kuntoutus", &["kuntoutua", "kuntoutumaan"]),
        ("valmennus", &["valmentaa", "valmennukseen"]),
        ("harrastus", &["harrastaa", "harrastan", "harrastuksiin"]),
        ("masennus", &["masentaa", "masentunut"]),
        ("uupumus", &["uupunut"]),
        ("juominen", &["juoda", "juon", "juo"]),
        ("pelaaminen", &["pelata", "pelaan", "pelaa"]),
        ("asuminen", &["asua", "asun"]),
        ("väkivalta", &["väkivaltainen", "väkivaltaisen"]),
        ("ammatti", &["ammatillinen"]),
        ("housing", &["house"]),
    ];

    #[test]
    fn inflected_forms_share_a_key_with_their_base_form() {
        let mut missed = Vec::new();
        for (base, forms) in FORMS {
            for form in *forms {
                if !same_word(&fold(base), &fold(form)) {
                    missed.push(format!("{form} → {base}"));
                }
            }
        }
        assert!(missed.is_empty(), "not joined: {missed:?}");
    }

    #[test]
    fn different_words_stay_apart() {
        for (a, b) in [
            ("puutyö", "puuttuu"),
            ("kotka", "kota"),
            ("asunto", "asukas"),
            ("työ", "tuo"),
            ("ahdistus", "ahdinko"),
            ("opinto", "opas"),
            ("velan", "pelko"),
            ("dementia", "tementia"),
            ("talous", "talo"),
            ("kokous", "koko"),
            // Two letters are too few to join words by: ordinary verbs of a client's
            // sentence would meet unrelated words.
            ("löydä", "loan"),
            ("meen", "meihin"),
            ("etten", "ett"),
        ] {
            assert!(!same_word(&fold(a), &fold(b)), "{a} and {b}");
        }
    }
}
