//! The tantivy index: its schema, writing entries with the change-log position they reflect
//! (one commit holds both), and reading.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};

use serde::{Deserialize, Serialize};
use tantivy::collector::Count;
use tantivy::query::AllQuery;
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions, Value,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::SearchError;
use crate::analyzers::{FIELD_LANGS, field_lang, tokenizer_name};
use crate::entry::{Entry, EntryAccess, fnv1a};

/// Bumped whenever the schema or the analyzers change: an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 3;

/// What one commit says about itself.
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    schema: u32,
    /// The change-log position the index reflects.
    seq: i64,
}

/// The fields, looked up once.
#[derive(Clone)]
pub(crate) struct Fields {
    pub key: Field,
    pub what: Field,
    pub ord: Field,
    pub digest: Field,
    pub date: Field,
    pub year: Field,
    pub access: Field,
    pub public_from: Field,
    pub facet: Field,
    pub entry: Field,
    /// (field language, title field, body field)
    pub text: Vec<(&'static str, Field, Field)>,
}

pub(crate) fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING | STORED);
    let what = b.add_text_field("what", STRING);
    let ord = b.add_u64_field("ord", FAST);
    let digest = b.add_u64_field("digest", FAST);
    let date = b.add_i64_field("date", FAST);
    let year = b.add_i64_field("year", INDEXED | FAST);
    let access = b.add_text_field("access", STRING);
    let public_from = b.add_i64_field("public_from", INDEXED | FAST);
    let facet = b.add_facet_field("facet", FacetOptions::default());
    let entry = b.add_text_field("entry", STORED);
    let mut text = Vec::new();
    for lang in FIELD_LANGS {
        let options = TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&tokenizer_name(lang))
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
            .set_stored();
        let title = b.add_text_field(&format!("title_{lang}"), options.clone());
        let body = b.add_text_field(&format!("body_{lang}"), options);
        text.push((lang, title, body));
    }
    let fields = Fields {
        key,
        what,
        ord,
        digest,
        date,
        year,
        access,
        public_from,
        facet,
        entry,
        text,
    };
    (b.build(), fields)
}

/// The access term of an entry.
pub(crate) fn access_term(access: &EntryAccess) -> String {
    match access {
        EntryAccess::Public => "public".into(),
        EntryAccess::Participants { forum, .. } => format!("participants:{forum}"),
        EntryAccess::Confidential => "confidential".into(),
    }
}

pub(crate) fn facet(dimension: &str, value: &str) -> Facet {
    Facet::from_path([dimension, value])
}

/// One change to the index.
#[derive(Debug, Clone)]
pub enum Update {
    Put(Box<Entry>),
    Delete(String),
}

pub struct SearchIndex {
    dir: PathBuf,
    pub(crate) index: Index,
    pub(crate) reader: IndexReader,
    pub(crate) fields: Fields,
    writer: Mutex<Option<IndexWriter>>,
    seq: AtomicI64,
    /// What each viewer may see, for scoring (see `visible.rs`).
    pub(crate) views: crate::visible::Views,
    pub(crate) totals: crate::visible::SegmentTotals,
    /// Change-log entries applied at most between two commits when catching up.
    commit_every: usize,
    /// Its analyzers, and what they share.
    pub(crate) analyzers: crate::analyzers::Analyzers,
}

