//! iCalendar (RFC 5545) feeds of meetings, written by the `icalendar` crate: one event per
//! meeting with known days, all-day (its last day is the day before DTEND), its UID its page's
//! public address (stable), SEQUENCE its number of changes, DTSTAMP the time of its latest,
//! STATUS:CANCELLED when cancelled (TENTATIVE when postponed), its URL the public address of its
//! page in the feed's language. Every published meeting is public; outcome documents are not in
//! a feed.

use agora_app::PublicUrl;
use agora_app::registry::Registry;
use agora_core::meeting::{Meeting, MeetingStatus};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::lang::text_with;

/// A day as `icalendar` takes it.
fn naive(d: agora_core::Day) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year(), d.month().into(), d.day().into())
}

/// A meeting as a calendar event, if its days are known.
fn event(r: &Registry, m: &Meeting, public: &PublicUrl, prefix: &str) -> Option<Event> {
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
    let locale = crate::lang::Here::current().locale;
    let fora: Vec<&str> = m
        .fora
        .iter()
        .map(|f| r.forum_name_in(f, &crate::lang::chain()).0)
        .collect();
    e.description(&text_with(
        "meetings-feed-description",
        &[
            ("kind", super::meetings::kind_label(m.kind).into()),
            ("fora", agora_i18n::format::and_list(locale, &fora).into()),
        ],
    ));
    let place = super::meetings::place(r, m);
    if !place.is_empty() {
        e.location(&place);
    }
    if let Some((n, at)) = r.meetings.versions(m.id.as_str()) {
        e.sequence(u32::try_from(n.saturating_sub(1)).unwrap_or(u32::MAX));
        if let Ok(t) = DateTime::parse_from_rfc3339(at) {
            e.timestamp(t.with_timezone(&Utc));
        }
    }
    Some(e.done())
}

/// A calendar of meetings named `name`, as a `text/calendar` response.
pub fn feed(r: &Registry, meetings: &[&Meeting], name: &str, public: &PublicUrl) -> Response {
    let prefix = crate::lang::Here::current().locale.prefix();
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Agora//Meetings//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name(name);
    for m in meetings {
        if let Some(e) = event(r, m, public, prefix) {
            cal.push(e);
        }
    }
    (
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        cal.done().to_string(),
    )
        .into_response()
}
