//! `agora backup` and `agora restore`: a whole installation, taken while the server runs and
//! writes, and put back into an empty data directory or database.
//!
//! A backup is a directory: the database (SQLite: a copy made by `VACUUM INTO`; PostgreSQL: a
//! `pg_dump` of one snapshot, files included, since they live in the database), the blobs
//! (SQLite: the files the copy's records hold, under `blobs/`), the JSON export of the same
//! snapshot (`agora.json`), and `manifest.json` last: the change-log position of the snapshot
//! and every file's size and SHA-256. It is written under a hidden name and renamed into place
//! when whole, so a directory with a manifest is a complete backup.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use agora_store::{ChangeLogStore, DocumentStore, Store};
use anyhow::{Context, bail};
use serde_json::{Value, json};

/// What `manifest.json` says its format is.
const FORMAT: &str = "agora-backup 1";

/// Back up the installation while it runs: its database, its files, and the JSON export of
/// the same snapshot, with a manifest of checksums and the change-log position.
#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// The directory to write the backup into (it must not exist yet).
    #[arg(long, required_unless_present = "into", conflicts_with = "into")]
    pub out: Option<PathBuf>,
    /// A directory of backups: this one goes into a new `agora-YYYYMMDDTHHMMSSmmmZ` in it.
    #[arg(long)]
    pub into: Option<PathBuf>,
    /// With --into: once this backup is whole, keep only the newest N backups there.
    #[arg(long, requires = "into", value_parser = clap::value_parser!(u32).range(1..))]
    pub keep: Option<u32>,
    /// The pg_dump program (PostgreSQL; of the server's major version or newer).
    #[arg(long, default_value = "pg_dump")]
    pub pg_dump: PathBuf,
}

/// Restore a backup into an empty data directory (SQLite) or an empty database (PostgreSQL,
/// with --database): every file is checked against the manifest first, and nothing is written
/// if one does not match. The search index is rebuilt.
#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The backup: a directory made by `agora backup`.
    pub backup: PathBuf,
    /// The pg_restore program (PostgreSQL).
    #[arg(long, default_value = "pg_restore")]
    pub pg_restore: PathBuf,
}

/// Where the records are: a SQLite file, or a PostgreSQL URL.
enum Db {
    Sqlite(PathBuf),
    Postgres(String),
}

fn db_of(place: &super::Place) -> anyhow::Result<Db> {
    Ok(match place.database.as_deref() {
        None => Db::Sqlite(place.data_dir().database_path()),
        Some(url) if url.starts_with("sqlite:") => Db::Sqlite(PathBuf::from(
            url.trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:"),
        )),
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Db::Postgres(url.to_owned())
        }
        Some(url) => bail!(agora_store::StoreError::UnsupportedUrl(
            agora_store::redact(url)
        )),
    })
}

