//! Popolo JSON (<https://www.popoloproject.com>): fora and organisations as `organizations`,
//! memberships with `organization_id` and a typed `member`, states as `areas`. Fora and
//! organisations share one id space, so a Popolo id names exactly one of them. The forum's
//! classification is its category; an organisation's is its kind.
//!
//! Import reads a bundle of organizations and memberships. Popolo carries fewer fields than
//! Agora, so an organization updates the stored forum or organisation with its id field by field
//! and keeps the rest.

use std::collections::BTreeMap;

use agora_core::Said;
use agora_core::{
    Alias, Category, CategorySpan, Dataset, Forum, ForumId, Lang, Link, MdStatus, Member,
    Membership, MembershipId, Organisation, OrganisationId, OrganisationKind, PartialDate, Role,
    Source, Verification, name_of,
};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::{FileProblem, Format, Parsed};

fn sources(s: &[Source]) -> Value {
    Value::Array(
        s.iter()
            .map(|s| json!({"url": s.url, "note": s.note}))
            .collect(),
    )
}

fn member_json(m: &Member) -> Value {
    match m {
        Member::Area(c) => json!({"@type": "Area", "id": c.as_str()}),
        Member::Organisation(o) => json!({"@type": "Organization", "id": o.as_str()}),
        Member::Forum(f) => json!({"@type": "Organization", "id": f.as_str()}),
    }
}

fn forum_json(f: &Forum) -> Value {
    let mut other_names = Vec::new();
    for (lang, name) in &f.names {
        if lang.as_str() != "en" {
            other_names.push(json!({"name": name, "note": format!("name in {lang}")}));
        }
    }
    for a in &f.acronyms {
        other_names.push(json!({"name": a, "note": "acronym"}));
    }
    for a in &f.aliases {
        let mut v =
            json!({"name": a.name, "note": a.note.clone().unwrap_or_else(|| "alias".into())});
        if let Some(s) = a.start_date {
            v["start_date"] = json!(s.to_string());
        }
        if let Some(e) = a.end_date {
            v["end_date"] = json!(e.to_string());
        }
        other_names.push(v);
    }
    json!({
        "id": f.id.as_str(),
        "name": f.name(),
        "other_names": other_names,
        "classification": f.category().map(|c| c.as_str()),
        "parent_id": f.parent_id.as_ref().map(|p| p.as_str()),
        "founding_date": f.established.map(|d| d.to_string()),
        "dissolution_date": f.dissolved.map(|d| d.to_string()),
        "description": f.summary,
        "links": f.links.iter().map(|l| json!({"url": l.url, "note": l.note})).collect::<Vec<_>>(),
        "sources": sources(&f.sources),
    })
}

fn organisation_json(o: &Organisation) -> Value {
    let mut other_names: Vec<Value> = o
        .names
        .iter()
        .filter(|(l, _)| l.as_str() != "en")
        .map(|(l, n)| json!({"name": n, "note": format!("name in {l}")}))
        .collect();
    other_names.extend(
        o.acronyms
            .iter()
            .map(|a| json!({"name": a, "note": "acronym"})),
    );
    json!({
        "id": o.id.as_str(),
        "name": name_of(&o.names),
        "other_names": other_names,
        "classification": o.kind.as_str(),
        "links": o.website.iter().map(|w| json!({"url": w, "note": "website"})).collect::<Vec<_>>(),
        "sources": sources(&o.sources),
    })
}

/// A membership as a Popolo membership.
pub fn membership_json(m: &Membership) -> Value {
    let mut v = json!({
        "id": m.id.as_str(),
        "organization_id": m.forum_id.as_str(),
        "member": member_json(&m.member),
        "role": m.role.as_str(),
        "start_date": m.start_date.map(|s| s.to_string()),
        "end_date": m.end_date.map(|s| s.to_string()),
        "label": m.note,
        "sources": sources(&m.sources),
        "verification": m.verification.as_str(),
    });
    // Agora's extension, as its own JSON format writes it; only where there are some.
    if !m.suspensions.is_empty() {
        v["suspensions"] = serde_json::to_value(&m.suspensions).expect("serialises");
    }
    v
}

