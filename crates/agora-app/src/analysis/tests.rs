//! The landscape on a day follows the registry's rules, on a hand-made dataset.

use super::*;
use agora_analysis::Matrix;
use agora_core::Dataset;
use serde_json::{Value, json};

fn member(forum: &str, who: Value, start: Option<&str>, end: Option<&str>) -> Value {
    let id = who["id"].as_str().unwrap().to_lowercase();
    json!({
        "id": format!("{forum}:member:{id}"), "forum_id": forum, "member": who, "role": "member",
        "start_date": start, "end_date": end,
        "sources": [{"url": "https://example.org/members"}], "verification": "unverified",
    })
}

fn area(code: &str) -> Value {
    json!({"type": "area", "id": code})
}

/// alpha (an RCP since 2000): AAA, BBB (suspended 2005–2006), CCC from 2010, DDD without dates.
/// union (a regional organisation since 1990): AAA; EEE until 2004. summit (inter-regional,
/// since 2003): the union, for its states, and FFF. later (an RCP founded in 2020): AAA. open
/// (a global process since 2006) keeps no list.
fn registry() -> Registry {
    let forum = |id: &str, category: &str, established: &str, open: bool| {
        let mut f = json!({
            "id": id, "names": {"en": id}, "categories": [{"category": category}],
            "established": established, "md_status": "not_addressed",
            "sources": [{"url": "https://example.org/fora"}], "verification": "unverified",
        });
        if open {
            f["participation"] = json!("Open to every state");
        }
        // Priorities and regions: alpha and later share two priorities; the union's region is
        // alpha's.
        let (themes, regions) = match id {
            "alpha" => (json!(["labour", "trafficking", "health"]), json!([34])),
            "later" => (json!(["labour", "trafficking"]), json!([13])),
            "union" => (json!(["labour"]), json!([34])),
            _ => (json!([]), json!([])),
        };
        f["themes"] = themes;
        f["regions"] = regions;
        f
    };
    let mut suspended = member("alpha", area("BBB"), Some("2000"), None);
    suspended["suspensions"] = json!([{"start_date": "2005-01", "end_date": "2006-12"}]);
    let areas: Vec<Value> = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"]
        .iter()
        .map(|c| json!({"code": c, "code_status": "iso", "names": {"en": c}}))
        .collect();
    let data = json!({
        "format": "agora", "version": 1,
        "areas": areas,
        "fora": [
            forum("alpha", "rcp", "2000", false),
            forum("union", "regional_organisation", "1990", false),
            forum("summit", "interregional_forum", "2003", false),
            forum("later", "rcp", "2020", false),
            forum("open", "global_process", "2006", true),
        ],
        "memberships": [
            member("alpha", area("AAA"), Some("2000"), None),
            suspended,
            member("alpha", area("CCC"), Some("2010"), None),
            member("alpha", area("DDD"), None, None),
            member("union", area("AAA"), Some("1990"), None),
            member("union", area("EEE"), Some("1990"), Some("2004")),
            member("summit", json!({"type": "forum", "id": "union"}), Some("2003"), None),
            member("summit", area("FFF"), Some("2003"), None),
            member("later", area("AAA"), Some("2020"), None),
        ],
    });
    let data: Dataset = serde_json::from_value(data).unwrap();
    // alpha's outcome documents: a public declaration (2010) on health, a confidential report
    // and a participants-only statement on trafficking, a public background paper on labour.
    let doc = |id: &str, kind: &str, themes: Value, visibility: Value| {
        serde_json::from_value::<agora_core::document::Document>(json!({
            "id": id, "kind": kind, "date": "2010", "fora": ["alpha"], "themes": themes,
            "visibility": visibility, "versions": [], "title": id,
        }))
        .unwrap()
    };
    let documents = vec![
        doc(
            "declaration",
            "declaration",
            json!(["health"]),
            json!({"level": "public"}),
        ),
        doc(
            "secret",
            "meeting_report",
            json!(["trafficking"]),
            json!({"level": "confidential"}),
        ),
        doc(
            "inner",
            "statement",
            json!(["trafficking"]),
            json!({"level": "participants", "forum": "alpha"}),
        ),
        doc(
            "paper",
            "background_paper",
            json!(["labour"]),
            json!({"level": "public"}),
        ),
    ];
    Registry::build(0, data, documents)
}

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

fn states(p: &BTreeSet<agora_core::AreaCode>) -> Vec<&str> {
    p.iter().map(|s| s.as_str()).collect()
}

fn of<'l>(l: &'l Landscape, id: &str) -> &'l Portfolio {
    l.fora.iter().find(|p| p.forum.as_str() == id).unwrap()
}

