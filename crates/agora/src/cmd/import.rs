//! `agora import`: add or update records from files, all or nothing per file.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

/// Import files: Agora's own JSON export, CSV of fora or memberships, or a Popolo JSON bundle.
///
/// Each file is read and every row validated before anything is written; a file with any problem
/// changes nothing, and every problem is reported with its file, row or line, and field. Records
/// are matched by id: new ones are created, changed ones updated, the same ones left alone, so
/// importing the same file twice changes nothing.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files to import, in order (a memberships CSV may refer to fora of an earlier file).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(place).await?;
    let mut refused = 0usize;
    for path in &args.files {
        let name = path.display().to_string();
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{name}: cannot read: {e}");
                refused += 1;
                continue;
            }
        };
        let current = store
            .snapshot()
            .await
            .context("reading the current records")?;
        let parsed = match agora_ingest::parse_file(&name, &bytes, &current) {
            Ok(p) => p,
            Err(problems) => {
                report(&name, &problems);
                refused += 1;
                continue;
            }
        };
        let catalogue = store.catalogue().await?;
        let problems = agora_ingest::problems(&name, &parsed, &catalogue);
        if !problems.is_empty() {
            report(&name, &problems);
            refused += 1;
            continue;
        }
        let bar = super::progress_bar(parsed.dataset.record_count(), &name);
        let summary = store
            .import(&parsed.dataset, &format!("import:{name}"), &|n| {
                bar.set_position(n as u64)
            })
            .await
            .with_context(|| format!("writing {name}"))?;
        bar.finish_and_clear();
        println!("{name}: {}", super::describe(&summary));
    }
    super::index_now(place, store.as_ref()).await?;
    if refused > 0 {
        eprintln!(
            "{refused} of {} file(s) refused; they changed nothing",
            args.files.len()
        );
        return Ok(ExitCode::from(crate::EXIT_DATA));
    }
    Ok(ExitCode::SUCCESS)
}

fn report(name: &str, problems: &[agora_ingest::FileProblem]) {
    for p in problems {
        eprintln!("{p}");
    }
    eprintln!(
        "{name}: refused ({} problem(s)); nothing was written",
        problems.len()
    );
}
