//! Blobs in the PostgreSQL database, shared by every node. A blob is a row of `blobs` (its
//! SHA-256 and size) and its bytes in rows of `blob_chunks` of at most [`CHUNK`] bytes, all
//! written in one transaction, so a blob that is listed is whole. It is read one chunk (one
//! query) at a time, so a download never holds the file in memory, nor a query a whole file.

use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::StoreError;

/// The most bytes in one row of `blob_chunks`.
pub const CHUNK: usize = 1 << 20;

#[derive(Clone)]
pub struct DatabaseBlobs {
    pool: PgPool,
}

impl std::fmt::Debug for DatabaseBlobs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseBlobs")
    }
}

fn seq(n: usize) -> Result<i32, StoreError> {
    i32::try_from(n).map_err(|_| StoreError::Unavailable("a file of more than 2 PiB".into()))
}

impl DatabaseBlobs {
    pub fn new(pool: PgPool) -> DatabaseBlobs {
        DatabaseBlobs { pool }
    }

    /// Store a blob under its SHA-256 (computed by the caller); whether it was new. With
    /// `alike`, the chunks are written whether or not the blob is there already (the same work
    /// either way, for uploads).
    pub async fn put(&self, sha: &str, bytes: &[u8], alike: bool) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let new = put_one(&mut tx, sha, bytes, alike).await?;
        tx.commit().await?;
        Ok(new)
    }

    /// Store many blobs in one transaction.
    pub async fn put_many(
        &self,
        items: &[(&[u8], String)],
    ) -> Result<Vec<(String, bool)>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let mut out = Vec::with_capacity(items.len());
        for (bytes, sha) in items {
            let new = put_one(&mut tx, sha, bytes, false).await?;
            out.push((sha.clone(), new));
        }
        tx.commit().await?;
        Ok(out)
    }

    pub async fn size(&self, sha: &str) -> Result<Option<u64>, StoreError> {
        let size: Option<i64> = sqlx::query_scalar("SELECT size FROM blobs WHERE sha256 = $1")
            .bind(sha)
            .fetch_optional(&self.pool)
            .await?;
        Ok(size.map(|s| s.unsigned_abs()))
    }

    /// A blob's bytes, whole.
    pub async fn read(&self, sha: &str) -> Result<Vec<u8>, StoreError> {
        let size = self
            .size(sha)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no blob '{sha}'")))?;
        let mut out = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        let mut n = 0;
        while let Some(chunk) = self.chunk(sha, n).await? {
            out.extend_from_slice(&chunk);
            n += 1;
        }
        Ok(out)
    }

    async fn chunk(&self, sha: &str, n: usize) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT bytes FROM blob_chunks WHERE sha256 = $1 AND seq = $2")
                .bind(sha)
                .bind(seq(n)?)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// A blob's bytes, one chunk per query.
    pub fn chunks(&self, sha: String) -> super::ByteStream {
        let this = self.clone();
        Box::pin(futures_util::stream::try_unfold(0, move |n| {
            let (this, sha) = (this.clone(), sha.clone());
            async move {
                match this.chunk(&sha, n).await {
                    Ok(Some(bytes)) => Ok(Some((bytes::Bytes::from(bytes), n + 1))),
                    Ok(None) => Ok(None),
                    Err(e) => Err(std::io::Error::other(e.to_string())),
                }
            }
        }))
    }

    pub async fn list(&self) -> Result<Vec<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT sha256 FROM blobs ORDER BY sha256")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    pub async fn remove(&self, sha: &str) -> Result<(), StoreError> {
        // The chunks go with it (ON DELETE CASCADE).
        sqlx::query("DELETE FROM blobs WHERE sha256 = $1")
            .bind(sha)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn verify(&self, sha: &str) -> Result<bool, StoreError> {
        let Some(size) = self.size(sha).await? else {
            return Err(StoreError::NotFound(format!("no blob '{sha}'")));
        };
        let mut hash = Sha256::new();
        let (mut n, mut total) = (0, 0u64);
        while let Some(chunk) = self.chunk(sha, n).await? {
            total += chunk.len() as u64;
            hash.update(&chunk);
            n += 1;
        }
        Ok(total == size && super::hex(&hash.finalize()) == sha)
    }
}

async fn put_one(
    tx: &mut sqlx::Transaction<'static, sqlx::Postgres>,
    sha: &str,
    bytes: &[u8],
    alike: bool,
) -> Result<bool, StoreError> {
    let size =
        i64::try_from(bytes.len()).map_err(|_| StoreError::Unavailable("too large".into()))?;
    // A second writer of the same new blob waits here for the first one's transaction, then
    // finds the row.
    let new = sqlx::query(
        "INSERT INTO blobs (sha256, size) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING",
    )
    .bind(sha)
    .bind(size)
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1;
    if new || alike {
        for (n, chunk) in bytes.chunks(CHUNK).enumerate() {
            sqlx::query(
                "INSERT INTO blob_chunks (sha256, seq, bytes) VALUES ($1, $2, $3)
                 ON CONFLICT (sha256, seq) DO UPDATE SET bytes = EXCLUDED.bytes",
            )
            .bind(sha)
            .bind(seq(n)?)
            .bind(chunk)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(new)
}