#[test]
fn members_on_a_day_by_the_registrys_rules() {
    let r = registry();
    let l = landscape(&r, &ForaFilter::default(), day("2005-06-01"));
    // Fora not yet founded are not in the landscape of that day.
    let ids: Vec<&str> = l.fora.iter().map(|p| p.forum.as_str()).collect();
    assert_eq!(ids, ["alpha", "union", "summit"]);
    let alpha = of(&l, "alpha");
    assert_eq!(states(&alpha.states), ["AAA", "BBB"]);
    assert_eq!(states(&alpha.suspended), ["BBB"]);
    assert_eq!(states(&alpha.undated), ["DDD"]);
    assert_eq!(states(&of(&l, "union").states), ["AAA"]);
    // The summit's union side is the union's states on the day.
    assert_eq!(states(&of(&l, "summit").states), ["AAA", "FFF"]);
    let m = Matrix::of(&l);
    let p = m.pair(0, 2).unwrap();
    assert_eq!(p.shared, 1);
    assert!((p.jaccard().unwrap() - 1.0 / 3.0).abs() < 1e-12);
    assert!((p.overlap().unwrap() - 0.5).abs() < 1e-12);
    // Two years earlier the union still had EEE, and so had the summit; BBB was not suspended.
    let l = landscape(&r, &ForaFilter::default(), day("2003-06-01"));
    assert_eq!(states(&of(&l, "summit").states), ["AAA", "EEE", "FFF"]);
    assert!(of(&l, "alpha").suspended.is_empty());
    // Later: CCC has joined; the open process is there but measured with nobody.
    let l = landscape(&r, &ForaFilter::default(), day("2021-01-01"));
    assert_eq!(states(&of(&l, "alpha").states), ["AAA", "BBB", "CCC"]);
    let open = of(&l, "open");
    assert!(open.open && open.states.is_empty());
    let i = l.fora.iter().position(|p| p.open).unwrap();
    assert_eq!(Matrix::of(&l).pair(0, i), None);
    // Before any forum existed: an empty landscape.
    assert!(
        landscape(&r, &ForaFilter::default(), day("1980-01-01"))
            .fora
            .is_empty()
    );
    // The fora list's filters apply.
    let rcps = ForaFilter {
        category: Some(agora_core::Category::Rcp),
        ..ForaFilter::default()
    };
    let l = landscape(&r, &rcps, day("2021-01-01"));
    let ids: Vec<&str> = l.fora.iter().map(|p| p.forum.as_str()).collect();
    assert_eq!(ids, ["alpha", "later"]);
}

#[test]
fn priorities_regions_and_suggestions_around_a_forum_on_a_day() {
    let r = registry();
    let l = landscape(&r, &ForaFilter::default(), day("2021-01-01"));
    let alpha = of(&l, "alpha");
    assert_eq!(alpha.themes.len(), 3);
    assert_eq!(alpha.regions, [34].into());
    // Of alpha's documents, only the public outcome document's themes count: not the
    // confidential or participants-only ones, not the background paper; and none before 2010.
    let themes: Vec<&str> = alpha.document_themes.iter().map(|t| t.as_str()).collect();
    assert_eq!(themes, ["health"]);
    let before = landscape(&r, &ForaFilter::default(), day("2009-12-31"));
    assert!(of(&before, "alpha").document_themes.is_empty());
    // later shares AAA with alpha, so it is no bridge, but two of its two priorities: a
    // suggestion on topics (Jaccard 2/3).
    let (l, m, at) = around(
        &r,
        &ForaFilter::default(),
        &"alpha".parse().unwrap(),
        day("2021-01-01"),
    )
    .unwrap();
    let s = agora_analysis::suggestions(&l, &m, &[], at);
    let got: Vec<(&str, bool)> = s
        .iter()
        .map(|x| {
            (
                l.fora[x.forum].forum.as_str(),
                matches!(x.why, Why::Topics { .. }),
            )
        })
        .collect();
    assert_eq!(got, [("later", true)]);
    // A forum the filters leave out is added to the landscape it is measured in.
    let rcps = ForaFilter {
        category: Some(agora_core::Category::Rcp),
        ..ForaFilter::default()
    };
    let (l, _, at) = around(&r, &rcps, &"union".parse().unwrap(), day("2021-01-01")).unwrap();
    assert_eq!(l.fora.len(), 3);
    assert_eq!(l.fora[at].forum.as_str(), "union");
    // Before a forum existed, or for a forum that does not exist: none.
    assert!(
        around(
            &r,
            &ForaFilter::default(),
            &"later".parse().unwrap(),
            day("2010-01-01")
        )
        .is_none()
    );
    assert!(
        around(
            &r,
            &ForaFilter::default(),
            &"nowhere".parse().unwrap(),
            day("2010-01-01")
        )
        .is_none()
    );
}

#[test]
fn a_forums_regions_include_the_ones_they_lie_in_but_the_world() {
    // South Asia (34) lies in Asia (142); Melanesia (54) in Oceania (9).
    let parents: BTreeMap<u16, u16> = [(34, 142), (54, 9)].into();
    let got: Vec<u16> = regions_within(&[34, 54, 1, 142], &parents)
        .into_iter()
        .collect();
    assert_eq!(got, [9, 34, 54, 142]);
    assert!(regions_within(&[], &parents).is_empty());
}
