//! iCalendar (RFC 5545) feeds of meetings, written by the `icalendar` crate: one event per
//! meeting with known days, all-day (its last day is the day before DTEND), its UID its page's
//! public address (stable), SEQUENCE its number of changes, DTSTAMP the time of its latest,
//! STATUS:CANCELLED when cancelled (TENTATIVE when postponed), its URL the public address of its
//! page in the feed's language. Every published meeting is public; outcome documents are not in
//! a feed.

use std::collections::HashMap;

use agora_app::PublicUrl;
use agora_app::registry::Registry;
use agora_core::ForumId;
use agora_core::meeting::{Meeting, MeetingStatus, MeetingType};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::lang::text_with;

/// A day as `icalendar` takes it.
fn naive(d: agora_core::Day) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year(), d.month().into(), d.day().into())
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

/// A meeting as a calendar event, if its days are known.
fn event<'a>(
    words: &mut Words<'a>,
    m: &'a Meeting,
    public: &PublicUrl,
    prefix: &str,
) -> Option<Event> {
    let first = naive(m.start_date.or(m.end_date)?.first_day())?;
    let last = naive(m.end_date.or(m.start_date)?.last_day())?;
    let path = format!("/meetings/{}", m.id);
    let mut e = Event::new();
    e.uid(&public.link(&path))
        .summary(&super::meetings::title(m).text)
        .starts(first)
        .ends(last.succ_opt()?)
        .url(&public.link(&format!("{prefix}{path}")))
        .status(match m.status {
            MeetingStatus::Cancelled => EventStatus::Cancelled,
            MeetingStatus::Postponed => EventStatus::Tentative,
            MeetingStatus::Scheduled | MeetingStatus::Held => EventStatus::Confirmed,
        });
    e.description(words.description(m));
    let place = words.place(m);
    if !place.is_empty() {
        e.location(place);
    }
    if let Some((n, at)) = words.r.meetings.versions(m.id.as_str()) {
        e.sequence(u32::try_from(n.saturating_sub(1)).unwrap_or(u32::MAX));
        if let Ok(t) = DateTime::parse_from_rfc3339(at) {
            e.timestamp(t.with_timezone(&Utc));
        }
    }
    Some(e.done())
}

/// A calendar of meetings named `name`, as a `text/calendar` response.
pub fn feed<'a>(
    r: &'a Registry,
    meetings: &[&'a Meeting],
    name: &str,
    public: &PublicUrl,
) -> Response {
    let prefix = crate::lang::Here::current().locale.prefix();
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Agora//Meetings//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name(name);
    let mut words = Words {
        r,
        descriptions: HashMap::new(),
        places: HashMap::new(),
    };
    // Each event is written as soon as it is made, into a body sized for all of them (a feed of
    // 20,000 meetings is about 8 MB): the calendar's own lines first, its END last.
    let head = cal.done().to_string();
    let end = "END:VCALENDAR\r\n";
    let mut out = String::with_capacity(head.len() + meetings.len() * 450);
    out.push_str(head.strip_suffix(end).unwrap_or(&head));
    for m in meetings {
        if let Some(e) = event(&mut words, m, public, prefix) {
            // Writing into a String cannot fail.
            let _ = e.fmt_write(&mut out);
        }
    }
    out.push_str(end);
    (
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        out,
    )
        .into_response()
}
