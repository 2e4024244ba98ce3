//! Shared state: the store and the cached read model that follows its change log.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use agora_core::Day;
use agora_store::Store;
use tokio::sync::RwLock;

use crate::error::AppError;
use crate::registry::Registry;

/// How often the change log is asked whether another process (a CLI import, another node) has
/// written. Writes made through this process's store are seen on the very next request.
pub const POLL_INTERVAL: Duration = Duration::from_millis(250);

struct Cached {
    registry: Arc<Registry>,
    /// The store's in-process write counter when `registry` was known to be current.
    generation: u64,
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    cache: Arc<RwLock<Cached>>,
    started: Instant,
    /// Milliseconds after `started` of the last look at the change log.
    polled_at: Arc<AtomicU64>,
    /// Fixed "today" for tests; None means the system clock.
    today: Option<Day>,
    /// Rendered responses, keyed by data version, day and URL.
    pub responses: Arc<crate::cache::ResponseCache>,
    /// Served over TLS (`--public-url https://...`): cookies are `Secure` and `__Host-` prefixed,
    /// and every response carries `Strict-Transport-Security`.
    pub secure_cookies: bool,
    /// The files of documents.
    pub blobs: agora_store::Blobs,
    /// The search index; this process is its one writer.
    search: Arc<agora_search::SearchIndex>,
    /// Held while the index catches up with the change log (one catch-up at a time).
    indexing: Arc<tokio::sync::Mutex<()>>,
    /// How uploaded PDFs are read (a child process); without it they are refused.
    pdf: Option<agora_extract::PdfReader>,
    /// Password hashing, a few at a time.
    pub hashing: Arc<crate::auth::Hashing>,
    /// The key of the sign-in form's tokens, shared by every node (kept in the store).
    pub form_key: Arc<[u8]>,
    /// Reverse proxies whose `X-Forwarded-For` says who the client is (`--trusted-proxy`).
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
}

/// The read model at change-log position `seq`: the registry's records and the documents.
async fn load(store: &dyn Store, seq: i64) -> Result<Registry, AppError> {
    let data = store.snapshot().await?;
    let documents = store.documents().await?;
    Ok(Registry::build(seq, data, documents))
}

impl AppState {
    pub async fn new(
        store: Arc<dyn Store>,
        blobs: agora_store::Blobs,
        search: Arc<agora_search::SearchIndex>,
        today: Option<Day>,
    ) -> Result<AppState, AppError> {
        let generation = store.generation();
        let seq = store.latest_change().await?;
        let registry = load(store.as_ref(), seq).await?;
        let form_key = store
            .secret("form-token-key", &crate::auth::new_token().0)
            .await?;
        Ok(AppState {
            store,
            cache: Arc::new(RwLock::new(Cached {
                registry: Arc::new(registry),
                generation,
            })),
            started: Instant::now(),
            polled_at: Arc::new(AtomicU64::new(0)),
            today,
            responses: Arc::new(crate::cache::ResponseCache::default()),
            secure_cookies: false,
            blobs,
            search,
            indexing: Arc::new(tokio::sync::Mutex::new(())),
            pdf: None,
            hashing: Arc::new(crate::auth::Hashing::for_this_machine()),
            form_key: form_key.into_bytes().into(),
            trusted_proxies: Arc::new([]),
        })
    }

    /// Read uploaded PDFs with `reader` (a child process with time and memory limits).
    pub fn with_pdf_reader(mut self, reader: agora_extract::PdfReader) -> AppState {
        self.pdf = Some(reader);
        self
    }

    pub fn pdf_reader(&self) -> Option<agora_extract::PdfReader> {
        self.pdf.clone()
    }

    /// Brings the search index up to the change log's end. Returns how many change-log entries
    /// it read.
    pub async fn catch_up_index(&self) -> Result<usize, AppError> {
        let _one_at_a_time = self.indexing.lock().await;
        Ok(agora_search::follow::catch_up(self.store.as_ref(), &self.search).await?)
    }

    /// The search index, caught up with the change log at least to `seq` (the registry's
    /// position), so that a search reflects every write the registry does: a document
    /// reclassified or removed is never found by its old visibility.
    pub async fn search_index(&self, seq: i64) -> Result<Arc<agora_search::SearchIndex>, AppError> {
        if self.search.seq() < seq {
            let _one_at_a_time = self.indexing.lock().await;
            if self.search.seq() < seq {
                agora_search::follow::catch_up(self.store.as_ref(), &self.search).await?;
            }
        }
        Ok(self.search.clone())
    }

    /// The current registry. Free when nothing was written here and the change log was looked
    /// at less than [`POLL_INTERVAL`] ago; otherwise one query, and a rebuild only if the log
    /// moved on.
    pub async fn registry(&self) -> Result<Arc<Registry>, AppError> {
        let generation = self.store.generation();
        let now = self.started.elapsed().as_millis() as u64;
        {
            let cached = self.cache.read().await;
            let fresh = now.saturating_sub(self.polled_at.load(Ordering::Acquire))
                < POLL_INTERVAL.as_millis() as u64;
            if cached.generation == generation && fresh {
                return Ok(cached.registry.clone());
            }
        }
        let mut slot = self.cache.write().await;
        // The position is read before the snapshot: the data is at least that new, never older
        // than its label (a write in between is picked up by the next look).
        let seq = self.store.latest_change().await?;
        self.polled_at.store(now, Ordering::Release);
        if slot.registry.seq != seq {
            slot.registry = Arc::new(load(self.store.as_ref(), seq).await?);
        }
        slot.generation = generation;
        Ok(slot.registry.clone())
    }

    /// The client of a request as the throttle and the audit log count it (see `client.rs`).
    pub fn client_key(&self, peer: std::net::IpAddr, headers: &axum::http::HeaderMap) -> String {
        crate::client::key(crate::client::address(&self.trusted_proxies, peer, headers))
    }

    pub fn today(&self) -> Day {
        self.today.unwrap_or_else(|| {
            let secs = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0);
            Day::from_days_since_epoch((secs / 86_400) as i64)
        })
    }
}
