//! The registry: areas, organisations, themes, fora and memberships, imported as a whole
//! dataset and read back.

use std::collections::BTreeMap;

use agora_core::{Catalogue, Dataset, Day, ForumId, Member, Membership, Role};

use crate::StoreError;

/// What an import did, counted per kind of record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: BTreeMap<&'static str, usize>,
    pub updated: BTreeMap<&'static str, usize>,
    pub removed: BTreeMap<&'static str, usize>,
    pub unchanged: usize,
}

impl ImportSummary {
    pub fn changed(&self) -> usize {
        self.created.values().sum::<usize>()
            + self.updated.values().sum::<usize>()
            + self.removed.values().sum::<usize>()
    }
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

/// Progress of a long write, reported as records are written.
pub type Progress<'a> = &'a (dyn Fn(usize) + Send + Sync);

/// The registry's records: what exists, a snapshot of it all, a dataset imported at once.
#[async_trait::async_trait]
pub trait RegistryStore: Send + Sync {
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

    /// Like [`RegistryStore::import`], and in the same transaction remove the memberships named
    /// (each removal logged as a deletion from `origin`; an id that is not stored is skipped).
    async fn import_removing(
        &self,
        dataset: &Dataset,
        remove: &[agora_core::MembershipId],
        origin: &str,
        progress: Progress<'_>,
    ) -> Result<ImportSummary, StoreError>;

    /// For every record the change log names, the origin of its latest entry and whether that
    /// entry removed it, keyed by (entity, id): who last changed what.
    async fn latest_origins(
        &self,
    ) -> Result<std::collections::HashMap<(String, String), (String, bool)>, StoreError>;

    /// Memberships matching a filter, sorted by id.
    async fn memberships(&self, filter: &MembershipFilter) -> Result<Vec<Membership>, StoreError>;

    /// The stored body of a record in a kind's table (see `agora_core::kind`).
    async fn record_body(
        &self,
        table: agora_core::kind::Table,
        id: &str,
    ) -> Result<Option<String>, StoreError>;

    /// Every record in a kind's table, (id, body) by id.
    async fn record_bodies(
        &self,
        table: agora_core::kind::Table,
    ) -> Result<Vec<(String, String)>, StoreError>;

    /// Write checked records of a declared kind, `(id, canonical body)`, as they are (a
    /// built-in set): in one transaction, each new or changed one is written through the kind's
    /// generic path and logged from `origin`; the others are left alone. How many were written.
    async fn write_records(
        &self,
        kind: &dyn agora_core::kind::RecordKind,
        records: &[(String, String)],
        origin: &str,
    ) -> Result<usize, StoreError>;
}
