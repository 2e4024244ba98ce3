//! Recommendations and what was done about them: the paper's central question, how non-binding
//! dialogue becomes action. A [`Recommendation`] is made by a forum at a meeting, in a document
//! (down to the paragraph), to addressees, on themes; it may repeat, build on or replace
//! another, and an action plan is a tree of them (a programme, its tracks, their areas, their
//! items), each weighted within its parent. A [`FollowUp`] entry is what an actor (a state, a
//! forum, an organisation) did about one: its kind, status and progress with a dated timeline
//! of updates, its evidence; entries nest like Decidim's accountability results, a parent's
//! progress weighing its children's. Both are declared once as record kinds, contributed and
//! moderated like every record.

use std::collections::{BTreeMap, BTreeSet};

use agora_i18n::Said;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::date::PartialDate;
use crate::ids::{DocumentId, ForumId, Lang, MeetingId, RecommendationId, ThemeId};
use crate::kind::{Checked, RecordKind, Refused, SearchEntry, Table, read};
use crate::meeting::{line, long};
use crate::model::{Member, Source, Verification};
use crate::policy::Visibility;
use crate::validate::Catalogue;
use crate::words::word_enum;

word_enum! {
    /// What a recommendation is: a recommendation or agreed outcome of a meeting, or a node of
    /// an action plan.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum RecommendationType {
        Recommendation => "recommendation",
        /// A possible outcome put to a meeting for discussion (the paper's section 4.2).
        PossibleOutcome => "possible_outcome",
        /// Something participants agreed to do.
        Agreement => "agreement",
        ActionPlan => "action_plan",
        Track => "track",
        Area => "area",
        Item => "item",
    }
}

word_enum! {
    /// How one recommendation stands to an earlier one.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum RelationType {
        Repeats => "repeats",
        BuildsOn => "builds_on",
        Replaces => "replaces",
    }
}

word_enum! {
    /// What kind of thing was done about a recommendation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum FollowUpType {
        Endorsement => "endorsement",
        Commitment => "commitment",
        /// A forum declares it supports implementing it, alone or with other fora.
        SupportDeclaration => "support_declaration",
        Activity => "activity",
        LawChange => "law_change",
        PolicyChange => "policy_change",
        PracticeChange => "practice_change",
        Report => "report",
    }
}

word_enum! {
    /// Where a follow-up stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum FollowUpStatus {
        Planned => "planned",
        UnderWay => "under_way",
        Completed => "completed",
        Stalled => "stalled",
        Discontinued => "discontinued",
    }
}

impl FollowUpStatus {
    /// Whether a follow-up may move from this status to `next`: forward from planned, between
    /// under way and stalled, to an end; a discontinued one may be taken up again; a completed
    /// one stays completed. Staying where it is is always allowed.
    pub fn may_become(self, next: FollowUpStatus) -> bool {
        use FollowUpStatus::*;
        self == next
            || matches!(
                (self, next),
                (Planned, UnderWay | Completed | Stalled | Discontinued)
                    | (UnderWay, Completed | Stalled | Discontinued)
                    | (Stalled, UnderWay | Completed | Discontinued)
                    | (Discontinued, Planned | UnderWay)
            )
    }
}

/// What the rules ask of a recommendation that exists: when it was made, by which forum, and
/// what it is part of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownRecommendation {
    pub date: Option<PartialDate>,
    pub forum: ForumId,
    pub part_of: Option<RecommendationId>,
}

impl From<&Recommendation> for KnownRecommendation {
    fn from(r: &Recommendation) -> KnownRecommendation {
        KnownRecommendation {
            date: r.date,
            forum: r.forum.clone(),
            part_of: r.part_of.clone(),
        }
    }
}

/// Whether following `part_of` up from `parent` comes back to `id` (at most 64 steps).
fn comes_back<K: Ord + PartialEq>(id: &K, parent: &K, up: impl Fn(&K) -> Option<K>) -> bool {
    let mut at = Some(parent);
    let mut owned;
    for _ in 0..64 {
        match at {
            Some(p) if p == id => return true,
            Some(p) => {
                owned = up(p);
                at = owned.as_ref();
            }
            None => return false,
        }
    }
    true
}

/// A link to an earlier recommendation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub kind: RelationType,
    pub to: RecommendationId,
}

fn one() -> u32 {
    1
}

