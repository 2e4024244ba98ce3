//! The day things go wrong (issue "More than one machine"). A disk that fills up refuses the
//! write that found it full (507 with a problem document; the CLI exits non-zero and says why),
//! leaves nothing half-written, keeps the reads going, and takes the same writes once space is
//! freed: on a size-limited tmpfs mounted for the test. A node killed with SIGKILL in the
//! middle of an upload leaves an installation that `agora check` passes after a restart. The
//! upload's file is noted before it is stored, so a file whose contribution never came is no
//! orphan until the sweep of abandoned uploads (and a note whose file never came is nothing
//! missing). The states a kill can leave are made here directly, then checked; and real kills
//! land at several moments of real uploads.

mod support;

use support::ok;

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

fn agora(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_agora"))
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env_remove("AGORA_DATA_DIR")
        .env_remove("DATABASE_URL")
        .output()
        .unwrap()
}

/// A text file of about 8 MB, different for each `n`.
fn large_text(n: usize) -> Vec<u8> {
    let mut s = format!("Labour migration in the Colombo Process, upload number {n}.\n\n");
    let line = "Recruitment costs, skills recognition and the welfare of workers abroad were discussed by the member states. ";
    while s.len() < 8 << 20 {
        s.push_str(line);
        s.push_str(&s.len().to_string());
        s.push('\n');
    }
    s.into_bytes()
}

/// A contributor of the Colombo Process with an API token for uploads: the token.
fn contributor_token(d: &Path) -> String {
    ok(&agora(
        d,
        &[
            "user",
            "add",
            "sec@example.org",
            "--role",
            "secretariat:colombo-process",
        ],
    ));
    ok(&agora(
        d,
        &[
            "user",
            "token",
            "sec@example.org",
            "--name",
            "faults",
            "--scope",
            "contribute",
        ],
    ))
    .lines()
    .last()
    .unwrap()
    .trim()
    .to_owned()
}

