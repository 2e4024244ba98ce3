//! Agora's storage seam: the [`Store`] trait every caller uses, the data directory, and the
//! SQLite implementation. A PostgreSQL implementation sits beside SQLite behind the same trait;
//! [`open`] picks the backend from the URL and refuses anything else.
//!
//! Every write appends to the change log in the same transaction as the records it changes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use agora_core::Lang;
use agora_core::account::{Account, Email};
use agora_core::contribution::{Contribution, Entity};
use agora_core::document::Document;
use agora_core::policy::{AccessRole, ContributionState, ContributorCap, Transition};
use agora_core::{Catalogue, Dataset, Day, ForumId, Member, Membership, Role};

mod blobs;
mod error;
mod postgres;
mod sql;
mod sqlite;
#[doc(hidden)]
pub mod testing;

pub use blobs::{Blobs, sha256_hex};
pub use error::StoreError;
pub use postgres::{PostgresStore, redact};
pub use sqlite::SqliteStore;

/// What an import did, counted per kind of record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: BTreeMap<&'static str, usize>,
    pub updated: BTreeMap<&'static str, usize>,
    pub unchanged: usize,
}

impl ImportSummary {
    pub fn changed(&self) -> usize {
        self.created.values().sum::<usize>() + self.updated.values().sum::<usize>()
    }
}

/// What a write did to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    Updated,
    Unchanged,
}

/// One entry of the change log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub entity: String,
    pub entity_id: String,
    pub op: String,
    pub at: String,
    pub origin: String,
}

/// Which memberships to list.
#[derive(Debug, Clone, Default)]
pub struct MembershipFilter {
    pub forum: Option<ForumId>,
    pub member: Option<Member>,
    pub role: Option<Role>,
    /// Only those active on this day, by the as-of rule.
    pub as_of: Option<Day>,
}

/// One event to append to the audit log. Fields are cut to a bounded length when stored
/// ([`AUDIT_FIELD_CHARS`]); refusals (an outcome starting with `refused`) are aggregated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditEvent<'a> {
    /// Who acted: `cli`, `account:ID`, `anonymous`, ...
    pub actor: &'a str,
    pub action: &'a str,
    pub target: &'a str,
    /// `ok`, or `refused: why`.
    pub outcome: &'a str,
    /// The client's address, when the event came over HTTP (else empty).
    pub client: &'a str,
}

impl AuditEvent<'_> {
    /// Refusals are aggregated: one row per actor, action, outcome and client in each window of
    /// [`AUDIT_WINDOW_MINUTES`], with a count.
    pub fn is_refusal(&self) -> bool {
        self.outcome.starts_with("refused")
    }
}

/// The most characters of each field of an audit event that are kept (an e-mail address has
/// at most 254); longer values are cut and marked with an ellipsis.
pub const AUDIT_FIELD_CHARS: usize = 254;
/// The most devices remembered per account (the latest ones).
pub const DEVICES_PER_ACCOUNT: i64 = 20;

/// The most client addresses with a row of their own for one kind of refusal in one window; the
/// refusals of further addresses share one row (client `*`).
pub const AUDIT_CLIENTS_PER_WINDOW: i64 = 20;

/// The window over which repeated refusals share one row.
pub const AUDIT_WINDOW_MINUTES: u32 = 15;

/// One entry of the audit log: an event, or refusals aggregated over a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    /// When it happened (for aggregated refusals: the first of them).
    pub at: String,
    /// Who acted: `cli`, `account:ID`, `anonymous`, ...
    pub actor: String,
    pub action: String,
    /// What it was about (for aggregated refusals: the first one's).
    pub target: String,
    /// `ok`, or `refused: why`.
    pub outcome: String,
    /// The client's address, or empty.
    pub client: String,
    /// How many events the entry stands for (1 unless refusals were aggregated).
    pub count: i64,
    /// The latest of them.
    pub last_at: String,
}