fn is_one(w: &u32) -> bool {
    *w == 1
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The heaviest weight of a part within its whole.
pub const MAX_WEIGHT: u32 = 1000;

/// A recommendation, an agreed outcome, or a node of an action plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: RecommendationId,
    pub kind: RecommendationType,
    /// Its words per language; English always.
    pub texts: BTreeMap<Lang, String>,
    /// The forum that made it (the one whose secretariat keeps it).
    pub forum: ForumId,
    /// The meeting it came out of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingId>,
    /// The document of the library it is written in, where in it as the document says it
    /// ("section 4.2 (a)"), and the paragraph of the document's text it is in (from 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// When it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<ThemeId>,
    /// To whom it is addressed: states, organisations, fora.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addressees: Vec<Member>,
    /// Addressed to all the states taking part.
    #[serde(default, skip_serializing_if = "is_false")]
    pub all_participating_states: bool,
    /// The earlier recommendations it repeats, builds on or replaces.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Relation>,
    /// The action plan, track or area it is part of, and its weight there (1 unless said).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<RecommendationId>,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub weight: u32,
    pub sources: Vec<Source>,
    pub verification: Verification,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Recommendation {
    /// Its words in a language, else in English.
    pub fn text_in(&self, lang: &str) -> &str {
        text_in(&self.texts, lang)
    }

    /// Every reason it breaks the rules, against the ids that exist.
    pub fn problems(&self, known: &Catalogue) -> Vec<Refused> {
        let mut out = Vec::new();
        let mut no = |field: String, said: Said| out.push(Refused::new(field, said));
        texts(&mut no, "texts", &self.texts);
        if !known.fora.contains(&self.forum) {
            no(
                "forum".into(),
                Said::new("check-unknown-forum").with("id", self.forum.as_str()),
            );
        }
        if let Some(m) = &self.meeting
            && !known.meetings.contains(m)
        {
            no(
                "meeting".into(),
                Said::new("check-unknown-meeting").with("id", m.as_str()),
            );
        }
        if let Some(d) = &self.document
            && !known.documents.contains(d)
        {
            no(
                "document".into(),
                Said::new("check-unknown-document").with("id", d.as_str()),
            );
        }
        if self.paragraph.is_some() && self.document.is_none() {
            no(
                "paragraph".into(),
                Said::new("recommendation-paragraph-needs-document"),
            );
        }
        if self.paragraph == Some(0) {
            no(
                "paragraph".into(),
                Said::new("recommendation-paragraph-from-one"),
            );
        }
        if let Some(l) = &self.locator {
            line(&mut no, "locator".into(), l);
        }
        if let Some(n) = &self.note {
            long(&mut no, "note".into(), n);
        }
        for (i, t) in self.themes.iter().enumerate() {
            if !known.themes.contains(t) {
                no(
                    format!("themes[{i}]"),
                    Said::new("check-unknown-theme").with("id", t.as_str()),
                );
            }
        }
        for (i, a) in self.addressees.iter().enumerate() {
            if let Some(said) = crate::meeting::unknown_party(a, known) {
                no(format!("addressees[{i}]"), said);
            }
        }
        let mut seen = BTreeSet::new();
        for (i, r) in self.related.iter().enumerate() {
            let field = format!("related[{i}].to");
            if r.to == self.id {
                no(field, Said::new("recommendation-related-to-itself"));
            } else if !known.recommendations.contains_key(&r.to) {
                no(
                    field,
                    Said::new("check-unknown-recommendation").with("id", r.to.as_str()),
                );
            } else if !seen.insert(&r.to) {
                no(field, Said::new("recommendation-related-twice"));
            }
        }
        if let Some(p) = &self.part_of {
            match known.recommendations.get(p) {
                _ if p == &self.id => {
                    no("part_of".into(), Said::new("recommendation-part-of-itself"))
                }
                None => no(
                    "part_of".into(),
                    Said::new("check-unknown-recommendation").with("id", p.as_str()),
                ),
                Some(whole) if whole.forum != self.forum => no(
                    "part_of".into(),
                    Said::new("part-of-other-forum").with("forum", whole.forum.as_str()),
                ),
                Some(_)
                    if comes_back(&self.id, p, |x| {
                        known.recommendations.get(x).and_then(|k| k.part_of.clone())
                    }) =>
                {
                    no("part_of".into(), Said::new("part-of-cycle"))
                }
                Some(_) => {}
            }
        }
        weight(&mut no, self.weight);
        sources(&mut no, &self.sources, self.verification);
        out
    }
}

/// The progress of a whole from its parts, each `(weight, progress)`: their weighted mean, a
/// part not reported (None) counting as nothing done. None when no part is reported or every
/// weight is 0. In percent, 0.0-100.0.
pub fn weighted_progress(parts: impl IntoIterator<Item = (u32, Option<f64>)>) -> Option<f64> {
    let mut total = 0u64;
    let mut done = 0.0;
    let mut reported = false;
    for (w, p) in parts {
        total += u64::from(w);
        if let Some(p) = p {
            reported = true;
            done += f64::from(w) * p.clamp(0.0, 100.0);
        }
    }
    (reported && total > 0).then(|| done / total as f64)
}

fn is_url(u: &str) -> bool {
    (u.starts_with("https://") || u.starts_with("http://")) && u.len() >= 10 && u.len() <= 2000
}

fn text_in<'a>(texts: &'a BTreeMap<Lang, String>, lang: &str) -> &'a str {
    texts
        .iter()
        .find(|(l, _)| l.as_str() == lang)
        .or_else(|| texts.iter().find(|(l, _)| l.as_str() == "en"))
        .map_or("", |(_, t)| t.as_str())
}

