//! Dates as people in Finland write them, and the one clock that says what day it is.
//!
//! A professional types a date while talking: `15.1.2027`, `15.1.27`, or just `15.1.` for the
//! coming 15 January. All of these, and the ISO form `2027-01-15` that files use, are read
//! here. On screen and in the client's copy a date is written the way the reader's language
//! writes it: `15.1.2027` in Finnish and Swedish, `15 Jan 2027` in English.

use crate::date::Date;
use crate::i18n::Language;

/// Where "today" comes from. The running program asks the system; tests fix a day, so that
/// `15.1.` means the same date on every machine and every day of the year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Clock {
    #[default]
    System,
    Fixed(Date),
}

impl Clock {
    pub fn today(self) -> Date {
        match self {
            Clock::System => crate::local_time::today_local(),
            Clock::Fixed(date) => date,
        }
    }
}

pub use crate::i18n::show_date;

/// An optional date shown for people; nothing when there is none.
pub fn show_optional(date: Option<Date>, language: Language) -> String {
    date.map(|d| show_date(d, language)).unwrap_or_default()
}

/// Reads a date typed by a person: `15.1.2027`, `15.1.27` (2000s), `15.1.` (this year, or
/// next year if that day has passed), `2027-01-15`, or `15 Jan 2027`. `None` when the text is
/// not a date of the calendar (31.2. is not).
pub fn parse_date(text: &str, today: Date) -> Option<Date> {
    let text = text.trim();
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    if text.contains('.') {
        return parse_dotted(text, today);
    }
    parse_day_month_name(text)
}

fn parse_dotted(text: &str, today: Date) -> Option<Date> {
    let parts: Vec<&str> = text.split('.').map(str::trim).collect();
    let number = |s: &str| -> Option<i16> {
        (!s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (day, month, year) = match parts.as_slice() {
        [d, m] | [d, m, ""] => (number(d)?, number(m)?, None),
        [d, m, y] => (number(d)?, number(m)?, Some((y.len(), number(y)?))),
        _ => return None,
    };
    let (day, month) = (i8::try_from(day).ok()?, i8::try_from(month).ok()?);
    match year {
        Some((4, year)) => Date::new(year, month, day),
        Some((1 | 2, year)) => Date::new(2000 + year, month, day),
        Some(_) => None,
        None => coming(day, month, today),
    }
}

/// The next `day`.`month` from `today` on: this year's, or next year's if it has passed.
fn coming(day: i8, month: i8, today: Date) -> Option<Date> {
    match Date::new(today.year(), month, day) {
        Some(date) if date >= today => Some(date),
        // Passed this year (or 29.2. in a common year): the next one there is.
        _ => (1..=8).find_map(|ahead| Date::new(today.year() + ahead, month, day)),
    }
}

/// "15 Jan 2027", as the English screen writes it.
fn parse_day_month_name(text: &str) -> Option<Date> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [day, month, year] = words.as_slice() else {
        return None;
    };
    Date::new(
        year.parse().ok()?,
        crate::i18n::english_month(month)?,
        day.parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn reads_the_ways_a_date_is_typed_in_finland() {
        let today = date(2026, 6, 10);
        for typed in [
            "15.1.2027",
            "15.1.27",
            "15.01.2027",
            "2027-01-15",
            " 15 Jan 2027 ",
        ] {
            assert_eq!(parse_date(typed, today), Some(date(2027, 1, 15)), "{typed}");
        }
        // Without a year: the coming one.
        assert_eq!(parse_date("15.1.", today), Some(date(2027, 1, 15)));
        assert_eq!(parse_date("15.7.", today), Some(date(2026, 7, 15)));
        assert_eq!(parse_date("10.6.", today), Some(date(2026, 6, 10)));
        assert_eq!(parse_date("29.2.", today), Some(date(2028, 2, 29)));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        let today = date(2026, 6, 10);
        for typed in [
            "31.2.2026",
            "1.13.2026",
            "tomorrow",
            "15..2027",
            "15.1.202",
            "",
            "1.1.1.1",
        ] {
            assert_eq!(parse_date(typed, today), None, "{typed}");
        }
    }

    #[test]
    fn shows_a_date_as_the_language_writes_it() {
        let d = date(2027, 1, 15);
        assert_eq!(show_date(d, Language::Fi), "15.1.2027");
        assert_eq!(show_date(d, Language::Sv), "15.1.2027");
        assert_eq!(show_date(d, Language::En), "15 Jan 2027");
        // What is shown can be typed back.
        for language in Language::ALL {
            assert_eq!(parse_date(&show_date(d, language), d), Some(d));
        }
    }

    #[test]
    fn a_fixed_clock_gives_its_day() {
        assert_eq!(Clock::Fixed(date(2027, 3, 1)).today(), date(2027, 3, 1));
    }
}
