//! Good practices and their peer review (issue 20), against the real server with the
//! built-in dataset: a call run end to end through the API, the blind reviews, the conflict
//! of interest refused and overridden, a third reviewer asked, the editor's decision, the
//! published practice found by a word of its lessons, its contacts for people signed in and
//! removed on request; and the pages. Run on SQLite only: the store's part is covered on both
//! backends by the store's conformance suite.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// A word found only in the practice's lessons; an e-mail found only in its contacts.
const LESSON_WORD: &str = "quillwortian";
const CONTACT: &str = "sita.thapa@labour.example.np";

fn practice() -> Value {
    json!({
        "titles": {"en": "Pre-departure orientation in the workers' own language"},
        "summaries": {"en": "Nepal's labour ministry briefs workers on their rights before they leave."},
        "fora": ["colombo-process"], "states": ["NPL"], "themes": ["labour-migration"],
        "from": "2005",
        "context": "Workers left for the Gulf without knowing the terms of their contracts.",
        "done": "Week-long courses run by the ministry with recruitment agencies.",
        "results": "Fewer complaints reached the embassies.",
        "evidence": [{"url": "https://example.org/orientation-report", "note": "an evaluation"}],
        "lessons": format!("Courses in Nepali worked; courses in English did not ({LESSON_WORD})."),
        "replication": "A ministry with a training budget and agencies that take part.",
        "cost": "low", "partners": ["IOM"], "licence": "CC-BY-4.0",
    })
}

fn scores(each: u8) -> Value {
    let mut m = serde_json::Map::new();
    for c in [
        "applied",
        "relevant",
        "effective",
        "coherent",
        "innovative",
        "replicable",
        "sustainable",
    ] {
        m.insert(
            c.into(),
            json!({"score": each, "comment": format!("Scored {each} on the evidence given.")}),
        );
    }
    json!({ "scores": m })
}

async fn step(s: &Server, who: &Person, path: &str, body: Value) -> (StatusCode, Value) {
    s.api(Method::POST, path, Some(who), Some(body)).await
}

