use serde_json::{Value, json};

use super::*;

fn known() -> Catalogue {
    let mut k = Catalogue::default();
    for f in ["colombo-process", "abu-dhabi-dialogue"] {
        k.fora.insert(f.parse().unwrap());
    }
    for a in ["LKA", "NPL", "ARE", "QAT", "OMN"] {
        k.areas.insert(a.parse().unwrap());
    }
    k
}

fn corridor() -> Value {
    json!({
        "id": "asia-gulf", "names": {"en": " Asia–Gulf labour corridor "},
        "stops": [
            {"area": "LKA", "role": "origin"}, {"area": "NPL", "role": "origin"},
            {"area": "OMN", "role": "transit"},
            {"area": "ARE", "role": "destination"}, {"area": "QAT", "role": "destination"},
        ],
        "fora": ["colombo-process", "abu-dhabi-dialogue"],
        "sources": [{"url": "https://example.org/corridor"}], "verification": "unverified",
    })
}

fn refused(v: &Value) -> Vec<(String, String)> {
    let r: Route = serde_json::from_value(v.clone()).unwrap();
    r.problems(&known())
        .into_iter()
        .map(|p| (p.field, p.message.key().to_owned()))
        .collect()
}

#[test]
fn a_route_in_order_with_sources_is_kept_trimmed_and_belongs_to_its_fora() {
    let c = RouteKind.check(&corridor(), &known()).unwrap();
    assert_eq!(c.id, "asia-gulf");
    let r: Route = serde_json::from_str(&c.body).unwrap();
    assert_eq!(r.name("fr"), "Asia–Gulf labour corridor");
    assert_eq!(
        r.role_of(&"QAT".parse().unwrap()),
        Some(StopRole::Destination)
    );
    assert_eq!(r.role_of(&"FRA".parse().unwrap()), None);
    let owners: Vec<String> = RouteKind
        .owners(&corridor())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(owners, ["abu-dhabi-dialogue", "colombo-process"]);
    assert!(RouteKind.joint());
    assert!(RouteKind.owners(&json!({"fora": []})).is_empty());
}

#[test]
fn every_mistake_is_named_by_its_field() {
    let mut v = corridor();
    v["names"] = json!({"fr": "Corridor"});
    v["stops"] = json!([
        {"area": "ARE", "role": "destination"},
        {"area": "LKA", "role": "origin"},
        {"area": "LKA", "role": "origin"},
        {"area": "XXX", "role": "destination"},
    ]);
    v["fora"] = json!(["colombo-process", "colombo-process", "nowhere"]);
    v["sources"] = json!([]);
    assert_eq!(
        refused(&v),
        [
            ("names", "check-english-name"),
            ("stops[2].area", "route-stop-twice"),
            ("stops[3].area", "check-unknown-area"),
            ("stops", "route-stops-order"),
            ("fora[1]", "route-forum-twice"),
            ("fora[2]", "check-unknown-forum"),
            ("sources", "check-source-required"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
}

#[test]
fn a_route_has_two_ends_at_least() {
    let mut v = corridor();
    v["stops"] = json!([{"area": "LKA", "role": "origin"}]);
    assert_eq!(
        refused(&v),
        [("stops".to_owned(), "route-stops-few".to_owned())]
    );
    v["stops"] = json!([{"area": "LKA", "role": "origin"}, {"area": "OMN", "role": "transit"}]);
    assert_eq!(refused(&v), [("stops".to_owned(), "route-ends".to_owned())]);
    let mut v = corridor();
    v["stops"][0]["role"] = json!("somewhere");
    let e = RouteKind.check(&v, &known()).unwrap_err();
    assert_eq!(e.message.key(), "record-not-route");
}
