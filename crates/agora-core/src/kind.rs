//! Record kinds, each declared once: its name, its table, how a proposed record is checked and
//! made canonical, which fora own it, where its history is listed, how the history names it,
//! who may see it, what the search index holds of it and where its page is. Moderation
//! (contributions), the version history, the change log, the public lists of changes and the
//! index follower take a kind from its declaration; the application keeps the list of declared
//! kinds (`agora_app::kinds`). The registry's own kinds are declared here.

use agora_i18n::Said;
use serde_json::Value;

use crate::contribution::{Entity, FieldChange};
use crate::ids::ForumId;
use crate::policy::Visibility;
use crate::validate::Catalogue;
use crate::{Dataset, Forum, Membership};

/// Where the records of a kind are kept: a table with a key column and a `body` column (the
/// record's canonical JSON), and any columns derived from the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    pub name: &'static str,
    pub key: &'static str,
}

/// A proposed record, checked: its id and its canonical body (as the store keeps it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub id: String,
    pub body: String,
}

/// Why a proposed record was refused: the field at fault and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub field: String,
    pub message: Said,
}

impl Refused {
    pub fn new(field: impl Into<String>, message: Said) -> Refused {
        Refused {
            field: field.into(),
            message,
        }
    }
}

/// What the search index holds of one record: its titles and texts per language, the facets it
/// is counted under, its date as written (`2009`, `2009-11`, `2009-11-04`), and who may find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchEntry {
    pub id: String,
    /// Titles per language (the first is shown when no English one exists).
    pub titles: Vec<(String, String)>,
    /// Body text per language.
    pub texts: Vec<(String, String)>,
    /// A finer kind (a document's), shown and counted.
    pub kind: Option<String>,
    pub fora: Vec<String>,
    pub themes: Vec<String>,
    pub langs: Vec<String>,
    pub date: Option<String>,
    pub visibility: Visibility,
}

/// A kind of record, declared once.
pub trait RecordKind: Send + Sync {
    /// The name contributions and the change log use (`forum`, `membership`, ...).
    fn name(&self) -> &'static str;

    fn entity(&self) -> Entity {
        Entity::new(self.name())
    }

    /// Its table.
    fn table(&self) -> Table;

    /// Check a proposed record against the rules of its kind and the ids that exist; its id and
    /// canonical body.
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused>;

    /// The fora a record belongs to, by each of its marks of identity: a contribution to it
    /// must be authorised for every one, as proposed and as it stands, and they must all be
    /// the same forum (a record's identity never changes through a contribution), unless the
    /// kind is [`RecordKind::joint`]. Empty when the record names no forum.
    fn owners(&self, record: &Value) -> Vec<ForumId>;

    /// The history a record's changes are listed in (a forum's history lists its memberships):
    /// by default its first owner's, else its own id.
    fn scope(&self, id: &str, record: &Value) -> String {
        self.owners(record)
            .first()
            .map_or_else(|| id.to_owned(), ToString::to_string)
    }

    /// Columns derived from a record, written beside its body (name, value), for kinds kept by
    /// the store's generic path.
    fn columns(&self, _record: &Value) -> Vec<(&'static str, Option<String>)> {
        Vec::new()
    }

    /// Whether a contribution proposes it as a record (false: only by uploading a file).
    fn proposed_as_record(&self) -> bool {
        true
    }

    /// Whether a contribution may create a record that does not exist yet.
    fn creatable(&self) -> bool {
        true
    }

    /// Whether one record may belong to several fora at once (a joint meeting). A contribution
    /// to it is then authorised for every one, as proposed and as it stands, and belongs to the
    /// first; the fora it belongs to may change through a contribution by someone who may
    /// contribute for all of them, old and new.
    fn joint(&self) -> bool {
        false
    }

    /// The documents of the library a record names (a meeting's outcome documents): whoever
    /// adds or removes one must be able to see it.
    fn documents(&self, _record: &Value) -> Vec<String> {
        Vec::new()
    }

    /// What changed between two versions, field by field.
    fn diff(&self, before: Option<&Value>, after: &Value) -> Vec<FieldChange> {
        crate::contribution::diff(before, after)
    }

    /// The message (of the catalogues) by which the public history names a record of this
    /// kind; it takes the record's id as `$id`.
    fn label(&self) -> &'static str;

    /// Who may see a record (and its changes).
    fn visibility(&self, _record: &Value) -> Visibility {
        Visibility::Public
    }

