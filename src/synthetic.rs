//! Generated catalogues for benchmarks and scale tests: as many services as asked, with the
//! text lengths and word frequencies of a real catalogue, written as catalogue RON so that
//! loading is measured too. Deterministic for a seed. Also the typed queries and the memory
//! measure the benchmark reports.

use std::fmt::Write as _;

/// Words that real catalogues use often, so that real queries find something.
const COMMON: &[&str] = &[
    "työnhaku",
    "valmennus",
    "työhönvalmennus",
    "ryhmä",
    "tuki",
    "kuntoutus",
    "sosiaalinen",
    "mielenterveys",
    "vertaistuki",
    "työkokeilu",
    "opinnot",
    "ohjaus",
    "palvelu",
    "asiakas",
    "työpaja",
    "klubitalo",
    "nuoret",
    "aikuiset",
    "työllisyys",
    "osallisuus",
    "arki",
    "velat",
    "asuminen",
    "kieli",
    "suomi",
    "digitaidot",
    "cv",
    "haastattelu",
    "työnantaja",
    "palkkatuki",
    "kela",
    "arviointi",
    "työkyky",
    "toimintakyky",
    "päihteet",
    "liikunta",
    "vapaaehtoistyö",
    "arbetsprövning",
    "stöd",
    "grupp",
    "peer",
    "support",
    "coaching",
    "job",
    "work",
    "study",
];

const SYLLABLES: &[&str] = &[
    "ka", "ko", "ku", "ta", "to", "tu", "ty", "sa", "so", "si", "la", "lo", "li", "ma", "mi", "na",
    "ni", "pa", "po", "ra", "ri", "va", "vi", "jo", "hä", "tö", "yk", "en", "is", "us", "an", "el",
    "ol", "ar", "äl", "ön", "et", "it",
];

/// A small, fast, deterministic generator (xorshift64*): benchmarks must not depend on a
/// random-number crate's version.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Skewed towards small numbers, like word frequencies.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u * u) * n as f64) as usize % n.max(1)
    }
}

struct Words {
    vocabulary: Vec<String>,
}

impl Words {
    fn new(rng: &mut Rng, size: usize) -> Self {
        let mut vocabulary: Vec<String> = COMMON.iter().map(|w| w.to_string()).collect();
        while vocabulary.len() < size {
            let syllables = 2 + rng.below(4);
            let word: String = (0..syllables)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect();
            vocabulary.push(word);
        }
        Self { vocabulary }
    }

    fn sentence(&self, rng: &mut Rng, words: usize) -> String {
        let mut out = String::new();
        for i in 0..words {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&self.vocabulary[rng.skewed(self.vocabulary.len())]);
        }
        out
    }
}

/// Goals in a generated catalogue.
pub const GOALS: usize = 30;

