//! Landscape analyses (issue 19) over HTTP, on the built-in dataset: the overlap the API gives
//! is the one worked out again here from the fora's memberships as the API lists them.

mod common;

use std::collections::BTreeSet;

use common::*;
use reqwest::StatusCode;
use serde_json::Value;

/// A forum's member states on a day, as its memberships list them (the RCPs here take part as
/// states, with dates).
async fn members(s: &Server, forum: &str, day: &str) -> BTreeSet<String> {
    let v = s
        .ok(&format!(
            "/api/v1/fora/{forum}/memberships?as_of={day}&role=member&limit=500"
        ))
        .await;
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["member"]["member_type"] == "area")
        .map(|m| m["member"]["id"].as_str().unwrap().to_owned())
        .collect()
}

fn pair<'v>(v: &'v Value, a: &str, b: &str) -> Option<&'v Value> {
    v["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| (p["a"] == a && p["b"] == b) || (p["a"] == b && p["b"] == a))
}

#[tokio::test]
async fn the_overlap_of_two_rcps_is_what_their_memberships_share() {
    let s = server().await;
    for day in ["2009-06-04", "2026-11-27"] {
        let v = s.ok(&format!("/api/v1/analysis/overlap?as_of={day}")).await;
        assert_eq!(v["as_of"], day);
        let colombo = members(&s, "colombo-process", day).await;
        let abu_dhabi = members(&s, "abu-dhabi-dialogue", day).await;
        let shared: Vec<&String> = colombo.intersection(&abu_dhabi).collect();
        assert!(!shared.is_empty(), "{day}");
        let p = pair(&v, "colombo-process", "abu-dhabi-dialogue").expect("the pair");
        let listed: Vec<&str> = p["shared"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert_eq!(listed, shared, "{day}");
        let n = shared.len() as f64;
        let either = (colombo.len() + abu_dhabi.len()) as f64 - n;
        let smaller = colombo.len().min(abu_dhabi.len()) as f64;
        assert!(
            (p["jaccard"].as_f64().unwrap() - n / either).abs() < 1e-9,
            "{p}"
        );
        assert!(
            (p["overlap"].as_f64().unwrap() - n / smaller).abs() < 1e-9,
            "{p}"
        );
        // The GFMD keeps no list: measured with nobody, in no pair.
        let gfmd = v["fora"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "gfmd")
            .unwrap();
        assert_eq!(gfmd["open"], true, "{gfmd}");
        assert!(
            v["pairs"]
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["a"] != "gfmd" && p["b"] != "gfmd")
        );
    }
    // On 2009-06-04 the Colombo Process's eleven members all sat in the Abu Dhabi Dialogue.
    let v = s.ok("/api/v1/analysis/overlap?as_of=2009-06-04").await;
    let p = pair(&v, "colombo-process", "abu-dhabi-dialogue").unwrap();
    assert_eq!(p["shared"].as_array().unwrap().len(), 11, "{p}");
    assert_eq!(p["overlap"], 1.0, "{p}");
}

