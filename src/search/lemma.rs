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

/// Keys of a folded word: of its forms and of the words it is derived from or made into, as
/// one list. Finnish keys and Swedish/English stems are kept apart by a prefix letter, so
/// that a Finnish key never meets an English stem by chance.
pub fn keys(word: &str) -> Vec<String> {
    let Keys { mut forms, derived } = all_keys(word);
    for key in derived {
        let key = key.to_lowercase();
        if !forms.contains(&key) {
            forms.push(key);
        }
    }
    forms
}

/// The tag of a key that is a word itself or the word without a plain Finnish ending (made by
/// the thesaurus, see `thesaurus::ended_keys`): a Finnish rule's key like `f` and `F`.
pub const ENDED_TAG: char = '~';

/// Whether a key is one of the Finnish rules' (tagged `f` or `F`, or [`ENDED_TAG`]).
pub fn is_finnish_key(key: &str) -> bool {
    key.starts_with(['f', 'F', ENDED_TAG])
}

/// The keys of a word's forms (tagged `f`, `s`, `e`: velan of velka) and those of the words
/// it is derived from or made into (tagged `F`, `S`, `E`: ahdistus of ahdistaa, yksinäisyys
/// of yksinäinen, loneliness of lonely). Two words are forms of one word when their form keys
/// meet, one is derived from the other when a derived key of one meets a key of the other.
pub struct Keys {
    pub forms: Vec<String>,
    pub derived: Vec<String>,
}

pub fn all_keys(word: &str) -> Keys {
    let mut forms: Vec<String> = Vec::with_capacity(8);
    let mut derived: Vec<String> = Vec::new();
    let push = |list: &mut Vec<String>, key: String| {
        // The tag letter and at least MIN_KEY letters.
        if key.chars().count() > MIN_KEY && !list.contains(&key) {
            list.push(key);
        }
    };
    let stemmers = &*STEMMERS;
    if may_be_finnish_form(word) {
        let finnish = finnish_stems(word);
        for stem in &finnish.forms {
            push(&mut forms, tagged_finnish_key(stem, 'f'));
        }
        push(&mut forms, tagged_finnish_key(&stemmers.fi.stem(word), 'f'));
        for stem in &finnish.derived {
            let key = tagged_finnish_key(stem, 'F');
            if !forms.iter().any(|f| f[1..] == key[1..]) {
                push(&mut derived, key);
            }
        }
    }
    let swedish = swedish_bases(word).map(|base| ('s', &stemmers.sv, base));
    for (tag, stemmer, word) in swedish.chain([('e', &stemmers.en, word)]) {
        let stem = stemmer.stem(word);
        if stem.chars().count() >= 4 {
            push(&mut forms, format!("{tag}{stem}"));
        }
    }
    let swedish = swedish_derived(word).map(|base| ('S', &stemmers.sv, base));
    for (tag, stemmer, base) in swedish.chain(english_derived(word).map(|b| ('E', &stemmers.en, b)))
    {
        let stem = stemmer.stem(&base);
        if stem.chars().count() >= 4 {
            push(&mut derived, format!("{tag}{stem}"));
        }
    }
    Keys { forms, derived }
}

/// Whether a folded word may be a Finnish form: no written Finnish word ends in two
/// consonants but the spoken clitic of "onks", "miks". A word that does ("ångest", "konkurs",
/// "support") is not read by the Finnish rules, which would make it a form of a Finnish word it
/// only looks like ("ångest" of "annetaan"). A typed word clipped in speech ("kelast") is read
/// as the written form it stands for by `spoken`, not here.
fn may_be_finnish_form(word: &str) -> bool {
    let consonant = |c: char| c.is_ascii_alphabetic() && !is_vowel(c);
    let mut from_end = word.chars().rev();
    match (from_end.next(), from_end.next()) {
        (Some('s'), Some('k')) => true,
        (Some(last), Some(before)) => !(consonant(last) && consonant(before)),
        _ => true,
    }
}

