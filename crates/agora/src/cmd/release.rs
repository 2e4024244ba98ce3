//! `agora release`: freeze the public dataset as it stands into a dated, immutable release (its
//! CSV files, datapackage.json and Popolo bundle, each kept by its SHA-256), with a changelog
//! against the release before; listed on the open data page and in its DCAT catalogue.

use std::process::ExitCode;

use anyhow::Context;

/// Make a release of the open data.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The address people reach Agora at (the data package's home page), e.g.
    /// https://agora.example.org.
    #[arg(long)]
    pub public_url: Option<String>,
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(place).await?;
    let index = super::open_index(place)?;
    let mut app = agora_app::App::new(store.clone(), place.blobs(store.as_ref())?, index, None)
        .await
        .context("reading the registry")?;
    if let Some(url) = &args.public_url {
        app.public_url = agora_app::PublicUrl::parse(url).map_err(anyhow::Error::msg)?;
    }
    let release = agora_app::releases::make(&app)
        .await
        .context("making the release")?;
    println!("release {} (change {}):", release.name, release.seq);
    for f in &release.files {
        println!("  {}  {} ({} bytes)", f.sha256, f.name, f.size);
    }
    let c = &release.changes;
    if let Some(since) = &c.since {
        println!(
            "since {since}: {} fora added, {} removed; {} memberships added, {} removed, {} changed",
            c.fora_added.len(),
            c.fora_removed.len(),
            c.memberships_added.len(),
            c.memberships_removed.len(),
            c.memberships_changed.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
