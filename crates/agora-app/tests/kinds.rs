//! A kind of record is declared once. This test declares one of its own — a forum's notes, kept
//! in a table this test makes — and takes a note through proposal, review and publication, a
//! change, a withdrawal, the version history, the change log and the search index (which finds
//! a private note only for whom may see it), on SQLite and on PostgreSQL, without any code of the
//! application knowing of notes beforehand.

use std::sync::Arc;

use agora_app::{App, Caller, Error};
use agora_core::Said;
use agora_core::account::{Account, Email};
use agora_core::contribution::Entity;
use agora_core::kind::{Checked, RecordKind, Refused, SearchEntry, Table};
use agora_core::policy::{AccessRole, Viewer, Visibility};
use agora_core::{Catalogue, ForumId};
use agora_store::Store;
use serde_json::{Value, json};

/// A forum's note: `{"id": "FORUM:note:N", "forum_id": "FORUM", "text": "..."}`.
struct NoteKind;

impl RecordKind for NoteKind {
    fn name(&self) -> &'static str {
        "note"
    }
    fn table(&self) -> Table {
        Table {
            name: "test_notes",
            key: "id",
        }
    }
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused> {
        let text = |field: &str| record.get(field).and_then(Value::as_str).unwrap_or("");
        let forum: ForumId = text("forum_id")
            .parse()
            .map_err(|e: agora_core::ids::IdError| Refused::new("forum_id", e.said()))?;
        if !known.fora.contains(&forum) {
            return Err(Refused::new(
                "forum_id",
                Said::new("no-such-forum").with("id", forum.to_string()),
            ));
        }
        if !text("id").starts_with(&format!("{forum}:note:")) {
            // A kind declared outside Agora may say things the catalogues do not hold.
            return Err(Refused::new(
                "id",
                Said::as_given("a note's id is FORUM:note:N"),
            ));
        }
        if text("text").trim().is_empty() {
            return Err(Refused::new("text", Said::as_given("write the note")));
        }
        let mut body = json!({"id": text("id"), "forum_id": forum, "text": text("text").trim()});
        if record.get("private") == Some(&Value::Bool(true)) {
            body["private"] = Value::Bool(true);
        }
        Ok(Checked {
            id: text("id").to_owned(),
            body: body.to_string(),
        })
    }
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        let id = record.get("id").and_then(Value::as_str).unwrap_or("");
        let mut out: Vec<ForumId> = [
            record.get("forum_id").and_then(Value::as_str),
            id.split_once(':').map(|(f, _)| f),
        ]
        .into_iter()
        .flatten()
        .filter_map(|f| f.parse().ok())
        .collect();
        out.sort();
        out.dedup();
        out
    }
    fn columns(&self, record: &Value) -> Vec<(&'static str, Option<String>)> {
        let forum = record.get("forum_id").and_then(Value::as_str);
        vec![("forum_id", forum.map(str::to_owned))]
    }
    fn label(&self) -> &'static str {
        "history-what-note"
    }
    /// A private note is for the forum's participants.
    fn restricted(&self) -> bool {
        true
    }
    fn visibility(&self, record: &Value) -> Visibility {
        match record.get("private") {
            Some(Value::Bool(true)) => Visibility::Participants {
                forum: self.owners(record).remove(0),
                public_from: None,
            },
            _ => Visibility::Public,
        }
    }
    fn searchable(&self) -> bool {
        true
    }
    /// Found by its text, under its forum, by whom may see it.
    fn search_entry(&self, record: &Value, _texts: Vec<(String, String)>) -> Option<SearchEntry> {
        let text = record.get("text")?.as_str()?.to_owned();
        Some(SearchEntry {
            id: record.get("id")?.as_str()?.to_owned(),
            titles: vec![("en".into(), text.clone())],
            texts: vec![("en".into(), text)],
            kind: None,
            fora: self
                .owners(record)
                .iter()
                .map(ToString::to_string)
                .collect(),
            themes: vec![],
            langs: vec!["en".into()],
            date: None,
            visibility: self.visibility(record),
        })
    }
}

/// The ids of the notes a viewer finds with `words`.
async fn found(app: &App, viewer: &Viewer, words: &str) -> Vec<String> {
    let registry = app.registry().await.unwrap();
    let who = Caller {
        account: None,
        viewer,
        locale: Default::default(),
    };
    let request = agora_search::Request {
        q: words.into(),
        what: agora_search::What::parse("note"),
        limit: 20,
        ..Default::default()
    };
    agora_app::search::run(app, &who, &registry, request)
        .await
        .unwrap()
        .results
        .hits
        .into_iter()
        .map(|h| h.shown.id)
        .collect()
}

const TABLE: &str =
    "CREATE TABLE test_notes (id TEXT PRIMARY KEY, forum_id TEXT NOT NULL, body TEXT NOT NULL)";