/// A state or territory as a Popolo area.
pub fn area_json(a: &agora_core::Area) -> Value {
    let mut identifiers =
        vec![json!({"scheme": "iso3166-1-alpha-3", "identifier": a.code.as_str()})];
    if let Some(m) = a.m49 {
        identifiers.push(json!({"scheme": "m49", "identifier": format!("{m:03}")}));
    }
    json!({
        "id": a.code.as_str(),
        "name": name_of(&a.names),
        "classification": if a.independent { "country" } else { "territory" },
        "identifiers": identifiers,
        "other_names": a.names.iter().filter(|(l, _)| l.as_str() != "en")
            .map(|(l, n)| json!({"name": n, "note": format!("name in {l}")})).collect::<Vec<_>>(),
    })
}

/// A meeting as a Popolo event: organised by its first forum (the others are in its
/// identifiers' note), part of the meeting it belongs to.
pub fn event_json(m: &agora_core::meeting::Meeting) -> Value {
    let location = match (&m.city, &m.country) {
        (Some(c), Some(a)) => Some(format!("{c}, {a}")),
        (Some(c), None) => Some(c.clone()),
        (None, Some(a)) => Some(a.to_string()),
        (None, None) => None,
    };
    let title = m.title_in("en");
    json!({
        "id": m.id.as_str(),
        "name": title,
        "description": m.summary,
        "start_date": m.start_date.map(|d| d.to_string()),
        "end_date": m.end_date.map(|d| d.to_string()),
        "location": location,
        "status": m.status.as_str(),
        "classification": m.kind.as_str(),
        "organization_id": m.fora.first().map(|f| f.as_str()),
        "parent_id": m.part_of.as_ref().map(|p| p.as_str()),
        "sources": sources(&m.sources),
    })
}

/// Fora and organisations as Popolo organizations, by id.
pub fn organizations(d: &Dataset) -> Vec<Value> {
    let mut organizations: Vec<Value> = d.fora.iter().map(forum_json).collect();
    organizations.extend(d.organisations.iter().map(organisation_json));
    organizations.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    organizations
}

pub fn to_string(d: &Dataset) -> String {
    let organizations = organizations(d);
    let memberships: Vec<Value> = d.memberships.iter().map(membership_json).collect();
    let areas: Vec<Value> = d.areas.iter().map(area_json).collect();
    let mut s = serde_json::to_string_pretty(&json!({
        "organizations": organizations,
        "memberships": memberships,
        "areas": areas,
    }))
    .expect("JSON values serialise");
    s.push('\n');
    s
}

