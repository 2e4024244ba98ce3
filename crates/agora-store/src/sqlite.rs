//! The SQLite backend: WAL, synchronous=FULL, foreign keys on, a busy timeout; all checked when
//! the store opens. The queries are shared with PostgreSQL (see `sql/`).

use std::path::Path;
use std::str::FromStr;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::StoreError;

static MIGRATOR: std::sync::LazyLock<sqlx::migrate::Migrator> =
    std::sync::LazyLock::new(|| crate::migrations::migrator(crate::migrations::SQLITE));

pub struct SqliteStore {
    pool: SqlitePool,
    generation: AtomicU64,
}

impl SqliteStore {
    pub async fn open(path: &Path, create: bool) -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .create_if_missing(create)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // Statement journals (a multi-row insert inside a transaction keeps one, to undo
            // that statement alone) and temporary tables stay in memory, not in files that a
            // bulk insert would write and delete thousands of times.
            .pragma("temp_store", "memory")
            // A page cache of 32 MiB per connection (SQLite's default is 2 MiB): a batch of
            // documents' pages fits, so a transaction writes each page to the log once instead
            // of spilling it and writing it again, and the indexes' pages are not read back.
            .pragma("cache_size", "-32768")
            // Copy the log into the database every 8,192 pages (32 MiB) rather than every 1,000:
            // a page changed by several transactions in between is copied once.
            .pragma("wal_autocheckpoint", "8192")
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Unavailable(format!("cannot open {}: {e}", path.display())))?;
        let store = SqliteStore {
            pool,
            generation: AtomicU64::new(0),
        };
        store.check_settings().await?;
        MIGRATOR.run(&store.pool).await?;
        Ok(store)
    }

    /// Refuse to run on a database whose durability settings are not the ones we asked for.
    async fn check_settings(&self) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await?;
        let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *conn)
            .await?;
        let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&mut *conn)
            .await?;
        if !journal.eq_ignore_ascii_case("wal") {
            return Err(StoreError::UnsafeSettings(format!(
                "journal_mode is {journal}, not WAL"
            )));
        }
        if synchronous != 2 {
            return Err(StoreError::UnsafeSettings(format!(
                "synchronous is {synchronous}, not FULL (2)"
            )));
        }
        if foreign_keys != 1 {
            return Err(StoreError::UnsafeSettings("foreign keys are off".into()));
        }
        Ok(())
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// A transaction that will write: it takes SQLite's write lock at once (`BEGIN IMMEDIATE`,
    /// waiting up to the busy timeout). A deferred transaction that reads first and then writes
    /// fails at once with "database is locked" when another connection committed in between
    /// (SQLite cannot move its snapshot forward), and the busy timeout does not help it.
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StoreError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// One machine: blobs are files of the data directory.
    fn blobs_shared(&self) -> Option<crate::Blobs> {
        None
    }

    /// SQLite's own integrity check and its foreign-key check.
    async fn backend_problems(&self) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        let verdict: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await?;
        if verdict != ["ok"] {
            out.extend(
                verdict
                    .into_iter()
                    .map(|v| format!("sqlite integrity_check: {v}")),
            );
        }
        for r in sqlx::query("PRAGMA foreign_key_check")
            .fetch_all(&self.pool)
            .await?
        {
            let table: String = r.get(0);
            let parent: String = r.get(2);
            out.push(format!(
                "{table}: a row refers to a missing {parent} record"
            ));
        }
        Ok(out)
    }
}

crate::sql::store_impl!(SqliteStore, sqlx::Sqlite, "sqlite");

#[cfg(test)]
mod tests {
    use super::*;

    /// Run the migrations older than `version` only.
    async fn migrate_before(pool: &SqlitePool, version: i64) {
        let before = sqlx::migrate::Migrator {
            migrations: std::borrow::Cow::Owned(
                MIGRATOR
                    .migrations
                    .iter()
                    .filter(|m| m.version < version)
                    .cloned()
                    .collect(),
            ),
            ..sqlx::migrate::Migrator::DEFAULT
        };
        before.run(pool).await.unwrap();
    }

