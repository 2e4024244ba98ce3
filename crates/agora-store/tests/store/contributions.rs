//! Contributions: publishing, stale bases, withdrawal, the forum a contribution may change.

use agora_core::kind::{ForumKind, MembershipKind, RecordKind};

use super::*;

conformance!(
    contributions_publish_atomically_refuse_stale_bases_and_withdraw,
    a_contribution_of_several_records_publishes_and_withdraws_them_together,
    a_contribution_never_publishes_a_record_of_another_forum,
);

async fn contributions_publish_atomically_refuse_stale_bases_and_withdraw(backend: Backend) {
    use agora_core::contribution::{Entity, RecordChange};
    use agora_core::policy::ContributionState as S;
    use agora_store::{Actor, NewContribution};
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
    let actor = |comment: &str| Actor {
        comment: comment.into(),
        ..actor.clone()
    };
    let base = store
        .record_body(ForumKind.table(), "colombo-process")
        .await
        .unwrap()
        .unwrap();
    let mut changed: agora_core::Forum = serde_json::from_str(&base).unwrap();
    changed.summary = Some("Changed by a contribution.".into());
    let proposed = serde_json::to_string(&changed).unwrap();
    // What the access policy hands out: a capability to draft, and transitions to move.
    use agora_core::policy::{Step, Viewer, take_step};
    let allowed = |from: S, step: Step| {
        let who = if step == Step::Submit {
            &secretariat
        } else {
            &editor
        };
        take_step(who, &forum, from, step).unwrap()
    };
    let new = |title: &str| NewContribution {
        entity: Entity::FORUM,
        entity_id: "colombo-process".into(),
        title: title.into(),
        base: Some(base.clone()),
        proposed: proposed.clone(),
        author_id: author.id,
        author_role: "secretariat:colombo-process".into(),
        comment: "first".into(),
        texts: vec![],
        also: vec![],
    };
    // A reporter's proof opens an error report and nothing else: refused, nothing stored.
    let reporter = editor.as_reporter(&forum, true).unwrap();
    let before = store
        .contributions(&Default::default())
        .await
        .unwrap()
        .len();
    assert!(matches!(
        store
            .create_contribution(
                agora_core::policy::Proposer::Reporter(&reporter),
                &new("a reporter's forum edit")
            )
            .await,
        Err(agora_store::StoreError::Conflict(_))
    ));
    // Nor an error report with another record slipped in beside it.
    let report = NewContribution {
        entity: Entity::new("error_report"),
        entity_id: "colombo-process:report:1".into(),
        base: None,
        proposed: r#"{"id":"colombo-process:report:1","forum_id":"colombo-process","what":"x","source":"https://example.org"}"#.into(),
        also: vec![RecordChange {
            entity: Entity::FORUM,
            entity_id: "colombo-process".into(),
            base: Some(base.clone()),
            proposed: proposed.clone(),
        }],
        ..new("a report carrying a forum edit")
    };
    assert!(matches!(
        store
            .create_contribution(agora_core::policy::Proposer::Reporter(&reporter), &report)
            .await,
        Err(agora_store::StoreError::Conflict(_))
    ));
    assert_eq!(
        store
            .contributions(&Default::default())
            .await
            .unwrap()
            .len(),
        before
    );
    let id = store
        .create_contribution(agora_core::policy::Proposer::Contributor(&cap), &new("one"))
        .await
        .unwrap();
    let stale = store
        .create_contribution(agora_core::policy::Proposer::Contributor(&cap), &new("two"))
        .await
        .unwrap();
    let seq = store.latest_change().await.unwrap();
    // Steps are taken only from the state the caller saw.
    let wrong = store
        .step_contribution(
            id,
            &allowed(S::Submitted, Step::StartReview),
            &actor(""),
            &kinds(),
        )
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
            .step_contribution(id, &allowed(from, step), &actor(step.as_str()), &kinds())
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
            .record_body(ForumKind.table(), "colombo-process")
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
            .step_contribution(stale, &allowed(from, step), &actor(step.as_str()), &kinds())
            .await
            .unwrap();
    }
    let refused = store
        .step_contribution(
            stale,
            &allowed(S::InReview, Step::Publish),
            &actor(""),
            &kinds(),
        )
        .await;
    assert!(
        matches!(&refused, Err(agora_store::StoreError::Conflict(m)) if m.to_string().contains("stale")),
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
            &[RecordChange {
                entity: Entity::FORUM,
                entity_id: "colombo-process".into(),
                base: Some(proposed.clone()),
                proposed: proposed.clone(),
            }],
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
            &[RecordChange {
                entity: Entity::FORUM,
                entity_id: "colombo-process".into(),
                base: None,
                proposed: base.clone(),
            }],
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
            &kinds(),
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .record_body(ForumKind.table(), "colombo-process")
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
            author_id: Some(author.id),
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
    use agora_core::contribution::Entity;
    use agora_core::policy::{ContributionState as S, Step, take_step};
    use agora_store::NewContribution;
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let Colombo {
        forum: colombo,
        author,
        secretariat,
        editor,
        cap,
        actor,
    } = colombo(store.as_ref()).await;
    let ukraine = "soderkoping-process:member:UKR";
    let base = store
        .record_body(MembershipKind.table(), ukraine)
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
                agora_core::policy::Proposer::Contributor(&cap),
                &NewContribution {
                    entity: Entity::MEMBERSHIP,
                    entity_id: ukraine.into(),
                    title: "probe".into(),
                    base: Some(base.clone()),
                    proposed,
                    author_id: author.id,
                    author_role: "secretariat:colombo-process".into(),
                    comment: String::new(),
                    texts: vec![],
                    also: vec![],
                },
            )
            .await
            .unwrap();
        for (who, from, step) in [
            (&secretariat, S::Draft, Step::Submit),
            (&editor, S::Submitted, Step::StartReview),
        ] {
            let t = take_step(who, &colombo, from, step).unwrap();
            store
                .step_contribution(id, &t, &actor, &kinds())
                .await
                .unwrap();
        }
        let seq = store.latest_change().await.unwrap();
        let t = take_step(&editor, &colombo, S::InReview, Step::Publish).unwrap();
        let refused = store.step_contribution(id, &t, &actor, &kinds()).await;
        assert!(
            matches!(&refused, Err(agora_store::StoreError::Conflict(m)) if m.to_string().contains("belongs elsewhere")),
            "{refused:?}"
        );
        assert_eq!(store.latest_change().await.unwrap(), seq, "nothing logged");
        assert_eq!(
            store.contribution(id).await.unwrap().unwrap().state,
            S::InReview
        );
        assert_eq!(
            store
                .record_body(MembershipKind.table(), ukraine)
                .await
                .unwrap()
                .as_deref(),
            Some(base.as_str()),
            "the record is as it was"
        );
    }
}

