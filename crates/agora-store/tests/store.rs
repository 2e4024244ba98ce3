//! The storage conformance story: written once against the `Store` trait and run on SQLite and
//! on PostgreSQL. Each test gets its own fresh database: a temporary directory for SQLite, a new
//! database on the server named by `AGORA_TEST_POSTGRES_URL` for PostgreSQL (`scripts/test`
//! starts a throw-away cluster and sets it). Without that variable the PostgreSQL tests fail,
//! unless `AGORA_SKIP_POSTGRES=1` says to leave them out on purpose.

use std::sync::Arc;

use agora_core::{Dataset, Day, ForumId, Member, Role};
use agora_store::{DataDir, MembershipFilter, OpenMode, Store};

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
    let store = agora_store::open(
        &DataDir::new(tmp.path()),
        url.as_deref(),
        OpenMode::CreateIfMissing,
    )
    .await
    .unwrap();
    assert_eq!(
        store.backend(),
        match backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    );
    Some((tmp, store))
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

conformance!(
    a_snapshot_returns_exactly_what_was_imported,
    every_write_is_in_the_change_log_and_a_rerun_writes_nothing,
    a_failed_import_leaves_no_record_and_no_log_entry,
    memberships_follow_the_as_of_rule,
    integrity_problems_find_damage_done_behind_the_stores_back,
    accounts_roles_and_one_time_links,
    api_tokens_and_password_changes,
    contributions_publish_atomically_refuse_stale_bases_and_withdraw,
    a_contribution_never_publishes_a_record_of_another_forum,
    sign_in_reservations_hold_under_parallel_attempts,
    documents_with_their_files_and_texts_commit_together,
    a_proposed_document_enters_the_library_with_its_text_when_published,
);

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

async fn loaded(backend: Backend) -> Option<(tempfile::TempDir, Arc<dyn Store>, Dataset)> {
    let (tmp, store) = fresh_on(backend).await?;
    let d = agora_ingest::builtin::dataset();
    store.import(&d, "test", &|_| {}).await.unwrap();
    Some((tmp, store, d))
}

async fn a_snapshot_returns_exactly_what_was_imported(backend: Backend) {
    let Some((_tmp, store, d)) = loaded(backend).await else {
        return;
    };
    assert_eq!(store.snapshot().await.unwrap(), d);
    assert!(!store.is_empty().await.unwrap());
    let c = store.catalogue().await.unwrap();
    assert_eq!(c.fora.len(), d.fora.len());
    assert!(c.m49.contains(&150) && c.m49.contains(&1));
}

async fn every_write_is_in_the_change_log_and_a_rerun_writes_nothing(backend: Backend) {
    let Some((_tmp, store, d)) = loaded(backend).await else {
        return;
    };
    let log = store.changes_since(0, 100_000).await.unwrap();
    assert_eq!(log.len(), d.record_count());
    assert!(
        log.windows(2).all(|w| w[0].seq < w[1].seq),
        "sequence is monotonic"
    );
    assert!(log.iter().all(|c| c.op == "create" && c.origin == "test"));
    let again = store.import(&d, "rerun", &|_| {}).await.unwrap();
    assert_eq!(again.changed(), 0);
    assert_eq!(again.unchanged, d.record_count());
    assert_eq!(
        store.changes_since(0, 100_000).await.unwrap().len(),
        d.record_count()
    );

    let mut edited = Dataset::default();
    let mut m = d.memberships[0].clone();
    m.note = Some("edited".into());
    edited.memberships.push(m.clone());
    let s = store.import(&edited, "edit", &|_| {}).await.unwrap();
    assert_eq!(s.updated.get("membership"), Some(&1));
    let last = store
        .changes_since(log.last().unwrap().seq, 10)
        .await
        .unwrap();
    assert_eq!(last.len(), 1);
    assert_eq!(
        (
            last[0].entity.as_str(),
            last[0].entity_id.as_str(),
            last[0].op.as_str()
        ),
        ("membership", m.id.as_str(), "update")
    );
}

async fn a_failed_import_leaves_no_record_and_no_log_entry(backend: Backend) {
    let Some((_tmp, store, d)) = loaded(backend).await else {
        return;
    };
    let before = store.snapshot().await.unwrap();
    let logged = store.changes_since(0, 100_000).await.unwrap().len();
    // Bypass validation on purpose: the database itself must refuse the dangling reference,
    // and the good record written before it must be rolled back with it.
    let mut bad = Dataset::default();
    let mut good = d.memberships[0].clone();
    good.note = Some("should not stay".into());
    let mut dangling = d.memberships[1].clone();
    dangling.id = "x:member:SWE".parse().unwrap();
    dangling.forum_id = "no-such-forum".parse().unwrap();
    bad.memberships = vec![good, dangling];
    assert!(store.import(&bad, "bad", &|_| {}).await.is_err());
    assert_eq!(store.snapshot().await.unwrap(), before);
    assert_eq!(store.changes_since(0, 100_000).await.unwrap().len(), logged);
}

async fn member_ids(store: &Arc<dyn Store>, forum: &ForumId, on: &str) -> Vec<String> {
    let filter = MembershipFilter {
        forum: Some(forum.clone()),
        role: Some(Role::Member),
        as_of: Some(day(on)),
        member: None,
    };
    store
        .memberships(&filter)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.member.id().to_owned())
        .collect()
}

