//! What a backup needs of each backend: a consistent copy taken while the server runs and
//! writes, and a store that reads exactly that copy (for the backup's own JSON export and its
//! change-log position).
//!
//! - SQLite: `VACUUM INTO` writes a whole, consistent database file from one read transaction,
//!   while other connections go on writing; the copy is then opened like any database.
//! - PostgreSQL: a `REPEATABLE READ` transaction exports its snapshot (`pg_export_snapshot`);
//!   `pg_dump --snapshot` dumps exactly it, and [`PgSnapshot::store`] reads exactly it, through
//!   one connection that imports the same snapshot.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnection, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{Connection, Executor};

use crate::{PostgresStore, StoreError, redact};

/// Copy the SQLite database at `db` into a new file `out` (which must not exist): a consistent
/// copy, even while other processes write.
pub async fn sqlite_copy(db: &Path, out: &Path) -> Result<(), StoreError> {
    if out.exists() {
        return Err(StoreError::Unavailable(format!(
            "{} exists already",
            out.display()
        )));
    }
    let options = SqliteConnectOptions::from_str("sqlite:")?
        .filename(db)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(30));
    let mut conn = SqliteConnection::connect_with(&options)
        .await
        .map_err(|e| StoreError::Unavailable(format!("cannot open {}: {e}", db.display())))?;
    let target = out
        .to_str()
        .ok_or_else(|| StoreError::Unavailable(format!("{} is not UTF-8", out.display())))?;
    sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    Ok(())
}

/// A snapshot of a PostgreSQL database, held open (by a transaction) until [`PgSnapshot::end`].
pub struct PgSnapshot {
    conn: PgConnection,
    url: String,
    /// Its name, for `pg_dump --snapshot`.
    pub id: String,
}

impl PgSnapshot {
    pub async fn take(url: &str) -> Result<PgSnapshot, StoreError> {
        let mut conn = PgConnection::connect(url).await.map_err(|e| {
            StoreError::Unavailable(format!("cannot connect to {}: {e}", redact(url)))
        })?;
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .await?;
        let id: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
            .fetch_one(&mut conn)
            .await?;
        Ok(PgSnapshot {
            conn,
            url: url.to_owned(),
            id,
        })
    }

    /// A store that reads this snapshot and nothing newer: one connection, in a read-only
    /// transaction that imported it. Only for reading (no migration runs; a write fails).
    pub async fn store(&self) -> Result<PostgresStore, StoreError> {
        let id = self.id.clone();
        let pool = PgPoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .after_connect(move |conn, _| {
                let id = id.clone();
                Box::pin(async move {
                    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                        .await?;
                    // The name is PostgreSQL's own (hex digits and dashes), not a person's.
                    conn.execute(format!("SET TRANSACTION SNAPSHOT '{id}'").as_str())
                        .await?;
                    Ok(())
                })
            })
            .connect(&self.url)
            .await
            .map_err(|e| {
                StoreError::Unavailable(format!("cannot connect to {}: {e}", redact(&self.url)))
            })?;
        Ok(PostgresStore::reading(pool))
    }

    /// Let the snapshot go.
    pub async fn end(mut self) -> Result<(), StoreError> {
        self.conn.execute("COMMIT").await?;
        self.conn.close().await?;
        Ok(())
    }
}

/// Whether a PostgreSQL database has no tables at all (a restore goes only into such a one).
pub async fn postgres_is_empty(url: &str) -> Result<bool, StoreError> {
    let mut conn = PgConnection::connect(url)
        .await
        .map_err(|e| StoreError::Unavailable(format!("cannot connect to {}: {e}", redact(url))))?;
    let tables: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
    )
    .fetch_one(&mut conn)
    .await?;
    conn.close().await?;
    Ok(tables == 0)
}

/// A file's size and SHA-256 (lower-case hex), read a piece at a time.
pub fn file_sha256(path: &Path) -> Result<(u64, String), StoreError> {
    use sha2::Digest;
    let mut f = std::fs::File::open(path)?;
    let mut hash = sha2::Sha256::new();
    let size = std::io::copy(&mut f, &mut hash)?;
    Ok((size, crate::blobs::hex(&hash.finalize())))
}

/// A PostgreSQL URL without its password, and the password (for `PGPASSWORD`, so that it never
/// shows in a process list): the one of the user part, else a `password` query parameter.
pub fn split_password(url: &str) -> (String, Option<String>) {
    let Ok(mut parsed) = url::Url::parse(url) else {
        return (url.to_owned(), None);
    };
    let mut password = parsed.password().map(percent_decoded);
    if password.is_some() {
        let _ = parsed.set_password(None);
    }
    if parsed.query_pairs().any(|(k, _)| k == "password") {
        let pairs: Vec<(String, String)> = parsed
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let mut kept = parsed.query_pairs_mut();
        kept.clear();
        for (k, v) in pairs {
            if k == "password" {
                password = Some(v);
            } else {
                kept.append_pair(&k, &v);
            }
        }
        drop(kept);
        if parsed.query() == Some("") {
            parsed.set_query(None);
        }
    }
    (parsed.to_string(), password)
}

/// `%XX` escapes of a URL part decoded (a password may hold any byte).
fn percent_decoded(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| char::from(c).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_password_is_taken_out_of_a_url() {
        assert_eq!(
            super::split_password("postgres://agora:s3cret@db:5432/agora"),
            (
                "postgres://agora@db:5432/agora".to_owned(),
                Some("s3cret".to_owned())
            )
        );
        assert_eq!(
            super::split_password("postgres://agora:a%40b%2F@db/agora").1,
            Some("a@b/".to_owned())
        );
        assert_eq!(
            super::split_password("postgres://agora@db/agora"),
            ("postgres://agora@db/agora".to_owned(), None)
        );
        assert_eq!(
            super::split_password("postgres://db/agora"),
            ("postgres://db/agora".to_owned(), None)
        );
        // An @ in the query is no user part; a password in the query is taken out too.
        assert_eq!(
            super::split_password(
                "postgres://agora@db:5432/agora?application_name=a@b&password=pw"
            ),
            (
                "postgres://agora@db:5432/agora?application_name=a%40b".to_owned(),
                Some("pw".to_owned())
            )
        );
    }
}
