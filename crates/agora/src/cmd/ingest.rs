//! `agora ingest`: files and folders into the document library. Each file is read, its type found
//! from its content, its text extracted, its bytes stored by SHA-256 in the blob store, and its
//! record written with a change-log entry; a file that fails is reported at the end with its
//! reason, and the others go on. Running it again adds nothing: a file is known by its content.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use agora_core::document::{DocKind, DocVisibility};
use agora_core::{DocumentId, ForumId, Lang, PartialDate, ThemeId};
use agora_ingest::documents::{DocOptions, prepare};
use agora_store::{Blobs, Store, Written};
use anyhow::{Context, bail};

/// Ingest documents: text, Markdown, HTML, DOCX and PDF files, or folders of them.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders (read recursively; hidden files are skipped).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The forum the documents belong to (repeatable).
    #[arg(long = "forum", required = true)]
    pub fora: Vec<String>,
    /// declaration, action_plan, meeting_report, summary_report, background_paper, study,
    /// statement, recommendations or other.
    #[arg(long)]
    pub kind: String,
    /// The language (ISO 639, e.g. en, fr, es, ar, ru, zh); detected from the text when not given.
    #[arg(long)]
    pub lang: Option<String>,
    /// public, participants (of the first --forum), participants:FORUM, or confidential.
    #[arg(long, default_value = "public")]
    pub visibility: String,
    /// For participants-only documents: the day they become public by themselves (YYYY-MM-DD).
    #[arg(long)]
    pub public_from: Option<String>,
    /// The documents' date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<String>,
    /// The meeting the documents come from, in words.
    #[arg(long)]
    pub meeting: Option<String>,
    /// Where the documents were published.
    #[arg(long)]
    pub source_url: Option<String>,
    /// A theme of the vocabulary (repeatable).
    #[arg(long = "theme")]
    pub themes: Vec<String>,
}

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
) -> anyhow::Result<(DocumentId, Outcome)> {
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
) -> Vec<anyhow::Result<(DocumentId, Outcome)>> {
    let staged = stage_files(store, blobs, catalogue, items).await;
    record_files(store, staged, items, origin).await
}

/// What became of each file of a batch so far.
type Results = Vec<Option<anyhow::Result<(DocumentId, Outcome)>>>;

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
    let mut results: Vec<Option<anyhow::Result<(DocumentId, Outcome)>>> =
        (0..items.len()).map(|_| None).collect();
    let shas: Vec<String> = items
        .iter()
        .map(|i| agora_store::sha256_hex(&i.bytes))
        .collect();
    // The same bytes again are the document that holds them already (one query for the batch).
    let held = match store.documents_holding(&shas).await {
        Ok(h) => h,
        Err(e) => {
            let e = format!("{e:#}");
            return Staged {
                results: items
                    .iter()
                    .map(|_| Some(Err(anyhow::anyhow!("{e}"))))
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
                        .map_err(Into::into),
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
            Err(e) => results[i] = Some(Err(anyhow::anyhow!(e))),
        }
    }
    // The bytes, with two flushes of the file system for the batch.
    let bytes: Vec<(&[u8], String)> = ready
        .iter()
        .map(|(i, _)| (items[*i].bytes.as_slice(), shas[*i].clone()))
        .collect();
    let written = match tokio::runtime::Handle::current().runtime_flavor() {
        tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(|| blobs.put_many_hashed(&bytes))
        }
        _ => blobs.put_many_hashed(&bytes),
    };
    if let Err(e) = written {
        for (i, _) in &ready {
            results[*i] = Some(Err(anyhow::anyhow!("storing the file: {e}")));
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
) -> Vec<anyhow::Result<(DocumentId, Outcome)>> {
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
                        Err(e) => Err(e.into()),
                    },
                );
            }
        }
        Err(e) => {
            if let Some((i, _)) = ids.first() {
                results[*i] = Some(Err(e.into()));
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
                _ => Err(anyhow::anyhow!(
                    "the same bytes as {}, which failed",
                    items[first].name
                )),
            });
        }
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(anyhow::anyhow!("not stored"))))
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
fn batch_end(start: usize, count: usize, size: impl Fn(usize) -> u64) -> usize {
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
    mut done: impl FnMut(T, Vec<anyhow::Result<(DocumentId, Outcome)>>),
) -> anyhow::Result<()> {
    type Recording<T> = tokio::task::JoinHandle<(T, Vec<anyhow::Result<(DocumentId, Outcome)>>)>;
    let mut recording: Option<Recording<T>> = None;
    for (tag, items) in batches {
        let staged = stage_files(store.as_ref(), blobs, catalogue, &items).await;
        if let Some(previous) = recording.take() {
            let (tag, results) = previous.await.context("writing a batch's records")?;
            done(tag, results);
        }
        let (store, origin) = (store.clone(), origin.to_owned());
        recording = Some(tokio::spawn(async move {
            let results = record_files(store.as_ref(), staged, &items, &origin).await;
            (tag, results)
        }));
    }
    if let Some(last) = recording {
        let (tag, results) = last.await.context("writing a batch's records")?;
        done(tag, results);
    }
    Ok(())
}

