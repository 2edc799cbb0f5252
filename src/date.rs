//! Calendar dates as the catalogue and plans write them: `"YYYY-MM-DD"`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// Days from 1970-01-01 to this date (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year - era * 400;
        let month = i64::from(self.month);
        let doy =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`); days before
    /// 1970 give 1970-01-01, and a date past the year 65535 gives that too.
    pub fn from_days_since_epoch(days: i64) -> Self {
        let epoch = Date {
            year: 1970,
            month: 1,
            day: 1,
        };
        let Ok(days) = u64::try_from(days) else {
            return epoch;
        };
        let z = days + 719_468;
        let era = z / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + u64::from(month <= 2);
        match (u16::try_from(year), u8::try_from(month), u8::try_from(day)) {
            (Ok(y), Ok(m), Ok(d)) => Date::new(y, m, d).unwrap_or(epoch),
            _ => epoch,
        }
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
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
            Ok(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2026-13-01".parse::<Date>().is_err());
        assert!("2026-1-01".parse::<Date>().is_err());
        assert!("1.1.2026".parse::<Date>().is_err());
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
        assert_eq!(Date::from_days_since_epoch(-1).to_string(), "1970-01-01");
    }
}