fn texts(no: &mut impl FnMut(String, Said), field: &str, texts: &BTreeMap<Lang, String>) {
    if !texts.keys().any(|l| l.as_str() == "en") {
        no(field.into(), Said::new("recommendation-text-english"));
    }
    for (lang, t) in texts {
        long(no, format!("{field}.{lang}"), t);
    }
}

fn weight(no: &mut impl FnMut(String, Said), w: u32) {
    if w > MAX_WEIGHT {
        no(
            "weight".into(),
            Said::new("recommendation-weight-range").with("most", MAX_WEIGHT),
        );
    }
}

pub(crate) fn sources(no: &mut impl FnMut(String, Said), sources: &[Source], v: Verification) {
    if sources.is_empty() {
        no("sources".into(), Said::new("check-source-required"));
    }
    for (i, s) in sources.iter().enumerate() {
        if !is_url(&s.url) {
            no(
                format!("sources[{i}].url"),
                Said::new("check-not-a-url").with("url", s.url.as_str()),
            );
        }
    }
    if v == Verification::Verified && !crate::provenance::can_verify(sources) {
        no(
            "verification".into(),
            Said::new("check-verified-needs-primary"),
        );
    }
}

fn text(record: &Value, field: &str) -> Option<String> {
    record.get(field).and_then(Value::as_str).map(str::to_owned)
}

fn forum(v: Option<&Value>) -> Option<ForumId> {
    v.and_then(Value::as_str).and_then(|s| s.parse().ok())
}

/// The first words of a text, for a title: up to `most` characters, cut at a word.
pub fn headline(text: &str, most: usize) -> String {
    let t = text.trim();
    if t.chars().count() <= most {
        return t.to_owned();
    }
    // One character more: a word ending exactly at the limit is kept whole.
    let cut: String = t.chars().take(most + 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// The recommendation record kind.
pub struct RecommendationKind;

impl RecommendationKind {
    /// A recommendation's search entry: the first words of its text as titles, its whole text
    /// and locator as text, per language; its forum, themes, kind and date. Public.
    pub fn entry(r: &Recommendation) -> SearchEntry {
        let mut titles: Vec<(String, String)> = r
            .texts
            .iter()
            .map(|(l, t)| (l.to_string(), headline(t, 120)))
            .collect();
        titles.sort_by_key(|(l, _)| l != "en");
        titles.push(("und".into(), r.id.to_string()));
        let texts = r
            .texts
            .iter()
            .map(|(l, t)| {
                let mut body = t.clone();
                if l.as_str() == "en"
                    && let Some(loc) = &r.locator
                {
                    body.push('\n');
                    body.push_str(loc);
                }
                (l.to_string(), body)
            })
            .collect();
        SearchEntry {
            id: r.id.to_string(),
            titles,
            texts,
            kind: Some(r.kind.as_str().to_owned()),
            fora: vec![r.forum.to_string()],
            themes: r.themes.iter().map(ToString::to_string).collect(),
            langs: r.texts.keys().map(ToString::to_string).collect(),
            date: r.date.map(|d| d.to_string()),
            visibility: Visibility::Public,
        }
    }
}

impl RecordKind for RecommendationKind {
    fn name(&self) -> &'static str {
        "recommendation"
    }
    fn table(&self) -> Table {
        Table {
            name: "recommendations",
            key: "id",
        }
    }
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused> {
        let mut r: Recommendation = read(record, "record-not-recommendation")?;
        if let Some(p) = r.problems(known).into_iter().next() {
            return Err(p);
        }
        for t in r.texts.values_mut() {
            *t = t.trim().to_owned();
        }
        r.related.sort();
        Ok(Checked {
            id: r.id.to_string(),
            body: serde_json::to_string(&r).expect("recommendations serialise"),
        })
    }
    /// The forum that made it.
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        forum(record.get("forum")).into_iter().collect()
    }
    fn documents(&self, record: &Value) -> Vec<String> {
        text(record, "document").into_iter().collect()
    }
    fn columns(&self, record: &Value) -> Vec<(&'static str, Option<String>)> {
        let date = text(record, "date")
            .and_then(|d| d.parse::<PartialDate>().ok())
            .map(|d| d.first_day().to_string());
        vec![
            ("forum", text(record, "forum")),
            ("made_on", date),
            ("part_of", text(record, "part_of")),
        ]
    }
    fn label(&self) -> &'static str {
        "history-what-recommendation"
    }
    fn searchable(&self) -> bool {
        true
    }
    fn search_entry(&self, record: &Value, _texts: Vec<(String, String)>) -> Option<SearchEntry> {
        serde_json::from_value::<Recommendation>(record.clone())
            .ok()
            .map(|r| RecommendationKind::entry(&r))
    }
    fn page(&self, id: &str) -> Option<String> {
        Some(format!("/recommendations/{id}"))
    }
}

mod follow_up;
pub use follow_up::{Evidence, FollowUp, FollowUpKind, KnownFollowUp, Update, status_key};

#[cfg(test)]
mod tests;