/// Every file under the paths, folders read recursively in name order, hidden files skipped.
fn files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    fn walk(p: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
        let meta = std::fs::metadata(p).with_context(|| format!("reading {}", p.display()))?;
        if meta.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("reading the folder {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|e| {
                    !e.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            entries.sort();
            for e in entries {
                walk(&e, out)?;
            }
        } else {
            out.push(p.to_owned());
        }
        Ok(())
    }
    let mut out = Vec::new();
    for p in paths {
        walk(p, &mut out)?;
    }
    Ok(out)
}

fn options(args: &Args) -> anyhow::Result<DocOptions> {
    let fora: Vec<ForumId> = args
        .fora
        .iter()
        .map(|f| f.parse().with_context(|| format!("--forum {f}")))
        .collect::<anyhow::Result<_>>()?;
    let public_from = match &args.public_from {
        Some(d) => Some(
            d.parse()
                .map_err(|e| anyhow::anyhow!("--public-from: {e}"))?,
        ),
        None => None,
    };
    let visibility = match args.visibility.split_once(':') {
        None if args.visibility == "public" => DocVisibility::Public,
        None if args.visibility == "confidential" => DocVisibility::Confidential,
        None if args.visibility == "participants" => DocVisibility::Participants {
            forum: fora[0].clone(),
            public_from,
        },
        Some(("participants", f)) => DocVisibility::Participants {
            forum: f
                .parse()
                .with_context(|| format!("--visibility {}", args.visibility))?,
            public_from,
        },
        _ => bail!(
            "--visibility {}: use public, participants, participants:FORUM or confidential",
            args.visibility
        ),
    };
    if public_from.is_some() && !matches!(visibility, DocVisibility::Participants { .. }) {
        bail!("--public-from is for participants-only documents");
    }
    Ok(DocOptions {
        id: None,
        fora,
        kind: DocKind::parse(&args.kind).with_context(|| {
            format!(
                "--kind {}: use one of {}",
                args.kind,
                DocKind::ALL.map(DocKind::as_str).join(", ")
            )
        })?,
        lang: match &args.lang {
            Some(l) => Some(Lang::parse(l).with_context(|| format!("--lang {l}"))?),
            None => None,
        },
        title: None,
        visibility,
        date: match &args.date {
            Some(d) => Some(
                d.parse::<PartialDate>()
                    .map_err(|e| anyhow::anyhow!("--date: {e}"))?,
            ),
            None => None,
        },
        meeting: args.meeting.clone(),
        source_url: args.source_url.clone(),
        pdf: Some(pdf_reader()?),
        themes: args
            .themes
            .iter()
            .map(|t| t.parse::<ThemeId>().with_context(|| format!("--theme {t}")))
            .collect::<anyhow::Result<_>>()?,
    })
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    let options = options(&args)?;
    let store = super::open_existing(place).await?;
    let catalogue = store.catalogue().await?;
    for f in options.fora.iter().chain(match &options.visibility {
        DocVisibility::Participants { forum, .. } => Some(forum),
        _ => None,
    }) {
        if !catalogue.fora.contains(f) {
            bail!("unknown forum '{f}'");
        }
    }
    for t in &options.themes {
        if !catalogue.themes.contains(t) {
            bail!("unknown theme '{t}'");
        }
    }
    let blobs = place.data_dir().blobs();
    let files = files(&args.paths)?;
    let bar = super::progress_bar(files.len(), "ingesting");
    let (mut added, mut updated, mut unchanged) = (0, 0, 0);
    let mut failed: Vec<(PathBuf, String)> = Vec::new();
    let mut unreadable: Vec<(PathBuf, String)> = Vec::new();
    // Files are read as their batch comes up.
    let count = files.len();
    let mut next = 0;
    let batches = std::iter::from_fn(|| {
        let start = next;
        next = batch_end(start, count, |i| {
            std::fs::metadata(&files[i]).map_or(0, |m| m.len())
        });
        let (mut items, mut paths) = (Vec::new(), Vec::new());
        for path in &files[start..next] {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match read_limited(path) {
                Ok(bytes) => {
                    items.push(Item {
                        name,
                        bytes,
                        options: options.clone(),
                    });
                    paths.push(path.clone());
                }
                Err(e) => unreadable.push((path.clone(), format!("{e:#}"))),
            }
        }
        (next > start).then(|| ((paths, next - start), items))
    });
    let mut done = 0;
    store_batches(
        &store,
        &blobs,
        &catalogue,
        batches,
        "ingest",
        |(paths, files_in_chunk), results| {
            for (path, result) in paths.into_iter().zip(results) {
                match result {
                    Ok((_, Outcome::Added)) => added += 1,
                    Ok((_, Outcome::Updated)) => updated += 1,
                    Ok((_, Outcome::Unchanged)) => unchanged += 1,
                    Err(e) => failed.push((path, format!("{e:#}"))),
                }
            }
            done += files_in_chunk;
            bar.set_position(done as u64);
        },
    )
    .await?;
    failed.extend(unreadable);
    failed.sort();
    bar.finish_and_clear();
    println!(
        "{count} file(s): {added} added, {updated} updated, {unchanged} unchanged, {} failed",
        failed.len()
    );
    for (path, why) in &failed {
        println!("failed: {}: {why}", path.display());
    }
    super::index_now(place, store.as_ref()).await?;
    Ok(if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(crate::EXIT_DATA)
    })
}

