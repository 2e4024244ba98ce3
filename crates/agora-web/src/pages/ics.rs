//! iCalendar (RFC 5545) feeds of meetings: one event per meeting with known days, all-day (its
//! last day is the day before DTEND) unless its opening and closing times are known (then from
//! the one to the other in UTC, its time zone's offset on each day applied), its UID its page's public address (stable), SEQUENCE its
//! number of changes, DTSTAMP the time of its latest, STATUS:CANCELLED when cancelled (TENTATIVE
//! when postponed), its URL the public address of its page in the feed's language. Every
//! published meeting is public; outcome documents are not in a feed.
//!
//! The lines are written here, straight into the body ([`Lines`]: text escaped as §3.3.11 says,
//! lines folded at 75 octets as §3.1 says), not through the `icalendar` crate's components: a
//! component per event is a map of owned properties, and building 20,000 of them was most of the
//! cost of the all-meetings feed (about 200 ms; written directly, about a quarter of that). A
//! test compares what is written here with what the crate writes for the same events.

use std::collections::HashMap;
use std::fmt::Write as _;

use agora_app::PublicUrl;
use agora_app::registry::Registry;
use agora_core::meeting::{Meeting, MeetingStatus, MeetingType};
use agora_core::{Day, ForumId};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::lang::text_with;

/// Content lines written into a String, each escaped (for TEXT values) and folded.
pub(crate) struct Lines {
    out: String,
}

/// The longest a line may be before it is folded, in octets, without its CRLF.
const FOLD_AT: usize = 75;

impl Lines {
    pub(crate) fn with_capacity(n: usize) -> Lines {
        Lines {
            out: String::with_capacity(n),
        }
    }

    /// A property whose value is written as given (a date, a number, a URI, a word).
    pub(crate) fn raw(&mut self, name: &str, value: &str) {
        let start = self.out.len();
        self.out.push_str(name);
        self.out.push(':');
        self.out.push_str(value);
        self.end(start);
    }

    /// A property whose value is TEXT: backslash, semicolon, comma and newline escaped.
    pub(crate) fn text(&mut self, name: &str, value: &str) {
        let start = self.out.len();
        self.out.push_str(name);
        self.out.push(':');
        for c in value.chars() {
            match c {
                '\\' => self.out.push_str("\\\\"),
                ';' => self.out.push_str("\\;"),
                ',' => self.out.push_str("\\,"),
                '\n' => self.out.push_str("\\n"),
                // Other control characters are not allowed in a TEXT value.
                c if c.is_control() => {}
                c => self.out.push(c),
            }
        }
        self.end(start);
    }

    /// Fold the line begun at `start` (a CRLF and a space before the octet that would pass 75,
    /// never inside a character), and end it.
    fn end(&mut self, start: usize) {
        if self.out.len() - start > FOLD_AT {
            let line = self.out.split_off(start);
            let mut rest = line.as_str();
            let mut limit = FOLD_AT;
            while rest.len() > limit {
                let mut cut = limit;
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                self.out.push_str(&rest[..cut]);
                self.out.push_str("\r\n ");
                rest = &rest[cut..];
                // A continuation line's leading space counts.
                limit = FOLD_AT - 1;
            }
            self.out.push_str(rest);
        }
        self.out.push_str("\r\n");
    }

    pub(crate) fn into_string(self) -> String {
        self.out
    }
}

/// `20091104`: a DATE value.
fn date(d: Day) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `20261203T090229Z`: a change log's time (RFC 3339) as a UTC DATE-TIME value.
fn stamp(at: &str) -> Option<String> {
    Some(utc(at.parse().ok()?))
}

/// `20261203T090229Z`: an instant as a UTC DATE-TIME value.
fn utc(t: jiff::Timestamp) -> String {
    let d = jiff::tz::TimeZone::UTC.to_datetime(t);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.year(),
        d.month(),
        d.day(),
        d.hour(),
        d.minute(),
        d.second()
    )
}

/// The words of a feed's events, each written once per feed: a description per kind and set
/// of fora, a place per city and country (a feed of 20,000 meetings holds a few hundred).
struct Words<'a> {
    r: &'a Registry,
    descriptions: HashMap<(MeetingType, &'a [ForumId]), String>,
    places: HashMap<(Option<&'a str>, Option<&'a str>), String>,
}

