//! The policy's tests: every decision, for every kind of viewer.

use super::*;

struct Registry;
impl Participation for Registry {
    /// Sweden joined the Söderköping Process in 2010; Ukraine was there from 2001.
    fn is_member(&self, state: &AreaCode, forum: &ForumId, day: Day) -> bool {
        forum.as_str() == "soderkoping-process"
            && match state.as_str() {
                "UKR" => day.year() >= 2001,
                "SWE" => day.year() >= 2010,
                _ => false,
            }
    }
}

fn role(s: &str) -> AccessRole {
    s.parse().unwrap()
}
fn day(s: &str) -> Day {
    s.parse().unwrap()
}
fn forum(s: &str) -> ForumId {
    s.parse().unwrap()
}

/// Every kind of viewer the route-by-role matrix names.
fn viewers() -> Vec<(&'static str, Viewer)> {
    vec![
        ("anonymous", Viewer::anonymous()),
        (
            "focal point of a member state",
            Viewer::with_roles([role("focal_point:UKR")]),
        ),
        (
            "focal point of a non-member state",
            Viewer::with_roles([role("focal_point:BRA")]),
        ),
        (
            "secretariat of this forum",
            Viewer::with_roles([role("secretariat:soderkoping-process")]),
        ),
        (
            "secretariat of another forum",
            Viewer::with_roles([role("secretariat:colombo-process")]),
        ),
        ("editor", Viewer::with_roles([role("editor")])),
        ("researcher", Viewer::with_roles([role("researcher")])),
        ("admin", Viewer::with_roles([role("admin")])),
    ]
}

#[test]
fn roles_read_and_print_the_same() {
    for s in [
        "admin",
        "editor",
        "researcher",
        "secretariat:colombo-process",
        "focal_point:SWE",
    ] {
        assert_eq!(role(s).to_string(), s);
    }
    for bad in [
        "king",
        "secretariat:",
        "secretariat:Colombo",
        "focal_point:se",
        "editor:x",
        "",
    ] {
        assert!(bad.parse::<AccessRole>().is_err(), "{bad:?}");
    }
}

#[test]
fn visibility_by_viewer() {
    let soderkoping = Visibility::Participants {
        forum: forum("soderkoping-process"),
        public_from: None,
    };
    let on = day("2009-06-04");
    let expected = [
        // (viewer, public, participants-only, confidential)
        ("anonymous", true, false, false),
        ("focal point of a member state", true, true, false),
        ("focal point of a non-member state", true, false, false),
        ("secretariat of this forum", true, true, false),
        ("secretariat of another forum", true, false, false),
        ("editor", true, true, true),
        ("researcher", true, false, true),
        ("admin", true, true, true),
    ];
    for ((name, viewer), (name2, public, participants, confidential)) in
        viewers().into_iter().zip(expected)
    {
        assert_eq!(name, name2);
        assert_eq!(
            viewer.may_see(&Visibility::Public, on, &Registry),
            public,
            "{name}: public"
        );
        assert_eq!(
            viewer.may_see(&soderkoping, on, &Registry),
            participants,
            "{name}: participants"
        );
        assert_eq!(
            viewer.may_see(&Visibility::Confidential, on, &Registry),
            confidential,
            "{name}: confidential"
        );
    }
}

#[test]
fn a_focal_point_reads_as_a_participant_only_while_the_state_is_a_member() {
    let sweden = Viewer::with_roles([role("focal_point:SWE")]);
    let v = Visibility::Participants {
        forum: forum("soderkoping-process"),
        public_from: None,
    };
    assert!(!sweden.may_see(&v, day("2009-06-04"), &Registry));
    assert!(sweden.may_see(&v, day("2010-01-01"), &Registry));
}

#[test]
fn an_embargo_releases_participants_material_on_its_day() {
    let v = Visibility::Participants {
        forum: forum("rcm"),
        public_from: Some(day("2010-01-01")),
    };
    let public = Viewer::anonymous();
    assert!(!public.may_see(&v, day("2009-12-31"), &Registry));
    assert!(public.may_see(&v, day("2010-01-01"), &Registry));
}

#[test]
fn capabilities_go_only_to_their_roles() {
    let f = forum("soderkoping-process");
    for (name, v) in viewers() {
        let editorish = matches!(name, "editor" | "admin");
        assert_eq!(v.as_editor().is_some(), editorish, "{name}");
        assert_eq!(v.as_admin().is_some(), name == "admin", "{name}");
        assert_eq!(
            v.as_contributor(&f).is_some(),
            editorish || name == "secretariat of this forum",
            "{name}"
        );
    }
}

