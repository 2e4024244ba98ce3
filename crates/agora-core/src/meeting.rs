//! Meetings, shaped like a Popolo Event: the fora that hold one, its titles, kind, dates, place,
//! host, chairs, participants (states, organisations and other fora, each with a role), agenda,
//! outcome documents, status and sources; a sub-event names the meeting it is part of (a GFMD
//! summit's roundtables). Declared once as a record kind ([`MeetingKind`]): contributed and
//! moderated like every record, listed in each holding forum's history.

use std::collections::{BTreeMap, BTreeSet};

use agora_i18n::Said;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::date::{PartialDate, Period};
use crate::ids::{AreaCode, DocumentId, ForumId, Lang, MeetingId};
use crate::kind::{Checked, RecordKind, Refused, SearchEntry, Table};
use crate::model::{Member, Source, Verification};
use crate::policy::Visibility;
use crate::validate::Catalogue;
use crate::words::word_enum;

word_enum! {
    /// What kind of meeting it is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum MeetingType {
        Ministerial => "ministerial",
        SeniorOfficials => "senior_officials",
        Technical => "technical",
        Workshop => "workshop",
        Training => "training",
        GlobalRcpMeeting => "global_rcp_meeting",
        GfmdSummit => "gfmd_summit",
        GfmdRoundtable => "gfmd_roundtable",
        CivilSocietyDays => "civil_society_days",
        Other => "other",
    }
}

word_enum! {
    /// Where a meeting stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum MeetingStatus {
        Scheduled => "scheduled",
        Held => "held",
        Postponed => "postponed",
        Cancelled => "cancelled",
    }
}

word_enum! {
    /// How a party took part in a meeting.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum ParticipantRole {
        Participant => "participant",
        Observer => "observer",
        Guest => "guest",
        Speaker => "speaker",
    }
}

/// A state, organisation or forum that took part in a meeting, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub party: Member,
    pub role: ParticipantRole,
}

/// Who chaired a meeting, as the sources say it, and the state, organisation or forum they
/// chaired for when it is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chair {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<Member>,
}

/// A time of day, to the minute, as a meeting's programme gives it: `09:30`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    hour: u8,
    minute: u8,
}

impl ClockTime {
    pub fn hour(self) -> u8 {
        self.hour
    }
    pub fn minute(self) -> u8 {
        self.minute
    }
}

impl std::str::FromStr for ClockTime {
    type Err = Said;
    /// `9:30`, `09:30` or `0930`; hours 0-23, minutes 0-59.
    fn from_str(s: &str) -> Result<ClockTime, Said> {
        let t = s.trim();
        let unreadable = || Said::new("time-unreadable").with("typed", Said::as_given(t));
        if !t.is_ascii() {
            return Err(unreadable());
        }
        let (h, m) = match t.split_once(':') {
            Some(hm) => hm,
            None if t.len() == 4 => t.split_at(2),
            None => ("", ""),
        };
        let digits = |x: &str| (1..=2).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
        match (digits(h) && m.len() == 2 && digits(m)).then(|| (h.parse::<u8>(), m.parse::<u8>())) {
            Some((Ok(hour), Ok(minute))) if hour < 24 && minute < 60 => {
                Ok(ClockTime { hour, minute })
            }
            _ => Err(unreadable()),
        }
    }
}

impl std::fmt::Display for ClockTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ClockTime, D::Error> {
        let s = String::deserialize(d)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom(format!("not a time of day (HH:MM): {s:?}")))
    }
}

/// Whether an IANA time zone name is one the time zone database knows (`Asia/Dhaka`).
pub fn known_zone(name: &str) -> bool {
    !name.is_empty() && jiff::tz::TimeZone::get(name).is_ok()
}

/// A time zone's name as the database spells it (`asia/dhaka` → `Asia/Dhaka`).
pub fn zone_name(name: &str) -> Option<String> {
    jiff::tz::TimeZone::get(name)
        .ok()?
        .iana_name()
        .map(str::to_owned)
}

/// A meeting of one forum or several.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: MeetingId,
    /// The fora that hold it (several for a joint meeting), at least one.
    pub fora: Vec<ForumId>,
    /// Its title per language; English always.
    pub titles: BTreeMap<Lang, String>,
    pub kind: MeetingType,
    /// Its first and last day, as precisely as they are known.
    #[serde(default)]
    pub start_date: Option<PartialDate>,
    #[serde(default)]
    pub end_date: Option<PartialDate>,
    /// Its opening time on its first day and closing time on its last, where it is held, when
    /// known; with either, the time zone they are in (an IANA name, `Asia/Dhaka`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<AreaCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The host as the sources say it ("Government of Greece").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// The states, organisations or fora that hosted it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<Member>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chairs: Vec<Chair>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Its theme, in English as the sources give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Its outcome documents, in the library.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentId>,
    pub status: MeetingStatus,
    /// When it last changed status, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_since: Option<PartialDate>,
    /// The meeting it is part of (a summit's roundtable, a ministerial's preparatory meeting).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<MeetingId>,
    pub sources: Vec<Source>,
    pub verification: Verification,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The longest title, place, name or agenda item.
