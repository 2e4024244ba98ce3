//! The validation rules' tests: each rule with a record that breaks it.

use super::*;
use serde_json::json;

fn sample() -> Dataset {
    serde_json::from_value(json!({
        "format": "agora-dataset", "version": 1,
        "areas": [{"code": "SWE", "code_status": "iso", "m49": 752, "names": {"en": "Sweden"},
                   "region": {"code": 150, "name": "Europe"}}],
        "themes": [{"id": "asylum", "labels": {"en": "Asylum"}, "gcm_objectives": []}],
        "fora": [{"id": "f", "names": {"en": "F"}, "categories": [{"category": "rcp"}],
                  "regions": [150], "themes": ["asylum"], "md_status": "unknown",
                  "established": "2002", "sources": [{"url": "https://www.iom.int/f"}],
                  "verification": "verified"}],
        "memberships": [{"id": "f:member:SWE", "forum_id": "f", "member": {"type": "area", "id": "SWE"},
                         "role": "member", "start_date": "2010",
                         "sources": [{"url": "https://example.org/m"}], "verification": "unverified"}]
    }))
    .unwrap()
}

fn problems(d: &Dataset) -> Vec<String> {
    let mut known = Catalogue::default();
    known.extend_from(d);
    validate(d, &known).iter().map(|p| p.to_string()).collect()
}

#[test]
fn a_sound_dataset_has_no_problems() {
    assert_eq!(problems(&sample()), Vec::<String>::new());
}

#[test]
fn each_rule_names_the_record_and_field() {
    let mut d = sample();
    d.memberships[0].end_date = Some("2001".parse().unwrap());
    d.memberships[0].member = Member::Area("XYZ".parse().unwrap());
    d.memberships[0].forum_id = "nowhere".parse().unwrap();
    d.fora[0].sources.clear();
    d.fora[0].themes.push("unknown-theme".parse().unwrap());
    let p = problems(&d);
    let has = |s: &str| p.iter().any(|x| x.contains(s));
    assert!(
        has(
            "memberships[0] (id f:member:SWE): end_date: the end (2001) is before the start (2010)"
        ),
        "{p:?}"
    );
    assert!(
        has("memberships[0] (id f:member:SWE): member.id: unknown area code 'XYZ'"),
        "{p:?}"
    );
    assert!(
        has("memberships[0] (id f:member:SWE): forum_id: unknown forum 'nowhere'"),
        "{p:?}"
    );
    assert!(
        has(
            "memberships[0] (id f:member:SWE): id: a membership's id starts with its forum's id and a colon ('nowhere:...')"
        ),
        "{p:?}"
    );
    assert!(
        has("fora[0] (id f): sources: at least one source is required"),
        "{p:?}"
    );
    assert!(
        has("fora[0] (id f): themes: unknown theme 'unknown-theme'"),
        "{p:?}"
    );
    // A forum left with no source cannot stay verified either.
    assert!(
        has("fora[0] (id f): verification: 'verified' needs at least one primary source"),
        "{p:?}"
    );
    assert_eq!(p.len(), 7, "{p:?}");
}

#[test]
fn duplicate_ids_and_parent_loops_are_refused() {
    let mut d = sample();
    let mut g = d.fora[0].clone();
    g.id = "g".parse().unwrap();
    g.parent_id = Some("f".parse().unwrap());
    d.fora[0].parent_id = Some("g".parse().unwrap());
    d.fora.push(g);
    d.memberships.push(d.memberships[0].clone());
    let p = problems(&d);
    assert!(p.iter().any(|x| x.contains("memberships[1] (id f:member:SWE): id: duplicate id 'f:member:SWE' (also at memberships[0])")), "{p:?}");
    assert_eq!(
        p.iter()
            .filter(|x| x.contains("parent chain loops"))
            .count(),
        2,
        "{p:?}"
    );
}

