//! The registry: imports, snapshots, the change log they write, memberships as of a day.

use agora_core::{ForumId, Member, Role};
use agora_store::MembershipFilter;

use super::*;

conformance!(
    a_snapshot_returns_exactly_what_was_imported,
    every_write_is_in_the_change_log_and_a_rerun_writes_nothing,
    a_failed_import_leaves_no_record_and_no_log_entry,
    memberships_follow_the_as_of_rule,
    a_declared_kind_is_written_as_a_set_and_counted_in_the_change_log,
);

/// The built-in meetings (a declared kind kept by the generic path): written once, a rerun
/// writes nothing, a change writes one, and the change log counts each meeting's versions.
async fn a_declared_kind_is_written_as_a_set_and_counted_in_the_change_log(backend: Backend) {
    use agora_core::kind::RecordKind;
    use agora_core::meeting::MeetingKind;
    let Some((_tmp, store, _)) = loaded(backend).await else {
        return;
    };
    let meetings = agora_ingest::builtin::meetings();
    let mut known = store.catalogue().await.unwrap();
    known.meetings.extend(meetings.iter().map(|m| m.id.clone()));
    let checked = |ms: &[agora_core::meeting::Meeting]| -> Vec<(String, String)> {
        ms.iter()
            .map(|m| {
                let mut m = m.clone();
                m.documents.clear(); // the test's library is empty
                let c = MeetingKind
                    .check(&serde_json::to_value(&m).unwrap(), &known)
                    .unwrap();
                (c.id, c.body)
            })
            .collect()
    };
    let records = checked(&meetings);
    let n = store
        .write_records(&MeetingKind, &records, "builtin")
        .await
        .unwrap();
    assert_eq!(n, meetings.len());
    assert_eq!(
        store
            .write_records(&MeetingKind, &records, "builtin")
            .await
            .unwrap(),
        0
    );
    let mut changed = meetings[0].clone();
    changed.note = Some("A later note.".into());
    let one = checked(std::slice::from_ref(&changed));
    assert_eq!(
        store
            .write_records(&MeetingKind, &one, "editor")
            .await
            .unwrap(),
        1
    );
    let bodies = store.record_bodies(MeetingKind.table()).await.unwrap();
    assert_eq!(bodies.len(), meetings.len());
    assert!(bodies.contains(&one[0]));
    let counts = store.change_counts("meeting").await.unwrap();
    assert_eq!(counts.len(), meetings.len());
    let (n, at) = &counts[changed.id.as_str()];
    assert_eq!(*n, 2);
    assert!(at.ends_with('Z'), "{at}");
    assert!(counts.values().filter(|(n, _)| *n == 1).count() == meetings.len() - 1);
    let log = store.changes_since(0, 100_000).await.unwrap();
    let last = log.last().unwrap();
    assert_eq!(
        (last.entity.as_str(), last.op.as_str(), last.origin.as_str()),
        ("meeting", "update", "editor")
    );
    let c = store.catalogue().await.unwrap();
    assert!(c.meetings.contains(&changed.id));
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
    // The SQL filter agrees with the domain rule (`Forum::counts_on`: dated rows, inside their
    // forum's life) on every membership, on several days.
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
            .filter(|m| {
                d.fora
                    .iter()
                    .find(|f| f.id == m.forum_id)
                    .is_some_and(|f| f.counts_on(m, day(on)))
            })
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
