//! Meetings: the calendar (`/meetings`: upcoming and past, filtered by forum, state, kind, year
//! and words) and a meeting's page (`/meetings/{id}`: who held, hosted, chaired and attended it,
//! its agenda, its parts and the outcome documents the reader may see).

use agora_app::meetings::{Meetings, When, sort_key};
use agora_app::registry::Registry;
use agora_core::meeting::{Meeting, MeetingStatus, MeetingType, ParticipantRole};
use agora_core::{Day, Member};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::fora::{forum_name, member_href, member_name};
use super::{PageError, html};
use crate::error::OrNotFound;
use crate::lang::{Localised, filters, text};
use crate::params::{MEETINGS_PARAMS, MeetingsRequest, Params, page};
use crate::state::AppState;
use crate::viewer::Who;

pub fn kind_label(k: MeetingType) -> String {
    use MeetingType::*;
    text(match k {
        Ministerial => "meeting-kind-ministerial",
        SeniorOfficials => "meeting-kind-senior-officials",
        Technical => "meeting-kind-technical",
        Workshop => "meeting-kind-workshop",
        Training => "meeting-kind-training",
        GlobalRcpMeeting => "meeting-kind-global-rcp-meeting",
        GfmdSummit => "meeting-kind-gfmd-summit",
        GfmdRoundtable => "meeting-kind-gfmd-roundtable",
        CivilSocietyDays => "meeting-kind-civil-society-days",
        Other => "meeting-kind-other",
    })
}

pub fn status_label(s: MeetingStatus) -> String {
    text(match s {
        MeetingStatus::Scheduled => "meeting-status-scheduled",
        MeetingStatus::Held => "meeting-status-held",
        MeetingStatus::Postponed => "meeting-status-postponed",
        MeetingStatus::Cancelled => "meeting-status-cancelled",
    })
}

fn role_label(r: ParticipantRole) -> String {
    text(match r {
        ParticipantRole::Participant => "meeting-role-participant",
        ParticipantRole::Observer => "meeting-role-observer",
        ParticipantRole::Guest => "meeting-role-guest",
        ParticipantRole::Speaker => "meeting-role-speaker",
    })
}

/// "4–5 June 2009", "November 2009", "dates not recorded", in the reader's language.
pub fn dates_label(m: &Meeting) -> String {
    match (m.start_date, m.end_date) {
        (Some(s), Some(e)) if s != e => super::period_label(Some(s), Some(e)),
        (Some(d), _) | (None, Some(d)) => crate::lang::date(d),
        (None, None) => text("period-not-recorded"),
    }
}

/// "09:00–17:30 (Asia/Dhaka)": its times, when known, with their time zone.
pub fn times_label(m: &Meeting) -> String {
    let zone = m.time_zone.clone().unwrap_or_default();
    let t = |t: Option<agora_core::meeting::ClockTime>| t.map(|t| t.to_string());
    let (key, start, end) = match (t(m.start_time), t(m.end_time)) {
        (Some(s), Some(e)) => ("meeting-times", s, e),
        (Some(s), None) => ("meeting-time-from", s, String::new()),
        (None, Some(e)) => ("meeting-time-until", String::new(), e),
        (None, None) => return String::new(),
    };
    crate::lang::text_with(
        key,
        &[
            ("start", start.into()),
            ("end", end.into()),
            ("zone", zone.into()),
        ],
    )
}

/// A meeting in a list.
pub struct MeetingRow {
    pub id: String,
    pub title: Localised,
    /// Its first day as ISO 8601 writes it (for `<time datetime>`), empty if unknown.
    pub iso: String,
    pub dates: String,
    pub place: String,
    pub fora: Vec<(String, Localised)>,
    pub kind: String,
    pub status: String,
    /// Cancelled or postponed: the list says so beside its title.
    pub off: bool,
}

/// A meeting's title in the reader's language, or English marked as such.
pub fn title(m: &Meeting) -> Localised {
    let (t, lang) = agora_core::name_in(&m.titles, &crate::lang::chain());
    Localised::new(t, lang)
}

