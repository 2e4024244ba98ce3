//! Shared state: the store and the cached read model that follows its change log.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use agora_core::Day;
use agora_store::Store;
use tokio::sync::RwLock;

use crate::error::AppError;
use crate::registry::Registry;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    cache: Arc<RwLock<Arc<Registry>>>,
    /// Fixed "today" for tests; None means the system clock.
    today: Option<Day>,
}

impl AppState {
    pub async fn new(store: Arc<dyn Store>, today: Option<Day>) -> Result<AppState, AppError> {
        let seq = store.latest_change().await?;
        let data = store.snapshot().await?;
        Ok(AppState {
            store,
            cache: Arc::new(RwLock::new(Arc::new(Registry::build(seq, data)))),
            today,
        })
    }

    /// The registry as of the latest change: one cheap query to compare positions, and a
    /// rebuild only when something was written since.
    pub async fn registry(&self) -> Result<Arc<Registry>, AppError> {
        let seq = self.store.latest_change().await?;
        {
            let cached = self.cache.read().await;
            if cached.seq == seq {
                return Ok(cached.clone());
            }
        }
        let mut slot = self.cache.write().await;
        if slot.seq != seq {
            let seq = self.store.latest_change().await?;
            let data = self.store.snapshot().await?;
            *slot = Arc::new(Registry::build(seq, data));
        }
        Ok(slot.clone())
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
