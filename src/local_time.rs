//! What day it is where the professional sits. A plan made at 01:30 in Lappeenranta is made
//! that day, not the day before as UTC would have it, so the day is read in the system's time
//! zone: jiff reads the `TZ` variable when it is set, else `/etc/localtime`, and falls back to
//! UTC when neither gives a zone.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::date::Date;

/// Today's date in the system's time zone.
pub fn today_local() -> Date {
    date_in(Timestamp::now(), &TimeZone::system())
}

/// The date of the moment `at` in the time zone `zone`.
pub fn date_in(at: Timestamp, zone: &TimeZone) -> Date {
    Date::from(zone.to_datetime(at).date())
}

/// A moment written as recovery copies write it ("2026-11-23 23:30 UTC"), as the time in
/// `zone` ("2026-11-24 01:30"); `None` for text not written so.
pub fn utc_text_in(text: &str, zone: &TimeZone) -> Option<String> {
    let civil = jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M UTC", text).ok()?;
    let at = TimeZone::UTC.to_timestamp(civil).ok()?;
    Some(zone.to_datetime(at).strftime("%Y-%m-%d %H:%M").to_string())
}

/// [`utc_text_in`] the system's time zone, or the text as it is.
pub fn utc_text_local(text: &str) -> String {
    utc_text_in(text, &TimeZone::system()).unwrap_or_else(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HELSINKI: &str = "EET-2EEST,M3.5.0/3,M10.5.0/4";

    fn utc(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn a_late_evening_in_utc_is_the_next_day_in_finland() {
        // 2026-11-23 23:30 UTC is 01:30 on the 24th in Helsinki.
        let at = utc("2026-11-23T23:30:00Z");
        let helsinki = TimeZone::posix(HELSINKI).unwrap();
        assert_eq!(date_in(at, &helsinki).to_string(), "2026-11-24");
        assert_eq!(date_in(at, &TimeZone::UTC).to_string(), "2026-11-23");
    }

    #[test]
    fn a_recovery_copys_time_is_shown_in_the_professionals_zone() {
        let helsinki = TimeZone::posix(HELSINKI).unwrap();
        assert_eq!(
            utc_text_in("2026-11-23 23:30 UTC", &helsinki).as_deref(),
            Some("2026-11-24 01:30")
        );
        assert_eq!(utc_text_in("eilen", &helsinki), None);
    }

    #[test]
    fn finnish_summer_time_starts_and_ends_on_the_right_minute() {
        // 2026: the last Sunday of March is the 29th, of October the 25th; both change at
        // 01:00 UTC. At 22:30 UTC the offset decides the day.
        let helsinki = TimeZone::posix(HELSINKI).unwrap();
        let day = |at: &str| date_in(utc(at), &helsinki).to_string();
        // Winter (UTC+2): 21:59 UTC is still the same day, 22:00 the next.
        assert_eq!(day("2026-01-15T21:59:00Z"), "2026-01-15");
        assert_eq!(day("2026-01-15T22:00:00Z"), "2026-01-16");
        // Summer (UTC+3): 21:00 UTC is already the next day.
        assert_eq!(day("2026-07-01T21:00:00Z"), "2026-07-02");
        let offset = |at: &str| helsinki.to_offset(utc(at)).seconds();
        assert_eq!(offset("2026-03-29T00:59:00Z"), 7200);
        assert_eq!(offset("2026-03-29T01:00:00Z"), 10_800);
        assert_eq!(offset("2026-10-25T00:59:00Z"), 10_800);
        assert_eq!(offset("2026-10-25T01:00:00Z"), 7200);
    }

    #[test]
    fn the_systems_helsinki_zone_is_read_where_there_is_one() {
        let Ok(helsinki) = jiff::tz::db().get("Europe/Helsinki") else {
            eprintln!("no time-zone database here (tzdata not installed): nothing to read");
            return;
        };
        let day = |at: &str| date_in(utc(at), &helsinki).to_string();
        assert_eq!(day("1990-07-01T21:30:00Z"), "1990-07-02");
        assert_eq!(day("2060-12-01T21:30:00Z"), "2060-12-01");
    }
}