#[test]
fn a_node_killed_during_an_upload_passes_check_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&agora(d, &["init"]));
    let token = contributor_token(d);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut cut_short = 0;
    // Killed at several moments of the request: while the body arrives, while it is read and
    // stored, around the contribution.
    for (n, delay_ms) in [0u64, 40, 120, 300, 700].into_iter().enumerate() {
        let (mut server, base) = support::serve(d, &[], &[]);
        let (content_type, body) = support::multipart(
            &[
                ("forum", "colombo-process"),
                ("kind", "study"),
                ("lang", "en"),
                ("visibility", "public"),
                ("submit", "true"),
            ],
            &format!("upload-{n}.txt"),
            &large_text(n),
        );
        let upload = {
            let (base, token) = (base.clone(), token.clone());
            rt.spawn(async move {
                reqwest::Client::new()
                    .post(format!("{base}/api/v1/documents"))
                    .bearer_auth(token)
                    .header("content-type", content_type)
                    .body(body)
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
            })
        };
        std::thread::sleep(Duration::from_millis(delay_ms));
        server.kill().unwrap(); // SIGKILL
        server.wait().unwrap();
        match rt.block_on(upload).unwrap() {
            Ok(status) => assert_eq!(status, 201, "an upload answered before the kill"),
            Err(_) => cut_short += 1,
        }
        // Restarted (it catches up and is ready), stopped, checked.
        let (mut again, base) = support::serve(d, &[], &[]);
        rt.block_on(async {
            for _ in 0..600 {
                let r = reqwest::get(format!("{base}/readyz")).await.unwrap();
                if r.status() == 200 {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("not ready after a restart");
        });
        Command::new("kill")
            .args(["-TERM", &again.id().to_string()])
            .status()
            .unwrap();
        again.wait().unwrap();
        let check = ok(&agora(d, &["check"]));
        assert!(
            check.contains("no problems"),
            "after a kill at {delay_ms} ms: {check}"
        );
    }
    assert!(cut_short > 0, "no upload was cut short by the kill");
}

/// What a kill can leave between an upload's note and its contribution, made directly: a note
/// whose file was never stored, and a noted file with no contribution. `check` passes on both;
/// once the notes are swept, the file left alone is an orphan again.
#[test]
fn the_states_a_killed_upload_leaves_pass_check() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&agora(d, &["init", "--no-dataset"]));
    ok(&agora(d, &["reindex"]));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (stored, never) = (
        b"a file whose contribution never came".as_slice(),
        b"a file never stored".as_slice(),
    );
    rt.block_on(async {
        let data = agora_store::DataDir::new(d);
        let store = agora_store::open(&data, None, agora_store::OpenMode::MustExist)
            .await
            .unwrap();
        let blobs = data.blobs_of(store.as_ref());
        store
            .note_upload(&agora_store::sha256_hex(never))
            .await
            .unwrap();
        store
            .note_upload(&agora_store::sha256_hex(stored))
            .await
            .unwrap();
        blobs.put_alike(stored).await.unwrap();
    });
    let check = ok(&agora(d, &["check"]));
    assert!(check.contains("no problems"), "{check}");
    let swept = rt.block_on(async {
        let store = agora_store::open(
            &agora_store::DataDir::new(d),
            None,
            agora_store::OpenMode::MustExist,
        )
        .await
        .unwrap();
        store
            .sweep_upload_notes("9999-12-31T00:00:00.000Z")
            .await
            .unwrap()
    });
    assert_eq!(swept.len(), 2);
    let check = agora(d, &["check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("no document holds it"));
}

/// A tmpfs of a given size mounted on a temporary directory for one test (which needs root),
/// unmounted when dropped.
struct Tmpfs(tempfile::TempDir);

impl Tmpfs {
    fn mount(mib: u64) -> Result<Tmpfs, String> {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={mib}m"), "agora-test"])
            .arg(dir.path())
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).trim().to_owned());
        }
        Ok(Tmpfs(dir))
    }

    fn path(&self) -> &Path {
        self.0.path()
    }

    /// The bytes free.
    fn available(&self) -> u64 {
        let out = ok(&Command::new("df")
            .args(["-B1", "--output=avail"])
            .arg(self.path())
            .output()
            .unwrap());
        out.lines().nth(1).unwrap().trim().parse().unwrap()
    }

    /// Fill it with a file until `leave` bytes (or fewer) are free.
    fn fill(&self, name: &str, leave: u64) {
        use std::io::Write;
        let mut f = std::fs::File::create(self.path().join(name)).unwrap();
        let chunk = vec![0u8; 64 << 10];
        let mut left = self.available().saturating_sub(leave);
        while left > 0 {
            let n = left.min(chunk.len() as u64) as usize;
            match f.write_all(&chunk[..n]) {
                Ok(()) => left -= n as u64,
                Err(e) if e.kind() == std::io::ErrorKind::StorageFull => break,
                Err(e) => panic!("{e}"),
            }
        }
        let _ = f.sync_all();
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(self.path()).status();
    }
}

/// Files whose name starts with a dot under `dir`: temporary files of unfinished writes.
fn temporary_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        if e.file_type().unwrap().is_dir() {
            out.extend(temporary_files(&e.path()));
        } else if e.file_name().to_string_lossy().starts_with('.') {
            out.push(e.path().display().to_string());
        }
    }
    out
}

