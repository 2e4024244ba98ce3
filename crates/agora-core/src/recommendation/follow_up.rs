//! Follow-up entries: what an actor did about a recommendation, with its timeline, evidence
//! and parts, the rules they keep, and their record kind.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::*;
use crate::ids::{DocumentId, FollowUpId};

/// What the rules ask of a follow-up entry that exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownFollowUp {
    pub recommendation: RecommendationId,
    pub forum: ForumId,
    pub part_of: Option<FollowUpId>,
}

impl From<&FollowUp> for KnownFollowUp {
    fn from(f: &FollowUp) -> KnownFollowUp {
        KnownFollowUp {
            recommendation: f.recommendation.clone(),
            forum: f.forum.clone(),
            part_of: f.part_of.clone(),
        }
    }
}

/// A piece of evidence of a follow-up: a document of the library, or a page elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One step of a follow-up's timeline: on a day, where it stood and how far it had come.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Update {
    pub date: PartialDate,
    pub status: FollowUpStatus,
    pub progress: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What an actor did about a recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub recommendation: RecommendationId,
    /// The forum it is followed up in: the one whose secretariat keeps it.
    pub forum: ForumId,
    /// Who did it.
    pub actor: Member,
    /// Other fora declaring their support with the actor (a joint declaration).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub with: Vec<ForumId>,
    pub kind: FollowUpType,
    /// Where it stands now and how far it has come (0-100; a parent's is its children's).
    pub status: FollowUpStatus,
    pub progress: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<PartialDate>,
    /// What was done, in the words of who reported it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Its timeline, oldest first; the latest is where it stands now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<Update>,
    /// The entry it is part of, and its weight there (1 unless said).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<FollowUpId>,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub weight: u32,
    /// Who may see it: public unless it is for a forum's participants only.
    #[serde(default = "public", skip_serializing_if = "is_public")]
    pub visibility: Visibility,
}

fn public() -> Visibility {
    Visibility::Public
}

fn is_public(v: &Visibility) -> bool {
    *v == Visibility::Public
}

