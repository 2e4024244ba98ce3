//! One module per subcommand.

pub mod check;
pub mod export;
pub mod import;
pub mod ingest;
pub mod init;
pub mod serve;
pub mod user;

use std::path::PathBuf;
use std::sync::Arc;

use agora_store::{DataDir, OpenMode, Store};
use anyhow::Context;

/// Where the data lives: the data directory, and optionally a PostgreSQL database.
pub struct Place {
    pub data_dir: PathBuf,
    pub database: Option<String>,
}

impl Place {
    pub fn describe(&self) -> String {
        match &self.database {
            Some(url) => agora_store::redact(url),
            None => self.data_dir.display().to_string(),
        }
    }

    /// The data directory (also where files live when records are in PostgreSQL).
    pub fn data_dir(&self) -> DataDir {
        DataDir::new(&self.data_dir)
    }

    pub async fn open(&self, mode: OpenMode) -> anyhow::Result<Arc<dyn Store>> {
        agora_store::open(
            &DataDir::new(&self.data_dir),
            self.database.as_deref(),
            mode,
        )
        .await
        .with_context(|| format!("opening the data in {}", self.describe()))
    }
}

/// Open a store that must already exist.
pub async fn open_existing(place: &Place) -> anyhow::Result<Arc<dyn Store>> {
    place.open(OpenMode::MustExist).await
}

/// A progress bar on stderr; indicatif draws nothing when stderr is not a terminal.
pub fn progress_bar(len: usize, what: &str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(len as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len}")
            .expect("constant template")
            .progress_chars("=> "),
    );
    bar.set_message(what.to_owned());
    bar
}

pub fn describe(summary: &agora_store::ImportSummary) -> String {
    let list = |m: &std::collections::BTreeMap<&str, usize>| {
        if m.is_empty() {
            "none".to_owned()
        } else {
            m.iter()
                .map(|(k, v)| format!("{v} {k}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    format!(
        "created: {}; updated: {}; unchanged: {}",
        list(&summary.created),
        list(&summary.updated),
        summary.unchanged
    )
}