pub async fn backup(place: &super::Place, args: BackupArgs) -> anyhow::Result<ExitCode> {
    let out = match (&args.out, &args.into) {
        (Some(out), _) => out.clone(),
        (None, Some(parent)) => {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
            parent.join(format!("agora-{}", stamp()))
        }
        (None, None) => bail!("give --out DIR or --into DIR"),
    };
    if out.exists() {
        bail!(
            "{} exists already: a backup goes into a new directory",
            out.display()
        );
    }
    let name = out
        .file_name()
        .with_context(|| format!("{} names no directory", out.display()))?
        .to_string_lossy()
        .into_owned();
    let partial = out.with_file_name(format!(".{name}.partial"));
    if partial.exists() {
        // Left by a backup that was interrupted: never a backup.
        std::fs::remove_dir_all(&partial)
            .with_context(|| format!("removing {}", partial.display()))?;
    }
    std::fs::create_dir_all(&partial).with_context(|| format!("creating {}", partial.display()))?;
    let taken = match db_of(place)? {
        Db::Sqlite(db) => backup_sqlite(place, &db, &partial).await,
        Db::Postgres(url) => backup_postgres(place, &url, &args.pg_dump, &partial).await,
    };
    let (backend, seq, public_writes) = match taken {
        Ok(t) => t,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&partial);
            return Err(e.context("the backup was not made"));
        }
    };
    let files = manifest_files(&partial)?;
    let bytes: u64 = files.iter().filter_map(|f| f["size"].as_u64()).sum();
    let manifest = json!({
        "format": FORMAT,
        "agora": env!("CARGO_PKG_VERSION"),
        "made_at": agora_core::time::now_text(),
        "backend": backend,
        "change_log": seq,
        "public_writes": public_writes,
        // Where the installation's files are in this backup: its `blobs/`, or the database
        // dump (PostgreSQL without an object store).
        "documents_files": if backend == "sqlite" || place.objects.is_some() { "blobs" } else { "database" },
        "files": files,
    });
    write_synced(
        &partial.join("manifest.json"),
        format!("{}\n", serde_json::to_string_pretty(&manifest)?).as_bytes(),
    )?;
    std::fs::rename(&partial, &out).with_context(|| format!("naming {}", out.display()))?;
    sync_dir(out.parent().unwrap_or(Path::new(".")));
    println!(
        "backed up {} at change-log position {seq} into {} ({} files, {bytes} bytes)",
        place.describe(),
        out.display(),
        files.len()
    );
    if let (Some(parent), Some(keep)) = (&args.into, args.keep) {
        for old in prune(parent, keep as usize, &out)? {
            println!("removed the older backup {}", old.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Now as a name that sorts in time order: `20261204T150000123Z`.
fn stamp() -> String {
    let t = agora_core::time::now_text();
    let mut s: String = t
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == 'T')
        .collect();
    s.push('Z');
    s
}

/// SQLite: the database copied by `VACUUM INTO`; a second copy opened to export it and to
/// read its position and the blobs its records hold; those blobs copied. The backend, the
/// change-log position and the count of public writes.
async fn backup_sqlite(
    place: &super::Place,
    db: &Path,
    dir: &Path,
) -> anyhow::Result<(&'static str, i64, i64)> {
    if !db.is_file() {
        bail!("no Agora database at {}", db.display());
    }
    let copy = dir.join("agora.db");
    agora_store::backup::sqlite_copy(db, &copy)
        .await
        .with_context(|| format!("copying {}", db.display()))?;
    // The copy in the backup is never opened (opening writes beside it); a second one is.
    let scratch = tempfile::tempdir_in(dir.parent().unwrap_or(Path::new(".")))?;
    let reading = scratch.path().join("agora.db");
    std::fs::copy(&copy, &reading)?;
    let snapshot = agora_store::SqliteStore::open(&reading, false).await?;
    let (seq, public_writes) = snapshot.data_version().await?;
    export_json(&snapshot, dir).await?;
    let held = snapshot.held_blobs().await?;
    snapshot.pool().close().await;
    drop(scratch);
    // Files never change under their name: copied now, they are the snapshot's.
    copy_files(&place.blobs(&snapshot)?, &held, dir).await?;
    Ok(("sqlite", seq, public_writes))
}

/// The backup's files put into an object store.
async fn put_files(dir: &Path, to: &agora_store::Blobs) -> anyhow::Result<()> {
    let from = agora_store::DirBlobs::new(dir.join("blobs"));
    for sha in from.list()? {
        let bytes = from.read(&sha)?;
        to.put_many_hashed(&[(&bytes, sha)])
            .await
            .with_context(|| format!("storing the files in {}", to.describe()))?;
    }
    Ok(())
}

/// The files `held` copied from the installation's blob store into the backup's `blobs/`, each
/// checked against its SHA-256 on the way.
async fn copy_files(live: &agora_store::Blobs, held: &[String], dir: &Path) -> anyhow::Result<()> {
    let blobs = agora_store::DirBlobs::new(dir.join("blobs"));
    for sha in held {
        let bytes = live
            .read(sha)
            .await
            .with_context(|| format!("reading the file {sha} (run `agora check`)"))?;
        if agora_store::sha256_hex(&bytes) != *sha {
            bail!("the file {sha} no longer matches its SHA-256 (run `agora check`)");
        }
        blobs.put_many_hashed(&[(&bytes, sha.clone())])?;
    }
    Ok(())
}

/// PostgreSQL: one snapshot, dumped by `pg_dump --snapshot` (the files with it, in their
/// tables) and exported through a store that reads that snapshot. With an object store, the
/// files the snapshot's records hold are copied from it, as for SQLite.
async fn backup_postgres(
    place: &super::Place,
    url: &str,
    pg_dump: &Path,
    dir: &Path,
) -> anyhow::Result<(&'static str, i64, i64)> {
    let snapshot = agora_store::backup::PgSnapshot::take(url).await?;
    // The store that reads the snapshot imports it now, while it is surely held open.
    let store = snapshot.store().await?;
    let dump = dir.join("agora.pgdump");
    let snapshot_id = snapshot.id.clone();
    run_pg_tool(pg_dump, url, "", move |cmd, target| {
        cmd.args([
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            "--snapshot",
        ])
        .arg(&snapshot_id)
        .arg("--file")
        .arg(&dump)
        .arg("--dbname")
        .arg(target);
    })
    .await?;
    let (seq, public_writes) = store.data_version().await?;
    export_json(&store, dir).await?;
    if let Some(objects) = place.object_blobs()? {
        copy_files(&objects, &store.held_blobs().await?, dir).await?;
    }
    store.pool().close().await;
    snapshot.end().await?;
    Ok(("postgres", seq, public_writes))
}

/// `agora.json`: the export `agora export --format json` writes, of this store.
async fn export_json(store: &dyn Store, dir: &Path) -> anyhow::Result<()> {
    let dataset = store.snapshot().await?;
    for f in agora_ingest::export(&dataset, agora_ingest::Format::Json) {
        write_synced(&dir.join("agora.json"), f.contents.as_bytes())?;
    }
    Ok(())
}

/// Every file of a backup directory but the manifest, with its size and SHA-256, by path.
fn manifest_files(dir: &Path) -> anyhow::Result<Vec<Value>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)? {
            let path = e?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let (size, sha256) = agora_store::backup::file_sha256(&path)?;
            let rel = path
                .strip_prefix(dir)
                .expect("inside the backup")
                .to_string_lossy()
                .replace('\\', "/");
            out.push(json!({ "path": rel, "size": size, "sha256": sha256 }));
        }
    }
    out.sort_by(|a, b| a["path"].as_str().cmp(&b["path"].as_str()));
    Ok(out)
}

