//! Good practices and lessons learned (issue 20): what a forum or a state did, what came of it
//! with its evidence, what did not work, and what it takes to do it again — "for the possible
//! use and benefit of others", as the background paper asks. A [`Practice`] is published only
//! after peer review (see [`review`]): submitted in answer to a call, scored against a rubric
//! by at least two reviewers without a conflict of interest, decided by an editor. The
//! published record is declared once as a kind ([`PracticeKind`]): it is public, searchable
//! under its own type, listed in the changes and the feeds. The people to contact about it are
//! never part of the record: the store keeps them beside it, shown only to people signed in.

use std::collections::{BTreeMap, BTreeSet};

use agora_i18n::Said;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::date::PartialDate;
use crate::ids::{AreaCode, DocumentId, ForumId, PracticeId, ThemeId};
use crate::kind::{Checked, RecordKind, Refused, SearchEntry, Table, read};
use crate::meeting::{line, long};
use crate::model::{Names, Source, Verification};
use crate::policy::Visibility;
use crate::validate::Catalogue;
use crate::words::word_enum;

pub mod review;

word_enum! {
    /// What a practice cost to carry out, in broad bands (the sources rarely give figures).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum CostBand {
        /// Within a forum's or a ministry's running budget.
        Low => "low",
        /// A project of its own, funded for the purpose.
        Medium => "medium",
        /// A programme over several years or several states.
        High => "high",
        Unknown => "unknown",
    }
}

word_enum! {
    /// The licence its text may be reused under.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Licence {
        #[serde(rename = "CC-BY-4.0")]
        CcBy => "CC-BY-4.0",
        #[serde(rename = "CC-BY-SA-4.0")]
        CcBySa => "CC-BY-SA-4.0",
        #[serde(rename = "CC0-1.0")]
        Cc0 => "CC0-1.0",
    }
}

impl Licence {
    /// Where the licence's text is.
    pub fn url(self) -> &'static str {
        match self {
            Licence::CcBy => "https://creativecommons.org/licenses/by/4.0/",
            Licence::CcBySa => "https://creativecommons.org/licenses/by-sa/4.0/",
            Licence::Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
        }
    }
}

/// What shows a practice's results: a document of the library (down to its paragraph), a
/// page elsewhere, or a figure; at least one of them, with what it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// The paragraph of the document's text (from 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A figure, as the source gives it ("1,200 officials trained").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What the public is told of a practice's peer review: how many reviewed it and the mean
/// score on each criterion of the rubric — never who reviewed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewSummary {
    /// The call it answered.
    pub call: i64,
    pub reviews: u32,
    /// Each criterion's mean score, in tenths of a point (42: 4.2 out of 5).
    pub means: BTreeMap<review::Criterion, u32>,
    /// The day the editor published it.
    pub decided: String,
}

/// A good practice, or a lesson learned, as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub id: PracticeId,
    /// Its title per language (English required).
    pub titles: Names,
    /// What it is in a few sentences, per language (English required).
    pub summaries: Names,
    /// The fora and the states where it was applied.
    #[serde(default)]
    pub fora: Vec<ForumId>,
    #[serde(default)]
    pub states: Vec<AreaCode>,
    /// Themes of the vocabulary (mapped to the Global Compact's objectives).
    #[serde(default)]
    pub themes: Vec<ThemeId>,
    /// When it was applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<PartialDate>,
    /// The situation it answered, what was done, what came of it (in English, as submitted).
    pub context: String,
    pub done: String,
    pub results: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Lessons learned, what did not work among them.
    pub lessons: String,
    /// What it takes to do it again elsewhere.
    pub replication: String,
    pub cost: CostBand,
    /// Organisations and others that took part.
    #[serde(default)]
    pub partners: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    pub verification: Verification,
    pub licence: Licence,
    /// Its peer review, when it came through a call (built-in entries cite their source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewSummary>,
}

/// The most fora, states, themes, evidence items or partners one practice names.
pub const MOST_NAMED: usize = 100;

/// A practice's texts a search or a page shows, in the order of the form.
pub const TEXT_FIELDS: [&str; 5] = ["context", "done", "results", "lessons", "replication"];

impl Practice {
    /// Its title in `lang`, else in English.
    pub fn title(&self, lang: &str) -> &str {
        in_lang(&self.titles, lang).unwrap_or(self.id.as_str())
    }

    /// Its summary in `lang`, else in English.
    pub fn summary(&self, lang: &str) -> &str {
        in_lang(&self.summaries, lang).unwrap_or("")
    }

