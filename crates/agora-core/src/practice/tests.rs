use serde_json::{Value, json};

use super::review::{
    Affiliation, Criterion, MARGIN, Scored, Scores, Stage, means, score_problems, total,
};
use super::*;

fn known() -> Catalogue {
    let mut k = Catalogue::default();
    for f in ["colombo-process", "abu-dhabi-dialogue"] {
        k.fora.insert(f.parse().unwrap());
    }
    for a in ["LKA", "NPL"] {
        k.areas.insert(a.parse().unwrap());
    }
    k.themes.insert("labour-migration".parse().unwrap());
    k.documents.insert("paper".parse().unwrap());
    k
}

fn practice() -> Value {
    json!({
        "id": "pre-departure-orientation",
        "titles": {"en": " Pre-departure orientation ", "fr": "Orientation avant le départ"},
        "summaries": {"en": "Workers learn their rights before they leave."},
        "fora": ["colombo-process"], "states": ["NPL", "LKA"], "themes": ["labour-migration"],
        "from": "2005", "to": "2009-06",
        "context": "Workers left without knowing their contracts.",
        "done": "Ministries ran week-long courses.",
        "results": "Fewer complaints reached the embassies.",
        "evidence": [{"document": "paper", "paragraph": 12, "note": "the paper says so"},
                     {"figure": "1,200 workers a month"}],
        "lessons": "Courses in the workers' own language worked; courses in English did not.",
        "replication": "A ministry with a training budget.",
        "cost": "low", "partners": ["IOM"],
        "verification": "unverified", "licence": "CC-BY-4.0",
    })
}

fn refused(v: &Value) -> Vec<(String, String)> {
    let p: Practice = serde_json::from_value(v.clone()).unwrap();
    p.problems(&known())
        .into_iter()
        .map(|p| (p.field, p.message.key().to_owned()))
        .collect()
}

fn with(patch: Value) -> Value {
    let mut v = practice();
    for (k, x) in patch.as_object().unwrap() {
        v[k] = x.clone();
    }
    v
}

#[test]
fn a_practice_is_kept_trimmed_with_its_lists_sorted_and_belongs_to_its_fora() {
    let c = PracticeKind.check(&practice(), &known()).unwrap();
    assert_eq!(c.id, "pre-departure-orientation");
    let p: Practice = serde_json::from_str(&c.body).unwrap();
    assert_eq!(p.title("en"), "Pre-departure orientation");
    assert_eq!(p.title("fr"), "Orientation avant le départ");
    assert_eq!(
        p.title("ar"),
        "Pre-departure orientation",
        "English when missing"
    );
    let states: Vec<&str> = p.states.iter().map(|a| a.as_str()).collect();
    assert_eq!(states, ["LKA", "NPL"]);
    assert_eq!(
        PracticeKind.owners(&practice()),
        vec!["colombo-process".parse::<ForumId>().unwrap()]
    );
    assert_eq!(
        PracticeKind.documents(&practice()),
        vec!["paper".to_owned()]
    );
    assert!(!PracticeKind.proposed_as_record() && !PracticeKind.creatable());
}

#[test]
fn mistakes_are_refused_at_their_field() {
    assert_eq!(refused(&practice()), vec![]);
    let cases = [
        (
            json!({"titles": {"fr": "Sans anglais"}}),
            "titles",
            "practice-english-required",
        ),
        (
            json!({"fora": ["nowhere"]}),
            "fora[0]",
            "check-unknown-forum",
        ),
        (
            json!({"states": ["LKA", "LKA"]}),
            "states[1]",
            "practice-named-twice",
        ),
        (json!({"fora": [], "states": []}), "fora", "practice-where"),
        (json!({"to": "2004"}), "to", "practice-period-order"),
        (
            json!({"evidence": [{"note": "nothing"}]}),
            "evidence[0]",
            "practice-evidence-empty",
        ),
        (
            json!({"evidence": [{"url": "https://x.org/a", "paragraph": 3}]}),
            "evidence[0].paragraph",
            "recommendation-paragraph-needs-document",
        ),
        (json!({"lessons": "  "}), "lessons", "meeting-text-empty"),
        (
            json!({"verification": "verified"}),
            "sources",
            "check-source-required",
        ),
        (
            json!({"sources": [{"url": "ftp://x"}]}),
            "sources[0].url",
            "check-not-a-url",
        ),
    ];
    for (patch, field, key) in cases {
        let got = refused(&with(patch.clone()));
        assert!(
            got.iter().any(|(f, k)| f == field && k == key),
            "{patch}: {got:?}"
        );
    }
    // A licence or a cost band that is not one of ours does not read.
    assert!(
        PracticeKind
            .check(&with(json!({"licence": "GPL"})), &known())
            .is_err()
    );
    assert!(
        PracticeKind
            .check(&with(json!({"cost": "cheap"})), &known())
            .is_err()
    );
}

