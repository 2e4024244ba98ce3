//! `agora check`: the stored data's integrity.

use std::collections::BTreeSet;
use std::process::ExitCode;

/// Check integrity: the database's own checks, foreign keys, dangling references, unknown codes,
/// dates in order and inside each forum's life, no two overlapping rows of one member in one role,
/// roles agreeing with their notes, every fact sourced and 'verified' only on a primary source;
/// every document's files in the blob store, whole, and no file held by no document; the search index holding exactly the store's documents and fora as
/// they are now. Prints how many facts are verified, unverified and stale, and lists for review the
/// fora whose rows are dated except some. Exits 1 if anything is wrong.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Delete files of the blob store that no document holds (an interrupted ingest leaves
    /// them; running the same ingest again would use them).
    #[arg(long)]
    pub remove_orphans: bool,
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(place).await?;
    let mut problems = store.integrity_problems().await?;
    let dataset = store.snapshot().await?;
    let mut known = agora_core::Catalogue::default();
    known.extend_from(&dataset);
    problems.extend(
        agora_core::validate(&dataset, &known)
            .iter()
            .map(ToString::to_string),
    );
    let documents = store.documents().await?;
    for d in &documents {
        for (field, message) in
            agora_core::document::problems(d, &|f| known.fora.contains(f), &|t| {
                known.themes.contains(t)
            })
        {
            problems.push(format!("document {}: {field}: {message}", d.id));
        }
    }
    let blobs = place.blobs(store.as_ref())?;
    let held: BTreeSet<String> = store.held_blobs().await?.into_iter().collect();
    for sha in &held {
        if !blobs.contains(sha).await? {
            problems.push(format!(
                "file {sha}: a document holds it but the blob store ({}) has not",
                blobs.describe()
            ));
        } else if !blobs.verify(sha).await? {
            problems.push(format!("file {sha}: its bytes no longer match its SHA-256"));
        }
    }
    // Files of uploads under way (or abandoned, until the server sweeps them) are no orphans.
    let noted: BTreeSet<String> = store.noted_uploads().await?.into_iter().collect();
    for sha in blobs.list().await? {
        if held.contains(&sha) || noted.contains(&sha) {
            continue;
        }
        if args.remove_orphans {
            blobs.remove(&sha).await?;
            println!("removed {sha}: no document held it");
        } else {
            problems.push(format!(
                "file {sha}: no document holds it (left by an interrupted ingest: run the ingest again, or `agora check --remove-orphans`)"
            ));
        }
    }
    if place.data_dir().index_dir().join("meta.json").exists() {
        let index = super::open_index(place)?;
        problems.extend(
            agora_search::follow::check(store.as_ref(), &index, &agora_core::kind::builtin())
                .await?,
        );
    } else {
        problems.push(
            "there is no search index: `agora serve` builds it on start, or run `agora reindex`"
                .into(),
        );
    }
    let tally = agora_core::provenance::tally(&dataset, agora_core::time::today());
    println!(
        "facts (fora and memberships): {} verified, {} unverified; {} stale (never checked or last checked more than {} days ago; {} never checked)",
        tally.verified,
        tally.unverified,
        tally.stale,
        agora_core::provenance::STALE_AFTER_DAYS,
        tally.never_checked
    );
    let review = agora_core::review(&dataset);
    if !review.is_empty() {
        println!("for review ({}; not problems of the data):", review.len());
        for r in &review {
            println!("  {r}");
        }
    }
    if problems.is_empty() {
        println!(
            "ok: {} fora, {} areas, {} organisations, {} themes, {} memberships, {} documents ({} files), the search index agrees; no problems",
            dataset.fora.len(),
            dataset.areas.len(),
            dataset.organisations.len(),
            dataset.themes.len(),
            dataset.memberships.len(),
            documents.len(),
            held.len()
        );
        Ok(ExitCode::SUCCESS)
    } else {
        for p in &problems {
            println!("{p}");
        }
        println!("{} problem(s) found", problems.len());
        Ok(ExitCode::FAILURE)
    }
}
