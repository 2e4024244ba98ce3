//! Agora's storage seam: the [`Store`] trait every caller uses, the data directory, and the
//! SQLite implementation. A PostgreSQL implementation sits beside SQLite behind the same trait;
//! [`open`] picks the backend from the URL and refuses anything else.
//!
//! [`Store`] is the traits of the store's aggregates together, one trait each: the registry
//! ([`RegistryStore`]), accounts ([`AccountStore`]), contributions ([`ContributionStore`]), the
//! library ([`DocumentStore`]), calls for practices and their peer review ([`PracticeStore`]),
//! assessments of fora ([`AssessmentStore`]) and the change log ([`ChangeLogStore`]).
//!
//! Every write appends to the change log in the same transaction as the records it changes.

use std::path::{Path, PathBuf};
use std::sync::Arc;

mod accounts;
mod assessments;
pub mod backup;
mod blobs;
mod changelog;
mod contributions;
mod cycles;
mod documents;
mod error;
mod feeds;
mod migrations;
mod postgres;
mod practices;
mod registry;
mod related;
mod releases;
mod sql;
mod sqlite;
#[doc(hidden)]
pub mod testing;

pub use accounts::{
    AUDIT_CLIENTS_PER_WINDOW, AUDIT_FIELD_CHARS, AUDIT_WINDOW_MINUTES, AccountStore, ApiToken,
    AuditEntry, AuditEvent, AuditFilter, DEVICES_PER_ACCOUNT,
};
pub use assessments::{
    AssessmentStore, NewAssessment, Step, StoredAssessment, StoredCode, StoredInterview,
    StoredResearcher, StoredStep,
};
pub use blobs::{Blobs, ByteStream, DirBlobs, OpenBlob, sha256_hex};
pub use changelog::{Change, ChangeLogStore, PoolUse, Version};
pub use contributions::{Actor, ContributionFilter, ContributionStore, NewContribution};
pub use cycles::{CycleStore, NewCycle, NewReport, StoredCycle, StoredReport};
pub use documents::{DocumentStore, Written};
pub use error::StoreError;
pub use feeds::{FeedStore, SAVED_SEARCHES_PER_ACCOUNT, SavedSearch};
pub use postgres::{PostgresStore, redact};
pub use practices::{
    Decided, NewCall, NewSubmission, PracticeStore, StoredCall, StoredEvent, StoredOverride,
    StoredReview, StoredReviewer, StoredSubmission,
};
pub use registry::{ImportSummary, MembershipFilter, Progress, RegistryStore};
pub use related::RelatedStore;
pub use releases::{ReleaseStore, StoredRelease};
pub use sqlite::SqliteStore;

/// The whole store, as every caller holds it (`Arc<dyn Store>`): the traits of its aggregates
/// together. A backend is a `Store` by implementing each of them.
pub trait Store:
    RegistryStore
    + AccountStore
    + ContributionStore
    + DocumentStore
    + ReleaseStore
    + FeedStore
    + CycleStore
    + PracticeStore
    + AssessmentStore
    + RelatedStore
    + ChangeLogStore
    + Send
    + Sync
{
}

impl<T> Store for T where
    T: RegistryStore
        + AccountStore
        + ContributionStore
        + DocumentStore
        + ReleaseStore
        + FeedStore
        + CycleStore
        + PracticeStore
        + AssessmentStore
        + RelatedStore
        + ChangeLogStore
        + Send
        + Sync
{
}

/// The data directory: `agora.db`, and later `index/`, `blobs/` and `backups/`.
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> DataDir {
        DataDir { root: root.into() }
    }
    pub fn root(&self) -> &Path {
        &self.root
    }
    pub fn database_path(&self) -> PathBuf {
        self.root.join("agora.db")
    }
    /// The search index (derived from the store; rebuilt by `agora reindex`).
    pub fn index_dir(&self) -> PathBuf {
        self.root.join("index")
    }
    /// The directory's own blob store (`blobs/`: files of documents, by SHA-256). An
    /// installation's blobs are where [`DataDir::blobs_of`] says.
    pub fn blobs(&self) -> Blobs {
        Blobs::in_dir(self.root.join("blobs"))
    }
    /// The blob store of an installation with this data directory and this store: the
    /// database's when the store shares one among nodes (PostgreSQL), else `blobs/` here.
    pub fn blobs_of(&self, store: &dyn Store) -> Blobs {
        store.shared_blobs().unwrap_or_else(|| self.blobs())
    }
    /// Whether an Agora database exists here.
    pub fn exists(&self) -> bool {
        self.database_path().is_file()
    }
    /// Create the directory and its sub-directories.
    pub fn create(&self) -> Result<(), StoreError> {
        for sub in ["", "index", "blobs", "backups"] {
            std::fs::create_dir_all(self.root.join(sub))?;
        }
        Ok(())
    }
}

/// How to open the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the database if it does not exist (`agora init`, `agora serve`).
    CreateIfMissing,
    /// Refuse if it does not exist (every other command), so a typo never creates a database.
    MustExist,
}

/// Open the store: `database_url` when given (only `sqlite:` and `postgres://` are accepted;
/// the backend is chosen from the scheme), else the SQLite database of the data directory.
/// Migrations run on open. PostgreSQL databases must exist already: none is ever created.
pub async fn open(
    data_dir: &DataDir,
    database_url: Option<&str>,
    mode: OpenMode,
) -> Result<Arc<dyn Store>, StoreError> {
    match database_url {
        None => {
            if mode == OpenMode::MustExist && !data_dir.exists() {
                return Err(StoreError::Unavailable(format!(
                    "no Agora data in {}: run `agora init --data-dir {}` first",
                    data_dir.root().display(),
                    data_dir.root().display()
                )));
            }
            data_dir.create()?;
            Ok(Arc::new(
                SqliteStore::open(&data_dir.database_path(), true).await?,
            ))
        }
        Some(url) if url.starts_with("sqlite:") => {
            let path = url
                .trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:");
            let path = Path::new(path);
            if mode == OpenMode::MustExist && !path.is_file() {
                return Err(StoreError::Unavailable(format!(
                    "no SQLite database at {}",
                    path.display()
                )));
            }
            Ok(Arc::new(SqliteStore::open(path, true).await?))
        }
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            // Records and the change log live in the database; the data directory still holds
            // the node's own files (search index, later).
            data_dir.create()?;
            Ok(Arc::new(PostgresStore::open(url).await?))
        }
        Some(url) => Err(StoreError::UnsupportedUrl(redact(url))),
    }
}
