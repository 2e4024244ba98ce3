//! Assessments of fora against their own objectives (issue 21), against the real server with
//! the built-in dataset: the Colombo Process assessed for 2003–2009 from opening to the
//! published report, through the API and the pages; the confidential interview notes swept for
//! over every GET route, searches and exports for every kind of viewer; a researcher not
//! assigned answered 404. Run on SQLite only: the store's part is covered on both backends by
//! the store's conformance suite.

mod cast;
#[path = "../common/mod.rs"]
mod common;
mod pdf;

use agora_core::document::DocVisibility;
use cast::*;
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

#[tokio::test]
async fn the_colombo_process_is_assessed_from_opening_to_a_published_report() {
    let s = server().await;
    let c = cast(&s).await;

    // Only editors open; mistakes are named and change nothing.
    let open = |who: &Person, body: Value| {
        let who = who.clone();
        let s = &s;
        async move {
            s.api(Method::POST, "/api/v1/assessments", Some(&who), Some(body))
                .await
        }
    };
    let body = json!({"forum": "colombo-process", "from": 2003, "to": 2009});
    let (status, _) = open(&c.researcher, body.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    for (bad, field) in [
        (
            json!({"forum": "no-such-forum", "from": 2003, "to": 2009}),
            "forum",
        ),
        (
            json!({"forum": "colombo-process", "from": 2009, "to": 2003}),
            "to",
        ),
        (
            json!({"forum": "colombo-process", "from": 1200, "to": 2003}),
            "from",
        ),
    ] {
        let (status, v) = open(&c.editor, bad).await;
        assert_eq!(
            (status, v["parameter"].as_str()),
            (StatusCode::BAD_REQUEST, Some(field)),
            "{v}"
        );
    }
    let n = opened(&s, &c).await;
    let (status, _) = open(&c.editor, body).await;
    assert_eq!(status, StatusCode::CONFLICT, "one per forum and period");
    let (status, v) = step(
        &s,
        &c.editor,
        json!({"step": "assign", "email": "sec@colombo.example"}),
    )
    .await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("email")),
        "only researchers are assigned: {v}"
    );

    // A researcher not assigned, and the public, find no draft.
    for who in [None, Some(&c.other_researcher)] {
        let (status, _) = s
            .api(Method::GET, &format!("/api/v1/assessments/{ID}"), who, None)
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let r = s.get_as(&format!("/assessments/{ID}"), who).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
    }
    let (status, _) = step(
        &s,
        &c.other_researcher,
        json!({"step": "method", "method": "m", "limits": "l"}),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "not assigned: as if it did not exist"
    );

    // The researcher records the objectives from the founding document.
    for (text, paragraph) in [
        (
            "Share experiences, lessons learned and best practices on overseas employment",
            2,
        ),
        (
            "Consult on issues faced by overseas workers and propose practical solutions",
            3,
        ),
    ] {
        let (status, v) = step(
            &s,
            &c.researcher,
            json!({"step": "objective", "text": text,
                   "document": "colombo-process-founding-2003", "paragraph": paragraph}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{v}");
    }
    s.document(
        "colombo-process-internal-note",
        "Internal note",
        DocVisibility::Confidential,
        FOUNDING,
    )
    .await;
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "objective", "text": "x", "document": "colombo-process-internal-note", "paragraph": 2}),
    )
    .await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("document")),
        "a public report cites only public documents: {v}"
    );
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "objective", "text": "x", "document": "colombo-process-founding-2003", "paragraph": 9}),
    )
    .await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("paragraph")),
        "{v}"
    );
    // Two outputs; one impact with evidence.
    for body in [
        json!({"step": "output", "kind": "meeting", "title": "Dhaka ministerial consultation",
               "meeting": "colombo-process-2011-dhaka", "objectives": [1, 2]}),
        json!({"step": "output", "kind": "training", "title": "Training of labour attachés",
               "date": "2006-05-01", "objectives": [2]}),
    ] {
        let (status, v) = step(&s, &c.researcher, body).await;
        assert_eq!(status, StatusCode::OK, "{v}");
    }
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "output", "kind": "training", "title": "x", "objectives": [7]}),
    )
    .await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("objectives[0]")),
        "{v}"
    );
    let impact = json!({"step": "impact", "state": "LKA", "change": "practice",
        "description": "Labour attachés posted to the Gulf after the consultations' training.",
        "objective": 2, "attribution": "documented", "judged_by": "The assessment's researchers",
        "evidence": [{"document": "colombo-process-founding-2003", "paragraph": 3}]});
    let (status, v) = step(&s, &c.researcher, impact.clone()).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let mut bad = impact.clone();
    bad["attribution"] = json!("certain");
    let (status, v) = step(&s, &c.researcher, bad).await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("attribution")),
        "{v}"
    );
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "rate", "dimension": "networks", "rating": "substantial",
               "evidence": "Officials of origin states met every year or two.", "confidence": "medium"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "method", "method": "Documents of the Process and interviews with officials.",
               "limits": "Few interviews; attribution rests on the Process's own documents."}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");

    // Two extracts of the interview: the interviewee approved one; only it is released.
    let text = notes();
    let (a, b) = range(&text, QUOTED);
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "extract", "interview": n, "start": a, "end": b, "approved": true}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (a2, b2) = range(&text, NOT_QUOTED);
    let (_, v) = step(
        &s,
        &c.researcher,
        json!({"step": "extract", "interview": n, "start": a2, "end": b2, "approved": false}),
    )
    .await;
    let unapproved = v["n"].as_i64().unwrap();
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "release", "interview": n, "extract": unapproved}),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "consent does not cover it: {v}"
    );
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "release", "interview": n, "extract": 1}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (status, _) = step(
        &s,
        &c.researcher,
        json!({"step": "release", "interview": n, "extract": 1}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "released already");
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "extract", "interview": n, "start": 10, "end": 9000, "approved": true}),
    )
    .await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("end")),
        "{v}"
    );

    // Two passages coded: one of the founding document, one of the notes.
    let (da, db) = range(
        FOUNDING,
        "share experiences, lessons learned and best practices",
    );
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "code", "document": "colombo-process-founding-2003", "lang": "en",
               "start": da, "end": db, "objectives": [1], "dimensions": ["understanding"], "stance": "for"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (na, nb) = range(&text, NOT_QUOTED);
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "code", "interview": n, "start": na, "end": nb,
               "dimensions": ["trust"], "stance": "against"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");

    // The researcher reads everything, the notes included; the editor and the secretariat
    // read the draft without them.
    let (_, v) = s
        .api(
            Method::GET,
            &format!("/api/v1/assessments/{ID}"),
            Some(&c.researcher),
            None,
        )
        .await;
    assert!(
        v["interviews"][0]["notes"]
            .as_str()
            .unwrap()
            .contains(NOTES_WORD),
        "{v}"
    );
    assert_eq!(v["interview_codes"][0]["quote"], NOT_QUOTED);
    assert_eq!(v["codes"][0]["paragraph"], 2, "{v}");
    for who in [&c.editor, &c.secretariat] {
        let (status, v) = s
            .api(
                Method::GET,
                &format!("/api/v1/assessments/{ID}"),
                Some(who),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let all = v.to_string();
        assert!(
            !all.contains(NOTES_WORD) && !all.contains(NOT_QUOTED),
            "{v}"
        );
        assert!(v["interviews"].is_null() && v["interview_codes"].is_null());
        assert_eq!(v["extracts"][0], QUOTED);
    }

    // The secretariat replies to the draft; nobody else may; the editor publishes.
    let reply = "The Process also trained recruitment regulators, which the draft omits.";
    let (status, _) = step(&s, &c.researcher, json!({"step": "reply", "text": reply})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, v) = step(&s, &c.secretariat, json!({"step": "reply", "text": reply})).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (status, _) = step(&s, &c.researcher, json!({"step": "publish"})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, v) = step(&s, &c.editor, json!({"step": "publish"})).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (status, _) = step(
        &s,
        &c.researcher,
        json!({"step": "method", "method": "m", "limits": "l"}),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a published report no longer changes"
    );

    // The public report: the released extract without a name, nothing else of the notes.
    let (status, _, page) = s.text(&format!("/assessments/{ID}")).await;
    assert_eq!(status, StatusCode::OK);
    for shown in [
        QUOTED,
        "Share experiences, lessons learned",
        "Dhaka ministerial consultation",
        "Labour attachés posted to the Gulf",
        "share experiences, lessons learned and best practices",
        reply,
        "/library/colombo-process-founding-2003#p-en-2",
    ] {
        assert!(
            page.contains(&shown.replace('\'', "&#39;")),
            "{shown} on the report"
        );
    }
    for hidden in [
        NOTES_WORD,
        NOT_QUOTED,
        "Official of a ministry of labour",
        "r1@uni.example",
    ] {
        assert!(!page.contains(hidden), "{hidden} is not on the report");
    }
    let (_, v) = s
        .api(
            Method::GET,
            &format!("/api/v1/assessments/{ID}"),
            None,
            None,
        )
        .await;
    assert_eq!(v["status"], "published");
    assert_eq!(v["extracts"], json!([QUOTED]));
    assert!(
        v["history"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["actor"].is_null())
    );
    let (_, v) = s.api(Method::GET, "/api/v1/assessments", None, None).await;
    assert_eq!(v["results"][0]["id"], ID);
    let (status, _, page) = s.text("/ar/assessments").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!("/assessments/{ID}")));
}

