//! Calls for practices, their submissions, reviews, decisions and contacts.

use agora_core::kind::RecordKind;
use agora_core::practice::PracticeKind;
use agora_store::{Decided, NewCall, NewSubmission};

use super::*;

conformance!(
    a_call_runs_from_invitation_to_publication_in_rounds,
    a_practice_id_is_taken_once_and_contacts_are_removed_for_good,
    an_opened_call_moves_the_public_writes_every_process_sees,
);

/// A call is public but leaves no change-log entry: it moves the count of public writes, which
/// another process on the same database (another node) reads too, and so drops its cached pages.
async fn an_opened_call_moves_the_public_writes_every_process_sees(backend: Backend) {
    let Some((_tmp, store, other)) = fresh_twice_on(backend).await else {
        return;
    };
    let people = accounts(store.as_ref()).await;
    let (seq, writes) = store.data_version().await.unwrap();
    assert_eq!(other.data_version().await.unwrap(), (seq, writes));
    let generation = other.generation();
    store
        .open_call(&NewCall {
            title: "Return and reintegration".into(),
            theme: "labour-migration".into(),
            deadline: "2027-03-31".into(),
            questions: vec![],
            opened_by: people[0].id,
        })
        .await
        .unwrap();
    assert_eq!(store.data_version().await.unwrap(), (seq, writes + 1));
    assert_eq!(other.data_version().await.unwrap(), (seq, writes + 1));
    // The other process's own write counter did not move: only the shared count tells it.
    assert_eq!(other.generation(), generation);
}

fn practice(id: &str) -> serde_json::Value {
    serde_json::json!({
        "id": id, "titles": {"en": "Pre-departure orientation"},
        "summaries": {"en": "Workers learn their rights before they leave."},
        "fora": ["colombo-process"], "states": ["NPL"],
        "context": "c", "done": "d", "results": "r", "lessons": "l", "replication": "x",
        "cost": "low", "verification": "unverified", "licence": "CC-BY-4.0",
    })
}

async fn accounts(store: &dyn Store) -> Vec<agora_core::account::Account> {
    let mut out = Vec::new();
    for (email, role) in [
        ("editor@example.org", "editor"),
        ("fp@np.example", "focal_point:NPL"),
        ("a@review.example", "reviewer:1"),
        ("b@review.example", "reviewer:1"),
    ] {
        out.push(
            store
                .create_account(
                    &agora_core::account::Email::parse(email).unwrap(),
                    &[role.parse().unwrap()],
                    email,
                    "2999-01-01T00:00:00.000Z",
                )
                .await
                .unwrap(),
        );
    }
    out
}