fn payload_of(index: &Index) -> Result<Option<Payload>, SearchError> {
    let metas = index.load_metas()?;
    Ok(metas
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str(p).ok()))
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it if absent. An index made by another version of the
    /// schema is emptied (it is derived data; the caller catches up from the store).
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema();
        std::fs::create_dir_all(dir).map_err(|e| SearchError::Io(dir.to_owned(), e))?;
        let exists = dir.join("meta.json").exists();
        let index = if exists {
            let index = Index::open_in_dir(dir)?;
            let current = payload_of(&index)?.is_some_and(|p| p.schema == SCHEMA_VERSION);
            if index.schema() == schema && current {
                index
            } else {
                drop(index);
                clear_dir(dir)?;
                Index::create_in_dir(dir, schema)?
            }
        } else {
            Index::create_in_dir(dir, schema)?
        };
        let analyzers = crate::analyzers::Analyzers::default();
        analyzers.register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let seq = payload_of(&index)?.map_or(0, |p| p.seq);
        Ok(SearchIndex {
            dir: dir.to_owned(),
            index,
            reader,
            fields,
            writer: Mutex::new(None),
            seq: AtomicI64::new(seq),
            views: Default::default(),
            totals: Default::default(),
            commit_every: crate::follow::COMMIT_EVERY,
            analyzers,
        })
    }

    /// Commit at most every `n` change-log entries when catching up (at least 1): fewer,
    /// larger segments index faster; more commits lose less to a crash.
    pub fn with_commit_every(mut self, n: usize) -> SearchIndex {
        self.commit_every = n.max(1);
        self
    }

    /// See [`SearchIndex::with_commit_every`].
    pub fn commit_every(&self) -> usize {
        self.commit_every
    }

    /// The change-log position the committed index reflects.
    pub fn seq(&self) -> i64 {
        self.seq.load(Ordering::Acquire)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Runs `f` with the one writer, taking it on first use (a second process gets
    /// [`SearchError::Busy`]).
    fn with_writer<T>(
        &self,
        f: impl FnOnce(&mut IndexWriter, &Fields) -> Result<T, SearchError>,
    ) -> Result<T, SearchError> {
        let mut slot = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            let writer =
                self.index
                    .writer_with_num_threads(2, 96_000_000)
                    .map_err(|e| match e {
                        tantivy::TantivyError::LockFailure(..) => {
                            SearchError::Busy(self.dir.clone())
                        }
                        other => SearchError::Index(other),
                    })?;
            *slot = Some(writer);
        }
        let writer = slot.as_mut().expect("the writer was just set");
        match f(writer, &self.fields) {
            Ok(v) => Ok(v),
            Err(e) => {
                // Whatever was added since the last commit is dropped with the failed writer.
                *slot = None;
                Err(e)
            }
        }
    }

    /// Whether this process can write the index (no other process holds it).
    pub fn claim(&self) -> Result<(), SearchError> {
        self.with_writer(|_, _| Ok(()))
    }

    /// Applies `updates` and commits them together with `seq`, then reloads the reader.
    /// With `reset`, everything indexed before is dropped in the same commit.
    pub fn apply(&self, updates: &[Update], seq: i64, reset: bool) -> Result<(), SearchError> {
        self.with_writer(|writer, f| {
            if reset {
                writer.delete_all_documents()?;
            }
            write(writer, f, updates)
        })?;
        self.commit(seq)
    }

    /// Applies `updates` without committing: they become visible, and durable, with the next
    /// [`SearchIndex::commit`] (a crash before it loses them, and the position stays behind).
    pub fn write(&self, updates: &[Update]) -> Result<(), SearchError> {
        self.with_writer(|writer, f| write(writer, f, updates))
    }

    /// Commits what was written, with the change-log position it reaches, and reloads the reader.
    pub fn commit(&self, seq: i64) -> Result<(), SearchError> {
        self.with_writer(|writer, _| {
            let payload = serde_json::to_string(&Payload {
                schema: SCHEMA_VERSION,
                seq,
            })
            .expect("a payload serialises");
            let mut prepared = writer.prepare_commit()?;
            prepared.set_payload(&payload);
            prepared.commit()?;
            Ok(())
        })?;
        self.reader.reload()?;
        self.seq.store(seq, Ordering::Release);
        Ok(())
    }

    /// Adds entries without committing (a rebuild in parts); [`SearchIndex::apply`] commits.
    pub fn stage(&self, entries: &[Entry], reset_first: bool) -> Result<(), SearchError> {
        self.with_writer(|writer, f| {
            if reset_first {
                writer.delete_all_documents()?;
            }
            for entry in entries {
                let key = entry.key();
                writer.delete_term(Term::from_field_text(f.key, &key));
                writer.add_document(to_document(f, entry, &key))?;
            }
            Ok(())
        })
    }

    /// Every indexed key with its digest (for `agora check`).
    pub fn digests(&self) -> Result<std::collections::BTreeMap<String, u64>, SearchError> {
        let searcher = self.reader.searcher();
        let mut out = std::collections::BTreeMap::new();
        for segment in searcher.segment_readers() {
            let store = segment
                .get_store_reader(64)
                .map_err(|e| SearchError::Io(self.dir.clone(), e))?;
            let digests = segment.fast_fields().u64("digest")?;
            for doc in segment.doc_ids_alive() {
                let d: TantivyDocument = store.get(doc)?;
                let key = d
                    .get_first(self.fields.key)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned();
                out.insert(key, digests.first(doc).unwrap_or(0));
            }
        }
        Ok(out)
    }

    /// How many entries are indexed.
    pub fn len(&self) -> Result<usize, SearchError> {
        Ok(self.reader.searcher().search(&AllQuery, &Count)?)
    }

    pub fn is_empty(&self) -> Result<bool, SearchError> {
        Ok(self.len()? == 0)
    }

    /// The bytes the index takes on disk.
    pub fn size_on_disk(&self) -> u64 {
        std::fs::read_dir(&self.dir)
            .map(|it| {
                it.filter_map(|e| e.ok()?.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }
}

fn write(writer: &mut IndexWriter, f: &Fields, updates: &[Update]) -> Result<(), SearchError> {
    for update in updates {
        match update {
            Update::Put(entry) => {
                let key = entry.key();
                writer.delete_term(Term::from_field_text(f.key, &key));
                writer.add_document(to_document(f, entry, &key))?;
            }
            Update::Delete(key) => {
                writer.delete_term(Term::from_field_text(f.key, key));
            }
        }
    }
    Ok(())
}

fn clear_dir(dir: &Path) -> Result<(), SearchError> {
    let io = |e| SearchError::Io(dir.to_owned(), e);
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path).map_err(io)?;
        } else {
            std::fs::remove_file(&path).map_err(io)?;
        }
    }
    Ok(())
}