/// "Athens, Greece": the city and the country's name in the reader's language.
pub fn place(r: &Registry, m: &Meeting) -> String {
    let country = m
        .country
        .as_ref()
        .map(|c| member_name(r, &Member::Area(c.clone())).text);
    match (&m.city, country) {
        (Some(city), Some(country)) => crate::lang::text_with(
            "meeting-place",
            &[("city", city.as_str().into()), ("country", country.into())],
        ),
        (Some(city), None) => city.clone(),
        (None, Some(country)) => country,
        (None, None) => String::new(),
    }
}

pub fn row(r: &Registry, m: &Meeting) -> MeetingRow {
    MeetingRow {
        id: m.id.to_string(),
        title: title(m),
        iso: m
            .start_date
            .or(m.end_date)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        dates: dates_label(m),
        place: place(r, m),
        fora: m
            .fora
            .iter()
            .map(|f| (f.to_string(), forum_name(r, f)))
            .collect(),
        kind: kind_label(m.kind),
        status: status_label(m.status),
        off: matches!(
            m.status,
            MeetingStatus::Cancelled | MeetingStatus::Postponed
        ),
    }
}

/// The filters as the calendar's form shows them.
#[derive(Default)]
pub struct Chosen {
    pub q: String,
    pub forum: String,
    pub state: String,
    pub kind: String,
    pub year: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "meetings.html")]