async fn sqlite(dir: &std::path::Path) -> Arc<dyn Store> {
    let store = agora_store::SqliteStore::open(&dir.join("agora.db"), true)
        .await
        .unwrap();
    sqlx::query(TABLE).execute(store.pool()).await.unwrap();
    Arc::new(store)
}

async fn postgres() -> Option<Arc<dyn Store>> {
    let url = agora_store::testing::fresh_postgres_database().await?;
    let store = agora_store::PostgresStore::open(&url).await.unwrap();
    sqlx::query(TABLE).execute(store.pool()).await.unwrap();
    Some(Arc::new(store))
}

async fn person(store: &dyn Store, email: &str, roles: &[AccessRole]) -> Account {
    let email = Email::parse(email).unwrap();
    store
        .create_account(&email, roles, email.as_str(), "2099-01-01T00:00:00.000Z")
        .await
        .unwrap()
}

/// The note as stored.
async fn stored_note(store: &dyn Store) -> Option<String> {
    let table = NoteKind.table();
    store
        .record_body(table, "colombo-process:note:1")
        .await
        .unwrap()
}

/// A record proposed and submitted by `author`, then reviewed and published by `editor`: the
/// contribution's id.
async fn submit_and_publish(
    app: &App,
    author: &Caller<'_>,
    editor: &Caller<'_>,
    entity: &Entity,
    record: &Value,
) -> String {
    use agora_app::contributions::{propose, step};
    let id = propose(app, author, entity, record, "", "", true)
        .await
        .unwrap()
        .to_string();
    step(app, editor, &id, "start_review", "").await.unwrap();
    step(app, editor, &id, "publish", "").await.unwrap();
    id
}

