use super::*;
use serde_json::json;

fn known() -> Catalogue {
    let mut k = Catalogue::default();
    k.fora.insert("gfmd".parse().unwrap());
    k.fora.insert("rcm".parse().unwrap());
    k.areas.insert("GRC".parse().unwrap());
    k.organisations.insert("iom".parse().unwrap());
    k.documents
        .insert("gfmd-2009-rt3-2-background-paper".parse().unwrap());
    k.meetings.insert("gfmd-2009-athens".parse().unwrap());
    k
}

fn athens_roundtable() -> Value {
    json!({
        "id": "gfmd-2009-athens-rt-3-2",
        "fora": ["gfmd"],
        "titles": {"en": " Roundtable 3.2 ", "fr": "Table ronde 3.2"},
        "kind": "gfmd_roundtable",
        "start_date": "2009-11-05",
        "city": "Athens",
        "country": "GRC",
        "hosts": [{"type": "area", "id": "GRC"}],
        "participants": [
            {"party": {"type": "organisation", "id": "iom"}, "role": "speaker"},
            {"party": {"type": "forum", "id": "rcm"}, "role": "guest"}
        ],
        "documents": ["gfmd-2009-rt3-2-background-paper"],
        "status": "held",
        "part_of": "gfmd-2009-athens",
        "sources": [{"url": "https://gfmd.org/meetings/greece2009"}],
        "verification": "verified"
    })
}

fn refusal(v: Value) -> (String, String) {
    let r = MeetingKind.check(&v, &known()).unwrap_err();
    (r.field, r.message.to_string())
}

#[test]
fn a_meeting_is_checked_and_made_canonical() {
    let c = MeetingKind.check(&athens_roundtable(), &known()).unwrap();
    assert_eq!(c.id, "gfmd-2009-athens-rt-3-2");
    let m: Meeting = serde_json::from_str(&c.body).unwrap();
    assert_eq!(m.title_in("en"), "Roundtable 3.2");
    assert_eq!(m.title_in("fr"), "Table ronde 3.2");
    assert_eq!(m.title_in("zh"), "Roundtable 3.2");
    assert!(m.involves(&Member::Forum("rcm".parse().unwrap())));
    assert!(m.involves(&Member::Area("GRC".parse().unwrap())));
    assert!(!m.involves(&Member::Area("SWE".parse().unwrap())));
    // A published meeting reads back the same.
    assert_eq!(
        MeetingKind
            .check(&serde_json::from_str(&c.body).unwrap(), &known())
            .unwrap(),
        c
    );
}

#[test]
fn every_rule_refuses_with_its_field() {
    let with = |f: &dyn Fn(&mut Value)| {
        let mut v = athens_roundtable();
        f(&mut v);
        refusal(v)
    };
    assert_eq!(with(&|v| v["fora"] = json!([])).0, "fora");
    assert_eq!(
        with(&|v| v["fora"] = json!(["gfmd", "nope"])),
        ("fora[1]".into(), "unknown forum 'nope'".into())
    );
    assert_eq!(with(&|v| v["fora"] = json!(["gfmd", "gfmd"])).0, "fora");
    assert_eq!(with(&|v| v["titles"] = json!({"fr": "Table"})).0, "titles");
    assert_eq!(with(&|v| v["titles"]["en"] = json!("  ")).0, "titles.en");
    assert_eq!(with(&|v| v["city"] = json!("x".repeat(301))).0, "city");
    assert_eq!(with(&|v| v["country"] = json!("SWE")).0, "country");
    assert_eq!(
        with(&|v| v["participants"][1]["party"]["id"] = json!("nope")).0,
        "participants[1].party"
    );
    assert_eq!(
        with(&|v| v["documents"] = json!(["no-such-paper"])),
        (
            "documents[0]".into(),
            "unknown document 'no-such-paper'".into()
        )
    );
    assert_eq!(
        with(&|v| v["part_of"] = json!("gfmd-2009-athens-rt-3-2")).0,
        "part_of"
    );
    assert_eq!(with(&|v| v["part_of"] = json!("gfmd-2031")).0, "part_of");
    assert_eq!(with(&|v| v["end_date"] = json!("2009-11-01")).0, "end_date");
    assert_eq!(with(&|v| v["sources"] = json!([])).0, "sources");
    assert_eq!(
        with(&|v| v["sources"] = json!([{"url": "https://en.wikipedia.org/wiki/GFMD"}])).0,
        "verification"
    );
    assert_eq!(with(&|v| v["kind"] = json!("party")).0, "record");
    assert_eq!(with(&|v| v["status"] = json!("maybe")).0, "record");
    assert_eq!(with(&|v| v["colour"] = json!("blue")).0, "record");
}