/// The keys that find the words related to a word with keys `keys` by derivation: those
/// derived from it (their derived keys meet its form keys), those it is derived from (its
/// derived keys meet their form keys), and those derived from the same word.
pub fn related_keys(keys: &Keys) -> Vec<String> {
    let retag = |key: &String, upper: bool| {
        let mut chars = key.chars();
        let tag = chars.next().map(|c| {
            if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        });
        tag.into_iter().chain(chars).collect::<String>()
    };
    let forms = keys.forms.iter().map(|k| retag(k, true));
    let derived = keys.derived.iter().map(|k| retag(k, false));
    forms
        .chain(keys.derived.iter().cloned())
        .chain(derived)
        .collect()
}

/// The adjective a Swedish noun in -het is made of: ensamhet/ensam, arbetslöshet/arbetslös.
fn swedish_derived(word: &str) -> impl Iterator<Item = String> + '_ {
    ["heten", "heter", "het"]
        .iter()
        .find_map(|end| word.strip_suffix(end))
        .filter(|base| base.chars().count() >= 4)
        .map(str::to_owned)
        .into_iter()
}

/// The word an English noun in -ness is made of (loneliness/lonely, sadness/sad), and the
/// shared root of -ous adjectives and -ety nouns (anxious/anxiety, various/variety).
fn english_derived(word: &str) -> impl Iterator<Item = String> + '_ {
    let ness = word
        .strip_suffix("ness")
        .map(|base| match base.strip_suffix('i') {
            Some(head) => format!("{head}y"),
            None => base.to_owned(),
        });
    let root = ["ous", "ety"]
        .iter()
        .find_map(|end| word.strip_suffix(end))
        .map(str::to_owned);
    ness.into_iter()
        .chain(root)
        .filter(|base| base.chars().count() >= 4)
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

/// The stems of a Finnish word's forms, and of the words it is derived from or made into.
struct Stems {
    forms: Vec<String>,
    derived: Vec<String>,
}

/// The word and the stems left when one of its endings (after a clitic and a possessive
/// suffix) is taken off; and the stems of its derivations.
fn finnish_stems(word: &str) -> Stems {
    let mut base = word;
    for clitic in ["kaan", "kin"] {
        if base.len() > clitic.len() + 3 {
            base = base.strip_suffix(clitic).unwrap_or(base);
        }
    }
    let mut bases = vec![base];
    bases.extend(without_possessive(base));
    // A genitive's n stays before the third person's -sa: lastensa, tarpeidensa.
    bases.extend(base.strip_suffix("nsa").map(|_| &base[..base.len() - 2]));
    let mut stems: Vec<String> = Vec::with_capacity(16);
    // The one who does is made from what is done, but is not a form of it: "hoitaja" is
    // derived from "hoito", as "valmentaja" from "valmennus".
    let mut agents: Vec<String> = Vec::new();
    for base in bases {
        stems.push(base.to_owned());
        for ending in ENDINGS {
            if let Some(stem) = base.strip_suffix(ending)
                && stem.chars().count() >= MIN_STEM
            {
                if is_agent_noun(stem, ending) {
                    agents.push(stem.to_owned());
                    continue;
                }
                stems.push(stem.to_owned());
                // A -psi noun loses its p before -ten and -ta: lapsi/lasten/lasta.
                if matches!(*ending, "ten" | "ta")
                    && let Some(head) = stem.strip_suffix('s')
                    && head.ends_with(is_vowel)
                {
                    stems.push(format!("{head}ps"));
                }
                // The plural shortens a diphthong: työ/töihin, suo/soihin.
                if let Some(head) = stem.strip_suffix('i') {
                    stems.extend(long_vowels(head));
                }
            }
        }
    }
    // -nen adjectives and nouns have a stem in -se- (sosiaalinen/sosiaaliseen), -ton/-tön
    // adjectives one in -ttoma- (työtön/työttömät, maksutonta/maksuttomaan), -as/-äs nouns
    // one in a long vowel (asiakas/asiakkaan, iäkäs/iäkkäät), -in nouns one in -ime-
    // (avoin/avoimen, eläin/eläimet).
    let mut more = Vec::new();
    for stem in &stems {
        let cut = |end: &str| stem.strip_suffix(end).filter(|s| s.len() >= MIN_STEM);
        if let Some(head) = cut("nen") {
            more.push(format!("{head}s"));
        }
        if let Some(head) = cut("ton") {
            more.push(format!("{head}ttom"));
        }
        // An -ias adjective too: vuotias/vuotiaan.
        if let Some(head) =
            cut("as").filter(|h| h.chars().last().is_some_and(|c| !is_vowel(c) || c == 'i'))
        {
            more.push(format!("{head}aa"));
        }
        if let Some(head) = cut("in").filter(|h| h.chars().last().is_some_and(is_vowel)) {
            more.push(format!("{head}im"));
        }
    }
    stems.extend(more);
    let weak: Vec<String> = stems.iter().filter_map(|s| lost_k(s)).collect();
    stems.extend(weak);
    let mut derived: Vec<String> = stems.iter().filter_map(|s| verb_stem(s)).collect();
    derived.extend(agents);
    // An adjective made of a noun: väkivaltainen/väkivaltaisen/väkivalta,
    // ammatillinen/ammatillista/ammatti.
    for suffix in ADJECTIVE_ENDINGS {
        if let Some(noun) = base.strip_suffix(suffix) {
            let noun = noun.strip_suffix("ll").unwrap_or(noun);
            if noun.chars().count() >= 5 {
                derived.push(noun.to_owned());
            }
        }
    }
    Stems {
        forms: stems,
        derived,
    }
}