impl FollowUp {
    /// Every reason it breaks the rules, against the ids that exist.
    pub fn problems(&self, known: &Catalogue) -> Vec<Refused> {
        let mut out = Vec::new();
        let mut no = |field: String, said: Said| out.push(Refused::new(field, said));
        let made = match known.recommendations.get(&self.recommendation) {
            Some(made) => made.date,
            None => {
                no(
                    "recommendation".into(),
                    Said::new("check-unknown-recommendation")
                        .with("id", self.recommendation.as_str()),
                );
                None
            }
        };
        for (field, f) in std::iter::once(("forum".to_owned(), &self.forum)).chain(
            self.with
                .iter()
                .enumerate()
                .map(|(i, f)| (format!("with[{i}]"), f)),
        ) {
            if !known.fora.contains(f) {
                no(
                    field,
                    Said::new("check-unknown-forum").with("id", f.as_str()),
                );
            }
        }
        if let Some(said) = crate::meeting::unknown_party(&self.actor, known) {
            no("actor".into(), said);
        }
        if !self.with.is_empty() && self.kind != FollowUpType::SupportDeclaration {
            no("with".into(), Said::new("follow-up-with-only-support"));
        }
        if self.kind == FollowUpType::SupportDeclaration && !matches!(self.actor, Member::Forum(_))
        {
            no("actor".into(), Said::new("follow-up-support-by-forum"));
        }
        if self.progress > 100 {
            no(
                "progress".into(),
                Said::new("follow-up-progress-range").with("progress", u32::from(self.progress)),
            );
        }
        if self.status == FollowUpStatus::Completed && self.progress != 100 {
            no("progress".into(), Said::new("follow-up-completed-is-100"));
        }
        if let (Some(s), Some(e)) = (self.start_date, self.end_date)
            && e.last_day() < s.first_day()
        {
            no(
                "end_date".into(),
                Said::new("check-end-before-start")
                    .with("start", s.to_string())
                    .with("end", e.to_string()),
            );
        }
        // Nothing is done about a recommendation before it was made.
        if let Some(made) = made {
            let dates = [("start_date".to_owned(), self.start_date)]
                .into_iter()
                .chain([("end_date".to_owned(), self.end_date)])
                .chain(
                    self.updates
                        .iter()
                        .enumerate()
                        .map(|(i, u)| (format!("updates[{i}].date"), Some(u.date))),
                );
            for (field, d) in dates {
                if let Some(d) = d
                    && d.last_day() < made.first_day()
                {
                    no(
                        field,
                        Said::new("follow-up-before-recommendation")
                            .with("date", d.to_string())
                            .with("made", made.to_string()),
                    );
                }
            }
        }
        let mut before: Option<&Update> = None;
        for (i, u) in self.updates.iter().enumerate() {
            if u.progress > 100 {
                no(
                    format!("updates[{i}].progress"),
                    Said::new("follow-up-progress-range").with("progress", u32::from(u.progress)),
                );
            } else if u.status == FollowUpStatus::Completed && u.progress != 100 {
                no(
                    format!("updates[{i}].progress"),
                    Said::new("follow-up-completed-is-100"),
                );
            }
            if let Some(n) = &u.note {
                long(&mut no, format!("updates[{i}].note"), n);
            }
            if let Some(b) = before {
                if u.date.first_day() < b.date.first_day() {
                    no(
                        format!("updates[{i}].date"),
                        Said::new("follow-up-updates-in-order"),
                    );
                }
                if !b.status.may_become(u.status) {
                    no(
                        format!("updates[{i}].status"),
                        Said::new("follow-up-transition")
                            .with("from", Said::new(status_key(b.status)))
                            .with("to", Said::new(status_key(u.status))),
                    );
                }
            }
            before = Some(u);
        }
        if let Some(last) = self.updates.last()
            && (last.status != self.status || last.progress != self.progress)
        {
            no("status".into(), Said::new("follow-up-latest-update"));
        }
        if let Some(d) = &self.description {
            long(&mut no, "description".into(), d);
        }
        for (i, e) in self.evidence.iter().enumerate() {
            match (&e.document, &e.url) {
                (None, None) => no(
                    format!("evidence[{i}]"),
                    Said::new("follow-up-evidence-empty"),
                ),
                (Some(d), _) if !known.documents.contains(d) => no(
                    format!("evidence[{i}].document"),
                    Said::new("check-unknown-document").with("id", d.as_str()),
                ),
                (_, Some(u)) if !is_url(u) => no(
                    format!("evidence[{i}].url"),
                    Said::new("check-not-a-url").with("url", u.as_str()),
                ),
                _ => {}
            }
            if let Some(n) = &e.note {
                line(&mut no, format!("evidence[{i}].note"), n);
            }
        }
        if let Some(p) = &self.part_of {
            match known.follow_ups.get(p) {
                _ if p == &self.id => no("part_of".into(), Said::new("follow-up-part-of-itself")),
                None => no(
                    "part_of".into(),
                    Said::new("check-unknown-follow-up").with("id", p.as_str()),
                ),
                Some(whole) if whole.forum != self.forum => no(
                    "part_of".into(),
                    Said::new("part-of-other-forum").with("forum", whole.forum.as_str()),
                ),
                Some(whole) if whole.recommendation != self.recommendation => no(
                    "part_of".into(),
                    Said::new("follow-up-part-of-other-recommendation")
                        .with("id", whole.recommendation.as_str()),
                ),
                Some(_)
                    if comes_back(&self.id, p, |x| {
                        known.follow_ups.get(x).and_then(|k| k.part_of.clone())
                    }) =>
                {
                    no("part_of".into(), Said::new("part-of-cycle"))
                }
                Some(_) => {}
            }
        }
        if let Visibility::Participants { forum, .. } = &self.visibility
            && !known.fora.contains(forum)
        {
            no(
                "visibility.forum".into(),
                Said::new("check-unknown-forum").with("id", forum.as_str()),
            );
        }
        if self.visibility == Visibility::Confidential {
            no("visibility".into(), Said::new("follow-up-not-confidential"));
        }
        weight(&mut no, self.weight);
        out
    }
}

/// The catalogue's word for a status (`follow-up-status-under_way`).
pub fn status_key(s: FollowUpStatus) -> &'static str {
    match s {
        FollowUpStatus::Planned => "follow-up-status-planned",
        FollowUpStatus::UnderWay => "follow-up-status-under_way",
        FollowUpStatus::Completed => "follow-up-status-completed",
        FollowUpStatus::Stalled => "follow-up-status-stalled",
        FollowUpStatus::Discontinued => "follow-up-status-discontinued",
    }
}

/// The follow-up record kind.
pub struct FollowUpKind;

