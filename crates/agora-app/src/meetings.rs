//! Meetings: the read model every interface lists them from (the calendar, a forum's, a state's
//! and an organisation's meetings, the API), and the built-in meetings loaded into a new
//! installation. Every published meeting is public; a meeting proposed and not yet published
//! is a contribution, never in this list.

use std::collections::HashMap;

use agora_core::kind::RecordKind;
use agora_core::meeting::{Meeting, MeetingKind, MeetingStatus, MeetingType};
use agora_core::{AreaCode, Day, ForumId, Member};
use agora_store::Store;

use crate::Result;

/// Every published meeting, earliest first (then by id; undated ones last), with its parts,
/// what a search of the calendar compares, the order latest first, and who takes part: built
/// once per change of the data, so that a filtered calendar is one pass over the meetings in the
/// order it is shown.
#[derive(Debug, Clone, Default)]
pub struct Meetings {
    list: Vec<Meeting>,
    by_id: HashMap<String, usize>,
    parts: HashMap<String, Vec<usize>>,
    /// The list's positions, latest first (the calendar's order unless it shows upcoming ones).
    latest_first: Vec<usize>,
    /// Each meeting's titles, theme, city, summary and host, folded (accents and case).
    haystacks: Vec<String>,
    /// Which haystacks hold which three bytes: a search looks only at those that may match.
    grams: crate::grams::Grams,
    /// Each meeting's place in `latest_first`.
    rank: Vec<u32>,
    /// The fora that hold a meeting and the states that take part in one.
    fora: Vec<ForumId>,
    states: Vec<AreaCode>,
    /// Each meeting's number of versions and the time of its latest, from the change log.
    versions: HashMap<String, (i64, String)>,
}

/// Whether a meeting is still to come or over, on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// It ends on or after the day (or its days are unknown and it is scheduled).
    Upcoming,
    /// It ended before the day.
    Past,
}

/// What the calendar can be filtered by.
#[derive(Debug, Clone, Default)]
pub struct MeetingFilter {
    /// Held by this forum.
    pub forum: Option<ForumId>,
    /// This state took part (as host, chair or participant).
    pub state: Option<AreaCode>,
    pub kind: Option<MeetingType>,
    /// Held (in part) in this year.
    pub year: Option<i32>,
    /// Words of its title, theme, city or summary (accents and case folded).
    pub q: Option<String>,
    pub when: Option<When>,
}