/// A catalogue of `services` services (and [`GOALS`] goals) as the text of one RON file.
pub fn catalog_ron(services: usize, seed: u64) -> String {
    let mut rng = Rng(seed.max(1));
    let words = Words::new(&mut rng, 4_000 + services / 5);
    let mut out = String::from("(\n  goals: [\n");
    for g in 0..GOALS {
        let _ = writeln!(
            out,
            "    (id: \"goal-{g}\", name: {{\"fi\": \"{}\", \"sv\": \"{}\", \"en\": \"{}\"}}, themes: [{}], keywords: [\"{}\", \"{}\", \"{}\"], description: \"{}\"),",
            words.sentence(&mut rng, 2),
            words.sentence(&mut rng, 2),
            words.sentence(&mut rng, 2),
            ["Work", "Studies", "Participation"][g % 3],
            words.sentence(&mut rng, 1),
            words.sentence(&mut rng, 1),
            words.sentence(&mut rng, 1),
            words.sentence(&mut rng, 20),
        );
    }
    out.push_str("  ],\n  services: [\n");
    for s in 0..services {
        let lengths = [
            2 + rng.below(4),
            12 + rng.below(14),
            30 + rng.below(50),
            6 + rng.below(5),
        ];
        let name = words.sentence(&mut rng, lengths[0]);
        let summary = words.sentence(&mut rng, lengths[1]);
        let description = words.sentence(&mut rng, lengths[2]);
        let keywords: Vec<String> = (0..lengths[3])
            .map(|_| format!("\"{}\"", words.sentence(&mut rng, 1)))
            .collect();
        let translated = rng.below(2) == 0;
        let text = |fi: String, rng: &mut Rng| {
            if translated {
                format!(
                    "{{\"fi\": \"{fi}\", \"sv\": \"{}\", \"en\": \"{}\"}}",
                    words.sentence(rng, 4),
                    words.sentence(rng, 4)
                )
            } else {
                format!("\"{fi}\"")
            }
        };
        let name = text(name, &mut rng);
        let summary = text(summary, &mut rng);
        let goal_a = rng.skewed(GOALS);
        let goal_b = rng.below(GOALS);
        let formats = [
            "[Individual]",
            "[Group]",
            "[Remote]",
            "[Individual, Remote]",
            "[Group, Remote]",
        ][rng.below(5)];
        let _ = writeln!(
            out,
            "    (id: \"service-{s}\", name: {name}, summary: {summary}, goals: [\"goal-{goal_a}\", \"goal-{goal_b}\"], provider: \"{} {}\", formats: {formats}, description: \"{description}\", keywords: [{}], areas: [\"{}\"], cost: Free, updated: \"2026-10-01\"),",
            words.sentence(&mut rng, 1),
            ["palvelut", "ry", "säätiö", "hyvinvointialue"][rng.below(4)],
            keywords.join(", "),
            ["Lappeenranta", "Imatra", "Kotka", "Kouvola", "Hamina"][rng.below(5)],
        );
    }
    out.push_str("  ],\n)\n");
    out
}

/// The process's peak resident memory in MB, from Linux's `/proc`, for the benchmark's and the
/// examples' reports; `None` elsewhere.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Queries typed one keystroke at a time, as a professional would during a meeting.
pub const TYPED_QUERIES: &[&str] = &[
    "työnhaku",
    "mielenterv",
    "cv",
    "arbetsprövning",
    "peer support",
    "sosiaaliseen kuntoutukseen",
    "klubitalolle",
    "valmenuts",
    "velat",
    "tyokokeilu kela",
    // A client's own words, as typed in a meeting.
    "mul on ulosottoja",
    "kaipaan rutiinia",
    "I feel stuck at home",
];

/// Clients' own phrases typed in a meeting, in Finnish, Swedish and English, beside
/// [`TYPED_QUERIES`]: several short everyday words, each a search of its own while it is typed.
pub const CLIENT_PHRASES: &[&str] = &[
    "kaupassa käynti jännittää",
    "jag behöver stöd med ekonomin",
    "en jaksa lähteä kotoa mihinkään",
    "I need help with my debts",
];

/// Every prefix of every query in [`TYPED_QUERIES`], in typing order.
pub fn keystrokes() -> Vec<String> {
    prefixes(TYPED_QUERIES)
}

/// Every prefix of every query in [`TYPED_QUERIES`] and then [`CLIENT_PHRASES`], in typing
/// order: the series the speed of typing is measured with.
pub fn typed_series() -> Vec<String> {
    let mut out = keystrokes();
    out.extend(prefixes(CLIENT_PHRASES));
    out
}

fn prefixes(queries: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for query in queries {
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            out.push(typed.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{SourceFile, load};

    #[test]
    fn generated_catalogue_loads_clean() {
        let report = load(vec![SourceFile::in_memory(
            "gen.ron",
            catalog_ron(200, 7).into_bytes(),
        )]);
        assert!(report.is_clean(), "{:?}", report.problems.first());
        assert_eq!(report.catalog.services.len(), 200);
        assert_eq!(report.catalog.goals.len(), GOALS);
    }
}
