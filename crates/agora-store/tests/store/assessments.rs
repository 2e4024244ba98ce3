//! Assessments: opening, researchers, the body in versions, interviews and their withdrawal,
//! codes, replies and publication.

use agora_core::account::AccountId;
use agora_store::{NewAssessment, Step};

use super::*;

conformance!(
    an_assessment_is_written_in_versions_and_published_once,
    a_withdrawn_interview_takes_its_notes_and_codes_with_it,
);

async fn account(store: &dyn Store, email: &str, role: &str) -> AccountId {
    store
        .create_account(
            &agora_core::account::Email::parse(email).unwrap(),
            &[role.parse().unwrap()],
            email,
            "2999-01-01T00:00:00.000Z",
        )
        .await
        .unwrap()
        .id
}

fn step<'a>(actor: AccountId, event: &'a str, note: &'a str) -> Step<'a> {
    Step { actor, event, note }
}

async fn opened(store: &dyn Store) -> (AccountId, AccountId) {
    let editor = account(store, "editor@example.org", "editor").await;
    let researcher = account(store, "r@uni.example", "researcher").await;
    store
        .open_assessment(&NewAssessment {
            id: "colombo-process-2003-2009".into(),
            forum: "colombo-process".into(),
            from_year: 2003,
            to_year: 2009,
            body: "{}".into(),
            opened_by: editor,
        })
        .await
        .unwrap();
    (editor, researcher)
}

const ID: &str = "colombo-process-2003-2009";

