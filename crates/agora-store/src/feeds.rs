//! A person's saved searches and the secret of their private feed's address: the searches they
//! follow, over what they may read, in one Atom feed at an address only they know (kept as the
//! SHA-256 of its secret), which they can end at any time.

use agora_core::account::{Account, AccountId};

use crate::StoreError;

/// A saved search: its name and its query string (as the search page takes it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedSearch {
    pub id: i64,
    pub name: String,
    pub query: String,
    pub created_at: String,
}

/// The most searches one person keeps.
pub const SAVED_SEARCHES_PER_ACCOUNT: i64 = 50;

#[async_trait::async_trait]
pub trait FeedStore: Send + Sync {
    /// Save a search; None (nothing saved) when the account keeps
    /// [`SAVED_SEARCHES_PER_ACCOUNT`] already.
    async fn save_search(
        &self,
        account_id: AccountId,
        name: &str,
        query: &str,
    ) -> Result<Option<i64>, StoreError>;

    /// An account's saved searches, oldest first.
    async fn saved_searches(&self, account_id: AccountId) -> Result<Vec<SavedSearch>, StoreError>;

    /// Forget a saved search of an account; false if it has none of that id.
    async fn delete_saved_search(&self, account_id: AccountId, id: i64)
    -> Result<bool, StoreError>;

    /// Give an account's private feed a new secret (the old one, if any, ends).
    async fn set_feed_key(&self, account_id: AccountId, key_hash: &str) -> Result<(), StoreError>;

    /// End an account's private feed address; false if it had none.
    async fn revoke_feed_key(&self, account_id: AccountId) -> Result<bool, StoreError>;

    /// When the account's private feed address was made, if it has one.
    async fn feed_key_made(&self, account_id: AccountId) -> Result<Option<String>, StoreError>;

    /// The enabled account a private feed secret belongs to.
    async fn account_for_feed_key(&self, key_hash: &str) -> Result<Option<Account>, StoreError>;
}