impl FollowUpKind {
    /// A follow-up's search entry: its description's first words (else its recommendation's
    /// id) as title, its description, evidence and updates as text; its forum, kind, start
    /// and visibility.
    pub fn entry(f: &FollowUp) -> SearchEntry {
        let title = f
            .description
            .as_deref()
            .map_or_else(|| f.recommendation.to_string(), |d| headline(d, 120));
        let body: Vec<&str> = f
            .description
            .iter()
            .map(String::as_str)
            .chain(f.evidence.iter().filter_map(|e| e.note.as_deref()))
            .chain(f.updates.iter().filter_map(|u| u.note.as_deref()))
            .collect();
        let mut fora: Vec<String> = std::iter::once(&f.forum)
            .chain(&f.with)
            .map(ToString::to_string)
            .collect();
        if let Member::Forum(a) = &f.actor {
            fora.push(a.to_string());
        }
        fora.sort();
        fora.dedup();
        SearchEntry {
            id: f.id.to_string(),
            titles: vec![("en".into(), title)],
            texts: if body.is_empty() {
                Vec::new()
            } else {
                vec![("en".into(), body.join("\n"))]
            },
            kind: Some(f.kind.as_str().to_owned()),
            fora,
            themes: Vec::new(),
            langs: Vec::new(),
            date: f
                .start_date
                .or(f.updates.last().map(|u| u.date))
                .map(|d| d.to_string()),
            visibility: f.visibility.clone(),
        }
    }
}

impl RecordKind for FollowUpKind {
    fn name(&self) -> &'static str {
        "follow_up"
    }
    fn table(&self) -> Table {
        Table {
            name: "follow_ups",
            key: "id",
        }
    }
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused> {
        let mut f: FollowUp = read(record, "record-not-follow-up")?;
        if let Some(p) = f.problems(known).into_iter().next() {
            return Err(p);
        }
        f.with.sort();
        f.with.dedup();
        Ok(Checked {
            id: f.id.to_string(),
            body: serde_json::to_string(&f).expect("follow-ups serialise"),
        })
    }
    /// The forum it is followed up in, the actor when a forum, every forum declaring support
    /// with it, and the forum whose participants alone may see it.
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        let mut fora: Vec<ForumId> = forum(record.get("forum")).into_iter().collect();
        if record.pointer("/actor/type").and_then(Value::as_str) == Some("forum") {
            fora.extend(forum(record.pointer("/actor/id")));
        }
        if let Some(Value::Array(with)) = record.get("with") {
            fora.extend(with.iter().filter_map(|f| forum(Some(f))));
        }
        fora.extend(forum(record.pointer("/visibility/forum")));
        // The forum it is followed up in first: the contribution belongs to it.
        let first = fora.first().cloned();
        let mut rest: Vec<ForumId> = fora.into_iter().skip(1).collect();
        rest.sort();
        rest.dedup();
        rest.retain(|f| Some(f) != first.as_ref());
        first.into_iter().chain(rest).collect()
    }
    fn joint(&self) -> bool {
        true
    }
    fn scope(&self, id: &str, record: &Value) -> String {
        text(record, "forum").unwrap_or_else(|| id.to_owned())
    }
    fn documents(&self, record: &Value) -> Vec<String> {
        match record.get("evidence") {
            Some(Value::Array(v)) => v.iter().filter_map(|e| text(e, "document")).collect(),
            _ => Vec::new(),
        }
    }
    fn columns(&self, record: &Value) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("recommendation", text(record, "recommendation")),
            ("forum", text(record, "forum")),
            ("status", text(record, "status")),
            ("part_of", text(record, "part_of")),
        ]
    }
    fn label(&self) -> &'static str {
        "history-what-follow-up"
    }
    fn restricted(&self) -> bool {
        true
    }
    fn visibility(&self, record: &Value) -> Visibility {
        match record
            .get("visibility")
            .cloned()
            .map(serde_json::from_value)
        {
            None => Visibility::Public,
            Some(Ok(v)) => v,
            // One that does not read is shown to nobody but editors.
            Some(Err(_)) => Visibility::Confidential,
        }
    }
    fn searchable(&self) -> bool {
        true
    }
    fn search_entry(&self, record: &Value, _texts: Vec<(String, String)>) -> Option<SearchEntry> {
        serde_json::from_value::<FollowUp>(record.clone())
            .ok()
            .map(|f| FollowUpKind::entry(&f))
    }
    fn page(&self, id: &str) -> Option<String> {
        Some(format!("/follow-ups/{id}"))
    }
}
