//! `agora`: the command-line entry point. One file per command under `cmd/`.
//!
//! Exit codes: 0 success; 1 failure (including problems found by `check`); 2 wrong usage;
//! 65 input data refused (a file `import` could not accept).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

/// Exit code for input data that was refused (sysexits EX_DATAERR).
pub const EXIT_DATA: u8 = 65;

#[derive(Debug, Parser)]
#[command(
    name = "agora",
    version,
    about = "Agora: a self-hostable hub for inter-state dialogue on migration",
    long_about = "Agora keeps the landscape of Regional Consultative Processes on migration, \
                  inter-regional fora, regional organisations and the GFMD in one place: who takes \
                  part and since when, with sources.\n\nExit codes: 0 success; 1 failure or \
                  problems found; 2 wrong usage; 65 input data refused."
)]
pub struct Cli {
    /// The data directory (database, index, files, backups).
    #[arg(
        long,
        global = true,
        env = "AGORA_DATA_DIR",
        default_value = "./agora-data"
    )]
    pub data_dir: PathBuf,

    /// Keep records and the change log in PostgreSQL instead of the data directory's SQLite
    /// database: postgres://USER:PASSWORD@HOST:PORT/DATABASE (the database must exist).
    #[arg(
        long = "database",
        global = true,
        env = "DATABASE_URL",
        hide_env_values = true
    )]
    pub database: Option<String>,

    /// Keep the files of documents and releases in an S3-compatible object store instead:
    /// s3://BUCKET/PREFIX. It is reached and signed in to with the AWS_* variables of the
    /// environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION; AWS_ENDPOINT for a
    /// server other than Amazon's, AWS_ALLOW_HTTP=true for one without TLS). Without it, files
    /// are in the PostgreSQL database when records are, else under the data directory.
    #[arg(long = "blobs", global = true, env = "AGORA_BLOBS")]
    pub blobs: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Serve(cmd::serve::Args),
    Init(cmd::init::Args),
    Import(cmd::import::Args),
    Ingest(cmd::ingest::Args),
    Export(cmd::export::Args),
    Release(cmd::release::Args),
    Check(cmd::check::Args),
    Reindex(cmd::reindex::Args),
    Bench(agora_bench::Args),
    User(cmd::user::Args),
    Blobs(cmd::blobs::Args),
    Backup(cmd::backup::BackupArgs),
    Restore(cmd::backup::RestoreArgs),
    /// Read a PDF from stdin and write its text to stdout, within memory and time limits (run by
    /// Agora itself in a child process; not for people).
    #[command(hide = true)]
    ExtractPdf,
}

fn main() -> ExitCode {
    // The PDF reader runs alone, before any runtime or thread exists.
    if std::env::args().nth(1).as_deref() == Some("extract-pdf") {
        return agora_pdf::child_main();
    }
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let place = cmd::Place {
        data_dir: cli.data_dir,
        database: cli.database,
        // The object store's settings are the environment's, read here only.
        objects: cli.blobs.map(|url| cmd::ObjectStoreAt {
            url,
            settings: std::env::vars_os()
                .filter_map(|(name, value)| {
                    let name = name.to_string_lossy().into_owned();
                    name.starts_with("AWS_")
                        .then(|| (name, value.to_string_lossy().into_owned()))
                })
                .collect(),
        }),
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve(args) => cmd::serve::run(&place, args).await,
            Command::Init(args) => cmd::init::run(&place, args).await,
            Command::Import(args) => cmd::import::run(&place, args).await,
            Command::Ingest(args) => cmd::ingest::run(&place, args).await,
            Command::Export(args) => cmd::export::run(&place, args).await,
            Command::Release(args) => cmd::release::run(&place, args).await,
            Command::Check(args) => cmd::check::run(&place, args).await,
            Command::Reindex(args) => cmd::reindex::run(&place, args).await,
            Command::Bench(args) => agora_bench::run(args).await,
            Command::User(args) => cmd::user::run(&place, args).await,
            Command::Blobs(args) => cmd::blobs::run(&place, args).await,
            Command::Backup(args) => cmd::backup::backup(&place, args).await,
            Command::Restore(args) => cmd::backup::restore(&place, args).await,
            Command::ExtractPdf => Ok(agora_pdf::child_main()),
        }
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
    }
}
