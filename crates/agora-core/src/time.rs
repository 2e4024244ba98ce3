//! Time: one timestamp type (jiff's `Timestamp`, an instant) and one way of writing it, used by
//! the store, the web and the CLI alike — RFC 3339 in UTC with milliseconds,
//! `2026-12-02T04:05:06.789Z`. The width is fixed, so text order is time order (the store sorts
//! and compares such texts).

use jiff::tz::TimeZone;

use crate::date::Day;

pub use jiff::Timestamp;

/// The current instant.
pub fn now() -> Timestamp {
    Timestamp::now()
}

/// An instant as the store and the wire write it: RFC 3339, UTC, milliseconds (cut, never
/// rounded up: a time is never written later than it was).
pub fn format(t: Timestamp) -> String {
    let cut = Timestamp::from_millisecond(t.as_millisecond()).unwrap_or(t);
    format!("{cut:.3}")
}

/// Now, written as [`format`] writes it.
pub fn now_text() -> String {
    format(now())
}

/// `hours` from now, written as [`format`] writes it.
pub fn hours_from_now(hours: u64) -> String {
    let hours = i64::try_from(hours).unwrap_or(i64::MAX / 3600);
    let later = now()
        .checked_add(jiff::SignedDuration::from_hours(hours))
        .unwrap_or(Timestamp::MAX);
    format(later)
}

/// `hours` ago, written as [`format`] writes it.
pub fn hours_ago(hours: u64) -> String {
    let hours = i64::try_from(hours).unwrap_or(i64::MAX / 3600);
    let earlier = now()
        .checked_sub(jiff::SignedDuration::from_hours(hours))
        .unwrap_or(Timestamp::MIN);
    format(earlier)
}

/// Seconds since the Unix epoch, now.
pub fn now_secs() -> i64 {
    now().as_second()
}

/// The day an instant falls on, in UTC.
pub fn day_of(t: Timestamp) -> Day {
    let d = t.to_zoned(TimeZone::UTC).date();
    Day::new(i32::from(d.year()), d.month() as u8, d.day() as u8)
        .expect("jiff's dates are valid days")
}

/// Today, in UTC.
pub fn today() -> Day {
    day_of(now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_are_written_with_milliseconds_in_utc_at_a_fixed_width() {
        let t: Timestamp = "2009-11-04T09:30:05.123456Z".parse().unwrap();
        assert_eq!(format(t), "2009-11-04T09:30:05.123Z");
        let whole: Timestamp = "2026-12-02T00:00:00Z".parse().unwrap();
        assert_eq!(format(whole), "2026-12-02T00:00:00.000Z");
        let earlier: Timestamp = "1999-12-31T23:59:59.9999Z".parse().unwrap();
        assert_eq!(format(earlier), "1999-12-31T23:59:59.999Z");
        assert!(format(earlier) < format(whole));
        assert_eq!(now_text().len(), "2026-12-02T00:00:00.000Z".len());
    }

    #[test]
    fn times_are_written_as_the_store_keeps_them() {
        let at = |s| format(Timestamp::from_second(s).unwrap());
        assert_eq!(at(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00.000Z");
        assert_eq!(at(1_795_000_123), "2026-11-18T11:08:43.000Z");
    }

    #[test]
    fn days_are_the_utc_days_of_instants() {
        let t: Timestamp = "2009-11-04T23:59:59Z".parse().unwrap();
        assert_eq!(day_of(t).to_string(), "2009-11-04");
        let t: Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
        assert_eq!(day_of(t).to_string(), "2026-01-01");
        assert!(hours_from_now(48) > now_text());
    }
}
