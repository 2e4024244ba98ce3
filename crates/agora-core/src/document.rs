//! Documents: one work (a declaration, a report, ...) with language versions, each with its files.
//! Files are named by the SHA-256 of their bytes; the text extracted from each version is kept
//! beside the record for search. Who may see a document is its [`Visibility`], decided by the
//! access policy.

use agora_i18n::Said;
use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::ids::{DocumentId, ForumId, Lang, ThemeId};
use crate::policy::Visibility;
use crate::words::word_enum;

word_enum! {
    /// What kind of outcome document it is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum DocKind {
        Declaration => "declaration",
        ActionPlan => "action_plan",
        MeetingReport => "meeting_report",
        SummaryReport => "summary_report",
        BackgroundPaper => "background_paper",
        Study => "study",
        Statement => "statement",
        Recommendations => "recommendations",
        Other => "other",
    }
}

/// Who may see a document: the policy's [`Visibility`], stored as it is.
pub type DocVisibility = Visibility;

/// One stored file: its bytes are in the blob store under `sha256`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocFile {
    /// Lower-case hex SHA-256 of the bytes.
    pub sha256: String,
    /// The file's name as given (shown as text, never trusted as a path).
    pub name: String,
    /// The type found from the content (not from the name).
    pub media_type: String,
    pub size: u64,
}

/// One language version of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocVersion {
    pub lang: Lang,
    pub title: String,
    pub files: Vec<DocFile>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocumentId,
    pub kind: DocKind,
    #[serde(default)]
    pub date: Option<PartialDate>,
    /// The fora it belongs to.
    pub fora: Vec<ForumId>,
    /// The meeting it comes from, in words (meetings become records later).
    #[serde(default)]
    pub meeting: Option<String>,
    #[serde(default)]
    pub themes: Vec<ThemeId>,
    #[serde(default)]
    pub source_url: Option<String>,
    #[serde(default)]
    pub licence: Option<String>,
    pub visibility: DocVisibility,
    /// At least one; one per language.
    pub versions: Vec<DocVersion>,
    /// Who wrote it, who published it, what it says.
    #[serde(default, flatten)]
    pub about: About,
}

/// What a document's page and its citation say of it beyond its title and date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    /// Who wrote it, as it names them: people or bodies ("International Organization for
    /// Migration (IOM)").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// What it says, in a paragraph.
    #[serde(default, rename = "abstract", skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

impl Document {
    /// The English title, else the first version's.
    pub fn title(&self) -> &str {
        self.versions
            .iter()
            .find(|v| v.lang.as_str() == "en")
            .or_else(|| self.versions.first())
            .map(|v| v.title.as_str())
            .unwrap_or("")
    }
}

