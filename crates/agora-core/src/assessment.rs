//! Assessments of what a forum achieved against its **own** objectives (issue 21), as the
//! background paper's Annex II proposes: per forum and period, the objectives it set itself
//! (each from the document and paragraph that states it), the outputs that served them, the
//! impacts on states' laws, policies and practices (with evidence and how strongly they can be
//! attributed to the forum), and the five dimensions of contribution, each rated with its
//! evidence and a confidence. Interviews are the confidential part: their notes are read only
//! by the researchers assigned to the assessment; an extract reaches the report only when the
//! interviewee's consent covers it, and then without a name.
//!
//! A forum is compared only with itself: nothing here scores or orders fora against each other.

use serde::{Deserialize, Serialize};

use crate::date::Day;
use crate::ids::{AreaCode, DocumentId, ForumId, MeetingId};
use crate::practice::Evidence;
use crate::words::word_enum;

word_enum! {
    /// The five dimensions of a forum's contribution the paper names.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Dimension {
        /// Networks of individuals.
        Networks => "networks",
        /// Trust and confidence among states.
        Trust => "trust",
        /// Understanding of migration.
        Understanding => "understanding",
        /// Capacity of the states' administrations.
        Capacity => "capacity",
        /// Migration governance: laws, policies, practices.
        Governance => "governance",
    }
}

word_enum! {
    /// How much a forum contributed along a dimension, on the assessment's scale.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Rating {
        NoSign => "none",
        Limited => "limited",
        Moderate => "moderate",
        Substantial => "substantial",
    }
}

word_enum! {
    /// How sure the researchers are of a rating.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Confidence {
        Low => "low",
        Medium => "medium",
        High => "high",
    }
}

word_enum! {
    /// How strongly a change in a state can be attributed to the forum, weakest first.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Attribution {
        /// Someone says so.
        Claimed => "claimed",
        /// The timing and the people involved make it likely.
        Plausible => "plausible",
        /// A document links the change to the forum.
        Documented => "documented",
        /// Documented, and confirmed by a source independent of the forum.
        Corroborated => "corroborated",
    }
}

word_enum! {
    /// What changed in a state.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Change {
        Law => "law",
        Policy => "policy",
        Practice => "practice",
    }
}

word_enum! {
    /// What a forum produced.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum OutputKind {
        Meeting => "meeting",
        Document => "document",
        Training => "training",
        Tool => "tool",
        JointProject => "joint_project",
    }
}

word_enum! {
    /// What an interviewee agreed to.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Consent {
        /// Notes may be kept and used by the researchers; nothing is quoted.
        NotesOnly => "notes_only",
        /// Besides, the extracts the interviewee approved may be quoted, without a name.
        Quotable => "quotable",
    }
}

word_enum! {
    /// Whether a coded passage speaks for the forum's contribution or against it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Stance {
        For => "for",
        Against => "against",
    }
}

word_enum! {
    /// Where an assessment stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Status {
        /// Being written: read by its researchers, editors and the forum's secretariat.
        Draft => "draft",
        /// Public.
        Published => "published",
    }
}

/// The earliest and latest year an assessment may cover.
pub const YEARS: std::ops::RangeInclusive<i32> = 1945..=2100;
/// The longest text of a field (objectives, descriptions, evidence, comments).
pub const LONGEST: usize = 4000;
/// The longest interview notes.
pub const LONGEST_NOTES: usize = 200_000;

/// An objective the forum set itself, in the words of the document and paragraph that state it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Its number in the assessment (from 1).
    pub n: u32,
    pub text: String,
    pub document: DocumentId,
    /// The language of the document's text the paragraph is counted in.
    pub lang: String,
    /// The paragraph of the document's text (from 1), as the library numbers them.
    pub paragraph: u32,
}

/// Something the forum produced, and the objectives it served.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    pub n: u32,
    pub kind: OutputKind,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Day>,
    /// The meeting it is, when the registry holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingId>,
    /// The document it is, when the library holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    pub objectives: Vec<u32>,
}

/// A change in a state's law, policy or practice, the objective it relates to, its evidence,
/// and how strongly it can be attributed to the forum (and who judged so).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Impact {
    pub n: u32,
    pub state: AreaCode,
    pub change: Change,
    pub description: String,
    pub objective: u32,
    pub evidence: Vec<Evidence>,
    pub attribution: Attribution,
    /// Who judged the attribution (a name or a body, as the researchers give it).
    pub judged_by: String,
}

/// One dimension of contribution, rated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rated {
    pub dimension: Dimension,
    pub rating: Rating,
    pub evidence: String,
    pub confidence: Confidence,
}

/// What an assessment holds besides its interviews: everything here reaches the report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    #[serde(default)]
    pub objectives: Vec<Objective>,
    #[serde(default)]
    pub outputs: Vec<Output>,
    #[serde(default)]
    pub impacts: Vec<Impact>,
    /// At most one rating per dimension, in the order of [`Dimension::ALL`].
    #[serde(default)]
    pub dimensions: Vec<Rated>,
    /// How the study was made.
    #[serde(default)]
    pub method: String,
    /// What it could not establish.
    #[serde(default)]
    pub limits: String,
}

