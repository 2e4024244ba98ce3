use super::*;
use serde_json::json;

fn known() -> Catalogue {
    let mut k = Catalogue::default();
    k.fora.insert("gfmd".parse().unwrap());
    k.fora.insert("rabat-process".parse().unwrap());
    k.fora.insert("colombo-process".parse().unwrap());
    k.areas.insert("FRA".parse().unwrap());
    k.themes.insert("migration-governance".parse().unwrap());
    let rec = |date: Option<&str>, forum: &str| KnownRecommendation {
        date: date.map(|d| d.parse().unwrap()),
        forum: forum.parse().unwrap(),
        part_of: None,
    };
    k.recommendations.insert(
        "gfmd-2009-rt3.2-c".parse().unwrap(),
        rec(Some("2009-11"), "gfmd"),
    );
    k.recommendations.insert(
        "euro-african-2008-tycp".parse().unwrap(),
        rec(None, "rabat-process"),
    );
    k.follow_ups.insert(
        "rabat-process:tycp".parse().unwrap(),
        KnownFollowUp {
            recommendation: "euro-african-2008-tycp".parse().unwrap(),
            forum: "rabat-process".parse().unwrap(),
            part_of: None,
        },
    );
    k
}

fn follow_up() -> Value {
    json!({
        "id": "gfmd-2009-rt3.2-c:fra:1",
        "recommendation": "gfmd-2009-rt3.2-c",
        "forum": "gfmd",
        "actor": {"type": "area", "id": "FRA"},
        "kind": "activity",
        "status": "under_way",
        "progress": 40,
        "start_date": "2010-03",
        "updates": [
            {"date": "2010-03", "status": "planned", "progress": 0},
            {"date": "2010-09-01", "status": "under_way", "progress": 40, "note": "Half the workshops held."}
        ]
    })
}

fn refusal(v: &Value) -> Option<(String, String)> {
    FollowUpKind
        .check(v, &known())
        .err()
        .map(|r| (r.field, r.message.key().to_owned()))
}

#[test]
fn statuses_move_forward_or_pause_never_back_from_completed() {
    use FollowUpStatus::*;
    assert!(Planned.may_become(UnderWay));
    assert!(UnderWay.may_become(Stalled));
    assert!(Stalled.may_become(UnderWay));
    assert!(UnderWay.may_become(Completed));
    assert!(Discontinued.may_become(UnderWay));
    for s in FollowUpStatus::ALL {
        assert!(s.may_become(s), "{s:?} stays");
    }
    for next in [Planned, UnderWay, Stalled, Discontinued] {
        assert!(!Completed.may_become(next), "completed → {next:?}");
    }
    assert!(!UnderWay.may_become(Planned));
    assert!(!Stalled.may_become(Planned));
    assert!(!Discontinued.may_become(Completed));
}

#[test]
fn a_wellformed_follow_up_is_kept_with_its_timeline() {
    let c = FollowUpKind.check(&follow_up(), &known()).unwrap();
    let f: FollowUp = serde_json::from_str(&c.body).unwrap();
    assert_eq!(f.updates.len(), 2);
    assert_eq!(f.progress, 40);
    // Public unless said, and the public is written by leaving it out.
    assert_eq!(f.visibility, Visibility::Public);
    assert!(!c.body.contains("visibility"));
}

