//! Recommendations and their follow-up: the read model every interface lists them from (the
//! register, a recommendation's page, the follow-up dashboard, the API), progress computed
//! through the trees (an action plan from its tracks and areas, a follow-up entry from its
//! parts) from only what the viewer may see, and the built-in recommendations loaded into a
//! new installation.

use std::collections::HashMap;

use agora_core::kind::RecordKind;
use agora_core::policy::Viewer;
use agora_core::recommendation::{
    FollowUp, FollowUpKind, FollowUpStatus, FollowUpType, Recommendation, RecommendationKind,
    RecommendationType, weighted_progress,
};
use agora_core::{Day, Member};
use agora_store::Store;

use crate::Result;
use crate::registry::Registry;

/// How deep a tree of parts is followed (a cycle made by two contributions stops there).
const DEPTH: usize = 16;

/// Every published recommendation and follow-up entry, with their trees.
#[derive(Debug, Clone, Default)]
pub struct Recommendations {
    list: Vec<Recommendation>,
    by_id: HashMap<String, usize>,
    /// Each recommendation's parts, in the order of their ids.
    parts: HashMap<String, Vec<usize>>,
    follow_ups: Vec<FollowUp>,
    follow_up_index: HashMap<String, usize>,
    /// Each recommendation's follow-up entries.
    followed: HashMap<String, Vec<usize>>,
    /// Each follow-up entry's parts.
    follow_up_parts: HashMap<String, Vec<usize>>,
    /// Which recommendations name which as related: (the later one, how).
    related_to: HashMap<String, Vec<(usize, agora_core::recommendation::RelationType)>>,
}

/// What the register can be filtered by.
#[derive(Debug, Clone, Default)]
pub struct RecommendationFilter {
    pub forum: Option<String>,
    pub meeting: Option<String>,
    pub theme: Option<String>,
    /// Addressed to this state, organisation or forum.
    pub addressee: Option<Member>,
    /// With a follow-up entry in this status the viewer may see.
    pub status: Option<FollowUpStatus>,
    pub kind: Option<RecommendationType>,
    pub year: Option<i32>,
    /// Words of its text (accents and case folded).
    pub q: Option<String>,
}

/// Who may see which follow-up entries, on which day.
pub struct Sight<'a> {
    pub viewer: &'a Viewer,
    pub today: Day,
    pub registry: &'a Registry,
}

impl<'a> Sight<'a> {
    pub fn new(viewer: &'a Viewer, today: Day, registry: &'a Registry) -> Sight<'a> {
        Sight {
            viewer,
            today,
            registry,
        }
    }

    pub fn sees(&self, f: &FollowUp) -> bool {
        self.viewer
            .may_see(&f.visibility, self.today, self.registry)
    }
}

