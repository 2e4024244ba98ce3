//! Recommendations and follow-up (issue 18): the register, a recommendation's page, the
//! follow-up dashboard and the API, against the real server with the built-in dataset,
//! meetings and recommendations; follow-up contributed and published like every record. Run on
//! SQLite only: the store's part (the generic write of a declared kind) is the same code on
//! both backends.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const PLAN: &str = "/api/v1/recommendations/euro-african-2008-tycp";

/// A follow-up entry of the Rabat Process on an area of the Three-Year Cooperation Programme.
fn area_entry(progress: u8, updates: Value) -> Value {
    json!({
        "id": "rabat-process:tycp:2.1",
        "recommendation": "euro-african-2008-tycp.2.1",
        "forum": "rabat-process",
        "actor": {"type": "forum", "id": "rabat-process"},
        "kind": "activity",
        "status": if progress == 100 { "completed" } else { "under_way" },
        "progress": progress,
        "start_date": "2009-03",
        "description": "Legal migration opportunities: a first labour mobility scheme.",
        "updates": updates,
    })
}

async fn propose(s: &Server, who: &Person, record: Value) -> (StatusCode, Value) {
    s.api(
        Method::POST,
        "/api/v1/contributions",
        Some(who),
        Some(json!({"entity": "follow_up", "record": record, "title": "Follow-up of the programme", "submit": true})),
    )
    .await
}

