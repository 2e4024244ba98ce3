//! The rules a dataset must satisfy before anything of it is stored, and the integrity rules
//! `agora check` applies to what is stored. Every problem names its record and field.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::date::Period;
use crate::ids::{AreaCode, ForumId, MembershipId, OrganisationId, ThemeId};
use crate::model::{
    DATASET_FORMAT, DATASET_VERSION, Dataset, Member, Membership, Role, Source, Verification,
};

/// Where a problem is: a list of the dataset, the position in it, and the record's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRef {
    pub list: &'static str,
    pub index: usize,
    pub id: String,
}

/// One thing wrong with the input, located precisely enough to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// None for problems with the file as a whole.
    pub record: Option<RecordRef>,
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(
        record: Option<RecordRef>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            record,
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.record {
            Some(r) if r.id.is_empty() => write!(f, "{}[{}]: ", r.list, r.index)?,
            Some(r) => write!(f, "{}[{}] (id {}): ", r.list, r.index, r.id)?,
            None => {}
        }
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// The ids that exist: in the store already, or in the dataset being imported.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub areas: BTreeSet<AreaCode>,
    pub organisations: BTreeSet<OrganisationId>,
    pub themes: BTreeSet<ThemeId>,
    pub fora: BTreeSet<ForumId>,
    /// M49 codes of regions and areas (001 is the world).
    pub m49: BTreeSet<u16>,
    /// Each forum's life, from its establishment to its dissolution.
    pub lives: BTreeMap<ForumId, Period>,
    /// Who holds which role when, for every membership: rows of one member in one role of a
    /// forum must not overlap.
    pub spans: BTreeMap<MembershipId, Span>,
}

/// A membership reduced to what the overlap rule compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub forum: ForumId,
    pub member: Member,
    pub role: Role,
    pub period: Period,
}

impl Span {
    pub fn of(m: &Membership) -> Span {
        Span {
            forum: m.forum_id.clone(),
            member: m.member.clone(),
            role: m.role,
            period: m.period(),
        }
    }
}

impl Catalogue {
    /// Add every id the dataset defines.
    pub fn extend_from(&mut self, d: &Dataset) {
        self.m49.insert(1);
        for a in &d.areas {
            self.areas.insert(a.code.clone());
            self.m49.extend(a.m49);
            self.m49.extend(a.m49_regions());
        }
        self.organisations
            .extend(d.organisations.iter().map(|o| o.id.clone()));
        self.themes.extend(d.themes.iter().map(|t| t.id.clone()));
        self.fora.extend(d.fora.iter().map(|f| f.id.clone()));
        self.lives.extend(
            d.fora
                .iter()
                .map(|f| (f.id.clone(), Period::new(f.established, f.dissolved))),
        );
        self.spans
            .extend(d.memberships.iter().map(|m| (m.id.clone(), Span::of(m))));
    }
}

/// Why a membership's period does not lie inside its forum's life, if it does not. Dates of
/// different precision compare generously: a membership from "2002" in a forum established in
/// "2002-10" is inside.
fn outside_life(life: Period, own: Period) -> Option<String> {
    let (est, dis) = (life.start, life.end);
    if let (Some(s), Some(e)) = (own.start, est)
        && s.last_day() < e.first_day()
    {
        return Some(format!(
            "starts in {s}, before its forum was established ({e})"
        ));
    }
    if let (Some(end), Some(e)) = (own.end, est)
        && end.last_day() < e.first_day()
    {
        return Some(format!(
            "ends in {end}, before its forum was established ({e})"
        ));
    }
    if let Some(d) = dis {
        if let Some(s) = own.start
            && s.first_day() > d.last_day()
        {
            return Some(format!(
                "starts in {s}, after its forum was dissolved ({d})"
            ));
        }
        match own.end {
            Some(end) if end.first_day() > d.last_day() => {
                return Some(format!(
                    "ends in {end}, after its forum was dissolved ({d})"
                ));
            }
            None if own.start.is_some() => {
                return Some(format!(
                    "has no end, but its forum was dissolved in {d}: end it then at the latest"
                ));
            }
            _ => {}
        }
    }
    None
}

