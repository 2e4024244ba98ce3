//! What differs between the backends: opening them, their settings and schemas, integrity
//! checks on each, and moving records from one to the other.

use super::*;

conformance!(integrity_problems_find_damage_done_behind_the_stores_back);

/// A new SQLite store of its own, in a temporary directory that lasts as long as the first half.
async fn new_sqlite() -> (tempfile::TempDir, agora_store::SqliteStore) {
    let tmp = tempfile::tempdir().unwrap();
    let store = agora_store::SqliteStore::open(&tmp.path().join("a.db"), true)
        .await
        .unwrap();
    (tmp, store)
}

#[tokio::test]
async fn sqlite_runs_with_wal_full_sync_and_foreign_keys() {
    let (_tmp, store) = new_sqlite().await;
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(store.pool())
        .await
        .unwrap();
    let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
        .fetch_one(store.pool())
        .await
        .unwrap();
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!((journal.as_str(), sync, fk), ("wal", 2, 1));
}

async fn integrity_problems_find_damage_done_behind_the_stores_back(backend: Backend) {
    let damage =
        "UPDATE memberships SET role = 'observer' WHERE id = 'soderkoping-process:member:SWE'";
    let problems = match backend {
        Backend::Sqlite => {
            let (_tmp, store) = new_sqlite().await;
            let damage_it = async {
                sqlx::query(damage).execute(store.pool()).await.unwrap();
            };
            problems_after(&store, damage_it).await
        }
        Backend::Postgres => {
            let Some(url) = fresh_postgres_url().await else {
                return;
            };
            let store = agora_store::PostgresStore::open(&url).await.unwrap();
            let damage_it = async {
                sqlx::query(damage).execute(store.pool()).await.unwrap();
            };
            problems_after(&store, damage_it).await
        }
    };
    assert!(
        problems
            .iter()
            .any(|p| p.contains("soderkoping-process:member:SWE") && p.contains("disagree")),
        "{problems:?}"
    );
}

/// The integrity problems a store finds once `damage` is done behind its back, after it found
/// none with the built-in dataset imported.
async fn problems_after<S>(store: &S, damage: impl std::future::Future<Output = ()>) -> Vec<String>
where
    // On a concrete store (not `dyn Store`) the methods are those of the aggregates' traits.
    S: agora_store::RegistryStore + agora_store::ChangeLogStore,
{
    let d = agora_ingest::builtin::dataset();
    store.import(&d, "test", &|_| {}).await.unwrap();
    assert_eq!(
        store.integrity_problems().await.unwrap(),
        Vec::<String>::new()
    );
    damage.await;
    store.integrity_problems().await.unwrap()
}

#[tokio::test]
async fn urls_choose_the_backend_and_typos_create_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(tmp.path().join("missing"));
    let e = agora_store::open(&dir, None, OpenMode::MustExist)
        .await
        .err()
        .unwrap();
    assert!(e.to_string().contains("agora init"), "{e}");
    assert!(!dir.root().exists());
    let e = agora_store::open(
        &dir,
        Some("mysql://u:secret@h/db"),
        OpenMode::CreateIfMissing,
    )
    .await
    .err()
    .unwrap();
    assert!(e.to_string().contains("unsupported database URL"), "{e}");
    assert!(
        !e.to_string().contains("secret"),
        "the password must not be echoed: {e}"
    );
}

/// Tables only PostgreSQL has: the blobs every node shares (one machine keeps files in a
/// directory).
const POSTGRES_ONLY: [&str; 2] = ["blob_chunks", "blobs"];

#[tokio::test]
async fn both_migrated_schemas_have_the_same_tables_and_columns() {
    let (_tmp, lite) = new_sqlite().await;
    let lite_cols: Vec<(String, String)> = sqlx::query_as(
        "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations' ORDER BY 1, 2",
    )
    .fetch_all(lite.pool())
    .await
    .unwrap();
    assert!(lite_cols.len() > 30, "{lite_cols:?}");
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let pg = agora_store::PostgresStore::open(&url).await.unwrap();
    let pg_cols: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations' ORDER BY 1, 2",
    )
    .fetch_all(pg.pool())
    .await
    .unwrap();
    let (only, pg_cols): (Vec<_>, Vec<_>) = pg_cols
        .into_iter()
        .partition(|(t, _)| POSTGRES_ONLY.contains(&t.as_str()));
    assert_eq!(only.len(), 5, "{only:?}");
    assert_eq!(lite_cols, pg_cols);
}

#[tokio::test]
async fn moving_between_backends_keeps_every_record() {
    let Some((_a, lite, d)) = loaded(Backend::Sqlite).await else {
        return;
    };
    let Some((_b, pg)) = fresh_on(Backend::Postgres).await else {
        return;
    };
    let from_sqlite = lite.snapshot().await.unwrap();
    pg.import(&from_sqlite, "move", &|_| {}).await.unwrap();
    let from_postgres = pg.snapshot().await.unwrap();
    assert_eq!(from_postgres, d);
    // and back again into a fresh SQLite store
    let Some((_c, lite2)) = fresh_on(Backend::Sqlite).await else {
        return;
    };
    lite2.import(&from_postgres, "move", &|_| {}).await.unwrap();
    assert_eq!(lite2.snapshot().await.unwrap(), from_sqlite);
}

#[tokio::test]
async fn a_postgres_url_naming_no_database_is_refused_and_the_password_is_not_echoed() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let (base, _) = url.rsplit_once('/').unwrap();
    let missing = format!("{base}/agora_no_such_database");
    let tmp = tempfile::tempdir().unwrap();
    let e = agora_store::open(
        &DataDir::new(tmp.path()),
        Some(&missing),
        OpenMode::CreateIfMissing,
    )
    .await
    .err()
    .unwrap()
    .to_string();
    assert!(e.contains("cannot connect") && e.contains("***"), "{e}");
    let password = base.split(':').nth(2).unwrap().split('@').next().unwrap();
    assert!(!e.contains(password), "the password leaked: {e}");
}
