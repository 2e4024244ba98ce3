//! Keeping the index in step with the store: following the change log (each batch committed
//! with the position it reaches, so a crash at any moment resumes from the last commit),
//! rebuilding from scratch, and checking that the two agree.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use agora_store::Store;

use agora_core::contribution::Entity;
use agora_core::kind::RecordKind;

use crate::entry::{Entry, What, key};
use crate::{SearchError, SearchIndex, Update};

/// Change-log entries read (and committed to the index) at a time.
const BATCH: i64 = 1_000;

/// The kinds of record the index holds, as declared (`agora_core::kind`).
pub type Kinds = [Arc<dyn RecordKind>];

/// The declaration of a searchable kind, by its name.
fn searchable<'a>(kinds: &'a Kinds, entity: &str) -> Option<&'a dyn RecordKind> {
    kinds
        .iter()
        .find(|k| k.searchable() && k.name() == entity)
        .map(|k| k.as_ref())
}

/// A record's entry, as its kind declares it; None for a body its kind does not read.
fn entry_of(
    kind: &dyn RecordKind,
    id: &str,
    body: &str,
    texts: Vec<(String, String)>,
) -> Result<Option<Entry>, SearchError> {
    let value: serde_json::Value = serde_json::from_str(body).map_err(|e| {
        SearchError::Corrupt(format!(
            "{} {id}: stored record unreadable: {e}",
            kind.name()
        ))
    })?;
    Ok(kind
        .search_entry(&value, texts)
        .map(|e| Entry::of(What::of(kind), e)))
}

/// The updates that bring the records `ids` of a searchable kind in line with the store. A
/// document's text is kept beside it (its own table), so documents are read with their texts;
/// every other kind from its body.
async fn updates_for(
    store: &dyn Store,
    kind: &dyn RecordKind,
    ids: &[String],
) -> Result<Vec<Update>, SearchError> {
    let what = What::of(kind);
    let mut updates = Vec::with_capacity(ids.len());
    let mut found = BTreeSet::new();
    if kind.entity() == Entity::DOCUMENT {
        for (d, texts) in store.documents_with_texts(ids).await? {
            found.insert(d.id.to_string());
            updates.push(Update::Put(Box::new(Entry::document(&d, texts))));
        }
    } else {
        for id in ids {
            let Some(body) = store.record_body(kind.table(), id).await? else {
                continue;
            };
            if let Some(e) = entry_of(kind, id, &body, Vec::new())? {
                found.insert(id.clone());
                updates.push(Update::Put(Box::new(e)));
            }
        }
    }
    for id in ids.iter().filter(|id| !found.contains(*id)) {
        updates.push(Update::Delete(key(&what, id)));
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
pub async fn catch_up(
    store: &dyn Store,
    index: &Arc<SearchIndex>,
    kinds: &Kinds,
) -> Result<usize, SearchError> {
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
        // The records changed, by kind, each once.
        let mut changed: BTreeMap<&str, (&dyn RecordKind, Vec<String>)> = BTreeMap::new();
        let mut seen = BTreeSet::new();
        for c in &changes {
            let Some(kind) = searchable(kinds, &c.entity) else {
                continue;
            };
            if seen.insert((kind.name(), c.entity_id.as_str())) {
                changed
                    .entry(kind.name())
                    .or_insert((kind, Vec::new()))
                    .1
                    .push(c.entity_id.clone());
            }
        }
        let mut updates = Vec::new();
        for (kind, ids) in changed.values() {
            updates.extend(updates_for(store, *kind, ids).await?);
        }
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

/// Every entry the store's records make, kind by kind.
async fn all_entries(
    store: &dyn Store,
    kinds: &Kinds,
    each: &mut (dyn FnMut(Vec<Entry>) -> Result<(), SearchError> + Send),
) -> Result<(), SearchError> {
    for kind in kinds.iter().filter(|k| k.searchable()) {
        let kind = kind.as_ref();
        if kind.entity() == Entity::DOCUMENT {
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
            continue;
        }
        let mut entries = Vec::new();
        for (id, body) in store.record_bodies(kind.table()).await? {
            entries.extend(entry_of(kind, &id, &body, Vec::new())?);
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
    kinds: &Kinds,
    progress: &(dyn Fn(usize) + Send + Sync),
) -> Result<usize, SearchError> {
    index.claim()?;
    // The position is read first: the records read after it are at least that new.
    let seq = store.latest_change().await?;
    let mut count = 0;
    let mut first = true;
    all_entries(store, kinds, &mut |entries| {
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
pub async fn check(
    store: &dyn Store,
    index: &SearchIndex,
    kinds: &Kinds,
) -> Result<Vec<String>, SearchError> {
    let mut problems = Vec::new();
    let latest = store.latest_change().await?;
    if index.seq() < latest {
        let behind = store.changes_since(index.seq(), i64::MAX).await?;
        let pending = behind
            .iter()
            .filter(|c| searchable(kinds, &c.entity).is_some())
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
    all_entries(store, kinds, &mut |entries| {
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
