//! The ingest pipeline: files become documents of the library, by the batch. Known bytes are
//! the documents that hold them already; texts are extracted on every core; new bytes go to the
//! blob store (made durable together), then every record and its text in one transaction, while
//! the next batch is staged. Used by `agora ingest`, the built-in library, and the benchmarks.

use std::sync::Arc;

use agora_core::DocumentId;
use agora_ingest::documents::{DocOptions, prepare};
use agora_store::{Blobs, Store, Written};

use crate::Error;

/// Why one file was not stored, for the person who gave it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FileError(pub String);

/// What became of one file: its document, or why not.
pub type Stored = Result<(DocumentId, Outcome), FileError>;

/// What became of one file.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Added,
    Updated,
    Unchanged,
}

/// Store one file as a document (see [`store_files`]).
pub async fn store_file(
    store: &dyn Store,
    blobs: &Blobs,
    catalogue: &agora_core::Catalogue,
    name: &str,
    bytes: &[u8],
    options: &DocOptions,
    origin: &str,
) -> Stored {
    let item = Item {
        name: name.to_owned(),
        bytes: bytes.to_vec(),
        options: options.clone(),
    };
    store_files(store, blobs, catalogue, &[item], origin)
        .await
        .pop()
        .expect("one result per file")
}

/// A file to store, with what to say about it.
pub struct Item {
    pub name: String,
    pub bytes: Vec<u8>,
    pub options: DocOptions,
}

/// Store files as documents, one result per file, in order. The bytes go to the blob store first
/// (made durable together), then every record and its text in one transaction: a
/// crash leaves at most files without a record, which the next run adopts. A file known by its
/// bytes is the document that holds them already. If the transaction fails, each document is
/// tried alone so that the failure is reported for the file that caused it.
pub async fn store_files(
    store: &dyn Store,
    blobs: &Blobs,
    catalogue: &agora_core::Catalogue,
    items: &[Item],
    origin: &str,
) -> Vec<Stored> {
    let staged = stage_files(store, blobs, catalogue, items).await;
    record_files(store, staged, items, origin).await
}

/// What became of each file of a batch so far.
type Results = Vec<Option<Stored>>;

/// A batch whose files are in the blob store and whose texts are extracted, waiting for its
/// records ([`record_files`]).
pub struct Staged {
    results: Results,
    ready: Vec<(usize, agora_ingest::documents::Prepared)>,
    shas: Vec<String>,
    /// The first file of the batch with each SHA-256 (later copies become its document).
    in_batch: std::collections::HashMap<String, usize>,
}