#[tokio::test]
async fn a_call_runs_from_opening_to_a_published_practice_found_by_its_lessons() {
    let s = server().await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let focal = s.person("fp@np.example", &["focal_point:NPL"]).await;
    let other_focal = s.person("fp@lk.example", &["focal_point:LKA"]).await;
    let researcher = s.person("researcher@example.org", &["researcher"]).await;
    let reviewers = [
        (
            s.person("a@uni.example", &[]).await,
            "organisation:University of Ghana",
        ),
        (s.person("b@ph.example", &[]).await, "state:PHL"),
        (s.person("c@np.example", &[]).await, "state:NPL"),
        (s.person("d@iom.example", &[]).await, "organisation:IOM"),
    ];

    // An editor opens the call; nobody else may, and mistakes are named.
    let call = json!({"title": "Labour migration: orientation and protection", "theme": "labour-migration",
        "deadline": "2026-12-31", "questions": ["Who paid for it?"]});
    let (status, v) = step(&s, &focal, "/api/v1/practice-calls", call.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    let mut bad = call.clone();
    bad["theme"] = json!("no-such-theme");
    let (status, v) = step(&s, &editor, "/api/v1/practice-calls", bad).await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("theme")),
        "{v}"
    );
    let (status, v) = step(&s, &editor, "/api/v1/practice-calls", call).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let n = v["id"].as_i64().unwrap();
    let (status, v) = s
        .api(Method::GET, "/api/v1/practice-calls", None, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        v["results"][0]["questions"][0], "Who paid for it?",
        "calls are public"
    );

    // The editor invites four reviewers; each accepts with an affiliation.
    for (r, _) in &reviewers {
        let email = s
            .store
            .account_by_id(r.id)
            .await
            .unwrap()
            .unwrap()
            .email
            .to_string();
        let (status, v) = step(
            &s,
            &editor,
            &format!("/api/v1/practice-calls/{n}/reviewers"),
            json!({"email": email}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{v}");
    }
    let (status, _) = step(
        &s,
        &editor,
        &format!("/api/v1/practice-calls/{n}/reviewers"),
        json!({"email": "nobody@example.org"}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = step(
        &s,
        &researcher,
        &format!("/api/v1/practice-calls/{n}/acceptance"),
        json!({"affiliation": "organisation:X"}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not invited");
    for (r, affiliation) in &reviewers {
        let (status, v) = step(
            &s,
            r,
            &format!("/api/v1/practice-calls/{n}/acceptance"),
            json!({"affiliation": affiliation}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{v}");
    }
    let (status, _) = step(
        &s,
        &reviewers[0].0,
        &format!("/api/v1/practice-calls/{n}/acceptance"),
        json!({"affiliation": "state:NPL"}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "once");

    // A focal point submits for its own state; another state's may not.
    let submission = json!({"practice": practice(), "answers": ["The ministry."],
        "contacts": [{"name": "Sita Thapa", "role": "Director", "email": CONTACT}]});
    let (status, v) = step(
        &s,
        &other_focal,
        &format!("/api/v1/practice-calls/{n}/submissions"),
        submission.clone(),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    let (status, v) = step(
        &s,
        &focal,
        &format!("/api/v1/practice-calls/{n}/submissions"),
        submission,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let sub = v["id"].as_i64().unwrap();
    let id = v["practice_id"].as_str().unwrap().to_owned();
    assert_eq!(id, "pre-departure-orientation-in-the-workers-own-language");
    let path = format!("/api/v1/practice-submissions/{sub}");

    // Unpublished, it reaches neither the public nor a researcher: not its page, not search.
    let hidden = async |who: Option<&Person>| {
        let (status, _) = s.api(Method::GET, &path, who, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = s
            .api(Method::GET, &format!("/api/v1/practices/{id}"), who, None)
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, v) = s
            .api(
                Method::GET,
                &format!("/api/v1/search?q={LESSON_WORD}"),
                who,
                None,
            )
            .await;
        assert_eq!(v["total"], 0, "{v}");
    };
    hidden(None).await;
    hidden(Some(&researcher)).await;

    // A reviewer from a state the practice names is refused.
    let (status, v) = step(
        &s,
        &reviewers[2].0,
        &format!("{path}/declaration"),
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    assert!(v["detail"].as_str().unwrap().contains("state:NPL"), "{v}");
    // One who declares a conflict of their own is refused too.
    let (status, _) = step(
        &s,
        &reviewers[3].0,
        &format!("{path}/declaration"),
        json!({"conflict": "I advised the ministry"}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Two reviewers declare no conflict and score, far apart; blind until both are in.
    let (status, _) = step(&s, &reviewers[0].0, &format!("{path}/review"), scores(5)).await;
    assert_eq!(status, StatusCode::CONFLICT, "declare first");
    for r in [&reviewers[0].0, &reviewers[1].0] {
        let (status, v) = step(
            &s,
            r,
            &format!("{path}/declaration"),
            json!({"conflict": ""}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{v}");
    }
    let (status, v) = step(&s, &reviewers[0].0, &format!("{path}/review"), scores(5)).await;
    assert_eq!(
        (status, v["stage"].as_str()),
        (StatusCode::OK, Some("reviewing")),
        "{v}"
    );
    let (_, seen) = s.api(Method::GET, &path, Some(&reviewers[1].0), None).await;
    let first = &seen["reviews"][0];
    assert_eq!(
        (
            first["submitted"].as_bool(),
            &first["total"],
            &first["scores"]
        ),
        (Some(true), &Value::Null, &Value::Null),
        "{seen}"
    );
    assert_eq!(
        first["reviewer"],
        Value::Null,
        "reviewers are known to editors only"
    );
    let (status, v) = step(&s, &reviewers[1].0, &format!("{path}/review"), scores(1)).await;
    assert_eq!(
        (status, v["stage"].as_str()),
        (StatusCode::OK, Some("third_asked")),
        "{v}"
    );
    let (_, seen) = s.api(Method::GET, &path, Some(&reviewers[1].0), None).await;
    assert_eq!(
        seen["reviews"][0]["total"], 35,
        "both in: each reads the other's"
    );
    assert_eq!(seen["reviews"][0]["reviewer"], Value::Null);

    // The editor cannot publish before the third review; lets the reviewer from Nepal
    // review (logged), who is the third.
    let (status, _) = step(
        &s,
        &editor,
        &format!("{path}/decision"),
        json!({"decision": "publish"}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, v) = step(
        &s,
        &editor,
        &format!("{path}/overrides"),
        json!({"email": "c@np.example", "reason": "The only reviewer who knows the programme."}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{v}");
    let (status, _) = step(
        &s,
        &reviewers[2].0,
        &format!("{path}/declaration"),
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // The third reads neither the first two reviews nor their totals before scoring.
    let (_, seen) = s.api(Method::GET, &path, Some(&reviewers[2].0), None).await;
    assert!(
        seen["reviews"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["total"].is_null()),
        "{seen}"
    );
    // (The notes, not the times: a time may hold the digits of a total.)
    assert!(
        seen["history"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["note"] == ""),
        "{seen}"
    );
    let (status, v) = step(&s, &reviewers[2].0, &format!("{path}/review"), scores(3)).await;
    assert_eq!(
        (status, v["stage"].as_str()),
        (StatusCode::OK, Some("ready")),
        "{v}"
    );
    let (status, _) = step(
        &s,
        &reviewers[3].0,
        &format!("{path}/declaration"),
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "three reviews are enough");
    let (_, seen) = s.api(Method::GET, &path, Some(&editor), None).await;
    assert_eq!(seen["reviews"][2]["reviewer"], "c@np.example", "{seen}");
    assert_eq!(seen["reviews"][2]["affiliation"], "state:NPL");
    let events: Vec<&str> = seen["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    for e in [
        "submitted",
        "refused",
        "declared",
        "reviewed",
        "third_asked",
        "override",
    ] {
        assert!(events.contains(&e), "{e}: {events:?}");
    }

    // Published: the public finds it by a word of its lessons, sees that it was peer-reviewed
    // and the rubric's summary, never the contacts or who reviewed it.
    let (status, v) = step(
        &s,
        &editor,
        &format!("{path}/decision"),
        json!({"decision": "publish", "note": "Clear evidence."}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{v}");
    let (status, v) = s
        .api(
            Method::GET,
            &format!("/api/v1/search?q={LESSON_WORD}"),
            None,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["total"], 1, "{v}");
    assert_eq!(v["results"][0]["type"], "practice", "{v}");
    let (status, v) = s
        .api(Method::GET, &format!("/api/v1/practices/{id}"), None, None)
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(
        (v["peer_reviewed"].as_bool(), &v["review"]["reviews"]),
        (Some(true), &json!(3))
    );
    assert_eq!(v["review"]["means"]["applied"], 3.0, "(5 + 1 + 3) / 3");
    assert_eq!(v["contacts"], Value::Null, "{v}");
    let (_, _, page) = s.text(&format!("/practices/{id}")).await;
    assert!(
        page.contains(LESSON_WORD) && !page.contains(CONTACT) && !page.contains("c@np.example")
    );
    let (_, v) = s
        .api(
            Method::GET,
            &format!("/api/v1/practices/{id}"),
            Some(&researcher),
            None,
        )
        .await;
    assert_eq!(v["contacts"][0]["email"], CONTACT, "for people signed in");
    let (_, _, feed) = s.text("/changes.atom").await;
    assert!(
        feed.contains("New good practice: Pre-departure orientation in the workers"),
        "in the feed of changes"
    );
    let (_, v) = s
        .api(
            Method::GET,
            "/api/v1/practices?forum=colombo-process",
            None,
            None,
        )
        .await;
    assert!(
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == id.as_str()),
        "{v}"
    );

    // The submitter has the contact details removed; nobody else may.
    let removal = format!("/api/v1/practices/{id}/contacts/removal");
    let (status, _) = s.api(Method::POST, &removal, Some(&researcher), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = s.api(Method::POST, &removal, Some(&focal), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, v) = s
        .api(
            Method::GET,
            &format!("/api/v1/practices/{id}"),
            Some(&researcher),
            None,
        )
        .await;
    assert_eq!(v["contacts"], json!([]), "{v}");
}

#[tokio::test]
async fn mistakes_in_a_submission_are_named_and_change_nothing() {
    let s = server().await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let focal = s.person("fp@np.example", &["focal_point:NPL"]).await;
    let (_, v) = step(
        &s,
        &editor,
        "/api/v1/practice-calls",
        json!({"title": "Any", "theme": "labour-migration", "deadline": "2026-12-31"}),
    )
    .await;
    let n = v["id"].as_i64().unwrap();
    let path = format!("/api/v1/practice-calls/{n}/submissions");
    for (patch, field) in [
        (json!({"titles": {"fr": "Sans anglais"}}), "practice.titles"),
        (json!({"states": ["XXX"]}), "practice.states[0]"),
        (json!({"lessons": ""}), "practice.lessons"),
        (json!({"licence": "proprietary"}), "practice.record"),
        (json!({"review": {"call": 1}}), "practice.review"),
    ] {
        let mut p = practice();
        for (k, x) in patch.as_object().unwrap() {
            p[k] = x.clone();
        }
        let (status, v) = step(&s, &focal, &path, json!({"practice": p})).await;
        assert_eq!(
            (status, v["parameter"].as_str()),
            (StatusCode::BAD_REQUEST, Some(field)),
            "{patch}: {v}"
        );
    }
    let (status, v) = step(
        &s,
        &focal,
        &path,
        json!({"practice": practice(), "contacts": [{"name": "X", "email": "not an e-mail"}]}),
    )
    .await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("contacts[0].email")),
        "{v}"
    );
    assert!(
        s.store.submissions(None).await.unwrap().is_empty(),
        "nothing kept"
    );
    // A call past its deadline takes no more; the same people on a later day.
    let later = s.on_day("2027-01-01").await;
    let (status, v) = step(&later, &focal, &path, json!({"practice": practice()})).await;
    assert_eq!(status, StatusCode::CONFLICT, "{v}");
    assert!(
        s.store.submissions(None).await.unwrap().is_empty(),
        "nothing kept"
    );
}

#[tokio::test]
async fn the_papers_practices_are_published_with_their_paragraphs_and_linked_from_their_fora() {
    let s = server().await;
    let (status, v) = s.api(Method::GET, "/api/v1/practices", None, None).await;
    assert_eq!(status, StatusCode::OK);
    let ids: Vec<&str> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"rcp-periods-of-reflection-and-revitalisation"),
        "{ids:?}"
    );
    assert_eq!(ids.len(), 4);
    let (status, _, page) = s
        .text("/practices/african-rcps-linking-objectives-with-au-and-rec-policies")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("paragraph 103"),
        "cites the paragraph it comes from"
    );
    assert!(page.contains("cite-plain"), "can be cited");
    let (_, _, forum) = s.text("/fora/global-rcp-meeting").await;
    assert!(
        forum.contains("/practices/rcp-periods-of-reflection-and-revitalisation"),
        "linked from its forum"
    );
    let (status, _, list) = s.text("/practices?theme=capacity-building").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        list.contains("/practices/rcp-capacity-building-tools-and-trainings-through-workshops")
    );
    assert!(
        !list.contains("/practices/african-rcps-linking"),
        "filtered by theme"
    );
    let (status, _, _) = s.text("/practices?theme=no-such-theme").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _, _) = s.text("/practices/no-such-practice").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// A route template made a path: this test's call, submission and practice for theirs; ids
/// that exist, or none, for the others (which then answer "not found").
/// Every GET route, and searches for each word, in English and Arabic.
fn sweep(call: i64, sub: i64, practice: &str, words: &[&str]) -> Vec<String> {
    let (practice, call, sub) = (
        format!("/practices/{practice}"),
        format!("/practice-calls/{call}"),
        format!("/practice-submissions/{sub}"),
    );
    let paths = get_routes(
        |_| true,
        &[
            ("/practices/{id}", &practice),
            ("/practice-calls/{id}", &call),
            ("/practice-submissions/{id}", &sub),
            ("{file}", "practices.csv"),
            ("{code}", "NPL"),
        ],
    );
    with_searches_in_arabic(paths, words, &["/search", "/api/v1/search", "/search.atom"])
}

#[tokio::test]
async fn an_unpublished_practice_its_reviews_and_contacts_reach_nobody_else() {
    let s = server().await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let focal = s.person("fp@np.example", &["focal_point:NPL"]).await;
    let outsiders = [
        None,
        Some(s.person("nobody@example.org", &[]).await),
        Some(s.person("researcher@example.org", &["researcher"]).await),
        Some(
            s.person(
                "sec@soderkoping.example",
                &["secretariat:soderkoping-process"],
            )
            .await,
        ),
        Some(s.person("fp@br.example", &["focal_point:BRA"]).await),
    ];
    let (lesson, contact, comment) = ("zqxlesson5512", "zqxcontact@example.np", "zqxcomment4471");
    let (_, v) = step(
        &s,
        &editor,
        "/api/v1/practice-calls",
        json!({"title": "Canary", "theme": "labour-migration", "deadline": "2026-12-31"}),
    )
    .await;
    let call = v["id"].as_i64().unwrap();
    let a = s.person("a@uni.example", &[]).await;
    let b = s.person("b@uni.example", &[]).await;
    for (who, email) in [(&a, "a@uni.example"), (&b, "b@uni.example")] {
        step(
            &s,
            &editor,
            &format!("/api/v1/practice-calls/{call}/reviewers"),
            json!({"email": email}),
        )
        .await;
        let (status, _) = step(
            &s,
            who,
            &format!("/api/v1/practice-calls/{call}/acceptance"),
            json!({"affiliation": "organisation:A university"}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    let mut p = practice();
    p["lessons"] = json!(format!("What did not work: {lesson}."));
    let (status, v) = step(
        &s,
        &focal,
        &format!("/api/v1/practice-calls/{call}/submissions"),
        json!({"practice": p, "contacts": [{"name": "C", "email": contact}]}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let sub = v["id"].as_i64().unwrap();
    let id = v["practice_id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/practice-submissions/{sub}");
    let mut scores = scores(4);
    scores["scores"]["effective"]["comment"] = json!(format!("The evidence is thin: {comment}."));
    for who in [&a, &b] {
        step(&s, who, &format!("{path}/declaration"), json!({})).await;
    }
    let (status, _) = step(&s, &a, &format!("{path}/review"), scores).await;
    assert_eq!(status, StatusCode::OK);

    // The second reviewer, declared but not scored, reads neither the first one's scores nor
    // comments, on the page or through the API.
    let (_, v) = s.api(Method::GET, &path, Some(&b), None).await;
    assert!(
        !v.to_string().contains(comment) && v["reviews"][0]["total"].is_null(),
        "{v}"
    );
    let page = s
        .get_as(&format!("/practice-submissions/{sub}"), Some(&b))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(lesson) && !page.contains(comment),
        "the practice, not the review"
    );
    let page = s
        .get_as(&format!("/practice-submissions/{sub}"), Some(&a))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(comment), "one's own review");

    // Nobody else finds a trace of it: every GET route, searches, in two languages.
    let mut seen = Vec::new();
    for path in sweep(call, sub, &id, &[lesson, comment, "zqxcontact"]) {
        for who in &outsiders {
            let body = s.get_as(&path, who.as_ref()).await.text().await.unwrap();
            // A search page repeats what was asked: there, no result names the practice.
            let words = match path.contains("q=") {
                true => [id.as_str(), "Pre-departure orientation", contact],
                false => [lesson, contact, comment],
            };
            for word in words {
                if body.contains(word) {
                    seen.push(format!("{path}: {word}"));
                }
            }
        }
    }
    assert!(seen.is_empty(), "{seen:#?}");

    // Published: the practice is public; the reviews' comments stay with editors and
    // reviewers, the contacts with people signed in.
    let (status, _) = step(&s, &b, &format!("{path}/review"), self::scores(4)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, v) = step(
        &s,
        &editor,
        &format!("{path}/decision"),
        json!({"decision": "publish"}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{v}");
    let mut seen = Vec::new();
    for path in sweep(call, sub, &id, &[comment, "zqxcontact"]) {
        for (i, who) in outsiders.iter().enumerate() {
            let body = s.get_as(&path, who.as_ref()).await.text().await.unwrap();
            if path.contains("q=") {
                continue;
            }
            if body.contains(comment) || (i == 0 && body.contains(contact)) {
                seen.push(path.clone());
            }
        }
    }
    assert!(seen.is_empty(), "{seen:#?}");
    let (_, _, page) = s.text(&format!("/practices/{id}")).await;
    assert!(page.contains(lesson));
}

#[tokio::test]
async fn a_returned_practice_is_revised_and_reviewed_again_by_reviewers_blind_to_each_other() {
    let s = server().await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let focal = s.person("fp@np.example", &["focal_point:NPL"]).await;
    // An editor who reviews is as blind as any reviewer; a focal point of the state the
    // practice names is refused whatever affiliation it states; so is the submitter.
    let editor_reviewer = s.person("ed2@example.org", &["editor"]).await;
    let scholar = s.person("a@uni.example", &[]).await;
    let nepali = s.person("fp2@np.example", &["focal_point:NPL"]).await;
    let (_, v) = step(
        &s,
        &editor,
        "/api/v1/practice-calls",
        json!({"title": "Rounds", "theme": "labour-migration", "deadline": "2026-12-31"}),
    )
    .await;
    let call = v["id"].as_i64().unwrap();
    for (who, email) in [
        (&editor_reviewer, "ed2@example.org"),
        (&scholar, "a@uni.example"),
        (&nepali, "fp2@np.example"),
        (&focal, "fp@np.example"),
    ] {
        let (status, _) = step(
            &s,
            &editor,
            &format!("/api/v1/practice-calls/{call}/reviewers"),
            json!({"email": email}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = step(
            &s,
            who,
            &format!("/api/v1/practice-calls/{call}/acceptance"),
            json!({"affiliation": "organisation:A university"}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    let (_, v) = step(
        &s,
        &focal,
        &format!("/api/v1/practice-calls/{call}/submissions"),
        json!({"practice": practice()}),
    )
    .await;
    let sub = v["id"].as_i64().unwrap();
    let path = format!("/api/v1/practice-submissions/{sub}");
    let (status, v) = step(&s, &nepali, &format!("{path}/declaration"), json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a focal point of Nepal: {v}");
    let (status, v) = step(&s, &focal, &format!("{path}/declaration"), json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "its submitter: {v}");
    // Returning it needs the reviews.
    let (status, _) = step(
        &s,
        &editor,
        &format!("{path}/decision"),
        json!({"decision": "return"}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    for who in [&editor_reviewer, &scholar] {
        let (status, _) = step(&s, who, &format!("{path}/declaration"), json!({})).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    let (_, v) = step(&s, &scholar, &format!("{path}/review"), scores(4)).await;
    assert_eq!(v["stage"], "reviewing");
    let (_, seen) = s
        .api(Method::GET, &path, Some(&editor_reviewer), None)
        .await;
    assert!(
        seen["reviews"][1]["total"].is_null(),
        "blind before its own: {seen}"
    );
    let (_, v) = step(&s, &editor_reviewer, &format!("{path}/review"), scores(3)).await;
    assert_eq!(v["stage"], "ready");
    let (status, _) = step(
        &s,
        &editor,
        &format!("{path}/decision"),
        json!({"decision": "return", "note": "Say what the courses cost."}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // Returned: its submitter reads the reviews (never who wrote them) and the editor's note.
    let (_, seen) = s.api(Method::GET, &path, Some(&focal), None).await;
    assert_eq!(
        (
            seen["status"].as_str(),
            seen["reviews"][0]["total"].as_i64()
        ),
        (Some("returned"), Some(21)),
        "{seen}"
    );
    assert!(
        seen["reviews"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["reviewer"].is_null())
    );
    assert!(
        seen["history"]
            .to_string()
            .contains("Say what the courses cost.")
    );
    // Revised and submitted again: a second round, reviewed afresh.
    let mut revised = practice();
    revised["results"] = json!("Fewer complaints; each course cost about 40 dollars a worker.");
    let (status, v) = step(
        &s,
        &scholar,
        &format!("{path}/resubmission"),
        json!({"practice": revised}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "only its submitter: {v}");
    // Through the page: the form comes filled with the returned practice, for its submitter
    // alone; what the form does not hold (its evidence) is kept.
    let page = format!("/practice-submissions/{sub}/revise");
    assert_eq!(
        s.get_as(&page, Some(&scholar)).await.status(),
        StatusCode::FORBIDDEN
    );
    let form = s.get_as(&page, Some(&focal)).await.text().await.unwrap();
    assert!(
        form.contains("value=\"Pre-departure orientation in the workers&#39; own language\"")
            || form.contains("Pre-departure orientation in the workers"),
        "{form}"
    );
    let body = format!(
        "csrf={}&title=Pre-departure+orientation&summary=Workers+learn+their+rights.&fora=colombo-process&states=NPL&themes=labour-migration&context=c&done=d&results=Each+course+cost+about+40+dollars+a+worker.&lessons=l&replication=r&cost=low&licence=CC-BY-4.0",
        focal.csrf
    );
    let r = s.post_form(&page, Some(&focal), &body, &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, seen) = s.api(Method::GET, &path, Some(&focal), None).await;
    assert_eq!(
        (seen["round"].as_i64(), seen["stage"].as_str()),
        (Some(2), Some("reviewing"))
    );
    assert_eq!(
        seen["practice"]["results"],
        "Each course cost about 40 dollars a worker."
    );
    assert_eq!(
        seen["practice"]["evidence"][0]["url"],
        "https://example.org/orientation-report"
    );
    let (status, _) = step(
        &s,
        &focal,
        &format!("{path}/resubmission"),
        json!({"practice": revised}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "not returned any more");
    // A reviewer who declares and never scores is released by an editor; another takes the place.
    for who in [&editor_reviewer, &scholar] {
        let (status, _) = step(&s, who, &format!("{path}/declaration"), json!({})).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    let third = s.person("b@uni.example", &[]).await;
    step(
        &s,
        &editor,
        &format!("/api/v1/practice-calls/{call}/reviewers"),
        json!({"email": "b@uni.example"}),
    )
    .await;
    step(
        &s,
        &third,
        &format!("/api/v1/practice-calls/{call}/acceptance"),
        json!({"affiliation": "organisation:Another university"}),
    )
    .await;
    let (status, _) = step(&s, &third, &format!("{path}/declaration"), json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT, "the round has its two");
    let (status, _) = step(
        &s,
        &editor,
        &format!("{path}/releases"),
        json!({"email": "a@uni.example"}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = step(&s, &third, &format!("{path}/declaration"), json!({})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = step(&s, &scholar, &format!("{path}/review"), scores(5)).await;
    assert_eq!(status, StatusCode::CONFLICT, "released: no score");
    let (_, seen) = s.api(Method::GET, &path, Some(&editor), None).await;
    let events: Vec<&str> = seen["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert!(
        events.contains(&"returned")
            && events.contains(&"resubmitted")
            && events.contains(&"released"),
        "{events:?}"
    );
    assert_eq!(
        seen["reviews"].as_array().unwrap().len(),
        4,
        "round 1's two kept beside round 2's"
    );
}
