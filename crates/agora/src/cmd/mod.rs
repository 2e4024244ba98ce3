//! One module per subcommand.

pub mod backup;
pub mod blobs;
pub mod check;
pub mod export;
pub mod import;
pub mod ingest;
pub mod init;
pub mod reindex;
pub mod release;
pub mod serve;
pub mod user;

use std::path::PathBuf;
use std::sync::Arc;

use agora_store::{DataDir, OpenMode, Store};
use anyhow::Context;

/// The address people reach Agora at (`--public-url`), which the links it makes start with.
#[derive(Debug, clap::Args)]
pub struct Site {
    /// The address people reach Agora at, which links start with. With https://, the server's
    /// session cookies are Secure and __Host- prefixed. Without it, `agora serve` uses the
    /// address it listens on, and `agora user` the one the server of the same data directory
    /// last served on (else http://127.0.0.1:8080).
    #[arg(long, env = "AGORA_PUBLIC_URL", value_parser = agora_app::PublicUrl::parse)]
    pub public_url: Option<agora_app::PublicUrl>,
}

/// The file of a data directory where `agora serve` writes the address it serves on.
const SERVING_AT: &str = "serving-at";

impl Site {
    /// The address links made outside the server start with: `--public-url`, else the address
    /// the server of this data directory last served on, else the default.
    pub fn for_links(&self, data_dir: &std::path::Path) -> agora_app::PublicUrl {
        self.public_url
            .clone()
            .or_else(|| {
                std::fs::read_to_string(data_dir.join(SERVING_AT))
                    .ok()
                    .and_then(|s| agora_app::PublicUrl::parse(s.trim()).ok())
            })
            .unwrap_or_default()
    }

    /// The address the server's links start with: `--public-url`, else the one it listens on
    /// (127.0.0.1 when it listens on every address).
    pub fn for_server(&self, listening: std::net::SocketAddr) -> agora_app::PublicUrl {
        self.public_url.clone().unwrap_or_else(|| {
            let mut addr = listening;
            if addr.ip().is_unspecified() {
                addr.set_ip(match addr {
                    std::net::SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
                    std::net::SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
                });
            }
            agora_app::PublicUrl::parse(&format!("http://{addr}"))
                .expect("an http:// address with a host is a public URL")
        })
    }
}

/// Remember the address a server serves on, for the links `agora user` prints.
pub fn record_serving(
    data_dir: &std::path::Path,
    url: &agora_app::PublicUrl,
) -> std::io::Result<()> {
    std::fs::write(data_dir.join(SERVING_AT), format!("{}\n", url.as_str()))
}

/// Where the data lives: the data directory, and optionally a PostgreSQL database and an
/// object store for the files.
pub struct Place {
    pub data_dir: PathBuf,
    pub database: Option<String>,
    pub objects: Option<ObjectStoreAt>,
}

/// An S3-compatible object store for the files: its `s3://bucket/prefix` and the settings
/// (the `AWS_*` variables) to reach it.
pub struct ObjectStoreAt {
    pub url: String,
    pub settings: Vec<(String, String)>,
}

impl Place {
    pub fn describe(&self) -> String {
        match &self.database {
            Some(url) => agora_store::redact(url),
            None => self.data_dir.display().to_string(),
        }
    }

    /// The data directory (with PostgreSQL, the node's own search index).
    pub fn data_dir(&self) -> DataDir {
        DataDir::new(&self.data_dir)
    }

    /// Where the installation's files are: in the object store if one is given; else in the
    /// PostgreSQL database when records are, so that every node has them; else `blobs/` of the
    /// data directory.
    pub fn blobs(&self, store: &dyn Store) -> anyhow::Result<agora_store::Blobs> {
        Ok(match self.object_blobs()? {
            Some(objects) => objects,
            None => self.data_dir().blobs_of(store),
        })
    }

    /// The object store for the files, if one is given.
    pub fn object_blobs(&self) -> anyhow::Result<Option<agora_store::Blobs>> {
        Ok(match &self.objects {
            Some(at) => Some(agora_store::Blobs::in_object_store(&at.url, &at.settings)?),
            None => None,
        })
    }

    /// With an object store for the files: reach it once, so that a wrong address or
    /// credentials are said now, before anything is written.
    pub async fn reach_objects(&self) -> anyhow::Result<()> {
        if let Some(objects) = self.object_blobs()? {
            objects.probe().await?;
        }
        Ok(())
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

/// The search index of the data directory (each node keeps its own, even with PostgreSQL).
/// `AGORA_INDEX_COMMIT_EVERY` sets how many change-log entries it applies at most between two
/// commits when catching up.
pub fn open_index(place: &Place) -> anyhow::Result<Arc<agora_search::SearchIndex>> {
    let dir = place.data_dir().index_dir();
    let mut index = agora_search::SearchIndex::open(&dir)
        .with_context(|| format!("opening the search index in {}", dir.display()))?;
    if let Ok(v) = std::env::var("AGORA_INDEX_COMMIT_EVERY") {
        let n: usize = v.parse().ok().filter(|n| *n > 0).with_context(|| {
            format!("AGORA_INDEX_COMMIT_EVERY is '{v}': give a positive number")
        })?;
        index = index.with_commit_every(n);
    }
    Ok(Arc::new(index))
}

/// Brings the search index up to date after a CLI write, unless a running server writes the
/// index (then the server does, within a second).
pub async fn index_now(place: &Place, store: &dyn Store) -> anyhow::Result<()> {
    let index = open_index(place)?;
    match agora_search::follow::catch_up(store, &index, &agora_core::kind::builtin()).await {
        Ok(0) => Ok(()),
        Ok(n) => {
            println!("search index: up to date ({n} change(s) indexed)");
            Ok(())
        }
        Err(agora_search::SearchError::Busy(_)) => {
            println!("search index: the running server indexes the changes");
            Ok(())
        }
        Err(e) => {
            Err(e).context("updating the search index (`agora reindex` rebuilds it from the store)")
        }
    }
}

/// Open a store that must already exist.
pub async fn open_existing(place: &Place) -> anyhow::Result<Arc<dyn Store>> {
    place.open(OpenMode::MustExist).await
}

/// A progress bar on stderr; indicatif draws nothing when stderr is not a terminal.
/// Load everything built in into an empty store: the dataset (`progress` told how many of its
/// records are written), the library's documents and the meetings. The dataset, and how many
/// documents and meetings were loaded.
pub async fn load_builtin(
    place: &Place,
    store: &dyn Store,
    progress: agora_store::Progress<'_>,
) -> anyhow::Result<(agora_core::Dataset, usize, usize)> {
    let dataset = agora_ingest::builtin::dataset();
    store
        .import(&dataset, "builtin", progress)
        .await
        .context("loading the built-in dataset")?;
    let documents = ingest::load_builtin(place, store).await?;
    let meetings = agora_app::meetings::load_builtin(store)
        .await
        .context("loading the built-in meetings")?;
    agora_app::recommendations::load_builtin(store)
        .await
        .context("loading the built-in recommendations")?;
    agora_app::routes::load_builtin(store)
        .await
        .context("loading the built-in routes")?;
    agora_app::practices::load_builtin(store)
        .await
        .context("loading the built-in practices")?;
    Ok((dataset, documents, meetings))
}

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
        "created: {}; updated: {};{} unchanged: {}",
        list(&summary.created),
        list(&summary.updated),
        if summary.removed.is_empty() {
            String::new()
        } else {
            format!(" removed: {};", list(&summary.removed))
        },
        summary.unchanged
    )
}
