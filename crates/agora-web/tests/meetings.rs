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
    // Its city marked on the project's own map, from the gazetteer; credited.
    assert!(
        bangkok.contains(r#"<img src="/meetings/global-rcp-meeting-2009-bangkok/map.svg""#),
        "{bangkok}"
    );
    assert!(bangkok.contains("GeoNames"));
    let map = s
        .get("/meetings/global-rcp-meeting-2009-bangkok/map.svg")
        .await;
    assert_eq!(map.headers()["content-type"], "image/svg+xml");
    let map = map.text().await.unwrap();
    let cx: f64 = between(&map, r#"<circle cx=""#, '"').parse().unwrap();
    let cy: f64 = between(&map, r#"" cy=""#, '"').parse().unwrap();
    // Bangkok (100.5 E, 13.75 N) on the 960 x 499 Natural Earth view box: east of the middle,
    // a little north of the equator.
    assert!(
        (700.0..760.0).contains(&cx) && (200.0..240.0).contains(&cy),
        "{cx} {cy}"
    );
    assert!(map.contains("<title>Bangkok, Thailand</title>"));
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

    // Each party's meetings as a timeline, a year at a time, saying how it took part: a state
    // hosted, an organisation attended, a forum was invited to another's meeting.
    let (_, _, thailand) = s.text("/areas/THA").await;
    let y2009 = between(&thailand, "<h3>2009</h3>", '!');
    assert!(
        y2009.contains(r#"href="/meetings/global-rcp-meeting-2009-bangkok""#),
        "{thailand}"
    );
    let (_, _, iom) = s.text("/organisations/iom").await;
    assert!(
        iom.contains(r#"href="/meetings/gfmd-2009-athens-rt-3-2""#),
        "{iom}"
    );
    assert!(iom.contains("(participant)"), "{iom}");
    let (_, _, bali) = s.text("/fora/bali-process").await;
    let bangkok_line = between(
        &bali,
        r#"href="/meetings/global-rcp-meeting-2009-bangkok""#,
        '\n',
    );
    assert!(bangkok_line.contains("(participant)"), "{bangkok_line}");
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
        ("view=month&month=2027-13", "is not a month"),
        ("view=month&month=2027", "is not a month"),
        ("view=week", "week"),
    ] {
        let (status, _, body) = s.text(&format!("/meetings?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert!(body.contains(says), "{query}: {body}");
    }
    let (status, _, _) = s.text("/meetings/no-such-meeting").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The month view: a week a row from Monday, each day its meetings; the months around it keep
/// the filters; meetings whose days are unknown are listed below.
#[tokio::test]
async fn the_month_view_shows_each_day_its_meetings() {
    let s = server().await;
    let (status, _, page) = s.text("/meetings?view=month&month=2009-06").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<caption>June 2009</caption>"), "{page}");
    assert!(page.contains(r#"<abbr title="Monday">"#));
    // 1 June 2009 was a Monday: no blank day before it.
    let grid = between(&page, "<tbody>", '!');
    let first_row = between(&grid, "<tr>", '\n');
    assert!(
        first_row.starts_with(r#"<td class="free"><time datetime="2009-06-01""#),
        "{first_row}"
    );
    // Bangkok, 4-5 June: on both days, on neither side of them.
    let bangkok = r#"href="/meetings/global-rcp-meeting-2009-bangkok""#;
    for (day, held) in [("03", false), ("04", true), ("05", true), ("06", false)] {
        let cell = between(&page, &format!(r#"datetime="2009-06-{day}""#), '\n');
        let cell = page[page.find(&cell).unwrap()..]
            .split("</td>")
            .next()
            .unwrap()
            .to_owned();
        assert_eq!(cell.contains(bangkok), held, "{day}: {cell}");
    }
    assert!(page.contains(r#"href="/meetings?view=month&#38;month=2009-05""#));
    assert!(page.contains(r#"href="/meetings?view=month&#38;month=2009-07""#));
    // The filters go with it; a forum that met elsewhere that month leaves the days empty.
    let (_, _, gfmd) = s
        .text("/meetings?view=month&month=2009-06&forum=gfmd")
        .await;
    assert!(!gfmd.contains(bangkok));
    assert!(
        gfmd.contains("forum=gfmd&#38;view=month&#38;month=2009-07"),
        "{gfmd}"
    );
    // In Arabic, the days of the week and the month in Arabic.
    let (_, _, ar) = s.text("/ar/meetings?view=month&month=2009-06").await;
    assert!(ar.contains("يونيو"), "{ar}");
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

/// The number of the contribution a form proposed, from where it sent the browser.
fn proposed(r: &reqwest::Response) -> i64 {
    let to = r.headers()["location"].to_str().unwrap();
    between(to, "/contributions/", '?').parse().unwrap()
}

/// The form's fields for a new meeting, as a browser posts them (`documents` may repeat).
fn meeting_form(csrf: &str, fields: &[(&str, &str)]) -> String {
    let mut pairs = vec![("csrf", csrf), ("meeting", "new")];
    pairs.extend_from_slice(fields);
    serde_urlencoded::to_string(&pairs).unwrap()
}

/// A secretariat proposes its forum's meeting with an outcome document through the form; its
/// mistakes are said beside their fields; a joint meeting with a forum it does not contribute
/// for is refused; an editor publishes it; it is on the calendar, the forum's page and `.ics`;
/// a correction starts from the meeting as it is.
#[tokio::test]
async fn a_secretariat_proposes_a_meeting_through_the_form() {
    let s = server().await;
    s.document(
        "colombo-som-2027-report",
        "Report of the Senior Officials' Meeting, Dhaka",
        agora_core::document::DocVisibility::Public,
        "The senior officials met in Dhaka.",
    )
    .await;
    let (secretariat, editor) = s.secretariat_and_editor().await;
    let path = "/fora/colombo-process/meetings/propose";

    // Only who contributes for the forum opens the form; it offers the forum's documents.
    assert_eq!(s.get_as(path, None).await.status(), StatusCode::SEE_OTHER);
    let outsider = s
        .person("outsider@example.org", &["secretariat:soderkoping-process"])
        .await;
    assert_eq!(
        s.get_as(path, Some(&outsider)).await.status(),
        StatusCode::FORBIDDEN
    );
    let form = s.get_as(path, Some(&secretariat)).await;
    assert_eq!(form.status(), StatusCode::OK);
    let form = form.text().await.unwrap();
    assert!(
        form.contains(r#"value="colombo-som-2027-report""#),
        "{form}"
    );
    let forum = s
        .get_as("/fora/colombo-process", Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    assert!(forum.contains(r#"href="/fora/colombo-process/meetings/propose""#));

    // Mistakes: each beside its field, what was typed kept, nothing proposed.
    let bad = meeting_form(
        &secretariat.csrf,
        &[
            ("title_en", "Senior Officials' Meeting, Dhaka"),
            ("kind_of_meeting", "summit"),
            ("status", ""),
            ("start_date", "31 February 2027"),
            ("start_time", "25:00"),
            ("time_zone", "Mars/Olympus Mons"),
            ("country", "Atlantis"),
            ("also_held_by", "Söderköping Process"),
            ("observers", "Japan"),
            ("guests", "Japan"),
            ("then", "submit"),
        ],
    );
    let r = s.post_form(path, Some(&secretariat), &bad, &[]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = r.text().await.unwrap();
    for (field, words) in [
        (
            "kind_of_meeting",
            "choose one of the kinds of meeting offered",
        ),
        ("status", "choose one of the statuses offered"),
        ("start_date", "cannot be read as a date"),
        ("start_time", "cannot be read as a time of day"),
        ("time_zone", "is not a time zone we know"),
        ("country", "Atlantis"),
        (
            "also_held_by",
            "you do not contribute for Söderköping Process",
        ),
        ("guests", "Japan is named in two roles"),
        ("source_url", "a meeting needs a source"),
    ] {
        let error = between(&page, &format!(r#"id="{field}-error">"#), '<');
        assert!(
            page.contains(&format!(r#"id="{field}-error""#)) && page.contains(words),
            "{field}: {words} in {error:?}: {page}"
        );
    }
    assert!(
        page.contains(r#"value="Senior Officials&#x27;"#) || page.contains("Senior Officials&#39;")
    );
    let (_, mine) = s
        .api(
            Method::GET,
            "/api/v1/contributions",
            Some(&secretariat),
            None,
        )
        .await;
    assert_eq!(mine["results"].as_array().map(Vec::len), Some(0), "{mine}");

    // The meeting proposed, with its outcome document.
    let good = meeting_form(
        &secretariat.csrf,
        &[
            ("title_en", "Senior Officials' Meeting, Dhaka"),
            ("title_fr", "Réunion des hauts fonctionnaires, Dacca"),
            ("kind_of_meeting", "senior_officials"),
            ("status", "scheduled"),
            ("start_date", "9 March 2027"),
            ("end_date", "10 March 2027"),
            ("start_time", "9:00"),
            ("end_time", "17:30"),
            ("time_zone", "Asia/Dhaka"),
            ("city", "Dhaka"),
            ("country", "Bangladesh"),
            ("chairs", "Chair of the Colombo Process"),
            ("participants", "Bangladesh\nSri Lanka"),
            ("observers", "International Organization for Migration"),
            ("agenda", "Skills recognition\nRecruitment costs"),
            ("documents", "colombo-som-2027-report"),
            ("source_url", "https://www.colomboprocess.org/"),
            ("comment", "From the chair's letter."),
            ("then", "submit"),
        ],
    );
    let r = s.post_form(path, Some(&secretariat), &good, &[]).await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let n = proposed(&r);
    let (_, c) = s
        .api(
            Method::GET,
            &format!("/api/v1/contributions/{n}"),
            Some(&secretariat),
            None,
        )
        .await;
    assert_eq!(c["entity"], "meeting", "{c}");
    assert_eq!(c["title"], "Senior Officials' Meeting, Dhaka");
    // Not public before an editor publishes it.
    let id = "colombo-process-2027-dhaka";
    assert_eq!(
        s.get(&format!("/meetings/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    publish(&s, &editor, n).await;
    let (status, m) = s.json(&format!("/api/v1/meetings/{id}")).await;
    assert_eq!(status, StatusCode::OK, "{m}");
    assert_eq!(m["organization_ids"], json!(["colombo-process"]));
    assert_eq!(m["country"], "BGD");
    assert_eq!(m["start_date"], "2027-03-09");
    assert_eq!(m["documents"], json!(["colombo-som-2027-report"]));
    assert_eq!(m["titles"]["fr"], "Réunion des hauts fonctionnaires, Dacca");
    let (_, _, calendar) = s.text("/meetings?year=2027").await;
    assert!(
        calendar.contains(&format!(r#"href="/meetings/{id}""#)),
        "{calendar}"
    );
    let (_, _, page) = s.text(&format!("/meetings/{id}")).await;
    assert!(page.contains(r#"href="/documents/colombo-som-2027-report""#));
    assert!(page.contains("International Organization for Migration"));
    assert!(page.contains("09:00–17:30 (Asia/Dhaka)"), "{page}");
    let ld = between(&page, r#"<script type="application/ld+json">"#, '<');
    let ld: Value = serde_json::from_str(&ld).unwrap();
    assert_eq!(ld["startDate"], "2027-03-09T09:00+06:00");
    assert_eq!(m["start_time"], "09:00");
    assert_eq!(m["time_zone"], "Asia/Dhaka");
    // The document's page links back to the meeting it came out of.
    let (_, _, doc) = s.text("/documents/colombo-som-2027-report").await;
    assert!(
        doc.contains(&format!(r#"<a href="/meetings/{id}">"#)),
        "{doc}"
    );
    let (_, _, ics) = s.text("/fora/colombo-process/meetings.ics").await;
    assert!(ics.contains(&format!("/meetings/{id}")), "{ics}");
    // Its times in UTC: Dhaka is six hours ahead.
    assert!(ics.contains("DTSTART:20270309T030000Z"), "{ics}");
    assert!(ics.contains("DTEND:20270310T113000Z"), "{ics}");

    // A correction starts from the meeting as published.
    let page = s
        .get_as(&format!("/meetings/{id}"), Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    let correct = format!("{path}?meeting={id}");
    assert!(page.contains(&correct.replace('&', "&amp;")), "{page}");
    let form = s
        .get_as(&correct, Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    assert!(form.contains(r#"<option value="senior_officials" selected>"#));
    assert!(form.contains(">Bangladesh\nSri Lanka</textarea>"), "{form}");
    assert!(form.contains(r#"value="colombo-som-2027-report" checked"#));
    // Corrected as a draft (cancelled), then revised (postponed) before it is sent.
    let mut fields: Vec<(String, String)> = serde_urlencoded::from_str(&good).unwrap();
    for (k, v) in fields.iter_mut() {
        match k.as_str() {
            "meeting" => *v = id.to_owned(),
            "status" => *v = "cancelled".into(),
            "then" => *v = "draft".into(),
            _ => {}
        }
    }
    let body = serde_urlencoded::to_string(&fields).unwrap();
    let r = s.post_form(path, Some(&secretariat), &body, &[]).await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let n = proposed(&r);
    let edit = format!("/contributions/{n}/edit");
    let form = s
        .get_as(&edit, Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        form.contains(r#"<option value="cancelled" selected>"#),
        "{form}"
    );
    assert!(form.contains(&format!(r#"action="{edit}""#)));
    for (k, v) in fields.iter_mut() {
        if k == "status" {
            *v = "postponed".into();
        }
    }
    let body = serde_urlencoded::to_string(&fields).unwrap();
    let r = s.post_form(&edit, Some(&secretariat), &body, &[]).await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let (_, c) = s
        .api(
            Method::GET,
            &format!("/api/v1/contributions/{n}"),
            Some(&secretariat),
            None,
        )
        .await;
    assert_eq!(c["proposed"]["status"], "postponed", "{c}");
    assert_eq!(c["proposed"]["id"], id);

    // Another forum's meeting is not this forum's to correct.
    assert_eq!(
        s.get_as(
            &format!("{path}?meeting=gfmd-2009-athens"),
            Some(&secretariat)
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
}

/// A joint meeting: proposed by someone who contributes for both fora, listed in both fora's
/// feeds once published. The rules of the record (times without their time zone) are said beside
/// their field. A document the proposer may not see is answered as one that does not exist.
#[tokio::test]
async fn a_joint_meeting_is_proposed_by_someone_who_contributes_for_both() {
    let s = server().await;
    let both = s
        .person(
            "both@example.org",
            &[
                "secretariat:colombo-process",
                "secretariat:abu-dhabi-dialogue",
            ],
        )
        .await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let path = "/fora/colombo-process/meetings/propose";
    let fields = [
        (
            "title_en",
            "Joint Senior Officials' Meeting of the Colombo Process and the Abu Dhabi Dialogue",
        ),
        ("kind_of_meeting", "senior_officials"),
        ("status", "scheduled"),
        ("start_date", "2027-05-04"),
        ("start_time", "10:00"),
        ("also_held_by", "Abu Dhabi Dialogue"),
        ("city", "Dubai"),
        ("source_url", "https://www.colomboprocess.org/"),
        ("then", "submit"),
    ];
    // A time without its time zone: said beside the time zone's field.
    let r = s
        .post_form(path, Some(&both), &meeting_form(&both.csrf, &fields), &[])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = r.text().await.unwrap();
    assert!(
        page.contains(r#"id="time_zone-error""#) && page.contains("need their time zone"),
        "{page}"
    );
    let mut with_zone = fields.to_vec();
    with_zone.push(("time_zone", "asia/dubai"));
    let r = s
        .post_form(
            path,
            Some(&both),
            &meeting_form(&both.csrf, &with_zone),
            &[],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let n = proposed(&r);
    publish(&s, &editor, n).await;
    let id = "colombo-process-2027-dubai";
    let (_, m) = s.json(&format!("/api/v1/meetings/{id}")).await;
    assert_eq!(
        m["organization_ids"],
        json!(["colombo-process", "abu-dhabi-dialogue"]),
        "{m}"
    );
    assert_eq!(m["time_zone"], "Asia/Dubai", "the database's spelling");
    for forum in ["colombo-process", "abu-dhabi-dialogue"] {
        let (_, _, ics) = s.text(&format!("/fora/{forum}/meetings.ics")).await;
        assert!(ics.contains(&format!("/meetings/{id}")), "{forum}");
    }
    // The Colombo Process's own secretariat alone may not correct it (nor, through the API,
    // move it).
    let colombo = s
        .person("sec@colombo.example", &["secretariat:colombo-process"])
        .await;
    let r = s
        .post_form(
            path,
            Some(&colombo),
            &meeting_form(&colombo.csrf, &with_zone)
                .replace("meeting=new", &format!("meeting={id}")),
            &[],
        )
        .await;
    assert_ne!(r.status(), StatusCode::SEE_OTHER);

    // A participants-only document of another forum: refused as if it did not exist.
    s.document(
        "soderkoping-private-note",
        "A private note",
        agora_core::document::DocVisibility::Participants {
            forum: "soderkoping-process".parse().unwrap(),
            public_from: None,
        },
        "Private.",
    )
    .await;
    let record = json!({
        "id": "colombo-process-2027-leak",
        "fora": ["colombo-process"],
        "titles": {"en": "A meeting naming a document it may not see"},
        "kind": "technical",
        "start_date": "2027-06-01",
        "documents": ["soderkoping-private-note"],
        "status": "scheduled",
        "sources": [{"url": "https://www.colomboprocess.org/"}],
        "verification": "unverified"
    });
    let (status, hidden) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&colombo),
            Some(json!({"entity": "meeting", "record": record})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{hidden}");
    let mut missing = record.clone();
    missing["documents"] = json!(["no-such-document-anywhere"]);
    let (_, unknown) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&colombo),
            Some(json!({"entity": "meeting", "record": missing})),
        )
        .await;
    let said = |v: &Value| {
        v.to_string()
            .replace("soderkoping-private-note", "X")
            .replace("no-such-document-anywhere", "X")
    };
    assert_eq!(said(&hidden), said(&unknown));
}