fn write_synced(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut f =
        std::fs::File::create(path).with_context(|| format!("writing {}", path.display()))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Keep the newest `keep` backups (`agora-*` directories with a manifest) in `parent`, by
/// name (the time they were made), and never `made`, the one just made; the ones removed.
fn prune(parent: &Path, keep: usize, made: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut backups: Vec<PathBuf> = std::fs::read_dir(parent)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("agora-"))
                && p.join("manifest.json").is_file()
        })
        .collect();
    backups.sort();
    let old = backups.len().saturating_sub(keep);
    let removed: Vec<PathBuf> = backups.drain(..old).filter(|p| p != made).collect();
    for p in &removed {
        std::fs::remove_dir_all(p).with_context(|| format!("removing {}", p.display()))?;
    }
    Ok(removed)
}

pub async fn restore(place: &super::Place, args: RestoreArgs) -> anyhow::Result<ExitCode> {
    let dir = &args.backup;
    let manifest: Value = serde_json::from_slice(
        &std::fs::read(dir.join("manifest.json"))
            .with_context(|| format!("{} is no backup (no manifest.json)", dir.display()))?,
    )
    .context("manifest.json cannot be read")?;
    if manifest["format"] != FORMAT {
        bail!("{}: not a backup of this format ({FORMAT})", dir.display());
    }
    // Every file as the manifest says, and no other, before anything is written.
    let listed = manifest["files"]
        .as_array()
        .context("manifest.json lists no files")?;
    let on_disk = manifest_files(dir)?;
    let mut problems = Vec::new();
    for f in listed {
        let path = f["path"].as_str().unwrap_or("");
        match on_disk.iter().find(|d| d["path"] == path) {
            None => problems.push(format!("{path}: missing")),
            Some(d) if d["size"] != f["size"] || d["sha256"] != f["sha256"] => {
                problems.push(format!("{path}: its bytes are not the ones backed up"))
            }
            Some(_) => {}
        }
    }
    for d in &on_disk {
        let path = d["path"].as_str().unwrap_or("");
        if path != "manifest.json" && !listed.iter().any(|f| f["path"] == path) {
            problems.push(format!("{path}: not in the manifest"));
        }
    }
    if !problems.is_empty() {
        bail!(
            "the backup in {} is damaged; nothing was restored:\n  {}",
            dir.display(),
            problems.join("\n  ")
        );
    }
    let seq = manifest["change_log"].as_i64().context("no change_log")?;
    // The search index is rebuilt from the restored records: an index already here belongs to
    // other records.
    let index = place.data_dir().index_dir();
    if index.join("meta.json").exists() {
        bail!(
            "{} holds a search index: restore into an empty data directory (the index is derived data: removing it is safe)",
            index.display()
        );
    }
    // Files kept in the database dump stay there: they cannot go into an object store.
    if manifest["documents_files"] == "database" && place.objects.is_some() {
        bail!(
            "this backup keeps its files in the PostgreSQL dump: restore it without --blobs (then copy them with `agora blobs import` if need be); nothing was restored"
        );
    }
    match (manifest["backend"].as_str(), db_of(place)?) {
        (Some("sqlite"), Db::Sqlite(db)) => restore_sqlite(place, dir, &db).await?,
        (Some("postgres"), Db::Postgres(url)) => {
            // Into an object store first, which may be done again: the database restore is
            // one transaction, and a restore into a database that has tables is refused.
            if let Some(objects) = place.object_blobs()? {
                put_files(dir, &objects).await?;
            }
            restore_postgres(dir, &url, &args.pg_restore).await?;
        }
        (Some(b), _) => bail!(
            "this is a backup of a {b} installation: restore it into the same backend (to move between backends, import its agora.json: see docs/OPERATIONS.md)"
        ),
        (None, _) => bail!("manifest.json names no backend"),
    }
    let store = super::open_existing(place).await?;
    let (now, _) = store.data_version().await?;
    if now != seq {
        bail!("the restored database is at change-log position {now}, the backup at {seq}");
    }
    let blobs = place.blobs(store.as_ref())?;
    if manifest["documents_files"] == "blobs"
        && manifest["backend"] == "postgres"
        && place.objects.is_none()
    {
        // A backup of PostgreSQL with an object store, restored without one: the files go
        // into the database.
        put_files(dir, &blobs).await?;
    }
    // Every file a restored record holds is there, wherever the files are kept.
    let mut missing = Vec::new();
    for sha in store.held_blobs().await? {
        if !blobs.contains(&sha).await? {
            missing.push(sha);
        }
    }
    if !missing.is_empty() {
        bail!(
            "the records are restored but {} of their files are not in {} (the first: {}); `agora check` lists them",
            missing.len(),
            blobs.describe(),
            missing[0]
        );
    }
    super::index_now(place, store.as_ref()).await?;
    println!(
        "restored the backup made {} (change-log position {seq}) into {}; `agora check` verifies it",
        manifest["made_at"].as_str().unwrap_or("?"),
        place.describe()
    );
    Ok(ExitCode::SUCCESS)
}