/// Standard output and errors of a command, together.
fn said(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn a_full_disk_refuses_the_write_keeps_the_reads_and_takes_it_once_space_is_freed() {
    let fs = match Tmpfs::mount(96) {
        Ok(fs) => fs,
        Err(why) if std::env::var_os("AGORA_TEST_REQUIRE_TMPFS").is_none() => {
            eprintln!("skipped: this machine cannot mount a tmpfs for the test ({why})");
            return;
        }
        Err(why) => panic!("cannot mount a tmpfs for the disk-full test: {why}"),
    };
    let d = fs.path().join("data");
    ok(&agora(&d, &["init"]));
    let token = contributor_token(&d);
    let (server, base) = support::serve(&d, &[], &[]);
    let mut server = Stopped(server);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let client = reqwest::Client::new();
    let upload = |n: usize| -> (u16, String, String) {
        let (content_type, body) = support::multipart(
            &[
                ("forum", "colombo-process"),
                ("kind", "study"),
                ("lang", "en"),
                ("visibility", "public"),
            ],
            &format!("full-{n}.txt"),
            &large_text(100 + n),
        );
        rt.block_on(async {
            let r = client
                .post(format!("{base}/api/v1/documents"))
                .bearer_auth(&token)
                .header("content-type", content_type)
                .body(body)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let kind = r
                .headers()
                .get("content-type")
                .map(|v| v.to_str().unwrap().to_owned())
                .unwrap_or_default();
            (status, kind, r.text().await.unwrap())
        })
    };
    let get = |path: &str| -> (u16, String) {
        rt.block_on(async {
            let r = client.get(format!("{base}{path}")).send().await.unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        })
    };
    // Whether the import's first and last fora are there.
    let imported = |get: &dyn Fn(&str) -> (u16, String)| -> [bool; 2] {
        ["disk-full-forum-0", "disk-full-forum-2999"].map(|id| {
            let (status, body) = get(&format!("/api/v1/fora/{id}"));
            assert!(status == 200 || status == 404, "{status}: {body}");
            status == 200
        })
    };
    let reads_go_on = |get: &dyn Fn(&str) -> (u16, String)| {
        for path in [
            "/",
            "/fora",
            "/fora/colombo-process",
            "/documents",
            "/api/v1/fora",
            "/search?q=migration",
        ] {
            let (status, body) = get(path);
            assert_eq!(status, 200, "{path} on a full disk: {body}");
        }
    };
    let elsewhere = tempfile::tempdir().unwrap();
    let document = elsewhere.path().join("recruitment.txt");
    std::fs::write(&document, large_text(7)).unwrap();
    let csv = elsewhere.path().join("fora.csv");
    let mut rows = String::from("id,name_en,category,sources,summary\n");
    for i in 0..3000 {
        rows.push_str(&format!(
            "disk-full-forum-{i},Disk-full forum {i},rcp,https://example.org/disk-full-test,{}\n",
            "A forum made up for the disk-full test with a summary long enough to take room. "
                .repeat(3)
        ));
    }
    std::fs::write(&csv, rows).unwrap();
    let ingest = || {
        agora(
            &d,
            &[
                "ingest",
                document.to_str().unwrap(),
                "--forum",
                "colombo-process",
                "--kind",
                "study",
                "--lang",
                "en",
            ],
        )
    };
    assert_eq!(imported(&get), [false, false]);

    // One MiB left: the database's small writes fit, an 8 MB file does not.
    fs.fill("filler", 1 << 20);
    let (status, kind, body) = upload(1);
    assert_eq!(status, 507, "{body}");
    assert_eq!(kind, "application/problem+json");
    let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(problem["code"], "storage_full", "{problem}");
    assert_eq!(problem["status"], 507);
    let sha = agora_store::sha256_hex(&large_text(101));
    assert!(!d.join("blobs").join(&sha[..2]).join(&sha).exists());
    assert_eq!(temporary_files(&d.join("blobs")), Vec::<String>::new());
    reads_go_on(&get);

    let out = ingest();
    assert!(!out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("no space left"), "{}", said(&out));
    assert_eq!(temporary_files(&d.join("blobs")), Vec::<String>::new());

    // Nothing left at all: an import of 3,000 fora finds the database's disk full.
    fs.fill("filler-2", 0);
    let out = agora(&d, &["import", csv.to_str().unwrap()]);
    assert!(!out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("no space left"), "{}", said(&out));
    assert_eq!(
        imported(&get),
        [false, false],
        "a refused import wrote nothing"
    );
    reads_go_on(&get);

    // Space freed: the same writes succeed, on the running server and from the CLI.
    std::fs::remove_file(fs.path().join("filler")).unwrap();
    std::fs::remove_file(fs.path().join("filler-2")).unwrap();
    let (status, _, body) = upload(1);
    assert_eq!(status, 201, "{body}");
    assert!(d.join("blobs").join(&sha[..2]).join(&sha).exists());
    let out = ingest();
    assert!(out.status.success(), "{}", said(&out));
    ok(&agora(&d, &["import", csv.to_str().unwrap()]));
    let shown = (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        imported(&get) == [true, true]
    });
    assert!(shown, "the imported fora never showed");
    // The server indexes what the CLI wrote (the index is the server's while it runs).
    let caught_up = (0..600).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        let (_, metrics) = get("/metrics");
        metrics
            .lines()
            .any(|l| l.starts_with("agora_search_index_lag ") && l.ends_with(" 0"))
    });
    assert!(
        caught_up,
        "the index never caught up: {}",
        get("/metrics").1
    );
    Command::new("kill")
        .args(["-TERM", &server.0.id().to_string()])
        .status()
        .unwrap();
    server.0.wait().unwrap();
    let check = ok(&agora(&d, &["check"]));
    assert!(check.contains("no problems"), "{check}");
}

/// A server killed when the test ends, whether it passes or not (before its tmpfs goes).
struct Stopped(std::process::Child);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
