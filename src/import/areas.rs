//! Areas from municipality codes: Finland's municipalities with their Finnish and Swedish
//! names (Statistics Finland's municipality classification, CC BY 4.0).

use std::collections::HashMap;
use std::sync::OnceLock;

const MUNICIPALITIES: &str = include_str!("municipalities.tsv");

struct Names {
    fi: &'static str,
    sv: &'static str,
}

fn table() -> &'static HashMap<&'static str, Names> {
    static TABLE: OnceLock<HashMap<&'static str, Names>> = OnceLock::new();
    TABLE.get_or_init(|| {
        MUNICIPALITIES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut parts = line.split('\t');
                let code = parts.next()?;
                let fi = parts.next()?;
                let sv = parts.next()?;
                Some((code, Names { fi, sv }))
            })
            .collect()
    })
}

/// The names of the municipality with this code ("91", "091" or "KU091"): the Finnish name,
/// and the Swedish one when it differs. Empty for a code that is no municipality's.
pub fn municipality_names(code: &str) -> Vec<String> {
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    let Ok(number) = digits.parse::<u16>() else {
        return Vec::new();
    };
    let Some(names) = table().get(format!("{number:03}").as_str()) else {
        return Vec::new();
    };
    if names.fi == names.sv {
        vec![names.fi.to_owned()]
    } else {
        vec![names.fi.to_owned(), names.sv.to_owned()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_give_finnish_and_swedish_names() {
        assert_eq!(municipality_names("405"), ["Lappeenranta", "Villmanstrand"]);
        assert_eq!(municipality_names("91"), ["Helsinki", "Helsingfors"]);
        assert_eq!(municipality_names("153"), ["Imatra"]);
        assert!(municipality_names("999").is_empty());
        assert_eq!(table().len(), 309);
    }
}
