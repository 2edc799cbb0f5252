//! What day it is where the professional sits. A plan made at 01:30 in Lappeenranta is made
//! that day, not the day before as UTC would have it, so the offset from UTC is read from the
//! system's time zone: the `TZ` variable when it is set, else `/etc/localtime`.
//!
//! Time-zone files (TZif, RFC 8536) list the changes of offset up to some year and end with a
//! POSIX rule for the years after ("EET-2EEST,M3.5.0/3,M10.5.0/4"); both are read here. When
//! the zone cannot be found or read, the offset is 0 and dates are those of UTC, as before.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::date::Date;

/// Where time-zone files are kept on Linux.
const ZONEINFO: &str = "/usr/share/zoneinfo";

/// Today's date in the system's time zone.
pub fn today_local() -> Date {
    let now = unix_now();
    date_at(now + i64::from(local_offset(now)))
}

/// The date of a moment given as seconds since 1970 (negative ones count as 1970-01-01).
pub fn date_at(seconds: i64) -> Date {
    Date::from_days_since_epoch(seconds.max(0) / 86_400)
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Seconds east of UTC at the moment `at` (seconds since 1970) in the system's time zone.
pub fn local_offset(at: i64) -> i32 {
    let from_tz = std::env::var("TZ").ok().map(|tz| offset_for_tz(&tz, at));
    from_tz
        .unwrap_or_else(|| zone_file_offset(Path::new("/etc/localtime"), at))
        .unwrap_or(0)
}

/// The offset that the value of `TZ` gives: empty means UTC; otherwise a zone name such as
/// "Europe/Helsinki" or a file path (either may start with ':'), or a POSIX rule.
fn offset_for_tz(tz: &str, at: i64) -> Option<i32> {
    let name = tz.strip_prefix(':').unwrap_or(tz);
    if name.is_empty() {
        return Some(0);
    }
    let file = if name.starts_with('/') {
        Some(PathBuf::from(name))
    } else if name.split('/').any(|part| part == "..") {
        None
    } else {
        Some(Path::new(ZONEINFO).join(name))
    };
    file.and_then(|f| zone_file_offset(&f, at))
        .or_else(|| posix_offset(name, at))
}

fn zone_file_offset(path: &Path, at: i64) -> Option<i32> {
    // Zone files are a few kilobytes; anything much larger is not one.
    let bytes = std::fs::read(path).ok().filter(|b| b.len() < 1 << 20)?;
    tzif_offset(&bytes, at)
}

/// Reads big-endian numbers from a byte slice, failing at its end.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }

    fn u32(&mut self) -> Option<usize> {
        let b = self.take(4)?;
        usize::try_from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])).ok()
    }

    fn i32(&mut self) -> Option<i32> {
        let b = self.take(4)?;
        Some(i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn i64(&mut self) -> Option<i64> {
        let b = self.take(8)?;
        let mut word = [0u8; 8];
        word.copy_from_slice(b);
        Some(i64::from_be_bytes(word))
    }
}

/// The counts in a TZif header, and its version.
struct Header {
    version: u8,
    isut: usize,
    isstd: usize,
    leap: usize,
    time: usize,
    kinds: usize,
    chars: usize,
}

fn header(r: &mut Reader) -> Option<Header> {
    if r.take(4)? != b"TZif" {
        return None;
    }
    let version = r.take(1)?[0];
    r.take(15)?;
    Some(Header {
        version,
        isut: r.u32()?,
        isstd: r.u32()?,
        leap: r.u32()?,
        time: r.u32()?,
        kinds: r.u32()?,
        chars: r.u32()?,
    })
}

/// The offset a TZif file gives for the moment `at`.
fn tzif_offset(bytes: &[u8], at: i64) -> Option<i32> {
    let mut r = Reader(bytes);
    let mut h = header(&mut r)?;
    let mut time_size = 4;
    if h.version >= b'2' {
        // Version 2 and later repeat the data with 64-bit times, then give the rule.
        let v1 = h.time * 5 + h.kinds * 6 + h.chars + h.leap * 8 + h.isstd + h.isut;
        r.take(v1)?;
        h = header(&mut r)?;
        time_size = 8;
    }
    let mut times = Vec::with_capacity(h.time);
    for _ in 0..h.time {
        times.push(if time_size == 8 {
            r.i64()?
        } else {
            i64::from(r.i32()?)
        });
    }
    let kinds_of_changes = r.take(h.time)?.to_vec();
    let mut offsets = Vec::with_capacity(h.kinds);
    for _ in 0..h.kinds {
        offsets.push(r.i32()?);
        r.take(2)?;
    }
    let rest = h.chars + h.leap * (time_size + 4) + h.isstd + h.isut;
    r.take(rest)?;
    let rule = if time_size == 8 {
        let footer = std::str::from_utf8(r.0).ok()?;
        footer.trim_matches('\n').to_owned()
    } else {
        String::new()
    };

    let last_change = times.iter().rposition(|&t| t <= at);
    let after_all = times.last().is_none_or(|&last| at >= last);
    if after_all
        && !rule.is_empty()
        && let Some(offset) = posix_offset(&rule, at)
    {
        return Some(offset);
    }
    match last_change {
        Some(i) => offsets.get(usize::from(*kinds_of_changes.get(i)?)).copied(),
        // Before the first change, the first kind of time holds.
        None => offsets.first().copied(),
    }
}

/// A POSIX time-zone rule, e.g. "EET-2EEST,M3.5.0/3,M10.5.0/4" or "UTC0".
struct PosixRule {
    /// Seconds east of UTC in standard time.
    standard: i32,
    /// Daylight-saving time, if the zone has it: its offset, and when it starts and ends.
    daylight: Option<(i32, RuleDay, i32, RuleDay, i32)>,
}

/// A day of the year in a POSIX rule.
#[derive(Clone, Copy)]
enum RuleDay {
    /// `Jn`: day 1…365, never counting 29 February.
    Julian(u16),
    /// `n`: day 0…365, counting 29 February.
    Zero(u16),
    /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = the last) of month `m`.
    Month(u8, u8, u8),
}