/// Which audit entries to list (newest first).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// This actor exactly (`account:7`, `anonymous`, `cli`).
    pub actor: Option<String>,
    /// This action exactly (`sign_in`, `contribution.publish`, ...).
    pub action: Option<String>,
    /// Only refusals (true) or only what went through (false).
    pub refused: Option<bool>,
    /// Text found in the target or the client's address (case-insensitive).
    pub text: Option<String>,
    /// Only entries older than this one (the cursor of the next page).
    pub before: Option<i64>,
}

/// One version of a record in its public history: the change-log entry, the record's body
/// after it (None for a delete, or for changes logged before versions were kept) and the role
/// under which it was made (None for imports).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub change: Change,
    pub body: Option<String>,
    pub role: Option<String>,
}

/// An API token as its owner sees it (the token itself is shown once, at creation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    /// What it may do with its account's roles.
    pub scopes: agora_core::policy::Scopes,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// A contribution to store: a draft (of the forum of the capability it is stored with).
#[derive(Debug, Clone)]
pub struct NewContribution {
    pub entity: Entity,
    pub entity_id: String,
    pub title: String,
    pub base: Option<String>,
    pub proposed: String,
    pub author_id: String,
    pub author_role: String,
    pub comment: String,
    /// For a document: the text extracted from its file, per language (written into the
    /// library with the document when it is published).
    pub texts: Vec<(agora_core::Lang, String)>,
}

/// Which contributions to list.
#[derive(Debug, Clone, Default)]
pub struct ContributionFilter {
    /// Only those changing records of these fora.
    pub fora: Option<Vec<ForumId>>,
    pub state: Option<ContributionState>,
    pub author_id: Option<String>,
}

/// Who takes a step and why.
#[derive(Debug, Clone)]
pub struct Actor {
    pub account_id: String,
    pub role: String,
    pub comment: String,
}

/// Progress of a long write, reported as records are written.
pub type Progress<'a> = &'a (dyn Fn(usize) + Send + Sync);

#[async_trait::async_trait]
pub trait Store: Send + Sync {
    /// "sqlite" or "postgres".
    fn backend(&self) -> &'static str;

    /// A counter of the writes this process has committed through this store. Caches compare
    /// it (free) before asking the database for [`Store::latest_change`] (a query), so a write
    /// made here is seen by the very next read here.
    fn generation(&self) -> u64;

    /// True when no forum, area or membership has been stored yet.
    async fn is_empty(&self) -> Result<bool, StoreError>;

    /// The ids that exist, for validating references before a write.
    async fn catalogue(&self) -> Result<Catalogue, StoreError>;

    /// Everything, every list sorted by id.
    async fn snapshot(&self) -> Result<Dataset, StoreError>;

    /// Create or update every record of a (validated) dataset by id, in one transaction, with a
    /// change-log entry for each record that changed. Unchanged records are not touched.
    async fn import(
        &self,
        dataset: &Dataset,
        origin: &str,
        progress: Progress<'_>,
    ) -> Result<ImportSummary, StoreError>;

    /// Memberships matching a filter, sorted by id.
    async fn memberships(&self, filter: &MembershipFilter) -> Result<Vec<Membership>, StoreError>;

    /// Change-log entries after `after`, oldest first, at most `limit`.
    async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>, StoreError>;

    /// The sequence number of the latest change-log entry (0 when empty). Caches compare it to
    /// know whether they are current.
    async fn latest_change(&self) -> Result<i64, StoreError>;

    /// The latest changes to registry records, newest first. Document changes are left out:
    /// documents may be restricted, so they are listed only where access is checked.
    async fn recent_changes(&self, limit: i64) -> Result<Vec<Change>, StoreError>;

    /// Create an account with roles and a one-time link (stored as the hash of its token) to set
    /// its password. A Conflict error if the e-mail is taken.
    async fn create_account(
        &self,
        email: &Email,
        roles: &[AccessRole],
        setup_token_hash: &str,
        setup_expires_at: &str,
    ) -> Result<Account, StoreError>;

    /// Every account, by e-mail.
    async fn accounts(&self) -> Result<Vec<Account>, StoreError>;

