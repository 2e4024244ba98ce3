//! The blob store: the files of documents and releases, named by the SHA-256 of their bytes,
//! written once and whole. Where they live depends on the installation:
//!
//! - a directory (`blobs/` of the data directory, [`dir`]): the default on one machine;
//! - the PostgreSQL database (tables `blobs` and `blob_chunks`, [`database`]): the default with
//!   PostgreSQL, so that every node serves every file;
//! - an S3-compatible object store (`--blobs s3://bucket/prefix`, [`objects`]), for large
//!   libraries, shared by every node too.
//!
//! Either way a blob that is listed is whole (an interrupted write leaves nothing that counts),
//! the same bytes are stored once, and a blob is read a chunk at a time for a download
//! ([`Blobs::open`]), never whole in memory.

pub mod database;
pub mod dir;
pub mod objects;

use std::pin::Pin;

use bytes::Bytes;
use futures_core::Stream;
use sha2::{Digest, Sha256};

use crate::StoreError;
pub use database::DatabaseBlobs;
pub use dir::DirBlobs;
pub use objects::ObjectBlobs;

/// The blob store of an installation (cheap to clone: clones share the same store).
#[derive(Debug, Clone)]
pub struct Blobs(Backend);

#[derive(Debug, Clone)]
enum Backend {
    Dir(DirBlobs),
    Database(DatabaseBlobs),
    Objects(ObjectBlobs),
}

/// A blob's bytes, a chunk at a time.
pub type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, std::io::Error>> + Send>>;

/// An open blob: its size and its bytes.
pub struct OpenBlob {
    pub size: u64,
    pub bytes: ByteStream,
}

/// The lower-case hex SHA-256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

pub(crate) fn hex(digest: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(digest.len() * 2);
    for b in digest {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// Run blocking file-system work: on a multi-threaded runtime its worker hands its other tasks
/// over first; elsewhere (a test's single thread, a CLI without a runtime) it simply runs.
fn blocking<T>(f: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(f)
        }
        _ => f(),
    }
}

impl Blobs {
    /// Blobs as files under `root`.
    pub fn in_dir(root: impl Into<std::path::PathBuf>) -> Blobs {
        Blobs(Backend::Dir(DirBlobs::new(root)))
    }

    /// Blobs in a PostgreSQL database (the store's own pool).
    pub fn in_database(pool: sqlx::PgPool) -> Blobs {
        Blobs(Backend::Database(DatabaseBlobs::new(pool)))
    }

    /// Blobs in an S3-compatible object store: `s3://bucket/prefix`, reached with `settings`
    /// (see [`ObjectBlobs::new`]).
    pub fn in_object_store(url: &str, settings: &[(String, String)]) -> Result<Blobs, StoreError> {
        Ok(Blobs(Backend::Objects(ObjectBlobs::new(url, settings)?)))
    }

    /// Reach the store once, for a clear error before anything is written: an object store
    /// is asked for a name; a directory or the database answer with the store.
    pub async fn probe(&self) -> Result<(), StoreError> {
        match &self.0 {
            Backend::Objects(o) => o.probe().await,
            Backend::Dir(_) | Backend::Database(_) => Ok(()),
        }
    }

    /// Where the blobs are, for messages.
    pub fn describe(&self) -> String {
        match &self.0 {
            Backend::Dir(d) => format!("the directory {}", d.root().display()),
            Backend::Database(_) => "the PostgreSQL database".into(),
            Backend::Objects(o) => format!("the object store {}", o.url()),
        }
    }

    /// Store bytes; their SHA-256, and whether they were new.
    pub async fn put(&self, bytes: &[u8]) -> Result<(String, bool), StoreError> {
        match &self.0 {
            Backend::Dir(d) => blocking(|| d.put(bytes)),
            Backend::Database(d) => {
                let sha = sha256_hex(bytes);
                let new = d.put(&sha, bytes, false).await?;
                Ok((sha, new))
            }
            Backend::Objects(o) => {
                let sha = sha256_hex(bytes);
                let new = o.put(&sha, bytes, false).await?;
                Ok((sha, new))
            }
        }
    }