async fn restore_sqlite(place: &super::Place, dir: &Path, db: &Path) -> anyhow::Result<()> {
    if db.exists() {
        bail!(
            "{} exists: a backup is restored into an empty data directory",
            db.display()
        );
    }
    let target = place.data_dir();
    let blobs_dir = target.root().join("blobs");
    if std::fs::read_dir(&blobs_dir).is_ok_and(|mut d| d.next().is_some()) {
        bail!(
            "{} holds files: a backup is restored into an empty data directory",
            blobs_dir.display()
        );
    }
    target.create()?;
    if let Some(objects) = place.object_blobs()? {
        // The files go into the object store (those there already stay: same name, same bytes).
        put_files(dir, &objects).await?;
    } else {
        // Into a directory beside, renamed into place when all are there: a restore that
        // fails midway leaves `blobs/` empty, and may be run again.
        let staging = target.root().join(".blobs.restoring");
        if staging.exists() {
            std::fs::remove_dir_all(&staging)?;
        }
        let from = agora_store::DirBlobs::new(dir.join("blobs"));
        let to = agora_store::DirBlobs::new(&staging);
        std::fs::create_dir_all(&staging)?;
        for sha in from.list()? {
            let bytes = from.read(&sha)?;
            to.put_many_hashed(&[(&bytes, sha)])?;
        }
        std::fs::remove_dir(&blobs_dir)?; // empty (checked above), made by create()
        std::fs::rename(&staging, &blobs_dir)?;
    }
    // The database last, under a temporary name first: a data directory with `agora.db` is
    // whole.
    let root = db.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(root)?;
    let tmp = root.join(".agora.db.restoring");
    std::fs::copy(dir.join("agora.db"), &tmp)
        .with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::File::open(&tmp)?.sync_all()?;
    std::fs::rename(&tmp, db)?;
    sync_dir(root);
    Ok(())
}

async fn restore_postgres(dir: &Path, url: &str, pg_restore: &Path) -> anyhow::Result<()> {
    if !agora_store::backup::postgres_is_empty(url).await? {
        bail!(
            "the database {} has tables: a backup is restored into an empty database (createdb a new one)",
            agora_store::redact(url)
        );
    }
    let dump = dir.join("agora.pgdump");
    run_pg_tool(
        pg_restore,
        url,
        " (the database is left as it was: one transaction)",
        move |cmd, target| {
            cmd.args([
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                "--dbname",
            ])
            .arg(target)
            .arg(&dump);
        },
    )
    .await?;
    Ok(())
}

/// Run `pg_dump` or `pg_restore` against the database `url`: `args` gives its arguments (and
/// the URL without its password, which goes in PGPASSWORD, never on a command line). A failure
/// is said with the program's own words, then `after` (what it leaves behind).
async fn run_pg_tool(
    program: &Path,
    url: &str,
    after: &str,
    args: impl FnOnce(&mut Command, &str),
) -> anyhow::Result<()> {
    let (target, password) = agora_store::backup::split_password(url);
    let mut cmd = Command::new(program);
    args(&mut cmd, &target);
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    let out = tokio::task::spawn_blocking(move || cmd.output())
        .await?
        .with_context(|| format!("running {}", program.display()))?;
    if !out.status.success() {
        bail!(
            "{} failed{after}: {}",
            program.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}
