//! A municipality named in the interface language, so that a filter reads "Villmanstrand"
//! to a Swedish-speaking user (the names are `crate::municipalities`').

use super::Language;
use crate::municipalities::{finnish_name, swedish_name};

/// A municipality's name in `language`: the Swedish name for Swedish, the Finnish one
/// otherwise; a name polku does not know is shown as the catalogue writes it.
pub fn municipality_name(name: &str, language: Language) -> &str {
    match language {
        Language::Sv => swedish_name(name),
        Language::Fi | Language::En => finnish_name(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_municipality_is_named_in_the_interface_language() {
        assert_eq!(
            municipality_name("Lappeenranta", Language::Sv),
            "Villmanstrand"
        );
        assert_eq!(
            municipality_name("Villmanstrand", Language::Fi),
            "Lappeenranta"
        );
        assert_eq!(
            municipality_name("Lappeenranta", Language::En),
            "Lappeenranta"
        );
        assert_eq!(municipality_name("Imatra", Language::Sv), "Imatra");
    }
}