    /// Whether some records of this kind are not public (then every list of changes asks
    /// [`RecordKind::visibility`] of each record; otherwise they are all public).
    fn restricted(&self) -> bool {
        false
    }

    /// Whether the search index holds its records (then [`RecordKind::search_entry`] says
    /// what of each).
    fn searchable(&self) -> bool {
        false
    }

    /// What the search index holds of a record, with the texts the store keeps beside it
    /// (a document's extracted text per language; none for other kinds). None for a kind that
    /// is not searchable, or a body that does not read.
    fn search_entry(&self, _record: &Value, _texts: Vec<(String, String)>) -> Option<SearchEntry> {
        None
    }

    /// The path of a record's page on the site, if records of this kind have pages.
    fn page(&self, _id: &str) -> Option<String> {
        None
    }
}

/// A forum's id as a record names it, if it is one.
fn forum_at(v: Option<&Value>) -> Option<ForumId> {
    v.and_then(Value::as_str).and_then(|s| s.parse().ok())
}

fn sorted(mut v: Vec<ForumId>) -> Vec<ForumId> {
    v.sort();
    v.dedup();
    v
}

/// Check one record as part of a dataset: the registry's rules (which know the other records
/// and the ids that exist) apply to it alone.
fn check_in(d: &Dataset, known: &Catalogue) -> Result<(), Refused> {
    match crate::validate(d, known).into_iter().next() {
        Some(p) => Err(Refused::new(
            "record",
            Said::new("check-at-field")
                .with("field", p.field)
                .with("said", p.message),
        )),
        None => Ok(()),
    }
}

/// The record read as its kind's, or refused with the message `what` (its `$error` is the
/// reader's complaint).
pub(crate) fn read<T: serde::de::DeserializeOwned>(
    record: &Value,
    what: &'static str,
) -> Result<T, Refused> {
    serde_json::from_value(record.clone()).map_err(|e| {
        Refused::new(
            "record",
            Said::new(what).with("error", Said::as_given(e.to_string())),
        )
    })
}

fn canonical<T: serde::Serialize>(id: String, record: &T) -> Checked {
    Checked {
        id,
        body: serde_json::to_string(record).expect("records serialise"),
    }
}

/// A forum's profile. Contributions change existing fora; they never create or remove one.
pub struct ForumKind;

impl RecordKind for ForumKind {
    fn name(&self) -> &'static str {
        "forum"
    }
    fn table(&self) -> Table {
        Table {
            name: "fora",
            key: "id",
        }
    }
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused> {
        let f: Forum = read(record, "record-not-forum")?;
        if !known.fora.contains(&f.id) {
            return Err(Refused::new(
                "record",
                Said::new("record-no-such-forum").with("id", f.id.to_string()),
            ));
        }
        let id = f.id.to_string();
        let d = Dataset {
            fora: vec![f],
            ..Dataset::default()
        };
        check_in(&d, known)?;
        Ok(canonical(id, &d.fora[0]))
    }
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        forum_at(record.get("id")).into_iter().collect()
    }
    fn creatable(&self) -> bool {
        false
    }
    fn label(&self) -> &'static str {
        "history-what-forum"
    }
    fn searchable(&self) -> bool {
        true
    }
    fn search_entry(&self, record: &Value, _texts: Vec<(String, String)>) -> Option<SearchEntry> {
        serde_json::from_value::<Forum>(record.clone())
            .ok()
            .map(|f| ForumKind::entry(&f))
    }
    fn page(&self, id: &str) -> Option<String> {
        Some(format!("/fora/{id}"))
    }
}

impl ForumKind {
    /// A forum's search entry: its names and acronyms as titles; summary, objectives and
    /// thematic priorities (in English, as the sources give them) as text. Public.
    pub fn entry(f: &Forum) -> SearchEntry {
        let mut titles: Vec<(String, String)> = f
            .names
            .iter()
            .map(|(lang, name)| (lang.to_string(), name.clone()))
            .collect();
        // English first: the shown title.
        titles.sort_by_key(|(lang, _)| lang != "en");
        if !f.acronyms.is_empty() {
            titles.push(("und".into(), f.acronyms.join(" ")));
        }
        let mut body = Vec::new();
        body.extend(f.summary.iter().cloned());
        body.extend(f.objectives.iter().cloned());
        body.extend(f.topics.iter().cloned());
        let texts = if body.is_empty() {
            Vec::new()
        } else {
            vec![("en".to_owned(), body.join("\n"))]
        };
        SearchEntry {
            id: f.id.to_string(),
            titles,
            texts,
            kind: None,
            fora: vec![f.id.to_string()],
            themes: f.themes.iter().map(|t| t.to_string()).collect(),
            langs: Vec::new(),
            date: f.established.map(|d| d.to_string()),
            visibility: Visibility::Public,
        }
    }
}