    /// A database made before contributions could propose documents keeps every contribution
    /// and every event through the table rebuild of migration 6, with its foreign keys intact.
    #[tokio::test]
    async fn the_contributions_rebuild_keeps_contributions_and_their_events() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("agora.db");
        let options = SqliteConnectOptions::from_str("sqlite:")
            .unwrap()
            .filename(&path)
            .create_if_missing(true)
            .foreign_keys(true);
        let pool = SqlitePool::connect_with(options).await.unwrap();
        migrate_before(&pool, 6).await;
        for sql in [
            "INSERT INTO accounts (id, email, created_at) VALUES (1, 'a@example.org', 'now')",
            "INSERT INTO contributions (id, forum_id, entity, entity_id, title, base, proposed, state, \
             author_id, author_role, created_at, updated_at) VALUES (7, 'colombo-process', 'forum', \
             'colombo-process', 'A change', '{}', '{\"a\":1}', 'submitted', 1, 'editor', 't1', 't2')",
            "INSERT INTO contribution_events (contribution_id, at, actor_id, actor_role, action, state, comment) \
             VALUES (7, 't1', 1, 'editor', 'create', 'draft', 'first')",
            "INSERT INTO contribution_events (contribution_id, at, actor_id, actor_role, action, state, comment) \
             VALUES (7, 't2', 1, 'editor', 'submit', 'submitted', '')",
        ] {
            sqlx::query(sql).execute(&pool).await.unwrap();
        }
        MIGRATOR.run(&pool).await.unwrap();
        let events: Vec<(i64, String)> =
            sqlx::query_as("SELECT contribution_id, action FROM contribution_events ORDER BY seq")
                .fetch_all(&pool)
                .await
                .unwrap();
        assert_eq!(events, [(7, "create".into()), (7, "submit".into())]);
        let title: String = sqlx::query_scalar("SELECT title FROM contributions WHERE id = 7")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(title, "A change");
        let broken: Vec<sqlx::sqlite::SqliteRow> = sqlx::query("PRAGMA foreign_key_check")
            .fetch_all(&pool)
            .await
            .unwrap();
        assert!(broken.is_empty());
        // New ids follow the old ones; events still go with their contribution.
        sqlx::query(
            "INSERT INTO contributions (forum_id, entity, entity_id, title, proposed, state, \
             author_id, author_role, created_at, updated_at) VALUES ('gfmd', 'document', 'doc-1', \
             'An upload', '{}', 'draft', 1, 'editor', 't', 't')",
        )
        .execute(&pool)
        .await
        .unwrap();
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM contributions ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
        assert_eq!(ids, [7, 8]);
        sqlx::query("DELETE FROM contributions WHERE id = 7")
            .execute(&pool)
            .await
            .unwrap();
        let left: i64 = sqlx::query_scalar("SELECT count(*) FROM contribution_events")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(left, 0, "events are still deleted with their contribution");
    }

    /// Migration 10 drops the list of kinds from `contributions` (with the column it belonged
    /// to, not by a rebuild): every contribution, event and text survives with its foreign keys,
    /// and a contribution may then change a record of a kind the database never heard of.
    #[tokio::test]
    async fn the_kinds_migration_keeps_contributions_their_events_and_texts() {
        let tmp = tempfile::tempdir().unwrap();
        let options = SqliteConnectOptions::from_str("sqlite:")
            .unwrap()
            .filename(tmp.path().join("agora.db"))
            .create_if_missing(true)
            .foreign_keys(true);
        let pool = SqlitePool::connect_with(options).await.unwrap();
        migrate_before(&pool, 10).await;
        let insert_meeting = "INSERT INTO contributions (forum_id, entity, entity_id, title, proposed, \
             state, author_id, author_role, created_at, updated_at) VALUES ('gfmd', 'meeting', \
             'gfmd:2009', 'A meeting', '{}', 'draft', 1, 'editor', 't', 't')";
        for sql in [
            "INSERT INTO accounts (id, email, created_at) VALUES (1, 'a@example.org', 'now')",
            "INSERT INTO contributions (id, forum_id, entity, entity_id, title, base, proposed, state, \
             author_id, author_role, created_at, updated_at) VALUES (7, 'gfmd', 'document', 'doc-1', \
             'An upload', NULL, '{}', 'submitted', 1, 'editor', 't1', 't2')",
            "INSERT INTO contribution_events (contribution_id, at, actor_id, actor_role, action, state, comment) \
             VALUES (7, 't1', 1, 'editor', 'create', 'draft', 'first')",
            "INSERT INTO contribution_texts (contribution_id, lang, text) VALUES (7, 'en', 'The text')",
        ] {
            sqlx::query(sql).execute(&pool).await.unwrap();
        }
        assert!(
            sqlx::query(insert_meeting).execute(&pool).await.is_err(),
            "before: the database knows its kinds"
        );
        MIGRATOR.run(&pool).await.unwrap();
        let kept: (String, String, String) = sqlx::query_as(
            "SELECT c.title, e.comment, t.text FROM contributions c \
             JOIN contribution_events e ON e.contribution_id = c.id \
             JOIN contribution_texts t ON t.contribution_id = c.id WHERE c.id = 7",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(
            kept,
            ("An upload".into(), "first".into(), "The text".into())
        );
        let broken: Vec<sqlx::sqlite::SqliteRow> = sqlx::query("PRAGMA foreign_key_check")
            .fetch_all(&pool)
            .await
            .unwrap();
        assert!(broken.is_empty());
        sqlx::query(insert_meeting).execute(&pool).await.unwrap();
        sqlx::query("DELETE FROM contributions WHERE id = 7")
            .execute(&pool)
            .await
            .unwrap();
        let left: i64 = sqlx::query_scalar(
            "SELECT (SELECT count(*) FROM contribution_events) + (SELECT count(*) FROM contribution_texts)",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(left, 0, "events and texts still go with their contribution");
    }
}
