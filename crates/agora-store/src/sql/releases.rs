//! The releases' SQL: insert once, read back.

/// Implement [`crate::ReleaseStore`] for `$store`.
macro_rules! releases_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use sqlx::Row;

        use super::shared::log_change;
        use $crate::{StoreError, StoredRelease};

        fn release_of(r: &$row) -> StoredRelease {
            StoredRelease {
                name: r.get(0),
                made_at: r.get(1),
                seq: r.get(2),
                body: r.get(3),
            }
        }

        #[async_trait::async_trait]
        impl $crate::ReleaseStore for $store {
            async fn add_release(&self, release: &StoredRelease) -> Result<bool, StoreError> {
                // Logged in the same transaction: the feeds announce it, and every cache that
                // follows the log sees it.
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(
                    "INSERT INTO releases (name, made_at, seq, body) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING",
                )
                .bind(&release.name)
                .bind(&release.made_at)
                .bind(release.seq)
                .bind(&release.body)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                let scope = format!("release:{}", release.name);
                log_change(&mut tx, "release", &release.name, "create", "release", &scope, Some(&release.body), None).await?;
                tx.commit().await?;
                self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                Ok(true)
            }

            async fn releases(&self) -> Result<Vec<StoredRelease>, StoreError> {
                let rows = sqlx::query("SELECT name, made_at, seq, body FROM releases ORDER BY made_at DESC, name DESC")
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows.iter().map(release_of).collect())
            }

            async fn release(&self, name: &str) -> Result<Option<StoredRelease>, StoreError> {
                let row = sqlx::query("SELECT name, made_at, seq, body FROM releases WHERE name = $1")
                    .bind(name)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.as_ref().map(release_of))
            }
        }
    };
}

pub(crate) use releases_sql;
