//! The storage conformance story: written once against the `Store` trait and run on SQLite and
//! on PostgreSQL. Each test gets its own fresh database: a temporary directory for SQLite, a new
//! database on the server named by `AGORA_TEST_POSTGRES_URL` for PostgreSQL (`scripts/test`
//! starts a throw-away cluster and sets it). Without that variable the PostgreSQL tests fail,
//! unless `AGORA_SKIP_POSTGRES=1` says to leave them out on purpose.
//!
//! The tests are grouped by aggregate, a module each; `conformance!` runs each of a module's
//! conformance tests on both backends.

use std::sync::Arc;

use agora_core::{Dataset, Day};
use agora_store::{DataDir, OpenMode, Store};

#[derive(Clone, Copy, Debug)]
enum Backend {
    Sqlite,
    Postgres,
}

async fn fresh_postgres_url() -> Option<String> {
    agora_store::testing::fresh_postgres_database().await
}

/// A fresh, empty store on a backend; None when PostgreSQL is deliberately skipped.
async fn fresh_on(backend: Backend) -> Option<(tempfile::TempDir, Arc<dyn Store>)> {
    let tmp = tempfile::tempdir().unwrap();
    let url = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some(fresh_postgres_url().await?),
    };
    let store = agora_store::testing::fresh_store(tmp.path(), url.as_deref()).await;
    assert_eq!(
        store.backend(),
        match backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    );
    Some((tmp, store))
}

/// [`fresh_on`], and a second store on the same database, as another process (a CLI, another
/// node) opens it: nothing in memory is shared between the two.
async fn fresh_twice_on(
    backend: Backend,
) -> Option<(tempfile::TempDir, Arc<dyn Store>, Arc<dyn Store>)> {
    let tmp = tempfile::tempdir().unwrap();
    let url = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some(fresh_postgres_url().await?),
    };
    let store = agora_store::testing::fresh_store(tmp.path(), url.as_deref()).await;
    let other = agora_store::open(
        &DataDir::new(tmp.path()),
        url.as_deref(),
        OpenMode::MustExist,
    )
    .await
    .unwrap();
    Some((tmp, store, other))
}

/// Run a conformance test on both backends.
macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[tokio::test] async fn $name() { super::$name(super::Backend::Sqlite).await } )*
        }
        mod postgres {
            $( #[tokio::test] async fn $name() { super::$name(super::Backend::Postgres).await } )*
        }
    };
}

mod accounts;
mod assessments;
mod backends;
mod blobs;
mod contributions;
mod documents;
mod practices;
mod registry;

/// The kinds of record declared by Agora itself, as a contribution's step takes them.
fn kinds() -> Vec<Arc<dyn agora_core::kind::RecordKind>> {
    agora_core::kind::builtin()
}

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

async fn loaded(backend: Backend) -> Option<(tempfile::TempDir, Arc<dyn Store>, Dataset)> {
    let (tmp, store) = fresh_on(backend).await?;
    let d = agora_ingest::builtin::dataset();
    store.import(&d, "test", &|_| {}).await.unwrap();
    Some((tmp, store, d))
}

/// The Colombo Process's secretariat as the contribution tests need it: its account, what the access
/// policy hands it (a capability to draft) and an editor (transitions), and the actor it steps as.
struct Colombo {
    forum: agora_core::ForumId,
    author: agora_core::account::Account,
    secretariat: agora_core::policy::Viewer,
    editor: agora_core::policy::Viewer,
    cap: agora_core::policy::ContributorCap,
    actor: agora_store::Actor,
}

async fn colombo(store: &dyn Store) -> Colombo {
    use agora_core::policy::Viewer;
    let author = store
        .create_account(
            &agora_core::account::Email::parse("sec@colombo.example").unwrap(),
            &["secretariat:colombo-process".parse().unwrap()],
            "setup",
            "2999-01-01T00:00:00.000Z",
        )
        .await
        .unwrap();
    let forum: agora_core::ForumId = "colombo-process".parse().unwrap();
    let secretariat = Viewer::with_roles(["secretariat:colombo-process".parse().unwrap()]);
    Colombo {
        cap: secretariat.as_contributor(&forum).unwrap(),
        actor: agora_store::Actor {
            account_id: author.id,
            role: "secretariat:colombo-process".into(),
            comment: String::new(),
        },
        editor: Viewer::with_roles(["editor".parse().unwrap()]),
        forum,
        author,
        secretariat,
    }
}
