//! Calendar dates as the catalogue and plans write them: `"YYYY-MM-DD"`. The calendar itself
//! (which days exist, day arithmetic) is jiff's; this type fixes the one written form, so that
//! plan files keep their format and a file written by hand is read the same way everywhere.

use std::fmt;
use std::str::FromStr;

use jiff::civil;
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(civil::Date);

/// 1970-01-01, the day that day counts start from.
const EPOCH: civil::Date = civil::date(1970, 1, 1);

impl Date {
    /// The date, when it is a day in the calendar.
    pub fn new(year: i16, month: i8, day: i8) -> Option<Self> {
        civil::Date::new(year, month, day).ok().map(Self)
    }

    pub fn year(self) -> i16 {
        self.0.year()
    }

    /// 1 to 12.
    pub fn month(self) -> i8 {
        self.0.month()
    }

    /// 1 to 31.
    pub fn day(self) -> i8 {
        self.0.day()
    }

    /// The same day as jiff's civil date, for arithmetic and formatting.
    pub fn jiff(self) -> civil::Date {
        self.0
    }

    /// Days from 1970-01-01 to this date.
    pub fn days_since_epoch(self) -> i64 {
        // Two civil dates are at most about 7.3 million days apart, well inside a Span.
        self.0
            .since(EPOCH)
            .map_or(0, |span| i64::from(span.get_days()))
    }

    /// The date `days` after 1970-01-01; a count outside the calendar jiff knows (years
    /// -9999 to 9999) gives 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Self {
        Self(Self(EPOCH).plus_days(days).map_or(EPOCH, |date| date.0))
    }

    /// The date `days` later (earlier when negative), or `None` past the calendar's end.
    pub fn plus_days(self, days: i64) -> Option<Self> {
        let span = jiff::Span::new().try_days(days).ok()?;
        self.0.checked_add(span).ok().map(Self)
    }
}

impl From<civil::Date> for Date {
    fn from(date: civil::Date) -> Self {
        Self(date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad =
            || format!("`{s}` is not a date: write it as \"YYYY-MM-DD\", e.g. \"2026-03-31\"");
        let parts: Vec<&str> = s.split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(bad());
        };
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(bad());
        }
        let (year, month, day) = (
            y.parse().map_err(|_| bad())?,
            m.parse().map_err(|_| bad())?,
            d.parse().map_err(|_| bad())?,
        );
        Date::new(year, month, day).ok_or_else(|| format!("`{s}` is not a day in the calendar"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(
            "2024-02-29".parse::<Date>(),
            Ok(Date(civil::date(2024, 2, 29)))
        );
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2026-13-01".parse::<Date>().is_err());
        assert!("2026-1-01".parse::<Date>().is_err());
        assert!("1.1.2026".parse::<Date>().is_err());
        assert!("2026-01-01T10:00".parse::<Date>().is_err());
        assert_eq!(
            Date::new(2026, 1, 5).map(|d| d.to_string()),
            Some("2026-01-05".into())
        );
    }

    #[test]
    fn days_since_1970_go_both_ways() {
        for (text, days) in [
            ("1970-01-01", 0),
            ("1970-03-01", 59),
            ("2000-02-29", 11_016),
            ("2024-02-29", 19_782),
            ("2025-11-23", 20_415),
            ("2100-03-01", 47_541),
        ] {
            let date: Date = text.parse().unwrap();
            assert_eq!(date.days_since_epoch(), days, "{text}");
            assert_eq!(Date::from_days_since_epoch(days), date, "{text}");
        }
        assert_eq!(
            Date::from_days_since_epoch(i64::MAX).to_string(),
            "1970-01-01"
        );
    }

    #[test]
    fn days_are_added_across_months_and_leap_days() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(d("2024-02-28").plus_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2026-12-31").plus_days(1), Some(d("2027-01-01")));
        assert_eq!(d("2026-03-01").plus_days(-1), Some(d("2026-02-28")));
        assert_eq!(d("9999-12-31").plus_days(1), None);
    }
}
