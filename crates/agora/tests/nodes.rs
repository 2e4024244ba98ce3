//! Several `agora serve` nodes on one PostgreSQL database, as `docs/OPERATIONS.md` describes
//! them: what one node is given, every other node shows within a second (issue "More than one
//! machine"). Each node has a data directory of its own (its search index); the records, the
//! files, the sessions and the sign-in throttle are in the database. Runs when
//! `AGORA_TEST_POSTGRES_URL` names a server (`scripts/test` starts one).

mod support;

use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// `agora` with arguments, on the database `url`; its standard output (it must succeed).
fn agora(dir: &Path, url: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_agora"))
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env("DATABASE_URL", url)
        .env_remove("AGORA_DATA_DIR")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "agora {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// An account with a role, and an API token of it that may contribute.
fn account_with_token(dir: &Path, url: &str, email: &str, role: &str) -> String {
    agora(dir, url, &["user", "add", email, "--role", role]);
    let out = agora(
        dir,
        url,
        &[
            "user",
            "token",
            email,
            "--name",
            "nodes",
            "--scope",
            "contribute",
        ],
    );
    out.lines().last().unwrap().trim().to_owned()
}

struct Node {
    child: Child,
    base: String,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn node(dir: &Path, url: &str, env: &[(&str, &str)]) -> Node {
    let mut all = vec![("DATABASE_URL", url)];
    all.extend_from_slice(env);
    let (child, base) = support::serve(dir, &[], &all);
    Node { child, base }
}

fn postgres_url(rt: &tokio::runtime::Runtime) -> Option<String> {
    rt.block_on(agora_store::testing::fresh_postgres_database())
}

/// Poll until `check` holds (at most `limit`); how long it took.
async fn within<F, Fut>(limit: Duration, what: &str, check: F) -> Duration
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    loop {
        if check().await {
            return start.elapsed();
        }
        assert!(start.elapsed() < limit, "{what}: not within {limit:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[test]
fn two_nodes_on_one_database_show_the_same_library_files_search_and_throttle() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let Some(url) = postgres_url(&rt) else {
        return;
    };
    let (a_dir, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    agora(a_dir.path(), &url, &["init"]);
    let secretariat = account_with_token(
        a_dir.path(),
        &url,
        "sec@example.org",
        "secretariat:colombo-process",
    );
    let editor = account_with_token(a_dir.path(), &url, "ed@example.org", "editor");
    let a = node(a_dir.path(), &url, &[]);
    // Node B starts with no search index of its own: it must catch up with the whole change log
    // (committing every 2 entries, so that catching up takes long enough to watch) before it is
    // ready. It is alive all along.
    let b = node(b_dir.path(), &url, &[("AGORA_INDEX_COMMIT_EVERY", "2")]);
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    rt.block_on(async {
        let status = |path: String| {
            let http = http.clone();
            async move { http.get(path).send().await.unwrap().status().as_u16() }
        };
        assert_eq!(status(format!("{}/healthz", b.base)).await, 200);
        let first = http
            .get(format!("{}/readyz", b.base))
            .send()
            .await
            .unwrap();
        assert_eq!(first.status().as_u16(), 503, "B is not ready before its index caught up");
        let behind: serde_json::Value = first.json().await.unwrap();
        assert!(behind["index"].as_i64() < behind["change_log"].as_i64(), "{behind}");
        let took = within(Duration::from_secs(120), "B ready", || {
            let ready = status(format!("{}/readyz", b.base));
            async move { ready.await == 200 }
        })
        .await;
        eprintln!("node B caught up with the change log in {took:?}");
        assert_eq!(status(format!("{}/readyz", a.base)).await, 200);

        // A document uploaded through A, published through A.
        let word = "quokkazanzibar";
        let bytes = format!(
            "Labour mobility between the Colombo Process and its destinations.\n\nA note made on node A about {word}, to be found on node B.\n"
        )
        .into_bytes();
        let (content_type, body) = support::multipart(
            &[
                ("forum", "colombo-process"),
                ("kind", "study"),
                ("lang", "en"),
                ("title", "A note uploaded through node A"),
                ("date", "2026-11"),
                ("visibility", "public"),
                ("submit", "true"),
            ],
            "note.txt",
            &bytes,
        );
        let r = http
            .post(format!("{}/api/v1/documents", a.base))
            .bearer_auth(&secretariat)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201, "{}", r.text().await.unwrap());
        let created: serde_json::Value = r.json().await.unwrap();
        let (contribution, doc) = (
            created["id"].as_i64().unwrap(),
            created["entity_id"].as_str().unwrap().to_owned(),
        );
        let sha = agora_store::sha256_hex(&bytes);
        for step in ["start_review", "publish"] {
            let r = http
                .post(format!(
                    "{}/api/v1/contributions/{contribution}/steps",
                    a.base
                ))
                .bearer_auth(&editor)
                .json(&serde_json::json!({ "step": step }))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 200, "{step}: {}", r.text().await.unwrap());
        }
        let published = Instant::now();

        // On B within a second: its page, its file (the same bytes) and a search for a word of it.
        let page = format!("{}/documents/{doc}", b.base);
        let file = format!("{}/documents/{doc}/files/{sha}", b.base);
        let search = format!("{}/api/v1/search?q={word}", b.base);
        let shown = within(Duration::from_secs(1), "the page on B", || {
            let (http, page) = (http.clone(), page.clone());
            async move {
                let r = http.get(page).send().await.unwrap();
                r.status() == 200 && r.text().await.unwrap().contains("A note uploaded through node A")
            }
        })
        .await;
        let downloaded = within(Duration::from_secs(1), "the file on B", || {
            let (http, file, bytes) = (http.clone(), file.clone(), bytes.clone());
            async move {
                let r = http.get(file).send().await.unwrap();
                r.status() == 200 && r.bytes().await.unwrap() == bytes
            }
        })
        .await;
        let found = within(Duration::from_secs(1), "the search on B", || {
            let (http, search, doc) = (http.clone(), search.clone(), doc.clone());
            async move {
                let r = http.get(search).send().await.unwrap();
                r.status() == 200 && r.text().await.unwrap().contains(&doc)
            }
        })
        .await;
        let since = published.elapsed();
        eprintln!(
            "on B after publishing on A: page {shown:?}, file {downloaded:?}, search {found:?} (all within {since:?})"
        );
        assert!(since < Duration::from_secs(1), "{since:?}");

        // The sign-in throttle is the database's: five failed sign-ins on A and five on B use
        // up the account's ten, and the next is refused on both (each attempt from an address
        // of its own, so that only the account's count is at stake).
        let mut statuses = Vec::new();
        for (i, base) in std::iter::repeat_n(&a.base, 5)
            .chain(std::iter::repeat_n(&b.base, 6))
            .chain([&a.base])
            .enumerate()
        {
            statuses.push(sign_in(base, "ed@example.org", i as u8 + 1).await);
        }
        assert_eq!(
            statuses,
            [[401; 10].as_slice(), &[429, 429]].concat(),
            "five on A and five on B fail, the sixth on B and the next on A are throttled"
        );
    });
    drop((a, b));
}

/// A sign-in with a wrong password from 127.0.2.`n`: its status.
async fn sign_in(base: &str, email: &str, n: u8) -> u16 {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .local_address(std::net::IpAddr::from([127, 0, 2, n]))
        .build()
        .unwrap();
    let r = client
        .get(format!("{base}/account/sign-in"))
        .send()
        .await
        .unwrap();
    let cookie = r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let page = r.text().await.unwrap();
    let csrf = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    client
        .post(format!("{base}/account/sign-in"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(format!(
            "csrf={csrf}&email={}&password=not+the+password",
            email.replace('@', "%40")
        ))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[test]
fn a_nodes_own_files_from_before_are_imported_into_the_database() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let Some(url) = postgres_url(&rt) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    agora(dir.path(), &url, &["init", "--no-dataset"]);
    // A node's blobs/ as it was: two files, one of them damaged since.
    let old = dir.path().join("old-blobs");
    let files = agora_store::DirBlobs::new(&old);
    let (kept, _) = files.put(b"A Bali Process report kept on node A").unwrap();
    let (damaged, _) = files.put(b"A Puebla Process report").unwrap();
    std::fs::write(files.path(&damaged).unwrap(), b"tampered").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_agora"))
        .args(["blobs", "import"])
        .arg(&old)
        .arg("--data-dir")
        .arg(dir.path())
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("1 files copied into the PostgreSQL database, 0 there already, 1 damaged"),
        "{said}"
    );
    assert!(
        said.contains(&format!("file {damaged}: its bytes no longer match")),
        "{said}"
    );
    rt.block_on(async {
        let store = agora_store::open(
            &agora_store::DataDir::new(dir.path()),
            Some(&url),
            agora_store::OpenMode::MustExist,
        )
        .await
        .unwrap();
        let blobs = agora_store::DataDir::new(dir.path()).blobs_of(store.as_ref());
        assert_eq!(blobs.list().await.unwrap(), vec![kept.clone()]);
        assert_eq!(
            blobs.read(&kept).await.unwrap(),
            b"A Bali Process report kept on node A"
        );
    });
    // Again, without the damaged file: nothing to copy.
    std::fs::remove_file(files.path(&damaged).unwrap()).unwrap();
    let again = agora(
        dir.path(),
        &url,
        &["blobs", "import", old.to_str().unwrap()],
    );
    assert!(
        again.contains("0 files copied into the PostgreSQL database, 1 there already, 0 damaged"),
        "{again}"
    );
}

/// A PostgreSQL cluster of the test's own (made by `scripts/lib/postgres.sh`, as `scripts/test`
/// makes its own), to stop and start under a running node without touching the cluster the
/// other tests share. Removed when dropped.
struct OwnCluster {
    dir: String,
    port: String,
    url: String,
}

fn postgres_script(script: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!("source scripts/lib/postgres.sh && {script}"))
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{script}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

impl OwnCluster {
    fn start() -> OwnCluster {
        // A port outside the ephemeral range (32768-60999), so that no other test's
        // `127.0.0.1:0` takes it while the cluster is down.
        let port = (20_000..30_000)
            .map(|p| p + std::process::id() % 1000)
            .find(|p| std::net::TcpListener::bind(("127.0.0.1", *p as u16)).is_ok())
            .expect("a free port");
        let out = postgres_script(&format!(
            r#"PG_PORT={port}; start_postgres >&2 && echo "$PG_DIR $PG_PORT $AGORA_TEST_POSTGRES_URL""#
        ));
        let mut words = out.split_whitespace().map(str::to_owned);
        let (dir, port, url) = (
            words.next().unwrap(),
            words.next().unwrap(),
            words.next().unwrap(),
        );
        OwnCluster { dir, port, url }
    }
    fn stop(&self) {
        postgres_script(&format!("pg_cluster_stop {}", self.dir));
    }
    fn start_again(&self) {
        postgres_script(&format!("pg_cluster_start {} {}", self.dir, self.port));
    }
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source scripts/lib/postgres.sh && PG_DIR={} stop_postgres",
                self.dir
            ))
            .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
            .status();
    }
}