/// Whether `stem` + `ending` is an agent noun (hoitaja, ohjaaja, tekijä), not a plural
/// partitive: a partitive's -ja/-jä follows o, u, y, ö, e or i (taloja, kouluja), never a or ä,
/// so "hoitaja" is not a form of "hoito".
fn is_agent_noun(stem: &str, ending: &str) -> bool {
    ending == "ja" && stem.ends_with('a')
}

/// The word without a possessive suffix: lapsensa/lapse-, tarpeesi/tarpee-, palvelumme,
/// työssään/työssä. A possessive follows a vowel, and what is left has at least four letters.
fn without_possessive(word: &str) -> Option<&str> {
    let fits = |stem: &&str| stem.chars().count() >= 4 && stem.chars().last().is_some_and(is_vowel);
    if let Some(stem) = ["nsa", "mme", "nne", "si", "ni"]
        .iter()
        .filter_map(|end| word.strip_suffix(end))
        .find(fits)
    {
        return Some(stem);
    }
    // The third person after a case ending: a long vowel and n (työssään, itseään).
    let letters: Vec<char> = word.chars().collect();
    match letters[..] {
        [.., a, b, 'n'] if a == b && is_vowel(a) => word.strip_suffix('n')?.get(..word.len() - 2),
        _ => None,
    }
    .filter(fits)
}

/// The long vowels a plural's vowel before -i- may stand for: töi- of työ, soi- of suo.
fn long_vowels(head: &str) -> Vec<String> {
    match head.strip_suffix('o') {
        Some(rest) if !rest.is_empty() => vec![format!("{rest}yo"), format!("{rest}uo")],
        _ => Vec::new(),
    }
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
    // A plural in -neet after o or i is a noun's more often than a participle's: koneet,
    // välineet, aineet ("kodinkoneet" is no "kodin").
    let participle = |end: &str, head: &str| end != "neet" || !head.ends_with(['o', 'i']);
    ["mus", "mys", "nut", "nyt", "neet"]
        .iter()
        .find_map(|end| {
            stem.strip_suffix(end)
                .filter(|head| participle(end, head))
                .and_then(|head| long(head, 4))
        })
        .or_else(|| {
            ["us", "ys", "uks", "yks"]
                .iter()
                .find_map(|end| stem.strip_suffix(end).and_then(|head| long(head, 5)))
        })
}

/// The Finnish key of a folded stem after its tag letter (`f` of a form, `F` of a
/// derivation), as `keys` lists it: made without a second string, since every word of the
/// catalogue has a dozen of these worked out.
fn tagged_finnish_key(word: &str, tag: char) -> String {
    let letters = finnish_key_letters(word);
    let mut key = String::with_capacity(1 + letters.len() * 2);
    key.push(tag);
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
mod tests;