impl Body {
    pub fn objective(&self, n: u32) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.n == n)
    }

    /// The number the next item of a list gets.
    pub fn next(numbers: impl Iterator<Item = u32>) -> u32 {
        numbers.max().unwrap_or(0) + 1
    }

    /// Rate a dimension, replacing its earlier rating; kept in the order of the dimensions.
    pub fn rate(&mut self, rated: Rated) {
        self.dimensions.retain(|r| r.dimension != rated.dimension);
        self.dimensions.push(rated);
        self.dimensions.sort_by_key(|r| r.dimension);
    }
}

/// An extract of an interview's notes: a range of characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extract {
    pub m: u32,
    /// The first character (from 0) and the one after the last, in characters of the notes.
    pub start: usize,
    pub end: usize,
    /// The interviewee approved quoting it.
    pub approved: bool,
    /// A researcher released it to the report.
    pub released: bool,
}

/// What is known of an interview besides its notes (kept apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    /// The interviewee's role ("official of a ministry of labour").
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<AreaCode>,
    pub held_on: Day,
    pub consent: Consent,
    /// The themes the researchers coded it with.
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub extracts: Vec<Extract>,
}

/// Where a coded passage is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Passage {
    /// In an interview's notes (confidential, as the notes are).
    Interview { interview: u32 },
    /// In the text of a document of the library, in one language.
    Document { document: DocumentId, lang: String },
}

/// A passage tagged with dimensions and objectives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Code {
    pub passage: Passage,
    /// Characters from 0, end excluded.
    pub start: usize,
    pub end: usize,
    /// The passage's words when it was coded.
    pub quote: String,
    /// The library's paragraph holding its start (document passages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    #[serde(default)]
    pub dimensions: Vec<Dimension>,
    #[serde(default)]
    pub objectives: Vec<u32>,
    pub stance: Stance,
}

/// The id of a forum's assessment for a period: `FORUM-FROM-TO`.
pub fn id_of(forum: &ForumId, from: i32, to: i32) -> String {
    format!("{forum}-{from}-{to}")
}

/// The characters `start..end` of `text`, or None when the range is empty or outside it.
pub fn passage(text: &str, start: usize, end: usize) -> Option<String> {
    if start >= end {
        return None;
    }
    let mut chars = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let from = chars.nth(start)?;
    let to = chars.nth(end - start - 1)?;
    Some(text[from..to].to_owned())
}

/// The paragraph (from 1) of a document's text holding character `at`, numbered as the
/// library's page numbers them (blank-line separated, blank ones skipped).
pub fn paragraph_at(text: &str, at: usize) -> Option<u32> {
    let mut seen = 0usize;
    let mut n = 0u32;
    for part in text.split("\n\n") {
        let len = part.chars().count();
        if !part.trim().is_empty() {
            n += 1;
        }
        if at < seen + len && !part.trim().is_empty() {
            return Some(n);
        }
        seen += len + 2;
    }
    None
}

/// How many paragraphs a document's text has, as the library numbers them.
pub fn paragraphs(text: &str) -> u32 {
    text.split("\n\n").filter(|p| !p.trim().is_empty()).count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_are_counted_in_characters() {
        let t = "Écoute: 移民 talks";
        assert_eq!(passage(t, 0, 6).as_deref(), Some("Écoute"));
        assert_eq!(passage(t, 8, 10).as_deref(), Some("移民"));
        assert_eq!(passage(t, 11, 16).as_deref(), Some("talks"));
        assert_eq!(passage(t, 11, 17), None);
        assert_eq!(passage(t, 3, 3), None);
        assert_eq!(passage(t, 4, 2), None);
    }

    #[test]
    fn paragraphs_are_numbered_as_the_library_does() {
        let t = "First one.\n\n\n\nSecond.\n\nThird";
        assert_eq!(paragraphs(t), 3);
        assert_eq!(paragraph_at(t, 0), Some(1));
        assert_eq!(paragraph_at(t, 9), Some(1));
        assert_eq!(paragraph_at(t, 14), Some(2));
        assert_eq!(paragraph_at(t, 23), Some(3));
        assert_eq!(paragraph_at(t, 40), None);
    }

    #[test]
    fn a_dimension_is_rated_once() {
        let mut b = Body::default();
        let rated = |d, r| Rated {
            dimension: d,
            rating: r,
            evidence: "seen".into(),
            confidence: Confidence::Medium,
        };
        b.rate(rated(Dimension::Governance, Rating::Limited));
        b.rate(rated(Dimension::Networks, Rating::Moderate));
        b.rate(rated(Dimension::Governance, Rating::Substantial));
        assert_eq!(b.dimensions.len(), 2);
        assert_eq!(b.dimensions[0].dimension, Dimension::Networks);
        assert_eq!(b.dimensions[1].rating, Rating::Substantial);
        assert_eq!(Body::next(b.objectives.iter().map(|o| o.n)), 1);
    }
}