fn membership(
    d: &Dataset,
    id: &str,
    role: Role,
    start: Option<&str>,
    end: Option<&str>,
) -> Membership {
    let mut m = d.memberships[0].clone();
    m.id = id.parse().unwrap();
    m.role = role;
    m.start_date = start.map(|s| s.parse().unwrap());
    m.end_date = end.map(|s| s.parse().unwrap());
    m
}

#[test]
fn memberships_lie_inside_their_forums_life() {
    let mut d = sample();
    d.fora[0].dissolved = Some("2011".parse().unwrap());
    d.memberships[0].end_date = Some("2011".parse().unwrap());
    assert_eq!(problems(&d), Vec::<String>::new(), "inside is fine");
    let early = membership(
        &d,
        "f:observer:SWE",
        Role::Observer,
        Some("1996"),
        Some("2005"),
    );
    let open = membership(&d, "f:chair:SWE", Role::Chair, Some("2010"), None);
    let late = membership(
        &d,
        "f:partner:SWE",
        Role::Partner,
        Some("2009"),
        Some("2015"),
    );
    // Same year, coarser precision: "2002" may be after "2002-10".
    let coarse = membership(
        &d,
        "f:co_chair:SWE",
        Role::CoChair,
        Some("2002"),
        Some("2003"),
    );
    d.fora[0].established = Some("2002-10".parse().unwrap());
    d.memberships.extend([early, open, late, coarse]);
    let p = problems(&d);
    assert!(p.contains(&"memberships[1] (id f:observer:SWE): start_date: the membership starts in 1996, before its forum was established (2002-10)".to_owned()), "{p:?}");
    assert!(p.contains(&"memberships[2] (id f:chair:SWE): end_date: the membership has no end, but its forum was dissolved in 2011: end it then at the latest".to_owned()), "{p:?}");
    assert!(p.contains(&"memberships[3] (id f:partner:SWE): end_date: the membership ends in 2015, after its forum was dissolved (2011)".to_owned()), "{p:?}");
    assert_eq!(p.len(), 3, "{p:?}");
}

#[test]
fn a_forums_new_dates_must_keep_its_memberships_inside() {
    // The membership exists already (in the store); the forum alone is changed.
    let d = sample();
    let mut known = Catalogue::default();
    known.extend_from(&d);
    let mut changed = d.clone();
    changed.memberships.clear();
    changed.fora[0].established = Some("2012".parse().unwrap());
    let p: Vec<String> = validate(&changed, &known)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        p,
        [
            "fora[0] (id f): established: membership 'f:member:SWE' starts in 2010, before its forum was established (2012)"
        ]
    );
}

#[test]
fn rows_of_one_member_in_one_role_do_not_overlap() {
    let mut d = sample();
    let first = membership(&d, "f:co_chair:SWE", Role::CoChair, None, None);
    let second = membership(&d, "f:co_chair:SWE:2002", Role::CoChair, Some("2002"), None);
    d.memberships.extend([first, second]);
    let p = problems(&d);
    assert_eq!(
        p,
        [
            "memberships[2] (id f:co_chair:SWE:2002): start_date: overlaps in time with 'f:co_chair:SWE', a row of the same member in the same role: merge them, or give them periods that do not share a day"
        ]
    );
    // Periods that follow each other, or another role, are fine.
    let mut d = sample();
    d.memberships[0].end_date = Some("2012".parse().unwrap());
    let back = membership(&d, "f:member:SWE:2013", Role::Member, Some("2013"), None);
    let chair = membership(&d, "f:chair:SWE", Role::Chair, Some("2010"), Some("2011"));
    d.memberships.extend([back, chair]);
    assert_eq!(problems(&d), Vec::<String>::new());
    // A row proposed alone is compared with the rows that exist.
    let stored = sample();
    let mut known = Catalogue::default();
    known.extend_from(&stored);
    let proposed = Dataset {
        memberships: vec![membership(
            &stored,
            "f:member:SWE:2015",
            Role::Member,
            Some("2015"),
            None,
        )],
        ..Dataset::default()
    };
    let p: Vec<String> = validate(&proposed, &known)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("overlaps in time with 'f:member:SWE'"),
        "{p:?}"
    );
}

