//! The SQL of saved searches and private feed keys.

/// Implement [`crate::FeedStore`] for `$store`.
macro_rules! feeds_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use agora_core::account::{Account, AccountId};
        use sqlx::Row;

        use $crate::sql::now_utc;
        use $crate::{AccountStore, SavedSearch, StoreError};

        #[async_trait::async_trait]
        impl $crate::FeedStore for $store {
            async fn save_search(&self, account_id: AccountId, name: &str, query: &str) -> Result<Option<i64>, StoreError> {
                let mut tx = self.pool.begin().await?;
                let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM saved_searches WHERE account_id = $1")
                    .bind(account_id.get())
                    .fetch_one(&mut *tx)
                    .await?;
                if kept >= $crate::SAVED_SEARCHES_PER_ACCOUNT {
                    return Ok(None);
                }
                let id: i64 = sqlx::query_scalar("INSERT INTO saved_searches (account_id, name, query, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
                    .bind(account_id.get())
                    .bind(name)
                    .bind(query)
                    .bind(now_utc())
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(Some(id))
            }

            async fn saved_searches(&self, account_id: AccountId) -> Result<Vec<SavedSearch>, StoreError> {
                let rows = sqlx::query("SELECT id, name, query, created_at FROM saved_searches WHERE account_id = $1 ORDER BY id")
                    .bind(account_id.get())
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows
                    .iter()
                    .map(|r| SavedSearch { id: r.get(0), name: r.get(1), query: r.get(2), created_at: r.get(3) })
                    .collect())
            }

            async fn delete_saved_search(&self, account_id: AccountId, id: i64) -> Result<bool, StoreError> {
                let done = sqlx::query("DELETE FROM saved_searches WHERE id = $1 AND account_id = $2")
                    .bind(id)
                    .bind(account_id.get())
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn set_feed_key(&self, account_id: AccountId, key_hash: &str) -> Result<(), StoreError> {
                sqlx::query(
                    "INSERT INTO feed_keys (account_id, key_hash, created_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (account_id) DO UPDATE SET key_hash = excluded.key_hash, created_at = excluded.created_at",
                )
                .bind(account_id.get())
                .bind(key_hash)
                .bind(now_utc())
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn revoke_feed_key(&self, account_id: AccountId) -> Result<bool, StoreError> {
                let done = sqlx::query("DELETE FROM feed_keys WHERE account_id = $1")
                    .bind(account_id.get())
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn feed_key_made(&self, account_id: AccountId) -> Result<Option<String>, StoreError> {
                Ok(sqlx::query_scalar("SELECT created_at FROM feed_keys WHERE account_id = $1")
                    .bind(account_id.get())
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn account_for_feed_key(&self, key_hash: &str) -> Result<Option<Account>, StoreError> {
                let id: Option<i64> = sqlx::query_scalar(
                    "SELECT a.id FROM feed_keys k JOIN accounts a ON a.id = k.account_id WHERE k.key_hash = $1 AND a.disabled_at IS NULL",
                )
                .bind(key_hash)
                .fetch_optional(&self.pool)
                .await?;
                match id {
                    Some(id) => self.account_by_id(AccountId::new(id)).await,
                    None => Ok(None),
                }
            }
        }
    };
}

pub(crate) use feeds_sql;
