use super::*;
use agora_core::policy::{AccessRole, Visibility};
use agora_core::recommendation::Update;

fn entry(id: &str, rec: &str, progress: u8) -> FollowUp {
    let status = match progress {
        0 => FollowUpStatus::Planned,
        100 => FollowUpStatus::Completed,
        _ => FollowUpStatus::UnderWay,
    };
    FollowUp {
        id: id.parse().unwrap(),
        recommendation: rec.parse().unwrap(),
        forum: "rabat-process".parse().unwrap(),
        actor: Member::Forum("rabat-process".parse().unwrap()),
        with: Vec::new(),
        kind: FollowUpType::Activity,
        status,
        progress,
        start_date: None,
        end_date: None,
        description: None,
        evidence: Vec::new(),
        updates: vec![Update {
            date: "2010".parse().unwrap(),
            status,
            progress,
            note: None,
        }],
        part_of: None,
        weight: 1,
        visibility: Visibility::Public,
    }
}

fn registry() -> Registry {
    Registry::build(1, agora_ingest::builtin::dataset(), Vec::new())
}

fn progress_of(rs: &Recommendations, id: &str, viewer: &Viewer, r: &Registry) -> Option<f64> {
    let sight = Sight::new(viewer, "2026-12-03".parse().unwrap(), r);
    rs.progress(rs.get(id).unwrap(), &sight)
}

/// The Three-Year Cooperation Programme's progress comes up through its tracks from its
/// areas: nothing reported, nothing to show; one area of track 2 (two areas) at 90 % makes
/// that track 45 % and the programme (three tracks) 15 %.
#[test]
fn an_action_plans_progress_comes_up_from_its_areas() {
    let reg = registry();
    let public = Viewer::anonymous();
    let rs = Recommendations::build(agora_ingest::builtin::recommendations(), Vec::new());
    assert_eq!(
        progress_of(&rs, "euro-african-2008-tycp", &public, &reg),
        None
    );
    let rs = Recommendations::build(
        agora_ingest::builtin::recommendations(),
        vec![entry("rabat:tycp-2.1", "euro-african-2008-tycp.2.1", 90)],
    );
    assert_eq!(
        progress_of(&rs, "euro-african-2008-tycp.2", &public, &reg),
        Some(45.0)
    );
    assert_eq!(
        progress_of(&rs, "euro-african-2008-tycp", &public, &reg),
        Some(15.0)
    );
    assert_eq!(
        progress_of(&rs, "euro-african-2008-tycp.1", &public, &reg),
        None
    );
}

/// A follow-up entry with parts takes their weighted progress; a participants-only part is
/// counted only for those who may see it.
#[test]
fn nested_entries_weigh_their_parts_and_hide_what_a_viewer_may_not_see() {
    let reg = registry();
    let mut parent = entry("rabat:tycp-3.2", "euro-african-2008-tycp.3.2", 0);
    parent.description = Some("Civil registries".into());
    let mut a = entry("rabat:tycp-3.2:a", "euro-african-2008-tycp.3.2", 100);
    a.part_of = Some(parent.id.clone());
    a.weight = 3;
    let mut b = entry("rabat:tycp-3.2:b", "euro-african-2008-tycp.3.2", 20);
    b.part_of = Some(parent.id.clone());
    b.visibility = Visibility::Participants {
        forum: "rabat-process".parse().unwrap(),
        public_from: None,
    };
    let rs = Recommendations::build(agora_ingest::builtin::recommendations(), vec![parent, a, b]);
    let public = Viewer::anonymous();
    let secretariat =
        Viewer::with_roles([AccessRole::Secretariat("rabat-process".parse().unwrap())]);
    // The public sees one part, done: 100 %. The secretariat sees both: (3×100 + 20) / 4.
    assert_eq!(
        progress_of(&rs, "euro-african-2008-tycp.3.2", &public, &reg),
        Some(100.0)
    );
    assert_eq!(
        progress_of(&rs, "euro-african-2008-tycp.3.2", &secretariat, &reg),
        Some(80.0)
    );
}

