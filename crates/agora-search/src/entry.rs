//! What goes into the index: one entry per searchable record, built from the domain types.

use agora_core::document::Document;
use agora_core::kind::{DocumentKind, ForumKind, SearchEntry};
use agora_core::policy::Visibility;
use agora_core::{Day, Forum, PartialDate};
use serde::{Deserialize, Serialize};

/// What kind of record an entry is: the name its kind is declared with
/// (`agora_core::kind::RecordKind::name`): `document`, `forum`, and any searchable kind declared
/// later.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct What(std::borrow::Cow<'static, str>);

impl What {
    pub const DOCUMENT: What = What(std::borrow::Cow::Borrowed("document"));
    pub const FORUM: What = What(std::borrow::Cow::Borrowed("forum"));

    /// The entries of a declared kind.
    pub fn of(kind: &dyn agora_core::kind::RecordKind) -> What {
        What(std::borrow::Cow::Borrowed(kind.name()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// A well-formed kind name (see `agora_core::contribution::Entity::parse`); whether the
    /// index holds such entries is the caller's question.
    pub fn parse(s: &str) -> Option<What> {
        agora_core::contribution::Entity::parse(s)
            .map(|_| What(std::borrow::Cow::Owned(s.to_owned())))
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
#[derive(Debug, Clone, PartialEq, Eq)]
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
        key(&self.what, &self.id)
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

    /// A number that changes when anything indexed changes: `agora check` compares it with the
    /// store's records. A hash of the entry as JSON but for its texts, then of each text's
    /// language and bytes with their lengths (a text is most of an entry: escaping it for JSON
    /// only to hash it would cost more than the hash).
    pub fn digest(&self) -> u64 {
        use std::io::Write;
        let head = (
            &self.what,
            &self.id,
            &self.titles,
            &self.kind,
            &self.fora,
            &self.themes,
            &self.langs,
            &self.date,
            &self.access,
        );
        let mut hash = Digest::default();
        serde_json::to_writer(&mut hash, &head).expect("hashing never fails");
        for (lang, text) in &self.texts {
            for part in [lang, text] {
                let _ = hash.write_all(&(part.len() as u64).to_le_bytes());
                let _ = hash.write_all(part.as_bytes());
            }
        }
        hash.finish()
    }

    /// The entry of a record of a declared kind, from what its declaration gives.
    pub fn of(what: What, e: SearchEntry) -> Entry {
        Entry {
            what,
            id: e.id,
            titles: e.titles,
            texts: e.texts,
            kind: e.kind,
            fora: e.fora,
            themes: e.themes,
            langs: e.langs,
            date: e.date,
            access: match e.visibility {
                Visibility::Public => EntryAccess::Public,
                Visibility::Participants { forum, public_from } => EntryAccess::Participants {
                    forum: forum.to_string(),
                    public_from: public_from.map(day_key),
                },
                Visibility::Confidential => EntryAccess::Confidential,
            },
        }
    }

    /// The entry of a document, with the extracted text of its versions as `(lang, text)`.
    pub fn document(d: &Document, texts: Vec<(String, String)>) -> Entry {
        Entry::of(What::DOCUMENT, DocumentKind::entry(d, texts))
    }

    /// The entry of a forum (see [`ForumKind::entry`]).
    pub fn forum(f: &Forum) -> Entry {
        Entry::of(What::FORUM, ForumKind::entry(f))
    }
}

pub fn key(what: &What, id: &str) -> String {
    format!("{}:{id}", what.as_str())
}

/// FNV-1a, 64 bits: a stable hash (std's hasher may change between releases).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A stable 64-bit hash of everything written to it, however the writes cut it: eight bytes
/// at a time (FNV-1a goes one byte at a time, and an entry's JSON holds its whole text), each
/// word mixed in by a multiplication and a rotation, the length and a final avalanche at the end.
#[derive(Default)]
struct Digest {
    h: u64,
    /// Bytes written that do not make a whole word yet.
    tail: [u8; 8],
    pending: usize,
    len: u64,
}

impl Digest {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    fn word(&mut self, w: u64) {
        self.h = (self.h ^ w).wrapping_mul(Self::K).rotate_left(29);
    }

    fn finish(mut self) -> u64 {
        let mut last = [0u8; 8];
        last[..self.pending].copy_from_slice(&self.tail[..self.pending]);
        self.word(u64::from_le_bytes(last));
        self.word(self.len);
        // The finaliser of MurmurHash3: every bit of the state reaches every bit of the result.
        let mut h = self.h;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

impl std::io::Write for Digest {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.len += bytes.len() as u64;
        let mut rest = bytes;
        if self.pending > 0 {
            let take = (8 - self.pending).min(rest.len());
            self.tail[self.pending..self.pending + take].copy_from_slice(&rest[..take]);
            self.pending += take;
            rest = &rest[take..];
            if self.pending < 8 {
                return Ok(bytes.len());
            }
            self.word(u64::from_le_bytes(self.tail));
            self.pending = 0;
        }
        let mut words = rest.chunks_exact(8);
        for w in &mut words {
            self.word(u64::from_le_bytes(w.try_into().expect("eight bytes")));
        }
        let left = words.remainder();
        self.tail[..left.len()].copy_from_slice(left);
        self.pending = left.len();
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
    fn the_digest_changes_with_anything_indexed() {
        let entry = Entry {
            what: What::DOCUMENT,
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
        let mut seen = std::collections::HashSet::new();
        assert!(seen.insert(entry.digest()));
        assert_eq!(entry.clone().digest(), entry.digest());
        let changes: &[fn(&mut Entry)] = &[
            |e| e.what = What::FORUM,
            |e| e.id.push('x'),
            |e| e.titles[0].1.push('x'),
            |e| e.titles[0].0 = "en".into(),
            |e| e.texts[0].1.push('x'),
            |e| e.texts[0].1 = e.texts[0].1.replacen("Texte", "Text", 1),
            |e| e.texts[0].0 = "en".into(),
            |e| e.texts.push(("en".into(), String::new())),
            // The same bytes cut between language and text elsewhere.
            |e| e.texts = vec![("frT".into(), e.texts[0].1[1..].to_owned())],
            |e| e.texts.clear(),
            |e| e.kind = None,
            |e| e.fora.push("colombo".into()),
            |e| e.themes.push("labour".into()),
            |e| e.langs.clear(),
            |e| e.date = Some("2009-12".into()),
            |e| e.access = EntryAccess::Confidential,
            |e| {
                e.access = EntryAccess::Participants {
                    forum: "gfmd".into(),
                    public_from: Some(20_300_101),
                }
            },
        ];
        for (i, change) in changes.iter().enumerate() {
            let mut changed = entry.clone();
            change(&mut changed);
            assert!(seen.insert(changed.digest()), "change {i}");
        }
    }

    fn digest_of(pieces: &[&[u8]]) -> u64 {
        use std::io::Write;
        let mut d = Digest::default();
        for p in pieces {
            d.write_all(p).unwrap();
        }
        d.finish()
    }

    #[test]
    fn the_hash_is_the_same_however_the_bytes_are_cut_and_changes_with_any_byte() {
        let bytes: Vec<u8> = "{\"id\":\"doc-1\",\"title\":\"Déclaration « finale »\",移民}"
            .repeat(3)
            .into_bytes();
        let whole = digest_of(&[&bytes]);
        for size in 1..=17 {
            let pieces: Vec<&[u8]> = bytes.chunks(size).collect();
            assert_eq!(digest_of(&pieces), whole, "pieces of {size}");
        }
        for at in 0..bytes.len() {
            assert_eq!(
                digest_of(&[&bytes[..at], &bytes[at..]]),
                whole,
                "cut at {at}"
            );
        }
        let mut seen = std::collections::HashSet::new();
        for at in 0..bytes.len() {
            for bit in [0x01u8, 0x20, 0x80] {
                let mut changed = bytes.clone();
                changed[at] ^= bit;
                assert!(
                    seen.insert(digest_of(&[&changed])),
                    "byte {at}, bit {bit:#x}"
                );
            }
        }
        assert!(seen.insert(digest_of(&[&bytes[..bytes.len() - 1]])));
        assert!(seen.insert(digest_of(&[&bytes, b" "])));
        assert!(seen.insert(digest_of(&[b"\0"])));
        assert!(seen.insert(digest_of(&[b""])));
        assert!(!seen.contains(&whole));
        // A pinned value: a change of the hash must come with a new index schema version
        // (indexes made before are rebuilt, not reported as differing from the store).
        assert_eq!(
            (crate::SCHEMA_VERSION, digest_of(&[b"agora"])),
            (3, 11_571_454_521_878_921_951)
        );
    }
}