/// A membership (or chair, secretariat, observer...) of a forum.
pub struct MembershipKind;

impl RecordKind for MembershipKind {
    fn name(&self) -> &'static str {
        "membership"
    }
    fn table(&self) -> Table {
        Table {
            name: "memberships",
            key: "id",
        }
    }
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused> {
        let m: Membership = read(record, "record-not-membership")?;
        let id = m.id.to_string();
        let d = Dataset {
            memberships: vec![m],
            ..Dataset::default()
        };
        check_in(&d, known)?;
        Ok(canonical(id, &d.memberships[0]))
    }
    /// Its `forum_id`, and the forum its id starts with.
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        let id = record.get("id").and_then(Value::as_str).unwrap_or("");
        let by_id = id.split_once(':').and_then(|(f, _)| f.parse().ok());
        sorted(
            forum_at(record.get("forum_id"))
                .into_iter()
                .chain(by_id)
                .collect(),
        )
    }
    /// A forum's history lists its memberships.
    fn scope(&self, id: &str, record: &Value) -> String {
        forum_at(record.get("forum_id")).map_or_else(|| id.to_owned(), |f| f.to_string())
    }
    fn label(&self) -> &'static str {
        "history-what-membership"
    }
}

/// A document of the library: proposed by uploading its file (with its text), never as a bare
/// record.
pub struct DocumentKind;

impl RecordKind for DocumentKind {
    fn name(&self) -> &'static str {
        "document"
    }
    fn table(&self) -> Table {
        Table {
            name: "documents",
            key: "id",
        }
    }
    fn check(&self, record: &Value, _known: &Catalogue) -> Result<Checked, Refused> {
        let d: crate::document::Document = read(record, "record-not-document")?;
        Ok(canonical(d.id.to_string(), &d))
    }
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        match record.get("fora") {
            Some(Value::Array(fora)) => {
                sorted(fora.iter().filter_map(|f| forum_at(Some(f))).collect())
            }
            _ => Vec::new(),
        }
    }
    /// A document's history is its own.
    fn scope(&self, id: &str, _record: &Value) -> String {
        format!("document:{id}")
    }
    fn proposed_as_record(&self) -> bool {
        false
    }
    fn label(&self) -> &'static str {
        "history-what-document"
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
            Some(Ok(v)) => v,
            // A document whose visibility does not read is shown to nobody but editors.
            _ => Visibility::Confidential,
        }
    }
    fn searchable(&self) -> bool {
        true
    }
    fn search_entry(&self, record: &Value, texts: Vec<(String, String)>) -> Option<SearchEntry> {
        serde_json::from_value::<crate::document::Document>(record.clone())
            .ok()
            .map(|d| DocumentKind::entry(&d, texts))
    }
    fn page(&self, id: &str) -> Option<String> {
        Some(format!("/documents/{id}"))
    }
}

impl DocumentKind {
    /// A document's search entry, with the extracted text of its versions as `(lang, text)`.
    pub fn entry(d: &crate::document::Document, mut texts: Vec<(String, String)>) -> SearchEntry {
        SearchEntry {
            id: d.id.to_string(),
            titles: d
                .versions
                .iter()
                .map(|v| (v.lang.to_string(), v.title.clone()))
                .collect(),
            // In the order of the versions (one per language), whatever order they came in.
            texts: d
                .versions
                .iter()
                .filter_map(|v| {
                    let at = texts.iter().position(|(l, _)| l == v.lang.as_str())?;
                    Some(texts.swap_remove(at))
                })
                .collect(),
            kind: Some(d.kind.as_str().to_owned()),
            fora: d.fora.iter().map(|f| f.to_string()).collect(),
            themes: d.themes.iter().map(|t| t.to_string()).collect(),
            langs: d.versions.iter().map(|v| v.lang.to_string()).collect(),
            date: d.date.map(|d| d.to_string()),
            visibility: d.visibility.clone(),
        }
    }
}

