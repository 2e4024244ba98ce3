//! The library: documents with their files and texts, stored directly or published.

use super::*;

conformance!(
    documents_with_their_files_and_texts_commit_together,
    embargoes_are_released_while_other_writers_commit,
    a_proposed_document_enters_the_library_with_its_text_when_published,
);

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
        about: agora_core::document::About::default(),
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
    // The store lists every change; which the public sees is the policy's (agora-app).
    let latest = store.recent_changes(None, 10).await.unwrap();
    assert_eq!(latest[0], change);
    let older = store.recent_changes(Some(change.seq), 10).await.unwrap();
    assert!(older.iter().all(|c| c.seq < change.seq) && !older.is_empty());
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
    use agora_core::policy::{ContributionState as S, Step, take_step};
    use agora_store::NewContribution;
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let Colombo {
        forum,
        author,
        secretariat,
        editor,
        cap,
        actor,
    } = colombo(store.as_ref()).await;
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
        about: agora_core::document::About::default(),
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
    let id = store
        .create_contribution(
            agora_core::policy::Proposer::Contributor(&cap),
            &NewContribution {
                entity: Entity::DOCUMENT,
                entity_id: d.id.to_string(),
                title: "Upload of report.txt".into(),
                base: None,
                proposed: body.clone(),
                author_id: author.id,
                author_role: "secretariat:colombo-process".into(),
                comment: String::new(),
                texts: vec![(
                    "en".parse().unwrap(),
                    "Labour migration from Sri Lanka".into(),
                )],
                also: vec![],
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
        role: role.into(),
        ..actor.clone()
    };
    let seq = store.latest_change().await.unwrap();
    for (who, from, step) in [
        (&secretariat, S::Draft, Step::Submit),
        (&editor, S::Submitted, Step::StartReview),
        (&editor, S::InReview, Step::Publish),
    ] {
        let t = take_step(who, &forum, from, step).unwrap();
        store
            .step_contribution(id, &t, &actor("editor"), &kinds())
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
        .step_contribution(id, &t, &actor("editor"), &kinds())
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

/// The server releases embargoes at start while its other tasks write (the sign-in sweep, an
/// upload): a transaction that reads and then writes must wait for the others, never fail
/// because another connection committed between its read and its write.
async fn embargoes_are_released_while_other_writers_commit(backend: Backend) {
    use agora_core::document::{DocKind, DocVisibility, Document};
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let document = |id: String, visibility: DocVisibility| Document {
        id: id.parse().unwrap(),
        kind: DocKind::MeetingReport,
        date: None,
        fora: vec!["rcm".parse().unwrap()],
        meeting: None,
        themes: vec![],
        source_url: None,
        licence: None,
        about: agora_core::document::About::default(),
        visibility,
        versions: vec![],
    };
    for round in 0..40 {
        let embargoed = document(
            format!("embargoed-{round}"),
            DocVisibility::Participants {
                forum: "rcm".parse().unwrap(),
                public_from: Some(day("2001-01-01")),
            },
        );
        store.put_document(&embargoed, &[], "test").await.unwrap();
        let other = document(format!("public-{round}"), DocVisibility::Public);
        let (released, written, swept) = tokio::join!(
            store.release_embargoes(day("2026-01-01")),
            store.put_document(&other, &[], "test"),
            store.forget_stale_sign_ins(0),
        );
        assert_eq!(
            released.unwrap(),
            [format!("embargoed-{round}")],
            "round {round}"
        );
        assert!(written.unwrap(), "round {round}");
        swept.unwrap();
    }
}
