//! `agora backup` while the server runs and a writer adds records, then `agora restore` into an
//! empty data directory (SQLite) or an empty database (PostgreSQL): the restored installation
//! passes `agora check` and exports exactly the export the backup holds. A damaged backup is
//! refused and writes nothing; `--into DIR --keep N` keeps the newest N.

mod support;

use support::ok;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde_json::Value;

fn agora(dir: &Path, database: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_agora"));
    cmd.args(args)
        .arg("--data-dir")
        .arg(dir)
        .env_remove("AGORA_DATA_DIR")
        .env_remove("DATABASE_URL");
    if let Some(url) = database {
        cmd.env("DATABASE_URL", url);
    }
    cmd.output().unwrap()
}

fn postgres() -> Option<String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(agora_store::testing::fresh_postgres_database())
}

fn writer_fora(export: &Value) -> usize {
    export["fora"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["id"].as_str().unwrap().starts_with("backup-writer-"))
        .count()
}

/// Back up `source` (a data directory, with `database` when on PostgreSQL) while its server runs
/// and a writer imports a new forum after another; restore into `target` (with `restore_to`).
fn backup_while_writing_then_restore(database: Option<&str>, restore_to: Option<&str>) {
    let tmp = tempfile::tempdir().unwrap();
    let (source, target, backup) = (
        tmp.path().join("source"),
        tmp.path().join("target"),
        tmp.path().join("backup"),
    );
    ok(&agora(&source, database, &["init"]));
    let export: Value = serde_json::from_str(&ok(&agora(
        &source,
        database,
        &["export", "--format", "json"],
    )))
    .unwrap();
    let (format, version, model) = (
        export["format"].clone(),
        export["version"].clone(),
        export["fora"][0].clone(),
    );
    let env: Vec<(&str, &str)> = database.map(|u| ("DATABASE_URL", u)).into_iter().collect();
    let (mut server, _base) = support::serve(&source, &[], &env);

    // The writer: one new forum per import, until told to stop.
    let (stop, written) = (
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicUsize::new(0)),
    );
    let writer = {
        let (stop, written) = (stop.clone(), written.clone());
        let (source, database) = (source.clone(), database.map(str::to_owned));
        let file = tmp.path().join("forum.json");
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(Ordering::Acquire) {
                n += 1;
                let mut forum = model.clone();
                forum["id"] = format!("backup-writer-{n}").into();
                forum["names"] = serde_json::json!({ "en": format!("Backup writer forum {n}") });
                let one =
                    serde_json::json!({ "format": format, "version": version, "fora": [forum] });
                std::fs::write(&file, one.to_string()).unwrap();
                ok(&agora(
                    &source,
                    database.as_deref(),
                    &["import", file.to_str().unwrap()],
                ));
                written.store(n, Ordering::Release);
            }
        })
    };
    let wait_for = |n: usize| {
        while written.load(Ordering::Acquire) < n {
            assert!(!writer.is_finished(), "the writer stopped");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    };
    wait_for(2);
    let before = written.load(Ordering::Acquire);
    let said = ok(&agora(
        &source,
        database,
        &["backup", "--out", backup.to_str().unwrap()],
    ));
    assert!(said.contains("at change-log position"), "{said}");
    let at_backup = written.load(Ordering::Acquire);
    wait_for(at_backup + 2);
    stop.store(true, Ordering::Release);
    writer.join().unwrap();
    let _ = server.kill();
    let _ = server.wait();

    // The backup holds the writer's fora up to its moment, not those written after.
    let held = std::fs::read_to_string(backup.join("agora.json")).unwrap();
    let held_fora = writer_fora(&serde_json::from_str(&held).unwrap());
    let all = writer_fora(
        &serde_json::from_str(&ok(&agora(
            &source,
            database,
            &["export", "--format", "json"],
        )))
        .unwrap(),
    );
    assert!(
        (before..=at_backup).contains(&held_fora) && held_fora < all,
        "the backup has {held_fora} of the writer's fora; {before} were written when it began, {at_backup} when it ended, {all} in the end"
    );
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(backup.join("manifest.json")).unwrap()).unwrap();
    assert!(manifest["change_log"].as_i64().unwrap() > 0, "{manifest}");
    for f in manifest["files"].as_array().unwrap() {
        let (size, sha) =
            agora_store::backup::file_sha256(&backup.join(f["path"].as_str().unwrap())).unwrap();
        assert_eq!(
            (f["size"].as_u64().unwrap(), f["sha256"].as_str().unwrap()),
            (size, sha.as_str())
        );
    }

    // A damaged copy of the backup is refused, and nothing is written.
    let damaged = tmp.path().join("damaged");
    copy_dir(&backup, &damaged);
    let json = damaged.join("agora.json");
    let mut bytes = std::fs::read(&json).unwrap();
    bytes[10] ^= 1;
    std::fs::write(&json, bytes).unwrap();
    let refused = agora(&target, restore_to, &["restore", damaged.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    let why = String::from_utf8_lossy(&refused.stderr);
    assert!(
        why.contains("damaged") && why.contains("agora.json"),
        "{why}"
    );
    assert!(!target.join("agora.db").exists());
    if let Some(url) = restore_to {
        let empty = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(agora_store::backup::postgres_is_empty(url))
            .unwrap();
        assert!(empty, "the refused restore wrote nothing into the database");
    }

    // Restored into an empty directory (and database): `check` passes, and the export is the
    // backup's, byte for byte.
    let said = ok(&agora(
        &target,
        restore_to,
        &["restore", backup.to_str().unwrap()],
    ));
    assert!(said.contains("restored the backup"), "{said}");
    let check = ok(&agora(&target, restore_to, &["check"]));
    assert!(check.contains("no problems"), "{check}");
    assert_eq!(
        ok(&agora(&target, restore_to, &["export", "--format", "json"])),
        held
    );
    // Not over an installation.
    let again = agora(&target, restore_to, &["restore", backup.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p: PathBuf = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

#[test]
fn a_sqlite_backup_taken_while_writing_restores_to_the_same_export() {
    backup_while_writing_then_restore(None, None);
}

#[test]
fn a_postgres_backup_taken_while_writing_restores_to_the_same_export() {
    let (Some(source), Some(target)) = (postgres(), postgres()) else {
        return;
    };
    backup_while_writing_then_restore(Some(&source), Some(&target));
}

#[test]
fn scheduled_backups_keep_the_newest() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, into) = (tmp.path().join("data"), tmp.path().join("backups"));
    ok(&agora(&data, None, &["init", "--no-dataset"]));
    let mut made = Vec::new();
    for _ in 0..3 {
        let said = ok(&agora(
            &data,
            None,
            &["backup", "--into", into.to_str().unwrap(), "--keep", "2"],
        ));
        let name = said
            .split_whitespace()
            .find_map(|w| w.rsplit('/').next().filter(|n| n.starts_with("agora-")))
            .unwrap_or_else(|| panic!("{said}"))
            .to_owned();
        made.push(name);
    }
    let mut left: Vec<String> = std::fs::read_dir(&into)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, made[1..], "the two newest are kept");
}