#[test]
fn a_token_reads_as_its_account_and_acts_only_within_its_scopes() {
    let f = forum("soderkoping-process");
    let confidential = Visibility::Confidential;
    let on = day("2009-06-04");
    let admin = || Viewer::with_roles([role("admin")]);
    let read = admin().through_token(Scopes::READ);
    let contribute = admin().through_token(Scopes::of(&[Scope::Contribute]));
    let administer = admin().through_token(Scopes::of(&[Scope::Administer]));
    for v in [&read, &contribute, &administer] {
        assert!(
            v.may_see(&confidential, on, &Registry),
            "reading needs no scope"
        );
        assert!(v.may_open_contributions_of(&f) && v.may_open_every_contribution());
        assert!(!v.in_person(), "a token never manages credentials");
    }
    assert!(read.as_editor().is_none() && read.as_contributor(&f).is_none());
    assert!(read.as_admin().is_none() && !read.contributes_somewhere());
    assert!(take_step(&read, &f, ContributionState::InReview, Step::Publish).is_err());
    assert!(contribute.as_editor().is_some() && contribute.as_contributor(&f).is_some());
    assert!(contribute.as_admin().is_none());
    assert!(administer.as_editor().is_none());
    let cap = administer.as_admin().expect("administer scope");
    assert!(cap.may_manage(&[role("editor"), role("focal_point:SWE")]));
    assert!(!cap.may_manage(&[role("editor"), role("admin")]));
    assert!(
        !cap.may_give_powers(),
        "a token never makes accounts or grants roles"
    );
    let person = admin();
    let in_person = person.as_admin().unwrap();
    assert!(person.in_person() && in_person.may_manage(&[role("admin")]));
    assert!(in_person.may_give_powers());
    // Scopes read and print the same, and refuse what they do not know.
    let s = Scopes::parse("read, contribute administer").unwrap();
    assert_eq!(s.words(), "read contribute administer");
    assert_eq!(Scopes::parse("").unwrap(), Scopes::READ);
    assert_eq!(Scopes::parse(&Scopes::READ.words()).unwrap(), Scopes::READ);
    assert!(Scopes::parse("read sudo").is_err());
}

#[test]
fn the_state_machine_refuses_every_illegal_transition_for_every_viewer() {
    use ContributionState::*;
    let legal = |from, step| -> Option<ContributionState> {
        match (from, step) {
            (Draft, Step::Submit) | (ChangesRequested, Step::Submit) => Some(Submitted),
            (Submitted, Step::StartReview) => Some(InReview),
            (Submitted | InReview, Step::RequestChanges) => Some(ChangesRequested),
            (Submitted | InReview, Step::Publish) => Some(Published),
            (Published, Step::Withdraw) => Some(Withdrawn),
            _ => None,
        }
    };
    let f = forum("soderkoping-process");
    let mut allowed_steps = 0;
    for (name, v) in viewers() {
        for from in ContributionState::ALL {
            for step in Step::ALL {
                let got = take_step(&v, &f, from, step).map(|t| t.to());
                let may = match step {
                    Step::Submit => {
                        matches!(name, "editor" | "admin" | "secretariat of this forum")
                    }
                    _ => matches!(name, "editor" | "admin"),
                };
                match (legal(from, step), may) {
                    (Some(to), true) => {
                        assert_eq!(got, Ok(to), "{name}: {from:?} --{step:?}");
                        allowed_steps += 1;
                    }
                    (Some(_), false) => assert_eq!(
                        got,
                        Err(StepRefused::NotAllowed(step)),
                        "{name}: {from:?} --{step:?}"
                    ),
                    (None, _) => assert_eq!(
                        got,
                        Err(StepRefused::NotFromHere { from, step }),
                        "{name}: {from:?} --{step:?}"
                    ),
                }
            }
        }
    }
    // 8 legal transitions; secretariat of this forum may take 2 (the submits), editor and admin
    // all 8 (a submitted contribution is published, or sent back, in one step when nothing
    // needs discussing).
    assert_eq!(allowed_steps, 2 + 8 + 8);
    // Nothing leaves Withdrawn.
    for (_, v) in viewers() {
        for step in Step::ALL {
            assert!(take_step(&v, &f, Withdrawn, step).is_err());
        }
    }
}

#[test]
fn a_viewer_acts_as_the_forums_secretariat_before_editor_before_admin() {
    let (gfmd, rcm) = (forum("gfmd"), forum("rcm"));
    let v = Viewer::with_roles([
        AccessRole::Admin,
        AccessRole::Editor,
        AccessRole::Secretariat(gfmd.clone()),
    ]);
    assert_eq!(
        v.acting_role(&gfmd),
        Some(AccessRole::Secretariat(gfmd.clone()))
    );
    assert_eq!(v.acting_role(&rcm), Some(AccessRole::Editor));
    let admin = Viewer::with_roles([AccessRole::Admin]);
    assert_eq!(admin.acting_role(&rcm), Some(AccessRole::Admin));
    let reader = Viewer::with_roles([AccessRole::Researcher]);
    assert_eq!(reader.acting_role(&rcm), None);
    assert_eq!(Viewer::anonymous().acting_role(&rcm), None);
}

