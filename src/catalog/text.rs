//! Text in several languages, as catalogue maintainers write it: either a plain string (Finnish)
//! or a map from language code to text.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// The language a plain string is taken to be in, and the first fallback when showing text.
pub const DEFAULT_LANGUAGE: &str = "fi";

/// A language code as the catalogue uses it: two lower-case ASCII letters, held inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lang([u8; 2]);

impl Lang {
    pub const FINNISH: Lang = Lang(*b"fi");

    /// The code, if `code` is one (see [`is_language_code`]).
    pub fn parse(code: &str) -> Option<Self> {
        match code.as_bytes() {
            &[a, b] if is_language_code(code) => Some(Self([a, b])),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        // Made only by `parse`, from two ASCII letters: always UTF-8.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Text in one or more languages, keyed by a two-letter language code.
///
/// Held as a short list sorted by language, with the codes inline, rather than a map: a
/// catalogue holds several texts per service, and a 100,000-service catalogue would spend
/// hundreds of megabytes on map nodes and separately allocated codes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(Box<[(Lang, Box<str>)]>);

impl Text {
    /// Text given in Finnish only.
    pub fn finnish(text: impl Into<String>) -> Self {
        Self::from_pairs([(DEFAULT_LANGUAGE, text.into())])
    }

    /// Text from (language code, text) pairs. Pairs whose code is not a language code are
    /// left out, and of two pairs for one language the first is kept.
    pub fn from_pairs<L: AsRef<str>, S: Into<String>>(
        pairs: impl IntoIterator<Item = (L, S)>,
    ) -> Self {
        let mut list: Vec<(Lang, Box<str>)> = pairs
            .into_iter()
            .filter_map(|(l, s)| Some((Lang::parse(l.as_ref())?, s.into().into_boxed_str())))
            .collect();
        list.sort_by_key(|pair| pair.0);
        list.dedup_by(|later, earlier| later.0 == earlier.0);
        Self(list.into_boxed_slice())
    }

    fn lookup(&self, language: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| l.as_str() == language)
            .map(|(_, s)| &**s)
    }

    /// The text to show for `language`: that language, else Finnish, else any language present,
    /// else the empty string.
    pub fn get(&self, language: &str) -> &str {
        self.lookup(language)
            .or_else(|| self.lookup(DEFAULT_LANGUAGE))
            .or_else(|| self.0.first().map(|(_, s)| &**s))
            .unwrap_or("")
    }

    /// Whether the text exists in exactly this language (no fallback).
    pub fn has(&self, language: &str) -> bool {
        self.lookup(language).is_some()
    }

    /// Every language version, for searching across languages.
    pub fn variants(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, s)| (l.as_str(), &**s))
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(l, _)| l.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|(_, s)| s.trim().is_empty())
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (language, text) in &self.0 {
            map.serialize_entry(language.as_str(), &**text)?;
        }
        map.end()
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
        let mut out: Vec<(Lang, Box<str>)> =
            Vec::with_capacity(map.size_hint().unwrap_or(3).min(8));
        while let Some((language, text)) = map.next_entry::<String, String>()? {
            let Some(code) = Lang::parse(&language) else {
                return Err(de::Error::custom(format!(
                    "`{language}` is not a language code: use two lower-case letters such as \"fi\", \"sv\" or \"en\""
                )));
            };
            if out.iter().any(|(known, _)| *known == code) {
                return Err(de::Error::custom(format!(
                    "the language \"{language}\" is given twice"
                )));
            }
            out.push((code, text.into_boxed_str()));
        }
        if out.is_empty() {
            return Err(de::Error::custom(
                "the text is empty: give at least one language, e.g. {\"fi\": \"..\"}",
            ));
        }
        out.sort_by_key(|pair| pair.0);
        Ok(Text(out.into_boxed_slice()))
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