impl<'a> Words<'a> {
    fn description(&mut self, m: &'a Meeting) -> &str {
        let r = self.r;
        self.descriptions
            .entry((m.kind, m.fora.as_slice()))
            .or_insert_with(|| {
                let locale = crate::lang::Here::current().locale;
                let fora: Vec<&str> = m
                    .fora
                    .iter()
                    .map(|f| r.forum_name_in(f, &crate::lang::chain()).0)
                    .collect();
                text_with(
                    "meetings-feed-description",
                    &[
                        ("kind", super::meetings::kind_label(m.kind).into()),
                        ("fora", agora_i18n::format::and_list(locale, &fora).into()),
                    ],
                )
            })
    }

    fn place(&mut self, m: &'a Meeting) -> &str {
        let r = self.r;
        self.places
            .entry((m.city.as_deref(), m.country.as_ref().map(|c| c.as_str())))
            .or_insert_with(|| super::meetings::place(r, m))
    }
}

/// A meeting as a calendar event, if its days are known; its properties in name order.
fn event<'a>(
    lines: &mut Lines,
    words: &mut Words<'a>,
    m: &'a Meeting,
    base: &str,
    prefix: &str,
    now: &str,
) {
    let (Some(first), Some(last)) = (
        m.start_date.or(m.end_date).map(|d| d.first_day()),
        m.end_date.or(m.start_date).map(|d| d.last_day()),
    ) else {
        return;
    };
    let after = Day::from_days_since_epoch(last.days_since_epoch() + 1);
    let versions = words.r.meetings.versions(m.id.as_str());
    // With its times: when it opens and closes in UTC (the time zone's offset on the day
    // applied), which every calendar shows in its reader's own time.
    let times = m.opens_and_closes();
    lines.raw("BEGIN", "VEVENT");
    lines.text("DESCRIPTION", words.description(m));
    match &times {
        Some((_, closes)) => lines.raw("DTEND", &utc(closes.timestamp())),
        None => lines.raw("DTEND;VALUE=DATE", &date(after)),
    }
    // Every event has one: the time of its latest change, else the feed's.
    match versions.and_then(|(_, at)| stamp(at)) {
        Some(t) => lines.raw("DTSTAMP", &t),
        None => lines.raw("DTSTAMP", now),
    }
    match &times {
        Some((opens, _)) => lines.raw("DTSTART", &utc(opens.timestamp())),
        None => lines.raw("DTSTART;VALUE=DATE", &date(first)),
    }
    let place = words.place(m);
    if !place.is_empty() {
        lines.text("LOCATION", place);
    }
    if let Some((n, _)) = versions {
        lines.raw("SEQUENCE", &n.saturating_sub(1).to_string());
    }
    lines.raw(
        "STATUS",
        match m.status {
            MeetingStatus::Cancelled => "CANCELLED",
            MeetingStatus::Postponed => "TENTATIVE",
            MeetingStatus::Scheduled | MeetingStatus::Held => "CONFIRMED",
        },
    );
    lines.text("SUMMARY", &super::meetings::title(m).text);
    let mut url = String::with_capacity(base.len() + prefix.len() + 10 + m.id.as_str().len());
    let _ = write!(url, "{base}/meetings/{}", m.id);
    lines.raw("UID", &url);
    if !prefix.is_empty() {
        url.truncate(base.len());
        let _ = write!(url, "{prefix}/meetings/{}", m.id);
    }
    lines.raw("URL", &url);
    lines.raw("END", "VEVENT");
}

