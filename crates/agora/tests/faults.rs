//! The day things go wrong (issue "More than one machine"): a node killed with SIGKILL in the
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

#[test]
fn a_node_killed_during_an_upload_passes_check_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&agora(d, &["init"]));
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
    let token = ok(&agora(
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
    .to_owned();
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
