//! Corrections of the built-in dataset reach an installation made before them, and keep what its
//! editors changed since (issue 15), on SQLite and on PostgreSQL.

use std::sync::Arc;

use agora_app::{App, Caller};
use agora_core::account::Email;
use agora_core::contribution::Entity;
use agora_core::policy::{AccessRole, Viewer};
use agora_core::{Dataset, PartialDate};
use agora_store::Store;

/// The built-in dataset as an earlier version had it: the ASEAN-EU Summit dated 2017, the
/// Söderköping Process's rows never ending, a duplicate co-chair row, and no parties of the
/// summit.
fn earlier() -> Dataset {
    let mut d = agora_ingest::builtin::dataset();
    let asean_eu = d
        .fora
        .iter_mut()
        .find(|f| f.id.as_str() == "asean-eu-summit")
        .unwrap();
    asean_eu.established = Some("2017-11".parse().unwrap());
    d.memberships
        .retain(|m| !m.id.as_str().starts_with("asean-eu-summit:member:"));
    for m in d
        .memberships
        .iter_mut()
        .filter(|m| m.forum_id.as_str() == "soderkoping-process" && m.start_date.is_some())
    {
        m.end_date = None;
    }
    let mut dup = d
        .memberships
        .iter()
        .find(|m| m.id.as_str() == "bali-process:co_chair:AUS:2002")
        .unwrap()
        .clone();
    dup.id = "bali-process:co_chair:AUS:undated".parse().unwrap();
    dup.start_date = None;
    d.memberships.push(dup);
    d
}

async fn sqlite(dir: &std::path::Path) -> Arc<dyn Store> {
    Arc::new(
        agora_store::SqliteStore::open(&dir.join("agora.db"), true)
            .await
            .unwrap(),
    )
}

async fn corrections_reach_an_installation_and_keep_its_editors_change(store: Arc<dyn Store>) {
    let dir = tempfile::tempdir().unwrap();
    // An installation made before the corrections.
    store.import(&earlier(), "builtin", &|_| {}).await.unwrap();
    // An editor changes one forum (the Colombo Process's summary), through moderation.
    let index = Arc::new(agora_search::SearchIndex::open(&dir.path().join("index")).unwrap());
    let blobs = agora_store::Blobs::in_dir(dir.path().join("blobs"));
    let app = App::new(store.clone(), blobs, index, None).await.unwrap();
    let email = Email::parse("editor@example.org").unwrap();
    let editor = store
        .create_account(
            &email,
            &[AccessRole::Editor],
            "Editor",
            "2099-01-01T00:00:00.000Z",
        )
        .await
        .unwrap();
    let viewer = Viewer::with_roles(editor.roles.clone());
    let ed = Caller {
        account: Some(&editor),
        viewer: &viewer,
        locale: Default::default(),
    };
    let snapshot = store.snapshot().await.unwrap();
    let mut colombo = snapshot
        .fora
        .iter()
        .find(|f| f.id.as_str() == "colombo-process")
        .unwrap()
        .clone();
    let words = "The Colombo Process: a regional consultative process of Asian countries of origin of labour migrants.";
    colombo.summary = Some(words.into());
    let record = serde_json::to_value(&colombo).unwrap();
    let forum = Entity::parse("forum").unwrap();
    use agora_app::contributions::{propose, step};
    let id = propose(&app, &ed, &forum, &record, "Summary", "", true)
        .await
        .unwrap()
        .to_string();
    step(&app, &ed, &id, "start_review", "").await.unwrap();
    step(&app, &ed, &id, "publish", "").await.unwrap();
    let seq = store.latest_change().await.unwrap();

    // The new version of the built-in data arrives.
    let done = agora_app::upgrade::apply(store.as_ref(), agora_ingest::builtin::dataset())
        .await
        .unwrap();
    let after = store.snapshot().await.unwrap();
    // The corrections are there...
    let forum = |id: &str| after.fora.iter().find(|f| f.id.as_str() == id).unwrap();
    assert_eq!(
        forum("asean-eu-summit").established,
        Some("2007-11".parse::<PartialDate>().unwrap())
    );
    assert!(
        after
            .memberships
            .iter()
            .any(|m| m.id.as_str() == "asean-eu-summit:member:eu")
    );
    assert!(
        after
            .memberships
            .iter()
            .filter(|m| m.forum_id.as_str() == "soderkoping-process" && m.start_date.is_some())
            .all(|m| m.end_date.is_some())
    );
    assert!(
        !after
            .memberships
            .iter()
            .any(|m| m.id.as_str() == "bali-process:co_chair:AUS:undated")
    );
    // ...the editor's change is kept, and listed...
    assert_eq!(forum("colombo-process").summary.as_deref(), Some(words));
    assert_eq!(done.kept.len(), 1, "{:?}", done.kept);
    assert_eq!(
        (done.kept[0].entity, done.kept[0].id.as_str()),
        ("forum", "colombo-process")
    );
    assert!(
        done.kept[0].why.contains("by contribution:"),
        "{:?}",
        done.kept
    );
    assert_eq!(done.summary.removed.get("membership"), Some(&1));
    // ...and the change log records the corrections as the built-in dataset's.
    let log = store.changes_since(seq, 10_000).await.unwrap();
    assert!(log.iter().all(|c| c.origin == "builtin"));
    assert!(
        log.iter()
            .any(|c| c.entity == "forum" && c.entity_id == "asean-eu-summit" && c.op == "update")
    );
    assert!(
        log.iter()
            .any(|c| c.entity_id == "bali-process:co_chair:AUS:undated" && c.op == "delete")
    );
    // The result passes every rule, and a second run changes nothing.
    let mut known = agora_core::Catalogue::default();
    known.extend_from(&after);
    assert_eq!(agora_core::validate(&after, &known), vec![]);
    let again = agora_app::upgrade::apply(store.as_ref(), agora_ingest::builtin::dataset())
        .await
        .unwrap();
    assert_eq!(again.summary.changed(), 0);
    assert_eq!(again.kept, done.kept);
}

#[tokio::test]
async fn corrections_reach_an_existing_installation_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    corrections_reach_an_installation_and_keep_its_editors_change(sqlite(dir.path()).await).await;
}

#[tokio::test]
async fn corrections_reach_an_existing_installation_on_postgres() {
    if let Some(url) = agora_store::testing::fresh_postgres_database().await {
        let store = agora_store::PostgresStore::open(&url).await.unwrap();
        corrections_reach_an_installation_and_keep_its_editors_change(Arc::new(store)).await;
    }
}
