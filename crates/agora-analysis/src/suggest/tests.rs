//! Thematic overlap, duplication flags and every kind of suggestion on a hand-made landscape,
//! against what was worked out by hand.

use std::collections::BTreeSet;

use agora_core::{AreaCode, ForumId, ThemeId};

use super::*;
use crate::duplication::flags;
use crate::themes::{theme_pair, theme_pairs};
use crate::{Portfolio, overlap::Matrix};

fn set<T: Ord>(items: &[&str], parse: impl Fn(&str) -> T) -> BTreeSet<T> {
    items.iter().map(|s| parse(s)).collect()
}

fn forum(id: &str, states: &[&str], themes: &[&str], regions: &[u16]) -> Portfolio {
    let mut p = Portfolio::new(ForumId::parse(id).unwrap());
    p.states = set(states, |s| AreaCode::parse(s).unwrap());
    p.themes = set(themes, |s| ThemeId::parse(s).unwrap());
    p.regions = regions.iter().copied().collect();
    p
}

/// 0 colombo {LKA NPL IND} labour remittances health, South Asia (34);
/// 1 abu-dhabi {LKA NPL IND ARE QAT} labour skills governance, South and West Asia;
/// 2 twin {LKA NPL IND ARE} labour remittances health skills, South Asia;
/// 3 solo {ARE}, one member, labour skills, West Asia;
/// 4 faraway {MEX GTM} labour trafficking, Central America;
/// 5 neighbour {FRA} labour, South Asia (as far as this test is concerned);
/// 6 open, an open process keeping no list, labour remittances health;
/// 7 empty, no members on the day (founded later), no themes.
fn landscape() -> Landscape {
    let mut open = forum("open", &[], &["labour", "remittances", "health"], &[1]);
    open.open = true;
    let mut colombo = forum(
        "colombo",
        &["LKA", "NPL", "IND"],
        &["labour", "remittances", "health"],
        &[34],
    );
    colombo.document_themes = set(&["labour", "health"], |s| ThemeId::parse(s).unwrap());
    let mut twin = forum(
        "twin",
        &["LKA", "NPL", "IND", "ARE"],
        &["labour", "remittances", "health", "skills"],
        &[34],
    );
    twin.document_themes = set(&["health"], |s| ThemeId::parse(s).unwrap());
    Landscape {
        fora: vec![
            colombo,
            forum(
                "abu-dhabi",
                &["LKA", "NPL", "IND", "ARE", "QAT"],
                &["labour", "skills", "governance"],
                &[34, 145],
            ),
            twin,
            forum("solo", &["ARE"], &["labour", "skills"], &[145]),
            forum(
                "faraway",
                &["MEX", "GTM"],
                &["labour", "trafficking"],
                &[13],
            ),
            forum("neighbour", &["FRA"], &["labour"], &[34]),
            open,
            forum("empty", &[], &[], &[34]),
        ],
    }
}

/// LKA NPL IND of origin, ARE QAT of destination.
fn corridor() -> Route {
    serde_json::from_value(serde_json::json!({
        "id": "corridor", "names": {"en": "Corridor"},
        "stops": [
            {"area": "LKA", "role": "origin"}, {"area": "NPL", "role": "origin"},
            {"area": "IND", "role": "origin"},
            {"area": "ARE", "role": "destination"}, {"area": "QAT", "role": "destination"},
        ],
        "sources": [{"url": "https://example.org/corridor"}], "verification": "unverified",
    }))
    .unwrap()
}