    async fn account_by_email(&self, email: &Email) -> Result<Option<Account>, StoreError>;

    /// Grant a role; false if the account had it already. NotFound if there is no such account.
    async fn grant_role(&self, email: &Email, role: &AccessRole) -> Result<bool, StoreError>;

    /// Revoke a role; false if the account did not have it.
    async fn revoke_role(&self, email: &Email, role: &AccessRole) -> Result<bool, StoreError>;

    /// Disable an account; false if it was disabled already.
    async fn disable_account(&self, email: &Email) -> Result<bool, StoreError>;

    /// A new one-time link to set the password of an existing account.
    async fn add_setup_token(
        &self,
        email: &Email,
        token_hash: &str,
        expires_at: &str,
    ) -> Result<(), StoreError>;

    /// The account a one-time link belongs to, if the link is unused, unexpired and the account
    /// enabled.
    async fn account_for_setup(&self, token_hash: &str) -> Result<Option<Account>, StoreError>;

    /// Set the password through a one-time link: in one transaction the link is used up, the
    /// hash stored, and every session and API token of the account ended. False if the link is not (or no
    /// longer) valid.
    async fn set_password_with_token(
        &self,
        token_hash: &str,
        password_hash: &str,
    ) -> Result<bool, StoreError>;

    /// An account and its password hash, for signing in. None if there is no such account.
    async fn credentials(
        &self,
        email: &Email,
    ) -> Result<Option<(Account, Option<String>)>, StoreError>;

    /// Start a session (stored as the hash of its id) with its synchronizer token.
    async fn create_session(
        &self,
        account_id: &str,
        id_hash: &str,
        csrf: &str,
        expires_at: &str,
    ) -> Result<(), StoreError>;

    /// The account and synchronizer token of a live session of an enabled account.
    async fn session(&self, id_hash: &str) -> Result<Option<(Account, String)>, StoreError>;

    /// End a session; false if there was none.
    async fn end_session(&self, id_hash: &str) -> Result<bool, StoreError>;

    /// Reserve one sign-in attempt under each key, by its rule, before the password is checked:
    /// all or none, in one transaction that holds each key's counter while it decides, so that
    /// parallel attempts are counted one after another. `now` is in seconds since the epoch.
    /// `Ok(Err(seconds))`: refused (nothing counted); try again in that many seconds.
    async fn reserve_sign_in(
        &self,
        keys: &[(String, agora_core::throttle::Rule)],
        now: i64,
    ) -> Result<Result<(), u64>, StoreError>;

    /// Give back the attempts reserved under these keys (the password was right).
    async fn release_sign_in(&self, keys: &[String]) -> Result<(), StoreError>;

    /// Remember a device (the hash of its cookie's id) as one that signed in to an account; an
    /// account keeps its latest [`DEVICES_PER_ACCOUNT`]. A password change forgets them all.
    async fn trust_device(
        &self,
        account_id: &str,
        id_hash: &str,
        expires_at: &str,
    ) -> Result<(), StoreError>;

    /// The account a device signed in to, if it is remembered and unexpired.
    async fn trusted_device(&self, id_hash: &str) -> Result<Option<String>, StoreError>;

    /// Forget sign-in counters last used before `before` (seconds since the epoch), and
    /// expired devices. How many rows went.
    async fn forget_stale_sign_ins(&self, before: i64) -> Result<u64, StoreError>;

    /// A secret of the installation under `name`, the same for every node: stored as `fresh`
    /// the first time it is asked for, and read back ever after.
    async fn secret(&self, name: &str, fresh: &str) -> Result<String, StoreError>;

