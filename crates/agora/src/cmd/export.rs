//! `agora export`: the registry as Agora JSON, CSV or Popolo JSON.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use agora_core::Day;
use agora_ingest::Format;
use anyhow::{Context, bail};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    /// Agora's own JSON: everything, re-importable as it is.
    Json,
    /// fora.csv and memberships.csv (needs --out).
    Csv,
    /// A Popolo JSON bundle: organizations, memberships, areas.
    Popolo,
}

/// Export the registry. Output is deterministic: the same data gives the same bytes.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value = "json")]
    pub format: FormatArg,
    /// Only what held on this day (YYYY-MM-DD): memberships active then, fora that existed.
    #[arg(long, value_parser = parse_day)]
    pub as_of: Option<Day>,
    /// Write the file(s) into this directory instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

fn parse_day(s: &str) -> Result<Day, String> {
    s.parse::<Day>().map_err(|e| e.to_string())
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    let format = match args.format {
        FormatArg::Json => Format::Json,
        FormatArg::Csv => Format::Csv,
        FormatArg::Popolo => Format::Popolo,
    };
    if matches!(format, Format::Csv) && args.out.is_none() {
        bail!("a CSV export is two files (fora.csv, memberships.csv): give --out DIR");
    }
    let store = super::open_existing(place).await?;
    let mut dataset = store.snapshot().await?;
    if let Some(day) = args.as_of {
        dataset = dataset.as_of(day);
    }
    let files = agora_ingest::export(&dataset, format);
    match &args.out {
        None => {
            let mut out = std::io::stdout().lock();
            for f in &files {
                out.write_all(f.contents.as_bytes())?;
            }
            out.flush()?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            for f in &files {
                let target = dir.join(f.name);
                // Write beside, sync, then rename: a reader never sees half a file.
                let tmp = dir.join(format!(".{}.tmp", f.name));
                let mut file = std::fs::File::create(&tmp)
                    .with_context(|| format!("writing {}", tmp.display()))?;
                file.write_all(f.contents.as_bytes())?;
                file.sync_all()?;
                std::fs::rename(&tmp, &target)
                    .with_context(|| format!("writing {}", target.display()))?;
                eprintln!("wrote {}", target.display());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
