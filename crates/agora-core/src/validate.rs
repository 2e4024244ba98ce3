//! The rules a dataset must satisfy before anything of it is stored, and the integrity rules
//! `agora check` applies to what is stored. Every problem names its record and field.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::date::Period;
use crate::ids::{AreaCode, ForumId, OrganisationId, ThemeId};
use crate::model::{DATASET_FORMAT, DATASET_VERSION, Dataset, Member, Source};

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
    }
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
        check_sources(&mut out, &at, &m.sources, true);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Dataset {
        serde_json::from_value(json!({
            "format": "agora-dataset", "version": 1,
            "areas": [{"code": "SWE", "code_status": "iso", "m49": 752, "names": {"en": "Sweden"},
                       "region": {"code": 150, "name": "Europe"}}],
            "themes": [{"id": "asylum", "labels": {"en": "Asylum"}, "gcm_objectives": []}],
            "fora": [{"id": "f", "names": {"en": "F"}, "categories": [{"category": "rcp"}],
                      "regions": [150], "themes": ["asylum"], "md_status": "unknown",
                      "sources": [{"url": "https://example.org/f"}], "verification": "verified"}],
            "memberships": [{"id": "f:member:SWE", "forum_id": "f", "member": {"type": "area", "id": "SWE"},
                             "role": "member", "start_date": "2010",
                             "sources": [{"url": "https://example.org/m"}], "verification": "unverified"}]
        }))
        .unwrap()
    }

    fn problems(d: &Dataset) -> Vec<String> {
        let mut known = Catalogue::default();
        known.extend_from(d);
        validate(d, &known).iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn a_sound_dataset_has_no_problems() {
        assert_eq!(problems(&sample()), Vec::<String>::new());
    }

    #[test]
    fn each_rule_names_the_record_and_field() {
        let mut d = sample();
        d.memberships[0].end_date = Some("2001".parse().unwrap());
        d.memberships[0].member = Member::Area("XYZ".parse().unwrap());
        d.memberships[0].forum_id = "nowhere".parse().unwrap();
        d.fora[0].sources.clear();
        d.fora[0].themes.push("unknown-theme".parse().unwrap());
        let p = problems(&d);
        let has = |s: &str| p.iter().any(|x| x.contains(s));
        assert!(
            has(
                "memberships[0] (id f:member:SWE): end_date: the end (2001) is before the start (2010)"
            ),
            "{p:?}"
        );
        assert!(
            has("memberships[0] (id f:member:SWE): member.id: unknown area code 'XYZ'"),
            "{p:?}"
        );
        assert!(
            has("memberships[0] (id f:member:SWE): forum_id: unknown forum 'nowhere'"),
            "{p:?}"
        );
        assert!(
            has(
                "memberships[0] (id f:member:SWE): id: a membership's id starts with its forum's id and a colon ('nowhere:...')"
            ),
            "{p:?}"
        );
        assert!(
            has("fora[0] (id f): sources: at least one source is required"),
            "{p:?}"
        );
        assert!(
            has("fora[0] (id f): themes: unknown theme 'unknown-theme'"),
            "{p:?}"
        );
        assert_eq!(p.len(), 6, "{p:?}");
    }

    #[test]
    fn duplicate_ids_and_parent_loops_are_refused() {
        let mut d = sample();
        let mut g = d.fora[0].clone();
        g.id = "g".parse().unwrap();
        g.parent_id = Some("f".parse().unwrap());
        d.fora[0].parent_id = Some("g".parse().unwrap());
        d.fora.push(g);
        d.memberships.push(d.memberships[0].clone());
        let p = problems(&d);
        assert!(p.iter().any(|x| x.contains("memberships[1] (id f:member:SWE): id: duplicate id 'f:member:SWE' (also at memberships[0])")), "{p:?}");
        assert_eq!(
            p.iter()
                .filter(|x| x.contains("parent chain loops"))
                .count(),
            2,
            "{p:?}"
        );
    }
}
