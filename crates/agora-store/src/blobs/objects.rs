//! Blobs in an S3-compatible object store (`--blobs s3://bucket/prefix`), for libraries larger
//! than a database should hold, shared by every node. Objects are named like the directory's
//! files (`prefix/ab/abcdef...`). A PUT to S3 is atomic (an object is whole or absent), so there
//! is no temporary name; the same bytes written twice are one object.
//!
//! What to reach and how to sign in comes from settings the binary reads from its environment
//! (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT` for a server
//! other than Amazon's, `AWS_ALLOW_HTTP` for one on plain HTTP...): the names object_store's
//! S3 configuration knows.

use std::sync::Arc;

use bytes::Bytes;
use futures_util::{StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder, AmazonS3ConfigKey};
use object_store::path::Path;
use object_store::{ClientOptions, ObjectStore, ObjectStoreExt, PutPayload, RetryConfig};
use sha2::{Digest, Sha256};

use crate::StoreError;

/// How many objects are written at once by [`ObjectBlobs::put_many`].
const AT_ONCE: usize = 8;

/// Blobs in an S3 bucket, under a prefix.
#[derive(Debug, Clone)]
pub struct ObjectBlobs {
    store: Arc<AmazonS3>,
    /// `s3://bucket/prefix`, for messages.
    url: String,
    /// The prefix, without slashes at either end ("" for the bucket's root).
    prefix: String,
}

