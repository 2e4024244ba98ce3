//! The PostgreSQL backend, for deployments with several stateless `agora serve` nodes: records
//! and the change log live in the shared database. The queries are shared with SQLite (see
//! `sql/`); this module opens the pool, checks the server version, and runs its migrations.
//! It never creates a database: a URL naming a database that does not exist is an error.

use std::sync::atomic::AtomicU64;
use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::StoreError;

static MIGRATOR: std::sync::LazyLock<sqlx::migrate::Migrator> =
    std::sync::LazyLock::new(|| crate::migrations::migrator(crate::migrations::POSTGRES));

/// The oldest PostgreSQL server Agora runs on.
pub const MIN_SERVER_VERSION: i64 = 13_00_00;

pub struct PostgresStore {
    pool: PgPool,
    generation: AtomicU64,
}

/// A URL with its password (if any) replaced, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{user}:***@{}", &url[..s + 3], &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

/// Whether a failure to connect may pass by itself: the server unreachable or starting, not
/// a wrong password or database.
fn retryable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut => true,
        sqlx::Error::Database(d) => d.code().is_some_and(|c| c.starts_with("57P")),
        _ => false,
    }
}

impl PostgresStore {
    pub async fn open(url: &str) -> Result<PostgresStore, StoreError> {
        let options = PgPoolOptions::new()
            .max_connections(8)
            // A request waits at most this long for a connection (every one busy, or the
            // server restarting) before it is answered 503 with Retry-After.
            .acquire_timeout(Duration::from_secs(3));
        // At start, the server may still be coming up (started at the same moment): it is
        // given 30 seconds.
        let started = std::time::Instant::now();
        let pool = loop {
            match options.clone().connect(url).await {
                Ok(pool) => break pool,
                Err(e) if started.elapsed() < Duration::from_secs(30) && retryable(&e) => {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(e) => {
                    return Err(StoreError::Unavailable(format!(
                        "cannot connect to {}: {e}",
                        redact(url)
                    )));
                }
            }
        };
        let version: String = sqlx::query_scalar("SHOW server_version_num")
            .fetch_one(&pool)
            .await?;
        let version: i64 = version.trim().parse().unwrap_or(0);
        if version < MIN_SERVER_VERSION {
            return Err(StoreError::Unavailable(format!(
                "PostgreSQL {} is too old: Agora needs {} or later",
                version,
                MIN_SERVER_VERSION / 10_000
            )));
        }
        MIGRATOR.run(&pool).await?;
        Ok(PostgresStore {
            pool,
            generation: AtomicU64::new(0),
        })
    }

    /// A store over a pool opened elsewhere, for reading only (a backup's snapshot): no
    /// migration runs.
    pub(crate) fn reading(pool: PgPool) -> PostgresStore {
        PostgresStore {
            pool,
            generation: AtomicU64::new(0),
        }
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// A transaction that will write (PostgreSQL's row locks and constraints order concurrent
    /// writers; nothing to take up front as SQLite must).
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, StoreError> {
        Ok(self.pool.begin().await?)
    }

    /// Blobs live in the database, so that every node has every file.
    fn blobs_shared(&self) -> Option<crate::Blobs> {
        Some(crate::Blobs::in_database(self.pool.clone()))
    }

    /// PostgreSQL enforces its constraints on every write; nothing to add here.
    async fn backend_problems(&self) -> Result<Vec<String>, StoreError> {
        Ok(Vec::new())
    }
}

crate::sql::store_impl!(PostgresStore, sqlx::Postgres, "postgres");
