//! `agora blobs`: the installation's files (documents' and releases'), wherever they live.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};

/// Manage the installation's files.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Copy the files of a blobs directory (a node's `blobs/` from before files moved into the
    /// PostgreSQL database) into the installation's blob store. Files it has already are left
    /// alone; a file whose bytes no longer match its name is not copied, and is listed (exit 1).
    /// No record changes.
    Import {
        /// The directory: `blobs/` of a data directory (files under `ab/abcdef...`).
        dir: PathBuf,
    },
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    let Action::Import { dir } = args.action;
    if !dir.is_dir() {
        bail!("{} is not a directory", dir.display());
    }
    let store = super::open_existing(place).await?;
    let blobs = place.blobs(store.as_ref())?;
    let from = agora_store::DirBlobs::new(&dir);
    let names = from
        .list()
        .with_context(|| format!("listing {}", dir.display()))?;
    let (mut copied, mut present, mut damaged) = (0, 0, Vec::new());
    for sha in &names {
        if blobs.contains(sha).await? {
            present += 1;
            continue;
        }
        let bytes = from.read(sha)?;
        if agora_store::sha256_hex(&bytes) != *sha {
            damaged.push(sha);
            continue;
        }
        blobs.put(&bytes).await?;
        copied += 1;
    }
    println!(
        "{copied} files copied into {}, {present} there already, {} damaged",
        blobs.describe(),
        damaged.len()
    );
    for sha in &damaged {
        println!("file {sha}: its bytes no longer match its SHA-256; not copied");
    }
    Ok(if damaged.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