pub const MAX_LINE: usize = 300;
/// The longest summary or note.
pub const MAX_TEXT: usize = 5000;

impl Meeting {
    /// A new meeting's id from its first holding forum, year and place or title
    /// (`colombo-process-2026-dhaka`), numbered when taken (`...-dhaka-2`), at most 80
    /// characters.
    pub fn new_id(
        forum: &ForumId,
        start: Option<PartialDate>,
        words: &str,
        taken: impl Fn(&str) -> bool,
    ) -> Result<MeetingId, crate::ids::IdError> {
        let mut stem = forum.to_string();
        if let Some(d) = start {
            stem.push_str(&format!("-{}", d.year()));
        }
        let mut slug = String::new();
        for c in crate::text::fold(words).chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let slug = slug.trim_end_matches('-');
        if !slug.is_empty() {
            stem.push('-');
            stem.push_str(slug);
        }
        // Room for "-99" within the 80 characters of a slug, cut at a word's end.
        if stem.len() > 76 {
            stem.truncate(76);
            while stem.ends_with('-') {
                stem.pop();
            }
        }
        let mut id = stem.clone();
        let mut n = 2;
        while taken(&id) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        MeetingId::parse(&id)
    }

    /// Its title in a language, else in English.
    pub fn title_in(&self, lang: &str) -> &str {
        self.titles
            .iter()
            .find(|(l, _)| l.as_str() == lang)
            .or_else(|| self.titles.iter().find(|(l, _)| l.as_str() == "en"))
            .map_or("", |(_, t)| t.as_str())
    }

    /// The days it spans (open where a date is unknown).
    pub fn period(&self) -> Period {
        Period::new(self.start_date, self.end_date.or(self.start_date))
    }

    /// When it opens and closes, in its time zone, if both times are known (with its days).
    pub fn opens_and_closes(&self) -> Option<(jiff::Zoned, jiff::Zoned)> {
        let tz = jiff::tz::TimeZone::get(self.time_zone.as_deref()?).ok()?;
        let at = |d: Option<PartialDate>, t: Option<ClockTime>| {
            let (PartialDate::Day(day), t) = (d?, t?) else {
                return None;
            };
            jiff::civil::date(
                i16::try_from(day.year()).ok()?,
                i8::try_from(day.month()).ok()?,
                i8::try_from(day.day()).ok()?,
            )
            .at(t.hour as i8, t.minute as i8, 0, 0)
            .to_zoned(tz.clone())
            .ok()
        };
        Some((
            at(self.start_date, self.start_time)?,
            at(self.end_date.or(self.start_date), self.end_time)?,
        ))
    }

    /// Whether a party took part: as a holding forum, host, chair's party or participant.
    pub fn involves(&self, party: &Member) -> bool {
        matches!(party, Member::Forum(f) if self.fora.contains(f))
            || self.hosts.contains(party)
            || self.chairs.iter().any(|c| c.party.as_ref() == Some(party))
            || self.participants.iter().any(|p| &p.party == party)
    }

