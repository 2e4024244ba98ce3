//! Releases of the open data: written once, never changed, listed newest first. What a release
//! holds (its files, by SHA-256 in the blob store; what changed since the one before) is the
//! application layer's JSON, kept whole in `body`.

use crate::StoreError;

/// One release as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRelease {
    pub name: String,
    pub made_at: String,
    /// The change-log position it stands for.
    pub seq: i64,
    pub body: String,
}

#[async_trait::async_trait]
pub trait ReleaseStore: Send + Sync {
    /// Keep a release; false (and nothing written) if one of that name exists.
    async fn add_release(&self, release: &StoredRelease) -> Result<bool, StoreError>;

    /// Every release, newest first.
    async fn releases(&self) -> Result<Vec<StoredRelease>, StoreError>;

    /// A release by its name.
    async fn release(&self, name: &str) -> Result<Option<StoredRelease>, StoreError>;
}