async fn a_call_runs_from_invitation_to_publication_in_rounds(backend: Backend) {
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let people = accounts(store.as_ref()).await;
    let (editor, focal, a, b) = (people[0].id, people[1].id, people[2].id, people[3].id);
    let call = store
        .open_call(&NewCall {
            title: "Labour migration practices".into(),
            theme: "labour-migration".into(),
            deadline: "2027-01-31".into(),
            questions: vec!["Who paid for it?".into()],
            opened_by: editor,
        })
        .await
        .unwrap();
    let c = store.call(call).await.unwrap().unwrap();
    assert_eq!(c.questions, ["Who paid for it?"]);
    assert_eq!(store.calls().await.unwrap().len(), 1);
    assert!(store.call(call + 1).await.unwrap().is_none());

    assert!(store.invite_reviewer(call, a, editor).await.unwrap());
    assert!(
        !store.invite_reviewer(call, a, editor).await.unwrap(),
        "once"
    );
    assert!(store.invite_reviewer(call, b, editor).await.unwrap());
    assert!(
        !store
            .accept_invitation(call, focal, "state:LKA")
            .await
            .unwrap(),
        "not invited"
    );
    assert!(store.accept_invitation(call, a, "state:PHL").await.unwrap());
    assert!(
        !store.accept_invitation(call, a, "state:LKA").await.unwrap(),
        "accepted already"
    );
    let r = store.reviewers(call).await.unwrap();
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].affiliation.as_deref(), Some("state:PHL"));
    assert!(r[1].accepted_at.is_none());

    let body = practice("pre-departure-orientation").to_string();
    let id = store
        .submit_practice(&NewSubmission {
            call_id: call,
            practice_id: "pre-departure-orientation".into(),
            body: body.clone(),
            answers: "[\"The ministry.\"]".into(),
            contacts: "[{\"name\":\"R. Thapa\"}]".into(),
            submitted_by: focal,
        })
        .await
        .unwrap();
    let s = store.submission(id).await.unwrap().unwrap();
    assert_eq!((s.status.as_str(), s.round), ("submitted", 1));
    assert_eq!(store.submissions(Some(call)).await.unwrap().len(), 1);
    assert!(store.submissions(Some(call + 1)).await.unwrap().is_empty());

    // Declared, then scored once; a score without a declaration changes nothing.
    assert!(!store.score(id, 1, a, "{}", 30).await.unwrap());
    assert!(store.declare(id, 1, a, 2, "").await.unwrap());
    assert!(!store.declare(id, 1, a, 2, "").await.unwrap());
    assert!(store.score(id, 1, a, "{\"applied\":1}", 30).await.unwrap());
    assert!(
        !store.score(id, 1, a, "{}", 10).await.unwrap(),
        "scored already"
    );
    assert!(
        store
            .override_conflict(id, b, editor, "the only expert")
            .await
            .unwrap()
    );
    assert!(
        !store
            .override_conflict(id, b, editor, "again")
            .await
            .unwrap()
    );
    assert_eq!(
        store.overrides(id).await.unwrap()[0].reason,
        "the only expert"
    );
    assert!(store.declare(id, 1, b, 2, "").await.unwrap());
    assert!(store.score(id, 1, b, "{}", 12).await.unwrap());
    // The round has the two it wants: a third is not let in; one released makes room.
    assert!(!store.declare(id, 1, editor, 2, "").await.unwrap(), "full");
    assert!(
        !store.release_reviewer(id, 1, b, editor).await.unwrap(),
        "scored: kept"
    );
    let reviews = store.reviews(id).await.unwrap();
    assert_eq!(
        reviews
            .iter()
            .map(|r| (r.reviewer, r.total))
            .collect::<Vec<_>>(),
        [(a.get(), Some(30)), (b.get(), Some(12))]
    );

    // Returned, submitted again: round 2; a decision on round 1 no longer lands.
    assert!(
        store
            .decide_practice(id, 1, Decided::Returned, editor, "say more")
            .await
            .unwrap()
    );
    assert!(
        !store
            .decide_practice(id, 1, Decided::Rejected, editor, "")
            .await
            .unwrap()
    );
    assert!(
        !store
            .resubmit_practice(id + 7, &body, "[]", "[]", focal)
            .await
            .unwrap()
    );
    assert!(
        store
            .resubmit_practice(id, &body, "[]", "[{\"name\":\"R. Thapa\"}]", focal)
            .await
            .unwrap()
    );
    assert!(
        !store
            .resubmit_practice(id, &body, "[]", "[]", focal)
            .await
            .unwrap(),
        "not returned"
    );
    assert_eq!(store.submission(id).await.unwrap().unwrap().round, 2);
    assert!(
        store.declare(id, 2, a, 2, "").await.unwrap(),
        "a new round, a new review"
    );
    assert!(store.release_reviewer(id, 2, a, editor).await.unwrap());
    assert!(!store.release_reviewer(id, 2, a, editor).await.unwrap());
    assert!(store.declare(id, 2, a, 2, "again").await.unwrap());

    let seq = store.latest_change().await.unwrap();
    let checked = PracticeKind
        .check(
            &practice("pre-departure-orientation"),
            &store.catalogue().await.unwrap(),
        )
        .unwrap();
    let published = Decided::Published {
        kind: &PracticeKind,
        body: &checked.body,
    };
    assert!(
        !store
            .decide_practice(id, 1, published, editor, "")
            .await
            .unwrap(),
        "old round"
    );
    assert!(
        store
            .decide_practice(id, 2, published, editor, "")
            .await
            .unwrap()
    );
    assert!(
        !store
            .decide_practice(id, 2, published, editor, "")
            .await
            .unwrap(),
        "once"
    );
    assert_eq!(
        store
            .record_body(PracticeKind.table(), "pre-departure-orientation")
            .await
            .unwrap(),
        Some(checked.body.clone())
    );
    let logged = store.changes_since(seq, 10).await.unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].entity, "practice");
    let events: Vec<String> = store
        .practice_events(id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert_eq!(
        events,
        [
            "submitted",
            "declared",
            "reviewed",
            "override",
            "declared",
            "reviewed",
            "returned",
            "resubmitted",
            "declared",
            "released",
            "declared",
            "published"
        ]
    );
    store
        .practice_event(id, editor, "note", "kept")
        .await
        .unwrap();
    assert_eq!(store.practice_events(id).await.unwrap().len(), 13);
    // Decided: no more declarations or scores land in its round.
    assert!(!store.declare(id, 2, b, 2, "").await.unwrap());
    assert!(!store.score(id, 2, a, "{}", 30).await.unwrap());
    assert_eq!(
        store.submission(id).await.unwrap().unwrap().status,
        "published"
    );
}

async fn a_practice_id_is_taken_once_and_contacts_are_removed_for_good(backend: Backend) {
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let people = accounts(store.as_ref()).await;
    let call = store
        .open_call(&NewCall {
            title: "Any".into(),
            theme: "labour-migration".into(),
            deadline: "2027-01-31".into(),
            questions: vec![],
            opened_by: people[0].id,
        })
        .await
        .unwrap();
    let new = |id: &str, contacts: &str| NewSubmission {
        call_id: call,
        practice_id: id.into(),
        body: practice(id).to_string(),
        answers: "[]".into(),
        contacts: contacts.into(),
        submitted_by: people[1].id,
    };
    store
        .submit_practice(&new("one", "[{\"name\":\"A\"}]"))
        .await
        .unwrap();
    let again = store.submit_practice(&new("one", "[]")).await;
    assert!(
        matches!(again, Err(agora_store::StoreError::Conflict(_))),
        "{again:?}"
    );
    // An id a published practice holds is taken too.
    let kind: &dyn RecordKind = &PracticeKind;
    let body = practice("two").to_string();
    store
        .write_records(kind, &[("two".into(), body)], "builtin")
        .await
        .unwrap();
    assert!(matches!(
        store.submit_practice(&new("two", "[]")).await,
        Err(agora_store::StoreError::Conflict(_))
    ));
    assert_eq!(
        store.practice_contacts("one").await.unwrap().as_deref(),
        Some("[{\"name\":\"A\"}]")
    );
    assert!(store.remove_practice_contacts("one").await.unwrap());
    assert!(!store.remove_practice_contacts("one").await.unwrap());
    assert_eq!(store.practice_contacts("one").await.unwrap(), None);
    // A submission without contacts keeps none.
    store.submit_practice(&new("three", "[]")).await.unwrap();
    assert_eq!(store.practice_contacts("three").await.unwrap(), None);
}
