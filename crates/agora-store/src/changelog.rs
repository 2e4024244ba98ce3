//! The change log: every write appends to it in the transaction of the records it changes;
//! caches follow it, and the public history of a record is read from it.

use crate::StoreError;

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

/// One version of a record in its public history: the change-log entry, the record's body
/// after it (None for a delete, or for changes logged before versions were kept) and the role
/// under which it was made (None for imports).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub change: Change,
    pub body: Option<String>,
    pub role: Option<String>,
}

/// The change log, and what is known of the store as a whole: its backend, its writes, its
/// health.
/// A connection pool's use (see [`ChangeLogStore::pool_use`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolUse {
    pub open: u32,
    pub idle: u32,
    pub max: u32,
}

#[async_trait::async_trait]
pub trait ChangeLogStore: Send + Sync {
    /// "sqlite" or "postgres".
    fn backend(&self) -> &'static str;

    /// A counter of the writes this process has committed through this store. Caches compare
    /// it (free) before asking the database for [`ChangeLogStore::latest_change`] (a query), so
    /// a write made here is seen by the very next read here.
    fn generation(&self) -> u64;

    /// The blob store every node shares through this store (PostgreSQL's tables), if any.
    fn shared_blobs(&self) -> Option<crate::Blobs>;

    /// The connection pool now: connections open, of them idle, and the most it opens.
    fn pool_use(&self) -> PoolUse;

    /// Change-log entries after `after`, oldest first, at most `limit`.
    async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>, StoreError>;

    /// The sequence number of the latest change-log entry (0 when empty). Caches compare it to
    /// know whether they are current.
    async fn latest_change(&self) -> Result<i64, StoreError>;

    /// What the public sees, as of now, in one query: the latest change-log position and the
    /// count of public writes that leave no change-log entry (a published assessment, an
    /// opened call). Shared by every node (and every process) of an installation: a response
    /// cached under both is current while neither moves.
    async fn data_version(&self) -> Result<(i64, i64), StoreError>;

    /// The latest change-log entries before `before` (the newest when None), newest first, at
    /// most `limit`: every kind of record. Who may see which is the policy's to say
    /// (`agora_app::changes::latest`).
    async fn recent_changes(
        &self,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<Change>, StoreError>;

    /// The latest versions before `before` (the newest when None), newest first, at most
    /// `limit`, each with the body it left (the feeds word changes from them; who may see which
    /// is the policy's to say).
    async fn recent_versions(
        &self,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<Version>, StoreError>;

    /// The version of a record just before the change `seq` (what a change changed).
    async fn version_before(
        &self,
        entity: &str,
        id: &str,
        seq: i64,
    ) -> Result<Option<Version>, StoreError>;

    /// For every record of a kind the change log names: how many entries it has and the time of
    /// its latest, by id (a calendar's SEQUENCE and DTSTAMP).
    async fn change_counts(
        &self,
        entity: &str,
    ) -> Result<std::collections::HashMap<String, (i64, String)>, StoreError>;

    /// The versions of the records under a scope (a forum and its memberships), newest first.
    async fn history(&self, scope: &str, limit: i64) -> Result<Vec<Version>, StoreError>;

    /// Problems of the stored data that the database itself can see: its own integrity check,
    /// foreign keys, records whose derived columns disagree with their body.
    async fn integrity_problems(&self) -> Result<Vec<String>, StoreError>;
}