fn to_document(f: &Fields, entry: &Entry, key: &str) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.key, key);
    doc.add_text(f.what, entry.what.as_str());
    doc.add_u64(f.ord, fnv1a(key.as_bytes()));
    doc.add_u64(f.digest, entry.digest());
    doc.add_i64(f.date, entry.date_key().unwrap_or(0));
    if let Some(year) = entry.year() {
        doc.add_i64(f.year, i64::from(year));
        doc.add_facet(f.facet, facet("year", &year.to_string()));
    }
    doc.add_text(f.access, access_term(&entry.access));
    let public_from = match &entry.access {
        EntryAccess::Participants {
            public_from: Some(day),
            ..
        } => *day,
        _ => i64::MAX,
    };
    doc.add_i64(f.public_from, public_from);
    doc.add_facet(f.facet, facet("what", entry.what.as_str()));
    if let Some(kind) = &entry.kind {
        doc.add_facet(f.facet, facet("kind", kind));
    }
    for forum in &entry.fora {
        doc.add_facet(f.facet, facet("forum", forum));
    }
    for theme in &entry.themes {
        doc.add_facet(f.facet, facet("theme", theme));
    }
    for lang in &entry.langs {
        doc.add_facet(f.facet, facet("lang", lang));
    }
    doc.add_text(
        f.entry,
        serde_json::to_string(&crate::query::Shown::of(entry)).expect("an entry serialises"),
    );
    let field_of = |lang: &str| {
        let l = field_lang(lang);
        f.text
            .iter()
            .find(|(fl, _, _)| *fl == l)
            .map(|(_, t, b)| (*t, *b))
            .expect("every field language has fields")
    };
    for (lang, title) in &entry.titles {
        doc.add_text(field_of(lang).0, title);
    }
    for (lang, text) in &entry.texts {
        doc.add_text(field_of(lang).1, text);
    }
    doc
}
