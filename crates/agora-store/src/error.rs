//! Storage errors. A missing record is not an error of the store (methods return `Option`);
//! a refused URL or an unhealthy database is, and says what to do.

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL '{0}': use a data directory (SQLite) or postgres://")]
    UnsupportedUrl(String),
    #[error("{0}")]
    Unavailable(String),
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
    Io(#[from] std::io::Error),
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
}