#[tokio::test]
async fn a_withdrawn_interview_leaves_only_the_fact_that_it_was_withdrawn() {
    let s = server().await;
    let c = cast(&s).await;
    let n = opened(&s, &c).await;
    let text = notes();
    let (a, b) = range(&text, QUOTED);
    step(
        &s,
        &c.researcher,
        json!({"step": "extract", "interview": n, "start": a, "end": b, "approved": true}),
    )
    .await;
    step(
        &s,
        &c.researcher,
        json!({"step": "release", "interview": n, "extract": 1}),
    )
    .await;
    step(
        &s,
        &c.researcher,
        json!({"step": "code", "interview": n, "start": a, "end": b,
        "dimensions": ["networks"], "stance": "for"}),
    )
    .await;
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "withdraw", "interview": n}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (_, v) = s
        .api(
            Method::GET,
            &format!("/api/v1/assessments/{ID}"),
            Some(&c.researcher),
            None,
        )
        .await;
    assert_eq!(v["interviews_held"], 1);
    assert_eq!(v["interviews_withdrawn"], 1);
    assert!(v["interviews"][0]["withdrawn_at"].is_string());
    assert!(v["interviews"][0]["notes"].is_null());
    assert_eq!(v["interview_codes"], json!([]));
    assert_eq!(v["extracts"], json!([]));
    assert!(!v.to_string().contains("phone"), "{v}");
    let (status, _) = step(
        &s,
        &c.researcher,
        json!({"step": "withdraw", "interview": n}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "withdrawn already");
    let (status, _) = step(
        &s,
        &c.researcher,
        json!({"step": "release", "interview": n, "extract": 1}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// Every GET route with the assessment's id, and searches for each word, in English and Arabic.
fn sweep(words: &[&str]) -> Vec<String> {
    let report = format!("/assessments/{ID}");
    let paths = get_routes(
        |_| true,
        &[
            ("/assessments/{id}", &report),
            ("{file}", "practices.csv"),
            ("{code}", "LKA"),
            ("/library/{id}", "/library/colombo-process-founding-2003"),
        ],
    );
    with_searches_in_arabic(
        paths,
        words,
        &[
            "/search",
            "/api/v1/search",
            "/search.atom",
            "/api/v1/documents",
        ],
    )
}

#[tokio::test]
async fn interview_notes_reach_no_one_but_the_assigned_researchers() {
    let s = server().await;
    let c = cast(&s).await;
    let n = opened(&s, &c).await;
    let text = notes();
    let (a, b) = range(&text, NOT_QUOTED);
    step(
        &s,
        &c.researcher,
        json!({"step": "code", "interview": n, "start": a, "end": b,
        "dimensions": ["trust"], "stance": "against"}),
    )
    .await;
    let viewers = [
        None,
        Some(s.person("nobody@example.org", &[]).await),
        Some(c.other_researcher.clone()),
        Some(c.editor.clone()),
        Some(c.secretariat.clone()),
        Some(
            s.person(
                "sec@soderkoping.example",
                &["secretariat:soderkoping-process"],
            )
            .await,
        ),
        Some(s.person("fp@lk.example", &["focal_point:LKA"]).await),
        Some(s.person("admin@example.org", &["admin"]).await),
    ];
    let admin = viewers[7].as_ref().unwrap().id;
    let check = |stage: &'static str| {
        let s = &s;
        let viewers = &viewers;
        let editor_id = c.editor.id;
        async move {
            let mut seen = Vec::new();
            for path in sweep(&[NOTES_WORD, "distrusted"]) {
                for who in viewers {
                    let body = readable(s.get_as(&path, who.as_ref()).await).await;
                    // A search page repeats what was asked: there, no result may name it.
                    let asked = path.contains(&format!("q={NOTES_WORD}"));
                    if asked && body.contains(ID) {
                        seen.push(format!("{stage} {path}: a result"));
                    }
                    // Editors know who the researchers are; nobody but them reads the notes, what
                    // is known of the interviewee, or the extracts not released.
                    let editor = who
                        .as_ref()
                        .is_some_and(|p| p.id == editor_id || p.id == admin);
                    let researcher = (!editor).then_some("r1@uni.example");
                    for word in [NOTES_WORD, NOT_QUOTED, "Official of a ministry of labour"]
                        .into_iter()
                        .chain(researcher)
                    {
                        if !(asked && word == NOTES_WORD) && body.contains(word) {
                            seen.push(format!(
                                "{stage} {path} {:?}: {word}",
                                who.as_ref().map(|p| p.id)
                            ));
                        }
                    }
                }
            }
            assert!(seen.is_empty(), "{seen:#?}");
        }
    };
    check("draft").await;
    // The assigned researcher does read them: the sweep would see them.
    let page = s
        .get_as(&format!("/assessments/{ID}"), Some(&c.researcher))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(NOTES_WORD) && page.contains(NOT_QUOTED));
    step(
        &s,
        &c.researcher,
        json!({"step": "objective", "text": "Share experiences",
        "document": "colombo-process-founding-2003", "paragraph": 2}),
    )
    .await;
    let (status, v) = step(&s, &c.editor, json!({"step": "publish"})).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    check("published").await;
}

/// Every GET route without its own assessment, as the anonymous public asks it.
fn lists() -> Vec<String> {
    get_routes(
        |t| !t.contains("assessments"),
        &[("{file}", "fora.csv"), ("{code}", "LKA")],
    )
}

#[tokio::test]
async fn no_list_of_fora_is_sorted_or_filtered_by_what_an_assessment_found() {
    let s = server().await;
    let c = cast(&s).await;
    // No route takes a sort or a filter by assessment data: each such parameter is refused
    // (or, on the few routes that take no parameters at all, changes nothing).
    let mut wrong = Vec::new();
    for path in lists() {
        let (status, _, plain) = s.text(&path).await;
        // A page that differs between two identical requests (a fresh form token) is judged
        // by its status alone.
        let steady = s.text(&path).await.2 == plain;
        for q in [
            "sort=rating",
            "sort=assessment",
            "sort=-impacts",
            "rating=substantial",
            "dimension=trust",
            "attribution=corroborated",
            "assessment=colombo-process-2003-2009",
        ] {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (got, _, body) = s.text(&format!("{path}{sep}{q}")).await;
            if !got.is_success() {
                continue;
            }
            // The page may repeat its own address (its links to other languages).
            let body = body
                .replace(&format!("?{q}"), "")
                .replace(&format!("&amp;{q}"), "")
                .replace(&format!("&{q}"), "");
            if got != status || (steady && body != plain) {
                wrong.push(format!("{path}{sep}{q}: {got}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");

    // Every list answers in the same order after an assessment rates a forum highly: its
    // findings reach no list but the assessments' own. (Pages that differ between two identical
    // requests, a fresh form token, cannot be compared; the assessed forum's own page links its
    // assessments: the forum compared with itself.)
    let own = "/fora/colombo-process";
    let before = {
        let mut all = Vec::new();
        for path in lists() {
            let body = s.text(&path).await.2;
            if path != own && s.text(&path).await.2 == body {
                all.push((path.clone(), body));
            }
        }
        all
    };
    opened(&s, &c).await;
    for body in [
        json!({"step": "objective", "text": "Share experiences", "document": "colombo-process-founding-2003", "paragraph": 2}),
        json!({"step": "rate", "dimension": "governance", "rating": "substantial", "evidence": "e", "confidence": "high"}),
        json!({"step": "impact", "state": "LKA", "change": "law", "description": "A law", "objective": 1,
               "attribution": "corroborated", "judged_by": "r", "evidence": [{"url": "https://example.org/law"}]}),
    ] {
        let (status, v) = step(&s, &c.researcher, body).await;
        assert_eq!(status, StatusCode::OK, "{v}");
    }
    let (status, v) = step(&s, &c.editor, json!({"step": "publish"})).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let mut changed = Vec::new();
    for (path, body) in before {
        if s.text(&path).await.2 != body {
            changed.push(path);
        }
    }
    assert!(changed.is_empty(), "{changed:#?}");
    let (_, _, page) = s.text(own).await;
    assert!(
        page.contains(&format!("/assessments/{ID}")),
        "the forum's page links its report"
    );
}

#[tokio::test]
async fn an_interviewee_who_withdraws_after_publication_leaves_the_public_report() {
    let s = server().await;
    let c = cast(&s).await;
    let n = opened(&s, &c).await;
    let text = notes();
    let (a, b) = range(&text, QUOTED);
    for body in [
        json!({"step": "extract", "interview": n, "start": a, "end": b, "approved": true}),
        json!({"step": "release", "interview": n, "extract": 1}),
        json!({"step": "objective", "text": "Share experiences", "document": "colombo-process-founding-2003", "paragraph": 2}),
    ] {
        let (status, v) = step(&s, &c.researcher, body).await;
        assert_eq!(status, StatusCode::OK, "{v}");
    }
    let (status, _) = step(&s, &c.editor, json!({"step": "publish"})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = step(
        &s,
        &c.editor,
        json!({"step": "assign", "email": "r2@uni.example"}),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "nobody is assigned to a published report"
    );
    // The public reads the extract (and the page is kept for the public)...
    assert!(
        s.text(&format!("/assessments/{ID}"))
            .await
            .2
            .contains(QUOTED)
    );
    assert!(
        s.text(&format!("/ar/assessments/{ID}"))
            .await
            .2
            .contains(QUOTED)
    );
    // ...until the interviewee withdraws: their words leave the report at once.
    let (status, v) = step(
        &s,
        &c.researcher,
        json!({"step": "withdraw", "interview": n}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    for path in [
        format!("/assessments/{ID}"),
        format!("/ar/assessments/{ID}"),
    ] {
        let (_, _, page) = s.text(&path).await;
        assert!(!page.contains(QUOTED), "{path}");
    }
    let (_, v) = s
        .api(
            Method::GET,
            &format!("/api/v1/assessments/{ID}"),
            None,
            None,
        )
        .await;
    assert_eq!(
        (v["extracts"].clone(), v["interviews_withdrawn"].clone()),
        (json!([]), json!(1))
    );
    // The public history tells nothing of the interviews: the report's counts do.
    let events: Vec<&str> = v["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["opened", "objective", "published"]);
}
