//! `agora init`: create the data directory and load the built-in dataset.

use std::process::ExitCode;

use agora_store::OpenMode;
use anyhow::Context;

/// Create the data directory and load the built-in dataset of fora, states and memberships. On an
/// installation that exists already, apply this version's built-in dataset (its corrections)
/// to every record nobody has changed since it was loaded, keeping and listing the others.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Create an empty registry, without the built-in dataset (e.g. to import an export into).
    #[arg(long)]
    pub no_dataset: bool,
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    place.reach_objects().await?;
    let store = place.open(OpenMode::CreateIfMissing).await?;
    let data_dir = place.describe();
    if !store.is_empty().await? {
        if args.no_dataset {
            println!("{data_dir} is already initialised; nothing changed");
            return Ok(ExitCode::SUCCESS);
        }
        // An installation that already runs: this version's built-in data reaches every record
        // nobody has changed since it was loaded; the others are kept and listed.
        let done = agora_app::upgrade::apply(store.as_ref(), agora_ingest::builtin::dataset())
            .await
            .context("applying the built-in dataset")?;
        let meetings = agora_app::meetings::load_builtin(store.as_ref())
            .await
            .context("loading the built-in meetings")?;
        let recommendations = agora_app::recommendations::load_builtin(store.as_ref())
            .await
            .context("loading the built-in recommendations")?;
        let routes = agora_app::routes::load_builtin(store.as_ref())
            .await
            .context("loading the built-in routes")?;
        let practices = agora_app::practices::load_builtin(store.as_ref())
            .await
            .context("loading the built-in practices")?;
        println!(
            "{data_dir} is already initialised; applied this version's built-in dataset: {}; {meetings} built-in meetings, {recommendations} built-in recommendations, {routes} built-in routes and {practices} built-in practices written",
            super::describe(&done.summary)
        );
        if !done.kept.is_empty() {
            println!(
                "kept as they are ({}; edit them to take the built-in version):",
                done.kept.len()
            );
            for k in &done.kept {
                println!("  {} {}: {}", k.entity, k.id, k.why);
            }
        }
        super::index_now(place, store.as_ref()).await?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.no_dataset {
        println!("created an empty registry in {}", data_dir);
        return Ok(ExitCode::SUCCESS);
    }
    let bar = super::progress_bar(
        agora_ingest::builtin::dataset().record_count(),
        "loading the built-in dataset",
    );
    let (dataset, documents, meetings) =
        super::load_builtin(place, store.as_ref(), &|n| bar.set_position(n as u64)).await?;
    bar.finish_and_clear();
    println!(
        "initialised {}: {} fora, {} areas, {} organisations, {} themes, {} memberships, {} documents, {} meetings",
        data_dir,
        dataset.fora.len(),
        dataset.areas.len(),
        dataset.organisations.len(),
        dataset.themes.len(),
        dataset.memberships.len(),
        documents,
        meetings
    );
    super::index_now(place, store.as_ref()).await?;
    Ok(ExitCode::SUCCESS)
}
