//! How a date is written for people, in each language: one way, on the screen and in the
//! client's copy alike.

use super::Language;
use crate::date::Date;

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `15.1.2027` in Finnish and Swedish (as in Finland), `15 Jan 2027` in English.
pub fn show_date(date: Date, language: Language) -> String {
    let (year, month, day) = (date.year(), date.month(), date.day());
    match language {
        Language::Fi | Language::Sv => format!("{day}.{month}.{year}"),
        Language::En => {
            let name = usize::try_from(month - 1)
                .ok()
                .and_then(|m| MONTHS_EN.get(m))
                .copied()
                .unwrap_or("?");
            format!("{day} {name} {year}")
        }
    }
}

/// The month of English dates by its first three letters ("Jan", "january"), 1–12.
pub fn english_month(word: &str) -> Option<i8> {
    let prefix = word.get(..3)?;
    let at = MONTHS_EN
        .iter()
        .position(|m| m.eq_ignore_ascii_case(prefix))?;
    i8::try_from(at + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_a_date_its_own_way() {
        let d = Date::new(2027, 1, 15).unwrap();
        assert_eq!(show_date(d, Language::Fi), "15.1.2027");
        assert_eq!(show_date(d, Language::Sv), "15.1.2027");
        assert_eq!(show_date(d, Language::En), "15 Jan 2027");
        assert_eq!(english_month("january"), Some(1));
        assert_eq!(english_month("Dec"), Some(12));
        assert_eq!(english_month("De"), None);
    }
}