#[test]
fn a_joint_meeting_belongs_to_every_forum_holding_it() {
    let mut v = athens_roundtable();
    v["fora"] = json!(["rcm", "gfmd", "rcm"]);
    let owners: Vec<String> = MeetingKind
        .owners(&v)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(owners, ["gfmd", "rcm"]);
    assert_eq!(MeetingKind.scope("x", &v), "rcm");
}

#[test]
fn its_columns_hold_its_days() {
    let mut v = athens_roundtable();
    let cols = |v: &Value| MeetingKind.columns(v);
    assert_eq!(
        cols(&v),
        vec![
            ("starts_on", Some("2009-11-05".into())),
            ("ends_on", Some("2009-11-05".into())),
            ("status", Some("held".into())),
            ("part_of", Some("gfmd-2009-athens".into())),
        ]
    );
    v["start_date"] = json!("2009-11");
    v["end_date"] = json!("2009");
    assert_eq!(cols(&v)[0].1.as_deref(), Some("2009-11-01"));
    assert_eq!(cols(&v)[1].1.as_deref(), Some("2009-12-31"));
}

#[test]
fn a_new_meeting_is_named_by_its_forum_year_and_place() {
    let forum: ForumId = "colombo-process".parse().unwrap();
    let start = Some("2026-03-04".parse().unwrap());
    let id = Meeting::new_id(&forum, start, "Dhaka", |_| false).unwrap();
    assert_eq!(id.as_str(), "colombo-process-2026-dhaka");
    let id = Meeting::new_id(&forum, start, "São Paulo (SOM)", |_| false).unwrap();
    assert_eq!(id.as_str(), "colombo-process-2026-sao-paulo-som");
    let taken = |id: &str| id == "colombo-process-2026-dhaka";
    let id = Meeting::new_id(&forum, start, "Dhaka", taken).unwrap();
    assert_eq!(id.as_str(), "colombo-process-2026-dhaka-2");
    let id = Meeting::new_id(&forum, None, "—", |_| false).unwrap();
    assert_eq!(id.as_str(), "colombo-process");
    let long = "Senior officials meeting on labour migration and skills ".repeat(3);
    let id = Meeting::new_id(&forum, start, &long, |_| false).unwrap();
    assert!(
        id.as_str().len() <= 76 && !id.as_str().ends_with('-'),
        "{id}"
    );
}

#[test]
fn times_are_read_to_the_minute_and_need_a_day_and_a_time_zone() {
    for (typed, read) in [
        ("9:30", "09:30"),
        ("09:30", "09:30"),
        ("0930", "09:30"),
        ("23:59", "23:59"),
    ] {
        assert_eq!(typed.parse::<ClockTime>().unwrap().to_string(), read);
    }
    for bad in [
        "24:00",
        "9",
        "9:3",
        "12:60",
        "noon",
        "-1:00",
        "",
        "1:300",
        "1é2",
        "a€",
        "०९:३०",
    ] {
        assert!(bad.parse::<ClockTime>().is_err(), "{bad:?}");
    }
    let mut v = athens_roundtable();
    v["start_time"] = json!("10:00");
    let problems = |v: &Value| {
        let m: Meeting = serde_json::from_value(v.clone()).unwrap();
        m.problems(&known())
            .into_iter()
            .map(|p| p.message.key().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(problems(&v), ["meeting-time-needs-zone"]);
    v["time_zone"] = json!("Europe/Athens");
    v["end_time"] = json!("12:30");
    assert!(problems(&v).is_empty(), "{:?}", problems(&v));
    let m: Meeting = serde_json::from_value(v.clone()).unwrap();
    let (opens, closes) = m.opens_and_closes().unwrap();
    assert_eq!(
        opens.strftime("%Y-%m-%dT%H:%M%:z").to_string(),
        "2009-11-05T10:00+02:00"
    );
    assert_eq!(closes.timestamp().to_string(), "2009-11-05T10:30:00Z");
    v["end_time"] = json!("09:00");
    assert_eq!(problems(&v), ["meeting-closes-before-it-opens"]);
    v["end_time"] = json!("12:30");
    v["time_zone"] = json!("Europe/Atlantis");
    assert_eq!(problems(&v), ["meeting-unknown-zone"]);
    v["time_zone"] = json!("Europe/Athens");
    v["start_date"] = json!("2009-11");
    v["end_date"] = json!("2009-11");
    assert_eq!(
        problems(&v),
        ["meeting-time-needs-day", "meeting-time-needs-day"]
    );
    v["start_time"] = json!("25:00");
    assert!(serde_json::from_value::<Meeting>(v).is_err());
}