async fn memberships_follow_the_as_of_rule(backend: Backend) {
    let Some((_tmp, store, d)) = loaded(backend).await else {
        return;
    };
    let forum: ForumId = "soderkoping-process".parse().unwrap();
    let bangkok = member_ids(&store, &forum, "2009-06-04").await;
    assert!(!bangkok.contains(&"SWE".to_owned()));
    for c in ["BLR", "MDA", "UKR"] {
        assert!(bangkok.contains(&c.to_owned()), "{c}");
    }
    assert!(
        member_ids(&store, &forum, "2010-01-01")
            .await
            .contains(&"SWE".to_owned())
    );
    // The SQL filter agrees with the domain rule on every membership, on several days.
    for on in [
        "1990-01-01",
        "2001-05-01",
        "2009-06-04",
        "2013-07-01",
        "2020-01-31",
        "2020-02-01",
        "2026-11-27",
    ] {
        let filter = MembershipFilter {
            as_of: Some(day(on)),
            ..Default::default()
        };
        let got: Vec<_> = store
            .memberships(&filter)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.id)
            .collect();
        let want: Vec<_> = d
            .memberships
            .iter()
            .filter(|m| m.active_on(day(on)))
            .map(|m| m.id.clone())
            .collect();
        assert_eq!(got, want, "as of {on}");
    }
    // A state's portfolio: Sweden's memberships in any forum.
    let sweden = Member::Area("SWE".parse().unwrap());
    let filter = MembershipFilter {
        member: Some(sweden.clone()),
        ..Default::default()
    };
    let portfolio = store.memberships(&filter).await.unwrap();
    assert!(portfolio.iter().any(|m| m.forum_id.as_str() == "eu"));
    assert!(portfolio.iter().all(|m| m.member == sweden));
}