/// A calendar of meetings named `name`: its lines.
pub(crate) fn calendar<'a>(
    r: &'a Registry,
    meetings: &[&'a Meeting],
    name: &str,
    public: &PublicUrl,
) -> String {
    let prefix = crate::lang::Here::current().locale.prefix();
    let base = public.link("");
    let base = base.trim_end_matches('/');
    let mut lines = Lines::with_capacity(200 + meetings.len() * 450);
    lines.raw("BEGIN", "VCALENDAR");
    lines.raw("VERSION", "2.0");
    lines.raw("PRODID", "-//Agora//Meetings//EN");
    lines.raw("CALSCALE", "GREGORIAN");
    lines.text("NAME", name);
    lines.text("X-WR-CALNAME", name);
    let mut words = Words {
        r,
        descriptions: HashMap::new(),
        places: HashMap::new(),
    };
    let now = utc(jiff::Timestamp::now());
    for m in meetings {
        event(&mut lines, &mut words, m, base, prefix, &now);
    }
    lines.raw("END", "VCALENDAR");
    lines.into_string()
}

/// A calendar of meetings named `name`, as a `text/calendar` response.
pub fn feed<'a>(
    r: &'a Registry,
    meetings: &[&'a Meeting],
    name: &str,
    public: &PublicUrl,
) -> Response {
    (
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        calendar(r, meetings, name, public),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line as it reads unfolded.
    fn unfold(text: &str) -> Vec<String> {
        text.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn long_lines_fold_at_75_octets_and_never_inside_a_character() {
        let mut lines = Lines::with_capacity(0);
        let summary = "Réunion ministérielle — 老虎 ; Rabat, \\ ".repeat(9);
        lines.text("SUMMARY", &format!("{summary}\u{7}"));
        lines.raw("URL", &format!("https://example.org/{}", "a".repeat(200)));
        let out = lines.into_string();
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        let unfolded = unfold(&out);
        assert_eq!(
            unfolded[0],
            format!(
                "SUMMARY:{}",
                summary
                    .replace('\\', "\\\\")
                    .replace(';', "\\;")
                    .replace(',', "\\,")
            )
        );
        assert_eq!(unfolded[1].len(), "URL:https://example.org/".len() + 200);
    }

    /// What is written here is what the `icalendar` crate writes for the same events, line for
    /// line once unfolded (the two fold long lines at different places; both within 75 octets).
    #[test]
    fn the_lines_are_those_the_icalendar_crate_writes() {
        use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
        let cases = [
            (
                "SUMMARY",
                "Meeting of the RCPs, Bangkok; 4–5 June\nsecond line \\ end",
            ),
            (
                "DESCRIPTION",
                "Global meeting of RCPs. Held by IGAD-RCP, the Söderköping Process and the Bali Process.",
            ),
            ("LOCATION", "Addis Ababa, Ethiopia"),
            (
                "SUMMARY",
                &"Третье совещание Глобального форума по миграции и развитию ".repeat(3),
            ),
        ];
        for (name, value) in cases {
            let mut ours = Lines::with_capacity(0);
            ours.text(name, value);
            let mut e = Event::new();
            match name {
                "SUMMARY" => e.summary(value),
                "DESCRIPTION" => e.description(value),
                _ => e.location(value),
            };
            let theirs = Calendar::empty().push(e.done()).done().to_string();
            let theirs = unfold(&theirs);
            let ours = unfold(&ours.into_string());
            assert!(theirs.contains(&ours[0]), "{ours:?} not in {theirs:?}");
        }
        let d = chrono::NaiveDate::from_ymd_opt(2009, 11, 4).unwrap();
        let mut e = Event::new();
        e.starts(d)
            .ends(d.succ_opt().unwrap())
            .status(EventStatus::Cancelled)
            .sequence(3);
        let theirs = unfold(&Calendar::empty().push(e.done()).done().to_string());
        let mut ours = Lines::with_capacity(0);
        let day: Day = "2009-11-04"
            .parse::<agora_core::PartialDate>()
            .unwrap()
            .first_day();
        ours.raw(
            "DTEND;VALUE=DATE",
            &date(Day::from_days_since_epoch(day.days_since_epoch() + 1)),
        );
        ours.raw("DTSTART;VALUE=DATE", &date(day));
        ours.raw("SEQUENCE", "3");
        ours.raw("STATUS", "CANCELLED");
        for line in unfold(&ours.into_string()) {
            assert!(theirs.contains(&line), "{line} not in {theirs:?}");
        }
        assert_eq!(
            stamp("2026-12-03T09:02:29.123Z").as_deref(),
            Some("20261203T090229Z")
        );
    }
}
