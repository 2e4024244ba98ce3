//! `agora check`: the stored data's integrity.

use std::process::ExitCode;

/// Check integrity: the database's own checks, foreign keys, dangling references, unknown codes,
/// dates in order, every fact sourced. Exits 1 if anything is wrong.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub async fn run(place: &super::Place, _args: Args) -> anyhow::Result<ExitCode> {
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
    if problems.is_empty() {
        println!(
            "ok: {} fora, {} areas, {} organisations, {} themes, {} memberships; no problems",
            dataset.fora.len(),
            dataset.areas.len(),
            dataset.organisations.len(),
            dataset.themes.len(),
            dataset.memberships.len()
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
