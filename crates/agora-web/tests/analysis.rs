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
