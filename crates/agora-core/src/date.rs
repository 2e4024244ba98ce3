//! Calendar days, partial dates and periods, and the as-of rule.
//!
//! Facts about fora are known to different precisions: "joined in 2003", "since May 2001",
//! "withdrew on 31 January 2020". A [`PartialDate`] keeps the precision it was given. The as-of
//! rule: a partial *start* counts from the first day of its period, a partial *end* through the
//! last day of its period. So a membership `2003`–`2009` covers 2003-01-01 through 2009-12-31.

use std::fmt;
use std::str::FromStr;

use agora_i18n::Said;
use serde::{Deserialize, Serialize};

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub input: String,
    /// The message saying why (a key of the catalogue's `date-` family).
    pub reason: &'static str,
}

impl DateError {
    /// Why, to be written in the reader's language.
    pub fn why(&self) -> Said {
        Said::new(self.reason)
    }

    /// The whole complaint: what was given and why it is not a date.
    pub fn said(&self) -> Said {
        Said::new("date-not-a-date")
            .with("input", self.input.as_str())
            .with("why", self.why())
    }
}

crate::words::said_error!(DateError);

fn err(input: &str, reason: &'static str) -> DateError {
    DateError {
        input: input.chars().take(40).collect(),
        reason,
    }
}

/// The earliest and latest years Agora accepts; anything else is a typo.
pub const MIN_YEAR: i32 = 1800;
pub const MAX_YEAR: i32 = 2200;

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A calendar day (proleptic Gregorian). Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: i32,
    month: u8,
    day: u8,
}