#[tokio::test]
async fn sqlite_runs_with_wal_full_sync_and_foreign_keys() {
    let tmp = tempfile::tempdir().unwrap();
    let store = agora_store::SqliteStore::open(&tmp.path().join("a.db"), true)
        .await
        .unwrap();
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
    // On a concrete store (not `dyn Store`) the methods are those of the aggregates' traits.
    use agora_store::{ChangeLogStore, RegistryStore};
    let tmp = tempfile::tempdir().unwrap();
    let d = agora_ingest::builtin::dataset();
    let damage =
        "UPDATE memberships SET role = 'observer' WHERE id = 'soderkoping-process:member:SWE'";
    let problems = match backend {
        Backend::Sqlite => {
            let store = agora_store::SqliteStore::open(&tmp.path().join("a.db"), true)
                .await
                .unwrap();
            store.import(&d, "test", &|_| {}).await.unwrap();
            assert_eq!(
                store.integrity_problems().await.unwrap(),
                Vec::<String>::new()
            );
            sqlx::query(damage).execute(store.pool()).await.unwrap();
            store.integrity_problems().await.unwrap()
        }
        Backend::Postgres => {
            let Some(url) = fresh_postgres_url().await else {
                return;
            };
            let store = agora_store::PostgresStore::open(&url).await.unwrap();
            store.import(&d, "test", &|_| {}).await.unwrap();
            assert_eq!(
                store.integrity_problems().await.unwrap(),
                Vec::<String>::new()
            );
            sqlx::query(damage).execute(store.pool()).await.unwrap();
            store.integrity_problems().await.unwrap()
        }
    };
    assert!(
        problems
            .iter()
            .any(|p| p.contains("soderkoping-process:member:SWE") && p.contains("disagree")),
        "{problems:?}"
    );
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

#[tokio::test]
async fn both_migrated_schemas_have_the_same_tables_and_columns() {
    let tmp = tempfile::tempdir().unwrap();
    let lite = agora_store::SqliteStore::open(&tmp.path().join("a.db"), true)
        .await
        .unwrap();
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

async fn accounts_roles_and_one_time_links(backend: Backend) {
    use agora_core::account::Email;
    use agora_core::policy::AccessRole;
    let Some((_tmp, store)) = fresh_on(backend).await else {
        return;
    };
    let email = Email::parse("Secretariat@Colombo.example").unwrap();
    let role: AccessRole = "secretariat:colombo-process".parse().unwrap();
    let far = "2999-01-01T00:00:00.000Z";
    let a = store
        .create_account(&email, std::slice::from_ref(&role), "hash-1", far)
        .await
        .unwrap();
    assert_eq!(
        (
            a.email.as_str(),
            a.roles.clone(),
            a.has_password,
            a.disabled
        ),
        (
            "secretariat@colombo.example",
            vec![role.clone()],
            false,
            false
        )
    );
    let dup = store
        .create_account(&email, &[], "hash-2", far)
        .await
        .err()
        .unwrap();
    assert!(matches!(dup, agora_store::StoreError::Conflict(_)), "{dup}");

    let editor: AccessRole = "editor".parse().unwrap();
    assert!(store.grant_role(&email, &editor).await.unwrap());
    assert!(
        !store.grant_role(&email, &editor).await.unwrap(),
        "granting twice changes nothing"
    );
    assert!(store.revoke_role(&email, &editor).await.unwrap());
    assert!(!store.revoke_role(&email, &editor).await.unwrap());
    let nobody = Email::parse("nobody@example.org").unwrap();
    assert!(matches!(
        store.grant_role(&nobody, &editor).await,
        Err(agora_store::StoreError::NotFound(_))
    ));

    // One-time link: valid once, not after use, never when expired.
    assert_eq!(
        store
            .account_for_setup("hash-1")
            .await
            .unwrap()
            .unwrap()
            .email,
        email
    );
    assert!(
        store
            .account_for_setup("hash-unknown")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .set_password_with_token("hash-1", "$argon2id$stub-for-the-store")
            .await
            .unwrap()
    );
    assert!(
        !store
            .set_password_with_token("hash-1", "$argon2id$again")
            .await
            .unwrap(),
        "a link works once"
    );
    assert!(store.account_for_setup("hash-1").await.unwrap().is_none());
    assert!(
        store
            .account_by_email(&email)
            .await
            .unwrap()
            .unwrap()
            .has_password
    );
    store
        .add_setup_token(&email, "hash-old", "2000-01-01T00:00:00.000Z")
        .await
        .unwrap();
    assert!(
        store.account_for_setup("hash-old").await.unwrap().is_none(),
        "an expired link is refused"
    );
    assert!(
        !store
            .set_password_with_token("hash-old", "x")
            .await
            .unwrap()
    );

    // Disabling kills the account's links.
    store.add_setup_token(&email, "hash-3", far).await.unwrap();
    assert!(store.disable_account(&email).await.unwrap());
    assert!(!store.disable_account(&email).await.unwrap());
    assert!(store.account_for_setup("hash-3").await.unwrap().is_none());
    assert!(store.accounts().await.unwrap()[0].disabled);

    use agora_store::{AuditEvent, AuditFilter};
    fn event<'a>(
        actor: &'a str,
        action: &'a str,
        target: &'a str,
        outcome: &'a str,
        client: &'a str,
    ) -> AuditEvent<'a> {
        AuditEvent {
            actor,
            action,
            target,
            outcome,
            client,
        }
    }
    store
        .audit(event("cli", "user.add", email.as_str(), "ok", ""))
        .await
        .unwrap();
    // A flood of refusals from one address: one row, counted; another address, another row.
    let huge = "x".repeat(60_000);
    for i in 0..2_000 {
        let target = if i == 0 {
            huge.as_str()
        } else {
            "someone@example.org"
        };
        store
            .audit(event(
                "anonymous",
                "sign_in",
                target,
                "refused: wrong e-mail or password",
                "192.0.2.7",
            ))
            .await
            .unwrap();
    }
    store
        .audit(event(
            "anonymous",
            "sign_in",
            "x@example.org",
            "refused: wrong e-mail or password",
            "192.0.2.8",
        ))
        .await
        .unwrap();
    let log = store.audit_log(&AuditFilter::default(), 10).await.unwrap();
    assert!(log.len() <= 4, "{log:?}");
    let flood = log.iter().find(|a| a.client == "192.0.2.7").unwrap();
    assert_eq!(flood.count, 2_000);
    assert_eq!(flood.target.chars().count(), agora_store::AUDIT_FIELD_CHARS);
    assert!(flood.last_at >= flood.at);
    // Every event that went through keeps its own row.
    for n in 0..3 {
        store
            .audit(event(
                "account:1",
                "contribution.publish",
                &n.to_string(),
                "ok",
                "",
            ))
            .await
            .unwrap();
    }
    // Filters, and pages that reach the very first entry.
    let only = |filter: AuditFilter| {
        let store = store.clone();
        async move { store.audit_log(&filter, 100).await.unwrap() }
    };
    assert_eq!(
        only(AuditFilter {
            action: Some("contribution.publish".into()),
            ..Default::default()
        })
        .await
        .len(),
        3
    );
    assert_eq!(
        only(AuditFilter {
            refused: Some(true),
            ..Default::default()
        })
        .await
        .len(),
        2
    );
    assert_eq!(
        only(AuditFilter {
            actor: Some("cli".into()),
            ..Default::default()
        })
        .await[0]
            .target,
        email.as_str()
    );
    let found = only(AuditFilter {
        text: Some("192.0.2.8".into()),
        ..Default::default()
    })
    .await;
    assert_eq!(found.len(), 1);
    assert_eq!(
        only(AuditFilter {
            text: Some("X@EXAMPLE".into()),
            ..Default::default()
        })
        .await
        .len(),
        1,
        "text is found whatever its case"
    );
    assert!(
        only(AuditFilter {
            text: Some("%".into()),
            ..Default::default()
        })
        .await
        .is_empty(),
        "a % is a percent sign, not a wildcard"
    );
    let mut seen = Vec::new();
    let mut before = None;
    loop {
        let page = store
            .audit_log(
                &AuditFilter {
                    before,
                    ..Default::default()
                },
                2,
            )
            .await
            .unwrap();
        let Some(last) = page.last() else { break };
        before = Some(last.seq);
        seen.extend(page.iter().map(|a| a.seq));
    }
    let all: Vec<i64> = only(AuditFilter::default())
        .await
        .iter()
        .map(|a| a.seq)
        .collect();
    assert_eq!(seen, all, "paging visits every entry once, newest first");
    assert_eq!(all.len(), 6);
    // Refusals from ever more addresses: a row for each of the first few, then one for the rest.
    for n in 0..300 {
        store
            .audit(event(
                "anonymous",
                "sign_in",
                "someone@example.org",
                "refused: throttled",
                &format!("198.51.100.{n}"),
            ))
            .await
            .unwrap();
    }
    let spread = store
        .audit_log(
            &AuditFilter {
                text: Some("198.51.100.".into()),
                ..Default::default()
            },
            1_000,
        )
        .await
        .unwrap();
    assert!(
        spread.len() as i64 <= agora_store::AUDIT_CLIENTS_PER_WINDOW * 2,
        "{} rows",
        spread.len()
    );
    let all = store
        .audit_log(&AuditFilter::default(), 1_000)
        .await
        .unwrap();
    let throttled: i64 = all
        .iter()
        .filter(|a| a.outcome == "refused: throttled")
        .map(|a| a.count)
        .sum();
    assert_eq!(throttled, 300, "every refusal is counted");
    assert!(all.iter().any(|a| a.client == "*"));
}