impl Recommendations {
    pub fn build(mut list: Vec<Recommendation>, mut follow_ups: Vec<FollowUp>) -> Recommendations {
        list.sort_by_cached_key(sort_key);
        let by_id: HashMap<String, usize> = list
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.to_string(), i))
            .collect();
        let mut parts: HashMap<String, Vec<usize>> = HashMap::new();
        let mut related_to: HashMap<String, Vec<_>> = HashMap::new();
        for (i, r) in list.iter().enumerate() {
            if let Some(p) = &r.part_of {
                parts.entry(p.to_string()).or_default().push(i);
            }
            for rel in &r.related {
                related_to
                    .entry(rel.to.to_string())
                    .or_default()
                    .push((i, rel.kind));
            }
        }
        for v in parts.values_mut() {
            v.sort_by(|&a, &b| natural(list[a].id.as_str(), list[b].id.as_str()));
        }
        follow_ups.sort_by(|a, b| natural(a.id.as_str(), b.id.as_str()));
        let follow_up_index: HashMap<String, usize> = follow_ups
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.to_string(), i))
            .collect();
        let mut followed: HashMap<String, Vec<usize>> = HashMap::new();
        let mut follow_up_parts: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, f) in follow_ups.iter().enumerate() {
            followed
                .entry(f.recommendation.to_string())
                .or_default()
                .push(i);
            if let Some(p) = &f.part_of {
                follow_up_parts.entry(p.to_string()).or_default().push(i);
            }
        }
        Recommendations {
            list,
            by_id,
            parts,
            follow_ups,
            follow_up_index,
            followed,
            follow_up_parts,
            related_to,
        }
    }

    /// Every published recommendation and follow-up entry in the store.
    pub async fn load(store: &dyn Store) -> Result<Recommendations> {
        Ok(Recommendations::build(
            read_all(store, &RecommendationKind, "recommendation").await?,
            read_all(store, &FollowUpKind, "follow_up").await?,
        ))
    }

    /// Every recommendation, latest first.
    pub fn all(&self) -> &[Recommendation] {
        &self.list
    }

    pub fn get(&self, id: &str) -> Option<&Recommendation> {
        self.by_id.get(id).map(|&i| &self.list[i])
    }

    /// Its parts (an action plan's tracks, a track's areas), in order.
    pub fn parts(&self, id: &str) -> Vec<&Recommendation> {
        self.parts
            .get(id)
            .map(|v| v.iter().map(|&i| &self.list[i]).collect())
            .unwrap_or_default()
    }

    /// Every part of it, and theirs (a cycle stops).
    pub fn descendants(&self, id: &str) -> Vec<&Recommendation> {
        let mut out: Vec<&Recommendation> = Vec::new();
        let mut queue = vec![id.to_owned()];
        while let Some(at) = queue.pop() {
            for p in self.parts(&at) {
                if !out.iter().any(|o| o.id == p.id) && p.id.as_str() != id {
                    out.push(p);
                    queue.push(p.id.to_string());
                }
            }
        }
        out
    }

    /// The wholes it is part of, outermost first.
    pub fn ancestors(&self, r: &Recommendation) -> Vec<&Recommendation> {
        let mut out = Vec::new();
        let mut at = r.part_of.as_ref();
        while let Some(p) = at {
            match self.get(p.as_str()) {
                Some(parent) if out.len() < DEPTH => {
                    out.push(parent);
                    at = parent.part_of.as_ref();
                }
                _ => break,
            }
        }
        out.reverse();
        out
    }

    /// The later recommendations that name this one as related, and how.
    pub fn later(
        &self,
        id: &str,
    ) -> Vec<(&Recommendation, agora_core::recommendation::RelationType)> {
        self.related_to
            .get(id)
            .map(|v| v.iter().map(|&(i, k)| (&self.list[i], k)).collect())
            .unwrap_or_default()
    }

    /// The chain of earlier recommendations it repeats or builds on, nearest first: "as
    /// previously recommended by ...". Each once; a cycle stops.
    pub fn chain(&self, r: &Recommendation) -> Vec<&Recommendation> {
        let mut out: Vec<&Recommendation> = Vec::new();
        let mut queue: Vec<&Recommendation> = vec![r];
        while let Some(at) = queue.pop() {
            for rel in &at.related {
                if let Some(e) = self.get(rel.to.as_str())
                    && e.id != r.id
                    && !out.iter().any(|o| o.id == e.id)
                    && out.len() < DEPTH
                {
                    out.push(e);
                    queue.insert(0, e);
                }
            }
        }
        out
    }

    /// Every follow-up entry (visible or not: ask [`Sight::sees`]).
    pub fn follow_ups(&self) -> &[FollowUp] {
        &self.follow_ups
    }

    pub fn follow_up(&self, id: &str) -> Option<&FollowUp> {
        self.follow_up_index.get(id).map(|&i| &self.follow_ups[i])
    }

    /// The follow-up entries of a recommendation that the viewer may see and that are part of
    /// no other they may see (an entry whose whole is hidden from them stands on its own).
    pub fn followed<'a>(&'a self, id: &str, sight: &Sight<'_>) -> Vec<&'a FollowUp> {
        self.seen(self.followed.get(id), sight)
            .into_iter()
            .filter(|f| self.whole(f, sight).is_none())
            .collect()
    }

    /// The entry a follow-up entry is part of, if the viewer may see it (and it follows up the
    /// same recommendation).
    pub fn whole<'a>(&'a self, f: &FollowUp, sight: &Sight<'_>) -> Option<&'a FollowUp> {
        let p = self.follow_up(f.part_of.as_ref()?.as_str())?;
        (p.recommendation == f.recommendation && p.id != f.id && sight.sees(p)).then_some(p)
    }

    /// A follow-up entry's parts that the viewer may see (of the same recommendation).
    pub fn follow_up_parts<'a>(&'a self, id: &str, sight: &Sight<'_>) -> Vec<&'a FollowUp> {
        self.seen(self.follow_up_parts.get(id), sight)
            .into_iter()
            .filter(|p| self.whole(p, sight).is_some())
            .collect()
    }

    /// Whether the viewer may see where a recommendation is written: its document (and so
    /// where in it), or it names none.
    pub fn source_seen(&self, x: &Recommendation, sight: &Sight<'_>) -> bool {
        x.document.as_ref().is_none_or(|d| {
            sight.registry.document(d.as_str()).is_some_and(|doc| {
                sight
                    .viewer
                    .may_see(&doc.visibility, sight.today, sight.registry)
            })
        })
    }

    /// The documents and addresses an entry gives as evidence that the viewer may see (a
    /// document they may not see is not named).
    pub fn evidence<'a>(
        &self,
        f: &'a FollowUp,
        sight: &Sight<'_>,
    ) -> Vec<&'a agora_core::recommendation::Evidence> {
        f.evidence
            .iter()
            .filter(|e| match &e.document {
                Some(d) => sight.registry.document(d.as_str()).is_some_and(|doc| {
                    sight
                        .viewer
                        .may_see(&doc.visibility, sight.today, sight.registry)
                }),
                None => true,
            })
            .collect()
    }

    fn seen<'a>(&'a self, at: Option<&Vec<usize>>, sight: &Sight<'_>) -> Vec<&'a FollowUp> {
        at.map(|v| {
            v.iter()
                .map(|&i| &self.follow_ups[i])
                .filter(|f| sight.sees(f))
                .collect()
        })
        .unwrap_or_default()
    }

    /// A follow-up entry's progress: its parts' weighted progress when it has parts the viewer
    /// may see, else its own.
    pub fn follow_up_progress(&self, f: &FollowUp, sight: &Sight<'_>) -> f64 {
        self.entry_progress(f, sight, 0)
    }

    fn entry_progress(&self, f: &FollowUp, sight: &Sight<'_>, depth: usize) -> f64 {
        let parts = self.follow_up_parts(f.id.as_str(), sight);
        if parts.is_empty() || depth >= DEPTH {
            return f64::from(f.progress);
        }
        weighted_progress(
            parts
                .iter()
                .map(|p| (p.weight, Some(self.entry_progress(p, sight, depth + 1)))),
        )
        .unwrap_or(f64::from(f.progress))
    }

    /// A recommendation's progress, from what the viewer may see: an action plan's (or any
    /// whole's) is its parts' weighted progress, a part not reported counting as nothing done;
    /// a recommendation without parts has the weighted progress of its follow-up entries
    /// (support declarations apart). None when nothing is reported.
    pub fn progress(&self, r: &Recommendation, sight: &Sight<'_>) -> Option<f64> {
        self.rec_progress(r, sight, 0)
    }

    fn rec_progress(&self, r: &Recommendation, sight: &Sight<'_>, depth: usize) -> Option<f64> {
        let parts = self.parts(r.id.as_str());
        if !parts.is_empty() && depth < DEPTH {
            return weighted_progress(
                parts
                    .iter()
                    .map(|p| (p.weight, self.rec_progress(p, sight, depth + 1))),
            );
        }
        weighted_progress(
            self.followed(r.id.as_str(), sight)
                .into_iter()
                .filter(|f| f.kind != FollowUpType::SupportDeclaration)
                .map(|f| (f.weight, Some(self.follow_up_progress(f, sight)))),
        )
    }

    /// The recommendations the filter asks for, in the register's order.
    pub fn filter(&self, f: &RecommendationFilter, sight: &Sight<'_>) -> Vec<&Recommendation> {
        let q = f.q.as_deref().map(agora_core::fold);
        self.list
            .iter()
            .filter(|r| {
                f.forum.as_deref().is_none_or(|x| r.forum.as_str() == x)
                    && f.meeting
                        .as_deref()
                        .is_none_or(|x| r.meeting.as_ref().is_some_and(|y| y.as_str() == x))
                    && f.theme
                        .as_deref()
                        .is_none_or(|x| r.themes.iter().any(|t| t.as_str() == x))
                    && f.addressee
                        .as_ref()
                        .is_none_or(|a| r.addressees.contains(a))
                    && f.kind.is_none_or(|k| r.kind == k)
                    && f.year
                        .is_none_or(|y| r.date.is_some_and(|d| d.first_day().year() == y))
                    && f.status.is_none_or(|s| {
                        self.followed(r.id.as_str(), sight)
                            .iter()
                            .any(|x| x.status == s)
                    })
                    && q.as_deref().is_none_or(|q| {
                        r.texts.values().any(|t| agora_core::fold(t).contains(q))
                            || r.id.as_str().contains(q)
                    })
            })
            .collect()
    }
}