impl Day {
    pub fn new(year: i32, month: u8, day: u8) -> Result<Day, DateError> {
        let text = format!("{year:04}-{month:02}-{day:02}");
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(err(&text, "date-year-range"));
        }
        if !(1..=12).contains(&month) {
            return Err(err(&text, "date-month-range"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(err(&text, "date-no-such-day"));
        }
        Ok(Day { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// The day that is `days` days after 1970-01-01 (negative before), by Howard Hinnant's
    /// civil-from-days algorithm. Used to turn the system clock into a date without a dependency.
    pub fn from_days_since_epoch(days: i64) -> Day {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }

    /// Days since 1970-01-01 (negative before): the inverse of [`Day::from_days_since_epoch`]
    /// (Hinnant's days-from-civil).
    pub fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Day {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Day, DateError> {
        match s.parse::<PartialDate>()? {
            PartialDate::Day(d) => Ok(d),
            _ => Err(err(s, "date-full-needed")),
        }
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A date known to the year, the month or the day. The precision is part of the value:
/// `2003` and `2003-01-01` are different facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    Year(i32),
    Month(i32, u8),
    Day(Day),
}

impl PartialDate {
    /// The first day of the period this date names.
    pub fn first_day(self) -> Day {
        match self {
            PartialDate::Year(y) => Day {
                year: y,
                month: 1,
                day: 1,
            },
            PartialDate::Month(y, m) => Day {
                year: y,
                month: m,
                day: 1,
            },
            PartialDate::Day(d) => d,
        }
    }

    /// The last day of the period this date names.
    pub fn last_day(self) -> Day {
        match self {
            PartialDate::Year(y) => Day {
                year: y,
                month: 12,
                day: 31,
            },
            PartialDate::Month(y, m) => Day {
                year: y,
                month: m,
                day: days_in_month(y, m),
            },
            PartialDate::Day(d) => d,
        }
    }

    pub fn year(self) -> i32 {
        self.first_day().year
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => d.fmt(f),
        }
    }
}

fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

impl FromStr for PartialDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<PartialDate, DateError> {
        let mut parts = s.split('-');
        let year = parts
            .next()
            .and_then(|p| digits(p, 4))
            .ok_or_else(|| err(s, "date-expected-iso"))? as i32;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(err(s, "date-year-range"));
        }
        let month = match parts.next() {
            None => return Ok(PartialDate::Year(year)),
            Some(p) => digits(p, 2).ok_or_else(|| err(s, "date-expected-iso"))? as u8,
        };
        if !(1..=12).contains(&month) {
            return Err(err(s, "date-month-range"));
        }
        let day = match parts.next() {
            None => return Ok(PartialDate::Month(year, month)),
            Some(p) => digits(p, 2).ok_or_else(|| err(s, "date-expected-iso"))? as u8,
        };
        if parts.next().is_some() {
            return Err(err(s, "date-expected-iso"));
        }
        Day::new(year, month, day)
            .map(PartialDate::Day)
            .map_err(|e| err(s, e.reason))
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A span of time with an optional start and end of any precision. An open start means
/// "since before our records begin"; an open end means "still".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Period {
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

impl Period {
    pub fn new(start: Option<PartialDate>, end: Option<PartialDate>) -> Period {
        Period { start, end }
    }

    /// Whether the end comes before the start. A start and end in the same period
    /// (`2010`–`2010`, `2010-05`–`2010`) are in order.
    pub fn is_reversed(&self) -> bool {
        match (self.start, self.end) {
            (Some(s), Some(e)) => e.last_day() < s.first_day(),
            _ => false,
        }
    }

    /// Whether the two periods share at least one day (an open end reaches as far as it may).
    pub fn overlaps(&self, other: &Period) -> bool {
        let starts_before_end = |p: &Period, q: &Period| match (p.start, q.end) {
            (Some(s), Some(e)) => s.first_day() <= e.last_day(),
            _ => true,
        };
        starts_before_end(self, other) && starts_before_end(other, self)
    }

    /// The as-of rule: does this period include `day`?
    pub fn contains(&self, day: Day) -> bool {
        self.start.is_none_or(|s| s.first_day() <= day)
            && self.end.is_none_or(|e| day <= e.last_day())
    }
}

/// Month names as people write them, folded (lower case, no accents), with the month: English,
/// French and Spanish, in full and shortened ("nov", "nov.", "sept").
#[rustfmt::skip]
const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("jan", 1), ("janvier", 1), ("janv", 1), ("enero", 1), ("ene", 1),
    ("february", 2), ("feb", 2), ("fevrier", 2), ("fevr", 2), ("fev", 2), ("febrero", 2),
    ("march", 3), ("mar", 3), ("mars", 3), ("marzo", 3),
    ("april", 4), ("apr", 4), ("avril", 4), ("avr", 4), ("abril", 4), ("abr", 4),
    ("may", 5), ("mai", 5), ("mayo", 5),
    ("june", 6), ("jun", 6), ("juin", 6), ("junio", 6),
    ("july", 7), ("jul", 7), ("juillet", 7), ("juil", 7), ("julio", 7),
    ("august", 8), ("aug", 8), ("aout", 8), ("agosto", 8), ("ago", 8),
    ("september", 9), ("sep", 9), ("sept", 9), ("septembre", 9), ("septiembre", 9),
    ("setiembre", 9),
    ("october", 10), ("oct", 10), ("octobre", 10), ("octubre", 10),
    ("november", 11), ("nov", 11), ("novembre", 11), ("noviembre", 11),
    ("december", 12), ("dec", 12), ("decembre", 12), ("diciembre", 12), ("dic", 12),
];

/// A date as people write it in a form: what [`PartialDate`] reads (2025, 2025-11,
/// 2025-11-04), and also a month by its name with a year ("Nov 2025", "novembre 2025", "4 Nov
/// 2025", "Nov 4, 2025"), slashes for dashes ("2025/11", "2025/11/04") and a month before its
/// year ("11/2025"). A day written with slashes before its year ("04/11/2025") is refused: it
/// reads as two different days in different countries.
pub fn read_written(s: &str) -> Result<PartialDate, DateError> {
    let trimmed = s.trim();
    if let Ok(d) = trimmed.parse::<PartialDate>() {
        return Ok(d);
    }
    let lower: String = crate::fold(trimmed);
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    let month_of = |w: &str| MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m);
    let number = |w: &str, most: usize| {
        (!w.is_empty() && w.len() <= most && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    let year_of = |w: &str| number(w, 4).filter(|_| w.len() == 4).map(|y| y as i32);
    let make = |y: i32, m: u8, d: Option<u32>| -> Result<PartialDate, DateError> {
        let text = match d {
            Some(d) => format!("{y:04}-{m:02}-{d:02}"),
            None => format!("{y:04}-{m:02}"),
        };
        text.parse::<PartialDate>().map_err(|e| err(s, e.reason))
    };
    match words.as_slice() {
        // "Nov 2025", "November 2025"
        [m, y] if month_of(m).is_some() && year_of(y).is_some() => {
            return make(year_of(y).unwrap_or(0), month_of(m).unwrap_or(0), None);
        }
        // "4 Nov 2025", "4 de noviembre de 2025" (without the "de")
        [d, m, y] | [d, "de", m, "de", y] if month_of(m).is_some() && year_of(y).is_some() => {
            if let Some(d) = number(d, 2) {
                return make(year_of(y).unwrap_or(0), month_of(m).unwrap_or(0), Some(d));
            }
        }
        // "Nov 4, 2025"
        [m, d, y] if month_of(m).is_some() && year_of(y).is_some() => {
            if let Some(d) = number(d, 2) {
                return make(year_of(y).unwrap_or(0), month_of(m).unwrap_or(0), Some(d));
            }
        }
        _ => {}
    }
    let slashed: Vec<&str> = trimmed.split('/').map(str::trim).collect();
    match slashed.as_slice() {
        // "2025/11", "2025/11/04"
        [y, rest @ ..] if year_of(y).is_some() && !rest.is_empty() => {
            return trimmed
                .replace('/', "-")
                .parse::<PartialDate>()
                .map_err(|e| err(s, e.reason));
        }
        // "11/2025"
        [m, y] if year_of(y).is_some() => {
            if let Some(m) = number(m, 2) {
                return make(year_of(y).unwrap_or(0), m as u8, None);
            }
        }
        [_, _, y] if year_of(y).is_some() => {
            return Err(err(s, "date-slashed-day"));
        }
        _ => {}
    }
    Err(err(s, "date-write-one"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pd(s: &str) -> PartialDate {
        s.parse().unwrap()
    }
    fn day(s: &str) -> Day {
        s.parse().unwrap()
    }

    #[test]
    fn parses_each_precision_and_keeps_it() {
        assert_eq!(pd("2003"), PartialDate::Year(2003));
        assert_eq!(pd("2003-05"), PartialDate::Month(2003, 5));
        assert_eq!(pd("2003-05-01").to_string(), "2003-05-01");
        assert_eq!(pd("2003-05").to_string(), "2003-05");
    }

    #[test]
    fn rejects_malformed_dates_with_a_reason() {
        for bad in [
            "",
            "03",
            "2003-5",
            "2003-13",
            "2003-02-30",
            "2003-00",
            "20030",
            "2003-05-01-02",
            "abcd",
            "2003/05",
            "1700",
            "2003-02-29",
            " 2003",
        ] {
            let e = bad.parse::<PartialDate>().unwrap_err();
            assert!(!e.to_string().contains("date-"), "{e}");
        }
        assert!("2004-02-29".parse::<PartialDate>().is_ok());
        assert!("2000-02-29".parse::<PartialDate>().is_ok());
        assert!("1900-02-29".parse::<PartialDate>().is_err());
        assert!("2009".parse::<Day>().is_err(), "a Day needs the full date");
    }

    #[test]
    fn partial_start_counts_from_first_day_and_partial_end_through_last_day() {
        let p = Period::new(Some(pd("2003")), Some(pd("2009-02")));
        assert!(!p.contains(day("2002-12-31")));
        assert!(p.contains(day("2003-01-01")));
        assert!(p.contains(day("2009-02-28")));
        assert!(!p.contains(day("2009-03-01")));
        let leap = Period::new(None, Some(pd("2008-02")));
        assert!(leap.contains(day("2008-02-29")));
        assert!(Period::default().contains(day("1900-01-01")));
    }

    #[test]
    fn reversed_periods_are_detected_at_their_precision() {
        assert!(Period::new(Some(pd("2005")), Some(pd("2001"))).is_reversed());
        assert!(!Period::new(Some(pd("2010-05")), Some(pd("2010"))).is_reversed());
        assert!(!Period::new(Some(pd("2010")), Some(pd("2010-01-01"))).is_reversed());
        assert!(Period::new(Some(pd("2010-02")), Some(pd("2010-01-31"))).is_reversed());
    }

    #[test]
    fn periods_overlap_when_they_share_a_day() {
        let p = |s: Option<&str>, e: Option<&str>| Period::new(s.map(pd), e.map(pd));
        assert!(p(Some("2002"), None).overlaps(&p(Some("2010"), Some("2012"))));
        assert!(p(Some("2002"), Some("2010")).overlaps(&p(Some("2010-12"), None)));
        assert!(!p(Some("2002"), Some("2009")).overlaps(&p(Some("2010"), None)));
        assert!(!p(Some("2010-02"), None).overlaps(&p(None, Some("2010-01-31"))));
        assert!(p(None, None).overlaps(&p(Some("1990"), Some("1990"))));
    }

    #[test]
    fn days_from_the_epoch() {
        assert_eq!(Day::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Day::from_days_since_epoch(-1).to_string(), "1969-12-31");
        assert_eq!(Day::from_days_since_epoch(11_017).to_string(), "2000-03-01");
        assert_eq!(Day::from_days_since_epoch(20_454).to_string(), "2026-01-01");
    }

    fn any_partial() -> impl Strategy<Value = PartialDate> {
        (1900i32..2100, 0u8..=12, 0u8..=31).prop_map(|(y, m, d)| {
            if m == 0 {
                PartialDate::Year(y)
            } else if d == 0 {
                PartialDate::Month(y, m)
            } else {
                PartialDate::Day(Day::new(y, m, d.min(days_in_month(y, m))).unwrap())
            }
        })
    }

    proptest! {
        #[test]
        fn display_then_parse_is_identity(p in any_partial()) {
            prop_assert_eq!(p.to_string().parse::<PartialDate>().unwrap(), p);
        }

        #[test]
        fn a_period_contains_exactly_the_days_between_first_and_last(
            s in any_partial(), e in any_partial(), y in 1900i32..2100, m in 1u8..=12, d in 1u8..=28
        ) {
            let probe = Day::new(y, m, d).unwrap();
            let p = Period::new(Some(s), Some(e));
            let expected = s.first_day() <= probe && probe <= e.last_day();
            prop_assert_eq!(p.contains(probe), expected);
            // a partial date's own period is never reversed and contains both its ends
            let own = Period::new(Some(s), Some(s));
            prop_assert!(!own.is_reversed());
            prop_assert!(own.contains(s.first_day()) && own.contains(s.last_day()));
        }

        #[test]
        fn day_order_agrees_with_epoch_order(a in -50_000i64..80_000, b in -50_000i64..80_000) {
            let (da, db) = (Day::from_days_since_epoch(a), Day::from_days_since_epoch(b));
            prop_assert_eq!(a.cmp(&b), da.cmp(&db));
            prop_assert_eq!(da.days_since_epoch(), a);
            prop_assert!(Day::new(da.year(), da.month(), da.day()).is_ok() || !(MIN_YEAR..=MAX_YEAR).contains(&da.year()));
        }
    }

    #[test]
    fn dates_are_read_as_people_write_them() {
        for (written, read) in [
            ("2025", "2025"),
            (" 2025-11 ", "2025-11"),
            ("2025-11-04", "2025-11-04"),
            ("Nov 2025", "2025-11"),
            ("November 2025", "2025-11"),
            ("nov. 2025", "2025-11"),
            ("novembre 2025", "2025-11"),
            ("Février 2010", "2010-02"),
            ("4 Nov 2025", "2025-11-04"),
            ("Nov 4, 2025", "2025-11-04"),
            ("4 de noviembre de 2025", "2025-11-04"),
            ("2025/11", "2025-11"),
            ("2025/11/04", "2025-11-04"),
            ("11/2025", "2025-11"),
        ] {
            assert_eq!(
                super::read_written(written).map(|d| d.to_string()),
                Ok(read.to_owned()),
                "{written}"
            );
        }
        for bad in [
            "Nov 20255",
            "04/11/2025",
            "31 Nov 2025",
            "13/2025",
            "soon",
            "",
            "Nov",
        ] {
            let e = super::read_written(bad).unwrap_err();
            assert!(e.reason.starts_with("date-"), "{bad}");
            // Said in words, never as the key.
            assert!(!e.to_string().contains("date-"), "{e}");
        }
        assert!(
            super::read_written("04/11/2025")
                .unwrap_err()
                .to_string()
                .contains("reads differently")
        );
    }
}
