//! The interface languages. Every string the user sees comes from here: `strings` for the
//! screen and the command line, `export` for the client's copy of the plan, and `terms` for
//! the plan's own terms, which both share; one table per language in each, so that nothing is
//! left untranslated.

mod cli;
mod dates;
mod export;
mod import;
mod meeting;
mod municipalities;
mod strings;
mod terms;
mod why;

pub use cli::{CliText, HelpHeadings};
pub use dates::{english_month, show_date};
pub use export::ExportStrings;
pub use import::ImportText;
pub use meeting::MeetingStrings;
pub use municipalities::municipality_name;
pub use strings::Strings;
pub use terms::{PlanTerms, capitalised};
pub use why::WhyStrings;

/// A message written out in each interface language, in one place per message kind, so that
/// none is left untranslated (a missing language is a compile error).
pub trait Message {
    fn english(&self) -> String;
    fn finnish(&self) -> String;
    fn swedish(&self) -> String;

    fn text(&self, language: Language) -> String {
        match language {
            Language::Fi => self.finnish(),
            Language::Sv => self.swedish(),
            Language::En => self.english(),
        }
    }
}

/// The languages polku's interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    Fi,
    Sv,
    #[default]
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Fi, Language::Sv, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Fi => "fi",
            Language::Sv => "sv",
            Language::En => "en",
        }
    }

    /// The language's name in itself, for choosing a language.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Fi => "suomi",
            Language::Sv => "svenska",
            Language::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a POSIX locale such as `fi_FI.UTF-8` or `sv_FI`.
    pub fn from_locale(locale: &str) -> Option<Self> {
        let code = locale
            .split(['_', '.', '@', '-'])
            .next()?
            .to_ascii_lowercase();
        Self::from_code(&code)
    }

    /// The language from the environment: LC_ALL, then LC_MESSAGES, then LANG.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<Self> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(get)
            .find(|v| !v.is_empty())
            .and_then(|v| Self::from_locale(&v))
    }

    /// `--lang`, else the config file, else the environment, else English.
    pub fn choose(
        flag: Option<Language>,
        config: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Self {
        flag.or_else(|| config.and_then(Self::from_code))
            .or_else(|| Self::from_env(env))
            .unwrap_or_default()
    }

    pub fn strings(self) -> &'static Strings {
        Strings::of(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_is_chosen_in_order() {
        let env = |k: &str| (k == "LANG").then(|| "sv_FI.UTF-8".to_string());
        assert_eq!(
            Language::choose(Some(Language::Fi), Some("en"), env),
            Language::Fi
        );
        assert_eq!(Language::choose(None, Some("en"), env), Language::En);
        assert_eq!(Language::choose(None, None, env), Language::Sv);
        assert_eq!(Language::choose(None, None, |_| None), Language::En);
        assert_eq!(
            Language::choose(None, None, |_| Some("C".into())),
            Language::En
        );
    }

    #[test]
    fn one_of_a_count_is_said_in_the_singular() {
        let fi = Language::Fi.strings();
        assert_eq!(format!("1 {}", fi.goals_word(1)), "1 tavoite");
        assert_eq!(format!("4 {}", fi.goals_word(4)), "4 tavoitetta");
        assert_eq!(format!("1 {}", fi.services_word(1)), "1 palvelu");
        let sv = Language::Sv.strings();
        assert_eq!(format!("1 {}", sv.services_word(1)), "1 tjänst");
        assert_eq!(format!("0 {}", sv.services_word(0)), "0 tjänster");
        let en = Language::En.strings();
        assert_eq!(format!("1 {}", en.goals_word(1)), "1 goal");
    }
}
