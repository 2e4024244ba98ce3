//! The SQL of rejected proposals of related recommendations (each pair once, in id order).

/// Implement [`crate::RelatedStore`] for `$store`.
macro_rules! related_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use agora_core::account::AccountId;

        use $crate::StoreError;
        use $crate::sql::now_utc;

        #[async_trait::async_trait]
        impl $crate::RelatedStore for $store {
            async fn reject_pair(&self, a: &str, b: &str, by: AccountId) -> Result<bool, StoreError> {
                let (a, b) = if a <= b { (a, b) } else { (b, a) };
                let done = sqlx::query(
                    "INSERT INTO related_rejections (a, b, rejected_by, rejected_at) VALUES ($1, $2, $3, $4) ON CONFLICT (a, b) DO NOTHING",
                )
                .bind(a)
                .bind(b)
                .bind(by.get())
                .bind(now_utc())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn rejected_for(&self, id: &str) -> Result<Vec<String>, StoreError> {
                Ok(sqlx::query_scalar(
                    "SELECT b FROM related_rejections WHERE a = $1 UNION SELECT a FROM related_rejections WHERE b = $1",
                )
                .bind(id)
                .fetch_all(&self.pool)
                .await?)
            }
        }
    };
}

pub(crate) use related_sql;