async fn a_declared_kind_goes_through_moderation_history_and_the_change_log(store: Arc<dyn Store>) {
    let dir = tempfile::tempdir().unwrap();
    store
        .import(&agora_ingest::builtin::dataset(), "builtin", &|_| {})
        .await
        .unwrap();
    let index = Arc::new(agora_search::SearchIndex::open(dir.path()).unwrap());
    let blobs = agora_store::Blobs::in_dir(dir.path().join("blobs"));
    let app = App::new(store.clone(), blobs, index, None)
        .await
        .unwrap()
        .with_kind(Arc::new(NoteKind));

    let colombo: ForumId = "colombo-process".parse().unwrap();
    let secretariat = person(
        store.as_ref(),
        "sec@example.org",
        &[AccessRole::Secretariat(colombo.clone())],
    )
    .await;
    let editor = person(store.as_ref(), "ed@example.org", &[AccessRole::Editor]).await;
    let (sv, ev) = (
        Viewer::with_roles(secretariat.roles.clone()),
        Viewer::with_roles(editor.roles.clone()),
    );
    let sec = Caller {
        account: Some(&secretariat),
        viewer: &sv,
        locale: Default::default(),
    };
    let ed = Caller {
        account: Some(&editor),
        viewer: &ev,
        locale: Default::default(),
    };
    let note = Entity::parse("note").unwrap();
    use agora_app::contributions::{propose, step};

    // Proposed by the forum's secretariat, checked by the kind's own rules.
    let bad = json!({"id": "colombo-process:note:1", "forum_id": "colombo-process", "text": " "});
    let refused = propose(&app, &sec, &note, &bad, "", "", false).await;
    assert!(
        matches!(refused, Err(Error::BadParameter { ref parameter, .. }) if parameter == "text"),
        "{refused:?}"
    );
    let elsewhere = json!({"id": "gfmd:note:1", "forum_id": "gfmd", "text": "Not ours"});
    let refused = propose(&app, &sec, &note, &elsewhere, "", "", false).await;
    assert!(matches!(refused, Err(Error::Forbidden(_))), "{refused:?}");

    let seq = store.latest_change().await.unwrap();
    let first = json!({"id": "colombo-process:note:1", "forum_id": "colombo-process", "text": " Met in Dhaka. "});
    let id = propose(&app, &sec, &note, &first, "A first note", "", true)
        .await
        .unwrap()
        .to_string();
    assert_eq!(stored_note(store.as_ref()).await, None);
    step(&app, &ed, &id, "start_review", "").await.unwrap();
    step(&app, &ed, &id, "publish", "").await.unwrap();
    let published =
        r#"{"id":"colombo-process:note:1","forum_id":"colombo-process","text":"Met in Dhaka."}"#;
    assert_eq!(
        stored_note(store.as_ref()).await.as_deref(),
        Some(published)
    );

    // A change, reviewed and published the same way.
    let second = json!({"id": "colombo-process:note:1", "forum_id": "colombo-process", "text": "Met in Dhaka, 2026."});
    let change = submit_and_publish(&app, &sec, &ed, &note, &second).await;

    // The change log has both, in the forum's history, under the secretariat's role.
    let log = store.changes_since(seq, 100).await.unwrap();
    let notes: Vec<(&str, &str)> = log
        .iter()
        .filter(|c| c.entity == "note")
        .map(|c| (c.entity_id.as_str(), c.op.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            ("colombo-process:note:1", "create"),
            ("colombo-process:note:1", "update")
        ]
    );
    let versions = agora_app::history::versions(&app, "colombo-process", &Viewer::anonymous())
        .await
        .unwrap();
    let (latest, changes) = &versions[0];
    assert_eq!(
        (latest.change.entity.as_str(), latest.change.op.as_str()),
        ("note", "update")
    );
    assert_eq!(latest.role.as_deref(), Some("secretariat:colombo-process"));
    let fields: Vec<&str> = changes.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(fields, ["text"], "the version says what changed");
    assert_eq!(versions[1].0.change.op, "create");
    assert_eq!(
        app.kinds().get("note").unwrap().label(),
        "history-what-note",
        "the history names a note by its message"
    );

    // Withdrawing the change puts the published note back, and says so in the history.
    step(&app, &ed, &change, "withdraw", "").await.unwrap();
    assert_eq!(
        stored_note(store.as_ref()).await.as_deref(),
        Some(published)
    );
    let versions = agora_app::history::versions(&app, "colombo-process", &Viewer::anonymous())
        .await
        .unwrap();
    assert_eq!(versions[0].0.body.as_deref(), Some(published));

    // A private note is listed (latest changes, the forum's history) only to whom may see it.
    let private = json!({"id": "colombo-process:note:2", "forum_id": "colombo-process", "text": "Internal.", "private": true});
    submit_and_publish(&app, &sec, &ed, &note, &private).await;
    let listed = |changes: Vec<agora_app::changes::Worded>| -> Vec<String> {
        changes
            .into_iter()
            .filter(|c| c.entity == "note")
            .map(|c| c.entity_id)
            .collect()
    };
    let latest = |viewer: Viewer| {
        let app = &app;
        async move {
            agora_app::changes::latest(
                app,
                &viewer,
                agora_i18n::Locale::En,
                &agora_app::changes::ChangeFilter::default(),
                50,
            )
            .await
            .unwrap()
        }
    };
    let public = latest(Viewer::anonymous()).await;
    assert!(
        !listed(public.clone()).contains(&"colombo-process:note:2".to_owned()),
        "{public:?}"
    );
    assert!(listed(public).contains(&"colombo-process:note:1".to_owned()));
    let editors = latest(ev.clone()).await;
    assert!(listed(editors).contains(&"colombo-process:note:2".to_owned()));
    let ids = |vs: Vec<(
        agora_store::Version,
        Vec<agora_core::contribution::FieldChange>,
    )>|
     -> Vec<String> { vs.into_iter().map(|(v, _)| v.change.entity_id).collect() };
    let public = ids(
        agora_app::history::versions(&app, "colombo-process", &Viewer::anonymous())
            .await
            .unwrap(),
    );
    assert!(
        !public.contains(&"colombo-process:note:2".to_owned())
            && public.contains(&"colombo-process:note:1".to_owned())
    );
    let editors = ids(agora_app::history::versions(&app, "colombo-process", &ev)
        .await
        .unwrap());
    assert!(editors.contains(&"colombo-process:note:2".to_owned()));

    // The search index follows the notes as their declaration says: the published text, and a
    // private note only for whom may see it.
    assert_eq!(
        found(&app, &Viewer::anonymous(), "Dhaka").await,
        ["colombo-process:note:1"]
    );
    assert!(
        found(&app, &Viewer::anonymous(), "2026").await.is_empty(),
        "withdrawn"
    );
    assert!(
        found(&app, &Viewer::anonymous(), "internal")
            .await
            .is_empty()
    );
    assert_eq!(
        found(&app, &ev, "internal").await,
        ["colombo-process:note:2"]
    );
    assert_eq!(
        found(&app, &sv, "internal").await,
        ["colombo-process:note:2"]
    );

    // A kind nobody declared is refused by name.
    let unknown = propose(
        &app,
        &sec,
        &Entity::parse("memo").unwrap(),
        &first,
        "",
        "",
        false,
    )
    .await;
    assert!(
        matches!(unknown, Err(Error::BadParameter { ref parameter, .. }) if parameter == "entity"),
        "{unknown:?}"
    );
}

#[tokio::test]
async fn a_kind_declared_in_a_test_lives_through_moderation_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    a_declared_kind_goes_through_moderation_history_and_the_change_log(sqlite(dir.path()).await)
        .await;
}

#[tokio::test]
async fn a_kind_declared_in_a_test_lives_through_moderation_on_postgres() {
    if let Some(store) = postgres().await {
        a_declared_kind_goes_through_moderation_history_and_the_change_log(store).await;
    }
}
