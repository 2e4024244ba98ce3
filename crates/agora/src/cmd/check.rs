//! `agora check`: the stored data's integrity.

use std::collections::BTreeSet;
use std::process::ExitCode;

/// Check integrity: the database's own checks, foreign keys, dangling references, unknown codes,
/// dates in order, every fact sourced; every document's files in the blob store, whole, and no
/// file held by no document; the search index holding exactly the store's documents and fora as
/// they are now. Exits 1 if anything is wrong.
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
    let blobs = place.data_dir().blobs();
    let held: BTreeSet<String> = store.held_blobs().await?.into_iter().collect();
    for sha in &held {
        if !blobs.contains(sha) {
            problems.push(format!(
                "file {sha}: a document holds it but the blob store has not"
            ));
        } else if !blobs.verify(sha)? {
            problems.push(format!("file {sha}: its bytes no longer match its SHA-256"));
        }
    }
    for sha in blobs.list()? {
        if held.contains(&sha) {
            continue;
        }
        if args.remove_orphans {
            blobs.remove(&sha)?;
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
