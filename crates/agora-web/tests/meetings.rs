//! Meetings (issue 16): the calendar, a meeting's page, a forum's meetings and the API, against
//! the real server with the built-in dataset and meetings. Run on SQLite only: the store's part
//! (the generic write of a declared kind) is the same code on both backends.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

#[tokio::test]
async fn the_calendar_shows_the_meetings_the_paper_names() {
    let s = server().await;
    let (status, _, page) = s.text("/meetings?year=2009").await;
    assert_eq!(status, StatusCode::OK);
    for title in [
        "Second Global Meeting of Chairs and Secretariats of RCPs",
        "Third Meeting of the Global Forum on Migration and Development",
        "Roundtable 3, session 3.2",
    ] {
        assert!(
            page.contains(title),
            "{title} missing from the 2009 calendar: {page}"
        );
    }
    // Latest first: Athens (November) before Bangkok (June).
    let athens = page.find("Third Meeting of the Global Forum").unwrap();
    let bangkok = page.find("Second Global Meeting of Chairs").unwrap();
    assert!(athens < bangkok);
    assert!(
        page.contains(r#"<time datetime="2009-06-04">4 June 2009 – 5 June 2009</time>"#),
        "{page}"
    );

    let (_, _, athens) = s.text("/meetings/gfmd-2009-athens").await;
    assert!(athens.contains(r#"href="/meetings/gfmd-2009-athens-rt-3-2""#));
    assert!(athens.contains("Athens, Greece"));
    let (_, _, rt) = s.text("/meetings/gfmd-2009-athens-rt-3-2").await;
    assert!(rt.contains(r#"href="/meetings/gfmd-2009-athens""#));
    assert!(rt.contains("Australia"), "a co-chair");

    let (_, _, bangkok) = s.text("/meetings/global-rcp-meeting-2009-bangkok").await;
    let ld = between(&bangkok, r#"<script type="application/ld+json">"#, '<');
    let ld: serde_json::Value = serde_json::from_str(&ld).unwrap();
    assert_eq!(ld["@type"], "Event");
    assert_eq!(ld["startDate"], "2009-06-04");
    assert_eq!(ld["location"]["address"]["addressCountry"], "THA");
    assert_eq!(ld["eventStatus"], "https://schema.org/EventScheduled");
    for forum in [
        "/fora/soderkoping-process",
        "/fora/igc",
        "/fora/bali-process",
    ] {
        assert!(bangkok.contains(forum), "{forum} took part in Bangkok");
    }

    let (_, _, soderkoping) = s.text("/fora/soderkoping-process").await;
    assert!(soderkoping.contains("Söderköping Process High Level Meeting"));
    assert!(soderkoping.contains(r#"href="/meetings?forum=soderkoping-process""#));

    // Meetings are found by search, under their own facet and kinds.
    let (_, _, found) = s.text("/search?q=Bangkok").await;
    assert!(found.contains(r#"href="/meetings/global-rcp-meeting-2009-bangkok""#));
    assert!(found.contains(">Meetings</a>"), "the type facet");
    assert!(
        found.contains("Global meeting of RCPs"),
        "the kind, in words"
    );

    // In French, the kinds and dates are French; the titles stay English, marked so.
    let (_, _, fr) = s.text("/fr/meetings/global-rcp-meeting-2009-bangkok").await;
    assert!(fr.contains("4 juin 2009"), "{fr}");
    assert!(
        fr.contains(r#"<span lang="en">Second Global Meeting"#),
        "{fr}"
    );
}

#[tokio::test]
async fn the_calendar_filters_and_refuses_bad_filters() {
    let s = server().await;
    let (_, _, page) = s
        .text("/meetings?forum=global-rcp-meeting&year=2009&state=&kind=&when=")
        .await;
    assert!(page.contains("1 meeting"), "{page}");
    let (_, _, page) = s.text("/meetings?q=SODERKOPING").await;
    assert!(page.contains("Söderköping Process High Level Meeting"));
    let (_, _, page) = s.text("/meetings?state=THA").await;
    assert!(page.contains("2 meetings"), "{page}");
    let (_, _, page) = s.text("/meetings?when=upcoming").await;
    assert!(page.contains("No meeting matches"), "{page}");
    for (query, says) in [
        ("forum=nope", "there is no forum &#39;nope&#39;"),
        ("state=XYZ", "unknown area code &#39;XYZ&#39;"),
        ("kind=party", "party"),
        ("year=99", "99"),
        ("when=soon", "soon"),
        ("colour=blue", "colour"),
    ] {
        let (status, _, body) = s.text(&format!("/meetings?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert!(body.contains(says), "{query}: {body}");
    }
    let (status, _, _) = s.text("/meetings/no-such-meeting").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_api_lists_meetings_page_by_page() {
    let s = server().await;
    let all = s.ok("/api/v1/meetings?limit=500").await;
    let total = all["total"].as_u64().unwrap() as usize;
    assert_eq!(all["results"].as_array().unwrap().len(), total);
    assert!(total >= 39, "{total}");
    let mut seen = Vec::new();
    let mut next = Some("/api/v1/meetings?limit=7".to_owned());
    while let Some(path) = next {
        let page = s.ok(&path).await;
        assert_eq!(page["total"].as_u64().unwrap() as usize, total);
        for m in page["results"].as_array().unwrap() {
            seen.push(m["id"].as_str().unwrap().to_owned());
        }
        next = page["next_cursor"]
            .as_str()
            .map(|c| format!("/api/v1/meetings?limit=7&cursor={c}"));
    }
    let ids: Vec<&str> = all["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(seen, ids, "paging visits every meeting once, in order");

    let bangkok = s
        .ok("/api/v1/meetings/global-rcp-meeting-2009-bangkok")
        .await;
    assert_eq!(bangkok["classification"], "global_rcp_meeting");
    assert_eq!(bangkok["start_date"], "2009-06-04");
    assert_eq!(bangkok["participants"].as_array().unwrap().len(), 13);
    assert_eq!(bangkok["hosts"][0]["id"], "THA");
    let thailand = s.ok("/api/v1/meetings?state=THA&year=2009").await;
    assert_eq!(thailand["total"], 2);
    let (status, problem) = s.json("/api/v1/meetings?kind=").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let (status, _) = s.json("/api/v1/meetings/nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// A meeting whose outcome document is for its participants only: only they see the link.
#[tokio::test]
async fn a_participants_only_outcome_document_is_shown_only_to_its_participants() {
    let s = server().await;
    s.document(
        "colombo-canary-outcome",
        "Canary outcome of the senior officials",
        agora_core::document::DocVisibility::Participants {
            forum: "colombo-process".parse().unwrap(),
            public_from: None,
        },
        "For the participants only.",
    )
    .await;
    let meeting = json!({
        "id": "colombo-process-2026-colombo",
        "fora": ["colombo-process"],
        "titles": {"en": "Senior Officials' Meeting of the Colombo Process"},
        "kind": "senior_officials",
        "start_date": "2026-03-02",
        "city": "Colombo",
        "country": "LKA",
        "documents": ["colombo-canary-outcome"],
        "status": "held",
        "sources": [{"url": "https://www.colomboprocess.org/"}],
        "verification": "unverified"
    });
    write_meetings(s.store.as_ref(), &[meeting]).await;
    let secretariat = s
        .person("secretariat@example.org", &["secretariat:colombo-process"])
        .await;
    let outsider = s
        .person("outsider@example.org", &["secretariat:soderkoping-process"])
        .await;
    let page = "/meetings/colombo-process-2026-colombo";
    let api = "/api/v1/meetings/colombo-process-2026-colombo";
    for who in [None, Some(&outsider)] {
        let body = s.get_as(page, who).await.text().await.unwrap();
        assert!(body.contains("Senior Officials"), "{body}");
        assert!(!body.contains("Canary outcome"), "{body}");
        assert!(!body.contains("colombo-canary-outcome"));
        let (_, v) = s.api(Method::GET, api, who, None).await;
        assert_eq!(v["documents"], json!([]), "{v}");
        let (_, v) = s
            .api(
                Method::GET,
                "/api/v1/meetings?forum=colombo-process",
                who,
                None,
            )
            .await;
        assert!(!v.to_string().contains("colombo-canary-outcome"));
    }
    let body = s
        .get_as(page, Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        body.contains("Canary outcome of the senior officials"),
        "{body}"
    );
    let (_, v): (StatusCode, Value) = s.api(Method::GET, api, Some(&secretariat), None).await;
    assert_eq!(v["documents"], json!(["colombo-canary-outcome"]));
}
