//! The change log's SQL, and the store's own checks of what it holds.

/// Implement [`crate::ChangeLogStore`] for `$store`.
macro_rules! changelog_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use agora_core::{Area, Forum, Membership, Organisation, Theme};
        use sqlx::Row;

        use $crate::{Change, StoreError};

        fn change_of(r: &$row) -> Change {
            Change {
                seq: r.get(0),
                entity: r.get(1),
                entity_id: r.get(2),
                op: r.get(3),
                at: r.get(4),
                origin: r.get(5),
            }
        }

        /// A version: a change and the body and role it was logged with.
        fn version_of(r: &$row) -> $crate::Version {
            $crate::Version { change: change_of(r), body: r.get(6), role: r.get(7) }
        }

        /// The changes a query of the change log selects, given its two numbers (a position and a
        /// limit).
        async fn changes(
            pool: &sqlx::Pool<$db>,
            sql: &'static str,
            position: i64,
            limit: i64,
        ) -> Result<Vec<Change>, StoreError> {
            let rows = sqlx::query(sql).bind(position).bind(limit).fetch_all(pool).await?;
            Ok(rows.iter().map(change_of).collect())
        }

        #[async_trait::async_trait]
        impl $crate::ChangeLogStore for $store {
            fn backend(&self) -> &'static str {
                $name
            }

            fn shared_blobs(&self) -> Option<$crate::Blobs> {
                self.blobs_shared()
            }

            fn pool_use(&self) -> $crate::PoolUse {
                $crate::PoolUse {
                    open: self.pool.size(),
                    idle: u32::try_from(self.pool.num_idle()).unwrap_or(u32::MAX),
                    max: self.pool.options().get_max_connections(),
                }
            }

            fn generation(&self) -> u64 {
                self.generation.load(std::sync::atomic::Ordering::Acquire)
            }

            async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>, StoreError> {
                changes(
                    &self.pool,
                    "SELECT seq, entity, entity_id, op, at, origin FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2",
                    after,
                    limit,
                )
                .await
            }

            async fn latest_change(&self) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("SELECT coalesce(max(seq), 0) FROM change_log").fetch_one(&self.pool).await?)
            }

            async fn data_version(&self) -> Result<(i64, i64), StoreError> {
                Ok(sqlx::query_as(
                    "SELECT (SELECT coalesce(max(seq), 0) FROM change_log), (SELECT n FROM public_writes WHERE id = 1)",
                )
                .fetch_one(&self.pool)
                .await?)
            }

            async fn recent_changes(&self, before: Option<i64>, limit: i64) -> Result<Vec<Change>, StoreError> {
                changes(
                    &self.pool,
                    "SELECT seq, entity, entity_id, op, at, origin FROM change_log WHERE seq < $1 ORDER BY seq DESC LIMIT $2",
                    before.unwrap_or(i64::MAX),
                    limit,
                )
                .await
            }

            async fn change_counts(&self, entity: &str) -> Result<std::collections::HashMap<String, (i64, String)>, StoreError> {
                Ok(sqlx::query("SELECT entity_id, COUNT(*), MAX(at) FROM change_log WHERE entity = $1 GROUP BY entity_id")
                    .bind(entity)
                    .fetch_all(&self.pool)
                    .await?
                    .iter()
                    .map(|r| (r.get(0), (r.get(1), r.get(2))))
                    .collect())
            }

            async fn history(&self, scope: &str, limit: i64) -> Result<Vec<$crate::Version>, StoreError> {
                let rows = sqlx::query(
                    "SELECT seq, entity, entity_id, op, at, origin, body, role FROM change_log WHERE scope = $1 ORDER BY seq DESC LIMIT $2",
                )
                .bind(scope)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.iter().map(version_of).collect())
            }

            async fn recent_versions(&self, before: Option<i64>, limit: i64) -> Result<Vec<$crate::Version>, StoreError> {
                let rows = sqlx::query(
                    "SELECT seq, entity, entity_id, op, at, origin, body, role FROM change_log WHERE seq < $1 ORDER BY seq DESC LIMIT $2",
                )
                .bind(before.unwrap_or(i64::MAX))
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.iter().map(version_of).collect())
            }

            async fn version_before(&self, entity: &str, id: &str, seq: i64) -> Result<Option<$crate::Version>, StoreError> {
                let row = sqlx::query(
                    "SELECT seq, entity, entity_id, op, at, origin, body, role FROM change_log WHERE entity = $1 AND entity_id = $2 AND seq < $3 ORDER BY seq DESC LIMIT 1",
                )
                .bind(entity)
                .bind(id)
                .bind(seq)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.as_ref().map(version_of))
            }

            async fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
                let mut out = self.backend_problems().await?;
                // Each derived column must agree with the record's body.
                macro_rules! agree {
                    ($table:literal, $key:literal, $entity:literal, $ty:ty, $cols:literal, |$rec:ident, $r:ident| $cmp:expr) => {
                        for $r in sqlx::query(concat!("SELECT ", $key, ", body, ", $cols, " FROM ", $table))
                            .fetch_all(&self.pool)
                            .await?
                        {
                            let id: String = $r.get(0);
                            match serde_json::from_str::<$ty>($r.get::<&str, _>(1)) {
                                Err(e) => out.push(format!("{} {id}: unreadable record: {e}", $entity)),
                                Ok($rec) => {
                                    if !$cmp {
                                        out.push(format!("{} {id}: indexed columns disagree with the record", $entity));
                                    }
                                }
                            }
                        }
                    };
                }
                agree!("areas", "code", "area", Area, "code", |a, r| a.code.as_str() == r.get::<&str, _>(2));
                agree!("organisations", "id", "organisation", Organisation, "id", |o, r| o.id.as_str() == r.get::<&str, _>(2));
                agree!("themes", "id", "theme", Theme, "id", |t, r| t.id.as_str() == r.get::<&str, _>(2));
                agree!("fora", "id", "forum", Forum, "category, parent_id", |f, r| {
                    f.category().map(|c| c.as_str()) == Some(r.get::<&str, _>(2))
                        && f.parent_id.as_ref().map(|p| p.as_str()) == r.get::<Option<&str>, _>(3)
                });
                agree!("memberships", "id", "membership", Membership, "forum_id, role, starts_on, ends_on", |m, r| {
                    m.forum_id.as_str() == r.get::<&str, _>(2)
                        && m.role.as_str() == r.get::<&str, _>(3)
                        && m.start_date.map(|d| d.first_day().to_string()) == r.get::<Option<String>, _>(4)
                        && m.end_date.map(|d| d.last_day().to_string()) == r.get::<Option<String>, _>(5)
                });
                agree!("documents", "id", "document", agora_core::document::Document, "visibility, kind", |d, r| {
                    d.visibility.level() == r.get::<&str, _>(2) && d.kind.as_str() == r.get::<&str, _>(3)
                });
                Ok(out)
            }
        }
    };
}

pub(crate) use changelog_sql;
