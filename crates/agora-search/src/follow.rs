//! Keeping the index in step with the store: following the change log (each batch committed
//! with the position it reaches, so a crash at any moment resumes from the last commit),
//! rebuilding from scratch, and checking that the two agree.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use agora_core::contribution::Entity;
use agora_store::Store;

use crate::entry::{Entry, What, key};
use crate::{SearchError, SearchIndex, Update};

/// Change-log entries read (and committed to the index) at a time.
const BATCH: i64 = 1_000;

fn indexed(entity: &str) -> Option<What> {
    match entity {
        "document" => Some(What::Document),
        "forum" => Some(What::Forum),
        _ => None,
    }
}

async fn document_entry(store: &dyn Store, id: &str) -> Result<Option<Entry>, SearchError> {
    let Some(d) = store.document(id).await? else {
        return Ok(None);
    };
    let mut texts = Vec::with_capacity(d.versions.len());
    for v in &d.versions {
        if let Some(t) = store.document_text(id, v.lang.as_str()).await? {
            texts.push((v.lang.to_string(), t));
        }
    }
    Ok(Some(Entry::document(&d, &texts)))
}

async fn forum_entry(store: &dyn Store, id: &str) -> Result<Option<Entry>, SearchError> {
    let Some(body) = store.record_body(Entity::Forum, id).await? else {
        return Ok(None);
    };
    let forum: agora_core::Forum = serde_json::from_str(&body)
        .map_err(|e| SearchError::Corrupt(format!("forum {id}: stored record unreadable: {e}")))?;
    Ok(Some(Entry::forum(&forum)))
}

async fn update_for(store: &dyn Store, what: What, id: &str) -> Result<Update, SearchError> {
    let entry = match what {
        What::Document => document_entry(store, id).await?,
        What::Forum => forum_entry(store, id).await?,
    };
    Ok(match entry {
        Some(e) => Update::Put(Box::new(e)),
        None => Update::Delete(key(what, id)),
    })
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, SearchError> + Send + 'static,
) -> Result<T, SearchError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| SearchError::Corrupt(format!("the index writer stopped: {e}")))?
}

/// Applies every change logged after the index's position, a batch per commit. Returns how
/// many change-log entries were read.
pub async fn catch_up(store: &dyn Store, index: &Arc<SearchIndex>) -> Result<usize, SearchError> {
    let mut read = 0;
    loop {
        let changes = store.changes_since(index.seq(), BATCH).await?;
        let Some(last) = changes.last().map(|c| c.seq) else {
            return Ok(read);
        };
        read += changes.len();
        let mut seen = BTreeSet::new();
        let mut updates = Vec::new();
        for c in &changes {
            let Some(what) = indexed(&c.entity) else {
                continue;
            };
            if seen.insert((what.as_str(), c.entity_id.as_str())) {
                updates.push(update_for(store, what, &c.entity_id).await?);
            }
        }
        let index = index.clone();
        blocking(move || index.apply(&updates, last, false)).await?;
    }
}

/// Every entry the store's records make, keyed.
async fn all_entries(
    store: &dyn Store,
    each: &mut (dyn FnMut(Vec<Entry>) -> Result<(), SearchError> + Send),
) -> Result<(), SearchError> {
    let data = store.snapshot().await?;
    each(data.fora.iter().map(Entry::forum).collect())?;
    let documents = store.documents().await?;
    for chunk in documents.chunks(500) {
        let mut entries = Vec::with_capacity(chunk.len());
        for d in chunk {
            let mut texts = Vec::with_capacity(d.versions.len());
            for v in &d.versions {
                if let Some(t) = store.document_text(d.id.as_str(), v.lang.as_str()).await? {
                    texts.push((v.lang.to_string(), t));
                }
            }
            entries.push(Entry::document(d, &texts));
        }
        each(entries)?;
    }
    Ok(())
}

/// Rebuilds the index from the store in one commit: until it lands, searches see the old
/// index; a crash before it leaves the old one. Returns how many entries were indexed.
pub async fn rebuild(
    store: &dyn Store,
    index: &Arc<SearchIndex>,
    progress: &(dyn Fn(usize) + Send + Sync),
) -> Result<usize, SearchError> {
    index.claim()?;
    // The position is read first: the records read after it are at least that new.
    let seq = store.latest_change().await?;
    let mut count = 0;
    let mut first = true;
    all_entries(store, &mut |entries| {
        index.stage(&entries, first)?;
        first = false;
        count += entries.len();
        progress(count);
        Ok(())
    })
    .await?;
    let index = index.clone();
    blocking(move || index.apply(&[], seq, first)).await?;
    Ok(count)
}

/// Where the index and the store disagree, in words (empty when they agree).
pub async fn check(store: &dyn Store, index: &SearchIndex) -> Result<Vec<String>, SearchError> {
    let mut problems = Vec::new();
    let latest = store.latest_change().await?;
    if index.seq() < latest {
        let behind = store.changes_since(index.seq(), i64::MAX).await?;
        let pending = behind
            .iter()
            .filter(|c| indexed(&c.entity).is_some())
            .count();
        if pending > 0 {
            problems.push(format!(
                "the search index is at change {} of {latest}: {pending} change(s) to documents or fora are not indexed yet (`agora serve` catches up on start; `agora reindex` rebuilds)",
                index.seq()
            ));
            return Ok(problems);
        }
    }
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    all_entries(store, &mut |entries| {
        expected.extend(entries.iter().map(|e| (e.key(), e.digest())));
        Ok(())
    })
    .await?;
    let actual = index.digests()?;
    for (k, digest) in &expected {
        match actual.get(k) {
            None => problems.push(format!("{k} is in the store but not in the search index")),
            Some(d) if d != digest => problems.push(format!(
                "{k} differs between the store and the search index"
            )),
            Some(_) => {}
        }
    }
    for k in actual.keys().filter(|k| !expected.contains_key(*k)) {
        problems.push(format!("{k} is in the search index but not in the store"));
    }
    Ok(problems)
}
