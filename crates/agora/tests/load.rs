//! A spawned `agora serve` under a burst of sign-ins, as an attacker without an account would
//! send them: its memory stays bounded and every answer is a refusal it meant to give
//! (issue "Security: what an outside probe found", finding 3). Runs on SQLite, and on
//! PostgreSQL when `AGORA_TEST_POSTGRES_URL` names one.

mod support;

use std::path::Path;
use std::process::{Child, Command};

/// `agora serve` on a free port for a data directory (and a database URL), with two password
/// checks at once (and eight waiting) whatever the machine's cores: the bound under test, the
/// same on every machine. Its address.
fn serve(dir: &Path, database: Option<&str>) -> (Child, String) {
    let env: Vec<(&str, &str)> = database
        .map(|url| ("DATABASE_URL", url))
        .into_iter()
        .collect();
    support::serve(dir, &["--password-checks", "2"], &env)
}

/// A process's resident memory now and at its peak, in MB (from /proc).
fn memory_mb(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kb = |field: &str| -> u64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {field} in /proc/{pid}/status"))
    };
    (kb("VmRSS:") / 1024, kb("VmHWM:") / 1024)
}

fn cookie_and_token(base: &str, rt: &tokio::runtime::Runtime) -> (String, String) {
    rt.block_on(async {
        let r = reqwest::get(format!("{base}/account/sign-in"))
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
        let token = page
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        (cookie, token)
    })
}

/// 300 sign-ins at once, from 30 addresses (ten each, within what the throttle lets through,
/// so that every one reaches the password check), for accounts that do not exist (each still
/// costs an Argon2id hash of 19 MiB): the answers by status.
fn burst(base: &str, rt: &tokio::runtime::Runtime) -> std::collections::BTreeMap<u16, usize> {
    let (cookie, token) = cookie_and_token(base, rt);
    rt.block_on(async {
        let mut tasks = Vec::new();
        for i in 0..300u32 {
            let (base, cookie, token) = (base.to_owned(), cookie.clone(), token.clone());
            tasks.push(tokio::spawn(async move {
                let client = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .local_address(std::net::IpAddr::from([127, 0, 1, (i % 30) as u8 + 1]))
                    .build()
                    .unwrap();
                client
                    .post(format!("{base}/account/sign-in"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("cookie", cookie)
                    .body(format!(
                        "csrf={token}&email=probe{i}%40example.org&password=guess+number+{i}"
                    ))
                    .send()
                    .await
                    .map(|r| {
                        let retry = r.headers().contains_key("retry-after");
                        (r.status().as_u16(), retry)
                    })
            }));
        }
        let mut by_status = std::collections::BTreeMap::new();
        for t in tasks {
            let (status, retry) = t.await.unwrap().expect("every request is answered");
            if status == 503 || status == 429 {
                assert!(retry, "{status} without Retry-After");
            }
            *by_status.entry(status).or_insert(0) += 1;
        }
        by_status
    })
}

fn three_hundred_parallel_sign_ins_keep_memory_bounded(database: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, base) = serve(dir.path(), database);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let before = memory_mb(child.id());
    let mut answers = Vec::new();
    for _ in 0..2 {
        answers.push(burst(&base, &rt));
    }
    let (now, peak) = memory_mb(child.id());
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    eprintln!("resident MB before {before:?}, after {now}, peak {peak}; answers {answers:?}");
    for by_status in &answers {
        for status in by_status.keys() {
            assert!(
                matches!(status, 401 | 429 | 503),
                "only refusals it means to give: {by_status:?}"
            );
        }
        assert!(
            by_status.get(&503).copied().unwrap_or(0) > 0,
            "password checks beyond the bound are refused at once: {by_status:?}"
        );
        assert!(
            by_status.get(&401).copied().unwrap_or(0) > 0,
            "{by_status:?}"
        );
    }
    assert!(peak < 500, "peak resident memory {peak} MB");
    assert!(now < 500, "resident memory after the bursts {now} MB");
}

#[test]
fn three_hundred_parallel_sign_ins_on_sqlite() {
    three_hundred_parallel_sign_ins_keep_memory_bounded(None);
}

#[test]
fn three_hundred_parallel_sign_ins_on_postgres() {
    let Some(url) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(agora_store::testing::fresh_postgres_database())
    else {
        return;
    };
    three_hundred_parallel_sign_ins_keep_memory_bounded(Some(&url));
}