/// The first half of [`store_files`]: known bytes looked up, texts extracted on every core, new
/// bytes written to the blob store (made durable together).
pub async fn stage_files(
    store: &dyn Store,
    blobs: &Blobs,
    catalogue: &agora_core::Catalogue,
    items: &[Item],
) -> Staged {
    let mut results: Vec<Option<Stored>> = (0..items.len()).map(|_| None).collect();
    let shas: Vec<String> = items
        .iter()
        .map(|i| agora_store::sha256_hex(&i.bytes))
        .collect();
    // The same bytes again are the document that holds them already (one query for the batch).
    let held = match store.documents_holding(&shas).await {
        Ok(h) => h,
        Err(e) => {
            let e = e.to_string();
            return Staged {
                results: items
                    .iter()
                    .map(|_| Some(Err(FileError(e.clone()))))
                    .collect(),
                ready: Vec::new(),
                shas,
                in_batch: Default::default(),
            };
        }
    };
    let mut todo = Vec::new();
    let mut in_batch: std::collections::HashMap<String, usize> = Default::default();
    for (i, item) in items.iter().enumerate() {
        if item.options.id.is_none() {
            if let Some(existing) = held.get(&shas[i]) {
                results[i] = Some(
                    existing
                        .parse()
                        .map(|id| (id, Outcome::Unchanged))
                        .map_err(|e| FileError(format!("{e}"))),
                );
                continue;
            }
            if in_batch.contains_key(shas[i].as_str()) {
                continue; // a second copy in this batch: answered below, from the first
            }
            in_batch.insert(shas[i].clone(), i);
        }
        todo.push(i);
    }
    // Text out of the files, on every core.
    let prepared: Vec<(usize, Result<agora_ingest::documents::Prepared, String>)> = {
        let work = || {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
            let chunk = todo.len().div_ceil(threads).max(1);
            std::thread::scope(|scope| {
                let handles: Vec<_> = todo
                    .chunks(chunk)
                    .map(|part| {
                        let shas = &shas;
                        scope.spawn(move || {
                            part.iter()
                                .map(|&i| {
                                    let item = &items[i];
                                    let p = prepare(
                                        &item.name,
                                        &item.bytes,
                                        &shas[i],
                                        &item.options,
                                        &|f| catalogue.fora.contains(f),
                                        &|t| catalogue.themes.contains(t),
                                    )
                                    .map_err(|e| e.to_string());
                                    (i, p)
                                })
                                .collect::<Vec<_>>()
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().expect("text extraction does not panic"))
                    .collect()
            })
        };
        match tokio::runtime::Handle::current().runtime_flavor() {
            tokio::runtime::RuntimeFlavor::MultiThread => tokio::task::block_in_place(work),
            _ => work(),
        }
    };
    let mut ready = Vec::new();
    for (i, p) in prepared {
        match p {
            Ok(p) => ready.push((i, p)),
            Err(e) => results[i] = Some(Err(FileError(e))),
        }
    }
    // The bytes, with two flushes of the file system (or one transaction) for the batch.
    let bytes: Vec<(&[u8], String)> = ready
        .iter()
        .map(|(i, _)| (items[*i].bytes.as_slice(), shas[*i].clone()))
        .collect();
    let written = blobs.put_many_hashed(&bytes).await;
    if let Err(e) = written {
        for (i, _) in &ready {
            results[*i] = Some(Err(FileError(format!("storing the file: {e}"))));
        }
        ready.clear();
    }
    Staged {
        results,
        ready,
        shas,
        in_batch,
    }
}

/// The second half of [`store_files`]: the records of a staged batch, in one transaction.
pub async fn record_files(
    store: &dyn Store,
    staged: Staged,
    items: &[Item],
    origin: &str,
) -> Vec<Stored> {
    let Staged {
        mut results,
        ready,
        shas,
        in_batch,
    } = staged;
    let ids: Vec<(usize, DocumentId)> = ready
        .iter()
        .map(|(i, p)| (*i, p.document.id.clone()))
        .collect();
    let batch: Vec<_> = ready
        .into_iter()
        .map(|(_, p)| (p.document, vec![(p.lang, p.text)]))
        .collect();
    let outcome = |w: Written| match w {
        Written::Created => Outcome::Added,
        Written::Updated => Outcome::Updated,
        Written::Unchanged => Outcome::Unchanged,
    };
    match store.put_documents(&batch, origin).await {
        Ok(written) => {
            for ((i, id), w) in ids.into_iter().zip(written) {
                results[i] = Some(Ok((id, outcome(w))));
            }
        }
        Err(_) if batch.len() > 1 => {
            // Each alone, so that the failure is reported for the file that caused it.
            for ((i, id), one) in ids.into_iter().zip(batch) {
                results[i] = Some(
                    match store
                        .put_documents(std::slice::from_ref(&one), origin)
                        .await
                    {
                        Ok(w) => Ok((id, outcome(w[0]))),
                        Err(e) => Err(FileError(e.to_string())),
                    },
                );
            }
        }
        Err(e) => {
            if let Some((i, _)) = ids.first() {
                results[*i] = Some(Err(FileError(e.to_string())));
            }
        }
    }
    // Second copies of the same bytes: the document the first became.
    for (i, item) in items.iter().enumerate() {
        if results[i].is_none()
            && item.options.id.is_none()
            && let Some(&first) = in_batch.get(&shas[i])
        {
            results[i] = Some(match &results[first] {
                Some(Ok((id, _))) => Ok((id.clone(), Outcome::Unchanged)),
                _ => Err(FileError(format!(
                    "the same bytes as {}, which failed",
                    items[first].name
                ))),
            });
        }
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(FileError("not stored".into()))))
        .collect()
}

/// Files stored per transaction (document ids come from content hashes, so the keys of six
/// indexes are random: a larger transaction writes each index page to the log once for more
/// documents) ...
pub const BATCH: usize = 2048;
/// ... and at most this many bytes of files per batch, which is held in memory (a larger file
/// makes a batch alone).
pub const BATCH_BYTES: u64 = 64 * 1024 * 1024;

/// Where the batch of files that starts at `start` (of `count`) ends: after [`BATCH`] files, or
/// before the file that would take it over [`BATCH_BYTES`] (`size` of file `i`), with at least
/// one file in it.
pub fn batch_end(start: usize, count: usize, size: impl Fn(usize) -> u64) -> usize {
    let mut end = start;
    let mut bytes = 0u64;
    while end < count && end - start < BATCH {
        bytes = bytes.saturating_add(size(end));
        if end > start && bytes > BATCH_BYTES {
            break;
        }
        end += 1;
    }
    end
}

/// Store batches of files (each with a tag of the caller's), handing each batch's results to
/// `done` in order. A batch's records are written (by the database, on its own thread) while the
/// next batch's texts are extracted and its bytes written, so neither waits for the other; a
/// batch's records are committed only after the previous batch's.
pub async fn store_batches<T: Send + 'static>(
    store: &Arc<dyn Store>,
    blobs: &Blobs,
    catalogue: &agora_core::Catalogue,
    batches: impl IntoIterator<Item = (T, Vec<Item>)>,
    origin: &str,
    mut done: impl FnMut(T, Vec<Stored>),
) -> Result<(), Error> {
    type Recording<T> = tokio::task::JoinHandle<(T, Vec<Stored>)>;
    let mut recording: Option<Recording<T>> = None;
    for (tag, items) in batches {
        let staged = stage_files(store.as_ref(), blobs, catalogue, &items).await;
        if let Some(previous) = recording.take() {
            let (tag, results) = previous
                .await
                .map_err(|e| Error::Internal(format!("writing a batch's records: {e}")))?;
            done(tag, results);
        }
        let (store, origin) = (store.clone(), origin.to_owned());
        recording = Some(tokio::spawn(async move {
            let results = record_files(store.as_ref(), staged, &items, &origin).await;
            (tag, results)
        }));
    }
    if let Some(last) = recording {
        let (tag, results) = last
            .await
            .map_err(|e| Error::Internal(format!("writing a batch's records: {e}")))?;
        done(tag, results);
    }
    Ok(())
}

/// Load the built-in documents (the library of a fresh install); how many were added.
pub async fn load_builtin(store: &dyn Store, blobs: &Blobs) -> Result<usize, FileError> {
    let catalogue = store
        .catalogue()
        .await
        .map_err(|e| FileError(e.to_string()))?;
    let mut added = 0;
    for b in agora_ingest::documents::builtin() {
        let (_, outcome) = store_file(
            store, blobs, &catalogue, b.name, b.bytes, &b.options, "builtin",
        )
        .await
        .map_err(|e| FileError(format!("loading the built-in document {}: {e}", b.name)))?;
        if outcome == Outcome::Added {
            added += 1;
        }
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_holds_at_most_its_count_of_files_and_its_bytes_and_at_least_one_file() {
        let mb = 1024 * 1024;
        let cut = |sizes: &[u64]| {
            let mut ends = Vec::new();
            let mut start = 0;
            while start < sizes.len() {
                start = batch_end(start, sizes.len(), |i| sizes[i]);
                ends.push(start);
            }
            ends
        };
        assert_eq!(cut(&[]), Vec::<usize>::new());
        assert_eq!(batch_end(3, 3, |_| 0), 3);
        // Small files: by count.
        assert_eq!(cut(&vec![5_000; 5_000]), vec![2_048, 4_096, 5_000]);
        // Large files: by bytes; one over the limit alone.
        assert_eq!(cut(&[40 * mb, 20 * mb, 10 * mb, mb]), vec![2, 4]);
        assert_eq!(cut(&[50 * mb, 50 * mb, 50 * mb]), vec![1, 2, 3]);
        assert_eq!(cut(&[mb, 80 * mb, mb]), vec![1, 2, 3]);
        assert_eq!(cut(&[64 * mb, 0, 1]), vec![2, 3]);
    }
}