#[tokio::test]
async fn the_analyses_take_the_fora_lists_filters_and_refuse_what_they_do_not_know() {
    let s = server().await;
    let v = s
        .ok("/api/v1/analysis/overlap?as_of=2009-06-04&category=rcp")
        .await;
    let listed: BTreeSet<String> = v["fora"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect();
    let rcps = s
        .ok("/api/v1/fora?as_of=2009-06-04&category=rcp&status=active&limit=500")
        .await;
    let want: BTreeSet<String> = rcps["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(listed, want);
    // A forum founded later is not in an earlier landscape.
    let v = s.ok("/api/v1/analysis/overlap?as_of=2005-01-01").await;
    assert!(
        v["fora"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["id"] != "abu-dhabi-dialogue")
    );
    for bad in ["sort=name", "as_of=2009-13-01", "category=club", "limit=5"] {
        let (status, v) = s.json(&format!("/api/v1/analysis/overlap?{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {v}");
    }
}

#[tokio::test]
async fn the_colombo_process_is_suggested_the_abu_dhabi_dialogue_along_the_asia_gulf_corridor() {
    let s = server().await;
    let v = s
        .ok("/api/v1/analysis/suggestions/colombo-process?as_of=2026-11-27")
        .await;
    assert_eq!(v["exists"], true);
    let along: Vec<&Value> = v["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["kind"] == "route")
        .collect();
    let add = along
        .iter()
        .find(|x| x["forum"] == "abu-dhabi-dialogue")
        .expect("the Abu Dhabi Dialogue along the corridor");
    assert_eq!(add["route"], "asia-gulf-labour-corridor");
    // The Colombo Process's members are the corridor's states of origin; the Abu Dhabi
    // Dialogue brings its seven states of destination.
    assert_eq!(add["ours"]["destination"], 0);
    assert_eq!(add["theirs"]["destination"], 7);
    assert_eq!(add["adds"], 7);
    let why = add["explanation"].as_str().unwrap();
    assert!(why.contains("Asia–Gulf labour corridor"), "{why}");
    assert!(why.contains("7 states of destination"), "{why}");
    // The one adding most of the corridor comes first.
    assert_eq!(along[0]["forum"], "abu-dhabi-dialogue");
    // Every suggestion says why, and the kinds come in order: routes, topics, bridges.
    let kinds: Vec<&str> = v["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            assert!(!x["explanation"].as_str().unwrap().is_empty());
            x["kind"].as_str().unwrap()
        })
        .collect();
    let rank = |k: &str| ["route", "topics", "bridge"].iter().position(|x| *x == k);
    assert!(
        kinds.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{kinds:?}"
    );
    assert!(kinds.contains(&"bridge"), "{kinds:?}");
    // Before the Abu Dhabi Dialogue existed, it is not suggested; before the Colombo Process
    // existed, nothing is.
    let v = s
        .ok("/api/v1/analysis/suggestions/colombo-process?as_of=2005-01-01")
        .await;
    assert!(
        v["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["forum"] != "abu-dhabi-dialogue")
    );
    let v = s
        .ok("/api/v1/analysis/suggestions/colombo-process?as_of=1990-01-01")
        .await;
    assert_eq!(v["exists"], false);
    assert_eq!(v["suggestions"].as_array().unwrap().len(), 0);
    let (status, _) = s.json("/api/v1/analysis/suggestions/nowhere").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = s
        .json("/api/v1/analysis/suggestions/colombo-process?as_of=soon")
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn each_duplication_flag_meets_the_rule_it_states_and_says_why() {
    let s = server().await;
    let v = s.ok("/api/v1/analysis/duplication?as_of=2026-11-27").await;
    let rule = &v["rule"];
    assert_eq!(rule["members_overlap"], 0.75);
    let flags = v["flags"].as_array().unwrap();
    for f in flags {
        let shared = f["shared"].as_array().unwrap().len();
        let of = f["of_smaller"].as_u64().unwrap() as usize;
        assert!(of >= 2 && shared * 4 >= of * 3, "{f}");
        assert!(f["themes"].as_array().unwrap().len() >= 2, "{f}");
        let why = f["explanation"].as_str().unwrap();
        assert!(
            why.starts_with(&format!("{shared} of the {of} members of")),
            "{why}"
        );
        assert!(why.contains("both prioritise"), "{why}");
    }
    // The overlap answer says what each pair's priorities share too.
    let o = s.ok("/api/v1/analysis/overlap?as_of=2026-11-27").await;
    let p = pair(&o, "colombo-process", "abu-dhabi-dialogue").unwrap();
    let themes: Vec<&str> = p["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert_eq!(themes, ["labour-migration", "skills-recognition"]);
    // 2 shared of 4 + 7 − 2 = 9.
    assert!((p["themes_jaccard"].as_f64().unwrap() - 2.0 / 9.0).abs() < 1e-9);
}

/// A route is a record like any: the secretariats of the fora along it correct it together, an
/// editor publishes, and the suggestions follow; a secretariat of one of them alone may not
/// change a route they share, and a route out of order is refused with its field.
#[tokio::test]
async fn the_fora_along_a_route_correct_it_and_the_suggestions_follow() {
    use reqwest::Method;
    use serde_json::json;
    let s = server().await;
    let (colombo, editor) = s.secretariat_and_editor().await;
    let both = s
        .person(
            "both@example.org",
            &[
                "secretariat:colombo-process",
                "secretariat:abu-dhabi-dialogue",
            ],
        )
        .await;
    let store = s.store.clone();
    let body = store
        .record_body(
            agora_core::kind::RecordKind::table(&agora_core::route::RouteKind),
            "asia-gulf-labour-corridor",
        )
        .await
        .unwrap()
        .unwrap();
    let mut record: Value = serde_json::from_str(&body).unwrap();
    // Malaysia left out of the destinations.
    let stops: Vec<Value> = record["stops"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["area"] != "MYS")
        .cloned()
        .collect();
    record["stops"] = json!(stops);
    let propose = |who, record: Value| {
        let s = &s;
        async move {
            s.api(
                Method::POST,
                "/api/v1/contributions",
                Some(who),
                Some(json!({"entity": "route", "record": record, "submit": true})),
            )
            .await
        }
    };
    let (status, v) = propose(&colombo, record.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    let mut backwards = record.clone();
    backwards["stops"].as_array_mut().unwrap().reverse();
    let (status, v) = propose(&both, backwards).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert!(v.to_string().contains("stops"), "{v}");
    let (status, v) = propose(&both, record).await;
    assert!(status.is_success(), "{status}: {v}");
    publish(&s, &editor, v["id"].as_i64().unwrap()).await;
    let v = s
        .ok("/api/v1/analysis/suggestions/colombo-process?as_of=2026-11-27")
        .await;
    let add = v["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "route" && x["forum"] == "abu-dhabi-dialogue")
        .unwrap();
    assert_eq!(add["theirs"]["destination"], 6);
    // The change is in the public list of changes, in words.
    let (_, _, atom) = s.text("/changes.atom").await;
    assert!(
        atom.contains("Migration route corrected: Asia–Gulf labour corridor"),
        "{atom}"
    );
}

/// The landscape page draws the overlap as of the Bangkok meeting and as of today, with the
/// figures as a table and CSV, and gives a forum's suggestions with their reasons, in the
/// reader's language.
#[tokio::test]
async fn the_landscape_page_shows_the_overlap_then_and_now_and_the_suggestions() {
    let s = server().await;
    for day in ["2009-06-04", "2026-11-27"] {
        let (status, _, page) = s.text(&format!("/landscape?as_of={day}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.contains(r#"<svg xmlns="http://www.w3.org/2000/svg""#),
            "{day}"
        );
        assert!(page.contains(r#"<title id="heatmap-title">"#), "{day}");
        assert!(page.contains(r#"<desc id="heatmap-desc">"#), "{day}");
        // The network and the timeline, each with its title, description and table.
        for picture in ["network", "timeline"] {
            assert!(
                page.contains(&format!(r#"<title id="{picture}-title">"#)),
                "{day}"
            );
            assert!(
                page.contains(&format!(r#"<desc id="{picture}-desc">"#)),
                "{day}"
            );
        }
        assert!(
            page.contains("<caption>The fora over the years</caption>"),
            "{day}"
        );
        // The pair both rows meet on, in the table and in the squares' titles.
        assert!(page.contains("<td><a href=\"/fora/"), "{day}");
        let (status, _, csv) = s.text(&format!("/landscape.csv?as_of={day}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(csv.starts_with("forum_a,forum_b,shared_members"), "{csv}");
        assert!(csv.lines().count() > 10, "{day}: {csv}");
    }
    // The Abu Dhabi Dialogue was founded in 2008: in the 2009 matrix, not in 2005's.
    let (_, _, then) = s.text("/landscape?as_of=2009-06-04").await;
    assert!(then.contains("Colombo Process and Abu Dhabi Dialogue: 11 members in common"));
    let (_, _, earlier) = s.text("/landscape?as_of=2005-01-01").await;
    assert!(!earlier.contains("Abu Dhabi Dialogue: "));
    // The timeline's table: founded in 2008, no members yet in 2005.
    assert!(earlier.contains(">Abu Dhabi Dialogue</a></td><td>2008</td><td></td><td></td>"));
    let (_, _, page) = s
        .text("/landscape?as_of=2026-11-27&forum=colombo-process")
        .await;
    assert!(page.contains("Suggestions for Colombo Process"), "{page}");
    assert!(
        page.contains("Along the Asia–Gulf labour corridor: Colombo Process has 11 states of origin among its members; Abu Dhabi Dialogue has 11 states of origin, 7 states of destination."),
        "{page}"
    );
    let (_, _, fr) = s
        .text("/fr/landscape?as_of=2026-11-27&forum=colombo-process")
        .await;
    assert!(fr.contains("7 États de destination"), "{fr}");
    assert!(
        fr.contains("Corridor de main-d&#39;œuvre Asie–Golfe"),
        "{fr}"
    );
    // Then and now: what arrived, what went, each forum's members on both days.
    let (_, _, both) = s
        .text("/landscape?as_of=2026-11-27&compare=2009-06-04")
        .await;
    assert!(both.contains(r#"<title id="then-now-title">"#), "{both}");
    let paragraph = |n: usize| {
        both.split("There on")
            .nth(n)
            .and_then(|x| x.split("</p>").next())
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        paragraph(1).contains("Khartoum Process"),
        "{}",
        paragraph(1)
    );
    assert!(
        paragraph(2).contains("Söderköping Process"),
        "{}",
        paragraph(2)
    );
    let (status, _, csv) = s
        .text("/landscape/then-and-now.csv?as_of=2026-11-27&compare=2009-06-04")
        .await;
    assert_eq!(status, StatusCode::OK);
    let line = csv
        .lines()
        .find(|l| l.starts_with("abu-dhabi-dialogue,"))
        .unwrap();
    assert!(line.ends_with(",2009-06-04,2026-11-27"), "{line}");
    let (status, _, _) = s.text("/landscape/then-and-now.csv").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    for bad in [
        "forum=nowhere",
        "as_of=2009-13-01",
        "sort=name",
        "compare=someday",
    ] {
        let (status, _, _) = s.text(&format!("/landscape?{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
    }
}

/// The network's links are the overlap's pairs; each forum's degree and strength add up from
/// them; and the landscape's changes between the Bangkok meeting and today are the fora
/// founded and dissolved between them and the states that moved.
#[tokio::test]
async fn the_network_is_the_overlap_as_links_and_the_changes_are_what_moved() {
    let s = server().await;
    let net = s.ok("/api/v1/analysis/network?as_of=2009-06-04").await;
    let overlap = s.ok("/api/v1/analysis/overlap?as_of=2009-06-04").await;
    let links = net["links"].as_array().unwrap();
    assert_eq!(links.len(), overlap["pairs"].as_array().unwrap().len());
    for l in links {
        let p = pair(&overlap, l["a"].as_str().unwrap(), l["b"].as_str().unwrap()).unwrap();
        assert_eq!(
            p["shared"].as_array().unwrap().len() as u64,
            l["shared"].as_u64().unwrap()
        );
    }
    for n in net["nodes"].as_array().unwrap() {
        let id = n["id"].as_str().unwrap();
        let mine: Vec<&Value> = links
            .iter()
            .filter(|l| l["a"] == id || l["b"] == id)
            .collect();
        assert_eq!(n["degree"].as_u64().unwrap() as usize, mine.len(), "{id}");
        let strength: u64 = mine.iter().map(|l| l["shared"].as_u64().unwrap()).sum();
        assert_eq!(n["strength"].as_u64().unwrap(), strength, "{id}");
        let b = n["betweenness"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&b), "{id}: {b}");
    }
    assert!(net["groups"].as_u64().unwrap() >= 1);

    let c = s
        .ok("/api/v1/analysis/changes?from=2009-06-04&to=2026-11-27")
        .await;
    let has = |field: &str, id: &str| c[field].as_array().unwrap().iter().any(|x| x == id);
    // The Khartoum Process was launched in 2014; the Söderköping Process has since ended.
    assert!(has("arrived", "khartoum-process"), "{c}");
    assert!(has("gone", "soderkoping-process"), "{c}");
    assert!(!has("arrived", "colombo-process") && !has("gone", "colombo-process"));
    // What moved is what the two days' overlap answers list as members.
    let then = s.ok("/api/v1/analysis/overlap?as_of=2009-06-04").await;
    let now = s.ok("/api/v1/analysis/overlap?as_of=2026-11-27").await;
    let size = |v: &Value, id: &str| {
        v["fora"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .map(|f| f["members"].as_i64().unwrap())
    };
    for m in c["moves"].as_array().unwrap() {
        let id = m["forum"].as_str().unwrap();
        let joined = m["joined"].as_array().unwrap().len() as i64;
        let left = m["left"].as_array().unwrap().len() as i64;
        assert_eq!(
            size(&now, id).unwrap() - size(&then, id).unwrap(),
            joined - left,
            "{id}"
        );
    }
    for bad in [
        "to=2020",
        "from=2020&to=2010",
        "from=2009&as_of=2010",
        "from=soon",
    ] {
        let (status, v) = s.json(&format!("/api/v1/analysis/changes?{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {v}");
    }
}

/// Meetings as evidence: the Global Meeting of RCPs in Bangkok (June 2009) invited the
/// Colombo Process and the Abu Dhabi Dialogue, which met there; pairs that met are never among
/// those that share members but never met.
#[tokio::test]
async fn the_bangkok_meeting_is_evidence_that_the_rcps_met() {
    let s = server().await;
    let v = s.ok("/api/v1/analysis/overlap?as_of=2009-12-31").await;
    let met = |a: &str, b: &str| {
        v["encounters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| (e["a"] == a && e["b"] == b) || (e["a"] == b && e["b"] == a))
            .cloned()
    };
    let global = met("global-rcp-meeting", "colombo-process").expect("Bangkok");
    let invited = global["a_invited_b"].as_u64().unwrap() + global["b_invited_a"].as_u64().unwrap();
    assert!(invited >= 1, "{global}");
    let at_bangkok = met("colombo-process", "abu-dhabi-dialogue").expect("both in Bangkok");
    assert!(
        at_bangkok["elsewhere"].as_u64().unwrap() >= 1,
        "{at_bangkok}"
    );
    for n in v["never_met"].as_array().unwrap() {
        let (a, b) = (n["a"].as_str().unwrap(), n["b"].as_str().unwrap());
        assert!(met(a, b).is_none(), "{a} {b}");
        assert!(n["shared"].as_u64().unwrap() >= 1);
    }
    // Before Bangkok, the two had not met at a recorded meeting.
    let before = s.ok("/api/v1/analysis/overlap?as_of=2009-01-01").await;
    assert!(
        !before["encounters"]
            .as_array()
            .unwrap()
            .iter()
            .any(
                |e| e["a"] == "colombo-process" && e["b"] == "abu-dhabi-dialogue"
                    || e["a"] == "abu-dhabi-dialogue" && e["b"] == "colombo-process"
            )
    );
    let (_, _, page) = s.text("/landscape?as_of=2009-12-31").await;
    assert!(page.contains("Meetings as evidence"));
    assert!(
        page.contains("at another forum&#39;s meeting")
            || page.contains("at another forum's meeting")
    );
}

/// A state's portfolio as a map, a table and CSV: Sri Lanka meets India in the Colombo Process,
/// the Abu Dhabi Dialogue and more; the count is at least that of the fora listing both as
/// direct members.
#[tokio::test]
async fn a_states_portfolio_is_a_map_a_table_and_a_csv() {
    let s = server().await;
    let (status, _, page) = s.text("/areas/LKA?as_of=2026-11-27").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(r#"src="/areas/LKA/map.svg?as_of=2026-11-27""#),
        "{page}"
    );
    assert!(page.contains("States sharing fora with Sri Lanka on 27 November 2026"));
    let r = s.get("/areas/LKA/map.svg?as_of=2026-11-27").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "image/svg+xml");
    let svg = r.text().await.unwrap();
    assert!(
        svg.contains("<title>States sharing fora with Sri Lanka"),
        "{svg}"
    );
    let (status, _, csv) = s.text("/areas/LKA/neighbours.csv?as_of=2026-11-27").await;
    assert_eq!(status, StatusCode::OK);
    let india: usize = csv
        .lines()
        .find(|l| l.starts_with("IND,"))
        .and_then(|l| l.split(',').nth(2))
        .unwrap()
        .parse()
        .unwrap();
    // Worked out again from the overlap answer: the measured fora with both as members.
    let v = s.ok("/api/v1/analysis/overlap?as_of=2026-11-27").await;
    let mut both = 0;
    for f in v["fora"].as_array().unwrap() {
        let id = f["id"].as_str().unwrap();
        if f["open"] == true {
            continue;
        }
        let m = members(&s, id, "2026-11-27").await;
        if m.contains("LKA") && m.contains("IND") {
            both += 1;
        }
    }
    // Direct memberships are a part of those counted (a forum may take part for its states).
    assert!(both >= 2 && india >= both, "{india} against {both}");
    assert!(!csv.lines().any(|l| l.starts_with("LKA,")), "{csv}");
    let (status, _, _) = s.text("/areas/XXX/map.svg").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
