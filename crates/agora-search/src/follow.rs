//! Keeping the index in step with the store: following the change log (each batch committed
//! with the position it reaches, so a crash at any moment resumes from the last commit),
//! rebuilding from scratch, and checking that the two agree.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

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

async fn forum_entry(store: &dyn Store, id: &str) -> Result<Option<Entry>, SearchError> {
    let Some(body) = store
        .record_body(
            agora_core::kind::RecordKind::table(&agora_core::kind::ForumKind),
            id,
        )
        .await?
    else {
        return Ok(None);
    };
    let forum: agora_core::Forum = serde_json::from_str(&body)
        .map_err(|e| SearchError::Corrupt(format!("forum {id}: stored record unreadable: {e}")))?;
    Ok(Some(Entry::forum(&forum)))
}

/// The updates that bring `documents` and `fora` (ids) in line with the store.
async fn updates_for(
    store: &dyn Store,
    documents: &[String],
    fora: &[String],
) -> Result<Vec<Update>, SearchError> {
    let mut updates = Vec::with_capacity(documents.len() + fora.len());
    let mut found = BTreeSet::new();
    for (d, texts) in store.documents_with_texts(documents).await? {
        found.insert(d.id.to_string());
        updates.push(Update::Put(Box::new(Entry::document(&d, texts))));
    }
    for id in documents.iter().filter(|id| !found.contains(*id)) {
        updates.push(Update::Delete(key(What::Document, id)));
    }
    for id in fora {
        updates.push(match forum_entry(store, id).await? {
            Some(e) => Update::Put(Box::new(e)),
            None => Update::Delete(key(What::Forum, id)),
        });
    }
    Ok(updates)
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, SearchError> + Send + 'static,
) -> Result<T, SearchError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| SearchError::Corrupt(format!("the index writer stopped: {e}")))?
}

/// Change-log entries applied at most between two commits when the index is far behind, by
/// default (a commit makes a segment; fewer, larger ones index faster; an index opened
/// [`SearchIndex::with_commit_every`] uses another number) ...
pub const COMMIT_EVERY: usize = 20_000;
/// ... and the longest time between two (the work a crash can lose, and how often progress shows).
const COMMIT_AFTER: std::time::Duration = std::time::Duration::from_millis(500);

/// Applies every change logged after the index's position, committing with the position reached
/// every [`SearchIndex::commit_every`] entries or [`COMMIT_AFTER`], and at the end. Returns how many change-log entries were read.
pub async fn catch_up(store: &dyn Store, index: &Arc<SearchIndex>) -> Result<usize, SearchError> {
    let mut read = 0;
    let mut at = index.seq();
    let mut uncommitted = 0;
    let mut committed_at = std::time::Instant::now();
    let every = index.commit_every();
    loop {
        let changes = store.changes_since(at, BATCH).await?;
        let Some(last) = changes.last().map(|c| c.seq) else {
            if uncommitted > 0 {
                let index = index.clone();
                blocking(move || index.commit(at)).await?;
            }
            return Ok(read);
        };
        read += changes.len();
        uncommitted += changes.len();
        let (mut documents, mut fora) = (Vec::new(), Vec::new());
        let mut seen = BTreeSet::new();
        for c in &changes {
            let Some(what) = indexed(&c.entity) else {
                continue;
            };
            if seen.insert((what.as_str(), c.entity_id.as_str())) {
                match what {
                    What::Document => documents.push(c.entity_id.clone()),
                    What::Forum => fora.push(c.entity_id.clone()),
                }
            }
        }
        let updates = updates_for(store, &documents, &fora).await?;
        let commit = uncommitted >= every || committed_at.elapsed() >= COMMIT_AFTER;
        let index = index.clone();
        blocking(move || {
            index.write(&updates)?;
            if commit {
                index.commit(last)?;
            }
            Ok(())
        })
        .await?;
        if commit {
            uncommitted = 0;
            committed_at = std::time::Instant::now();
        }
        at = last;
    }
}

/// Every entry the store's records make, keyed.
async fn all_entries(
    store: &dyn Store,
    each: &mut (dyn FnMut(Vec<Entry>) -> Result<(), SearchError> + Send),
) -> Result<(), SearchError> {
    let data = store.snapshot().await?;
    each(data.fora.iter().map(Entry::forum).collect())?;
    let ids: Vec<String> = store
        .documents()
        .await?
        .into_iter()
        .map(|d| d.id.to_string())
        .collect();
    for chunk in ids.chunks(500) {
        let entries = store
            .documents_with_texts(chunk)
            .await?
            .into_iter()
            .map(|(d, texts)| Entry::document(&d, texts))
            .collect();
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