    /// Store bytes taking the same steps whether or not the store holds them already, so that
    /// how long it takes says nothing of what the store holds: for uploads, whose sender may
    /// not learn whether a hidden document has the same file.
    pub async fn put_alike(&self, bytes: &[u8]) -> Result<String, StoreError> {
        match &self.0 {
            Backend::Dir(d) => blocking(|| d.put_alike(bytes)),
            Backend::Database(d) => {
                let sha = sha256_hex(bytes);
                d.put(&sha, bytes, true).await?;
                Ok(sha)
            }
            Backend::Objects(o) => {
                let sha = sha256_hex(bytes);
                o.put(&sha, bytes, true).await?;
                Ok(sha)
            }
        }
    }

    /// Store many blobs whose SHA-256 (as [`sha256_hex`] makes it) the caller has computed, in
    /// as few flushes (files) or transactions (database) as the store allows. Each blob's
    /// SHA-256 and whether it was new, in order.
    pub async fn put_many_hashed(
        &self,
        items: &[(&[u8], String)],
    ) -> Result<Vec<(String, bool)>, StoreError> {
        match &self.0 {
            Backend::Dir(d) => blocking(|| d.put_many_hashed(items)),
            Backend::Database(d) => d.put_many(items).await,
            Backend::Objects(o) => o.put_many(items).await,
        }
    }

    /// [`Blobs::put_many_hashed`], hashing the bytes here.
    pub async fn put_many(&self, items: &[&[u8]]) -> Result<Vec<(String, bool)>, StoreError> {
        let hashed: Vec<(&[u8], String)> = items.iter().map(|b| (*b, sha256_hex(b))).collect();
        self.put_many_hashed(&hashed).await
    }

    /// A blob's bytes, whole: for the files a request reads through (a release's table, a
    /// file to extract). Downloads use [`Blobs::open`].
    pub async fn read(&self, sha256: &str) -> Result<Vec<u8>, StoreError> {
        match &self.0 {
            Backend::Dir(d) => blocking(|| d.read(sha256)),
            Backend::Database(d) => d.read(sha256).await,
            Backend::Objects(o) => o.read(sha256).await,
        }
    }

    /// A blob to send: its size and its bytes a chunk at a time. Not found if it is not there.
    pub async fn open(&self, sha256: &str) -> Result<OpenBlob, StoreError> {
        let missing = || StoreError::NotFound(format!("no blob '{sha256}'"));
        match &self.0 {
            Backend::Dir(d) => {
                let path = d.path(sha256)?;
                let file = tokio::fs::File::open(&path).await.map_err(|e| {
                    if e.kind() == std::io::ErrorKind::NotFound {
                        missing()
                    } else {
                        e.into()
                    }
                })?;
                let size = file.metadata().await?.len();
                Ok(OpenBlob {
                    size,
                    bytes: dir::chunks(file),
                })
            }
            Backend::Database(d) => {
                let size = d.size(sha256).await?.ok_or_else(missing)?;
                Ok(OpenBlob {
                    size,
                    bytes: d.chunks(sha256.to_owned()),
                })
            }
            Backend::Objects(o) => o.open(sha256).await.map_err(|e| match e {
                StoreError::NotFound(_) => missing(),
                other => other,
            }),
        }
    }

    pub async fn contains(&self, sha256: &str) -> Result<bool, StoreError> {
        if !agora_core::document::is_sha256(sha256) {
            return Ok(false);
        }
        match &self.0 {
            Backend::Dir(d) => Ok(blocking(|| d.contains(sha256))),
            Backend::Database(d) => Ok(d.size(sha256).await?.is_some()),
            Backend::Objects(o) => Ok(o.size(sha256).await?.is_some()),
        }
    }

    /// Every blob, by name, sorted.
    pub async fn list(&self) -> Result<Vec<String>, StoreError> {
        match &self.0 {
            Backend::Dir(d) => blocking(|| d.list()),
            Backend::Database(d) => d.list().await,
            Backend::Objects(o) => o.list().await,
        }
    }

    /// Remove a blob (one nothing holds).
    pub async fn remove(&self, sha256: &str) -> Result<(), StoreError> {
        match &self.0 {
            Backend::Dir(d) => blocking(|| d.remove(sha256)),
            Backend::Database(d) => d.remove(sha256).await,
            Backend::Objects(o) => o.remove(sha256).await,
        }
    }

    /// Whether a blob's bytes still hash to its name (and, in the database, add up to its
    /// recorded size), read a chunk at a time.
    pub async fn verify(&self, sha256: &str) -> Result<bool, StoreError> {
        match &self.0 {
            Backend::Dir(d) => blocking(|| d.verify(sha256)),
            Backend::Database(d) => d.verify(sha256).await,
            Backend::Objects(o) => o.verify(sha256).await,
        }
    }
}