#[test]
fn a_member_row_whose_note_names_another_role_is_reported() {
    let mut d = sample();
    d.memberships[0].note = Some("Full member from 2010 (observer before)".into());
    let p = problems(&d);
    assert_eq!(
        p,
        [
            "memberships[0] (id f:member:SWE): role: the role is 'member' but the note says 'observer': give each role its own row with its dates, or correct the role"
        ]
    );
    d.memberships[0].note = Some("Associate member since 2003".into());
    assert!(problems(&d)[0].contains("the note says 'associate'"));
    // Other words that merely contain them are not the role.
    d.memberships[0].note = Some("Associated with the EU's observatory".into());
    assert_eq!(problems(&d), Vec::<String>::new());
    d.memberships[0].role = Role::Observer;
    d.memberships[0].note = Some("Observer since 2010".into());
    assert_eq!(problems(&d), Vec::<String>::new());
}

#[test]
fn verified_needs_a_primary_source() {
    let mut d = sample();
    d.memberships[0].verification = Verification::Verified;
    d.memberships[0].sources = vec![
        Source {
            url: "https://en.wikipedia.org/wiki/F".into(),
            note: None,
        },
        Source {
            url: "https://fdocuments.us/document/f.html".into(),
            note: None,
        },
    ];
    let p = problems(&d);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("memberships[0] (id f:member:SWE): verification: 'verified' needs at least one primary source"), "{p:?}");
    d.memberships[0].sources.push(Source {
        url: "https://www.gfmd.org/f".into(),
        note: None,
    });
    assert_eq!(problems(&d), Vec::<String>::new());
}

#[test]
fn undated_rows_among_dated_ones_are_listed_for_review() {
    let mut d = sample();
    assert!(review(&d).is_empty());
    let undated = membership(&d, "f:observer:SWE", Role::Observer, None, None);
    d.memberships.push(undated);
    let r: Vec<String> = review(&d).iter().map(ToString::to_string).collect();
    assert_eq!(
        r,
        [
            "fora[0] (id f): memberships: 1 of its 2 rows have no dates while the others are dated; they count on no date until dated: f:observer:SWE"
        ]
    );
    // Not a problem of the data: validation still passes.
    assert_eq!(problems(&d), Vec::<String>::new());
}

#[test]
fn a_suspension_lies_inside_its_membership() {
    let mut d = sample();
    d.memberships[0].end_date = Some("2020".parse().unwrap());
    let suspension = |start: &str, end: Option<&str>| crate::model::Suspension {
        start_date: start.parse().unwrap(),
        end_date: end.map(|e| e.parse().unwrap()),
        note: None,
        sources: vec![],
    };
    d.memberships[0].suspensions = vec![suspension("2012", Some("2014"))];
    assert_eq!(problems(&d), Vec::<String>::new());
    let m = &d.memberships[0];
    assert_eq!(
        m.status_on("2013-06-01".parse().unwrap()),
        crate::model::MembershipStatus::Suspended
    );
    assert_eq!(
        m.status_on("2015-01-01".parse().unwrap()),
        crate::model::MembershipStatus::Active
    );
    // Still suspended when the membership ended: it left, which is not a suspension.
    d.memberships[0].suspensions = vec![suspension("2016", None), suspension("2014", Some("2013"))];
    let p = problems(&d);
    assert!(p.contains(&"memberships[0] (id f:member:SWE): suspensions[0]: a suspension lies inside the membership's own dates (a member that left is not suspended)".to_owned()), "{p:?}");
    assert!(p.contains(&"memberships[0] (id f:member:SWE): suspensions[1].end_date: the end (2013) is before the start (2014)".to_owned()), "{p:?}");
}