pub struct CalendarPage {
    pub rows: Vec<MeetingRow>,
    pub total: usize,
    pub next: Option<String>,
    /// The feed of the meetings these filters keep.
    pub ics_href: String,
    pub chosen: Chosen,
    /// The fora that hold meetings, and the states that took part in one, by name.
    pub fora: Options,
    pub states: Options,
    pub kinds: Vec<(&'static str, String)>,
    /// The month view, when it is the one asked for (`view=month`).
    pub month: Option<MonthView>,
    /// The other view's address (the month view's from the list, the list's from the month).
    pub other_view: String,
}

/// Options of a filter: (value, name).
type Options = Vec<(String, Localised)>;

/// The fora holding meetings and the states taking part in them, each by name.
fn choices(r: &Registry, ms: &Meetings) -> (Options, Options) {
    let mut fora: Options = ms
        .fora()
        .iter()
        .map(|f| (f.to_string(), forum_name(r, f)))
        .collect();
    fora.sort_by(|a, b| a.1.cmp(&b.1));
    let mut states: Options = ms
        .states()
        .iter()
        .map(|a| (a.to_string(), member_name(r, &Member::Area(a.clone()))))
        .collect();
    states.sort_by(|a, b| a.1.cmp(&b.1));
    (fora, states)
}

pub async fn calendar(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(
        q.as_deref(),
        &[MEETINGS_PARAMS, &["view", "month"]].concat(),
    )?;
    let r = state.registry().await?;
    let mut req = MeetingsRequest::parse(&p, &r)?;
    let by_month = p.choice("view", &["list", "month"], |v| v)? == Some("month");
    let month = read_month(&p, state.today())?;
    // The filters besides the year, when and paging: what the month view keeps, and what its
    // links to the months around it carry.
    let kept: Vec<(&str, &str)> = ["q", "forum", "state", "kind"]
        .iter()
        .filter_map(|n| Some((*n, p.get(n)?)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let month_view = by_month.then(|| {
        req.filter.year = None;
        req.filter.when = None;
        month_view(
            &r,
            &r.meetings.filter(&req.filter, state.today()),
            month,
            &kept,
        )
    });
    let other_view = if by_month {
        month_view
            .as_ref()
            .map(|v| v.list_href.clone())
            .unwrap_or_default()
    } else {
        let mut pairs = kept.clone();
        let m = format!("{:04}-{:02}", month.0, month.1);
        pairs.push(("view", "month"));
        pairs.push(("month", &m));
        format!(
            "/meetings?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    };
    let all = if by_month {
        Vec::new()
    } else {
        r.meetings.filter(&req.filter, state.today())
    };
    let total = all.len();
    let when = req.filter.when;
    let (shown, next) = page(
        all,
        |m| sort_key(m, when),
        "meetings",
        req.cursor.as_deref(),
        req.limit,
    )?;
    let next = next.map(|c| super::next_page("/meetings", &p, MEETINGS_PARAMS, &c));
    let filters: Vec<(&str, &str)> = FEED_PARAMS
        .iter()
        .filter_map(|n| Some((*n, p.get(n)?)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let ics_href = if filters.is_empty() {
        "/meetings.ics".to_owned()
    } else {
        format!(
            "/meetings.ics?{}",
            serde_urlencoded::to_string(&filters).unwrap_or_default()
        )
    };
    let (fora, states) = choices(&r, &r.meetings);
    let f = &req.filter;
    html(&CalendarPage {
        rows: shown.into_iter().map(|m| row(&r, m)).collect(),
        total,
        next,
        ics_href,
        chosen: Chosen {
            q: f.q.clone().unwrap_or_default(),
            forum: f
                .forum
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            state: f
                .state
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            kind: f.kind.map(|k| k.as_str().to_owned()).unwrap_or_default(),
            year: f.year.map(|y| y.to_string()).unwrap_or_default(),
            when: match f.when {
                Some(When::Upcoming) => "upcoming".into(),
                Some(When::Past) => "past".into(),
                None => String::new(),
            },
        },
        fora,
        states,
        kinds: MeetingType::ALL
            .iter()
            .map(|k| (k.as_str(), kind_label(*k)))
            .collect(),
        month: month_view,
        other_view,
    })
}

/// A party of a meeting: its page, its name and (for a participant) its role.
pub struct Party {
    pub href: String,
    pub name: Localised,
    pub role: String,
}

fn party(r: &Registry, m: &Member, day: Day, role: String) -> Party {
    Party {
        href: member_href(m, day),
        name: member_name(r, m),
        role,
    }
}

#[derive(Template)]
#[template(path = "meeting.html")]
pub struct MeetingPage {
    pub m: MeetingRow,
    /// Its opening and closing times, with their time zone, when known.
    pub times: String,
    pub status_since: String,
    pub venue: String,
    pub host: String,
    pub hosts: Vec<Party>,
    /// Each chair as the sources name them, with the party they chaired for if known.
    pub chairs: Vec<(String, Option<Party>)>,
    pub participants: Vec<Party>,
    pub theme: String,
    pub agenda: Vec<String>,
    pub summary: String,
    pub documents: Vec<(String, String)>,
    pub part_of: Option<(String, Localised)>,
    pub parts: Vec<MeetingRow>,
    pub sources: Vec<String>,
    pub verified: bool,
    pub note: String,
    /// schema.org `Event`.
    pub json_ld: String,
    /// The map marking its city (when the gazetteer knows it), and the map's words.
    pub map_src: Option<String>,
    pub map_title: String,
    /// Where the viewer proposes a correction of it (when they contribute for a forum holding
    /// it).
    pub correct_href: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let m = r.meetings.get(&id).or_not_found("meeting", &id)?;
    // Links to the parties keep the meeting's day.
    let day = m
        .start_date
        .or(m.end_date)
        .map_or_else(|| state.today(), |d| d.first_day());
    let documents = agora_app::meetings::outcome_documents(&state, &who.caller(), m).await?;
    let json_ld = super::json_ld(&event_ld(&state, &r, m));
    let correct_href = m
        .fora
        .iter()
        .find(|f| who.viewer.as_contributor(f).is_some())
        .map(|f| format!("/fora/{f}/meetings/propose?meeting={}", m.id));
    html(&MeetingPage {
        map_src: located(m).map(|_| format!("/meetings/{}/map.svg", m.id)),
        map_title: map_title(&r, m),
        times: times_label(m),
        json_ld,
        correct_href,
        m: row(&r, m),
        status_since: m.status_since.map(crate::lang::date).unwrap_or_default(),
        venue: m.venue.clone().unwrap_or_default(),
        host: m.host.clone().unwrap_or_default(),
        hosts: m
            .hosts
            .iter()
            .map(|h| party(&r, h, day, String::new()))
            .collect(),
        chairs: m
            .chairs
            .iter()
            .map(|c| {
                let p = c.party.as_ref().map(|p| party(&r, p, day, String::new()));
                (c.name.clone(), p)
            })
            .collect(),
        participants: m
            .participants
            .iter()
            .map(|p| party(&r, &p.party, day, role_label(p.role)))
            .collect(),
        theme: m.theme.clone().unwrap_or_default(),
        agenda: m.agenda.clone(),
        summary: m.summary.clone().unwrap_or_default(),
        documents: documents
            .iter()
            .map(|d| (d.id.to_string(), d.title().to_owned()))
            .collect(),
        part_of: m
            .part_of
            .as_ref()
            .and_then(|p| r.meetings.get(p.as_str()))
            .map(|p| (p.id.to_string(), title(p))),
        parts: r
            .meetings
            .parts(&id)
            .into_iter()
            .map(|p| row(&r, p))
            .collect(),
        sources: m.sources.iter().map(|s| s.url.clone()).collect(),
        verified: m.verification == agora_core::Verification::Verified,
        note: m.note.clone().unwrap_or_default(),
    })
}

/// Where a meeting's city is (longitude, latitude), if the gazetteer knows it.
fn located(m: &Meeting) -> Option<(f64, f64)> {
    crate::gazetteer::locate(m.city.as_deref()?, m.country.as_ref()?.as_str())
}

fn map_title(r: &Registry, m: &Meeting) -> String {
    crate::lang::text_with("meeting-map-title", &[("place", place(r, m).into())])
}

/// `/meetings/{id}/map.svg`: the meeting's city marked on the world map, its country shaded.
pub async fn map_svg(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let m = r.meetings.get(&id).or_not_found("meeting", &id)?;
    let (lon, lat) = located(m).or_not_found("meeting", &id)?;
    let country = m
        .country
        .as_ref()
        .and_then(|c| r.area(c.as_str()))
        .and_then(|a| Some((a.m49?, Localised::name(&a.names).text)));
    let (x, y) = crate::map::project(lon, lat);
    let mark = crate::map::Mark {
        x: (x * 10.0).round() / 10.0,
        y: (y * 10.0).round() / 10.0,
        title: place(&r, m),
    };
    super::svg(&super::home::MapSvg {
        map: crate::map::place(country, Some(mark), &super::fora::map_names(&r)),
        title: map_title(&r, m),
    })
}

/// A meeting as a schema.org `Event`: its name, days, status, place and organisers.
fn event_ld(state: &AppState, r: &Registry, m: &Meeting) -> serde_json::Value {
    let status = match m.status {
        MeetingStatus::Scheduled | MeetingStatus::Held => "EventScheduled",
        MeetingStatus::Postponed => "EventPostponed",
        MeetingStatus::Cancelled => "EventCancelled",
    };
    // With its times: ISO 8601 with the offset of its time zone on the day.
    let iso = |z: &jiff::Zoned| z.strftime("%Y-%m-%dT%H:%M%:z").to_string();
    let times = m.opens_and_closes();
    let opens = times.as_ref().map(|(o, _)| iso(o));
    let closes = times.as_ref().map(|(_, c)| iso(c));
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": state.public_url.link(&format!("/meetings/{}", m.id)),
        "name": m.title_in("en"),
        "startDate": opens.or_else(|| m.start_date.or(m.end_date).map(|d| d.to_string())),
        "endDate": closes.or_else(|| m.end_date.or(m.start_date).map(|d| d.to_string())),
        "eventStatus": format!("https://schema.org/{status}"),
        "location": {
            "@type": "Place",
            "name": m.venue.as_ref().or(m.city.as_ref()),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": m.city,
                "addressCountry": m.country.as_ref().map(ToString::to_string),
            },
        },
        "organizer": m.fora.iter().map(|f| serde_json::json!({
            "@type": "Organization",
            "name": r.forum_name(f),
            "url": state.public_url.link(&format!("/fora/{f}")),
        })).collect::<Vec<_>>(),
    })
}

/// The calendar's filters a feed takes (all its meetings: no paging).
const FEED_PARAMS: &[&str] = &["q", "forum", "state", "kind", "year", "when"];

/// `/meetings.ics`: the calendar's meetings, with its filters, as an iCalendar feed.
pub async fn calendar_ics(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), FEED_PARAMS)?;
    let r = state.registry().await?;
    let req = MeetingsRequest::parse(&p, &r)?;
    let f = &req.filter;
    let name = match (&f.forum, &f.state) {
        (Some(forum), _) => feed_name("meetings-feed-forum", forum_name(&r, forum).text),
        (None, Some(a)) => feed_name(
            "meetings-feed-state",
            member_name(&r, &Member::Area(a.clone())).text,
        ),
        (None, None) => text("meetings-feed-all"),
    };
    let meetings = r.meetings.filter(f, state.today());
    Ok(super::ics::feed(&r, &meetings, &name, &state.public_url))
}

fn feed_name(key: &str, name: String) -> String {
    crate::lang::text_with(key, &[("name", name.into())])
}

/// `/fora/{id}/meetings.ics`: the meetings a forum held.
pub async fn forum_ics(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let f = r.forum(&id).or_not_found("forum", &id)?;
    let held = r.meetings.filter(
        &agora_app::meetings::MeetingFilter {
            forum: Some(f.id.clone()),
            ..Default::default()
        },
        state.today(),
    );
    let name = feed_name("meetings-feed-forum", forum_name(&r, &f.id).text);
    Ok(super::ics::feed(&r, &held, &name, &state.public_url))
}

/// `/areas/{code}/meetings.ics`: the meetings a state hosted, chaired or took part in.
pub async fn area_ics(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let a = r.area(&code).or_not_found("area", &code)?;
    let party = Member::Area(a.code.clone());
    let meetings = r.meetings.involving(&party);
    let name = feed_name("meetings-feed-state", member_name(&r, &party).text);
    Ok(super::ics::feed(&r, &meetings, &name, &state.public_url))
}

/// A day of a month's grid: its number (0 for the days of the weeks around the month), its date
/// for `<time>`, and the meetings held on it.
pub struct DayCell {
    pub day: u8,
    /// Its number as the reader's language writes it.
    pub label: String,
    pub iso: String,
    pub meetings: Vec<(String, Localised)>,
    /// The meetings of the day not shown in the cell (the list of the month shows them).
    pub more: usize,
}

/// The month view of the calendar: a week a row, Monday first.
pub struct MonthView {
    /// `2027-03`.
    pub month: String,
    /// "March 2027", in the reader's language.
    pub caption: String,
    /// The days of the week: (short name, name).
    pub weekdays: [(String, String); 7],
    pub weeks: Vec<Vec<DayCell>>,
    /// The meetings of the month whose days are not recorded (only the month or year).
    pub undated: Vec<MeetingRow>,
    pub prev_href: String,
    pub next_href: String,
    pub list_href: String,
}

/// The most meetings a day's cell lists.
const PER_DAY: usize = 6;

/// A month as the calendar's `month` parameter writes it: `2027-03`.
fn read_month(p: &Params, today: Day) -> Result<(i32, u8), crate::error::AppError> {
    Ok(p.parse_with("month", |v| {
        let bad = || agora_core::Said::new("param-not-month").with("value", v);
        match v.parse::<agora_core::PartialDate>() {
            Ok(agora_core::PartialDate::Month(y, m)) => Ok((y, m)),
            _ => Err(bad()),
        }
    })?
    .unwrap_or((today.year(), today.month())))
}

/// The calendar's month view of the meetings a filter keeps; `query` the page's other filters,
/// for the links to the months around it.
fn month_view(
    r: &Registry,
    meetings: &[&Meeting],
    (year, month): (i32, u8),
    query: &[(&str, &str)],
) -> MonthView {
    let first = Day::new(year, month, 1).expect("a month read from the query");
    let (next_y, next_m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let (prev_y, prev_m) = if month == 1 {
        (year - 1, 12)
    } else {
        (year, month - 1)
    };
    let after = Day::new(next_y, next_m, 1).map_or(i64::MAX, |d| d.days_since_epoch());
    let (start, end) = (first.days_since_epoch(), after);
    let days = (end - start) as usize;
    let mut on_day: Vec<Vec<&Meeting>> = vec![Vec::new(); days];
    let mut undated = Vec::new();
    for m in meetings {
        match (m.start_date, m.end_date.or(m.start_date)) {
            (Some(agora_core::PartialDate::Day(s)), Some(agora_core::PartialDate::Day(e))) => {
                let from = s.days_since_epoch().max(start);
                let to = e.days_since_epoch().min(end - 1);
                for d in from..=to {
                    on_day[(d - start) as usize].push(m);
                }
            }
            (Some(s), Some(e))
                if s.first_day().days_since_epoch() < end
                    && e.last_day().days_since_epoch() >= start =>
            {
                undated.push(row(r, m));
            }
            _ => {}
        }
    }
    // Monday is 0; 1970-01-01 was a Thursday.
    let lead = (start + 3).rem_euclid(7) as usize;
    let mut cells: Vec<DayCell> = (0..lead).map(|_| blank()).collect();
    for (i, list) in on_day.into_iter().enumerate() {
        let day = Day::from_days_since_epoch(start + i as i64);
        // Earliest first within a day.
        let mut list = list;
        list.sort_by_cached_key(|m| sort_key(m, Some(When::Upcoming)));
        cells.push(DayCell {
            day: day.day(),
            label: agora_i18n::format::number(
                crate::lang::Here::current().locale,
                i64::from(day.day()),
            ),
            iso: day.to_string(),
            more: list.len().saturating_sub(PER_DAY),
            meetings: list
                .iter()
                .take(PER_DAY)
                .map(|m| (m.id.to_string(), title(m)))
                .collect(),
        });
    }
    while !cells.len().is_multiple_of(7) {
        cells.push(blank());
    }
    let mut weeks = Vec::new();
    let mut cells = cells.into_iter().peekable();
    while cells.peek().is_some() {
        weeks.push(cells.by_ref().take(7).collect());
    }
    let href = |y: i32, m: u8| {
        let month = format!("{y:04}-{m:02}");
        let mut pairs: Vec<(&str, &str)> = query.to_vec();
        pairs.push(("view", "month"));
        pairs.push(("month", &month));
        format!(
            "/meetings?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    };
    let year_s = year.to_string();
    let mut list: Vec<(&str, &str)> = query.to_vec();
    list.push(("year", &year_s));
    MonthView {
        month: format!("{year:04}-{month:02}"),
        caption: agora_i18n::format::month(crate::lang::Here::current().locale, year, month),
        weekdays: agora_i18n::format::weekdays(crate::lang::Here::current().locale),
        weeks,
        undated,
        prev_href: href(prev_y, prev_m),
        next_href: href(next_y, next_m),
        list_href: format!(
            "/meetings?{}",
            serde_urlencoded::to_string(&list).unwrap_or_default()
        ),
    }
}

fn blank() -> DayCell {
    DayCell {
        day: 0,
        label: String::new(),
        iso: String::new(),
        meetings: Vec::new(),
        more: 0,
    }
}

/// A year of a party's meetings: its heading, and each meeting with how the party took part.
pub struct TimelineYear {
    pub year: String,
    pub meetings: Vec<(MeetingRow, String)>,
}

/// How a party took part in a meeting, in words: held, hosted, chaired, its role (as many as
/// apply).
fn how(m: &Meeting, party: &Member) -> String {
    let mut ways = Vec::new();
    if matches!(party, Member::Forum(f) if m.fora.contains(f)) {
        ways.push(text("meeting-how-held"));
    }
    if m.hosts.contains(party) {
        ways.push(text("meeting-how-hosted"));
    }
    if m.chairs.iter().any(|c| c.party.as_ref() == Some(party)) {
        ways.push(text("meeting-how-chaired"));
    }
    if let Some(p) = m.participants.iter().find(|p| &p.party == party) {
        ways.push(role_label(p.role));
    }
    agora_i18n::format::and_list(crate::lang::Here::current().locale, &ways)
}

/// A party's meetings as a timeline, latest year first (meetings whose dates are not recorded
/// last): what a forum held or attended, what a state or organisation hosted, chaired or
/// attended.
pub fn timeline(r: &Registry, party: &Member) -> Vec<TimelineYear> {
    let mut meetings = r.meetings.involving(party);
    meetings.sort_by_cached_key(|m| sort_key(m, None));
    let mut out: Vec<TimelineYear> = Vec::new();
    let mut current: Option<Option<i32>> = None;
    for m in meetings {
        let year = m.start_date.or(m.end_date).map(|d| d.year());
        if current != Some(year) {
            current = Some(year);
            out.push(TimelineYear {
                year: match year {
                    Some(y) => agora_i18n::format::year(crate::lang::Here::current().locale, y),
                    None => text("period-not-recorded"),
                },
                meetings: Vec::new(),
            });
        }
        if let Some(y) = out.last_mut() {
            y.meetings.push((row(r, m), how(m, party)));
        }
    }
    out
}