    /// Append to the audit log: an event gets a row; a refusal adds one to the count of its
    /// window's row (one per actor, action, outcome and client), so floods stay small.
    async fn audit(&self, event: AuditEvent<'_>) -> Result<(), StoreError>;

    /// Audit entries matching a filter, newest first, at most `limit`.
    async fn audit_log(
        &self,
        filter: &AuditFilter,
        limit: i64,
    ) -> Result<Vec<AuditEntry>, StoreError>;

    /// An account by its id.
    async fn account_by_id(&self, id: &str) -> Result<Option<Account>, StoreError>;

    /// Set an account's password, end every session of it but `keep` (a session id hash) and
    /// revoke every API token of it (a password change is when a leaked credential is cut off).
    async fn set_password(
        &self,
        account_id: &str,
        password_hash: &str,
        keep: Option<&str>,
    ) -> Result<(), StoreError>;

    /// Store a new API token (by the hash of its secret) with its scopes for an account; its id.
    async fn create_api_token(
        &self,
        account_id: &str,
        name: &str,
        token_hash: &str,
        scopes: agora_core::policy::Scopes,
    ) -> Result<i64, StoreError>;

    /// An account's API tokens, newest first.
    async fn api_tokens(&self, account_id: &str) -> Result<Vec<ApiToken>, StoreError>;

    /// Revoke one of an account's tokens; false if it has no such live token.
    async fn revoke_api_token(&self, account_id: &str, token_id: i64) -> Result<bool, StoreError>;

    /// The enabled account a live API token belongs to, and the token's scopes.
    async fn account_for_api_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<(Account, agora_core::policy::Scopes)>, StoreError>;

    /// The stored body of a forum or membership record.
    async fn record_body(&self, entity: Entity, id: &str) -> Result<Option<String>, StoreError>;

    /// The versions of the records under a scope (a forum and its memberships), newest first.
    async fn history(&self, scope: &str, limit: i64) -> Result<Vec<Version>, StoreError>;

    /// Store a draft contribution to the records of the capability's forum (with a `create`
    /// event); its id.
    async fn create_contribution(
        &self,
        cap: &ContributorCap,
        c: &NewContribution,
    ) -> Result<i64, StoreError>;

    /// A contribution with its events.
    async fn contribution(&self, id: i64) -> Result<Option<Contribution>, StoreError>;

    /// The texts a document contribution carries (language, text), by language.
    async fn contribution_texts(&self, id: i64) -> Result<Vec<(String, String)>, StoreError>;

    /// Contributions matching a filter (without events), newest first.
    async fn contributions(
        &self,
        filter: &ContributionFilter,
    ) -> Result<Vec<Contribution>, StoreError>;

    /// Replace a draft's (or a sent-back contribution's) proposal and base, logging `action`
    /// (`edit`, `rebase`). A Conflict error if it is no longer in `expected`; NotFound if it does
    /// not change the records of the capability's forum.
    #[allow(clippy::too_many_arguments)]
    async fn revise_contribution(
        &self,
        cap: &ContributorCap,
        id: i64,
        expected: ContributionState,
        base: Option<&str>,
        proposed: &str,
        action: &str,
        actor: &Actor,
    ) -> Result<(), StoreError>;

    /// Move a contribution as the policy allowed (a [`Transition`] only the policy makes),
    /// logging it. Publishing writes the proposal to the records and the change log in the same
    /// transaction, and is refused (Conflict, "stale") if the record is no longer the base;
    /// withdrawing restores the base (or removes a record the contribution created), refused
    /// if the record changed since it was published. A Conflict error if the contribution is
    /// no longer in the transition's `from` state.
    async fn step_contribution(
        &self,
        id: i64,
        transition: &Transition,
        actor: &Actor,
    ) -> Result<(), StoreError>;

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

    /// [`Store::put_document`] for many documents in one transaction: all are written or none.
    /// Returns what became of each.
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

    /// Every blob some document or document contribution holds, sorted.
    async fn held_blobs(&self) -> Result<Vec<String>, StoreError>;

    /// Problems of the stored data that the database itself can see: its own integrity check,
    /// foreign keys, records whose derived columns disagree with their body.
    async fn integrity_problems(&self) -> Result<Vec<String>, StoreError>;
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
    /// The blob store (files of documents, by SHA-256).
    pub fn blobs(&self) -> Blobs {
        Blobs::new(self.root.join("blobs"))
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