/// Whether a note says, in so many words, that the row is an observer's or an associate's.
fn note_names_other_role(note: &str) -> Option<&'static str> {
    note.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .find_map(|w| match w.as_str() {
            "observer" | "observers" => Some("observer"),
            "associate" | "associates" => Some("associate"),
            _ => None,
        })
}

fn check_sources(out: &mut Vec<Problem>, at: &RecordRef, sources: &[Source], required: bool) {
    if required && sources.is_empty() {
        out.push(Problem::new(
            Some(at.clone()),
            "sources",
            "at least one source is required",
        ));
    }
    for (i, s) in sources.iter().enumerate() {
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) || s.url.len() < 10 {
            out.push(Problem::new(
                Some(at.clone()),
                format!("sources[{i}].url"),
                format!("'{}' is not an http(s) URL", s.url),
            ));
        }
    }
}

fn duplicates<'a>(out: &mut Vec<Problem>, list: &'static str, ids: impl Iterator<Item = &'a str>) {
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, id) in ids.enumerate() {
        if let Some(j) = first.get(id) {
            out.push(Problem::new(
                Some(RecordRef {
                    list,
                    index: i,
                    id: id.to_owned(),
                }),
                "id",
                format!("duplicate id '{id}' (also at {list}[{j}])"),
            ));
        } else {
            first.insert(id, i);
        }
    }
}

fn reversed(out: &mut Vec<Problem>, at: &RecordRef, field: &str, p: Period) {
    if p.is_reversed() {
        out.push(Problem::new(
            Some(at.clone()),
            field,
            format!(
                "the end ({}) is before the start ({})",
                p.end.map(|d| d.to_string()).unwrap_or_default(),
                p.start.map(|d| d.to_string()).unwrap_or_default()
            ),
        ));
    }
}