    /// Its long texts, by field name (see [`TEXT_FIELDS`]).
    pub fn texts(&self) -> [(&'static str, &str); 5] {
        [
            ("context", &self.context),
            ("done", &self.done),
            ("results", &self.results),
            ("lessons", &self.lessons),
            ("replication", &self.replication),
        ]
    }

    /// Whether it names a forum or a state: a reviewer affiliated with one of them has a
    /// conflict of interest.
    pub fn names_forum(&self, forum: &ForumId) -> bool {
        self.fora.contains(forum)
    }

    pub fn names_state(&self, state: &AreaCode) -> bool {
        self.states.contains(state)
    }

    /// Everything wrong with it, by field, against the ids that exist.
    pub fn problems(&self, known: &Catalogue) -> Vec<Refused> {
        let mut out = Vec::new();
        let mut no = |field: String, said: Said| out.push(Refused::new(field, said));
        for (field, names, short) in [
            ("titles", &self.titles, true),
            ("summaries", &self.summaries, false),
        ] {
            if !names.keys().any(|l| l.as_str() == "en") {
                no(field.into(), Said::new("practice-english-required"));
            }
            for (lang, t) in names {
                match short {
                    true => line(&mut no, format!("{field}.{lang}"), t),
                    false => long(&mut no, format!("{field}.{lang}"), t),
                }
            }
        }
        for (field, t) in self.texts() {
            long(&mut no, field.into(), t);
        }
        let too_many = |n: usize| n > MOST_NAMED;
        for (field, n) in [
            ("fora", self.fora.len()),
            ("states", self.states.len()),
            ("themes", self.themes.len()),
            ("evidence", self.evidence.len()),
            ("partners", self.partners.len()),
            ("sources", self.sources.len()),
        ] {
            if too_many(n) {
                no(
                    field.into(),
                    Said::new("practice-too-many").with("most", MOST_NAMED),
                );
            }
        }
        if self.fora.is_empty() && self.states.is_empty() {
            no("fora".into(), Said::new("practice-where"));
        }
        unique_known(
            &mut no,
            "fora",
            &self.fora,
            |f| known.fora.contains(f),
            |f| Said::new("check-unknown-forum").with("id", f.as_str()),
        );
        unique_known(
            &mut no,
            "states",
            &self.states,
            |a| known.areas.contains(a),
            |a| Said::new("check-unknown-area").with("id", a.as_str()),
        );
        unique_known(
            &mut no,
            "themes",
            &self.themes,
            |t| known.themes.contains(t),
            |t| Said::new("check-unknown-theme").with("id", t.as_str()),
        );
        if let (Some(from), Some(to)) = (self.from, self.to)
            && to.last_day() < from.first_day()
        {
            no("to".into(), Said::new("practice-period-order"));
        }
        for (i, e) in self.evidence.iter().enumerate() {
            evidence(&mut no, i, e, known);
        }
        for (i, p) in self.partners.iter().enumerate() {
            line(&mut no, format!("partners[{i}]"), p);
        }
        // Sources are optional for a submission (the call and its review are its provenance);
        // a practice said to be verified needs a primary one.
        if !self.sources.is_empty() || self.verification == Verification::Verified {
            crate::recommendation::sources(&mut no, &self.sources, self.verification);
        }
        out
    }

    /// Trimmed texts, sorted and distinct lists: the body the store keeps.
    fn canonical(mut self) -> Practice {
        for t in self.titles.values_mut().chain(self.summaries.values_mut()) {
            *t = t.trim().to_owned();
        }
        for t in [
            &mut self.context,
            &mut self.done,
            &mut self.results,
            &mut self.lessons,
            &mut self.replication,
        ] {
            *t = t.trim().to_owned();
        }
        for p in &mut self.partners {
            *p = p.trim().to_owned();
        }
        self.fora.sort();
        self.states.sort();
        self.themes.sort();
        self
    }
}

fn in_lang<'a>(names: &'a Names, lang: &str) -> Option<&'a str> {
    names
        .iter()
        .find(|(l, _)| l.as_str() == lang)
        .or_else(|| names.iter().find(|(l, _)| l.as_str() == "en"))
        .map(|(_, t)| t.as_str())
}

/// Each item of a list known, and named once.
fn unique_known<T: Ord>(
    no: &mut impl FnMut(String, Said),
    field: &str,
    items: &[T],
    exists: impl Fn(&T) -> bool,
    unknown: impl Fn(&T) -> Said,
) {
    let mut seen = BTreeSet::new();
    for (i, x) in items.iter().enumerate() {
        if !exists(x) {
            no(format!("{field}[{i}]"), unknown(x));
        } else if !seen.insert(x) {
            no(format!("{field}[{i}]"), Said::new("practice-named-twice"));
        }
    }
}

/// The mistakes of one piece of evidence (the `i`th), each told to `no` with its field.
pub fn evidence(no: &mut impl FnMut(String, Said), i: usize, e: &Evidence, known: &Catalogue) {
    let at = |f: &str| format!("evidence[{i}].{f}");
    if e.document.is_none() && e.url.is_none() && e.figure.is_none() {
        no(
            format!("evidence[{i}]"),
            Said::new("practice-evidence-empty"),
        );
    }
    if let Some(d) = &e.document
        && !known.documents.contains(d)
    {
        no(
            at("document"),
            Said::new("check-unknown-document").with("id", d.as_str()),
        );
    }
    match (e.paragraph, &e.document) {
        (Some(_), None) => no(
            at("paragraph"),
            Said::new("recommendation-paragraph-needs-document"),
        ),
        (Some(0), _) => no(
            at("paragraph"),
            Said::new("recommendation-paragraph-from-one"),
        ),
        _ => {}
    }
    if let Some(u) = &e.url
        && !((u.starts_with("https://") || u.starts_with("http://")) && u.len() <= 2000)
    {
        no(
            at("url"),
            Said::new("check-not-a-url").with("url", u.as_str()),
        );
    }
    if let Some(f) = &e.figure {
        line(no, at("figure"), f);
    }
    if let Some(n) = &e.note {
        long(no, at("note"), n);
    }
}