impl ObjectBlobs {
    /// The bucket and prefix of `s3://bucket/prefix`, reached and signed in to with `settings`
    /// (pairs of an S3 setting's name, such as `aws_endpoint` or `AWS_ENDPOINT`, and its value;
    /// names it does not know are skipped).
    /// Nothing is sent until the first use.
    pub fn new(url: &str, settings: &[(String, String)]) -> Result<ObjectBlobs, StoreError> {
        // Said without what may sit between `s3://` and `@` (credentials do not belong there).
        let shown = match (url.find("://"), url.rfind('@')) {
            (Some(s), Some(at)) if at > s => format!("{}***@{}", &url[..s + 3], &url[at + 1..]),
            _ => url.to_owned(),
        };
        let bad =
            |why: &str| StoreError::BadObjectStore(format!("the object store {shown}: {why}"));
        let parsed = url::Url::parse(url).map_err(|e| bad(&e.to_string()))?;
        if parsed.scheme() != "s3" {
            return Err(bad("give an address of the form s3://bucket/prefix"));
        }
        let bucket = parsed
            .host_str()
            .filter(|b| !b.is_empty())
            .ok_or_else(|| bad("no bucket"))?
            .to_owned();
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(bad("credentials go in the AWS_* settings, not the address"));
        }
        let prefix = parsed.path().trim_matches('/').to_owned();
        // A request of a person waits for the store at most about this long (three tries, not
        // object_store's ten over three minutes), then is answered 503.
        let retry = RetryConfig {
            max_retries: 3,
            retry_timeout: std::time::Duration::from_secs(15),
            ..RetryConfig::default()
        };
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(&bucket)
            .with_retry(retry)
            .with_client_options(
                ClientOptions::new().with_connect_timeout(std::time::Duration::from_secs(5)),
            );
        // Names the S3 client does not know (AWS_PROFILE, AWS_CA_BUNDLE...) are other tools'
        // settings, left alone as the AWS tools leave each other's.
        for (name, value) in settings {
            if let Ok(key) = name.to_ascii_lowercase().parse::<AmazonS3ConfigKey>() {
                builder = builder.with_config(key, value);
            }
        }
        let store = builder.build().map_err(|e| bad(&e.to_string()))?;
        Ok(ObjectBlobs {
            store: Arc::new(store),
            url: format!(
                "s3://{bucket}{}{prefix}",
                if prefix.is_empty() { "" } else { "/" }
            ),
            prefix,
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Where a blob lives. The name must be a SHA-256 (checked), never a path from outside.
    fn location(&self, sha256: &str) -> Result<Path, StoreError> {
        if !agora_core::document::is_sha256(sha256) {
            return Err(StoreError::NotFound(format!("no blob '{sha256}'")));
        }
        let name = format!("{}/{sha256}", &sha256[..2]);
        Ok(Path::from(if self.prefix.is_empty() {
            name
        } else {
            format!("{}/{name}", self.prefix)
        }))
    }

    fn failed(&self, e: object_store::Error) -> StoreError {
        match e {
            object_store::Error::NotFound { path, .. } => {
                StoreError::NotFound(format!("no blob '{path}' in {}", self.url))
            }
            // The network, the server, the credentials: said whole, to be tried again.
            other => StoreError::Unavailable(format!("the object store {}: {other}", self.url)),
        }
    }

    /// Reach the store once: Ok if it answers (a name that is no blob is looked up).
    pub async fn probe(&self) -> Result<(), StoreError> {
        self.size(&"0".repeat(64)).await.map(|_| ())
    }

    /// The size of a blob, or None if there is none.
    pub async fn size(&self, sha256: &str) -> Result<Option<u64>, StoreError> {
        match self.store.head(&self.location(sha256)?).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(self.failed(e)),
        }
    }

    /// Store bytes under their SHA-256; whether they were new. With `always`, they are written
    /// whether or not the object exists (the same work either way).
    pub async fn put(&self, sha256: &str, bytes: &[u8], always: bool) -> Result<bool, StoreError> {
        let there = if always {
            false
        } else {
            self.size(sha256).await?.is_some()
        };
        if there {
            return Ok(false);
        }
        let payload = PutPayload::from(Bytes::copy_from_slice(bytes));
        self.store
            .put(&self.location(sha256)?, payload)
            .await
            .map_err(|e| self.failed(e))?;
        Ok(true)
    }

    /// Store many blobs, a few at a time; each one's SHA-256 and whether it was new, in order.
    pub async fn put_many(
        &self,
        items: &[(&[u8], String)],
    ) -> Result<Vec<(String, bool)>, StoreError> {
        let mut seen = std::collections::HashSet::new();
        let firsts: Vec<bool> = items.iter().map(|(_, sha)| seen.insert(sha)).collect();
        futures_util::stream::iter(items.iter().zip(firsts))
            .map(|((bytes, sha), first)| async move {
                let new = first && self.put(sha, bytes, false).await?;
                Ok::<_, StoreError>((sha.clone(), new))
            })
            .buffered(AT_ONCE)
            .try_collect()
            .await
    }

    pub async fn read(&self, sha256: &str) -> Result<Vec<u8>, StoreError> {
        let got = self
            .store
            .get(&self.location(sha256)?)
            .await
            .map_err(|e| self.failed(e))?;
        Ok(got.bytes().await.map_err(|e| self.failed(e))?.to_vec())
    }

    /// A blob's size and its bytes as they arrive.
    pub async fn open(&self, sha256: &str) -> Result<super::OpenBlob, StoreError> {
        let got = self
            .store
            .get(&self.location(sha256)?)
            .await
            .map_err(|e| self.failed(e))?;
        let size = got.meta.size;
        let bytes = got.into_stream().map_err(std::io::Error::other).boxed();
        Ok(super::OpenBlob { size, bytes })
    }

    /// Every blob, by name, sorted: the objects named `prefix/ab/abcd…` as blobs are; any
    /// other object under the prefix is not one.
    pub async fn list(&self) -> Result<Vec<String>, StoreError> {
        let prefix = (!self.prefix.is_empty()).then(|| Path::from(self.prefix.as_str()));
        let mut names: Vec<String> = self
            .store
            .list(prefix.as_ref())
            .map_ok(|meta| meta.location)
            .try_collect::<Vec<_>>()
            .await
            .map_err(|e| self.failed(e))?
            .into_iter()
            .filter_map(|location| {
                let name = location.filename()?.to_owned();
                let blob = agora_core::document::is_sha256(&name)
                    && self.location(&name).is_ok_and(|l| l == location);
                blob.then_some(name)
            })
            .collect();
        names.sort();
        Ok(names)
    }

    pub async fn remove(&self, sha256: &str) -> Result<(), StoreError> {
        self.store
            .delete(&self.location(sha256)?)
            .await
            .map_err(|e| self.failed(e))
    }

    /// Whether a blob's bytes still hash to its name (read as they arrive).
    pub async fn verify(&self, sha256: &str) -> Result<bool, StoreError> {
        let mut bytes = self.open(sha256).await?.bytes;
        let mut hash = Sha256::new();
        while let Some(chunk) = bytes.try_next().await? {
            hash.update(&chunk);
        }
        Ok(super::hex(&hash.finalize()) == sha256)
    }
}
