//! The `agora` binary, run as a user runs it: each test gets its own data directories.

mod support;

use support::ok;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn agora(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_agora"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("AGORA_DATA_DIR")
        .output()
        .expect("the agora binary runs")
}

struct Fixture {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

impl Fixture {
    fn new() -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_owned();
        Fixture { _tmp: tmp, root }
    }
    fn dir(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }
    /// A data directory initialised with the built-in dataset.
    fn initialised(&self, name: &str) -> PathBuf {
        let d = self.dir(name);
        ok(&agora(&d, &["init"]));
        d
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

fn export_json(d: &Path) -> String {
    ok(&agora(d, &["export", "--format", "json"]))
}

#[test]
fn init_loads_the_landscape_and_check_passes() {
    let fx = Fixture::new();
    let d = fx.dir("d");
    let out = ok(&agora(&d, &["init"]));
    assert!(out.contains("initialised"), "{out}");
    let v: Value = serde_json::from_str(&export_json(&d)).unwrap();
    let count = |k: &str| v[k].as_array().unwrap().len();
    assert!(count("fora") >= 45, "{} fora", count("fora"));
    assert!(count("areas") >= 240, "{} areas", count("areas"));
    assert!(
        count("memberships") >= 900,
        "{} memberships",
        count("memberships")
    );
    let check = ok(&agora(&d, &["check"]));
    assert!(
        check.contains("the search index agrees; no problems"),
        "{check}"
    );
    // A second init changes nothing.
    let again = ok(&agora(&d, &["init"]));
    assert!(again.contains("already initialised"), "{again}");
    assert_eq!(
        export_json(&d),
        serde_json::to_string_pretty(&v).unwrap() + "\n"
    );
    // The data directory has the documented layout.
    for sub in ["agora.db", "index", "blobs", "backups"] {
        assert!(d.join(sub).exists(), "{sub} is missing");
    }
}

#[test]
fn a_releases_files_are_held_and_never_orphans() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    let blobs = agora_store::DirBlobs::new(d.join("blobs"));
    let before = blobs.list().unwrap().len();
    ok(&agora(&d, &["release"]));
    // The release's files are in the blob store, held by the release: `check` passes, and
    // `--remove-orphans` (which once took them for an interrupted ingest's) keeps them.
    let check = ok(&agora(&d, &["check", "--remove-orphans"]));
    assert!(check.contains("no problems"), "{check}");
    assert!(!check.contains("removed"), "{check}");
    assert!(blobs.list().unwrap().len() > before);
    ok(&agora(&d, &["check"]));
}

#[test]
fn json_export_then_import_into_a_fresh_directory_exports_identical_bytes() {
    let fx = Fixture::new();
    let a = fx.initialised("a");
    let first = export_json(&a);
    let file = fx.write("export.json", first.as_bytes());
    let b = fx.dir("b");
    ok(&agora(&b, &["init", "--no-dataset"]));
    let imported = ok(&agora(&b, &["import", file.to_str().unwrap()]));
    assert!(imported.contains("created: 255 area"), "{imported}");
    assert_eq!(export_json(&b), first, "the round trip changed the export");
    // Importing the same file again changes nothing.
    let again = ok(&agora(&b, &["import", file.to_str().unwrap()]));
    assert!(again.contains("created: none; updated: none"), "{again}");
}

#[test]
fn csv_and_popolo_exports_reimport_without_any_change() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    let before = export_json(&d);
    let out = fx.dir("out");
    for format in ["csv", "popolo"] {
        ok(&agora(
            &d,
            &["export", "--format", format, "--out", out.to_str().unwrap()],
        ));
    }
    let files: Vec<String> = ["fora.csv", "memberships.csv", "popolo.json"]
        .iter()
        .map(|f| out.join(f).to_str().unwrap().to_owned())
        .collect();
    // Both carry suspensions: Madagascar in SADC, 2009-2014.
    let csv = std::fs::read_to_string(&files[1]).unwrap();
    let mdg = csv
        .lines()
        .find(|l| l.starts_with("sadc:member:MDG,"))
        .unwrap();
    assert!(mdg.ends_with(",2009-03/2014-01"), "{mdg}");
    let popolo: Value = serde_json::from_str(&std::fs::read_to_string(&files[2]).unwrap()).unwrap();
    let mdg = popolo["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "sadc:member:MDG")
        .unwrap();
    assert_eq!(mdg["suspensions"][0]["start_date"], "2009-03");
    assert!(
        mdg["suspensions"][0]["sources"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    let mut args = vec!["import"];
    args.extend(files.iter().map(String::as_str));
    let report = ok(&agora(&d, &args));
    assert_eq!(
        report.matches("created: none; updated: none").count(),
        3,
        "{report}"
    );
    assert_eq!(export_json(&d), before);
}

#[test]
fn editing_an_export_updates_the_changed_records_by_id() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    let mut v: Value = serde_json::from_str(&export_json(&d)).unwrap();
    let ms = v["memberships"].as_array_mut().unwrap();
    let swe = ms
        .iter_mut()
        .find(|m| m["id"] == "soderkoping-process:member:SWE")
        .unwrap();
    swe["end_date"] = Value::from("2011-06");
    let file = fx.write("edited.json", serde_json::to_string(&v).unwrap().as_bytes());
    let report = ok(&agora(&d, &["import", file.to_str().unwrap()]));
    assert!(
        report.contains("created: none; updated: 1 membership;"),
        "{report}"
    );
    let after: Value = serde_json::from_str(&export_json(&d)).unwrap();
    let swe = after["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "soderkoping-process:member:SWE")
        .unwrap();
    assert_eq!(swe["end_date"], "2011-06");
}

fn members_as_of(d: &Path, forum: &str, role: &str, day: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(&ok(&agora(d, &["export", "--as-of", day]))).unwrap();
    let mut ids: Vec<String> = v["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["forum_id"] == forum && m["role"] == role)
        .map(|m| m["member"]["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn the_as_of_rule_on_real_data() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    // Bangkok, 4 June 2009: Sweden joined the Söderköping Process only in 2010.
    let s2009 = members_as_of(&d, "soderkoping-process", "member", "2009-06-04");
    assert!(!s2009.contains(&"SWE".to_owned()), "{s2009:?}");
    for c in ["BLR", "MDA", "UKR"] {
        assert!(s2009.contains(&c.to_owned()), "{c} missing from {s2009:?}");
    }
    // "2010" counts from its first day.
    let s2010 = members_as_of(&d, "soderkoping-process", "member", "2010-01-01");
    assert!(s2010.contains(&"SWE".to_owned()));
    // The Puebla Process had its eleven members.
    assert_eq!(members_as_of(&d, "rcm", "member", "2009-06-04").len(), 11);
    // The United Kingdom left the EU on 31 January 2020 and was a member through that day.
    assert!(members_as_of(&d, "eu", "member", "2020-01-31").contains(&"GBR".to_owned()));
    assert!(!members_as_of(&d, "eu", "member", "2020-02-01").contains(&"GBR".to_owned()));
    assert_eq!(members_as_of(&d, "eu", "member", "2009-06-04").len(), 27);
}

/// A bad file must be refused with a message naming where and what, and change nothing.
fn assert_refused(fx: &Fixture, d: &Path, name: &str, bytes: &[u8], expected: &[&str]) {
    let before = export_json(d);
    let file = fx.write(name, bytes);
    let out = agora(d, &["import", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(65),
        "{name} was not refused: {stderr}"
    );
    for e in expected {
        assert!(stderr.contains(e), "{name}: expected {e:?} in:\n{stderr}");
    }
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(export_json(d), before, "{name} changed the data");
}

fn one_membership(v: &Value, edit: impl Fn(&mut Value)) -> Vec<u8> {
    let mut m = v["memberships"][0].clone();
    edit(&mut m);
    let doc = serde_json::json!({"format": "agora-dataset", "version": 1, "memberships": [m]});
    serde_json::to_vec(&doc).unwrap()
}

#[test]
fn bad_imports_are_refused_with_row_and_field_and_change_nothing() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    let v: Value = serde_json::from_str(&export_json(&d)).unwrap();
    let first_id = v["memberships"][0]["id"].as_str().unwrap().to_owned();
    let located = format!("memberships[0] (id {first_id})");

    assert_refused(
        &fx,
        &d,
        "malformed.json",
        br#"{"format": "agora-dataset", "version": 1, "fora": [ {"id": "x",,"#,
        &["malformed.json: line 1, column", "malformed JSON"],
    );
    assert_refused(
        &fx,
        &d,
        "unknown-state.json",
        &one_membership(&v, |m| {
            m["member"] = serde_json::json!({"type": "area", "id": "QQQ"})
        }),
        &[&located, "member.id: unknown area code 'QQQ'"],
    );
    assert_refused(
        &fx,
        &d,
        "reversed.json",
        &one_membership(&v, |m| {
            m["start_date"] = "2005".into();
            m["end_date"] = "2001-03".into();
        }),
        &[
            &located,
            "end_date: the end (2001-03) is before the start (2005)",
        ],
    );
    assert_refused(
        &fx,
        &d,
        "unknown-forum.json",
        &one_membership(&v, |m| m["forum_id"] = "no-such-forum".into()),
        &[&located, "forum_id: unknown forum 'no-such-forum'"],
    );
    assert_refused(
        &fx,
        &d,
        "bad-date.json",
        &one_membership(&v, |m| m["start_date"] = "2003-13".into()),
        &[&located, "start_date", "'2003-13' is not a date"],
    );
    let mut dup: Value = serde_json::from_slice(&one_membership(&v, |_| {})).unwrap();
    let copy = dup["memberships"][0].clone();
    dup["memberships"].as_array_mut().unwrap().push(copy);
    assert_refused(
        &fx,
        &d,
        "duplicate.json",
        &serde_json::to_vec(&dup).unwrap(),
        &[
            "memberships[1]",
            "id: duplicate id",
            "(also at memberships[0])",
        ],
    );
    // One bad record among good ones: the good ones are not written either.
    let mut mixed: Value =
        serde_json::from_slice(&one_membership(&v, |m| m["note"] = "changed".into())).unwrap();
    let mut bad = mixed["memberships"][0].clone();
    bad["id"] = "new:member:QQQ".into();
    bad["member"] = serde_json::json!({"type": "area", "id": "QQQ"});
    mixed["memberships"].as_array_mut().unwrap().push(bad);
    assert_refused(
        &fx,
        &d,
        "mixed.json",
        &serde_json::to_vec(&mixed).unwrap(),
        &["memberships[1] (id new:member:QQQ)"],
    );

    let csv_head = "id,forum_id,member_type,member_id,role,start_date,end_date,verification,last_checked,note,sources\r\n";
    let mut invalid_utf8 = csv_head.as_bytes().to_vec();
    invalid_utf8.extend_from_slice(b"x:member:SWE,soderkoping-process,area,SWE,member,2010,,unverified,,caf\xe9,https://example.org/a\r\n");
    assert_refused(
        &fx,
        &d,
        "latin1.csv",
        &invalid_utf8,
        &["latin1.csv: line 2", "not valid UTF-8"],
    );
    assert_refused(
        &fx,
        &d,
        "no-role.csv",
        b"id,forum_id,member_type,member_id,start_date\r\nx,soderkoping-process,area,SWE,2010\r\n",
        &["no-role.csv: header: role: missing column 'role'"],
    );
    assert_refused(&fx, &d, "bad-row.csv",
        format!("{csv_head}a:member:SWE,soderkoping-process,area,SWE,member,2010,,unverified,,,https://example.org/a\r\nb:member:SWE,soderkoping-process,area,SWE,member,2010-02-30,,unverified,,,https://example.org/a\r\n").as_bytes(),
        &["bad-row.csv: line 3: start_date: '2010-02-30' is not a date"]);
    assert_refused(&fx, &d, "unknown-state.csv",
        format!("{csv_head}a:member:ZZZ,soderkoping-process,area,ZZZ,member,2010,,unverified,,,https://example.org/a\r\n").as_bytes(),
        &["unknown-state.csv: line 2 (id a:member:ZZZ): member.id: unknown area code 'ZZZ'"]);
    assert_refused(&fx, &d, "notes.txt", b"hello", &["unknown file type"]);
    assert_refused(
        &fx,
        &d,
        "array.json",
        b"[1, 2]",
        &["expected a JSON object"],
    );
}

#[test]
fn commands_refuse_a_missing_data_directory_and_create_nothing() {
    let fx = Fixture::new();
    let d = fx.dir("typo");
    for args in [&["export"][..], &["check"], &["import", "x.json"]] {
        let out = agora(&d, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("run `agora init"),
            "{args:?}"
        );
        assert!(!d.exists(), "{args:?} created the directory");
    }
    let out = agora(&d, &["export", "--format", "csv"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("give --out DIR"));
    let out = agora(&d, &["export", "--as-of", "2009-6-4"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_explains_every_command() {
    let out = Command::new(env!("CARGO_BIN_EXE_agora"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for c in [
        "init",
        "import",
        "export",
        "check",
        "--data-dir",
        "Exit codes",
    ] {
        assert!(help.contains(c), "{c} missing from --help");
    }
}

/// `agora serve` on a free port of 127.0.0.1 for a data directory, and its address once it serves.
fn start_serve(d: &Path) -> (std::process::Child, String) {
    start_serve_with(d, &[])
}

/// [`start_serve`] with more environment variables.
fn start_serve_with(d: &Path, env: &[(&str, &str)]) -> (std::process::Child, String) {
    let (child, base) = support::serve(d, &[], env);
    let addr = base.strip_prefix("http://").unwrap_or(&base).to_owned();
    (child, addr)
}

#[test]
fn serve_initialises_on_first_start_answers_and_stops_gracefully_on_sigterm() {
    let fx = Fixture::new();
    let d = fx.dir("served");
    let (mut child, addr) = start_serve(&d);
    let get = |path: &str| http_get(&addr, path);
    assert!(get("/healthz").starts_with("HTTP/1.1 200"));
    let found = get("/api/v1/fora?q=puebla");
    assert!(found.contains("\"id\":\"rcm\""), "{found}");
    assert!(
        d.join("agora.db").is_file(),
        "first start created the data directory"
    );
    // The one-time link `agora user add` prints leads to this server, whatever its port.
    let added = ok(&agora(
        &d,
        &["user", "add", "ed@example.org", "--role", "editor"],
    ));
    let link = added.lines().last().unwrap();
    assert!(
        link.starts_with(&format!("http://{addr}/account/setup/")),
        "{link}"
    );
    let page = get(link.strip_prefix(&format!("http://{addr}")).unwrap());
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let status = child.wait().unwrap();
    assert!(status.success(), "serve did not stop cleanly: {status:?}");
    // The data it created is sound, and holds the built-in library.
    assert!(
        ok(&agora(&d, &["check"]))
            .contains("1 documents (1 files), the search index agrees; no problems")
    );

    // A participants-only document whose embargo day has passed: the server logs its release.
    let file = fx.write(
        "minutes.txt",
        b"Minutes of the senior officials' meeting of the Regional Conference on Migration.",
    );
    ok(&agora(
        &d,
        &[
            "ingest",
            file.to_str().unwrap(),
            "--forum",
            "rcm",
            "--kind",
            "meeting_report",
            "--lang",
            "en",
            "--visibility",
            "participants",
            "--public-from",
            "2001-01-01",
        ],
    ));
    let (mut child, _) = start_serve(&d);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let released = runtime.block_on(async {
        let store = agora_store::open(
            &agora_store::DataDir::new(&d),
            None,
            agora_store::OpenMode::MustExist,
        )
        .await
        .unwrap();
        // The server logs it at start, beside its other start-up writes (the store test
        // `embargoes_are_released_while_other_writers_commit` holds that race); under the load
        // of the other tests (two cores, several servers at once) that can take seconds.
        for _ in 0..600 {
            let changes = store.changes_since(0, 100_000).await.unwrap();
            if changes.iter().any(|c| c.origin == "embargo:2001-01-01") {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        false
    });
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    assert!(released, "the end of the embargo was logged within 30 s");
}

/// A fresh PostgreSQL database, or None when PostgreSQL is deliberately skipped.
fn fresh_postgres() -> Option<String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(agora_store::testing::fresh_postgres_database())
}

#[test]
fn an_installation_moves_between_sqlite_and_postgresql_with_identical_exports() {
    let Some(pg) = fresh_postgres() else { return };
    let fx = Fixture::new();
    let lite = fx.initialised("lite");
    let first = export_json(&lite);
    let file = fx.write("move.json", first.as_bytes());
    let pg_args = |args: &[&str]| {
        let mut all = vec!["--database", pg.as_str()];
        all.extend_from_slice(args);
        agora(&fx.dir("node"), &all)
    };
    ok(&pg_args(&["init", "--no-dataset"]));
    let report = ok(&pg_args(&["import", file.to_str().unwrap()]));
    assert!(report.contains("created: 255 area"), "{report}");
    assert!(ok(&pg_args(&["check"])).contains("no problems"));
    let from_pg = ok(&pg_args(&["export", "--format", "json"]));
    assert_eq!(from_pg, first, "PostgreSQL exported different bytes");
    // and back into a fresh SQLite directory
    let back = fx.write("back.json", from_pg.as_bytes());
    let lite2 = fx.dir("lite2");
    ok(&agora(&lite2, &["init", "--no-dataset"]));
    ok(&agora(&lite2, &["import", back.to_str().unwrap()]));
    assert_eq!(export_json(&lite2), first);
    // Popolo and CSV exports agree too.
    for format in ["popolo", "csv"] {
        let a = fx.dir(&format!("a-{format}"));
        let b = fx.dir(&format!("b-{format}"));
        ok(&agora(
            &lite,
            &["export", "--format", format, "--out", a.to_str().unwrap()],
        ));
        ok(&pg_args(&[
            "export",
            "--format",
            format,
            "--out",
            b.to_str().unwrap(),
        ]));
        for entry in std::fs::read_dir(&a).unwrap() {
            let name = entry.unwrap().file_name();
            assert_eq!(
                std::fs::read(a.join(&name)).unwrap(),
                std::fs::read(b.join(&name)).unwrap(),
                "{name:?}"
            );
        }
    }
    // A URL of another scheme is refused without echoing its password.
    let out = agora(
        &fx.dir("x"),
        &["--database", "mysql://root:hunter2@db/agora", "check"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("unsupported database URL") && !err.contains("hunter2"),
        "{err}"
    );
}

#[test]
fn an_import_killed_midway_leaves_nothing_partial_and_a_rerun_completes() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    let before = export_json(&d);
    // A large file: 30,000 new rows of the European Union, each state in one month (rows of one
    // member in one role may not overlap) in a role the EU's rows do not use, 1994 to 2004.
    let mut v: Value = serde_json::from_str(&before).unwrap();
    let template = v["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "eu:member:SWE")
        .unwrap()
        .clone();
    let codes: Vec<String> = v["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap().to_owned())
        .take(250)
        .collect();
    assert_eq!(codes.len(), 250);
    let many: Vec<Value> = (0..30_000)
        .map(|i| {
            let mut m = template.clone();
            let code = &codes[i % 250];
            let month = i / 250; // 0..120
            let when = format!("{}-{:02}", 1994 + month / 12, month % 12 + 1);
            m["id"] = Value::from(format!("eu:steering_group:{code}:bulk-{i:05}"));
            m["role"] = Value::from("steering_group");
            m["member"]["id"] = Value::from(code.as_str());
            m["start_date"] = Value::from(when.as_str());
            m["end_date"] = Value::from(when.as_str());
            m["note"] = Value::from(format!("bulk row {i}"));
            m
        })
        .collect();
    v["memberships"] = Value::from(many);
    let file = fx.write("bulk.json", serde_json::to_string(&v).unwrap().as_bytes());
    let mut killed = false;
    for delay_ms in [150u64, 300, 600, 1200] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_agora"))
            .args(["import", file.to_str().unwrap(), "--data-dir"])
            .arg(&d)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        if finished {
            break;
        }
        killed = true;
        // Nothing of the killed import is visible, and the data is sound.
        assert_eq!(
            export_json(&d),
            before,
            "a killed import left part of itself (after {delay_ms} ms)"
        );
        assert!(ok(&agora(&d, &["check"])).contains("no problems"));
    }
    assert!(
        killed,
        "the import finished before it could be killed; make the file larger"
    );
    let report = ok(&agora(&d, &["import", file.to_str().unwrap()]));
    assert!(report.contains("created: 30000 membership"), "{report}");
    let again = ok(&agora(&d, &["import", file.to_str().unwrap()]));
    assert!(again.contains("created: none; updated: none"), "{again}");
    assert!(ok(&agora(&d, &["check"])).contains("no problems"));
}

#[test]
fn user_accounts_are_made_by_the_cli_with_a_one_time_link() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    let listed = ok(&agora(&d, &["user", "list"]));
    assert!(
        listed.contains("no accounts"),
        "no default account exists: {listed}"
    );
    let added = ok(&agora(
        &d,
        &[
            "user",
            "add",
            "Admin@Example.org",
            "--role",
            "admin",
            "--public-url",
            "https://agora.example/",
        ],
    ));
    assert!(
        added.contains("created admin@example.org with roles: admin"),
        "{added}"
    );
    let link = added.lines().last().unwrap();
    assert!(
        link.starts_with("https://agora.example/account/setup/")
            && link.len() == "https://agora.example/account/setup/".len() + 64,
        "{link}"
    );
    // Scopes must exist; roles must be roles; e-mails are unique.
    for (args, says) in [
        (
            vec![
                "user",
                "add",
                "x@example.org",
                "--role",
                "secretariat:no-such-forum",
            ],
            "unknown forum",
        ),
        (
            vec!["user", "add", "x@example.org", "--role", "focal_point:QQQ"],
            "unknown state",
        ),
        (
            vec!["user", "add", "x@example.org", "--role", "king"],
            "is not a role",
        ),
        (
            vec!["user", "add", "not-an-email", "--role", "editor"],
            "not an e-mail",
        ),
        (
            vec!["user", "add", "admin@example.org", "--role", "editor"],
            "exists already",
        ),
        (
            vec!["user", "grant", "nobody@example.org", "editor"],
            "no account",
        ),
    ] {
        let out = agora(&d, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A public URL that is none is refused before anything is stored.
    let out = agora(
        &d,
        &[
            "user",
            "add",
            "y@example.org",
            "--role",
            "editor",
            "--public-url",
            "agora.example",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an http:// or https:// address"));
    assert!(!ok(&agora(&d, &["user", "list"])).contains("y@example.org"));
    ok(&agora(
        &d,
        &[
            "user",
            "add",
            "sec@colombo.example",
            "--role",
            "secretariat:colombo-process",
            "--role",
            "focal_point:LKA",
        ],
    ));
    assert!(
        ok(&agora(
            &d,
            &["user", "grant", "sec@colombo.example", "editor"]
        ))
        .contains("granted editor")
    );
    assert!(
        ok(&agora(
            &d,
            &["user", "grant", "sec@colombo.example", "editor"]
        ))
        .contains("already had editor")
    );
    assert!(
        ok(&agora(
            &d,
            &["user", "revoke", "sec@colombo.example", "editor"]
        ))
        .contains("revoked editor")
    );
    assert!(ok(&agora(&d, &["user", "disable", "sec@colombo.example"])).contains("disabled"));
    let listed = ok(&agora(&d, &["user", "list"]));
    assert!(
        listed.contains("admin@example.org\tadmin\twaiting for its password"),
        "{listed}"
    );
    assert!(
        listed.contains(
            "sec@colombo.example\tfocal_point:LKA, secretariat:colombo-process\tdisabled"
        ),
        "{listed}"
    );
    let again = ok(&agora(&d, &["user", "link", "admin@example.org"]));
    assert!(
        again
            .lines()
            .last()
            .unwrap()
            .starts_with("http://127.0.0.1:8080/account/setup/")
    );
    // API tokens for programs: printed once; refused for disabled or unknown accounts.
    let out = ok(&agora(
        &d,
        &[
            "user",
            "token",
            "admin@example.org",
            "--name",
            "nightly",
            "--scope",
            "contribute",
        ],
    ));
    assert!(out.contains("scopes read contribute "), "{out}");
    let token = out.lines().last().unwrap();
    assert!(
        token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit()),
        "{token}"
    );
    let out = ok(&agora(&d, &["user", "token", "admin@example.org"]));
    assert!(
        out.contains("scopes read "),
        "reading only by default: {out}"
    );
    for (who, scope, says) in [
        ("sec@colombo.example", "read", "disabled"),
        ("nobody@example.org", "read", "no account"),
        ("admin@example.org", "sudo", "not a scope"),
    ] {
        let out = agora(&d, &["user", "token", who, "--scope", scope]);
        assert_eq!(out.status.code(), Some(1), "{who}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{who}");
    }
    // Account changes are not registry changes: the export is unchanged.
    assert!(ok(&agora(&d, &["check"])).contains("no problems"));
}

#[test]
fn ingest_takes_what_it_can_read_reports_the_rest_and_adds_nothing_twice() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    // A fresh install holds the background paper.
    assert!(
        ok(&agora(&d, &["check"])).contains("1 documents (1 files)"),
        "the built-in library"
    );
    let dir = fx.dir("in");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let put = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    put(
        "puebla.md",
        "# Declaración de Puebla\n\nLos gobiernos de la región acordaron cooperar en materia de migración y desarrollo."
            .as_bytes(),
    );
    put(
        "sub/bali.html",
        b"<!DOCTYPE html><html><head><title>Bali Process Declaration</title></head><body><p>Ministers discussed people smuggling and trafficking in persons in the region.</p></body></html>",
    );
    put(
        "sub/copy-of-bali.htm",
        &std::fs::read(dir.join("sub/bali.html")).unwrap(),
    );
    put("fake.pdf", b"These are words, not a PDF.");
    put("binary.txt", b"\x00\x01\x02\x03");
    put("tool.exe", b"MZ\x90\x00");
    put(
        "notes.docx",
        b"Plain words in a file named like a Word document.",
    );
    put(".hidden.md", b"# skipped");
    let args_of_kind = |kind: &str, extra: &[&str]| {
        let mut a = vec![
            "ingest",
            dir.to_str().unwrap(),
            "--forum",
            "rcm",
            "--kind",
            kind,
        ];
        a.extend_from_slice(extra);
        a.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let args = |extra: &[&str]| args_of_kind("declaration", extra);
    let run = |a: Vec<String>| {
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        agora(&d, &refs)
    };
    let first = run(args(&[]));
    assert_eq!(
        first.status.code(),
        Some(65),
        "bad files make the exit code 65"
    );
    let out = String::from_utf8_lossy(&first.stdout).into_owned();
    assert!(
        out.contains("7 file(s): 2 added, 0 updated, 1 unchanged, 4 failed"),
        "{out}"
    );
    for (file, why) in [
        (
            "fake.pdf",
            "the name says .pdf but the content is plain text",
        ),
        ("binary.txt", "the content is not text"),
        ("tool.exe", "'.exe' files are not read"),
        (
            "notes.docx",
            "the name says .docx but the content is plain text",
        ),
    ] {
        assert!(
            out.lines()
                .any(|l| l.starts_with("failed:") && l.contains(file) && l.contains(why)),
            "{file}: {out}"
        );
    }
    // Again: nothing new.
    let again = String::from_utf8_lossy(&run(args(&[])).stdout).into_owned();
    assert!(
        again.contains("7 file(s): 0 added, 0 updated, 3 unchanged, 4 failed"),
        "{again}"
    );
    assert!(ok(&agora(&d, &["check"])).contains("3 documents (3 files)"));
    // Options are checked before anything is read.
    for (extra, says) in [
        (&["--visibility", "secret"][..], "--visibility secret"),
        (&["--lang", "English"][..], "--lang English"),
        (
            &["--public-from", "2030-01-01"][..],
            "--public-from is for participants-only",
        ),
    ] {
        let mut a = args(&[]);
        a.extend(extra.iter().map(|s| s.to_string()));
        let out = run(a);
        assert_eq!(out.status.code(), Some(1), "{extra:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{extra:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let poem = run(args_of_kind("poem", &[]));
    assert_eq!(poem.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&poem.stderr).contains("--kind poem: use one of declaration"));
    let theme = run(args(&["--theme", "astrology"]));
    assert_eq!(theme.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&theme.stderr).contains("unknown theme 'astrology'"));
    let unknown = agora(
        &d,
        &[
            "ingest",
            dir.to_str().unwrap(),
            "--forum",
            "no-such-forum",
            "--kind",
            "study",
        ],
    );
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown forum 'no-such-forum'"));
    // A file left in the blob store by an interrupted ingest is found, and can be removed.
    let stray = b"bytes of an ingest that never committed";
    let sha = agora_store::sha256_hex(stray);
    let blob_dir = d.join("blobs").join(&sha[..2]);
    std::fs::create_dir_all(&blob_dir).unwrap();
    std::fs::write(blob_dir.join(&sha), stray).unwrap();
    let check = agora(&d, &["check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("no document holds it"));
    assert!(ok(&agora(&d, &["check", "--remove-orphans"])).contains("no problems"));
    // A damaged file is found too.
    let held = agora_store::DirBlobs::new(d.join("blobs"));
    let some = held.list().unwrap().remove(0);
    std::fs::write(held.path(&some).unwrap(), b"tampered").unwrap();
    let check = agora(&d, &["check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("no longer match its SHA-256"));
}

/// A one-page PDF showing `text` in Helvetica, with a correct cross-reference table; `trailer`
/// adds entries to the trailer (e.g. an /Encrypt dictionary).
fn pdf_with(text: &str, trailer: &str) -> Vec<u8> {
    pdf_of(text, "", trailer)
}

/// [`pdf_with`], with `catalog` added to the document catalog.
fn pdf_of(text: &str, catalog: &str, trailer: &str) -> Vec<u8> {
    let content = format!("BT /F1 18 Tf 72 700 Td ({text}) Tj ET");
    let objects = [
        format!("<< /Type /Catalog /Pages 2 0 R {catalog} >>"),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_owned(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[test]
fn hostile_pdfs_each_end_in_a_clear_error_within_seconds_and_the_rest_goes_in() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    let dir = fx.dir("pdfs");
    std::fs::create_dir_all(&dir).unwrap();
    let good = pdf_with(
        "Colombo Process ministerial consultation on labour migration",
        "",
    );
    std::fs::write(dir.join("a-good.pdf"), &good).unwrap();
    std::fs::write(dir.join("b-truncated.pdf"), &good[..good.len() / 2]).unwrap();
    // A well-formed file whose catalog holds arrays nested 300,000 deep.
    let depth = 300_000;
    let nested = pdf_of(
        "nested",
        &format!("/Nest {}{}", "[".repeat(depth), "]".repeat(depth)),
        "",
    );
    std::fs::write(dir.join("c-nested.pdf"), nested).unwrap();
    std::fs::write(
        dir.join("d-encrypted.pdf"),
        pdf_with(
            "secret",
            "/Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >> /ID [(abc) (abc)]",
        ),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let out = agora(
        &d,
        &[
            "ingest",
            dir.to_str().unwrap(),
            "--forum",
            "colombo-process",
            "--kind",
            "meeting_report",
            "--lang",
            "en",
        ],
    );
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        stdout.contains("4 file(s): 1 added, 0 updated, 0 unchanged, 3 failed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for file in ["b-truncated.pdf", "c-nested.pdf", "d-encrypted.pdf"] {
        let line = stdout
            .lines()
            .find(|l| l.starts_with("failed:") && l.contains(file))
            .unwrap_or_else(|| panic!("{file}: {stdout}"));
        assert!(line.contains("PDF"), "a clear reason: {line}");
    }
    assert!(took < std::time::Duration::from_secs(40), "{took:?}");
    // The good one is searchable text now.
    assert!(ok(&agora(&d, &["check"])).contains("2 documents (2 files)"));
}

/// A folder of 2,000 text files `NAME-0000.txt`..., each with the text `text(i)`.
fn many_files(fx: &Fixture, name: &str, text: impl Fn(usize) -> String) -> PathBuf {
    let dir = fx.dir("many");
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..2_000 {
        std::fs::write(dir.join(format!("{name}-{i:04}.txt")), text(i)).unwrap();
    }
    dir
}

#[test]
fn an_ingest_killed_midway_then_run_again_ends_with_every_document_once() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    let dir = many_files(&fx, "report", |i| {
        format!(
            "Meeting report {i}\n\nThe participating states of the Regional Conference on Migration \
             reviewed item {i} of the action plan on labour migration and return."
        )
    });
    let ingest = || {
        Command::new(env!("CARGO_BIN_EXE_agora"))
            .args([
                "ingest",
                dir.to_str().unwrap(),
                "--forum",
                "rcm",
                "--kind",
                "meeting_report",
                "--lang",
                "en",
                "--data-dir",
            ])
            .arg(&d)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let blobs = agora_store::DirBlobs::new(d.join("blobs"));
    let mut child = ingest();
    // Kill it (SIGKILL) once a few hundred files are in.
    let started = std::time::Instant::now();
    while blobs.list().unwrap().len() < 300 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the ingest finished before it could be killed"
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(120));
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // Whatever was committed is whole; at most the files of the two batches in flight (one
    // whose records are being written, the next being staged: 2 x 2,048) have no record yet.
    let check = agora(&d, &["check"]);
    let report = String::from_utf8_lossy(&check.stdout).into_owned();
    let problems: Vec<&str> = report
        .lines()
        .filter(|l| l.starts_with("file ") || l.starts_with("document "))
        .collect();
    assert!(
        problems.iter().all(|p| p.contains("no document holds it")) && problems.len() <= 2 * 2048,
        "{report}"
    );
    // Run again: it finishes the work, adopting a stray file, and adds nothing twice.
    let out = ingest().wait_with_output().unwrap();
    assert!(out.status.success());
    let report = ok(&agora(&d, &["check"]));
    assert!(
        report.contains("2001 documents (2001 files), the search index agrees; no problems"),
        "{report}"
    );
    let again = ok(&agora(
        &d,
        &[
            "ingest",
            dir.to_str().unwrap(),
            "--forum",
            "rcm",
            "--kind",
            "meeting_report",
            "--lang",
            "en",
        ],
    ));
    assert!(
        again.contains("2000 file(s): 0 added, 0 updated, 2000 unchanged, 0 failed"),
        "{again}"
    );
}

/// A GET over a plain TCP connection; the whole response.
fn http_get(addr: &str, path: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

/// The change-log position the search index in `d` has committed (read from its meta.json, as
/// another process sees it).
fn index_position(d: &Path) -> i64 {
    let Ok(meta) = std::fs::read_to_string(d.join("index/meta.json")) else {
        return 0;
    };
    let meta: Value = serde_json::from_str(&meta).unwrap_or(Value::Null);
    meta["payload"]
        .as_str()
        .and_then(|p| serde_json::from_str::<Value>(p).ok())
        .and_then(|p| p["seq"].as_i64())
        .unwrap_or(0)
}

#[test]
fn a_server_killed_while_its_index_catches_up_catches_up_after_a_restart() {
    let fx = Fixture::new();
    let d = fx.initialised("d");
    let dir = many_files(&fx, "statement", |i| {
        format!(
            "Statement {i}\n\nThe Bali Process ministers discussed people smuggling, item {i}, \
             and the protection of victims of trafficking. {}",
            "Regional cooperation on migration governance. ".repeat(20)
        )
    });
    let out = ok(&agora(
        &d,
        &[
            "ingest",
            dir.to_str().unwrap(),
            "--forum",
            "bali-process",
            "--kind",
            "statement",
        ],
    ));
    assert!(out.contains("2000 added"), "{out}");
    // The change-log position everything is at (`agora reindex` says it).
    let reindexed = ok(&agora(&d, &["reindex"]));
    let latest = {
        reindexed
            .split("up to change ")
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .and_then(|n| n.parse::<i64>().ok())
            .unwrap_or_else(|| panic!("{reindexed}"))
    };
    // Throw the index away: `agora check` says so (and makes no index); the server rebuilds it
    // from the change log, batch by batch.
    std::fs::remove_dir_all(d.join("index")).unwrap();
    let check = agora(&d, &["check"]);
    let report = String::from_utf8_lossy(&check.stdout).into_owned();
    assert!(report.contains("there is no search index"), "{report}");
    assert!(
        !d.join("index/meta.json").exists(),
        "checking made an index"
    );
    // A commit after every batch of 1,000 change-log entries, so that there is a "midway".
    let (mut server, _) = start_serve_with(&d, &[("AGORA_INDEX_COMMIT_EVERY", "1")]);
    // Kill it (SIGKILL) once a batch is committed and before the last one.
    let started = std::time::Instant::now();
    let mut killed_at = None;
    while started.elapsed() < std::time::Duration::from_secs(120) {
        let at = index_position(&d);
        if at > 0 && at < latest {
            server.kill().unwrap();
            killed_at = Some(at);
            break;
        }
        assert!(
            at < latest,
            "the server caught up before it could be killed"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    server.wait().unwrap();
    let killed_at = killed_at.expect("the server never committed a first batch");
    assert!(killed_at < index_position(&d) + 1, "a commit is never lost");
    // Restarted, it resumes from its last commit; a search waits until the index has caught up.
    let (mut server, addr) = start_serve(&d);
    let found = http_get(
        &addr,
        "/api/v1/search?q=trafficking&forum=bali-process&type=document&limit=1",
    );
    let v: Value = serde_json::from_str(found.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(v["total"], 2000, "{v}");
    let phrase = http_get(
        &addr,
        "/api/v1/search?q=%22people+smuggling%2C+item+1234%22",
    );
    let v: Value = serde_json::from_str(phrase.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(v["results"][0]["title"], "Statement 1234", "{v}");
    Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    server.wait().unwrap();
    let report = ok(&agora(&d, &["check"]));
    assert!(
        report.contains("2001 documents (2001 files), the search index agrees; no problems"),
        "{report}"
    );
}
