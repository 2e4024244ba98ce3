//! The proposals of related recommendations an editor rejected: never proposed again. (A
//! confirmed one becomes a relation in the later recommendation's record, published like any
//! change.)

use agora_core::account::AccountId;

use crate::StoreError;

#[async_trait::async_trait]
pub trait RelatedStore: Send + Sync {
    /// Note that two recommendations are not related; false when it was noted already.
    async fn reject_pair(&self, a: &str, b: &str, by: AccountId) -> Result<bool, StoreError>;

    /// The recommendations an editor said are not related to `id`.
    async fn rejected_for(&self, id: &str) -> Result<Vec<String>, StoreError>;
}