/// Every problem of a dataset, given the ids that exist (the dataset's own included).
pub fn validate(d: &Dataset, known: &Catalogue) -> Vec<Problem> {
    let mut out = Vec::new();
    if d.format != DATASET_FORMAT {
        out.push(Problem::new(
            None,
            "format",
            format!("expected \"{DATASET_FORMAT}\", found \"{}\"", d.format),
        ));
    }
    if d.version != DATASET_VERSION {
        out.push(Problem::new(
            None,
            "version",
            format!(
                "this Agora reads version {DATASET_VERSION}, found {}",
                d.version
            ),
        ));
    }
    duplicates(&mut out, "areas", d.areas.iter().map(|a| a.code.as_str()));
    duplicates(
        &mut out,
        "organisations",
        d.organisations.iter().map(|o| o.id.as_str()),
    );
    duplicates(&mut out, "themes", d.themes.iter().map(|t| t.id.as_str()));
    duplicates(&mut out, "fora", d.fora.iter().map(|f| f.id.as_str()));
    duplicates(
        &mut out,
        "memberships",
        d.memberships.iter().map(|m| m.id.as_str()),
    );

    for (i, a) in d.areas.iter().enumerate() {
        let at = RecordRef {
            list: "areas",
            index: i,
            id: a.code.to_string(),
        };
        if !a.names.keys().any(|l| l.as_str() == "en") {
            out.push(Problem::new(
                Some(at.clone()),
                "names",
                "an English name is required",
            ));
        }
        reversed(
            &mut out,
            &at,
            "valid_until",
            Period::new(a.valid_from, a.valid_until),
        );
    }
    for (i, o) in d.organisations.iter().enumerate() {
        let at = RecordRef {
            list: "organisations",
            index: i,
            id: o.id.to_string(),
        };
        if o.names.is_empty() || o.names.values().any(|n| n.trim().is_empty()) {
            out.push(Problem::new(
                Some(at.clone()),
                "names",
                "names must not be empty",
            ));
        }
        if known.fora.iter().any(|f| f.as_str() == o.id.as_str()) {
            out.push(Problem::new(
                Some(at.clone()),
                "id",
                format!("'{}' is already the id of a forum; ids are shared between fora and organisations", o.id),
            ));
        }
        check_sources(&mut out, &at, &o.sources, false);
    }
    for (i, t) in d.themes.iter().enumerate() {
        let at = RecordRef {
            list: "themes",
            index: i,
            id: t.id.to_string(),
        };
        if !t.labels.keys().any(|l| l.as_str() == "en") {
            out.push(Problem::new(
                Some(at.clone()),
                "labels",
                "an English label is required",
            ));
        }
        if let Some(bad) = t.gcm_objectives.iter().find(|o| !(1..=23).contains(*o)) {
            out.push(Problem::new(
                Some(at),
                "gcm_objectives",
                format!("the Global Compact has objectives 1-23, not {bad}"),
            ));
        }
    }
    let in_dataset: BTreeSet<&MembershipId> = d.memberships.iter().map(|m| &m.id).collect();
    for (i, f) in d.fora.iter().enumerate() {
        let at = RecordRef {
            list: "fora",
            index: i,
            id: f.id.to_string(),
        };
        if f.names.is_empty() || f.names.values().any(|n| n.trim().is_empty()) {
            out.push(Problem::new(
                Some(at.clone()),
                "names",
                "at least one non-empty name is required",
            ));
        }
        if f.categories.is_empty() {
            out.push(Problem::new(
                Some(at.clone()),
                "categories",
                "a category is required",
            ));
        }
        for (j, c) in f.categories.iter().enumerate() {
            reversed(
                &mut out,
                &at,
                &format!("categories[{j}].end_date"),
                Period::new(c.start_date, c.end_date),
            );
        }
        for (j, a) in f.aliases.iter().enumerate() {
            reversed(
                &mut out,
                &at,
                &format!("aliases[{j}].end_date"),
                Period::new(a.start_date, a.end_date),
            );
        }
        reversed(
            &mut out,
            &at,
            "dissolved",
            Period::new(f.established, f.dissolved),
        );
        if let Some(next) = &f.successor_id
            && (next == &f.id || !known.fora.contains(next))
        {
            out.push(Problem::new(
                Some(at.clone()),
                "successor_id",
                format!("'{next}' is not another forum"),
            ));
        }
        if let Some(p) = &f.parent_id {
            if p == &f.id {
                out.push(Problem::new(
                    Some(at.clone()),
                    "parent_id",
                    "a forum cannot be its own parent",
                ));
            } else if !known.fora.contains(p) {
                out.push(Problem::new(
                    Some(at.clone()),
                    "parent_id",
                    format!("unknown forum '{p}'"),
                ));
            }
        }
        for t in &f.themes {
            if !known.themes.contains(t) {
                out.push(Problem::new(
                    Some(at.clone()),
                    "themes",
                    format!("unknown theme '{t}'"),
                ));
            }
        }
        for r in &f.regions {
            if !known.m49.contains(r) {
                out.push(Problem::new(
                    Some(at.clone()),
                    "regions",
                    format!("unknown M49 code {r:03}"),
                ));
            }
        }
        if known
            .organisations
            .iter()
            .any(|o| o.as_str() == f.id.as_str())
        {
            out.push(Problem::new(
                Some(at.clone()),
                "id",
                format!("'{}' is already the id of an organisation; ids are shared between fora and organisations", f.id),
            ));
        }
        check_sources(&mut out, &at, &f.sources, true);
        check_verified(&mut out, &at, f.verification, &f.sources);
        // Memberships that exist already must still lie inside the forum's (new) life.
        let life = Period::new(f.established, f.dissolved);
        for (id, span) in &known.spans {
            if span.forum == f.id
                && !in_dataset.contains(id)
                && let Some(why) = outside_life(life, span.period)
            {
                out.push(Problem::new(
                    Some(at.clone()),
                    if f.dissolved.is_some() && why.contains("dissolved") {
                        "dissolved"
                    } else {
                        "established"
                    },
                    format!("membership '{id}' {why}"),
                ));
            }
        }
        for (j, l) in f.links.iter().enumerate() {
            if !(l.url.starts_with("https://") || l.url.starts_with("http://")) {
                out.push(Problem::new(
                    Some(at.clone()),
                    format!("links[{j}].url"),
                    format!("'{}' is not an http(s) URL", l.url),
                ));
            }
        }
    }
    // Parent cycles, over the dataset's fora (the store's fora cannot form one by themselves).
    let parents: BTreeMap<&ForumId, &ForumId> = d
        .fora
        .iter()
        .filter_map(|f| f.parent_id.as_ref().map(|p| (&f.id, p)))
        .collect();
    for (i, f) in d.fora.iter().enumerate() {
        let mut seen = BTreeSet::new();
        let mut cur = &f.id;
        while let Some(p) = parents.get(cur) {
            if !seen.insert(*p) || *p == &f.id {
                out.push(Problem::new(
                    Some(RecordRef {
                        list: "fora",
                        index: i,
                        id: f.id.to_string(),
                    }),
                    "parent_id",
                    "the parent chain loops back to this forum",
                ));
                break;
            }
            cur = p;
        }
    }
    for (i, m) in d.memberships.iter().enumerate() {
        let at = RecordRef {
            list: "memberships",
            index: i,
            id: m.id.to_string(),
        };
        if !known.fora.contains(&m.forum_id) {
            out.push(Problem::new(
                Some(at.clone()),
                "forum_id",
                format!("unknown forum '{}'", m.forum_id),
            ));
        }
        // A membership's id names its forum, so the record can never pass from one forum to
        // another (its identity is its forum's).
        if m.id.as_str().split_once(':').map(|(f, _)| f) != Some(m.forum_id.as_str()) {
            out.push(Problem::new(
                Some(at.clone()),
                "id",
                format!(
                    "a membership's id starts with its forum's id and a colon ('{}:...')",
                    m.forum_id
                ),
            ));
        }
        match &m.member {
            Member::Area(c) if !known.areas.contains(c) => {
                out.push(Problem::new(
                    Some(at.clone()),
                    "member.id",
                    format!("unknown area code '{c}'"),
                ));
            }
            Member::Organisation(o) if !known.organisations.contains(o) => {
                out.push(Problem::new(
                    Some(at.clone()),
                    "member.id",
                    format!("unknown organisation '{o}'"),
                ));
            }
            Member::Forum(f) if !known.fora.contains(f) => {
                out.push(Problem::new(
                    Some(at.clone()),
                    "member.id",
                    format!("unknown forum '{f}'"),
                ));
            }
            Member::Forum(f) if f == &m.forum_id => {
                out.push(Problem::new(
                    Some(at.clone()),
                    "member.id",
                    "a forum cannot be a member of itself",
                ));
            }
            _ => {}
        }
        reversed(&mut out, &at, "end_date", m.period());
        let life = d
            .fora
            .iter()
            .find(|f| f.id == m.forum_id)
            .map(|f| Period::new(f.established, f.dissolved))
            .or_else(|| known.lives.get(&m.forum_id).copied());
        if let Some(why) = life.and_then(|l| outside_life(l, m.period())) {
            out.push(Problem::new(
                Some(at.clone()),
                if why.starts_with("starts") {
                    "start_date"
                } else {
                    "end_date"
                },
                format!("the membership {why}"),
            ));
        }
        if m.role == Role::Member
            && let Some(other) = m.note.as_deref().and_then(note_names_other_role)
        {
            out.push(Problem::new(
                Some(at.clone()),
                "role",
                format!(
                    "the role is 'member' but the note says '{other}': give each role its own row with its dates, or correct the role"
                ),
            ));
        }
        check_sources(&mut out, &at, &m.sources, true);
        check_verified(&mut out, &at, m.verification, &m.sources);
        for (j, s) in m.suspensions.iter().enumerate() {
            let field = format!("suspensions[{j}]");
            reversed(&mut out, &at, &format!("{field}.end_date"), s.period());
            let own = m.period();
            let inside = own
                .start
                .is_none_or(|st| st.first_day() <= s.start_date.last_day())
                && match (own.end, s.end_date) {
                    (Some(e), Some(se)) => se.first_day() <= e.last_day(),
                    (Some(_), None) => false,
                    (None, _) => true,
                };
            if !inside {
                out.push(Problem::new(
                    Some(at.clone()),
                    field.clone(),
                    "a suspension lies inside the membership's own dates (a member that left is not suspended)",
                ));
            }
            check_sources(&mut out, &at, &s.sources, false);
        }
    }
    overlapping(&mut out, d, known);
    out
}

