//! polku's own need thesaurus: the files of `src/search/words/`, read into entries.

use crate::catalog::ThesaurusEntry;

/// polku's own thesaurus: the files of `src/search/words/` listed in `BUILTIN_FILES` (each
/// file's head says what it covers: everyday needs, kinds of service, phrases, life
/// situations, areas of life, Swedish and English speakers' words, the registers' services),
/// and ages as said ("14-vuotias"), by age group.
pub fn builtin_entries() -> Vec<ThesaurusEntry> {
    // The files are part of polku and a test reads each: a mistake in one fails the tests.
    BUILTIN_FILES
        .iter()
        .flat_map(|(_, text)| ron::from_str::<Vec<ThesaurusEntry>>(text).unwrap_or_default())
        .chain(crate::search::ages::age_entries())
        .collect()
}

/// A built-in thesaurus file of `src/search/words/`: its name and its text.
macro_rules! words_file {
    ($name:literal) => {
        ($name, include_str!(concat!("../words/", $name)))
    };
}

/// The built-in thesaurus files, by name.
pub(super) const BUILTIN_FILES: [(&str, &str); 106] = [
    words_file!("thesaurus.ron"),
    words_file!("thesaurus-services.ron"),
    words_file!("thesaurus-everyday.ron"),
    words_file!("thesaurus-phrases.ron"),
    words_file!("thesaurus-situations.ron"),
    words_file!("thesaurus-work.ron"),
    words_file!("thesaurus-mind.ron"),
    words_file!("thesaurus-family.ron"),
    words_file!("thesaurus-health.ron"),
    words_file!("thesaurus-swedish.ron"),
    words_file!("thesaurus-english.ron"),
    words_file!("thesaurus-errands.ron"),
    words_file!("thesaurus-city-services.ron"),
    words_file!("thesaurus-national-services.ron"),
    words_file!("thesaurus-swedish-finland.ron"),
    words_file!("thesaurus-english-everyday.ron"),
    words_file!("thesaurus-leisure.ron"),
    words_file!("thesaurus-school-and-city.ron"),
    words_file!("thesaurus-helsinki-a.ron"),
    words_file!("thesaurus-helsinki-b.ron"),
    words_file!("thesaurus-national-b.ron"),
    words_file!("thesaurus-client-core.ron"),
    words_file!("thesaurus-swedish-client.ron"),
    words_file!("thesaurus-english-client.ron"),
    words_file!("thesaurus-professional.ron"),
    words_file!("thesaurus-client-life.ron"),
    words_file!("thesaurus-young.ron"),
    words_file!("thesaurus-english-b.ron"),
    words_file!("thesaurus-swedish-b.ron"),
    words_file!("thesaurus-about-others.ron"),
    words_file!("thesaurus-core-speech.ron"),
    words_file!("thesaurus-swedish-speech.ron"),
    words_file!("thesaurus-english-speech.ron"),
    words_file!("thesaurus-work-money-speech.ron"),
    words_file!("thesaurus-daily-life.ron"),
    words_file!("thesaurus-substances-body.ron"),
    words_file!("thesaurus-sv-en-idioms.ron"),
    words_file!("thesaurus-idioms.ron"),
    words_file!("thesaurus-life-events.ron"),
    words_file!("thesaurus-wishes.ron"),
    words_file!("thesaurus-someone-somewhere.ron"),
    words_file!("thesaurus-consequences.ron"),
    words_file!("thesaurus-professional-social.ron"),
    words_file!("thesaurus-professional-municipal.ron"),
    words_file!("thesaurus-authorities-speech.ron"),
    words_file!("thesaurus-worklife-speech.ron"),
    words_file!("thesaurus-disability-speech.ron"),
    words_file!("thesaurus-ageing-speech.ron"),
    words_file!("thesaurus-swedish-speech-b.ron"),
    words_file!("thesaurus-finnish-speech-c.ron"),
    words_file!("thesaurus-professional-jargon.ron"),
    words_file!("thesaurus-short-finnish-speech.ron"),
    words_file!("thesaurus-body-and-work-speech.ron"),
    words_file!("thesaurus-young-adult-speech.ron"),
    words_file!("thesaurus-finnish-sentences-d.ron"),
    words_file!("thesaurus-own-words-city-a.ron"),
    words_file!("thesaurus-own-words-city-c.ron"),
    words_file!("thesaurus-own-words-city-b.ron"),
    words_file!("thesaurus-own-words-national-a.ron"),
    words_file!("thesaurus-own-words-national-b.ron"),
    words_file!("thesaurus-own-words-national-c.ron"),
    words_file!("thesaurus-own-words-national-d.ron"),
    words_file!("thesaurus-own-words-city-d.ron"),
    words_file!("thesaurus-own-words-city-e.ron"),
    words_file!("thesaurus-own-words-city-f.ron"),
    words_file!("thesaurus-own-words-city-g.ron"),
    words_file!("thesaurus-own-words-city-h.ron"),
    words_file!("thesaurus-own-words-national-e.ron"),
    words_file!("thesaurus-own-words-national-f.ron"),
    words_file!("thesaurus-own-words-city-i.ron"),
    words_file!("thesaurus-things-and-events-national-a.ron"),
    words_file!("thesaurus-things-and-events-national-b.ron"),
    words_file!("thesaurus-things-and-events-city-a.ron"),
    words_file!("thesaurus-things-and-events-city-b.ron"),
    words_file!("thesaurus-things-and-events-city-c.ron"),
    words_file!("thesaurus-abbreviations.ron"),
    words_file!("thesaurus-first-doors-health.ron"),
    words_file!("thesaurus-first-doors-families-and-young.ron"),
    words_file!("thesaurus-first-doors-neighbourhood-and-older.ron"),
    words_file!("thesaurus-first-doors-work-and-housing.ron"),
    words_file!("thesaurus-professional-terms.ron"),
    words_file!("thesaurus-daily-living-speech.ron"),
    words_file!("thesaurus-families-and-crisis-speech.ron"),
    words_file!("thesaurus-swedish-english-c.ron"),
    words_file!("thesaurus-professional-health-and-school.ron"),
    words_file!("thesaurus-professional-work-and-education.ron"),
    words_file!("thesaurus-professional-social-and-housing.ron"),
    words_file!("thesaurus-professional-older-and-disability.ron"),
    words_file!("thesaurus-professional-national.ron"),
    words_file!("thesaurus-care-and-school-speech.ron"),
    words_file!("thesaurus-professional-paths-and-records.ron"),
    words_file!("thesaurus-swedish-english-d.ron"),
    words_file!("thesaurus-jobs-and-bills-speech.ron"),
    words_file!("thesaurus-mind-and-family-speech.ron"),
    words_file!("thesaurus-newcomers-and-errands.ron"),
    words_file!("thesaurus-older-at-home-speech.ron"),
    words_file!("thesaurus-youth-transitions-speech.ron"),
    words_file!("thesaurus-health-and-body-speech.ron"),
    words_file!("thesaurus-days-and-company-speech.ron"),
    words_file!("thesaurus-benefits-and-sick-leave-speech.ron"),
    words_file!("thesaurus-swedish-speech-c.ron"),
    words_file!("thesaurus-professional-everyday-names.ron"),
    words_file!("thesaurus-professional-laws-and-terms.ron"),
    words_file!("thesaurus-finland-swedish-client.ron"),
    words_file!("thesaurus-english-second-language.ron"),
    words_file!("thesaurus-home-and-neighbourhood-speech.ron"),
];
