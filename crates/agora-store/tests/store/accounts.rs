//! Accounts: roles, one-time links, passwords, API tokens, sign-in reservations.

use super::*;

conformance!(
    accounts_roles_and_one_time_links,
    api_tokens_and_password_changes,
    sign_in_reservations_hold_under_parallel_attempts,
    an_account_keeps_its_language,
);

/// The language a person last used the site in: unknown at first, then the last one kept.
async fn an_account_keeps_its_language(backend: Backend) {
    use agora_core::account::Email;
    let Some((_tmp, store)) = fresh_on(backend).await else {
        return;
    };
    let a = store
        .create_account(
            &Email::parse("focal@example.org").unwrap(),
            &[],
            "hash-1",
            "2999-01-01T00:00:00.000Z",
        )
        .await
        .unwrap();
    assert_eq!(store.account_language(a.id).await.unwrap(), None);
    store.set_account_language(a.id, "fr").await.unwrap();
    store.set_account_language(a.id, "ar").await.unwrap();
    assert_eq!(
        store.account_language(a.id).await.unwrap().as_deref(),
        Some("ar")
    );
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
    // One row per address and window: a slow run whose flood crosses a window's end has two.
    let flood: Vec<_> = log.iter().filter(|a| a.client == "192.0.2.7").collect();
    assert!(!flood.is_empty() && flood.len() <= 2, "{log:?}");
    assert!(log.len() < 4 + flood.len(), "{log:?}");
    assert_eq!(flood.iter().map(|a| a.count).sum::<i64>(), 2_000);
    let first = flood.iter().min_by_key(|a| &a.at).unwrap();
    assert_eq!(first.target.chars().count(), agora_store::AUDIT_FIELD_CHARS);
    assert!(flood.iter().all(|a| a.last_at >= a.at));
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
        .create_api_token(a.id, "sync", "hash-a", Scopes::READ)
        .await
        .unwrap();
    let both = Scopes::of(&[Scope::Contribute, Scope::Administer]);
    store
        .create_api_token(a.id, "other", "hash-b", both)
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
    let listed = store.api_tokens(a.id).await.unwrap();
    assert_eq!(
        listed
            .iter()
            .map(|t| (t.name.as_str(), t.scopes))
            .collect::<Vec<_>>(),
        [("other", both), ("sync", Scopes::READ)],
        "newest first, with their scopes"
    );
    assert!(store.revoke_api_token(a.id, id).await.unwrap());
    assert!(!store.revoke_api_token(a.id, id).await.unwrap(), "once");
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
        .create_api_token(b.id, "b", "hash-c", Scopes::READ)
        .await
        .unwrap();
    assert!(!store.revoke_api_token(a.id, theirs).await.unwrap());
    // A password change ends every other session and every token of the account (only).
    store.create_session(a.id, "s1", "c1", far).await.unwrap();
    store.create_session(a.id, "s2", "c2", far).await.unwrap();
    store
        .set_password(a.id, "new-hash", Some("s1"))
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
            .api_tokens(a.id)
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
        .create_api_token(a.id, "after", "hash-d", Scopes::READ)
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
        store.account_by_id(a.id).await.unwrap().unwrap().email,
        email
    );
    assert!(
        store
            .account_by_id(agora_core::account::AccountId::new(999_999))
            .await
            .unwrap()
            .is_none()
    );
    // A password set through a one-time link ends every session and token of the account.
    store.create_session(b.id, "s3", "c3", far).await.unwrap();
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
            store.reserve_attempts(&keys, now).await.unwrap()
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
    assert_eq!(store.reserve_attempts(&both, now).await.unwrap(), Err(900));
    for _ in 0..10 {
        assert_eq!(
            store.reserve_attempts(&both[1..], now).await.unwrap(),
            Ok(())
        );
    }
    assert_eq!(
        store.reserve_attempts(&both[1..], now).await.unwrap(),
        Err(2),
        "the eleventh from the address waits two seconds: it had ten, not eleven"
    );
    // A right password gives its attempt back.
    store
        .release_attempts(&["account:a@example.org".to_owned()])
        .await
        .unwrap();
    assert_eq!(
        store.reserve_attempts(&account(), now).await.unwrap(),
        Ok(())
    );
    assert_eq!(
        store.reserve_attempts(&account(), now).await.unwrap(),
        Err(900)
    );
    // A window that has passed starts afresh; stale counters are forgotten.
    assert_eq!(
        store.reserve_attempts(&account(), now + 900).await.unwrap(),
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
        .trust_device(a.id, "device-1", "2999-01-01T00:00:00.000Z")
        .await
        .unwrap();
    store
        .trust_device(a.id, "device-2", "2000-01-01T00:00:00.000Z")
        .await
        .unwrap();
    assert_eq!(store.trusted_device("device-1").await.unwrap(), Some(a.id));
    assert_eq!(store.trusted_device("device-2").await.unwrap(), None);
    assert_eq!(store.trusted_device("device-3").await.unwrap(), None);
    // An account keeps its latest devices only.
    for n in 0..agora_store::DEVICES_PER_ACCOUNT + 5 {
        store
            .trust_device(a.id, &format!("many-{n:03}"), "2999-01-01T00:00:00.000Z")
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
    store.set_password(a.id, "new-hash", None).await.unwrap();
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