/// A record marked verified must rest on at least one primary source (see [`crate::provenance`]).
fn check_verified(out: &mut Vec<Problem>, at: &RecordRef, v: Verification, sources: &[Source]) {
    if v == Verification::Verified && !crate::provenance::can_verify(sources) {
        out.push(Problem::new(
            Some(at.clone()),
            "verification",
            "'verified' needs at least one primary source (the forum's or an intergovernmental organisation's own site, a government's, an official journal, or the background paper); encyclopedias, document mirrors and news alone leave a fact 'unverified'",
        ));
    }
}

/// A membership's id and period, as the overlap rule sweeps them.
type Row<'a> = (&'a MembershipId, Period);

/// Rows of the same forum, member and role whose periods share a day, where at least one of
/// them is in the dataset (the others are those that exist already). Each group is swept in
/// order of start, so a large import costs n log n, not n².
fn overlapping(out: &mut Vec<Problem>, d: &Dataset, known: &Catalogue) {
    let mine: BTreeMap<&MembershipId, usize> = d
        .memberships
        .iter()
        .enumerate()
        .map(|(i, m)| (&m.id, i))
        .collect();
    let mut groups: BTreeMap<(&ForumId, &Member, Role), Vec<Row>> = BTreeMap::new();
    for m in &d.memberships {
        groups
            .entry((&m.forum_id, &m.member, m.role))
            .or_default()
            .push((&m.id, m.period()));
    }
    for (id, s) in &known.spans {
        if !mine.contains_key(id) {
            groups
                .entry((&s.forum, &s.member, s.role))
                .or_default()
                .push((id, s.period));
        }
    }
    let first = |p: &Period| p.start.map(|s| s.first_day());
    let last = |p: &Period| p.end.map(|e| e.last_day());
    for rows in groups.values_mut() {
        if rows.len() < 2 {
            continue;
        }
        // None (an open start) sorts first; ties by id, so reports are stable.
        rows.sort_by(|a, b| first(&a.1).cmp(&first(&b.1)).then_with(|| a.0.cmp(b.0)));
        // The earlier row that reaches furthest, and how far (None: open-ended).
        let mut reach: Option<(&MembershipId, Option<crate::date::Day>)> = None;
        for &(id, p) in rows.iter() {
            if let Some((holder, until)) = reach {
                let starts_inside = match (first(&p), until) {
                    (Some(s), Some(u)) => s <= u,
                    _ => true,
                };
                if starts_inside {
                    let (at, other) = if mine.contains_key(id) {
                        (id, holder)
                    } else {
                        (holder, id)
                    };
                    if let Some(&index) = mine.get(at) {
                        out.push(Problem::new(
                            Some(RecordRef {
                                list: "memberships",
                                index,
                                id: at.to_string(),
                            }),
                            "start_date",
                            format!(
                                "overlaps in time with '{other}', a row of the same member in the same role: merge them, or give them periods that do not share a day"
                            ),
                        ));
                    }
                }
                let further = match (until, last(&p)) {
                    (None, _) => false,
                    (Some(_), None) => true,
                    (Some(u), Some(e)) => e > u,
                };
                if further {
                    reach = Some((id, last(&p)));
                }
            } else {
                reach = Some((id, last(&p)));
            }
        }
    }
}

/// Findings that need a person's judgement but do not make the data wrong: each forum whose
/// rows are dated but some are not. `agora check` and imports list them for review.
pub fn review(d: &Dataset) -> Vec<Problem> {
    let mut by_forum: BTreeMap<&ForumId, (Vec<&str>, usize)> = BTreeMap::new();
    for m in &d.memberships {
        let e = by_forum.entry(&m.forum_id).or_default();
        if m.is_dated() {
            e.1 += 1;
        } else {
            e.0.push(m.id.as_str());
        }
    }
    let mut out = Vec::new();
    for (i, f) in d.fora.iter().enumerate() {
        let Some((undated, dated)) = by_forum.get(&f.id) else {
            continue;
        };
        if *dated > 0 && !undated.is_empty() {
            let shown: Vec<&str> = undated.iter().take(5).copied().collect();
            out.push(Problem::new(
                Some(RecordRef {
                    list: "fora",
                    index: i,
                    id: f.id.to_string(),
                }),
                "memberships",
                format!(
                    "{} of its {} rows have no dates while the others are dated; they count on no date until dated: {}{}",
                    undated.len(),
                    undated.len() + dated,
                    shown.join(", "),
                    if undated.len() > shown.len() { ", ..." } else { "" }
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests;