async fn api_tokens_and_password_changes(backend: Backend) {
    use agora_core::account::Email;
    let Some((_tmp, store)) = fresh_on(backend).await else {
        return;
    };
    let far = "2999-01-01T00:00:00.000Z";
    let email = Email::parse("program@example.org").unwrap();
    let a = store
        .create_account(&email, &["editor".parse().unwrap()], "setup", far)
        .await
        .unwrap();
    use agora_core::policy::{Scope, Scopes};
    let id = store
        .create_api_token(&a.id, "sync", "hash-a", Scopes::READ)
        .await
        .unwrap();
    let both = Scopes::of(&[Scope::Contribute, Scope::Administer]);
    store
        .create_api_token(&a.id, "other", "hash-b", both)
        .await
        .unwrap();
    let (account, scopes) = store
        .account_for_api_token("hash-a")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((account.email, scopes), (email.clone(), Scopes::READ));
    assert_eq!(
        store
            .account_for_api_token("hash-b")
            .await
            .unwrap()
            .unwrap()
            .1,
        both
    );
    let listed = store.api_tokens(&a.id).await.unwrap();
    assert_eq!(
        listed
            .iter()
            .map(|t| (t.name.as_str(), t.scopes))
            .collect::<Vec<_>>(),
        [("other", both), ("sync", Scopes::READ)],
        "newest first, with their scopes"
    );
    assert!(store.revoke_api_token(&a.id, id).await.unwrap());
    assert!(!store.revoke_api_token(&a.id, id).await.unwrap(), "once");
    assert!(
        store
            .account_for_api_token("hash-a")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .account_for_api_token("hash-b")
            .await
            .unwrap()
            .is_some()
    );
    // Someone else's token cannot be revoked by id.
    let b = store
        .create_account(&Email::parse("b@example.org").unwrap(), &[], "setup-b", far)
        .await
        .unwrap();
    let theirs = store
        .create_api_token(&b.id, "b", "hash-c", Scopes::READ)
        .await
        .unwrap();
    assert!(!store.revoke_api_token(&a.id, theirs).await.unwrap());
    // A password change ends every other session and every token of the account (only).
    store.create_session(&a.id, "s1", "c1", far).await.unwrap();
    store.create_session(&a.id, "s2", "c2", far).await.unwrap();
    store
        .set_password(&a.id, "new-hash", Some("s1"))
        .await
        .unwrap();
    assert!(store.session("s1").await.unwrap().is_some());
    assert!(store.session("s2").await.unwrap().is_none());
    assert!(
        store
            .account_for_api_token("hash-b")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .api_tokens(&a.id)
            .await
            .unwrap()
            .iter()
            .all(|t| t.revoked_at.is_some())
    );
    assert!(
        store
            .account_for_api_token("hash-c")
            .await
            .unwrap()
            .is_some()
    );
    store
        .create_api_token(&a.id, "after", "hash-d", Scopes::READ)
        .await
        .unwrap();
    assert_eq!(
        store
            .credentials(&email)
            .await
            .unwrap()
            .unwrap()
            .1
            .as_deref(),
        Some("new-hash")
    );
    assert_eq!(
        store.account_by_id(&a.id).await.unwrap().unwrap().email,
        email
    );
    assert!(store.account_by_id("999999").await.unwrap().is_none());
    // A password set through a one-time link ends every session and token of the account.
    store.create_session(&b.id, "s3", "c3", far).await.unwrap();
    let b_email = Email::parse("b@example.org").unwrap();
    store
        .add_setup_token(&b_email, "link-b", far)
        .await
        .unwrap();
    assert!(
        store
            .set_password_with_token("link-b", "b-hash")
            .await
            .unwrap()
    );
    assert!(store.session("s3").await.unwrap().is_none());
    assert!(
        store
            .account_for_api_token("hash-c")
            .await
            .unwrap()
            .is_none()
    );
    // Disabled accounts' tokens stop working.
    assert!(
        store
            .account_for_api_token("hash-d")
            .await
            .unwrap()
            .is_some()
    );
    store.disable_account(&email).await.unwrap();
    assert!(
        store
            .account_for_api_token("hash-d")
            .await
            .unwrap()
            .is_none()
    );
}