/// The registry's kinds, as the application starts with them.
pub fn builtin() -> Vec<std::sync::Arc<dyn RecordKind>> {
    vec![
        std::sync::Arc::new(ForumKind),
        std::sync::Arc::new(MembershipKind),
        std::sync::Arc::new(DocumentKind),
        std::sync::Arc::new(ErrorReportKind),
        std::sync::Arc::new(crate::meeting::MeetingKind),
        std::sync::Arc::new(crate::recommendation::RecommendationKind),
        std::sync::Arc::new(crate::recommendation::FollowUpKind),
        std::sync::Arc::new(crate::route::RouteKind),
        std::sync::Arc::new(crate::practice::PracticeKind),
    ]
}

/// A report of an error in a forum's records, with a source, by anyone signed in: reviewed by
/// editors like any contribution (who then correct the records); kept, once published, for
/// editors and researchers only.
pub struct ErrorReportKind;

/// An error report as proposed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorReport {
    /// `forum:report:N`.
    pub id: String,
    pub forum_id: ForumId,
    /// What is wrong, in the reporter's words.
    pub what: String,
    /// Where the right fact can be read.
    pub source: String,
}

impl ErrorReport {
    pub const MAX_WHAT: usize = 2000;
}

impl RecordKind for ErrorReportKind {
    fn name(&self) -> &'static str {
        crate::policy::ERROR_REPORT
    }
    fn table(&self) -> Table {
        Table {
            name: "error_reports",
            key: "id",
        }
    }
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused> {
        let mut r: ErrorReport = read(record, "record-not-error-report")?;
        if !known.fora.contains(&r.forum_id) {
            return Err(Refused::new(
                "forum_id",
                Said::new("no-such-forum").with("id", r.forum_id.to_string()),
            ));
        }
        let stem = format!("{}:report:", r.forum_id);
        if !r
            .id
            .strip_prefix(&stem)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(Refused::new(
                "id",
                Said::new("report-id").with("stem", stem.as_str()),
            ));
        }
        r.what = r.what.trim().to_owned();
        if r.what.is_empty() {
            return Err(Refused::new("what", Said::new("report-what-missing")));
        }
        if r.what.chars().count() > ErrorReport::MAX_WHAT {
            return Err(Refused::new(
                "what",
                Said::new("at-most-characters").with("most", ErrorReport::MAX_WHAT),
            ));
        }
        r.source = r.source.trim().to_owned();
        if crate::provenance::host(&r.source).is_none() || r.source.len() > 2000 {
            return Err(Refused::new("source", Said::new("report-source")));
        }
        Ok(canonical(r.id.clone(), &r))
    }
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        forum_at(record.get("forum_id")).into_iter().collect()
    }
    fn columns(&self, record: &Value) -> Vec<(&'static str, Option<String>)> {
        vec![(
            "forum_id",
            record
                .get("forum_id")
                .and_then(Value::as_str)
                .map(str::to_owned),
        )]
    }
    fn label(&self) -> &'static str {
        "history-what-report"
    }
    fn visibility(&self, _record: &Value) -> Visibility {
        Visibility::Confidential
    }
    fn restricted(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_records_owners_are_every_forum_it_names() {
        let m = json!({"id": "soderkoping-process:member:UKR", "forum_id": "colombo-process"});
        let names = |v: Vec<ForumId>| v.iter().map(ToString::to_string).collect::<Vec<_>>();
        assert_eq!(
            names(MembershipKind.owners(&m)),
            ["colombo-process", "soderkoping-process"]
        );
        let m = json!({"id": "colombo-process:chair:BGD:2026", "forum_id": "colombo-process"});
        assert_eq!(names(MembershipKind.owners(&m)), ["colombo-process"]);
        assert_eq!(names(ForumKind.owners(&json!({"id": "rcm"}))), ["rcm"]);
        assert_eq!(
            names(DocumentKind.owners(&json!({"fora": ["rcm", "gfmd", "rcm"]}))),
            ["gfmd", "rcm"]
        );
        assert!(MembershipKind.owners(&json!({"id": 3})).is_empty());
        assert!(ForumKind.owners(&json!({"id": "Not a slug"})).is_empty());
    }

    #[test]
    fn kind_names_are_well_formed_entities() {
        for k in builtin() {
            assert_eq!(Entity::parse(k.name()), Some(k.entity()));
        }
        assert_eq!(Entity::parse("Forum"), None);
        assert_eq!(Entity::parse(""), None);
        assert_eq!(Entity::FORUM.as_str(), "forum");
    }
}
