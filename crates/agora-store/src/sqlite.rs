//! The SQLite backend: WAL, synchronous=FULL, foreign keys on, a busy timeout; all checked when
//! the store opens. The queries are shared with PostgreSQL (see `sql.rs`).

use std::path::Path;
use std::str::FromStr;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

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

crate::sql::store_impl!(
    SqliteStore,
    sqlx::Sqlite,
    sqlx::SqliteConnection,
    sqlx::sqlite::SqliteRow,
    "sqlite"
);