async fn contributions_publish_atomically_refuse_stale_bases_and_withdraw(backend: Backend) {
    use agora_core::account::Email;
    use agora_core::contribution::Entity;
    use agora_core::policy::ContributionState as S;
    use agora_store::{Actor, NewContribution};
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let author = store
        .create_account(
            &Email::parse("sec@colombo.example").unwrap(),
            &["secretariat:colombo-process".parse().unwrap()],
            "setup",
            "2999-01-01T00:00:00.000Z",
        )
        .await
        .unwrap();
    let actor = |comment: &str| Actor {
        account_id: author.id.clone(),
        role: "secretariat:colombo-process".into(),
        comment: comment.into(),
    };
    let forum: ForumId = "colombo-process".parse().unwrap();
    let base = store
        .record_body(Entity::Forum, "colombo-process")
        .await
        .unwrap()
        .unwrap();
    let mut changed: agora_core::Forum = serde_json::from_str(&base).unwrap();
    changed.summary = Some("Changed by a contribution.".into());
    let proposed = serde_json::to_string(&changed).unwrap();
    // What the access policy hands out: a capability to draft, and transitions to move.
    use agora_core::policy::{Step, Viewer, take_step};
    let secretariat = Viewer::with_roles(["secretariat:colombo-process".parse().unwrap()]);
    let editor = Viewer::with_roles(["editor".parse().unwrap()]);
    let cap = secretariat.as_contributor(&forum).unwrap();
    let allowed = |from: S, step: Step| {
        let who = if step == Step::Submit {
            &secretariat
        } else {
            &editor
        };
        take_step(who, &forum, from, step).unwrap()
    };
    let new = |title: &str| NewContribution {
        entity: Entity::Forum,
        entity_id: "colombo-process".into(),
        title: title.into(),
        base: Some(base.clone()),
        proposed: proposed.clone(),
        author_id: author.id.clone(),
        author_role: "secretariat:colombo-process".into(),
        comment: "first".into(),
        texts: vec![],
    };
    let id = store.create_contribution(&cap, &new("one")).await.unwrap();
    let stale = store.create_contribution(&cap, &new("two")).await.unwrap();
    let seq = store.latest_change().await.unwrap();
    // Steps are taken only from the state the caller saw.
    let wrong = store
        .step_contribution(id, &allowed(S::Submitted, Step::StartReview), &actor(""))
        .await;
    assert!(
        matches!(wrong, Err(agora_store::StoreError::Conflict(_))),
        "{wrong:?}"
    );
    for (from, step) in [
        (S::Draft, Step::Submit),
        (S::Submitted, Step::StartReview),
        (S::InReview, Step::Publish),
    ] {
        store
            .step_contribution(id, &allowed(from, step), &actor(step.as_str()))
            .await
            .unwrap();
    }
    assert_eq!(
        store.latest_change().await.unwrap(),
        seq + 1,
        "one change, logged"
    );
    assert_eq!(
        store
            .record_body(Entity::Forum, "colombo-process")
            .await
            .unwrap()
            .unwrap(),
        proposed
    );
    let versions = store.history("colombo-process", 10).await.unwrap();
    assert_eq!(versions[0].change.origin, format!("contribution:{id}"));
    assert_eq!(
        versions[0].role.as_deref(),
        Some("secretariat:colombo-process")
    );
    assert_eq!(versions[0].body.as_deref(), Some(proposed.as_str()));
    let c = store.contribution(id).await.unwrap().unwrap();
    assert_eq!(c.state, S::Published);
    assert_eq!(
        c.events
            .iter()
            .map(|e| e.action.as_str())
            .collect::<Vec<_>>(),
        ["create", "submit", "start_review", "publish"]
    );
    // The second drafted on the same base is stale now: refused, and nothing moves.
    for (from, step) in [(S::Draft, Step::Submit), (S::Submitted, Step::StartReview)] {
        store
            .step_contribution(stale, &allowed(from, step), &actor(step.as_str()))
            .await
            .unwrap();
    }
    let refused = store
        .step_contribution(stale, &allowed(S::InReview, Step::Publish), &actor(""))
        .await;
    assert!(
        matches!(&refused, Err(agora_store::StoreError::Conflict(m)) if m.contains("stale")),
        "{refused:?}"
    );
    assert_eq!(
        store.contribution(stale).await.unwrap().unwrap().state,
        S::InReview
    );
    assert_eq!(store.latest_change().await.unwrap(), seq + 1);
    // Rebased onto the record as it is, it goes through.
    store
        .revise_contribution(
            &cap,
            stale,
            S::InReview,
            Some(&proposed),
            &proposed,
            "rebase",
            &actor(""),
        )
        .await
        .unwrap();
    // A capability for another forum does not reach this forum's contributions.
    let elsewhere = Viewer::with_roles(["secretariat:soderkoping-process".parse().unwrap()])
        .as_contributor(&"soderkoping-process".parse().unwrap())
        .unwrap();
    let refused = store
        .revise_contribution(
            &elsewhere,
            stale,
            S::InReview,
            None,
            &base,
            "edit",
            &actor(""),
        )
        .await;
    assert!(
        matches!(refused, Err(agora_store::StoreError::NotFound(_))),
        "{refused:?}"
    );
    // Withdrawing the first restores the base, logged as a change.
    store
        .step_contribution(
            id,
            &allowed(S::Published, Step::Withdraw),
            &actor("too early"),
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .record_body(Entity::Forum, "colombo-process")
            .await
            .unwrap()
            .unwrap(),
        base
    );
    assert_eq!(store.latest_change().await.unwrap(), seq + 2);
    let listed = store
        .contributions(&agora_store::ContributionFilter {
            state: Some(S::Withdrawn),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(listed.iter().map(|c| c.id).collect::<Vec<_>>(), [id]);
    let by_author = store
        .contributions(&agora_store::ContributionFilter {
            author_id: Some(author.id.clone()),
            fora: Some(vec![forum.clone()]),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(by_author.len(), 2);
    assert!(store.integrity_problems().await.unwrap().is_empty());
}

/// However it was stored, a contribution of one forum cannot publish a record that is (or would
/// become) another forum's: the store refuses it and writes nothing.
async fn a_contribution_never_publishes_a_record_of_another_forum(backend: Backend) {
    use agora_core::account::Email;
    use agora_core::contribution::Entity;
    use agora_core::policy::{ContributionState as S, Step, Viewer, take_step};
    use agora_store::{Actor, NewContribution};
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let author = store
        .create_account(
            &Email::parse("sec@colombo.example").unwrap(),
            &["secretariat:colombo-process".parse().unwrap()],
            "setup",
            "2999-01-01T00:00:00.000Z",
        )
        .await
        .unwrap();
    let colombo: ForumId = "colombo-process".parse().unwrap();
    let cap = Viewer::with_roles(["secretariat:colombo-process".parse().unwrap()])
        .as_contributor(&colombo)
        .unwrap();
    let editor = Viewer::with_roles(["editor".parse().unwrap()]);
    let secretariat = Viewer::with_roles(["secretariat:colombo-process".parse().unwrap()]);
    let actor = Actor {
        account_id: author.id.clone(),
        role: "secretariat:colombo-process".into(),
        comment: String::new(),
    };
    let ukraine = "soderkoping-process:member:UKR";
    let base = store
        .record_body(Entity::Membership, ukraine)
        .await
        .unwrap()
        .unwrap();
    let mut edited: serde_json::Value = serde_json::from_str(&base).unwrap();
    edited["start_date"] = "2002".into();
    let mut moved = edited.clone();
    moved["forum_id"] = "colombo-process".into();
    // Edited where it stands (its body names Söderköping), and moved to Colombo.
    for proposed in [edited.to_string(), moved.to_string()] {
        let id = store
            .create_contribution(
                &cap,
                &NewContribution {
                    entity: Entity::Membership,
                    entity_id: ukraine.into(),
                    title: "probe".into(),
                    base: Some(base.clone()),
                    proposed,
                    author_id: author.id.clone(),
                    author_role: "secretariat:colombo-process".into(),
                    comment: String::new(),
                    texts: vec![],
                },
            )
            .await
            .unwrap();
        for (who, from, step) in [
            (&secretariat, S::Draft, Step::Submit),
            (&editor, S::Submitted, Step::StartReview),
        ] {
            let t = take_step(who, &colombo, from, step).unwrap();
            store.step_contribution(id, &t, &actor).await.unwrap();
        }
        let seq = store.latest_change().await.unwrap();
        let t = take_step(&editor, &colombo, S::InReview, Step::Publish).unwrap();
        let refused = store.step_contribution(id, &t, &actor).await;
        assert!(
            matches!(&refused, Err(agora_store::StoreError::Conflict(m)) if m.contains("belongs elsewhere")),
            "{refused:?}"
        );
        assert_eq!(store.latest_change().await.unwrap(), seq, "nothing logged");
        assert_eq!(
            store.contribution(id).await.unwrap().unwrap().state,
            S::InReview
        );
        assert_eq!(
            store
                .record_body(Entity::Membership, ukraine)
                .await
                .unwrap()
                .as_deref(),
            Some(base.as_str()),
            "the record is as it was"
        );
    }
}

/// A hundred attempts at once on one account reserve exactly its limit; a refusal counts
/// nothing; the keys of one attempt are reserved all or none; a right password gives its
/// reservation back. Trusted devices and the installation's secrets are kept too.
async fn sign_in_reservations_hold_under_parallel_attempts(backend: Backend) {
    use agora_core::throttle::{PER_ACCOUNT, PER_ADDRESS};
    let Some((_tmp, store)) = fresh_on(backend).await else {
        return;
    };
    let now = 1_800_000_000;
    let account = || vec![("account:a@example.org".to_owned(), PER_ACCOUNT)];
    let mut tasks = Vec::new();
    for _ in 0..100 {
        let store = store.clone();
        let keys = account();
        tasks.push(tokio::spawn(async move {
            store.reserve_sign_in(&keys, now).await.unwrap()
        }));
    }
    let mut went = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(()) => went += 1,
            Err(wait) => assert_eq!(wait, 900),
        }
    }
    assert_eq!(went, 10, "exactly the limit, however many at once");
    // All or none: the address's counter is not touched when the account refuses.
    let both = vec![
        ("account:a@example.org".to_owned(), PER_ACCOUNT),
        ("address:192.0.2.1".to_owned(), PER_ADDRESS),
    ];
    assert_eq!(store.reserve_sign_in(&both, now).await.unwrap(), Err(900));
    for _ in 0..10 {
        assert_eq!(
            store.reserve_sign_in(&both[1..], now).await.unwrap(),
            Ok(())
        );
    }
    assert_eq!(
        store.reserve_sign_in(&both[1..], now).await.unwrap(),
        Err(2),
        "the eleventh from the address waits two seconds: it had ten, not eleven"
    );
    // A right password gives its attempt back.
    store
        .release_sign_in(&["account:a@example.org".to_owned()])
        .await
        .unwrap();
    assert_eq!(
        store.reserve_sign_in(&account(), now).await.unwrap(),
        Ok(())
    );
    assert_eq!(
        store.reserve_sign_in(&account(), now).await.unwrap(),
        Err(900)
    );
    // A window that has passed starts afresh; stale counters are forgotten.
    assert_eq!(
        store.reserve_sign_in(&account(), now + 900).await.unwrap(),
        Ok(())
    );
    assert_eq!(store.forget_stale_sign_ins(now + 1).await.unwrap(), 1);
    // Devices that signed in, until they expire.
    let a = store
        .create_account(
            &agora_core::account::Email::parse("a@example.org").unwrap(),
            &[],
            "setup",
            "2999-01-01T00:00:00.000Z",
        )
        .await
        .unwrap();
    store
        .trust_device(&a.id, "device-1", "2999-01-01T00:00:00.000Z")
        .await
        .unwrap();
    store
        .trust_device(&a.id, "device-2", "2000-01-01T00:00:00.000Z")
        .await
        .unwrap();
    assert_eq!(
        store.trusted_device("device-1").await.unwrap(),
        Some(a.id.clone())
    );
    assert_eq!(store.trusted_device("device-2").await.unwrap(), None);
    assert_eq!(store.trusted_device("device-3").await.unwrap(), None);
    // An account keeps its latest devices only.
    for n in 0..agora_store::DEVICES_PER_ACCOUNT + 5 {
        store
            .trust_device(&a.id, &format!("many-{n:03}"), "2999-01-01T00:00:00.000Z")
            .await
            .unwrap();
    }
    let last = agora_store::DEVICES_PER_ACCOUNT + 4;
    assert!(
        store
            .trusted_device(&format!("many-{last:03}"))
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(store.trusted_device("device-1").await.unwrap(), None);
    // A password change forgets the account's devices.
    store.set_password(&a.id, "new-hash", None).await.unwrap();
    assert_eq!(
        store
            .trusted_device(&format!("many-{last:03}"))
            .await
            .unwrap(),
        None
    );
    // One secret per name, the first one stored.
    assert_eq!(store.secret("form", "first").await.unwrap(), "first");
    assert_eq!(store.secret("form", "second").await.unwrap(), "first");
}

async fn documents_with_their_files_and_texts_commit_together(backend: Backend) {
    use agora_core::document::{DocFile, DocKind, DocVersion, DocVisibility, Document};
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let sha = "c".repeat(64);
    let mut d = Document {
        id: "gfmd-2009-rt3-2".parse().unwrap(),
        kind: DocKind::BackgroundPaper,
        date: Some("2009-11".parse().unwrap()),
        fora: vec!["gfmd".parse().unwrap()],
        meeting: None,
        themes: vec![],
        source_url: None,
        licence: None,
        visibility: DocVisibility::Participants {
            forum: "gfmd".parse().unwrap(),
            public_from: Some(day("2010-01-01")),
        },
        versions: vec![DocVersion {
            lang: "en".parse().unwrap(),
            title: "Background paper".into(),
            files: vec![DocFile {
                sha256: sha.clone(),
                name: "paper.txt".into(),
                media_type: "text/plain".into(),
                size: 12,
            }],
        }],
    };
    let texts = vec![(
        "en".parse().unwrap(),
        "Regional consultative processes".to_owned(),
    )];
    let seq = store.latest_change().await.unwrap();
    assert!(store.put_document(&d, &texts, "test").await.unwrap());
    assert!(
        !store.put_document(&d, &texts, "test").await.unwrap(),
        "a rerun writes nothing"
    );
    assert_eq!(store.latest_change().await.unwrap(), seq + 1);
    // The embargo ends on its day, logged once.
    assert!(
        store
            .release_embargoes(day("2009-12-31"))
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store.release_embargoes(day("2010-01-01")).await.unwrap(),
        ["gfmd-2009-rt3-2"]
    );
    assert!(
        store
            .release_embargoes(day("2011-05-05"))
            .await
            .unwrap()
            .is_empty()
    );
    let released = store.changes_since(seq, 10).await.unwrap().pop().unwrap();
    assert_eq!(
        (released.entity_id.as_str(), released.origin.as_str()),
        ("gfmd-2009-rt3-2", "embargo:2010-01-01")
    );
    assert_eq!(store.latest_change().await.unwrap(), seq + 2);
    assert_eq!(store.document("gfmd-2009-rt3-2").await.unwrap().unwrap(), d);
    assert_eq!(
        store
            .document_text("gfmd-2009-rt3-2", "en")
            .await
            .unwrap()
            .as_deref(),
        Some("Regional consultative processes")
    );
    assert_eq!(
        store.documents_with_blob(&sha).await.unwrap(),
        ["gfmd-2009-rt3-2"]
    );
    assert_eq!(store.held_blobs().await.unwrap(), vec![sha.clone()]);
    // The same, many at once: what indexing and batched ingest read.
    let held = store
        .documents_holding(&[sha.clone(), "e".repeat(64)])
        .await
        .unwrap();
    assert_eq!(
        held.into_iter().collect::<Vec<_>>(),
        vec![(sha.clone(), "gfmd-2009-rt3-2".to_owned())]
    );
    let with_texts = store
        .documents_with_texts(&["gfmd-2009-rt3-2".into(), "absent".into()])
        .await
        .unwrap();
    assert_eq!(with_texts.len(), 1);
    assert_eq!(with_texts[0].0, d);
    assert_eq!(
        with_texts[0].1,
        vec![(
            "en".to_owned(),
            "Regional consultative processes".to_owned()
        )]
    );
    // Writing it again as it is changes nothing and says so.
    let again = store
        .put_documents(&[(d.clone(), texts.clone())], "test")
        .await
        .unwrap();
    assert_eq!(again, vec![agora_store::Written::Unchanged]);
    // An update replaces the files and texts with the record's.
    d.visibility = DocVisibility::Public;
    d.versions[0].files[0].sha256 = "d".repeat(64);
    assert!(store.put_document(&d, &texts, "test").await.unwrap());
    assert_eq!(store.held_blobs().await.unwrap(), ["d".repeat(64)]);
    let change = store.changes_since(seq, 10).await.unwrap().pop().unwrap();
    assert!(
        store
            .recent_changes(10)
            .await
            .unwrap()
            .iter()
            .all(|c| c.entity != "document"),
        "the registry's latest changes leave documents out"
    );
    assert_eq!(
        (change.entity.as_str(), change.op.as_str()),
        ("document", "update")
    );
    assert!(
        store
            .history("gfmd", 100)
            .await
            .unwrap()
            .iter()
            .all(|v| v.change.entity != "document"),
        "documents are not in a forum's public history"
    );
    // A document naming a forum that does not exist is refused whole.
    let mut bad = d.clone();
    bad.id = "orphan-doc".parse().unwrap();
    bad.fora = vec!["no-such-forum".parse().unwrap()];
    assert!(store.put_document(&bad, &texts, "test").await.is_err());
    assert!(store.document("orphan-doc").await.unwrap().is_none());
    assert_eq!(store.documents().await.unwrap().len(), 1);
    assert!(store.integrity_problems().await.unwrap().is_empty());
}

async fn a_proposed_document_enters_the_library_with_its_text_when_published(backend: Backend) {
    use agora_core::contribution::Entity;
    use agora_core::document::{DocFile, DocKind, DocVersion, DocVisibility, Document};
    use agora_core::policy::{ContributionState as S, Step, Viewer, take_step};
    use agora_store::NewContribution;
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let author = store
        .create_account(
            &agora_core::account::Email::parse("sec@example.org").unwrap(),
            &["secretariat:colombo-process".parse().unwrap()],
            "setup",
            "2999-01-01T00:00:00.000Z",
        )
        .await
        .unwrap();
    let forum: ForumId = "colombo-process".parse().unwrap();
    let sha = "d".repeat(64);
    let d = Document {
        id: "doc-dddddddddddddddd".parse().unwrap(),
        kind: DocKind::MeetingReport,
        date: Some("2026-03".parse().unwrap()),
        fora: vec![forum.clone()],
        meeting: None,
        themes: vec![],
        source_url: None,
        licence: None,
        visibility: DocVisibility::Participants {
            forum: forum.clone(),
            public_from: None,
        },
        versions: vec![DocVersion {
            lang: "en".parse().unwrap(),
            title: "Senior officials meeting report".into(),
            files: vec![DocFile {
                sha256: sha.clone(),
                name: "report.txt".into(),
                media_type: "text/plain".into(),
                size: 40,
            }],
        }],
    };
    let body = serde_json::to_string(&d).unwrap();
    let secretariat = Viewer::with_roles(["secretariat:colombo-process".parse().unwrap()]);
    let editor = Viewer::with_roles(["editor".parse().unwrap()]);
    let id = store
        .create_contribution(
            &secretariat.as_contributor(&forum).unwrap(),
            &NewContribution {
                entity: Entity::Document,
                entity_id: d.id.to_string(),
                title: "Upload of report.txt".into(),
                base: None,
                proposed: body.clone(),
                author_id: author.id.clone(),
                author_role: "secretariat:colombo-process".into(),
                comment: String::new(),
                texts: vec![(
                    "en".parse().unwrap(),
                    "Labour migration from Sri Lanka".into(),
                )],
            },
        )
        .await
        .unwrap();
    // Pending: not in the library, its file held all the same.
    assert!(store.document(d.id.as_str()).await.unwrap().is_none());
    assert_eq!(
        store.held_blobs().await.unwrap(),
        std::slice::from_ref(&sha)
    );
    assert_eq!(
        store.contribution_texts(id).await.unwrap(),
        [(
            "en".to_owned(),
            "Labour migration from Sri Lanka".to_owned()
        )]
    );
    let actor = |role: &str| agora_store::Actor {
        account_id: author.id.clone(),
        role: role.into(),
        comment: String::new(),
    };
    let seq = store.latest_change().await.unwrap();
    for (who, from, step) in [
        (&secretariat, S::Draft, Step::Submit),
        (&editor, S::Submitted, Step::StartReview),
        (&editor, S::InReview, Step::Publish),
    ] {
        let t = take_step(who, &forum, from, step).unwrap();
        store
            .step_contribution(id, &t, &actor("editor"))
            .await
            .unwrap();
    }
    // Published: the document, its file and its text, in one logged change under the author's role.
    assert_eq!(store.document(d.id.as_str()).await.unwrap().unwrap(), d);
    assert_eq!(
        store
            .document_text(d.id.as_str(), "en")
            .await
            .unwrap()
            .as_deref(),
        Some("Labour migration from Sri Lanka")
    );
    let changes = store.changes_since(seq, 10).await.unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(
        (
            changes[0].entity.as_str(),
            changes[0].op.as_str(),
            changes[0].origin.clone()
        ),
        ("document", "create", format!("contribution:{id}"))
    );
    assert!(store.integrity_problems().await.unwrap().is_empty());
    // Withdrawn: out of the library again (logged), the file still held by the contribution.
    let t = take_step(&editor, &forum, S::Published, Step::Withdraw).unwrap();
    store
        .step_contribution(id, &t, &actor("editor"))
        .await
        .unwrap();
    assert!(store.document(d.id.as_str()).await.unwrap().is_none());
    assert!(
        store
            .document_text(d.id.as_str(), "en")
            .await
            .unwrap()
            .is_none()
    );
    let last = store.changes_since(seq + 1, 10).await.unwrap();
    assert_eq!(
        (last[0].entity.as_str(), last[0].op.as_str()),
        ("document", "delete")
    );
    assert_eq!(store.held_blobs().await.unwrap(), [sha]);
    assert!(store.integrity_problems().await.unwrap().is_empty());
}