#[test]
fn bad_follow_ups_are_refused_at_their_field() {
    let cases: Vec<(Value, &str, &str)> = vec![
        (
            json!({"progress": 140}),
            "progress",
            "follow-up-progress-range",
        ),
        (
            json!({"recommendation": "gfmd-2030-nothing"}),
            "recommendation",
            "check-unknown-recommendation",
        ),
        (
            json!({"start_date": "2008-05"}),
            "start_date",
            "follow-up-before-recommendation",
        ),
        (
            json!({"status": "completed", "progress": 40, "updates": []}),
            "progress",
            "follow-up-completed-is-100",
        ),
        (
            json!({"updates": [
                {"date": "2010-03", "status": "completed", "progress": 100},
                {"date": "2010-09", "status": "under_way", "progress": 40}
            ]}),
            "updates[1].status",
            "follow-up-transition",
        ),
        (
            json!({"updates": [
                {"date": "2010-09", "status": "planned", "progress": 0},
                {"date": "2010-03", "status": "under_way", "progress": 40}
            ]}),
            "updates[1].date",
            "follow-up-updates-in-order",
        ),
        (json!({"progress": 50}), "status", "follow-up-latest-update"),
        (
            json!({"with": ["colombo-process"]}),
            "with",
            "follow-up-with-only-support",
        ),
        (
            json!({"kind": "support_declaration"}),
            "actor",
            "follow-up-support-by-forum",
        ),
        (
            json!({"evidence": [{"note": "a report"}]}),
            "evidence[0]",
            "follow-up-evidence-empty",
        ),
        (
            json!({"evidence": [{"url": "ftp://x.example/report"}]}),
            "evidence[0].url",
            "check-not-a-url",
        ),
        (
            json!({"part_of": "gfmd-2009-rt3.2-c:fra:1"}),
            "part_of",
            "follow-up-part-of-itself",
        ),
        (
            json!({"visibility": {"level": "confidential"}}),
            "visibility",
            "follow-up-not-confidential",
        ),
        (
            json!({"weight": 5000}),
            "weight",
            "recommendation-weight-range",
        ),
        (json!({"forum": "nowhere"}), "forum", "check-unknown-forum"),
    ];
    for (patch, field, key) in cases {
        let mut v = follow_up();
        for (k, x) in patch.as_object().unwrap() {
            v[k] = x.clone();
        }
        assert_eq!(
            refusal(&v),
            Some((field.to_owned(), key.to_owned())),
            "{patch}"
        );
    }
    // A progress that does not fit a percentage at all is not read.
    let mut v = follow_up();
    v["progress"] = json!(400);
    assert_eq!(refusal(&v).unwrap().1, "record-not-follow-up");
}

#[test]
fn a_follow_up_belongs_to_its_forum_first_then_every_other_it_names() {
    let mut v = follow_up();
    v["actor"] = json!({"type": "forum", "id": "rabat-process"});
    v["kind"] = json!("support_declaration");
    v["with"] = json!(["colombo-process", "rabat-process"]);
    v["visibility"] = json!({"level": "participants", "forum": "gfmd"});
    let owners: Vec<String> = FollowUpKind
        .owners(&v)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(owners, ["gfmd", "colombo-process", "rabat-process"]);
    assert_eq!(
        FollowUpKind.visibility(&v),
        Visibility::Participants {
            forum: "gfmd".parse().unwrap(),
            public_from: None
        }
    );
    assert_eq!(FollowUpKind.visibility(&follow_up()), Visibility::Public);
    assert_eq!(
        FollowUpKind.visibility(&json!({"visibility": "nonsense"})),
        Visibility::Confidential
    );
}

#[test]
fn progress_of_a_whole_weighs_its_parts() {
    assert_eq!(weighted_progress([]), None);
    assert_eq!(weighted_progress([(1, None), (1, None)]), None);
    // One of two equal parts half done: a quarter.
    assert_eq!(weighted_progress([(1, Some(50.0)), (1, None)]), Some(25.0));
    // Weights: 3 × 100 and 1 × 0.
    assert_eq!(
        weighted_progress([(3, Some(100.0)), (1, Some(0.0))]),
        Some(75.0)
    );
    // A part of weight 0 counts for nothing; every weight 0 gives nothing.
    assert_eq!(
        weighted_progress([(0, Some(100.0)), (2, Some(10.0))]),
        Some(10.0)
    );
    assert_eq!(weighted_progress([(0, Some(100.0))]), None);
    // Out-of-range progress is held to 0-100.
    assert_eq!(weighted_progress([(1, Some(140.0))]), Some(100.0));
}

fn recommendation() -> Value {
    json!({
        "id": "gfmd-2009-rt3.2-d",
        "kind": "possible_outcome",
        "texts": {"en": "  Consider mechanisms for GFMD to share information on RCPs.  "},
        "forum": "gfmd",
        "date": "2009-11",
        "themes": ["migration-governance"],
        "related": [{"kind": "builds_on", "to": "gfmd-2009-rt3.2-c"}],
        "sources": [{"url": "https://www.gfmd.org/files/documents/gfmd_athens09_rt_3-2_background_paper_en.pdf"}],
        "verification": "verified"
    })
}

