//! Regression tests for what an outside probe found (issue "Security: what an outside probe
//! found"), one or more per numbered finding, over real HTTP. `AGORA_TEST_BACKEND=postgres`
//! runs them on PostgreSQL. (Finding 3's memory bound is measured on a spawned `agora serve`:
//! `crates/agora/tests/load.rs`.)

mod common;

use agora_core::contribution::Entity;
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// Everything a contribution could have left behind: the contributions, their log, the records.
async fn contributions_and_log(s: &Server) -> (usize, i64) {
    let all = s
        .store
        .contributions(&Default::default())
        .await
        .unwrap()
        .len();
    (all, s.store.latest_change().await.unwrap())
}

async fn body(s: &Server, entity: Entity, id: &str) -> Value {
    serde_json::from_str(&s.store.record_body(entity, id).await.unwrap().unwrap()).unwrap()
}

/// Finding 1: a secretariat proposed a change to another forum's membership by naming its own
/// forum in the record. Every record kind a contribution carries is authorised against every
/// forum it belongs to, as it stands and as proposed; nothing is stored when refused.
#[tokio::test]
async fn a_secretariat_cannot_touch_another_forums_records_through_a_contribution() {
    let s = server().await;
    let colombo = s
        .person("sec@colombo.example", &["secretariat:colombo-process"])
        .await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let ukraine = body(&s, Entity::Membership, "soderkoping-process:member:UKR").await;
    let before = contributions_and_log(&s).await;

    let mut probes: Vec<(&str, Value)> = Vec::new();
    // The probe as found: Söderköping's record, relabelled as Colombo's.
    let mut moved = ukraine.clone();
    moved["forum_id"] = json!("colombo-process");
    moved["end_date"] = json!("2026");
    probes.push(("membership", moved));
    // Söderköping's record as it is, ended.
    let mut ended = ukraine.clone();
    ended["end_date"] = json!("2026");
    probes.push(("membership", ended));
    // A new record with a Colombo id but Söderköping's forum, and the other way round.
    let mut new = ukraine.clone();
    new["id"] = json!("colombo-process:member:UKR");
    probes.push(("membership", new.clone()));
    new["id"] = json!("soderkoping-process:member:UKR:2026");
    new["forum_id"] = json!("colombo-process");
    probes.push(("membership", new));
    // Another forum's profile.
    let mut profile = body(&s, Entity::Forum, "soderkoping-process").await;
    profile["summary"] = json!("Taken over.");
    probes.push(("forum", profile));
    for (entity, record) in &probes {
        let (status, v) = s
            .api(
                Method::POST,
                "/api/v1/contributions",
                Some(&colombo),
                Some(json!({"entity": entity, "record": record, "submit": true})),
            )
            .await;
        assert!(
            status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND,
            "{entity} {record}: {status} {v}"
        );
    }
    // Through the page's form: another forum's entry from Colombo's page, and Söderköping's page.
    for (page, fields) in [
        (
            "/fora/colombo-process/propose",
            "kind=membership&membership=soderkoping-process%3Amember%3AUKR",
        ),
        (
            "/fora/soderkoping-process/propose",
            "kind=membership&membership=soderkoping-process%3Amember%3AUKR",
        ),
        (
            "/fora/soderkoping-process/propose",
            "kind=forum&name_en=Taken",
        ),
    ] {
        let r = s
            .post_form(
                page,
                Some(&colombo),
                &format!(
                    "csrf={}&{fields}&member=UKR&role=member&start_date=2001&end_date=2026\
                     &source_url=https%3A%2F%2Fexample.org",
                    colombo.csrf
                ),
                &[],
            )
            .await;
        assert!(
            matches!(r.status().as_u16(), 400 | 403 | 404),
            "{page} {fields}: {}",
            r.status()
        );
    }
    // A document of another forum: refused before the file is read.
    let (status, v) = s
        .upload_api(
            &colombo,
            &[("forum", "soderkoping-process"), ("kind", "study")],
            Some((
                "notes.txt",
                b"Notes of the Soderkoping Process, uploaded by Colombo.",
            )),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    assert_eq!(contributions_and_log(&s).await, before, "nothing stored");

    // Even an editor, who may change both, cannot move a record between fora: its id names
    // its forum, and a contribution never changes a record's identity.
    let mut moved = ukraine.clone();
    moved["forum_id"] = json!("colombo-process");
    let (status, v) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&editor),
            Some(json!({"entity": "membership", "record": moved})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert_eq!(contributions_and_log(&s).await, before, "nothing stored");

    // A draft of Colombo's own record cannot be revised into another forum's.
    let mut chair = body(&s, Entity::Membership, "colombo-process:chair:IND").await;
    chair["id"] = json!("colombo-process:chair:BGD:2026");
    chair["member"] = json!({"type": "area", "id": "BGD"});
    chair["start_date"] = json!("2026");
    chair["end_date"] = Value::Null;
    let (status, v) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&colombo),
            Some(json!({"entity": "membership", "record": chair})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let id = v["id"].as_i64().unwrap();
    let proposed = s.store.contribution(id).await.unwrap().unwrap().proposed;
    let mut elsewhere = chair.clone();
    elsewhere["forum_id"] = json!("soderkoping-process");
    for record in [ukraine.clone(), elsewhere] {
        let (status, v) = s
            .api(
                Method::PUT,
                &format!("/api/v1/contributions/{id}"),
                Some(&colombo),
                Some(json!({"record": record})),
            )
            .await;
        assert!(status.is_client_error(), "{status} {v}");
        assert_eq!(
            s.store.contribution(id).await.unwrap().unwrap().proposed,
            proposed
        );
    }
    assert_eq!(
        body(&s, Entity::Membership, "soderkoping-process:member:UKR").await,
        ukraine,
        "Söderköping's record is as it was"
    );
    let history = s.store.history("soderkoping-process", 100).await.unwrap();
    assert!(
        history
            .iter()
            .all(|v| !v.change.origin.starts_with("contribution:")),
        "nothing reached Söderköping's history"
    );
}

/// Finding 9: long but guessable passwords were accepted.
#[tokio::test]
async fn guessable_passwords_are_refused_however_long() {
    let s = server().await;
    let (token, hash) = agora_web::auth::new_token();
    let email = agora_core::account::Email::parse("new@colombo.example").unwrap();
    s.store
        .create_account(
            &email,
            &["secretariat:colombo-process".parse().unwrap()],
            &hash,
            "2999-01-01T00:00:00.000Z",
        )
        .await
        .unwrap();
    let path = format!("/account/setup/{token}");
    let r = s.get(&path).await;
    let cookie = cookie_of(&r);
    let csrf = csrf_of(&r.text().await.unwrap());
    for weak in ["               ", "bbbbbbbbbbbbbbb", "abcdefghijklmno"] {
        let r = s
            .post_form(
                &path,
                None,
                &serde_urlencoded::to_string([
                    ("csrf", csrf.as_str()),
                    ("password", weak),
                    ("password_again", weak),
                ])
                .unwrap(),
                &[("cookie", &cookie)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{weak:?}");
        assert!(
            r.text().await.unwrap().contains("too easy to guess"),
            "{weak:?}"
        );
    }
    assert!(
        !s.store
            .account_by_email(&email)
            .await
            .unwrap()
            .unwrap()
            .has_password
    );
    // A signed-in person cannot change to one either.
    let me = s.person("me@colombo.example", &[]).await;
    let r = s
        .post_form(
            "/account/password",
            Some(&me),
            &format!(
                "csrf={}&current=x&password=abcdefghijklmno&confirm=abcdefghijklmno",
                me.csrf
            ),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

/// Finding 10: no Strict-Transport-Security behind an https public URL.
#[tokio::test]
async fn hsts_is_sent_when_served_over_https_and_only_then() {
    let tls = server_with(true).await;
    for path in ["/", "/api/v1/fora", "/account/sign-in", "/no-such-page"] {
        let r = tls.get(path).await;
        assert_eq!(
            r.headers()
                .get("strict-transport-security")
                .map(|v| v.to_str().unwrap()),
            Some("max-age=31536000; includeSubDomains"),
            "{path}"
        );
    }
    let plain = server().await;
    assert!(
        plain
            .get("/")
            .await
            .headers()
            .get("strict-transport-security")
            .is_none(),
        "a browser told HSTS over plain HTTP would lock itself out"
    );
}
