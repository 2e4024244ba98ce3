//! What goes into the index: one entry per searchable record, built from the domain types.

use agora_core::document::{DocVisibility, Document};
use agora_core::{Day, Forum, PartialDate};
use serde::{Deserialize, Serialize};

/// What kind of record an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum What {
    Document,
    Forum,
}

impl What {
    pub fn as_str(self) -> &'static str {
        match self {
            What::Document => "document",
            What::Forum => "forum",
        }
    }
    pub fn parse(s: &str) -> Option<What> {
        [What::Document, What::Forum]
            .into_iter()
            .find(|w| w.as_str() == s)
    }
}

/// Who may find an entry, as the index keeps it: the policy's visibility in index terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "level", rename_all = "snake_case")]
pub enum EntryAccess {
    Public,
    Participants {
        forum: String,
        /// The embargo's end as `yyyymmdd`.
        public_from: Option<i64>,
    },
    Confidential,
}

/// One searchable record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub what: What,
    pub id: String,
    /// Titles per language (the first is shown when no English one exists).
    pub titles: Vec<(String, String)>,
    /// Body text per language.
    pub texts: Vec<(String, String)>,
    /// The document kind (documents only).
    pub kind: Option<String>,
    pub fora: Vec<String>,
    pub themes: Vec<String>,
    pub langs: Vec<String>,
    /// The date as written (`2009`, `2009-11`, `2009-11-04`).
    pub date: Option<String>,
    pub access: EntryAccess,
}

/// `yyyymmdd` of a day: ordered like the days.
pub fn day_key(day: Day) -> i64 {
    i64::from(day.year()) * 10_000 + i64::from(day.month()) * 100 + i64::from(day.day())
}

impl Entry {
    /// The index key: `document:ID`, `forum:ID`.
    pub fn key(&self) -> String {
        key(self.what, &self.id)
    }

    pub fn year(&self) -> Option<i32> {
        self.date_parsed().map(|d| d.year())
    }

    /// The date's first day as `yyyymmdd`, for sorting.
    pub fn date_key(&self) -> Option<i64> {
        self.date_parsed().map(|d| day_key(d.first_day()))
    }

    fn date_parsed(&self) -> Option<PartialDate> {
        self.date.as_deref().and_then(|d| d.parse().ok())
    }

    /// A number that changes when anything indexed changes (FNV-1a of the entry as JSON):
    /// `agora check` compares it with the store's records.
    pub fn digest(&self) -> u64 {
        // FNV-1a of the entry's JSON, hashed as it is written rather than kept.
        let mut hash = Fnv1a(FNV_OFFSET);
        match serde_json::to_writer(&mut hash, self) {
            Ok(()) => hash.0,
            Err(_) => fnv1a(b""),
        }
    }

    /// The entry of a document, with the extracted text of its versions as `(lang, text)`.
    pub fn document(d: &Document, texts: &[(String, String)]) -> Entry {
        Entry {
            what: What::Document,
            id: d.id.to_string(),
            titles: d
                .versions
                .iter()
                .map(|v| (v.lang.to_string(), v.title.clone()))
                .collect(),
            // In the order of the versions, whatever order they came in.
            texts: d
                .versions
                .iter()
                .filter_map(|v| texts.iter().find(|(l, _)| l == v.lang.as_str()))
                .cloned()
                .collect(),
            kind: Some(d.kind.as_str().to_owned()),
            fora: d.fora.iter().map(|f| f.to_string()).collect(),
            themes: d.themes.iter().map(|t| t.to_string()).collect(),
            langs: d.versions.iter().map(|v| v.lang.to_string()).collect(),
            date: d.date.map(|d| d.to_string()),
            access: match &d.visibility {
                DocVisibility::Public => EntryAccess::Public,
                DocVisibility::Participants { forum, public_from } => EntryAccess::Participants {
                    forum: forum.to_string(),
                    public_from: public_from.map(day_key),
                },
                DocVisibility::Confidential => EntryAccess::Confidential,
            },
        }
    }

    /// The entry of a forum: its names and acronyms as titles; summary, objectives and
    /// thematic priorities (in English, as the sources give them) as text. Public.
    pub fn forum(f: &Forum) -> Entry {
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
        Entry {
            what: What::Forum,
            id: f.id.to_string(),
            titles,
            texts,
            kind: None,
            fora: vec![f.id.to_string()],
            themes: f.themes.iter().map(|t| t.to_string()).collect(),
            langs: Vec::new(),
            date: f.established.map(|d| d.to_string()),
            access: EntryAccess::Public,
        }
    }
}

pub fn key(what: What, id: &str) -> String {
    format!("{}:{id}", what.as_str())
}

/// FNV-1a, 64 bits: a stable hash (std's hasher may change between releases).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_more(FNV_OFFSET, bytes)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv1a_more(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// FNV-1a over everything written to it.
struct Fnv1a(u64);

impl std::io::Write for Fnv1a {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 = fnv1a_more(self.0, bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_is_fnv1a_of_the_entrys_json() {
        // Indexes made before the digest was hashed while written keep agreeing with the store.
        let entry = Entry {
            what: What::Document,
            id: "doc-1".into(),
            titles: vec![("fr".into(), "Déclaration « finale »".into())],
            texts: vec![("fr".into(), "Texte\n\"cité\" \u{7f} 移民".repeat(50))],
            kind: Some("declaration".into()),
            fora: vec!["gfmd".into()],
            themes: vec![],
            langs: vec!["fr".into()],
            date: Some("2009-11".into()),
            access: EntryAccess::Public,
        };
        let json = serde_json::to_string(&entry).unwrap();
        assert_eq!(entry.digest(), fnv1a(json.as_bytes()));
        assert_ne!(entry.digest(), fnv1a(b""));
    }
}
