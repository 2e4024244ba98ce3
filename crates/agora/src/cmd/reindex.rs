//! `agora reindex`: rebuild the search index from the store.

use std::process::ExitCode;

use anyhow::Context;

/// Rebuild the search index from the store, in one commit (searches see the old index until it
/// lands). Not needed in normal operation: `agora serve` follows the change log, and catches up
/// on start after a crash. Refused while a server writes the same index.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub async fn run(place: &super::Place, _args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(place).await?;
    let index = super::open_index(place)?;
    let started = std::time::Instant::now();
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_message("indexing");
    let count =
        agora_search::follow::rebuild(store.as_ref(), &index, &agora_core::kind::builtin(), &|n| {
            bar.set_message(format!("indexing: {n} entries"))
        })
        .await
        .context("rebuilding the search index")?;
    bar.finish_and_clear();
    println!(
        "indexed {count} entries (documents and fora) up to change {} in {:.1} s; the index takes {} bytes",
        index.seq(),
        started.elapsed().as_secs_f64(),
        index.size_on_disk()
    );
    Ok(ExitCode::SUCCESS)
}