impl Meetings {
    pub fn build(mut list: Vec<Meeting>) -> Meetings {
        list.sort_by_cached_key(|m| sort_key(m, Some(When::Upcoming)));
        let by_id = list
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.to_string(), i))
            .collect();
        let mut parts: HashMap<String, Vec<usize>> = HashMap::new();
        let mut fora = std::collections::BTreeSet::new();
        let mut states = std::collections::BTreeSet::new();
        for (i, m) in list.iter().enumerate() {
            if let Some(p) = &m.part_of {
                parts.entry(p.to_string()).or_default().push(i);
            }
            fora.extend(m.fora.iter().cloned());
            let parties = m
                .hosts
                .iter()
                .chain(m.chairs.iter().filter_map(|c| c.party.as_ref()))
                .chain(m.participants.iter().map(|p| &p.party));
            for p in parties {
                if let Member::Area(a) = p {
                    states.insert(a.clone());
                }
            }
        }
        let mut latest_first: Vec<usize> = (0..list.len()).collect();
        latest_first.sort_by_cached_key(|&i| sort_key(&list[i], None));
        let haystacks: Vec<String> = list.iter().map(haystack).collect();
        let grams = crate::grams::Grams::build(haystacks.iter().map(String::as_str));
        let mut rank = vec![0u32; list.len()];
        for (r, &i) in latest_first.iter().enumerate() {
            rank[i] = u32::try_from(r).expect("fewer than 4 billion meetings");
        }
        Meetings {
            grams,
            rank,
            list,
            by_id,
            parts,
            latest_first,
            haystacks,
            fora: fora.into_iter().collect(),
            states: states.into_iter().collect(),
            versions: HashMap::new(),
        }
    }

    /// The fora that hold a meeting, by id.
    pub fn fora(&self) -> &[ForumId] {
        &self.fora
    }

    /// The states that host, chair or take part in a meeting, by code.
    pub fn states(&self) -> &[AreaCode] {
        &self.states
    }

    /// Every published meeting in the store.
    pub async fn load(store: &dyn Store) -> Result<Meetings> {
        let mut list = Vec::new();
        for (id, body) in store.record_bodies(MeetingKind.table()).await? {
            let m: Meeting =
                serde_json::from_str(&body).map_err(|e| agora_store::StoreError::Corrupt {
                    entity: "meeting",
                    id,
                    reason: e.to_string(),
                })?;
            list.push(m);
        }
        let mut meetings = Meetings::build(list);
        meetings.versions = store.change_counts(MeetingKind.name()).await?;
        Ok(meetings)
    }

    /// How many versions a meeting has had (1 for one never changed) and when the latest was
    /// made (RFC 3339, UTC): a calendar's SEQUENCE and DTSTAMP.
    pub fn versions(&self, id: &str) -> Option<(i64, &str)> {
        self.versions.get(id).map(|(n, at)| (*n, at.as_str()))
    }

    /// Every meeting, earliest first.
    pub fn all(&self) -> &[Meeting] {
        &self.list
    }

    pub fn get(&self, id: &str) -> Option<&Meeting> {
        self.by_id.get(id).map(|&i| &self.list[i])
    }

    /// The meetings that are part of one (a summit's roundtables), earliest first.
    pub fn parts(&self, id: &str) -> Vec<&Meeting> {
        self.parts
            .get(id)
            .map(|v| v.iter().map(|&i| &self.list[i]).collect())
            .unwrap_or_default()
    }

    /// The meetings a party took part in (a forum: held; anyone: hosted, chaired, attended),
    /// earliest first.
    pub fn involving(&self, party: &Member) -> Vec<&Meeting> {
        self.list.iter().filter(|m| m.involves(party)).collect()
    }

    /// The meetings a document came out of.
    pub fn of_document(&self, id: &str) -> Vec<&Meeting> {
        self.list
            .iter()
            .filter(|m| m.documents.iter().any(|d| d.as_str() == id))
            .collect()
    }

    /// The meetings a filter keeps, on `today`, in the order of [`sort_key`]: upcoming ones
    /// earliest first, past ones (and all, when the filter does not choose) latest first.
    pub fn filter(&self, f: &MeetingFilter, today: Day) -> Vec<&Meeting> {
        let q = f.q.as_deref().map(agora_core::fold);
        let state = f.state.clone().map(Member::Area);
        let keep = |i: usize| {
            let m = &self.list[i];
            f.forum.as_ref().is_none_or(|fo| m.fora.contains(fo))
                && state.as_ref().is_none_or(|s| m.involves(s))
                && f.kind.is_none_or(|k| m.kind == k)
                && f.year.is_none_or(|y| in_year(m, y))
                && f.when.is_none_or(|w| when(m, today) == w)
                && q.as_deref().is_none_or(|q| self.haystacks[i].contains(q))
        };
        let upcoming = f.when == Some(When::Upcoming);
        // Words to find: only the meetings whose text may hold them, put in the list's order.
        let candidates = q.as_deref().and_then(|q| self.grams.candidates(q));
        let shown: Vec<usize> = match candidates {
            Some(c) => {
                let mut shown: Vec<usize> =
                    c.iter().map(|&i| i as usize).filter(|&i| keep(i)).collect();
                if !upcoming {
                    shown.sort_unstable_by_key(|&i| self.rank[i]);
                }
                shown
            }
            None if upcoming => (0..self.list.len()).filter(|&i| keep(i)).collect(),
            None => self
                .latest_first
                .iter()
                .copied()
                .filter(|&i| keep(i))
                .collect(),
        };
        shown.into_iter().map(|i| &self.list[i]).collect()
    }
}

/// The meeting ids a new meeting of a forum may not take: those published, and those any
/// contribution of the forum proposes (a pending proposal keeps its id).
pub async fn taken_ids(
    app: &crate::App,
    forum: &ForumId,
) -> Result<std::collections::HashSet<String>> {
    let registry = app.registry().await?;
    let mut taken: std::collections::HashSet<String> = registry
        .meetings
        .all()
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    let proposed = app
        .store
        .contributions(&agora_store::ContributionFilter {
            fora: Some(vec![forum.clone()]),
            ..Default::default()
        })
        .await?;
    for c in proposed {
        if c.entity.as_str() == MeetingKind.name() {
            taken.insert(c.entity_id.clone());
        }
    }
    Ok(taken)
}

/// The sort key of a meeting and its id, for paging a list: its first day, earliest first
/// (`upcoming`) or latest first, undated meetings last.
pub fn sort_key(m: &Meeting, when: Option<When>) -> (String, String) {
    let first = m.start_date.or(m.end_date);
    let key = if when == Some(When::Upcoming) {
        first.map_or_else(|| "1".to_owned(), |d| format!("0{}", d.first_day()))
    } else {
        crate::documents::newest_first(first)
    };
    (key, m.id.to_string())
}

/// A meeting's outcome documents the caller may see (a participants-only report is listed only
/// for its participants).
pub async fn outcome_documents(
    app: &crate::App,
    who: &crate::Caller<'_>,
    m: &Meeting,
) -> Result<Vec<agora_core::document::Document>> {
    let registry = app.registry().await?;
    let today = app.today();
    Ok(m.documents
        .iter()
        .filter_map(|id| registry.document(id.as_str()))
        .filter(|d| who.viewer.may_see(&d.visibility, today, registry.as_ref()))
        .cloned()
        .collect())
}