async fn an_assessment_is_written_in_versions_and_published_once(backend: Backend) {
    let Some((_tmp, store)) = fresh_on(backend).await else {
        return;
    };
    let (editor, researcher) = opened(store.as_ref()).await;
    let again = store
        .open_assessment(&NewAssessment {
            id: ID.into(),
            forum: "colombo-process".into(),
            from_year: 2003,
            to_year: 2009,
            body: "{}".into(),
            opened_by: editor,
        })
        .await;
    assert!(
        matches!(again, Err(agora_store::StoreError::Conflict(_))),
        "{again:?}"
    );
    let a = store.assessment(ID).await.unwrap().unwrap();
    assert_eq!(
        (a.status.as_str(), a.version, a.from_year, a.to_year),
        ("draft", 1, 2003, 2009)
    );
    assert!(store.assessment("none").await.unwrap().is_none());
    assert_eq!(store.assessments().await.unwrap().len(), 1);

    assert!(
        store
            .assign_researcher(ID, researcher, editor)
            .await
            .unwrap()
    );
    assert!(
        !store
            .assign_researcher(ID, researcher, editor)
            .await
            .unwrap(),
        "once"
    );
    let rs = store.assessment_researchers(ID).await.unwrap();
    assert_eq!((rs.len(), rs[0].account_id), (1, researcher.get()));

    // The body changes only from the version read: a second writer from version 1 loses.
    assert!(
        store
            .write_assessment_body(ID, 1, r#"{"method":"one"}"#, step(researcher, "method", ""))
            .await
            .unwrap()
    );
    assert!(
        !store
            .write_assessment_body(ID, 1, r#"{"method":"two"}"#, step(researcher, "method", ""))
            .await
            .unwrap()
    );
    let a = store.assessment(ID).await.unwrap().unwrap();
    assert_eq!((a.version, a.body.as_str()), (2, r#"{"method":"one"}"#));

    let n = store
        .record_interview(
            ID,
            r#"{"about":1}"#,
            "notes one",
            step(researcher, "interview", ""),
        )
        .await
        .unwrap();
    let m = store
        .record_interview(
            ID,
            r#"{"about":2}"#,
            "notes two",
            step(researcher, "interview", ""),
        )
        .await
        .unwrap();
    assert_eq!((n, m), (1, 2));
    assert!(
        store
            .update_interview(
                ID,
                1,
                r#"{"about":1}"#,
                r#"{"about":3}"#,
                step(researcher, "extract", "")
            )
            .await
            .unwrap()
    );
    assert!(
        !store
            .update_interview(
                ID,
                1,
                r#"{"about":1}"#,
                r#"{"about":4}"#,
                step(researcher, "extract", "")
            )
            .await
            .unwrap(),
        "changed meanwhile"
    );
    assert!(
        store
            .add_assessment_step(ID, step(editor, "reply", "A reply"))
            .await
            .unwrap()
    );
    assert!(
        store
            .publish_assessment(ID, step(editor, "published", ""))
            .await
            .unwrap()
    );
    assert!(
        !store
            .publish_assessment(ID, step(editor, "published", ""))
            .await
            .unwrap(),
        "once"
    );
    let late = account(store.as_ref(), "late@uni.example", "researcher").await;
    assert!(
        !store.assign_researcher(ID, late, editor).await.unwrap(),
        "nobody is assigned to a published assessment"
    );
    let a = store.assessment(ID).await.unwrap().unwrap();
    assert_eq!(a.status, "published");
    assert!(a.published_at.is_some());

    // Published: nothing changes any more.
    assert!(
        !store
            .write_assessment_body(ID, 2, "{}", step(researcher, "method", ""))
            .await
            .unwrap()
    );
    assert!(
        store
            .record_interview(ID, "{}", "late", step(researcher, "interview", ""))
            .await
            .is_err()
    );
    assert!(
        store
            .add_code(ID, None, "{}", step(researcher, "coded", ""))
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        !store
            .add_assessment_step(ID, step(editor, "reply", "late"))
            .await
            .unwrap()
    );
    let events: Vec<String> = store
        .assessment_steps(ID)
        .await
        .unwrap()
        .into_iter()
        .map(|s| format!("{} {}", s.event, s.note))
        .collect();
    assert_eq!(
        events,
        [
            "opened ",
            "assigned account:2",
            "method ",
            "interview 1",
            "interview 2",
            "extract ",
            "reply A reply",
            "published ",
        ]
    );
}

async fn a_withdrawn_interview_takes_its_notes_and_codes_with_it(backend: Backend) {
    let Some((_tmp, store)) = fresh_on(backend).await else {
        return;
    };
    let (_, researcher) = opened(store.as_ref()).await;
    for notes in ["first notes", "second notes"] {
        store
            .record_interview(ID, r#"{"k":1}"#, notes, step(researcher, "interview", ""))
            .await
            .unwrap();
    }
    for interview in [Some(1), Some(2), None] {
        store
            .add_code(ID, interview, r#"{"c":1}"#, step(researcher, "coded", ""))
            .await
            .unwrap()
            .unwrap();
    }
    assert!(
        store
            .add_code(ID, Some(3), "{}", step(researcher, "coded", ""))
            .await
            .unwrap()
            .is_none(),
        "no such interview"
    );
    assert!(
        store
            .withdraw_interview(ID, 1, step(researcher, "withdrawn", "interview 1"))
            .await
            .unwrap()
    );
    assert!(
        !store
            .withdraw_interview(ID, 1, step(researcher, "withdrawn", "interview 1"))
            .await
            .unwrap(),
        "once"
    );
    let all = store.interviews(ID).await.unwrap();
    assert_eq!(all.len(), 2);
    assert!(all[0].about.is_none() && all[0].notes.is_none() && all[0].withdrawn_at.is_some());
    assert_eq!(all[1].notes.as_deref(), Some("second notes"));
    let codes: Vec<Option<i64>> = store
        .codes(ID)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.interview)
        .collect();
    assert_eq!(codes, [Some(2), None]);
    assert!(
        store
            .add_code(ID, Some(1), "{}", step(researcher, "coded", ""))
            .await
            .unwrap()
            .is_none(),
        "a withdrawn interview is coded no more"
    );
    assert!(
        !store
            .update_interview(ID, 1, r#"{"k":1}"#, "{}", step(researcher, "extract", ""))
            .await
            .unwrap()
    );
}