/// The register's order, as a key a cursor can hold: latest first (undated last), then by id
/// in its natural order (an action plan's parts in theirs).
pub fn sort_key(r: &Recommendation) -> (String, String) {
    let day = r.date.map_or(0, |d| {
        let d = d.first_day();
        i64::from(d.year()) * 10_000 + i64::from(d.month()) * 100 + i64::from(d.day())
    });
    (
        format!("{:08}", 99_999_999 - day.clamp(0, 99_999_999)),
        natural_key(r.id.as_str()),
    )
}

/// An id with its numbers padded: `x.2` sorts before `x.10`.
fn natural_key(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 8);
    let mut digits = String::new();
    for c in id.chars().chain(std::iter::once('\0')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            out.push_str(&format!("{digits:0>6}"));
            digits.clear();
        }
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    natural_key(a).cmp(&natural_key(b))
}

async fn read_all<T: serde::de::DeserializeOwned>(
    store: &dyn Store,
    kind: &dyn RecordKind,
    entity: &'static str,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    for (id, body) in store.record_bodies(kind.table()).await? {
        out.push(
            serde_json::from_str(&body).map_err(|e| agora_store::StoreError::Corrupt {
                entity,
                id,
                reason: e.to_string(),
            })?,
        );
    }
    Ok(out)
}

/// The built-in recommendations (`data/recommendations.json`) into a store whose registry,
/// library and meetings are loaded: each checked like a contribution, then written from
/// `builtin`; one someone has changed since is kept as it is. How many were written.
pub async fn load_builtin(store: &dyn Store) -> Result<usize> {
    let builtin = agora_ingest::builtin::recommendations();
    let mut known = store.catalogue().await?;
    // Parts and related recommendations name others written in the same transaction.
    known
        .recommendations
        .extend(builtin.iter().map(|r| (r.id.clone(), r.into())));
    let records = builtin.iter().map(|r| {
        let value = serde_json::to_value(r).expect("recommendations serialise");
        (r.id.to_string(), value)
    });
    crate::builtin::write(
        store,
        &RecommendationKind,
        &known,
        records,
        "recommendations",
    )
    .await
}

#[cfg(test)]
mod tests;
