//! Helpers for the tests of this and the crates above it (not used by Agora itself): a fresh
//! PostgreSQL database per test on the throw-away server `scripts/test` starts.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The URL of a new, empty database on the server named by `AGORA_TEST_POSTGRES_URL`.
/// Returns None when `AGORA_SKIP_POSTGRES=1` says to leave PostgreSQL out on purpose; panics
/// when neither is set, so a missing server never passes for a green test.
pub async fn fresh_postgres_database() -> Option<String> {
    let admin = match std::env::var("AGORA_TEST_POSTGRES_URL") {
        Ok(u) => u,
        Err(_) if std::env::var("AGORA_SKIP_POSTGRES").as_deref() == Ok("1") => return None,
        Err(_) => panic!(
            "AGORA_TEST_POSTGRES_URL is not set: run ./scripts/test (it starts PostgreSQL), or set AGORA_SKIP_POSTGRES=1"
        ),
    };
    static N: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let name = format!(
        "agora_test_{}_{}_{nanos}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    );
    let pool = sqlx::PgPool::connect(&admin)
        .await
        .expect("the test server answers");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .expect("the test role may create databases");
    pool.close().await;
    let (base, _) = admin.rsplit_once('/').expect("a URL ending in /DATABASE");
    Some(format!("{base}/{name}"))
}

/// A new store in the data directory `dir`: SQLite there when `url` is None, else the
/// PostgreSQL database `url` names; created and migrated as on a first start.
pub async fn fresh_store(
    dir: &std::path::Path,
    url: Option<&str>,
) -> std::sync::Arc<dyn crate::Store> {
    crate::open(
        &crate::DataDir::new(dir),
        url,
        crate::OpenMode::CreateIfMissing,
    )
    .await
    .expect("a new store opens")
}