#[test]
fn the_search_entry_holds_the_lessons_and_is_public() {
    let p: Practice = serde_json::from_value(practice()).unwrap();
    let e = PracticeKind::entry(&p);
    assert_eq!(
        e.titles[0],
        ("en".into(), " Pre-departure orientation ".into())
    );
    let english = &e.texts.iter().find(|(l, _)| l == "en").unwrap().1;
    assert!(english.contains("courses in English did not"), "{english}");
    assert!(english.contains("IOM"));
    assert_eq!(e.fora, ["colombo-process"]);
    assert_eq!(e.date.as_deref(), Some("2005"));
    assert_eq!(e.visibility, Visibility::Public);
}

#[test]
fn slugs_come_from_the_english_title() {
    assert_eq!(
        slug("Pre-departure orientation!"),
        "pre-departure-orientation"
    );
    assert_eq!(slug("  Ça — marché  "), "ca-marche");
    assert_eq!(slug("!!!"), "practice");
    let long = slug(&"word ".repeat(30));
    assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
    assert!(PracticeId::parse(&long).is_ok());
}

fn scores(each: u8) -> Scores {
    Criterion::ALL
        .into_iter()
        .map(|c| {
            (
                c,
                Scored {
                    score: each,
                    comment: "Seen in the evidence.".into(),
                },
            )
        })
        .collect()
}

#[test]
fn reviews_score_every_criterion_from_one_to_five_with_a_comment() {
    assert!(score_problems(&scores(3)).is_empty());
    assert_eq!(total(&scores(3)), 21);
    let mut s = scores(3);
    s.remove(&Criterion::Innovative);
    s.insert(
        Criterion::Effective,
        Scored {
            score: 6,
            comment: " ".into(),
        },
    );
    let got: Vec<(String, String)> = score_problems(&s)
        .into_iter()
        .map(|p| (p.field, p.message.key().to_owned()))
        .collect();
    assert_eq!(
        got,
        [
            ("scores.effective.score".into(), "review-score-range".into()),
            (
                "scores.effective.comment".into(),
                "review-comment-empty".into()
            ),
            (
                "scores.innovative".into(),
                "review-criterion-missing".into()
            ),
        ]
    );
}

#[test]
fn a_third_reviewer_is_asked_when_two_totals_lie_far_apart() {
    assert_eq!(Stage::of(&[]), Stage::Reviewing { done: 0, needed: 2 });
    assert_eq!(Stage::of(&[30]), Stage::Reviewing { done: 1, needed: 2 });
    // 35 and 28 lie exactly MARGIN apart: close enough.
    assert_eq!(Stage::of(&[35, 35 - MARGIN]), Stage::Ready);
    assert_eq!(Stage::of(&[35, 34 - MARGIN]), Stage::ThirdAsked);
    assert_eq!(Stage::of(&[7, 35]), Stage::ThirdAsked);
    assert_eq!(Stage::of(&[7, 35, 20]), Stage::Ready);
    assert!(Stage::ThirdAsked.wants_review() && !Stage::Ready.wants_review());
}

#[test]
fn the_public_summary_is_each_criterions_mean_in_tenths() {
    let mut a = scores(5);
    a.get_mut(&Criterion::Applied).unwrap().score = 4;
    let b = scores(1);
    let c = scores(4);
    let m = means([&a, &b, &c]);
    // Applied: (4 + 1 + 4) / 3 = 3.0; the others (5 + 1 + 4) / 3 = 3.33… → 3.3.
    assert_eq!(m[&Criterion::Applied], 30);
    assert_eq!(m[&Criterion::Sustainable], 33);
    // Half up: (5 + 4) / 2 = 4.5 → 45; (2 + 1 + 1) / 3 = 1.33… → 13; (2 + 2 + 1) / 3 = 1.67 → 17.
    assert_eq!(means([&scores(5), &scores(4)])[&Criterion::Relevant], 45);
    assert_eq!(
        means([&scores(2), &scores(1), &scores(1)])[&Criterion::Relevant],
        13
    );
    assert_eq!(
        means([&scores(2), &scores(2), &scores(1)])[&Criterion::Relevant],
        17
    );
    assert!(means([]).is_empty());
}

#[test]
fn a_reviewer_from_a_state_or_forum_the_practice_names_has_a_conflict() {
    let p: Practice = serde_json::from_value(practice()).unwrap();
    let a = |s: &str| s.parse::<Affiliation>().unwrap();
    assert!(a("state:NPL").conflicts_with(&p));
    assert!(a("forum:colombo-process").conflicts_with(&p));
    assert!(!a("state:PHL").conflicts_with(&p));
    assert!(!a("forum:abu-dhabi-dialogue").conflicts_with(&p));
    assert!(!a("organisation:IOM").conflicts_with(&p));
    assert_eq!(
        a(" organisation: University of Oxford ").to_string(),
        "organisation:University of Oxford"
    );
    for bad in [
        "state:npl",
        "forum:",
        "organisation:  ",
        "country:NPL",
        "NPL",
    ] {
        assert!(bad.parse::<Affiliation>().is_err(), "{bad}");
    }
}