/// The contributions a person may open, as the API lists them.
async fn contributions_of(s: &Server, who: &Person) -> Value {
    let (status, v) = s
        .api(Method::GET, "/api/v1/contributions", Some(who), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    v
}

#[tokio::test]
async fn a_fresh_install_shows_the_papers_recommendations_with_their_sources() {
    let s = server().await;
    let (status, _, page) = s.text("/recommendations").await;
    assert_eq!(status, StatusCode::OK);
    for words in [
        "Explore ways to create linkages between the GFMD",
        "To encourage a systematic evaluation of RCPs",
        "Three-Year Cooperation Programme",
        "inviting representatives of other RCPs",
    ] {
        assert!(page.contains(words), "{words} missing: {page}");
    }
    // Filters: the Rabat Process's programme (the plan, 3 tracks, 9 areas); a year; a bad
    // forum is refused by name.
    let v = s.ok("/api/v1/recommendations?forum=rabat-process").await;
    assert_eq!(v["total"], 13, "{v}");
    let v = s.ok("/api/v1/recommendations?year=2007").await;
    assert_eq!(v["results"][0]["id"], "gfmd-2007-rt3.3-evaluation");
    assert_eq!(v["results"][0]["meeting"], "gfmd-2007-brussels-rt-3-3");
    let v = s.ok("/api/v1/recommendations?addressee=iom").await;
    assert_eq!(v["total"], 1);
    let (status, v) = s.json("/api/v1/recommendations?forum=atlantis").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert!(v["detail"].as_str().unwrap().contains("atlantis"), "{v}");
    let (status, _, _) = s.text("/recommendations?status=finished").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // A recommendation's page: its words, the meeting it came from, what it repeats ("as
    // previously recommended by") and, on the earlier one, what took it up again.
    let (_, _, page) = s.text("/recommendations/gfmd-2009-rt3.2-e").await;
    assert!(page.contains("As previously recommended by"), "{page}");
    assert!(page.contains("/recommendations/bangkok-2009-cross-fertilisation-2"));
    assert!(page.contains("/meetings/gfmd-2009-athens-rt-3-2"));
    let (_, _, page) = s
        .text("/recommendations/bangkok-2009-cross-fertilisation-2")
        .await;
    assert!(page.contains("Taken up again"), "{page}");
    assert!(page.contains("/recommendations/gfmd-2009-rt3.2-e"));
    // The programme is a tree of three tracks and nine areas, nothing reported yet.
    let (_, _, page) = s.text("/recommendations/euro-african-2008-tycp").await;
    assert_eq!(page.matches("class=\"depth-0\"").count(), 3, "{page}");
    assert_eq!(page.matches("class=\"depth-1\"").count(), 9);
    assert!(page.contains("Improving readmission and promoting voluntary return"));
    assert_eq!(s.ok(PLAN).await["progress"], Value::Null);
    let (status, _, _) = s.text("/recommendations/no-such-thing").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The programme's progress comes up from an area's when the Rabat Process's secretariat
/// reports on it and an editor publishes the report: one of track 2's two areas at 90 % is a
/// track at 45 % and a programme (three tracks) at 15 %; updated to 60 %, 10 %.
#[tokio::test]
async fn an_areas_progress_moves_the_whole_programme() {
    let s = server().await;
    let secretariat = s
        .person("sec@rabat.example", &["secretariat:rabat-process"])
        .await;
    let editor = s.person("ed@example.org", &["editor"]).await;
    let first = json!([
        {"date": "2009-03", "status": "planned", "progress": 0},
        {"date": "2010-06", "status": "under_way", "progress": 90, "note": "Two schemes running."}
    ]);
    let (status, v) = propose(&s, &secretariat, area_entry(90, first.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    publish(&s, &editor, v["id"].as_i64().unwrap()).await;
    let plan = s.ok(PLAN).await;
    assert_eq!(plan["progress"], json!(15.0), "{plan}");
    let track = s
        .ok("/api/v1/recommendations/euro-african-2008-tycp.2")
        .await;
    assert_eq!(track["progress"], json!(45.0));
    let mut later = first.as_array().unwrap().clone();
    later.push(json!({"date": "2011-02", "status": "under_way", "progress": 60, "note": "One scheme suspended."}));
    let (status, v) = propose(&s, &secretariat, area_entry(60, json!(later))).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    publish(&s, &editor, v["id"].as_i64().unwrap()).await;
    assert_eq!(s.ok(PLAN).await["progress"], json!(10.0));
    // Its page shows the timeline, latest first; the dashboard the plan's progress.
    let (_, _, page) = s.text("/recommendations/euro-african-2008-tycp.2.1").await;
    let latest = page
        .find("One scheme suspended")
        .expect("the latest update");
    let earlier = page.find("Two schemes running").expect("an earlier update");
    assert!(latest < earlier, "{page}");
    let (_, _, dashboard) = s.text("/follow-ups").await;
    assert!(dashboard.contains("value=\"10\""), "{dashboard}");
    // Its address leads to its place on the recommendation's page.
    let r = s
        .client
        .get(format!("{}/follow-ups/rabat-process:tycp:2.1", s.base))
        .send()
        .await
        .unwrap();
    assert!(
        r.url()
            .path()
            .ends_with("/recommendations/euro-african-2008-tycp.2.1")
    );
    // The API lists it with its timeline; the open data has it, as of a day as it stood then.
    let v = s
        .ok("/api/v1/follow-ups?recommendation=euro-african-2008-tycp.2.1")
        .await;
    assert_eq!(v["total"], 1);
    assert_eq!(v["results"][0]["updates"].as_array().unwrap().len(), 3);
    let (_, _, csv) = s.text("/api/v1/data/follow_ups.csv").await;
    assert!(
        csv.contains("rabat-process:tycp:2.1,euro-african-2008-tycp.2.1"),
        "{csv}"
    );
    assert!(csv.contains(",under_way,60,2011-02,"), "{csv}");
    let (_, _, then) = s.text("/api/v1/data/follow_ups.csv?as_of=2010-12-31").await;
    assert!(then.contains(",under_way,90,2010-06,"), "{then}");
    // What changed says it in words.
    let (_, _, feed) = s.text("/changes.atom?what=follow_up").await;
    assert!(feed.contains("Rabat Process"), "{feed}");
}

/// A follow-up that breaks a rule is refused at its field, and nothing is stored.
#[tokio::test]
async fn bad_follow_up_is_refused_at_its_field() {
    let s = server().await;
    let secretariat = s
        .person("sec@rabat.example", &["secretariat:rabat-process"])
        .await;
    let ok = json!([{"date": "2010-06", "status": "under_way", "progress": 40}]);
    let mut unknown = area_entry(40, ok.clone());
    unknown["recommendation"] = json!("euro-african-2008-tycp.9.9");
    let early = area_entry(
        40,
        json!([{"date": "2007-01", "status": "under_way", "progress": 40}]),
    );
    let mut past_100 = area_entry(40, ok.clone());
    past_100["progress"] = json!(140);
    let backwards = area_entry(
        40,
        json!([
            {"date": "2010-01", "status": "completed", "progress": 100},
            {"date": "2010-06", "status": "under_way", "progress": 40}
        ]),
    );
    for (record, field, words) in [
        (unknown, "recommendation", "euro-african-2008-tycp.9.9"),
        (
            early,
            "updates[0].date",
            "before the recommendation was made",
        ),
        (past_100, "progress", "140"),
        (backwards, "updates[1].status", "cannot go from"),
    ] {
        let (status, v) = propose(&s, &secretariat, record).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
        assert_eq!(v["parameter"], field, "{v}");
        assert!(v["detail"].as_str().unwrap().contains(words), "{v}");
    }
    let mine = contributions_of(&s, &secretariat).await;
    assert_eq!(mine["results"], json!([]), "{mine}");
    // A follow-up by another forum's secretariat is not theirs to propose.
    let other = s
        .person("sec@colombo.example", &["secretariat:colombo-process"])
        .await;
    let (status, _) = propose(&s, &other, area_entry(40, ok)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// The built-in recommendations point into the paper: a recommendation's page links to the
/// paragraph of the document's page that holds its words.
#[tokio::test]
async fn a_recommendation_links_to_its_paragraph_in_the_paper() {
    let s = server().await;
    agora_app::ingest::load_builtin(&*s.store, &s.blobs)
        .await
        .unwrap();
    // The test's recommendations were written without the paper; now with it, as built in.
    use agora_core::kind::RecordKind;
    let kind = agora_core::recommendation::RecommendationKind;
    let known = s.store.catalogue().await.unwrap();
    let records: Vec<(String, String)> = agora_ingest::builtin::recommendations()
        .into_iter()
        .map(|r| {
            let c = kind
                .check(&serde_json::to_value(r).unwrap(), &known)
                .unwrap();
            (c.id, c.body)
        })
        .collect();
    s.store
        .write_records(&kind, &records, "builtin")
        .await
        .unwrap();
    let (_, _, page) = s.text("/recommendations/gfmd-2009-rt3.2-a").await;
    let href = "/documents/gfmd-2009-rt3-2-background-paper#p-en-78";
    assert!(page.contains(href), "{page}");
    let (_, _, doc) = s.text("/documents/gfmd-2009-rt3-2-background-paper").await;
    let at = doc.find("id=\"p-en-78\"").expect("the paragraph's anchor");
    let paragraph = &doc[at..at + doc[at..].find("</p>").unwrap()];
    assert!(
        paragraph.contains("Explore ways to create linkages between the GFMD"),
        "{paragraph}"
    );
}

/// A reporting cycle from opening to overdue, over HTTP: the Colombo Process's secretariat asks
/// Sri Lanka, Bangladesh and Nepal to report on two recommendations; Sri Lanka's and
/// Bangladesh's focal points report; the secretariat validates one report and queries another;
/// the dashboard shows the disagreement; after the deadline (a second process whose clock is
/// three weeks on) Nepal is listed as overdue and reminded once, in the log (no SMTP server).
/// Nobody outside the forum's participants sees any of it.
#[tokio::test]
async fn a_reporting_cycle_runs_from_opening_to_overdue() {
    let s = server().await;
    let secretariat = s
        .person("sec@colombo.example", &["secretariat:colombo-process"])
        .await;
    let lka = s.person("fp@lk.example", &["focal_point:LKA"]).await;
    let bgd = s.person("fp@bd.example", &["focal_point:BGD"]).await;
    let bra = s.person("fp@br.example", &["focal_point:BRA"]).await;
    let asked = ["gfmd-2009-rt3.2-c", "bangkok-2009-cross-fertilisation-2"];
    let (status, v) = s
        .api(
            Method::POST,
            "/api/v1/reporting-cycles",
            Some(&secretariat),
            Some(json!({
                "forum": "colombo-process",
                "title": "Follow-up of Athens 2009",
                "recommendations": asked,
                "states": ["LKA", "BGD", "NPL"],
                "deadline": "2026-12-15"
            })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let id = v["id"].as_i64().unwrap();
    // Mistakes are refused by name: a state that is not a member, a deadline past.
    for (patch, field) in [
        (json!({"states": ["BRA"]}), "states[0]"),
        (json!({"deadline": "2026-01-01"}), "deadline"),
        (
            json!({"recommendations": ["no-such-thing"]}),
            "recommendations[0]",
        ),
    ] {
        let mut body = json!({"forum": "colombo-process", "title": "X", "recommendations": asked, "states": ["LKA"], "deadline": "2026-12-15"});
        for (k, x) in patch.as_object().unwrap() {
            body[k] = x.clone();
        }
        let (status, v) = s
            .api(
                Method::POST,
                "/api/v1/reporting-cycles",
                Some(&secretariat),
                Some(body),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
        assert_eq!(v["parameter"], field, "{v}");
    }
    let report = async |who: &Person, state: &str, rec: &str, status: &str, progress: i64| {
        let body = json!({"state": state, "recommendation": rec, "status": status, "progress": progress, "note": format!("{state} on {rec}")});
        s.api(
            Method::POST,
            &format!("/api/v1/reporting-cycles/{id}/reports"),
            Some(who),
            Some(body),
        )
        .await
    };
    let mut reports = Vec::new();
    for (who, state) in [(&lka, "LKA"), (&bgd, "BGD")] {
        for rec in asked {
            let (status, v) = report(who, state, rec, "under_way", 50).await;
            assert_eq!(status, StatusCode::CREATED, "{v}");
            reports.push(v["id"].as_i64().unwrap());
        }
    }
    // A focal point reports for their own state only.
    let (status, _) = report(&lka, "BGD", asked[0], "completed", 100).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, v) = report(&lka, "LKA", asked[0], "completed", 140).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    // The secretariat validates Sri Lanka's first report and queries Bangladesh's.
    let review = async |report: i64, decision: &str, note: &str| {
        s.api(
            Method::POST,
            &format!("/api/v1/reporting-cycles/{id}/reports/{report}/review"),
            Some(&secretariat),
            Some(json!({"decision": decision, "note": note})),
        )
        .await
    };
    let (status, v) = review(reports[0], "validated", "").await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{v}");
    let (status, v) = review(reports[2], "queried", "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a query says why: {v}");
    let (status, _) = review(
        reports[2],
        "queried",
        "The workshops were not held in 2010.",
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // A validated report is not changed any more.
    let (status, _) = report(&lka, "LKA", asked[0], "completed", 100).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let path = format!("/api/v1/reporting-cycles/{id}");
    let (_, d) = s.api(Method::GET, &path, Some(&secretariat), None).await;
    assert_eq!(
        (&d["reported"], &d["validated"], &d["queried"], &d["closed"]),
        (&json!(4), &json!(1), &json!(1), &json!(false)),
        "{d}"
    );
    assert_eq!(d["overdue"], json!([]));
    let page = s
        .get_as(&format!("/reporting-cycles/{id}"), Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("The workshops were not held in 2010."),
        "{page}"
    );
    // Nobody outside the forum's participants sees it: not the public, nor Brazil's focal point.
    for who in [None, Some(&bra)] {
        let (status, _) = s.api(Method::GET, &path, who, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, list) = s
            .api(Method::GET, "/api/v1/reporting-cycles", who, None)
            .await;
        assert_eq!(list["results"], json!([]));
        let page = s.get_as(&format!("/reporting-cycles/{id}"), who).await;
        assert_eq!(page.status(), StatusCode::NOT_FOUND);
    }
    // Three weeks on, the deadline has passed: Nepal owes both reports.
    let later = s.on_day("2026-12-20").await;
    let (_, d) = later
        .api(Method::GET, &path, Some(&secretariat), None)
        .await;
    assert_eq!(d["closed"], json!(true), "{d}");
    assert_eq!(
        d["overdue"],
        json!([{"state": "NPL", "owed": 2, "reminded_at": null}])
    );
    // With no focal point of Nepal yet, nobody is reminded; once there is one, it is reminded
    // once (in the log: no SMTP server here).
    let app = agora_app::App::new(
        s.store.clone(),
        s.blobs.clone(),
        std::sync::Arc::new(
            agora_search::SearchIndex::open(&tempfile::tempdir().unwrap().keep()).unwrap(),
        ),
        Some("2026-12-20".parse().unwrap()),
    )
    .await
    .unwrap();
    assert!(
        agora_app::cycles::remind_overdue(&app)
            .await
            .unwrap()
            .is_empty()
    );
    s.person("fp@np.example", &["focal_point:NPL"]).await;
    let sent = agora_app::cycles::remind_overdue(&app).await.unwrap();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].mailed, 0);
    assert_eq!(sent[0].state, "NPL");
    assert!(
        agora_app::cycles::remind_overdue(&app)
            .await
            .unwrap()
            .is_empty()
    );
    let (_, d) = later
        .api(Method::GET, &path, Some(&secretariat), None)
        .await;
    assert!(d["overdue"][0]["reminded_at"].is_string(), "{d}");
    let page = later
        .get_as(&format!("/reporting-cycles/{id}"), Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("States with reports overdue"), "{page}");
    assert!(page.contains("Nepal"), "{page}");
    // The follow-up dashboard lists them too, for who may see the cycle only.
    let dashboard = later
        .get_as("/follow-ups", Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        dashboard.contains("Follow-up of Athens 2009"),
        "{dashboard}"
    );
    let public = later
        .get_as("/follow-ups", None)
        .await
        .text()
        .await
        .unwrap();
    assert!(!public.contains("Follow-up of Athens 2009"), "{public}");
}

/// A secretariat's follow-up in a spreadsheet: downloaded from `/follow-ups.csv`, a row's
/// status, progress and day changed, uploaded back as one contribution whose publication adds a
/// step to the entry's timeline and moves the programme's progress; a file with a bad row (an
/// unknown recommendation, progress 140, a day before the recommendation was made) is refused
/// row by row and changes nothing.
#[tokio::test]
async fn follow_up_goes_round_a_spreadsheet_through_moderation() {
    let s = server().await;
    let secretariat = s
        .person("sec@rabat.example", &["secretariat:rabat-process"])
        .await;
    let editor = s.person("ed@example.org", &["editor"]).await;
    let first = json!([{"date": "2010-06", "status": "under_way", "progress": 90}]);
    let (_, v) = propose(&s, &secretariat, area_entry(90, first)).await;
    publish(&s, &editor, v["id"].as_i64().unwrap()).await;
    assert_eq!(s.ok(PLAN).await["progress"], json!(15.0));
    let (status, _, csv) = s.text("/follow-ups.csv?forum=rabat-process").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    let edited = csv.replace(",under_way,90,2010-06,", ",completed,100,2011-12,");
    let upload = async |text: &str| {
        s.upload_api(
            "/api/v1/contributions/spreadsheet",
            &secretariat,
            &[
                ("title", "Follow-up, December 2011"),
                ("forum", "rabat-process"),
                ("submit", "true"),
            ],
            Some(("follow_ups.csv", text.as_bytes())),
        )
        .await
    };
    // Bad rows first: every one said with its line, nothing proposed.
    let row = edited.lines().nth(1).unwrap();
    let bad = [
        edited.lines().next().unwrap().to_owned(),
        row.replace("euro-african-2008-tycp.2.1", "euro-african-2008-tycp.9.9"),
        row.replace(",completed,100,2011-12,", ",under_way,140,2011-12,"),
        row.replace(",completed,100,2011-12,", ",completed,100,2001-01,"),
    ]
    .join("\r\n");
    let (status, v) = upload(&bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    let detail = v["detail"].as_str().unwrap();
    for said in [
        "line 2",
        "euro-african-2008-tycp.9.9",
        "line 3",
        "140",
        "line 4",
        "before the recommendation was made",
    ] {
        assert!(detail.contains(said), "{said}: {detail}");
    }
    let mine = contributions_of(&s, &secretariat).await;
    assert_eq!(mine["results"].as_array().unwrap().len(), 1, "{mine}");
    // The good file: one contribution, published, a second step on the timeline.
    let (status, v) = upload(&edited).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    publish(&s, &editor, v["id"].as_i64().unwrap()).await;
    let entry = s.ok("/api/v1/follow-ups/rabat-process:tycp:2.1").await;
    assert_eq!(entry["status"], "completed");
    assert_eq!(entry["updates"].as_array().unwrap().len(), 2, "{entry}");
    assert_eq!(entry["updates"][1]["date"], "2011-12");
    // One of track 2's two areas done: the track at 50 %.
    assert_eq!(
        s.ok("/api/v1/recommendations/euro-african-2008-tycp.2")
            .await["progress"],
        json!(50.0)
    );
    // Unchanged, it proposes nothing.
    let (_, _, again) = s.text("/follow-ups.csv?forum=rabat-process").await;
    let (status, v) = upload(&again).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
}

/// An editor sees the links Agora proposes on a recommendation's page (nobody else does),
/// confirms one (the later of the two now names the earlier: published, in the history and in
/// the "As previously recommended by" chain) and rejects another (never proposed again).
#[tokio::test]
async fn an_editor_confirms_or_rejects_proposed_links() {
    let s = server().await;
    let editor = s.person("ed@example.org", &["editor"]).await;
    let page = "/recommendations/bangkok-2009-cross-fertilisation-1";
    let public = s.get_as(page, None).await.text().await.unwrap();
    assert!(!public.contains("Likely related"), "{public}");
    let proposed = async || {
        let html = s.get_as(page, Some(&editor)).await.text().await.unwrap();
        html.split("name=\"other\" value=\"")
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
            .collect::<Vec<String>>()
    };
    let first = proposed().await;
    assert!(first.len() >= 2, "{first:?}");
    // Bangkok's other agreements of the same section are among them.
    assert!(
        first.iter().any(|id| id.starts_with("bangkok-2009-")),
        "{first:?}"
    );
    let decide = async |other: &str, decision: &str| {
        s.post_form(
            &format!("{page}/related"),
            Some(&editor),
            &format!("csrf={}&other={other}&decision={decision}", editor.csrf),
            &[],
        )
        .await
        .status()
    };
    let (linked, rejected) = (&first[0], &first[1]);
    assert_eq!(decide(linked, "builds_on").await, StatusCode::SEE_OTHER);
    // The later one (by date; this one when the days are the same) names the earlier.
    let this = s
        .ok("/api/v1/recommendations/bangkok-2009-cross-fertilisation-1")
        .await;
    let other = s.ok(&format!("/api/v1/recommendations/{linked}")).await;
    let link = |to: &str| json!([{"kind": "builds_on", "to": to}]);
    let (later, earlier) = if other["date"].as_str() > this["date"].as_str() {
        (other, this)
    } else {
        (this, other)
    };
    assert_eq!(
        later["related"],
        link(earlier["id"].as_str().unwrap()),
        "{later}"
    );
    let (_, _, chain) = s
        .text(&format!(
            "/recommendations/{}",
            later["id"].as_str().unwrap()
        ))
        .await;
    assert!(chain.contains("As previously recommended by"), "{chain}");
    assert_eq!(decide(rejected, "unrelated").await, StatusCode::SEE_OTHER);
    // Neither is proposed again.
    let again = proposed().await;
    assert!(
        !again.contains(linked) && !again.contains(rejected),
        "{again:?}"
    );
    // A bad decision is refused by name and changes nothing.
    assert_eq!(decide(&again[0], "maybe").await, StatusCode::BAD_REQUEST);
}

/// Fora declare their support for implementing a recommendation, alone or jointly: the
/// declaration shows on its page under the fora supporting it, apart from what was done, and
/// an entry's parts show under it.
#[tokio::test]
async fn support_declarations_and_nested_entries_show_on_the_page() {
    let s = server().await;
    let secretariat = s
        .person(
            "sec@rabat.example",
            &["secretariat:rabat-process", "secretariat:khartoum-process"],
        )
        .await;
    let editor = s.person("ed@example.org", &["editor"]).await;
    let support = json!({
        "id": "rabat-process:support:gfmd-2009-rt3.2-c",
        "recommendation": "gfmd-2009-rt3.2-c",
        "forum": "rabat-process",
        "actor": {"type": "forum", "id": "rabat-process"},
        "with": ["khartoum-process"],
        "kind": "support_declaration",
        "status": "under_way",
        "progress": 0,
        "start_date": "2015-11",
        "description": "The Rabat and Khartoum Processes will support implementing GFMD follow-up actions.",
        "updates": [{"date": "2015-11", "status": "under_way", "progress": 0}]
    });
    let (status, v) = propose(&s, &secretariat, support).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    publish(&s, &editor, v["id"].as_i64().unwrap()).await;
    let whole = json!({
        "id": "rabat-process:tycp:3.2",
        "recommendation": "euro-african-2008-tycp.3.2",
        "forum": "rabat-process",
        "actor": {"type": "forum", "id": "rabat-process"},
        "kind": "activity",
        "status": "under_way",
        "progress": 0,
        "description": "Civil registries",
        "evidence": [{"url": "https://www.rabat-process.org/en/", "note": "The process's site"}]
    });
    let mut part = whole.clone();
    part["id"] = json!("rabat-process:tycp:3.2:a");
    part["part_of"] = json!("rabat-process:tycp:3.2");
    part["progress"] = json!(80);
    part["description"] = json!("Registries digitised in two states");
    for record in [whole, part] {
        let (status, v) = propose(&s, &secretariat, record).await;
        assert_eq!(status, StatusCode::CREATED, "{v}");
        publish(&s, &editor, v["id"].as_i64().unwrap()).await;
    }
    let (_, _, page) = s.text("/recommendations/gfmd-2009-rt3.2-c").await;
    let support_at = page.find("Fora supporting its implementation").unwrap();
    let done_at = page.find("What was done").unwrap();
    let declared = page
        .find("will support implementing GFMD")
        .expect("the declaration");
    assert!(support_at < declared && declared < done_at, "{page}");
    assert!(page.contains("/fora/khartoum-process"), "{page}");
    let (_, _, page) = s.text("/recommendations/euro-african-2008-tycp.3.2").await;
    assert!(
        page.contains("Registries digitised in two states"),
        "{page}"
    );
    assert!(
        page.contains("id=\"follow-up-rabat-process:tycp:3.2:a\""),
        "{page}"
    );
    // The whole's progress is its part's.
    let v = s.ok("/api/v1/follow-ups/rabat-process:tycp:3.2").await;
    assert_eq!(v["computed_progress"], json!(80.0), "{v}");
}

/// A secretariat declares, through the page's form, its forum's support jointly with another
/// forum it speaks for: the mistakes of a first try are said beside their fields and change
/// nothing; the declaration goes to the editors and, once published, shows on the page.
#[tokio::test]
async fn a_secretariat_declares_joint_support_through_the_form() {
    let s = server().await;
    let rec = "/recommendations/gfmd-2009-rt3.2-e";
    let form = format!("{rec}/support");
    let secretariat = s
        .person(
            "sec@rabat.example",
            &["secretariat:rabat-process", "secretariat:khartoum-process"],
        )
        .await;
    let researcher = s.person("r@example.org", &["researcher"]).await;
    let editor = s.person("ed@example.org", &["editor"]).await;
    // The page offers the form to who may declare, and to nobody else.
    let page = s
        .get_as(rec, Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!("href=\"{form}\"")), "{page}");
    let (_, _, public) = s.text(rec).await;
    assert!(!public.contains(&form), "{public}");
    let page = s.get_as(rec, Some(&researcher)).await.text().await.unwrap();
    assert!(!page.contains(&form), "{page}");
    assert_eq!(s.get_as(&form, None).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        s.get_as(&form, Some(&researcher)).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.get_as("/recommendations/no-such/support", Some(&secretariat))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    // The form lists the fora the secretariat speaks for, and only those.
    let r = s.get_as(&form, Some(&secretariat)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = r.text().await.unwrap();
    assert!(page.contains("value=\"rabat-process\""), "{page}");
    assert!(page.contains("value=\"khartoum-process\""), "{page}");
    assert!(!page.contains("value=\"colombo-process\""), "{page}");
    // A first try: no words, a forum it may not speak for, a day to come, a bad address.
    let csrf = &secretariat.csrf;
    let r = s
        .post_form(
            &form,
            Some(&secretariat),
            &format!("csrf={csrf}&forum=rabat-process&with=colombo-process&status=planned&date=2099&description=&evidence=ftp%3A%2F%2Fx&then=submit"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = r.text().await.unwrap();
    for mistake in [
        "You may only declare support jointly with fora you may contribute for.",
        "A declaration cannot be dated in the future.",
        "Say what the forum declares.",
        "Give a web address starting with https://",
    ] {
        assert!(page.contains(mistake), "{mistake}: {page}");
    }
    let v = contributions_of(&s, &secretariat).await;
    assert_eq!(v["results"], json!([]), "{v}");
    // The declaration, jointly with the Khartoum Process.
    let r = s
        .post_form(
            &form,
            Some(&secretariat),
            &format!("csrf={csrf}&forum=rabat-process&with=khartoum-process&with=rabat-process&status=under_way&date=November+2015&description=The+Rabat+and+Khartoum+Processes+will+support+cross-fertilisation.&evidence=https%3A%2F%2Fwww.rabat-process.org%2Fen%2F&then=submit"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let to = r.headers()["location"].to_str().unwrap().to_owned();
    let n: i64 = to
        .trim_start_matches("/contributions/")
        .trim_end_matches("?sent=1")
        .parse()
        .unwrap();
    // Nothing shows before an editor publishes it.
    let (_, _, public) = s.text(rec).await;
    assert!(!public.contains("support cross-fertilisation"), "{public}");
    publish(&s, &editor, n).await;
    let (_, _, public) = s.text(rec).await;
    let support_at = public.find("Fora supporting its implementation").unwrap();
    let declared = public
        .find("support cross-fertilisation")
        .expect("the declaration");
    assert!(support_at < declared, "{public}");
    assert!(public.contains("/fora/khartoum-process"), "{public}");
    let v = s
        .ok("/api/v1/follow-ups/rabat-process:support:gfmd-2009-rt3.2-e")
        .await;
    assert_eq!(v["kind"], json!("support_declaration"), "{v}");
    assert_eq!(v["with"], json!(["khartoum-process"]), "{v}");
    assert_eq!(v["start_date"], json!("2015-11"), "{v}");
    assert_eq!(v["status"], json!("under_way"), "{v}");
    // Declared again (done now, no day given): the declaration changes, what it said before
    // stays in its timeline, and the new status is dated today.
    let r = s
        .post_form(
            &form,
            Some(&secretariat),
            &format!(
                "csrf={csrf}&forum=rabat-process&status=completed&description=Done.&then=submit"
            ),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let n: i64 = r.headers()["location"].to_str().unwrap()["/contributions/".len()..]
        .trim_end_matches("?sent=1")
        .parse()
        .unwrap();
    publish(&s, &editor, n).await;
    let v = s
        .ok("/api/v1/follow-ups/rabat-process:support:gfmd-2009-rt3.2-e")
        .await;
    assert_eq!(v["status"], json!("completed"), "{v}");
    assert_eq!(v["progress"], json!(100), "{v}");
    assert_eq!(v["start_date"], json!("2015-11"), "{v}");
    assert_eq!(v["with"], json!([]), "{v}");
    assert_eq!(
        v["evidence"][0]["url"],
        json!("https://www.rabat-process.org/en/"),
        "{v}"
    );
    let dates: Vec<&str> = v["updates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2015-11", "2026-11-27"], "{v}");
}