    /// Every reason it breaks the rules, against the ids that exist: (field, what is wrong).
    pub fn problems(&self, known: &Catalogue) -> Vec<Refused> {
        let mut out = Vec::new();
        let mut no = |field: String, said: Said| out.push(Refused::new(field, said));
        if self.fora.is_empty() {
            no("fora".into(), Said::new("meeting-no-fora"));
        }
        for (i, f) in self.fora.iter().enumerate() {
            if !known.fora.contains(f) {
                no(
                    format!("fora[{i}]"),
                    Said::new("check-unknown-forum").with("id", f.as_str()),
                );
            }
        }
        if self.fora.iter().collect::<BTreeSet<_>>().len() != self.fora.len() {
            no("fora".into(), Said::new("meeting-forum-twice"));
        }
        if !self.titles.keys().any(|l| l.as_str() == "en") {
            no("titles".into(), Said::new("meeting-title-english"));
        }
        for (lang, title) in &self.titles {
            line(&mut no, format!("titles.{lang}"), title);
        }
        for (field, text) in [
            ("city", &self.city),
            ("venue", &self.venue),
            ("host", &self.host),
            ("theme", &self.theme),
        ] {
            if let Some(t) = text {
                line(&mut no, field.into(), t);
            }
        }
        for (field, text) in [("summary", &self.summary), ("note", &self.note)] {
            if let Some(t) = text {
                long(&mut no, field.into(), t);
            }
        }
        for (i, item) in self.agenda.iter().enumerate() {
            line(&mut no, format!("agenda[{i}]"), item);
        }
        for (i, c) in self.chairs.iter().enumerate() {
            line(&mut no, format!("chairs[{i}].name"), &c.name);
        }
        if let Some(c) = &self.country
            && !known.areas.contains(c)
        {
            no(
                "country".into(),
                Said::new("check-unknown-area").with("id", c.as_str()),
            );
        }
        let parties =
            self.hosts
                .iter()
                .enumerate()
                .map(|(i, m)| (format!("hosts[{i}]"), m))
                .chain(
                    self.chairs.iter().enumerate().filter_map(|(i, c)| {
                        Some((format!("chairs[{i}].party"), c.party.as_ref()?))
                    }),
                )
                .chain(
                    self.participants
                        .iter()
                        .enumerate()
                        .map(|(i, p)| (format!("participants[{i}].party"), &p.party)),
                );
        for (field, party) in parties {
            if let Some(said) = unknown_party(party, known) {
                no(field, said);
            }
        }
        for (i, d) in self.documents.iter().enumerate() {
            if !known.documents.contains(d) {
                no(
                    format!("documents[{i}]"),
                    Said::new("check-unknown-document").with("id", d.as_str()),
                );
            }
        }
        if let Some(p) = &self.part_of {
            if p == &self.id {
                no("part_of".into(), Said::new("meeting-part-of-itself"));
            } else if !known.meetings.contains(p) {
                no(
                    "part_of".into(),
                    Said::new("check-unknown-meeting").with("id", p.as_str()),
                );
            }
        }
        if let (Some(start), Some(end)) = (self.start_date, self.end_date)
            && self.period().is_reversed()
        {
            no(
                "end_date".into(),
                Said::new("check-end-before-start")
                    .with("start", start.to_string())
                    .with("end", end.to_string()),
            );
        }
        let day = |d: Option<PartialDate>| matches!(d, Some(PartialDate::Day(_)));
        if self.start_time.is_some() && !day(self.start_date) {
            no("start_time".into(), Said::new("meeting-time-needs-day"));
        }
        if self.end_time.is_some() && !day(self.end_date.or(self.start_date)) {
            no("end_time".into(), Said::new("meeting-time-needs-day"));
        }
        match &self.time_zone {
            None if self.start_time.is_some() || self.end_time.is_some() => {
                no("time_zone".into(), Said::new("meeting-time-needs-zone"));
            }
            Some(z) if !known_zone(z) => no(
                "time_zone".into(),
                Said::new("meeting-unknown-zone").with("zone", Said::as_given(z.as_str())),
            ),
            _ => {}
        }
        if let Some((opens, closes)) = self.opens_and_closes()
            && closes <= opens
        {
            no(
                "end_time".into(),
                Said::new("meeting-closes-before-it-opens"),
            );
        }
        if self.sources.is_empty() {
            no("sources".into(), Said::new("check-source-required"));
        }
        for (i, s) in self.sources.iter().enumerate() {
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) || s.url.len() < 10
            {
                no(
                    format!("sources[{i}].url"),
                    Said::new("check-not-a-url").with("url", s.url.as_str()),
                );
            }
        }
        if self.verification == Verification::Verified
            && !crate::provenance::can_verify(&self.sources)
        {
            no(
                "verification".into(),
                Said::new("check-verified-needs-primary"),
            );
        }
        out
    }
}

/// A line of text: not blank, not too long.
pub(crate) fn line(no: &mut impl FnMut(String, Said), field: String, text: &str) {
    if text.trim().is_empty() {
        no(field, Said::new("meeting-text-empty"));
    } else if text.chars().count() > MAX_LINE {
        no(
            field,
            Said::new("at-most-characters").with("most", MAX_LINE),
        );
    }
}

/// A text of paragraphs: not blank, not too long.
pub(crate) fn long(no: &mut impl FnMut(String, Said), field: String, text: &str) {
    if text.trim().is_empty() {
        no(field, Said::new("meeting-text-empty"));
    } else if text.chars().count() > MAX_TEXT {
        no(
            field,
            Said::new("at-most-characters").with("most", MAX_TEXT),
        );
    }
}