/// What one request got: its status, and for a 503 whether it was a problem document saying
/// `unavailable` with a `Retry-After`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Got {
    Ok(u16),
    Unavailable,
    Other(u16),
}

async fn got(r: reqwest::Response, ok: u16) -> (Got, Option<serde_json::Value>) {
    let status = r.status().as_u16();
    let retry = r.headers().contains_key("retry-after");
    let body: Option<serde_json::Value> = r.json().await.ok();
    let kind = if status == ok {
        Got::Ok(status)
    } else if status == 503 && retry && body.as_ref().is_some_and(|b| b["code"] == "unavailable") {
        Got::Unavailable
    } else {
        Got::Other(status)
    };
    (kind, body)
}

#[test]
fn postgresql_restarting_under_a_node_fails_requests_cleanly_and_loses_nothing() {
    // A cluster of its own is made as `scripts/test` makes one: as root (runuser postgres).
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    if std::env::var_os("AGORA_TEST_POSTGRES_URL").is_none() || !root {
        eprintln!("skipped: no PostgreSQL (AGORA_TEST_POSTGRES_URL), or not root");
        return;
    }
    let cluster = OwnCluster::start();
    let url = cluster.url.clone();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    agora(d, &url, &["init"]);
    let token = account_with_token(d, &url, "sec@example.org", "secretariat:colombo-process");
    let node = node(d, &url, &[]);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let forum = rt.block_on(async {
        let store = agora_store::open(
            &agora_store::DataDir::new(d),
            Some(&url),
            agora_store::OpenMode::MustExist,
        )
        .await
        .unwrap();
        let data = serde_json::to_value(store.snapshot().await.unwrap()).unwrap();
        data["fora"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "colombo-process")
            .unwrap()
            .clone()
    });
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // A writer proposes one change after another; a reader lists the contributions (with the
    // token, so no cache answers for the database).
    let writer = {
        let (http, base, token, stop) =
            (http.clone(), node.base.clone(), token.clone(), stop.clone());
        rt.spawn(async move {
            let mut seen = Vec::new();
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let title = format!("Written while PostgreSQL restarts, number {n}");
                let mut forum = forum.clone();
                forum["summary"] = serde_json::Value::String(title.clone());
                let r = http
                    .post(format!("{base}/api/v1/contributions"))
                    .bearer_auth(&token)
                    .json(&serde_json::json!({"entity": "forum", "record": forum, "title": title}))
                    .send()
                    .await
                    .unwrap();
                let (kind, body) = got(r, 201).await;
                let id = body.as_ref().and_then(|b| b["id"].as_i64());
                seen.push((kind, title, id));
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
            seen
        })
    };
    let reader = {
        let (http, base, token, stop) =
            (http.clone(), node.base.clone(), token.clone(), stop.clone());
        rt.spawn(async move {
            let mut seen = Vec::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let r = http
                    .get(format!("{base}/api/v1/contributions"))
                    .bearer_auth(&token)
                    .send()
                    .await
                    .unwrap();
                seen.push(got(r, 200).await.0);
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
            seen
        })
    };
    std::thread::sleep(Duration::from_secs(1));
    cluster.stop();
    // Down for longer than a request waits for a connection (3 s).
    std::thread::sleep(Duration::from_secs(5));
    cluster.start_again();
    // The pool connects again by itself: writes succeed within a few seconds.
    let back = Instant::now();
    rt.block_on(within(Duration::from_secs(30), "writes again", || async {
        let r = http
            .get(format!("{}/api/v1/contributions", node.base))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        r.status() == 200
    }));
    eprintln!(
        "reads answered again {:?} after the restart",
        back.elapsed()
    );
    std::thread::sleep(Duration::from_secs(1));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let writes = rt.block_on(writer).unwrap();
    let reads = rt.block_on(reader).unwrap();

    // Every answer was a success or a clean 503 (a problem document with Retry-After).
    let odd: Vec<_> = writes
        .iter()
        .filter(|(k, _, _)| matches!(k, Got::Other(_)))
        .collect();
    assert!(
        odd.is_empty(),
        "writes neither done nor cleanly refused: {odd:?}"
    );
    assert!(
        writes.iter().any(|(k, _, _)| *k == Got::Ok(201)),
        "no write succeeded"
    );
    assert!(
        !reads.iter().any(|k| matches!(k, Got::Other(_))),
        "{reads:?}"
    );
    let refused = writes
        .iter()
        .filter(|(k, _, _)| *k == Got::Unavailable)
        .count();
    assert!(refused > 0, "no write noticed the restart: {writes:?}");
    assert!(reads.contains(&Got::Unavailable), "{reads:?}");
    assert_eq!(
        writes.last().unwrap().0,
        Got::Ok(201),
        "writes succeed again"
    );
    // Nothing acknowledged is lost: every contribution answered 201 is there, with its title.
    rt.block_on(async {
        for (kind, title, id) in &writes {
            if *kind != Got::Ok(201) {
                continue;
            }
            let id = id.unwrap();
            let r = http
                .get(format!("{}/api/v1/contributions/{id}", node.base))
                .bearer_auth(&token)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200, "contribution {id} acknowledged, then lost");
            let body: serde_json::Value = r.json().await.unwrap();
            assert_eq!(body["title"], title.as_str());
        }
        let r = reqwest::get(format!("{}/readyz", node.base)).await.unwrap();
        assert_eq!(r.status(), 200);
    });
    drop(node);
    let check = agora(d, &url, &["check"]);
    assert!(check.contains("no problems"), "{check}");
    eprintln!(
        "{} writes: {} done, {refused} refused with 503",
        writes.len(),
        writes.len() - refused
    );
}
