//! Storage errors. A missing record is not an error of the store (methods return `Option`);
//! a refused URL or an unhealthy database is, and says what to do.

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL '{0}': use a data directory (SQLite) or postgres://")]
    UnsupportedUrl(String),
    #[error("{0}")]
    Unavailable(String),
    #[error("{0}")]
    Conflict(String),
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
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}