/// One list of a Popolo bundle (`organizations`, `memberships`, `areas`, `events`) and its items.
pub type Section = (&'static str, Box<dyn Iterator<Item = Value> + Send>);

/// A Popolo bundle written as JSON a chunk of about [`crate::bundle::CHUNK`] bytes at a time:
/// `{"organizations":[...],"memberships":[...],...}`, each item as its section's iterator gives
/// it, so a large bundle is streamed, never held whole.
pub struct JsonChunks {
    sections: std::vec::IntoIter<Section>,
    current: Option<(bool, Box<dyn Iterator<Item = Value> + Send>)>,
    started: bool,
    done: bool,
}

impl JsonChunks {
    pub fn new(sections: Vec<Section>) -> JsonChunks {
        JsonChunks {
            sections: sections.into_iter(),
            current: None,
            started: false,
            done: false,
        }
    }
}

impl Iterator for JsonChunks {
    type Item = Vec<u8>;

    fn next(&mut self) -> Option<Vec<u8>> {
        if self.done {
            return None;
        }
        let mut out = Vec::with_capacity(crate::bundle::CHUNK + 4096);
        while out.len() < crate::bundle::CHUNK {
            match &mut self.current {
                Some((first, items)) => match items.next() {
                    Some(item) => {
                        if !*first {
                            out.push(b',');
                        }
                        *first = false;
                        serde_json::to_writer(&mut out, &item).expect("writing to memory");
                    }
                    None => {
                        out.push(b']');
                        self.current = None;
                    }
                },
                None => match self.sections.next() {
                    Some((name, items)) => {
                        out.push(if self.started { b',' } else { b'{' });
                        self.started = true;
                        serde_json::to_writer(&mut out, name).expect("writing to memory");
                        out.extend_from_slice(b":[");
                        self.current = Some((true, items));
                    }
                    None => {
                        if !self.started {
                            out.push(b'{');
                        }
                        out.extend_from_slice(b"}\n");
                        self.done = true;
                        break;
                    }
                },
            }
        }
        Some(out)
    }
}

#[derive(Deserialize)]
struct InLink {
    url: String,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
struct InOtherName {
    name: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    start_date: Option<PartialDate>,
    #[serde(default)]
    end_date: Option<PartialDate>,
}

#[derive(Deserialize)]
struct InOrganization {
    id: String,
    name: String,
    #[serde(default)]
    other_names: Vec<InOtherName>,
    classification: String,
    #[serde(default)]
    parent_id: Option<ForumId>,
    #[serde(default)]
    founding_date: Option<PartialDate>,
    #[serde(default)]
    dissolution_date: Option<PartialDate>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    links: Vec<InLink>,
    #[serde(default)]
    sources: Vec<InLink>,
}

#[derive(Deserialize)]
struct InMember {
    #[serde(rename = "@type")]
    kind: String,
    id: String,
}

#[derive(Deserialize)]
struct InMembership {
    id: MembershipId,
    organization_id: ForumId,
    member: InMember,
    role: Role,
    #[serde(default)]
    start_date: Option<PartialDate>,
    #[serde(default)]
    end_date: Option<PartialDate>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    sources: Vec<InLink>,
    #[serde(default)]
    verification: Option<Verification>,
    /// Agora's extension: the periods of the membership's suspensions.
    #[serde(default)]
    suspensions: Option<Vec<agora_core::Suspension>>,
}

fn to_sources(v: Vec<InLink>) -> Vec<Source> {
    v.into_iter()
        .map(|l| Source {
            url: l.url,
            note: l.note,
        })
        .collect()
}

pub fn parse(name: &str, value: Value, current: &Dataset) -> Result<Parsed, Vec<FileProblem>> {
    let mut problems = Vec::new();
    // The command line's words (agora import): said as they are, in English.
    let mut bad = |location: String, field: String, message: String| {
        problems.push(FileProblem {
            file: name.to_owned(),
            location: Some(Said::as_given(location)),
            field,
            message: Said::as_given(message),
        })
    };
    let list = |key: &str| -> Result<Vec<Value>, String> {
        match value.get(key) {
            None => Ok(vec![]),
            Some(Value::Array(a)) => Ok(a.clone()),
            Some(_) => Err(format!("'{key}' must be a list")),
        }
    };
    let (orgs, memberships) = match (list("organizations"), list("memberships")) {
        (Ok(o), Ok(m)) => (o, m),
        (Err(e), _) | (_, Err(e)) => {
            return Err(vec![FileProblem {
                file: name.to_owned(),
                location: None,
                field: String::new(),
                message: Said::as_given(e),
            }]);
        }
    };
    let mut d = Dataset::default();
    for (i, v) in orgs.into_iter().enumerate() {
        let loc = format!(
            "organizations[{i}]{}",
            v.get("id")
                .and_then(Value::as_str)
                .map(|s| format!(" (id {s})"))
                .unwrap_or_default()
        );
        let o: InOrganization = match serde_path_to_error::deserialize(v) {
            Ok(o) => o,
            Err(e) => {
                bad(loc, e.path().to_string(), e.into_inner().to_string());
                continue;
            }
        };
        let mut names: BTreeMap<Lang, String> = BTreeMap::new();
        names.insert(Lang::parse("en").expect("constant"), o.name.clone());
        let mut acronyms = Vec::new();
        let mut aliases: Vec<Alias> = Vec::new();
        for n in o.other_names {
            match n.note.as_deref() {
                Some("acronym") => acronyms.push(n.name),
                Some(note) if note.starts_with("name in ") => match Lang::parse(&note[8..]) {
                    Ok(l) => {
                        names.insert(l, n.name);
                    }
                    Err(e) => bad(loc.clone(), "other_names.note".into(), e.to_string()),
                },
                note => aliases.push(Alias {
                    name: n.name,
                    lang: None,
                    start_date: n.start_date,
                    end_date: n.end_date,
                    note: note.filter(|s| *s != "alias").map(str::to_owned),
                }),
            }
        }
        if let Some(category) = Category::ALL
            .into_iter()
            .find(|c| c.as_str() == o.classification)
        {
            let id = match ForumId::parse(&o.id) {
                Ok(id) => id,
                Err(e) => {
                    bad(loc, "id".into(), e.to_string());
                    continue;
                }
            };
            let old = current.fora.iter().find(|f| f.id == id);
            // Popolo has no language on other names: keep the stored one for a known alias.
            for a in &mut aliases {
                a.lang = old
                    .and_then(|f| f.aliases.iter().find(|x| x.name == a.name))
                    .and_then(|x| x.lang.clone());
            }
            let mut categories = old.map(|f| f.categories.clone()).unwrap_or_default();
            if categories.last().map(|c| c.category) != Some(category) {
                categories.push(CategorySpan {
                    category,
                    start_date: None,
                    end_date: None,
                    note: None,
                });
            }
            // Names in languages the bundle does not mention are kept.
            let mut all_names = old.map(|f| f.names.clone()).unwrap_or_default();
            all_names.extend(names);
            d.fora.push(Forum {
                id,
                names: all_names,
                acronyms,
                aliases,
                categories,
                parent_id: o.parent_id,
                established: o.founding_date,
                dissolved: o.dissolution_date,
                successor_id: old.and_then(|f| f.successor_id.clone()),
                regions: old.map(|f| f.regions.clone()).unwrap_or_default(),
                themes: old.map(|f| f.themes.clone()).unwrap_or_default(),
                topics: old.map(|f| f.topics.clone()).unwrap_or_default(),
                objectives: old.map(|f| f.objectives.clone()).unwrap_or_default(),
                md_status: old.map(|f| f.md_status).unwrap_or(MdStatus::Unknown),
                operational: old.and_then(|f| f.operational),
                meeting_level: old.and_then(|f| f.meeting_level),
                links: o
                    .links
                    .into_iter()
                    .map(|l| Link {
                        url: l.url,
                        note: l.note,
                    })
                    .collect(),
                summary: o.description,
                // Popolo carries no translations: those stored are kept.
                translations: old.map(|f| f.translations.clone()).unwrap_or_default(),
                participation: old.and_then(|f| f.participation.clone()),
                sources: to_sources(o.sources),
                verification: old
                    .map(|f| f.verification)
                    .unwrap_or(Verification::Unverified),
                last_checked: old.and_then(|f| f.last_checked),
            });
        } else if let Some(kind) = OrganisationKind::ALL
            .into_iter()
            .find(|k| k.as_str() == o.classification)
        {
            let id = match OrganisationId::parse(&o.id) {
                Ok(id) => id,
                Err(e) => {
                    bad(loc, "id".into(), e.to_string());
                    continue;
                }
            };
            let old = current.organisations.iter().find(|x| x.id == id);
            let mut all_names = old.map(|x| x.names.clone()).unwrap_or_default();
            all_names.extend(names);
            d.organisations.push(Organisation {
                id,
                names: all_names,
                acronyms,
                kind,
                website: o
                    .links
                    .into_iter()
                    .next()
                    .map(|l| l.url)
                    .or_else(|| old.and_then(|x| x.website.clone())),
                sources: to_sources(o.sources),
            });
        } else {
            bad(
                loc,
                "classification".into(),
                format!(
                    "'{}' is neither a forum category ({}) nor an organisation kind ({})",
                    o.classification,
                    Category::ALL.map(|c| c.as_str()).join(", "),
                    OrganisationKind::ALL.map(|k| k.as_str()).join(", ")
                ),
            );
        }
    }
    let is_org = |id: &str, d: &Dataset| {
        d.organisations.iter().any(|o| o.id.as_str() == id)
            || current.organisations.iter().any(|o| o.id.as_str() == id)
    };
    for (i, v) in memberships.into_iter().enumerate() {
        let loc = format!(
            "memberships[{i}]{}",
            v.get("id")
                .and_then(Value::as_str)
                .map(|s| format!(" (id {s})"))
                .unwrap_or_default()
        );
        let m: InMembership = match serde_path_to_error::deserialize(v) {
            Ok(m) => m,
            Err(e) => {
                bad(loc, e.path().to_string(), e.into_inner().to_string());
                continue;
            }
        };
        let member = match m.member.kind.as_str() {
            "Area" => Member::new(agora_core::MemberType::Area, &m.member.id),
            "Organization" if is_org(&m.member.id, &d) => {
                Member::new(agora_core::MemberType::Organisation, &m.member.id)
            }
            "Organization" => Member::new(agora_core::MemberType::Forum, &m.member.id),
            other => {
                bad(
                    loc,
                    "member.@type".into(),
                    format!("'{other}' is not Area or Organization"),
                );
                continue;
            }
        };
        let member = match member {
            Ok(m) => m,
            Err(e) => {
                bad(loc, "member.id".into(), e.to_string());
                continue;
            }
        };
        let old = current.memberships.iter().find(|x| x.id == m.id);
        d.memberships.push(Membership {
            verification: m
                .verification
                .or(old.map(|o| o.verification))
                .unwrap_or(Verification::Unverified),
            last_checked: old.and_then(|o| o.last_checked),
            id: m.id,
            forum_id: m.organization_id,
            member,
            role: m.role,
            start_date: m.start_date,
            end_date: m.end_date,
            note: m.label,
            sources: to_sources(m.sources),
            suspensions: m
                .suspensions
                .unwrap_or_else(|| old.map(|o| o.suspensions.clone()).unwrap_or_default()),
        });
    }
    if problems.is_empty() {
        Ok(Parsed::new(d, Format::Popolo))
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    /// Popolo carries a forum's English summary but not its other languages: a bundle
    /// re-imported over the stored forum keeps them.
    #[test]
    fn a_reimport_keeps_the_translations_popolo_does_not_carry() {
        let forum: agora_core::Forum = serde_json::from_value(serde_json::json!({
            "id": "rcm",
            "names": {"en": "Regional Conference on Migration"},
            "categories": [{"category": "rcp"}],
            "md_status": "unknown",
            "summary": "The Puebla Process.",
            "sources": [{"url": "https://example.org/rcm"}],
            "verification": "unverified",
            "translations": {"es": {"summary": "El Proceso de Puebla."}}
        }))
        .unwrap();
        let d = agora_core::Dataset {
            fora: vec![forum],
            ..agora_core::Dataset::default()
        };
        let files = crate::export(&d, crate::Format::Popolo);
        let parsed = crate::parse_file("popolo.json", files[0].contents.as_bytes(), &d).unwrap();
        assert_eq!(parsed.dataset.fora[0].translations, d.fora[0].translations);
        assert!(!d.fora[0].translations.is_empty());
    }
}