/// A contribution may carry several records (a spreadsheet of a forum's memberships): they are
/// stored in order, published together in one transaction, refused together when any of them
/// changed since, and withdrawn together.
async fn a_contribution_of_several_records_publishes_and_withdraws_them_together(backend: Backend) {
    use agora_core::contribution::{Entity, RecordChange};
    use agora_core::policy::{ContributionState as S, Step, take_step};
    use agora_store::NewContribution;
    let Some((_tmp, store, dataset)) = loaded(backend).await else {
        return;
    };
    let Colombo {
        forum: colombo,
        author,
        secretariat,
        editor,
        cap,
        actor,
    } = colombo(store.as_ref()).await;
    // Three of Colombo's memberships, each with a note added.
    let mut records = Vec::new();
    for m in dataset
        .memberships
        .iter()
        .filter(|m| m.forum_id == colombo)
        .take(3)
    {
        let base = store
            .record_body(MembershipKind.table(), m.id.as_str())
            .await
            .unwrap()
            .unwrap();
        let mut proposed: serde_json::Value = serde_json::from_str(&base).unwrap();
        proposed["note"] = "Checked against the 2026 list of members.".into();
        records.push(RecordChange {
            entity: Entity::MEMBERSHIP,
            entity_id: m.id.to_string(),
            base: Some(base),
            proposed: proposed.to_string(),
        });
    }
    assert_eq!(records.len(), 3);
    let draft = |records: &[RecordChange], title: &str| NewContribution {
        entity: Entity::MEMBERSHIP,
        entity_id: records[0].entity_id.clone(),
        title: title.into(),
        base: records[0].base.clone(),
        proposed: records[0].proposed.clone(),
        author_id: author.id,
        author_role: "secretariat:colombo-process".into(),
        comment: String::new(),
        texts: vec![],
        also: records[1..].to_vec(),
    };
    let batch = store
        .create_contribution(
            agora_core::policy::Proposer::Contributor(&cap),
            &draft(&records, "batch"),
        )
        .await
        .unwrap();
    let stored = store.contribution(batch).await.unwrap().unwrap();
    assert_eq!(stored.records(), records, "stored whole, in order");
    let listed = store
        .contributions(&agora_store::ContributionFilter::default())
        .await
        .unwrap();
    assert_eq!(listed[0].records(), records, "lists carry every record");
    // Another contribution changes the third record first: the batch is stale.
    let mut other = records[2].clone();
    other.proposed = other.proposed.replace("2026 list", "2025 list");
    let single = store
        .create_contribution(
            agora_core::policy::Proposer::Contributor(&cap),
            &draft(std::slice::from_ref(&other), "single"),
        )
        .await
        .unwrap();
    let steps = [
        (&secretariat, S::Draft, Step::Submit),
        (&editor, S::Submitted, Step::StartReview),
        (&editor, S::InReview, Step::Publish),
    ];
    for (who, from, step) in steps {
        let t = take_step(who, &colombo, from, step).unwrap();
        store
            .step_contribution(single, &t, &actor, &kinds())
            .await
            .unwrap();
    }
    for (who, from, step) in &steps[..2] {
        let t = take_step(who, &colombo, *from, *step).unwrap();
        store
            .step_contribution(batch, &t, &actor, &kinds())
            .await
            .unwrap();
    }
    let seq = store.latest_change().await.unwrap();
    let publish = take_step(&editor, &colombo, S::InReview, Step::Publish).unwrap();
    let refused = store
        .step_contribution(batch, &publish, &actor, &kinds())
        .await;
    assert!(
        matches!(&refused, Err(agora_store::StoreError::Conflict(m)) if m.to_string().contains("stale") && m.to_string().contains(&records[2].entity_id)),
        "{refused:?}"
    );
    assert_eq!(store.latest_change().await.unwrap(), seq, "nothing written");
    assert_eq!(
        store
            .record_body(MembershipKind.table(), &records[0].entity_id)
            .await
            .unwrap(),
        records[0].base,
        "not even the records that were not stale"
    );
    // Rebased onto the third record as it is now, the three go in together.
    let mut rebased = records.clone();
    rebased[2].base = Some(other.proposed.clone());
    store
        .revise_contribution(&cap, batch, S::InReview, &rebased, "rebase", &actor)
        .await
        .unwrap();
    assert_eq!(
        store.contribution(batch).await.unwrap().unwrap().records(),
        rebased
    );
    store
        .step_contribution(batch, &publish, &actor, &kinds())
        .await
        .unwrap();
    let changes = store.changes_since(seq, 10).await.unwrap();
    assert_eq!(changes.len(), 3, "one change per record");
    assert!(
        changes
            .iter()
            .all(|c| c.origin == format!("contribution:{batch}"))
    );
    for r in &rebased {
        assert_eq!(
            store
                .record_body(MembershipKind.table(), &r.entity_id)
                .await
                .unwrap()
                .as_deref(),
            Some(r.proposed.as_str())
        );
    }
    // Withdrawn, every record is as it was before the batch.
    let withdraw = take_step(&editor, &colombo, S::Published, Step::Withdraw).unwrap();
    store
        .step_contribution(batch, &withdraw, &actor, &kinds())
        .await
        .unwrap();
    for r in &rebased {
        assert_eq!(
            store
                .record_body(MembershipKind.table(), &r.entity_id)
                .await
                .unwrap(),
            r.base
        );
    }
    assert_eq!(store.latest_change().await.unwrap(), seq + 6);
    assert!(store.integrity_problems().await.unwrap().is_empty());
}