pub(crate) fn unknown_party(party: &Member, known: &Catalogue) -> Option<Said> {
    let (key, id, found) = match party {
        Member::Area(a) => ("check-unknown-area", a.as_str(), known.areas.contains(a)),
        Member::Organisation(o) => (
            "check-unknown-organisation",
            o.as_str(),
            known.organisations.contains(o),
        ),
        Member::Forum(f) => ("check-unknown-forum", f.as_str(), known.fora.contains(f)),
    };
    (!found).then(|| Said::new(key).with("id", id))
}

/// The meeting record kind.
pub struct MeetingKind;

impl MeetingKind {
    /// A meeting's search entry: its titles; theme, summary and agenda as text; its fora and
    /// start. Public, as every published meeting is.
    pub fn entry(m: &Meeting) -> SearchEntry {
        let mut titles: Vec<(String, String)> = m
            .titles
            .iter()
            .map(|(l, t)| (l.to_string(), t.clone()))
            .collect();
        titles.sort_by_key(|(l, _)| l != "en");
        let body: Vec<&str> = m
            .theme
            .iter()
            .chain(&m.summary)
            .chain(&m.agenda)
            .chain(&m.city)
            .map(String::as_str)
            .collect();
        SearchEntry {
            id: m.id.to_string(),
            titles,
            texts: if body.is_empty() {
                Vec::new()
            } else {
                vec![("en".into(), body.join("\n"))]
            },
            kind: Some(m.kind.as_str().to_owned()),
            fora: m.fora.iter().map(ToString::to_string).collect(),
            themes: Vec::new(),
            langs: Vec::new(),
            date: m.start_date.or(m.end_date).map(|d| d.to_string()),
            visibility: Visibility::Public,
        }
    }
}

impl RecordKind for MeetingKind {
    fn name(&self) -> &'static str {
        "meeting"
    }
    fn table(&self) -> Table {
        Table {
            name: "meetings",
            key: "id",
        }
    }
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused> {
        let mut m: Meeting = serde_json::from_value(record.clone()).map_err(|e| {
            Refused::new(
                "record",
                Said::new("record-not-meeting").with("error", Said::as_given(e.to_string())),
            )
        })?;
        if let Some(p) = m.problems(known).into_iter().next() {
            return Err(p);
        }
        for t in m.titles.values_mut() {
            *t = t.trim().to_owned();
        }
        Ok(Checked {
            id: m.id.to_string(),
            body: serde_json::to_string(&m).expect("meetings serialise"),
        })
    }
    /// Every forum that holds it: a joint meeting is proposed only by someone who may
    /// contribute for each.
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        let mut fora: Vec<ForumId> = match record.get("fora") {
            Some(Value::Array(v)) => v.iter().filter_map(|f| f.as_str()?.parse().ok()).collect(),
            _ => Vec::new(),
        };
        fora.sort();
        fora.dedup();
        fora
    }
    /// A joint meeting belongs to every forum holding it.
    fn joint(&self) -> bool {
        true
    }
    fn documents(&self, record: &Value) -> Vec<String> {
        match record.get("documents") {
            Some(Value::Array(v)) => v
                .iter()
                .filter_map(|d| Some(d.as_str()?.to_owned()))
                .collect(),
            _ => Vec::new(),
        }
    }
    /// Its first holding forum's history lists it (as written, not sorted).
    fn scope(&self, id: &str, record: &Value) -> String {
        record
            .get("fora")
            .and_then(|f| f.get(0))
            .and_then(Value::as_str)
            .map_or_else(|| id.to_owned(), str::to_owned)
    }
    fn columns(&self, record: &Value) -> Vec<(&'static str, Option<String>)> {
        let date = |field: &str, last: bool| {
            record
                .get(field)
                .and_then(Value::as_str)
                .and_then(|d| d.parse::<PartialDate>().ok())
                .map(|d| {
                    if last {
                        d.last_day().to_string()
                    } else {
                        d.first_day().to_string()
                    }
                })
        };
        let text = |field: &str| record.get(field).and_then(Value::as_str).map(str::to_owned);
        vec![
            ("starts_on", date("start_date", false)),
            (
                "ends_on",
                date("end_date", true).or(date("start_date", true)),
            ),
            ("status", text("status")),
            ("part_of", text("part_of")),
        ]
    }
    fn label(&self) -> &'static str {
        "history-what-meeting"
    }
    fn searchable(&self) -> bool {
        true
    }
    fn search_entry(&self, record: &Value, _texts: Vec<(String, String)>) -> Option<SearchEntry> {
        serde_json::from_value::<Meeting>(record.clone())
            .ok()
            .map(|m| MeetingKind::entry(&m))
    }
    fn page(&self, id: &str) -> Option<String> {
        Some(format!("/meetings/{id}"))
    }
}

#[cfg(test)]
mod tests;