#[test]
fn a_secretariat_opens_only_its_own_fora_contributions() {
    let (gfmd, rcm, bp) = (forum("gfmd"), forum("rcm"), forum("budapest-process"));
    let sec = Viewer::with_roles([
        AccessRole::Secretariat(gfmd.clone()),
        AccessRole::Secretariat(rcm.clone()),
    ]);
    assert_eq!(
        sec.contribution_fora(None),
        Some(vec![gfmd.clone(), rcm.clone()])
    );
    assert_eq!(
        sec.contribution_fora(Some(&[rcm.clone(), bp.clone()])),
        Some(vec![rcm.clone()])
    );
    let editor = Viewer::with_roles([AccessRole::Editor]);
    assert_eq!(editor.contribution_fora(None), None);
    assert_eq!(
        editor.contribution_fora(Some(std::slice::from_ref(&bp))),
        Some(vec![bp])
    );
    assert_eq!(Viewer::anonymous().contribution_fora(None), Some(vec![]));
}

#[test]
fn a_change_shows_only_if_its_record_is_there_and_visible() {
    let day = Day::new(2026, 1, 1).unwrap();
    let hidden = Visibility::Participants {
        forum: forum("colombo-process"),
        public_from: None,
    };
    let public = Viewer::anonymous();
    assert!(public.may_see_change(Some(&Visibility::Public), day, &Registry));
    assert!(!public.may_see_change(Some(&hidden), day, &Registry));
    assert!(!public.may_see_change(None, day, &Registry));
    let editor = Viewer::with_roles([AccessRole::Editor]);
    assert!(editor.may_see_change(Some(&hidden), day, &Registry));
    assert!(!editor.may_see_change(None, day, &Registry));
}

#[test]
fn a_reviewer_is_invited_to_one_call_and_reads_others_reviews_only_after_their_own() {
    let r: AccessRole = "reviewer:12".parse().unwrap();
    assert_eq!(r, AccessRole::Reviewer(12));
    assert_eq!(r.to_string(), "reviewer:12");
    for bad in [
        "reviewer:0",
        "reviewer:012",
        "reviewer:-3",
        "reviewer:",
        "reviewer:x",
    ] {
        assert!(bad.parse::<AccessRole>().is_err(), "{bad}");
    }
    let reviewer = Viewer::with_roles([AccessRole::Reviewer(12)]);
    assert!(reviewer.may_review_for(12) && !reviewer.may_review_for(13));
    assert!(reviewer.may_read_submission(false, 12));
    assert!(!reviewer.may_read_submission(false, 13));
    assert!(
        !reviewer.may_read_reviews(true, false, true),
        "blind before their own"
    );
    assert!(
        !reviewer.may_read_reviews(true, true, false),
        "blind until all are in"
    );
    assert!(reviewer.may_read_reviews(true, true, true));
    assert!(
        !reviewer.may_read_reviews(false, false, true),
        "not one of its reviewers"
    );
    assert!(!reviewer.may_run_calls() && !reviewer.may_read_every_submission());
    let read_only = reviewer.clone().through_token(Scopes::READ);
    assert!(
        !read_only.may_review_for(12),
        "scoring needs the contribute scope"
    );
    let editor = Viewer::with_roles([AccessRole::Editor]);
    assert!(editor.may_run_calls() && editor.may_read_reviews(false, false, false));
    assert!(
        !editor.may_read_reviews(true, false, true),
        "an editor who reviews is blind too"
    );
    assert!(
        editor.may_see_submission_contacts(false) && !reviewer.may_see_submission_contacts(false)
    );
    let focal_npl = Viewer::with_roles([AccessRole::FocalPoint("NPL".parse().unwrap())]);
    let colombo: ForumId = "colombo-process".parse().unwrap();
    let nepal: AreaCode = "NPL".parse().unwrap();
    assert!(focal_npl.has_stake_in(&[], std::slice::from_ref(&nepal)));
    assert!(!focal_npl.has_stake_in(std::slice::from_ref(&colombo), &[]));
    assert!(
        Viewer::with_roles([AccessRole::Secretariat(colombo.clone())])
            .has_stake_in(&[colombo], &[])
    );
    assert!(!editor.has_stake_in(&[], &[nepal]));
    assert!(editor.may_read_submission(false, 99) && editor.may_remove_contacts(false));
    for outsider in [
        Viewer::anonymous(),
        Viewer::with_roles([AccessRole::Researcher]),
        Viewer::with_roles([AccessRole::Secretariat("colombo-process".parse().unwrap())]),
    ] {
        assert!(!outsider.may_read_submission(false, 12), "{outsider:?}");
        assert!(!outsider.may_read_reviews(false, false, false));
        assert!(!outsider.may_remove_contacts(false));
    }
    let focal = Viewer::with_roles([AccessRole::FocalPoint("NPL".parse().unwrap())]);
    assert!(focal.may_submit_practices() && focal.may_read_submission(true, 12));
    assert!(!Viewer::with_roles([AccessRole::Researcher]).may_submit_practices());
    assert!(
        Viewer::anonymous().may_see_contacts(true) && !Viewer::anonymous().may_see_contacts(false)
    );
}