#[test]
fn a_recommendation_is_checked_and_trimmed() {
    let c = RecommendationKind
        .check(&recommendation(), &known())
        .unwrap();
    let r: Recommendation = serde_json::from_str(&c.body).unwrap();
    assert_eq!(
        r.text_in("fr"),
        "Consider mechanisms for GFMD to share information on RCPs."
    );
    assert_eq!(r.weight, 1);
    let cases: Vec<(Value, &str, &str)> = vec![
        (
            json!({"texts": {"fr": "Envisager"}}),
            "texts",
            "recommendation-text-english",
        ),
        (
            json!({"related": [{"kind": "repeats", "to": "gfmd-2009-rt3.2-d"}]}),
            "related[0].to",
            "recommendation-related-to-itself",
        ),
        (
            json!({"part_of": "nothing-here"}),
            "part_of",
            "check-unknown-recommendation",
        ),
        (
            json!({"paragraph": 12}),
            "paragraph",
            "recommendation-paragraph-needs-document",
        ),
        (
            json!({"themes": ["astrology"]}),
            "themes[0]",
            "check-unknown-theme",
        ),
        (
            json!({"addressees": [{"type": "area", "id": "ZZZ"}]}),
            "addressees[0]",
            "check-unknown-area",
        ),
        (json!({"sources": []}), "sources", "check-source-required"),
    ];
    for (patch, field, key) in cases {
        let mut v = recommendation();
        for (k, x) in patch.as_object().unwrap() {
            v[k] = x.clone();
        }
        let r = RecommendationKind.check(&v, &known()).unwrap_err();
        assert_eq!((r.field.as_str(), r.message.key()), (field, key), "{patch}");
    }
}

#[test]
fn headlines_cut_at_a_word() {
    assert_eq!(headline("short", 10), "short");
    assert_eq!(
        headline("Explore ways to create linkages, between the GFMD", 32),
        "Explore ways to create linkages…"
    );
}

/// A part belongs to its whole's forum (another forum's secretariat cannot hang a part under
/// it), follows up the same recommendation, and no chain of parts comes back to itself.
#[test]
fn parts_stay_in_their_wholes_forum_and_never_loop() {
    let mut k = known();
    let mut v = recommendation();
    v["part_of"] = json!("euro-african-2008-tycp");
    let r = RecommendationKind.check(&v, &k).unwrap_err();
    assert_eq!(
        (r.field.as_str(), r.message.key()),
        ("part_of", "part-of-other-forum")
    );
    // d is part of c; c part of d would loop.
    k.recommendations.insert(
        "gfmd-2009-rt3.2-d".parse().unwrap(),
        KnownRecommendation {
            date: None,
            forum: "gfmd".parse().unwrap(),
            part_of: Some("gfmd-2009-rt3.2-c".parse().unwrap()),
        },
    );
    let mut c = recommendation();
    c["id"] = json!("gfmd-2009-rt3.2-c");
    c["related"] = json!([]);
    c["part_of"] = json!("gfmd-2009-rt3.2-d");
    let r = RecommendationKind.check(&c, &k).unwrap_err();
    assert_eq!(r.message.key(), "part-of-cycle");
    // A follow-up part of another forum's entry, or of another recommendation's.
    let mut f = follow_up();
    f["part_of"] = json!("rabat-process:tycp");
    assert_eq!(refusal(&f).unwrap().1, "part-of-other-forum");
    f["forum"] = json!("rabat-process");
    assert_eq!(
        refusal(&f).unwrap().1,
        "follow-up-part-of-other-recommendation"
    );
    // A step "completed" is 100 % done, wherever it is in the timeline.
    let mut f = follow_up();
    f["updates"][0] = json!({"date": "2010-03", "status": "completed", "progress": 50});
    assert_eq!(
        refusal(&f),
        Some((
            "updates[0].progress".into(),
            "follow-up-completed-is-100".into()
        ))
    );
}