/// Someone to contact about a practice: kept apart from the record, shown only to people
/// signed in, removed whenever the person who gave it asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    /// Their function ("Director, Overseas Employment").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// The most contacts one practice keeps.
pub const MOST_CONTACTS: usize = 10;

/// Every reason a list of contacts is refused, by field (`contacts[0].email`).
pub fn contact_problems(contacts: &[Contact]) -> Vec<Refused> {
    let mut out = Vec::new();
    let mut no = |field: String, said: Said| out.push(Refused::new(field, said));
    if contacts.len() > MOST_CONTACTS {
        no(
            "contacts".into(),
            Said::new("practice-too-many").with("most", MOST_CONTACTS),
        );
    }
    for (i, c) in contacts.iter().enumerate() {
        line(&mut no, format!("contacts[{i}].name"), &c.name);
        if let Some(r) = &c.role {
            line(&mut no, format!("contacts[{i}].role"), r);
        }
        if let Some(e) = &c.email
            && let Err(bad) = crate::account::Email::parse(e.trim())
        {
            no(format!("contacts[{i}].email"), bad.said());
        }
    }
    out
}

/// A slug for a practice's id from its English title: lowercase ASCII letters and digits
/// joined by single hyphens, at most 60 characters, cut at a word; `practice` when nothing is
/// left.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in crate::text::fold(title).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out = out.trim_end_matches('-').to_owned();
    if out.len() > 60 {
        let cut = out[..=60].rfind('-').unwrap_or(60);
        out.truncate(cut);
    }
    match out.is_empty() {
        true => "practice".to_owned(),
        false => out,
    }
}

fn strings(record: &Value, field: &str) -> Vec<String> {
    record
        .get(field)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Published practices, declared once. Public; a practice comes into being only through a
/// call's peer review (or the built-in set), never through a contribution.
pub struct PracticeKind;

impl PracticeKind {
    /// A practice's search entry: its titles; its summary per language and its long texts (in
    /// English) as text, the lessons among them; its fora, themes and first year. Public.
    pub fn entry(p: &Practice) -> SearchEntry {
        let mut titles: Vec<(String, String)> = p
            .titles
            .iter()
            .map(|(l, t)| (l.to_string(), t.clone()))
            .collect();
        titles.sort_by_key(|(l, _)| l != "en");
        let mut texts: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for (l, s) in &p.summaries {
            texts.entry(l.to_string()).or_default().push(s);
        }
        let english = texts.entry("en".to_owned()).or_default();
        english.extend(p.texts().iter().map(|(_, t)| *t));
        english.extend(p.partners.iter().map(String::as_str));
        SearchEntry {
            id: p.id.to_string(),
            titles,
            texts: texts
                .into_iter()
                .map(|(l, parts)| (l, parts.join("\n")))
                .collect(),
            kind: None,
            fora: p.fora.iter().map(ToString::to_string).collect(),
            themes: p.themes.iter().map(ToString::to_string).collect(),
            langs: p.titles.keys().map(ToString::to_string).collect(),
            date: p.from.map(|d| d.to_string()),
            visibility: Visibility::Public,
        }
    }
}

impl RecordKind for PracticeKind {
    fn name(&self) -> &'static str {
        "practice"
    }
    fn table(&self) -> Table {
        Table {
            name: "practices",
            key: "id",
        }
    }
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused> {
        let p: Practice = read(record, "record-not-practice")?;
        if let Some(problem) = p.problems(known).into_iter().next() {
            return Err(problem);
        }
        let p = p.canonical();
        Ok(Checked {
            id: p.id.to_string(),
            body: serde_json::to_string(&p).expect("practices serialise"),
        })
    }
    /// The fora it names.
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        let mut v: Vec<ForumId> = strings(record, "fora")
            .iter()
            .filter_map(|s| s.parse().ok())
            .collect();
        v.sort();
        v.dedup();
        v
    }
    fn joint(&self) -> bool {
        true
    }
    /// Only a call's review publishes a practice.
    fn proposed_as_record(&self) -> bool {
        false
    }
    fn creatable(&self) -> bool {
        false
    }
    fn documents(&self, record: &Value) -> Vec<String> {
        record
            .get("evidence")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|e| e.get("document").and_then(Value::as_str))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }
    fn label(&self) -> &'static str {
        "history-what-practice"
    }
    fn searchable(&self) -> bool {
        true
    }
    fn search_entry(&self, record: &Value, _texts: Vec<(String, String)>) -> Option<SearchEntry> {
        serde_json::from_value::<Practice>(record.clone())
            .ok()
            .map(|p| PracticeKind::entry(&p))
    }
    fn page(&self, id: &str) -> Option<String> {
        Some(format!("/practices/{id}"))
    }
}

#[cfg(test)]
mod tests;
