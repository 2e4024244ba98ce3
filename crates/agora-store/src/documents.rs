//! The library: documents with their files (blobs, by SHA-256) and the text extracted from
//! each version.

use std::collections::BTreeMap;

use agora_core::Lang;
use agora_core::document::Document;

use crate::StoreError;

/// What a write did to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    Updated,
    Unchanged,
}

/// Documents, their files and texts.
#[async_trait::async_trait]
pub trait DocumentStore: Send + Sync {
    /// Create or update a document and the text of each version, in one transaction, with a
    /// change-log entry (scope `document:ID`) when anything changed; false if it was stored
    /// exactly like this already. The blobs its files name must be in the blob store first.
    async fn put_document(
        &self,
        d: &Document,
        texts: &[(Lang, String)],
        origin: &str,
    ) -> Result<bool, StoreError> {
        let written = self
            .put_documents(&[(d.clone(), texts.to_vec())], origin)
            .await?;
        Ok(written.first().is_some_and(|w| *w != Written::Unchanged))
    }

    /// [`DocumentStore::put_document`] for many documents in one transaction: all are written
    /// or none. Returns what became of each.
    async fn put_documents(
        &self,
        batch: &[(Document, Vec<(Lang, String)>)],
        origin: &str,
    ) -> Result<Vec<Written>, StoreError>;

    /// Of `sha256s`, those a document holds, with (one of) the documents holding each.
    async fn documents_holding(
        &self,
        sha256s: &[String],
    ) -> Result<BTreeMap<String, String>, StoreError>;

    async fn document(&self, id: &str) -> Result<Option<Document>, StoreError>;

    /// Every document, by id.
    async fn documents(&self) -> Result<Vec<Document>, StoreError>;

    /// The extracted text of a document's version.
    async fn document_text(&self, id: &str, lang: &str) -> Result<Option<String>, StoreError>;

    /// Documents with the text of each version as `(lang, text)`, for those of `ids` that exist
    /// (in two queries per 500 ids: for indexing many at once).
    async fn documents_with_texts(
        &self,
        ids: &[String],
    ) -> Result<Vec<(Document, Vec<(String, String)>)>, StoreError>;

    /// The documents holding a blob (identical files are recognised by it).
    async fn documents_with_blob(&self, sha256: &str) -> Result<Vec<String>, StoreError>;

    /// Participants-only documents whose embargo day has come (on or before `today`) become
    /// public by themselves; this logs each such change once (origin `embargo:DAY`), in one
    /// transaction. The ids logged now.
    async fn release_embargoes(&self, today: agora_core::Day) -> Result<Vec<String>, StoreError>;

    /// Every blob some document, document contribution or release holds, sorted.
    async fn held_blobs(&self) -> Result<Vec<String>, StoreError>;

    /// Note, before its file is stored, that an upload is under way: until the note goes, the
    /// file (if it was stored) is no orphan, so a crash between the file and its contribution
    /// leaves nothing `agora check` reports. A noted file need not exist.
    async fn note_upload(&self, sha256: &str) -> Result<(), StoreError>;

    /// The files of uploads under way (or abandoned less than a day ago), sorted.
    async fn noted_uploads(&self) -> Result<Vec<String>, StoreError>;

    /// The upload's contribution holds its file now: the note goes.
    async fn upload_done(&self, sha256: &str) -> Result<(), StoreError>;

    /// Remove the notes made before `before` (RFC 3339, as `agora_core::time` writes it): the
    /// uploads of a crashed or failed request. Their files.
    async fn sweep_upload_notes(&self, before: &str) -> Result<Vec<String>, StoreError>;
}