#[test]
fn chains_follow_what_a_recommendation_repeats_or_builds_on() {
    let rs = Recommendations::build(agora_ingest::builtin::recommendations(), Vec::new());
    let e = rs.get("gfmd-2009-rt3.2-e").unwrap();
    let chain: Vec<&str> = rs.chain(e).iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        chain,
        [
            "bangkok-2009-cross-fertilisation-2",
            "bangkok-2009-cross-fertilisation-4"
        ]
    );
    let later: Vec<&str> = rs
        .later("bangkok-2009-cross-fertilisation-2")
        .iter()
        .map(|(r, _)| r.id.as_str())
        .collect();
    assert_eq!(later, ["gfmd-2009-rt3.2-e"]);
    let parts: Vec<&str> = rs
        .parts("euro-african-2008-tycp")
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(
        parts,
        [
            "euro-african-2008-tycp.1",
            "euro-african-2008-tycp.2",
            "euro-african-2008-tycp.3"
        ]
    );
    let area = rs.get("euro-african-2008-tycp.3.4").unwrap();
    assert_eq!(rs.ancestors(area).len(), 2);
}

#[test]
fn the_register_filters() {
    let reg = registry();
    let viewer = Viewer::anonymous();
    let sight = Sight::new(&viewer, "2026-12-03".parse().unwrap(), &reg);
    let rs = Recommendations::build(
        agora_ingest::builtin::recommendations(),
        vec![entry("rabat:tycp-2.1", "euro-african-2008-tycp.2.1", 90)],
    );
    let count = |f: RecommendationFilter| rs.filter(&f, &sight).len();
    assert_eq!(count(RecommendationFilter::default()), rs.all().len());
    assert_eq!(
        count(RecommendationFilter {
            forum: Some("rabat-process".into()),
            ..Default::default()
        }),
        13
    );
    assert_eq!(
        count(RecommendationFilter {
            year: Some(2007),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(RecommendationFilter {
            status: Some(FollowUpStatus::UnderWay),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(RecommendationFilter {
            q: Some("REMITTANCES".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(RecommendationFilter {
            addressee: Some(Member::Organisation("iom".parse().unwrap())),
            ..Default::default()
        }),
        1
    );
    // The latest first: Athens (November 2009) before Brussels (July 2007).
    let all = rs.all();
    assert!(all.first().unwrap().id.as_str().starts_with("gfmd-2009"));
    assert_eq!(
        all.last().unwrap().id.as_str(),
        "gfmd-2007-rt3.3-evaluation"
    );
}

/// A public entry that is part of a participants-only one stands on its own for who may not
/// see its whole: on the recommendation's list, in its progress.
#[test]
fn a_part_whose_whole_is_hidden_stands_on_its_own() {
    let reg = registry();
    let mut whole = entry("rabat:whole", "euro-african-2008-tycp.1.1", 10);
    whole.visibility = Visibility::Participants {
        forum: "rabat-process".parse().unwrap(),
        public_from: None,
    };
    let mut part = entry("rabat:whole:a", "euro-african-2008-tycp.1.1", 60);
    part.part_of = Some(whole.id.clone());
    let rs = Recommendations::build(agora_ingest::builtin::recommendations(), vec![whole, part]);
    let public = Viewer::anonymous();
    let secretariat =
        Viewer::with_roles([AccessRole::Secretariat("rabat-process".parse().unwrap())]);
    let today = "2026-12-03".parse().unwrap();
    let seen = |v: &Viewer| {
        let sight = Sight::new(v, today, &reg);
        rs.followed("euro-african-2008-tycp.1.1", &sight)
            .iter()
            .map(|f| f.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(seen(&public), ["rabat:whole:a"]);
    assert_eq!(seen(&secretariat), ["rabat:whole"]);
    assert_eq!(
        progress_of(&rs, "euro-african-2008-tycp.1.1", &public, &reg),
        Some(60.0)
    );
    assert_eq!(
        progress_of(&rs, "euro-african-2008-tycp.1.1", &secretariat, &reg),
        Some(60.0)
    );
}
