//! The rules a dataset must satisfy before anything of it is stored, and the integrity rules
//! `agora check` applies to what is stored. Every problem names its record and field.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use agora_i18n::Said;

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
    /// What is wrong, to be written in the reader's language.
    pub message: Said,
}

impl Problem {
    pub fn new(record: Option<RecordRef>, field: impl Into<String>, message: Said) -> Self {
        Problem {
            record,
            field: field.into(),
            message,
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
    /// The library's documents (a meeting's outcome documents name them).
    pub documents: BTreeSet<crate::DocumentId>,
    /// The meetings (a sub-event names the meeting it is part of).
    pub meetings: BTreeSet<crate::MeetingId>,
    /// The recommendations, with what the rules ask of each (nothing done about one is dated
    /// before it; a part belongs to its whole's forum).
    pub recommendations:
        BTreeMap<crate::RecommendationId, crate::recommendation::KnownRecommendation>,
    /// The follow-up entries (an entry names the one it is part of).
    pub follow_ups: BTreeMap<crate::FollowUpId, crate::recommendation::KnownFollowUp>,
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

/// How a membership's period lies outside its forum's life.
struct Outside {
    /// Its start is outside (else its end).
    start: bool,
    /// It crosses the forum's dissolution (else its establishment).
    dissolution: bool,
    /// What is wrong, said of "it" (the membership).
    why: Said,
}

/// Why a membership's period does not lie inside its forum's life, if it does not. Dates of
/// different precision compare generously: a membership from "2002" in a forum established in
/// "2002-10" is inside.
fn outside_life(life: Period, own: Period) -> Option<Outside> {
    let outside = |start,
                   dissolution,
                   key,
                   own: crate::date::PartialDate,
                   forum: crate::date::PartialDate| Outside {
        start,
        dissolution,
        why: Said::new(key)
            .with("own", own.to_string())
            .with("forum", forum.to_string()),
    };
    let (est, dis) = (life.start, life.end);
    if let (Some(s), Some(e)) = (own.start, est)
        && s.last_day() < e.first_day()
    {
        return Some(outside(
            true,
            false,
            "check-starts-before-established",
            s,
            e,
        ));
    }
    if let (Some(end), Some(e)) = (own.end, est)
        && end.last_day() < e.first_day()
    {
        return Some(outside(
            false,
            false,
            "check-ends-before-established",
            end,
            e,
        ));
    }
    if let Some(d) = dis {
        if let Some(s) = own.start
            && s.first_day() > d.last_day()
        {
            return Some(outside(true, true, "check-starts-after-dissolved", s, d));
        }
        match own.end {
            Some(end) if end.first_day() > d.last_day() => {
                return Some(outside(false, true, "check-ends-after-dissolved", end, d));
            }
            None if own.start.is_some() => {
                return Some(Outside {
                    start: false,
                    dissolution: true,
                    why: Said::new("check-no-end-but-dissolved").with("forum", d.to_string()),
                });
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
            Said::new("check-source-required"),
        ));
    }
    for (i, s) in sources.iter().enumerate() {
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) || s.url.len() < 10 {
            out.push(Problem::new(
                Some(at.clone()),
                format!("sources[{i}].url"),
                Said::new("check-not-a-url").with("url", s.url.as_str()),
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
                Said::new("check-duplicate-id")
                    .with("id", id)
                    .with("list", list)
                    .with("index", j.to_string()),
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
            Said::new("check-end-before-start")
                .with("end", p.end.map(|d| d.to_string()).unwrap_or_default())
                .with("start", p.start.map(|d| d.to_string()).unwrap_or_default()),
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
            Said::new("check-format")
                .with("expected", DATASET_FORMAT)
                .with("found", d.format.as_str()),
        ));
    }
    if d.version != DATASET_VERSION {
        out.push(Problem::new(
            None,
            "version",
            Said::new("check-version")
                .with("expected", DATASET_VERSION.to_string())
                .with("found", d.version.to_string()),
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
                Said::new("check-english-name"),
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
                Said::new("check-names-empty"),
            ));
        }
        if known.fora.iter().any(|f| f.as_str() == o.id.as_str()) {
            out.push(Problem::new(
                Some(at.clone()),
                "id",
                Said::new("check-id-of-a-forum").with("id", o.id.to_string()),
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
                Said::new("check-english-label"),
            ));
        }
        if let Some(bad) = t.gcm_objectives.iter().find(|o| !(1..=23).contains(*o)) {
            out.push(Problem::new(
                Some(at),
                "gcm_objectives",
                Said::new("check-gcm-objective").with("given", bad.to_string()),
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
                Said::new("check-name-required"),
            ));
        }
        for (lang, t) in &f.translations {
            let field = format!("translations.{lang}");
            if lang.as_str() == "en" {
                out.push(Problem::new(
                    Some(at.clone()),
                    field,
                    Said::new("check-translation-english"),
                ));
            } else if t.is_empty()
                || t.summary.as_deref().is_some_and(|s| s.trim().is_empty())
                || t.objectives.iter().any(|o| o.trim().is_empty())
            {
                out.push(Problem::new(
                    Some(at.clone()),
                    field,
                    Said::new("check-translation-empty"),
                ));
            }
        }
        if f.categories.is_empty() {
            out.push(Problem::new(
                Some(at.clone()),
                "categories",
                Said::new("check-category-required"),
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
                Said::new("check-not-another-forum").with("id", next.to_string()),
            ));
        }
        if let Some(p) = &f.parent_id {
            if p == &f.id {
                out.push(Problem::new(
                    Some(at.clone()),
                    "parent_id",
                    Said::new("check-own-parent"),
                ));
            } else if !known.fora.contains(p) {
                out.push(Problem::new(
                    Some(at.clone()),
                    "parent_id",
                    Said::new("check-unknown-forum").with("id", p.to_string()),
                ));
            }
        }
        for t in &f.themes {
            if !known.themes.contains(t) {
                out.push(Problem::new(
                    Some(at.clone()),
                    "themes",
                    Said::new("check-unknown-theme").with("id", t.to_string()),
                ));
            }
        }
        for r in &f.regions {
            if !known.m49.contains(r) {
                out.push(Problem::new(
                    Some(at.clone()),
                    "regions",
                    Said::new("check-unknown-m49").with("code", format!("{r:03}")),
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
                Said::new("check-id-of-an-organisation").with("id", f.id.to_string()),
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
                    if f.dissolved.is_some() && why.dissolution {
                        "dissolved"
                    } else {
                        "established"
                    },
                    Said::new("check-membership-outside")
                        .with("id", id.to_string())
                        .with("why", why.why),
                ));
            }
        }
        for (j, l) in f.links.iter().enumerate() {
            if !(l.url.starts_with("https://") || l.url.starts_with("http://")) {
                out.push(Problem::new(
                    Some(at.clone()),
                    format!("links[{j}].url"),
                    Said::new("check-not-a-url").with("url", l.url.as_str()),
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
                    Said::new("check-parent-loop"),
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
                Said::new("check-unknown-forum").with("id", m.forum_id.to_string()),
            ));
        }
        // A membership's id names its forum, so the record can never pass from one forum to
        // another (its identity is its forum's).
        if m.id.as_str().split_once(':').map(|(f, _)| f) != Some(m.forum_id.as_str()) {
            out.push(Problem::new(
                Some(at.clone()),
                "id",
                Said::new("check-membership-id").with("forum", m.forum_id.to_string()),
            ));
        }
        match &m.member {
            Member::Area(c) if !known.areas.contains(c) => {
                out.push(Problem::new(
                    Some(at.clone()),
                    "member.id",
                    Said::new("check-unknown-area").with("id", c.to_string()),
                ));
            }
            Member::Organisation(o) if !known.organisations.contains(o) => {
                out.push(Problem::new(
                    Some(at.clone()),
                    "member.id",
                    Said::new("check-unknown-organisation").with("id", o.to_string()),
                ));
            }
            Member::Forum(f) if !known.fora.contains(f) => {
                out.push(Problem::new(
                    Some(at.clone()),
                    "member.id",
                    Said::new("check-unknown-forum").with("id", f.to_string()),
                ));
            }
            Member::Forum(f) if f == &m.forum_id => {
                out.push(Problem::new(
                    Some(at.clone()),
                    "member.id",
                    Said::new("check-member-of-itself"),
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
                if why.start { "start_date" } else { "end_date" },
                Said::new("check-the-membership-outside").with("why", why.why),
            ));
        }
        if m.role == Role::Member
            && let Some(other) = m.note.as_deref().and_then(note_names_other_role)
        {
            out.push(Problem::new(
                Some(at.clone()),
                "role",
                Said::new("check-role-and-note").with("other", other),
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
                    Said::new("check-suspension-inside"),
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
            Said::new("check-verified-needs-primary"),
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
                            Said::new("check-overlap").with("other", other.to_string()),
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
                Said::new("check-undated-rows")
                    .with("undated", undated.len())
                    .with("rows", undated.len() + dated)
                    .with(
                        "ids",
                        format!(
                            "{}{}",
                            shown.join(", "),
                            if undated.len() > shown.len() {
                                ", ..."
                            } else {
                                ""
                            }
                        ),
                    ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests;
