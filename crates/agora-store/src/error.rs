//! Storage errors. A missing record is not an error of the store (methods return `Option`);
//! a refused URL or an unhealthy database is, and says what to do.

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL '{0}': use a data directory (SQLite) or postgres://")]
    UnsupportedUrl(String),
    #[error("{0}")]
    Unavailable(String),
    /// An object store's address or settings that cannot be used, said whole.
    #[error("{0}")]
    BadObjectStore(String),
    /// A change the records as they are refuse (a stale proposal, an address taken), said to
    /// the person who asked in their language.
    #[error("{0}")]
    Conflict(agora_core::Said),
    #[error("{0}")]
    NotFound(String),
    #[error("the database is not configured safely: {0}")]
    UnsafeSettings(String),
    #[error("a stored record cannot be read ({entity} {id}): {reason}")]
    Corrupt {
        entity: &'static str,
        id: String,
        reason: String,
    },
    #[error("database error: {0}")]
    Database(sqlx::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Io(std::io::Error),
    /// No room left to write (the file system full, a quota reached, the database's disk
    /// full): the write changed nothing, and may succeed once space is freed. A 507 for the
    /// web.
    #[error("no space left to store this: {0}")]
    Full(String),
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> StoreError {
        if is_full(&e) {
            StoreError::Full(e.to_string())
        } else {
            StoreError::Io(e)
        }
    }
}

/// Whether an I/O error says the device or the quota is full.
fn is_full(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    )
}

/// PostgreSQL going away or not back yet: admin_shutdown, crash_shutdown, cannot_connect_now
/// (57P01-57P03), and the connection exceptions (class 08).
fn is_database_going(e: &dyn sqlx::error::DatabaseError) -> bool {
    e.code()
        .is_some_and(|c| c.starts_with("57P") || c.starts_with("08"))
}

/// SQLite's SQLITE_FULL (13, "database or disk is full"); PostgreSQL's disk_full (53100).
fn is_database_full(e: &dyn sqlx::error::DatabaseError) -> bool {
    matches!(e.code().as_deref(), Some("13") | Some("53100"))
}

impl From<sqlx::Error> for StoreError {
    /// A database that cannot give a connection now (every connection busy past the pool's
    /// timeout, the pool closing, the server gone) is unavailable, to be tried again: a 503 for
    /// the web, not an internal error. Anything else is a database error.
    fn from(e: sqlx::Error) -> StoreError {
        match e {
            sqlx::Error::PoolTimedOut => {
                StoreError::Unavailable("every database connection is busy; try again".into())
            }
            sqlx::Error::PoolClosed => StoreError::Unavailable("the database is closing".into()),
            sqlx::Error::Io(e) if is_full(&e) => StoreError::Full(e.to_string()),
            sqlx::Error::Database(d) if is_database_full(d.as_ref()) => {
                StoreError::Full(d.message().to_owned())
            }
            // PostgreSQL shutting down, starting or restarting (57P01-57P03), or the
            // connection lost (class 08): to be tried again.
            sqlx::Error::Database(d) if is_database_going(d.as_ref()) => StoreError::Unavailable(
                format!("the database is restarting or unreachable: {}", d.message()),
            ),
            sqlx::Error::Io(e) => {
                StoreError::Unavailable(format!("the database cannot be reached: {e}"))
            }
            other => StoreError::Database(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exhausted_or_closed_pool_is_unavailable_not_an_internal_error() {
        for e in [
            sqlx::Error::PoolTimedOut,
            sqlx::Error::PoolClosed,
            sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::ConnectionRefused)),
        ] {
            assert!(matches!(StoreError::from(e), StoreError::Unavailable(_)));
        }
        assert!(matches!(
            StoreError::from(sqlx::Error::RowNotFound),
            StoreError::Database(_)
        ));
    }

    #[test]
    fn a_full_device_or_quota_is_full_not_an_internal_error() {
        for kind in [
            std::io::ErrorKind::StorageFull,
            std::io::ErrorKind::QuotaExceeded,
        ] {
            let e = std::io::Error::from(kind);
            assert!(matches!(StoreError::from(e), StoreError::Full(_)));
            let e = sqlx::Error::Io(std::io::Error::from(kind));
            assert!(matches!(StoreError::from(e), StoreError::Full(_)));
        }
        assert!(matches!(
            StoreError::from(std::io::Error::from(std::io::ErrorKind::PermissionDenied)),
            StoreError::Io(_)
        ));
    }

    #[tokio::test]
    async fn a_sqlite_database_that_cannot_grow_is_full() {
        use sqlx::Connection;
        let mut c = sqlx::SqliteConnection::connect("sqlite::memory:")
            .await
            .unwrap();
        sqlx::query("CREATE TABLE t (x BLOB)")
            .execute(&mut c)
            .await
            .unwrap();
        let pages: i64 = sqlx::query_scalar("PRAGMA page_count")
            .fetch_one(&mut c)
            .await
            .unwrap();
        // The space limit SQLite can be given, as a disk that fills up would set it.
        sqlx::query(&format!("PRAGMA max_page_count = {}", pages + 2))
            .execute(&mut c)
            .await
            .unwrap();
        let e = sqlx::query("INSERT INTO t VALUES (zeroblob(1000000))")
            .execute(&mut c)
            .await
            .unwrap_err();
        let e = StoreError::from(e);
        assert!(matches!(e, StoreError::Full(_)), "{e:?}");
    }
}
