//! Text in several languages, as catalogue maintainers write it: either a plain string (Finnish)
//! or a map from language code to text.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// The language a plain string is taken to be in, and the first fallback when showing text.
pub const DEFAULT_LANGUAGE: &str = "fi";

/// Text in one or more languages, keyed by a two-letter language code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<String, String>);

impl Text {
    /// Text given in Finnish only.
    pub fn finnish(text: impl Into<String>) -> Self {
        Self::from_pairs([(DEFAULT_LANGUAGE, text.into())])
    }

    pub fn from_pairs<L: Into<String>, S: Into<String>>(
        pairs: impl IntoIterator<Item = (L, S)>,
    ) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(l, s)| (l.into(), s.into()))
                .collect(),
        )
    }

    /// The text to show for `language`: that language, else Finnish, else any language present,
    /// else the empty string.
    pub fn get(&self, language: &str) -> &str {
        self.0
            .get(language)
            .or_else(|| self.0.get(DEFAULT_LANGUAGE))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }

    /// Whether the text exists in exactly this language (no fallback).
    pub fn has(&self, language: &str) -> bool {
        self.0.contains_key(language)
    }

    /// Every language version, for searching across languages.
    pub fn variants(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, s)| (l.as_str(), s.as_str()))
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|s| s.trim().is_empty())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(r#"a string, or a map of language to text such as {"fi": "..", "sv": ".."}"#)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::finnish(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut out = BTreeMap::new();
        while let Some((language, text)) = map.next_entry::<String, String>()? {
            if !is_language_code(&language) {
                return Err(de::Error::custom(format!(
                    "`{language}` is not a language code: use two lower-case letters such as \"fi\", \"sv\" or \"en\""
                )));
            }
            if out.insert(language.clone(), text).is_some() {
                return Err(de::Error::custom(format!(
                    "the language \"{language}\" is given twice"
                )));
            }
        }
        if out.is_empty() {
            return Err(de::Error::custom(
                "the text is empty: give at least one language, e.g. {\"fi\": \"..\"}",
            ));
        }
        Ok(Text(out))
    }
}

/// A language code as the catalogue uses it: two lower-case ASCII letters.
pub fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_finnish_then_anything() {
        let t = Text::from_pairs([("fi", "Työ"), ("sv", "Arbete")]);
        assert_eq!(t.get("sv"), "Arbete");
        assert_eq!(t.get("en"), "Työ");
        let only_en = Text::from_pairs([("en", "Work")]);
        assert_eq!(only_en.get("sv"), "Work");
        assert_eq!(Text::default().get("fi"), "");
    }

    #[test]
    fn reads_plain_string_and_map() {
        let plain: Text = ron::from_str(r#""Työ""#).unwrap();
        assert_eq!(plain.get("en"), "Työ");
        let map: Text = ron::from_str(r#"{"fi": "Työ", "en": "Work"}"#).unwrap();
        assert_eq!(map.get("en"), "Work");
        assert!(ron::from_str::<Text>(r#"{"finnish": "Työ"}"#).is_err());
        assert!(ron::from_str::<Text>(r#"{}"#).is_err());
    }
}