/// The offset that the POSIX rule `rule` gives for the moment `at`.
pub fn posix_offset(rule: &str, at: i64) -> Option<i32> {
    let rule = parse_posix(rule)?;
    let Some((daylight, start, start_time, end, end_time)) = rule.daylight else {
        return Some(rule.standard);
    };
    let year = date_at(at + i64::from(rule.standard)).year;
    // The change to daylight time happens at a standard-time clock reading, the change back at
    // a daylight-time one.
    let starts = day_seconds(year, start)? + i64::from(start_time) - i64::from(rule.standard);
    let ends = day_seconds(year, end)? + i64::from(end_time) - i64::from(daylight);
    let in_daylight = if starts < ends {
        (starts..ends).contains(&at)
    } else {
        // The southern hemisphere: daylight time spans the turn of the year.
        !(ends..starts).contains(&at)
    };
    Some(if in_daylight { daylight } else { rule.standard })
}

/// Seconds from 1970 to the start of `day` of `year`.
fn day_seconds(year: u16, day: RuleDay) -> Option<i64> {
    let jan_first = Date::new(year, 1, 1)?.days_since_epoch();
    let leap = Date::new(year, 2, 29).is_some();
    let days = match day {
        RuleDay::Julian(n) => jan_first + i64::from(n) - 1 + i64::from(leap && n >= 60),
        RuleDay::Zero(n) => jan_first + i64::from(n),
        RuleDay::Month(month, week, weekday) => {
            let first = Date::new(year, month, 1)?.days_since_epoch();
            // 1970-01-01 was a Thursday (4).
            let first_weekday = (first + 4).rem_euclid(7);
            let mut day =
                1 + (i64::from(weekday) - first_weekday).rem_euclid(7) + (i64::from(week) - 1) * 7;
            while Date::new(year, month, u8::try_from(day).ok()?).is_none() {
                day -= 7;
            }
            first + day - 1
        }
    };
    Some(days * 86_400)
}