fn names(l: &Landscape, s: &[Suggestion<'_>]) -> Vec<String> {
    s.iter()
        .map(|x| l.fora[x.forum].forum.to_string())
        .collect()
}

fn themes(t: &[&ThemeId]) -> Vec<String> {
    t.iter().map(ToString::to_string).collect()
}

#[test]
fn thematic_overlap_on_priorities_and_on_documents_as_worked_out_by_hand() {
    let l = landscape();
    // colombo–twin: labour remittances health shared; 3 + 4 − 3 = 4 in either; fewer is 3.
    let t = theme_pair(&l, 0, 2, Basis::Priorities).unwrap();
    assert_eq!(themes(&t.shared), ["health", "labour", "remittances"]);
    assert_eq!(t.jaccard(), Some(0.75));
    assert_eq!(t.overlap(), Some(1.0));
    // On their documents: health shared of {labour health} and {health}.
    let d = theme_pair(&l, 0, 2, Basis::Documents).unwrap();
    assert_eq!(themes(&d.shared), ["health"]);
    assert_eq!(d.jaccard(), Some(0.5));
    // The empty forum has no themes: nothing shared, no overlap coefficient, Jaccard 0.
    let e = theme_pair(&l, 0, 7, Basis::Priorities).unwrap();
    assert!(e.shared.is_empty());
    assert_eq!(e.overlap(), None);
    assert_eq!(e.jaccard(), Some(0.0));
    assert_eq!(theme_pair(&l, 0, 0, Basis::Priorities), None);
    assert_eq!(theme_pair(&l, 0, 99, Basis::Priorities), None);
    // The open process takes part: colombo–open share all three (Jaccard 1), first.
    let pairs = theme_pairs(&l, Basis::Priorities);
    assert_eq!((pairs[0].a, pairs[0].b), (0, 6));
    assert_eq!(pairs[0].jaccard(), Some(1.0));
    assert!(pairs.iter().all(|p| !p.shared.is_empty() && p.b != 7));
}

#[test]
fn duplication_is_flagged_for_most_members_and_most_priorities_shared() {
    let l = landscape();
    let m = Matrix::of(&l);
    let f = flags(&l, &m);
    let pairs: Vec<(&str, &str)> = f
        .iter()
        .map(|x| {
            (
                l.fora[x.members.a].forum.as_str(),
                l.fora[x.members.b].forum.as_str(),
            )
        })
        .collect();
    // abu-dhabi–twin: 4 of twin's 4 members, 2 (labour, skills) of abu-dhabi's 3 priorities;
    // colombo–twin: 3 of 3 members, 3 of 3 priorities. colombo–abu-dhabi share all colombo's
    // members but one priority only; solo's one member is not enough; open is not measured.
    assert_eq!(pairs, [("abu-dhabi", "twin"), ("colombo", "twin")]);
    let ct = &f[1];
    assert_eq!((ct.members.shared, ct.of_smaller()), (3, 3));
    assert_eq!(
        themes(&ct.themes.shared),
        ["health", "labour", "remittances"]
    );
    let at = &f[0];
    assert_eq!((at.members.shared, at.of_smaller()), (4, 4));
    assert_eq!(themes(&at.themes.shared), ["labour", "skills"]);
}

#[test]
fn suggestions_along_the_route_on_topics_and_across_regions_with_their_reasons() {
    let l = landscape();
    let m = Matrix::of(&l);
    let routes = [corridor()];
    let s = suggestions(&l, &m, &routes, 0);
    let route: Vec<_> = s
        .iter()
        .filter_map(|x| match &x.why {
            Why::Route {
                ours, theirs, adds, ..
            } => Some((l.fora[x.forum].forum.as_str(), ours.0, theirs.0, *adds)),
            _ => None,
        })
        .collect();
    // colombo has three states of origin; abu-dhabi adds ARE and QAT at the destination, twin
    // and solo ARE; faraway is not on the corridor.
    assert_eq!(
        route,
        [
            ("abu-dhabi", [3, 0, 0], [3, 0, 2], 2),
            ("twin", [3, 0, 0], [3, 0, 1], 1),
            ("solo", [3, 0, 0], [0, 0, 1], 1),
        ]
    );
    let topics: Vec<_> = s
        .iter()
        .filter_map(|x| match &x.why {
            Why::Topics { shared, similarity } => {
                Some((l.fora[x.forum].forum.as_str(), shared.len(), *similarity))
            }
            _ => None,
        })
        .collect();
    // open: 3 of 3 (1.0); twin: 3 of 4 (0.75); abu-dhabi, solo and faraway share one only.
    assert_eq!(topics, [("open", 3, 1.0), ("twin", 3, 0.75)]);
    let bridges: Vec<_> = s
        .iter()
        .filter_map(|x| match &x.why {
            Why::Bridge { shared } => Some((l.fora[x.forum].forum.as_str(), themes(shared))),
            _ => None,
        })
        .collect();
    // No member and no region in common, labour shared: solo (West Asia), faraway (Central
    // America); not neighbour (a region in common), not empty (no members), not open.
    assert_eq!(
        bridges,
        [
            ("solo", vec!["labour".to_owned()]),
            ("faraway", vec!["labour".to_owned()])
        ]
    );
    assert_eq!(s.len(), 7);
}

#[test]
fn the_other_end_of_the_route_is_suggested_back_and_the_same_end_is_not() {
    let l = landscape();
    let m = Matrix::of(&l);
    let routes = [corridor()];
    let s = suggestions(&l, &m, &routes, 1);
    let along: Vec<&Suggestion<'_>> = s
        .iter()
        .filter(|x| matches!(x.why, Why::Route { .. }))
        .collect();
    // abu-dhabi covers origin and destination: colombo (origin only) and solo (destination
    // only) differ; twin covers both ends as abu-dhabi does.
    assert_eq!(
        names(&l, &along.into_iter().cloned().collect::<Vec<_>>()),
        ["colombo", "solo"]
    );
}

#[test]
fn an_empty_forum_an_open_one_and_one_outside_the_landscape_get_what_they_can() {
    let l = landscape();
    let m = Matrix::of(&l);
    let routes = [corridor()];
    assert!(suggestions(&l, &m, &routes, 7).is_empty());
    assert!(suggestions(&l, &m, &routes, 99).is_empty());
    // The open process: topics only (colombo and twin share its three priorities).
    let open = suggestions(&l, &m, &routes, 6);
    assert_eq!(names(&l, &open), ["colombo", "twin"]);
    assert!(open.iter().all(|x| matches!(x.why, Why::Topics { .. })));
    // A forum with one member, at the destination: along the corridor everyone reaching the
    // origin (abu-dhabi adds four stops, colombo and twin three), on topics abu-dhabi (2 of 3)
    // and twin (2 of 4), and bridges to the fora of other regions sharing labour.
    let solo = suggestions(&l, &m, &routes, 3);
    assert_eq!(
        names(&l, &solo),
        [
            "abu-dhabi",
            "colombo",
            "twin",
            "abu-dhabi",
            "twin",
            "colombo",
            "faraway",
            "neighbour"
        ]
    );
}

#[test]
fn a_member_in_common_without_dates_is_no_bridge() {
    let mut l = landscape();
    l.fora[4].undated = set(&["LKA"], |s| AreaCode::parse(s).unwrap());
    let m = Matrix::of(&l);
    let s = suggestions(&l, &m, &[], 0);
    let bridges: Vec<&str> = s
        .iter()
        .filter(|x| matches!(x.why, Why::Bridge { .. }))
        .map(|x| l.fora[x.forum].forum.as_str())
        .collect();
    assert_eq!(bridges, ["solo"]);
}