/// Whether a string is a lower-case hex SHA-256.
pub fn is_sha256(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The problems of a document record, each as (field, message); `known_fora` and `known_themes`
/// say which ids exist.
pub fn problems(
    d: &Document,
    known_fora: &dyn Fn(&ForumId) -> bool,
    known_themes: &dyn Fn(&ThemeId) -> bool,
) -> Vec<(String, Said)> {
    let mut out = Vec::new();
    let mut bad = |field: &str, message: Said| out.push((field.to_owned(), message));
    if d.versions.is_empty() {
        bad("versions", Said::new("doc-check-a-version"));
    }
    let mut langs = std::collections::BTreeSet::new();
    for (i, v) in d.versions.iter().enumerate() {
        if !langs.insert(&v.lang) {
            bad(
                &format!("versions[{i}].lang"),
                Said::new("doc-check-second-version").with("lang", v.lang.to_string()),
            );
        }
        let title = v.title.trim();
        if title.is_empty() || title.chars().count() > 500 {
            bad(
                &format!("versions[{i}].title"),
                Said::new("doc-check-title"),
            );
        }
        for (j, f) in v.files.iter().enumerate() {
            if !is_sha256(&f.sha256) {
                bad(
                    &format!("versions[{i}].files[{j}].sha256"),
                    Said::new("doc-check-sha256"),
                );
            }
            if f.name.trim().is_empty() || f.name.chars().count() > 255 {
                bad(
                    &format!("versions[{i}].files[{j}].name"),
                    Said::new("doc-check-file-name"),
                );
            }
        }
    }
    if d.about.authors.len() > 50 {
        bad("authors", Said::new("doc-check-authors"));
    }
    for (i, a) in d.about.authors.iter().enumerate() {
        if a.trim().is_empty() || a.chars().count() > 300 {
            bad(&format!("authors[{i}]"), Said::new("doc-check-author"));
        }
    }
    if let Some(p) = &d.about.publisher
        && (p.trim().is_empty() || p.chars().count() > 300)
    {
        bad("publisher", Said::new("doc-check-publisher"));
    }
    if let Some(a) = &d.about.summary
        && (a.trim().is_empty() || a.chars().count() > 5_000)
    {
        bad("abstract", Said::new("doc-check-abstract"));
    }
    if d.fora.is_empty() {
        bad("fora", Said::new("doc-check-forum"));
    }
    for f in &d.fora {
        if !known_fora(f) {
            bad(
                "fora",
                Said::new("check-unknown-forum").with("id", f.to_string()),
            );
        }
    }
    for t in &d.themes {
        if !known_themes(t) {
            bad(
                "themes",
                Said::new("check-unknown-theme").with("id", t.to_string()),
            );
        }
    }
    if let DocVisibility::Participants { forum, .. } = &d.visibility
        && !known_fora(forum)
    {
        bad(
            "visibility.forum",
            Said::new("check-unknown-forum").with("id", forum.to_string()),
        );
    }
    if let Some(u) = &d.source_url
        && !(u.starts_with("https://") || u.starts_with("http://"))
    {
        bad("source_url", Said::new("doc-check-source-url"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document {
            id: "gfmd-2009-rt3-2".parse().unwrap(),
            kind: DocKind::BackgroundPaper,
            date: Some("2009-11".parse().unwrap()),
            fora: vec!["gfmd".parse().unwrap()],
            meeting: Some("GFMD 2009, Athens".into()),
            themes: vec![],
            source_url: Some("https://www.gfmd.org/".into()),
            licence: None,
            about: About::default(),
            visibility: DocVisibility::Participants {
                forum: "gfmd".parse().unwrap(),
                public_from: Some("2010-01-01".parse().unwrap()),
            },
            versions: vec![DocVersion {
                lang: "en".parse().unwrap(),
                title: "Background paper".into(),
                files: vec![DocFile {
                    sha256: "a".repeat(64),
                    name: "paper.txt".into(),
                    media_type: "text/plain".into(),
                    size: 10,
                }],
            }],
        }
    }

    #[test]
    fn documents_round_trip_through_json() {
        let d = doc();
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["visibility"]["level"], "participants");
        assert_eq!(json["visibility"]["public_from"], "2010-01-01");
        assert_eq!(json["kind"], "background_paper");
        let back: Document = serde_json::from_value(json).unwrap();
        assert_eq!(back, d);
        for k in DocKind::ALL {
            assert_eq!(DocKind::parse(k.as_str()), Some(k));
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
    }

    #[test]
    fn problems_name_their_fields() {
        let yes = |_: &ForumId| true;
        let themes = |_: &ThemeId| true;
        assert!(problems(&doc(), &yes, &themes).is_empty());
        let mut d = doc();
        d.versions.push(d.versions[0].clone());
        d.versions[0].title = " ".into();
        d.versions[0].files[0].sha256 = "XYZ".into();
        d.fora.clear();
        d.source_url = Some("ftp://x".into());
        let fields: Vec<String> = problems(&d, &|_| false, &themes)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(
            fields,
            [
                "versions[0].title",
                "versions[0].files[0].sha256",
                "versions[1].lang",
                "fora",
                "visibility.forum",
                "source_url"
            ]
        );
    }
}
