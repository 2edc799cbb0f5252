//! Finland's municipalities by code, with their Finnish and Swedish names (Statistics
//! Finland's municipality classification, CC BY 4.0): one table for the import, which turns
//! codes into names, and for the screen and the command line, which name a place in the
//! user's language.
//!
//! A service's areas are written with the official Finnish name, as catalogues write them;
//! polku shows a Swedish-speaking user the Swedish name (Villmanstrand for Lappeenranta) and
//! takes either name in `--area`, so listing both would only show one place twice.

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

/// The municipality with this code ("91", "091" or "KU091"), if it is one.
fn municipality(code: &str) -> Option<&'static Names> {
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    let number = digits.parse::<u16>().ok()?;
    table().get(format!("{number:03}").as_str())
}

/// The Finnish name of the municipality with this code; `None` for a code that is no
/// municipality's.
pub fn municipality_name(code: &str) -> Option<String> {
    municipality(code).map(|names| names.fi.to_owned())
}

/// The Finnish name of a municipality named in Swedish (Villmanstrand → Lappeenranta); any
/// other name as it is.
pub fn finnish_name(name: &str) -> &str {
    named(name).map_or(name, |names| names.fi)
}

/// The Swedish name of a municipality named in Finnish or Swedish (Lappeenranta →
/// Villmanstrand); any other name as it is.
pub fn swedish_name(name: &str) -> &str {
    named(name).map_or(name, |names| names.sv)
}

/// The municipality with this name in Finnish or Swedish, case aside.
fn named(name: &str) -> Option<&'static Names> {
    table()
        .values()
        .find(|names| names.fi.eq_ignore_ascii_case(name) || names.sv.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_give_the_finnish_name_and_swedish_names_are_known() {
        assert_eq!(municipality_name("405").as_deref(), Some("Lappeenranta"));
        assert_eq!(municipality_name("91").as_deref(), Some("Helsinki"));
        assert_eq!(municipality_name("KU153").as_deref(), Some("Imatra"));
        assert_eq!(municipality_name("999"), None);
        assert_eq!(finnish_name("villmanstrand"), "Lappeenranta");
        assert_eq!(finnish_name("Imatra"), "Imatra");
        assert_eq!(swedish_name("lappeenranta"), "Villmanstrand");
        assert_eq!(swedish_name("Kotka"), "Kotka");
        assert_eq!(swedish_name("Somewhere"), "Somewhere");
        assert_eq!(table().len(), 309);
    }
}