/// Whether a meeting is upcoming or past on a day.
pub fn when(m: &Meeting, today: Day) -> When {
    match m.end_date.or(m.start_date) {
        Some(end) if end.last_day() < today => When::Past,
        Some(_) => When::Upcoming,
        None if m.status == MeetingStatus::Scheduled => When::Upcoming,
        None => When::Past,
    }
}

fn in_year(m: &Meeting, year: i32) -> bool {
    let p = m.period();
    match (p.start, p.end) {
        (Some(s), Some(e)) => s.first_day().year() <= year && year <= e.last_day().year(),
        (Some(d), None) | (None, Some(d)) => d.first_day().year() == year,
        (None, None) => false,
    }
}

/// What a search of the calendar compares: a meeting's titles, theme, city, summary and host,
/// folded.
fn haystack(m: &Meeting) -> String {
    let texts: Vec<&String> = m
        .titles
        .values()
        .chain(&m.theme)
        .chain(&m.city)
        .chain(&m.summary)
        .chain(&m.host)
        .collect();
    agora_core::fold(
        &texts
            .iter()
            .map(|t| t.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// The built-in meetings (`data/meetings.json`) into a store whose registry and library are
/// loaded: each is checked against the store's ids like a contribution, then written from
/// `builtin`. On an installation that exists, a meeting someone has changed since (its latest
/// change is not the built-in one) is kept as it is. How many were written.
pub async fn load_builtin(store: &dyn Store) -> Result<usize> {
    let builtin = agora_ingest::builtin::meetings();
    let mut known = store.catalogue().await?;
    // A session names the meeting it is part of, written in the same transaction.
    known.meetings.extend(builtin.iter().map(|m| m.id.clone()));
    let records = builtin.iter().map(|m| {
        let value = serde_json::to_value(m).expect("meetings serialise");
        (m.id.to_string(), value)
    });
    crate::builtin::write(store, &MeetingKind, &known, records, "meetings").await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        s.parse().unwrap()
    }

    #[test]
    fn the_calendar_filters_and_orders() {
        let ms = Meetings::build(agora_ingest::builtin::meetings());
        let today = day("2026-12-03");
        let all = ms.filter(&MeetingFilter::default(), today);
        assert_eq!(all.len(), ms.all().len());
        // Latest first.
        assert!(sort_key(all[0], None) <= sort_key(all[all.len() - 1], None));
        let first = |m: &Meeting| m.start_date.map(|d| d.first_day());
        assert!(first(all[0]) >= first(all[all.len() - 1]));
        let bangkok = MeetingFilter {
            year: Some(2009),
            forum: Some("global-rcp-meeting".parse().unwrap()),
            ..MeetingFilter::default()
        };
        let found = ms.filter(&bangkok, today);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].city.as_deref(), Some("Bangkok"));
        let thailand = MeetingFilter {
            state: Some("THA".parse().unwrap()),
            ..MeetingFilter::default()
        };
        let ids: Vec<&str> = ms
            .filter(&thailand, today)
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(
            ids,
            ["gfmd-2009-athens-rt-3-2", "global-rcp-meeting-2009-bangkok"]
        );
        let q = MeetingFilter {
            q: Some("soderkoping".into()),
            ..MeetingFilter::default()
        };
        assert!(!ms.filter(&q, today).is_empty());
        let upcoming = MeetingFilter {
            when: Some(When::Upcoming),
            ..MeetingFilter::default()
        };
        assert!(ms.filter(&upcoming, today).is_empty());
        let parts: Vec<&str> = ms
            .parts("gfmd-2009-athens")
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(parts, ["gfmd-2009-athens-rt-3-2"]);
        assert_eq!(ms.of_document("gfmd-2009-rt3-2-background-paper").len(), 2);
    }

    /// A search through the trigram index finds what a scan of every meeting finds, in the
    /// same order, whatever else is filtered.
    #[test]
    fn a_search_finds_what_a_scan_finds() {
        let ms = Meetings::build(agora_ingest::builtin::meetings());
        let today = day("2026-12-03");
        for q in [
            "soderkoping",
            "global",
            "2009",
            "ministerial meeting",
            "bangkok",
            "ab",
            "a",
            "athènes",
            "roundtable 3",
            "xyzzy",
            "gfmd",
            "of the",
            "ç",
        ] {
            for when in [None, Some(When::Upcoming), Some(When::Past)] {
                let f = MeetingFilter {
                    q: Some(q.into()),
                    when,
                    ..MeetingFilter::default()
                };
                let found: Vec<&str> = ms.filter(&f, today).iter().map(|m| m.id.as_str()).collect();
                let folded = agora_core::fold(q);
                let all = MeetingFilter {
                    when,
                    ..MeetingFilter::default()
                };
                let scanned: Vec<&str> = ms
                    .filter(&all, today)
                    .iter()
                    .filter(|m| haystack(m).contains(&folded))
                    .map(|m| m.id.as_str())
                    .collect();
                assert_eq!(found, scanned, "{q:?} {when:?}");
            }
        }
    }
}