/// PDFs are read by this same program in a child process (`agora extract-pdf`), with memory and
/// CPU limits and a 10-second timeout.
pub fn pdf_reader() -> anyhow::Result<agora_extract::PdfReader> {
    Ok(agora_extract::PdfReader {
        program: std::env::current_exe().context("finding this program for the PDF reader")?,
        args: vec!["extract-pdf".into()],
        timeout: std::time::Duration::from_secs(10),
    })
}

/// A file's bytes, refused before reading when it is larger than the extractor takes.
fn read_limited(path: &Path) -> anyhow::Result<Vec<u8>> {
    let len = std::fs::metadata(path)?.len();
    let max = agora_ingest::documents::MAX_BYTES;
    if len > max as u64 {
        bail!("the file is larger than {} MB", max / 1024 / 1024);
    }
    Ok(std::fs::read(path)?)
}

/// Load the built-in documents (the library of a fresh install); how many were added.
pub async fn load_builtin(place: &super::Place, store: &dyn Store) -> anyhow::Result<usize> {
    let catalogue = store.catalogue().await?;
    let blobs = place.data_dir().blobs();
    let mut added = 0;
    for b in agora_ingest::documents::builtin() {
        let (_, outcome) = store_file(
            store, &blobs, &catalogue, b.name, b.bytes, &b.options, "builtin",
        )
        .await
        .with_context(|| format!("loading the built-in document {}", b.name))?;
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