fn parse_posix(text: &str) -> Option<PosixRule> {
    let mut p = Posix(text);
    p.name()?;
    // POSIX offsets count west of UTC: "EET-2" is two hours east.
    let standard = -p.time()?;
    if p.0.is_empty() {
        return Some(PosixRule {
            standard,
            daylight: None,
        });
    }
    p.name()?;
    let daylight = if p.0.starts_with(',') || p.0.is_empty() {
        standard + 3600
    } else {
        -p.time()?
    };
    // Without dates, the rule POSIX systems assume (the United States' since 2007).
    let dates = if p.0.is_empty() {
        ",M3.2.0,M11.1.0"
    } else {
        p.0
    };
    let mut p = Posix(dates);
    p.expect(',')?;
    let (start, start_time) = p.change()?;
    p.expect(',')?;
    let (end, end_time) = p.change()?;
    p.0.is_empty().then_some(PosixRule {
        standard,
        daylight: Some((daylight, start, start_time, end, end_time)),
    })
}

/// The unread rest of a POSIX rule.
struct Posix<'a>(&'a str);

impl Posix<'_> {
    fn expect(&mut self, c: char) -> Option<()> {
        self.0 = self.0.strip_prefix(c)?;
        Some(())
    }

    /// A zone's abbreviation: three or more letters, or anything in `<...>`.
    fn name(&mut self) -> Option<()> {
        let length = if let Some(quoted) = self.0.strip_prefix('<') {
            quoted.find('>')? + 2
        } else {
            self.0
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(self.0.len())
        };
        if length < 3 {
            return None;
        }
        self.0 = &self.0[length..];
        Some(())
    }

    fn number(&mut self) -> Option<i32> {
        let digits = self
            .0
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(self.0.len());
        let (number, rest) = self.0.split_at(digits);
        self.0 = rest;
        number.parse().ok()
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    fn time(&mut self) -> Option<i32> {
        let sign = if self.expect('-').is_some() {
            -1
        } else {
            let _ = self.expect('+');
            1
        };
        let mut seconds = self.number()? * 3600;
        for unit in [60, 1] {
            if self.expect(':').is_none() {
                break;
            }
            seconds += self.number()? * unit;
        }
        Some(sign * seconds)
    }

    /// A change of offset: its day, and its time of day (02:00 when not given).
    fn change(&mut self) -> Option<(RuleDay, i32)> {
        let day = if self.expect('M').is_some() {
            let month = u8::try_from(self.number()?).ok()?;
            self.expect('.')?;
            let week = u8::try_from(self.number()?).ok()?;
            self.expect('.')?;
            let weekday = u8::try_from(self.number()?).ok()?;
            let valid = (1..=12).contains(&month) && (1..=5).contains(&week) && weekday <= 6;
            valid.then_some(RuleDay::Month(month, week, weekday))?
        } else if self.expect('J').is_some() {
            let n = u16::try_from(self.number()?).ok()?;
            (1..=365).contains(&n).then_some(RuleDay::Julian(n))?
        } else {
            let n = u16::try_from(self.number()?).ok()?;
            (n <= 365).then_some(RuleDay::Zero(n))?
        };
        let time = if self.expect('/').is_some() {
            self.time()?
        } else {
            2 * 3600
        };
        Some((day, time))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HELSINKI: &str = "EET-2EEST,M3.5.0/3,M10.5.0/4";

    /// Seconds since 1970 of a UTC date and time.
    fn utc(date: &str, hour: i64, minute: i64) -> i64 {
        let date: Date = date.parse().unwrap();
        date.days_since_epoch() * 86_400 + hour * 3600 + minute * 60
    }

    #[test]
    fn finnish_summer_time_starts_and_ends_on_the_right_minute() {
        // 2026: the last Sunday of March is the 29th, of October the 25th; both change at
        // 01:00 UTC.
        let at = |d, h, m| posix_offset(HELSINKI, utc(d, h, m));
        assert_eq!(at("2026-01-15", 12, 0), Some(7200));
        assert_eq!(at("2026-03-29", 0, 59), Some(7200));
        assert_eq!(at("2026-03-29", 1, 0), Some(10_800));
        assert_eq!(at("2026-07-01", 12, 0), Some(10_800));
        assert_eq!(at("2026-10-25", 0, 59), Some(10_800));
        assert_eq!(at("2026-10-25", 1, 0), Some(7200));
    }

    #[test]
    fn other_rules() {
        assert_eq!(posix_offset("UTC0", 0), Some(0));
        assert_eq!(posix_offset("<+0330>-3:30", 0), Some(12_600));
        // New Zealand: daylight time over the turn of the year.
        let nz = "NZST-12NZDT,M9.5.0,M4.1.0/3";
        assert_eq!(posix_offset(nz, utc("2026-01-10", 0, 0)), Some(13 * 3600));
        assert_eq!(posix_offset(nz, utc("2026-06-10", 0, 0)), Some(12 * 3600));
        // Day numbers, with and without 29 February.
        assert_eq!(
            posix_offset("AAA0BBB,J60/0,300", utc("2024-03-01", 0, 0)),
            Some(3600)
        );
        for bad in [
            "",
            "E",
            "EET",
            "EET-2EEST,M13.1.0,M10.5.0",
            "EET-2EEST,M3.5.0",
        ] {
            assert_eq!(posix_offset(bad, 0), None, "{bad:?}");
        }
    }

    /// A version-2 zone file with the given changes (time, offset) and rule.
    fn zone_file(changes: &[(i64, i32)], rule: &str) -> Vec<u8> {
        let header = |time_count: usize, kinds: usize| {
            let mut h = b"TZif2".to_vec();
            h.extend([0; 15]);
            for count in [0, 0, 0, time_count, kinds, 1] {
                h.extend(u32::try_from(count).unwrap().to_be_bytes());
            }
            h
        };
        // A version-1 block without changes: one kind of time, one character.
        let mut out = header(0, 1);
        out.extend([0, 0, 0, 0, 0, 0, 0]);
        out.extend(header(changes.len(), changes.len()));
        for (time, _) in changes {
            out.extend(time.to_be_bytes());
        }
        out.extend((0..changes.len()).map(|i| u8::try_from(i).unwrap()));
        for (_, offset) in changes {
            out.extend(offset.to_be_bytes());
            out.extend([0, 0]);
        }
        out.push(0);
        out.extend(format!("\n{rule}\n").bytes());
        out
    }

    #[test]
    fn a_zone_file_gives_its_changes_then_its_rule() {
        let file = zone_file(&[(0, 3600), (1_000_000, 7200)], HELSINKI);
        assert_eq!(tzif_offset(&file, -5), Some(3600));
        assert_eq!(tzif_offset(&file, 10), Some(3600));
        assert_eq!(tzif_offset(&file, 999_999), Some(3600));
        // After the last change, the rule.
        assert_eq!(tzif_offset(&file, utc("2026-07-01", 12, 0)), Some(10_800));
        assert_eq!(tzif_offset(&file, utc("2026-12-01", 12, 0)), Some(7200));
        // Broken files give nothing rather than a wrong offset.
        assert_eq!(tzif_offset(&file[..file.len() / 2], 10), None);
        assert_eq!(tzif_offset(b"not a zone file", 10), None);
    }

    #[test]
    fn the_systems_helsinki_zone_file_is_read_where_there_is_one() {
        let path = Path::new(ZONEINFO).join("Europe/Helsinki");
        if !path.exists() {
            eprintln!(
                "no {} here (tzdata not installed): nothing to read",
                path.display()
            );
            return;
        }
        let at = |d, h| zone_file_offset(&path, utc(d, h, 0));
        assert_eq!(
            at("1990-07-01", 12),
            Some(10_800),
            "from the list of changes"
        );
        assert_eq!(at("1990-01-01", 12), Some(7200), "from the list of changes");
        assert_eq!(at("2026-07-01", 12), Some(10_800));
        assert_eq!(at("2060-12-01", 12), Some(7200), "from the rule");
    }

    #[test]
    fn the_tz_variable_may_name_a_rule() {
        assert_eq!(offset_for_tz("", 0), Some(0));
        assert_eq!(offset_for_tz(":", 0), Some(0));
        assert_eq!(
            offset_for_tz(HELSINKI, utc("2026-07-01", 12, 0)),
            Some(10_800)
        );
        assert_eq!(offset_for_tz("../../etc/passwd", 0), None);
    }

    #[test]
    fn a_late_evening_in_utc_is_the_next_day_in_finland() {
        // 2026-11-23 23:30 UTC is 01:30 on the 24th in Helsinki.
        let at = utc("2026-11-23", 23, 30);
        let offset = posix_offset(HELSINKI, at).unwrap();
        assert_eq!(date_at(at + i64::from(offset)).to_string(), "2026-11-24");
        assert_eq!(date_at(at).to_string(), "2026-11-23");
    }
}
