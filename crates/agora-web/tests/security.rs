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
    s.record(entity, id).await
}

/// Finding 1: a secretariat proposed a change to another forum's membership by naming its own
/// forum in the record. Every record kind a contribution carries is authorised against every
/// forum it belongs to, as it stands and as proposed; nothing is stored when refused.
#[tokio::test]
async fn a_secretariat_cannot_touch_another_forums_records_through_a_contribution() {
    let s = server().await;
    let (colombo, editor) = s.secretariat_and_editor().await;
    let ukraine = body(&s, Entity::MEMBERSHIP, "soderkoping-process:member:UKR").await;
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
    let mut profile = body(&s, Entity::FORUM, "soderkoping-process").await;
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
            "/api/v1/documents",
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
    let mut chair = body(&s, Entity::MEMBERSHIP, "colombo-process:chair:IND").await;
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
        body(&s, Entity::MEMBERSHIP, "soderkoping-process:member:UKR").await,
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
    let email = agora_core::account::Email::parse("new@colombo.example").unwrap();
    let (_, token) = s
        .account_with_link(email.as_str(), &["secretariat:colombo-process"])
        .await;
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

/// The id of the account `researcher@example.org`, made on first use.
async fn reader_id(s: &Server) -> agora_core::account::AccountId {
    let email = agora_core::account::Email::parse("researcher@example.org").unwrap();
    match s.store.account_by_email(&email).await.unwrap() {
        Some(a) => a.id,
        None => s.person("researcher@example.org", &["researcher"]).await.id,
    }
}

/// Finding 8: a token could make another token (which outlived the first) and an admin's token
/// could make administrators and receive their set-password links. Tokens have scopes, never
/// manage credentials, and end when their account's password changes.
#[tokio::test]
async fn tokens_act_within_their_scopes_never_mint_tokens_and_end_with_a_password_change() {
    use agora_core::policy::{Scope, Scopes};
    let s = server().await;
    let admin = s
        .person_with(
            "admin@example.org",
            &["admin"],
            Scopes::of(&[Scope::Contribute, Scope::Administer]),
        )
        .await;
    let bearer = |path: &str, body: &str| {
        no_redirects()
            .post(format!("{}{path}", s.base))
            .bearer_auth(&admin.token)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_owned())
            .send()
    };
    let tokens_before = s.store.api_tokens(admin.id).await.unwrap().len();
    let r = bearer("/account/tokens", "name=second&contribute=yes")
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(!r.text().await.unwrap().contains("Copy it now"));
    assert_eq!(
        s.store.api_tokens(admin.id).await.unwrap().len(),
        tokens_before,
        "no token made"
    );
    // Nor an administrator, nor one's set-password link; nor any change to an administrator.
    let accounts = s.store.accounts().await.unwrap().len();
    let r = bearer("/admin/users", "email=new-admin%40example.org&role=admin")
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(!r.text().await.unwrap().contains("/account/setup/"));
    assert_eq!(s.store.accounts().await.unwrap().len(), accounts);
    let other = s.person("other-admin@example.org", &["admin"]).await;
    for action in ["action=disable", "action=revoke&role=admin"] {
        let r = bearer(&format!("/admin/users/{}", other.id), action)
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{action}");
    }
    let kept = s.store.account_by_id(other.id).await.unwrap().unwrap();
    assert!(!kept.disabled && kept.roles == ["admin".parse().unwrap()]);
    // Nor any account, nor any role, whatever it is: a token that could would give its bearer
    // any power through an account of its own making.
    for (path, form) in [
        (
            "/admin/users".to_owned(),
            "email=focal%40example.org&role=focal_point%3ALKA".to_owned(),
        ),
        (
            format!("/admin/users/{}", reader_id(&s).await),
            "action=grant&role=editor".to_owned(),
        ),
    ] {
        let r = bearer(&path, &form).await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path} {form}");
        assert!(!r.text().await.unwrap().contains("/account/setup/"));
    }
    assert_eq!(
        s.store.accounts().await.unwrap().len(),
        accounts + 2,
        "only the two made here by the test itself"
    );
    // What the administer scope is for: taking powers from an account that is not an admin's.
    let target = reader_id(&s).await;
    let r = bearer(
        &format!("/admin/users/{target}"),
        "action=revoke&role=researcher",
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = bearer(&format!("/admin/users/{target}"), "action=disable")
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(
        s.store
            .account_by_id(target)
            .await
            .unwrap()
            .unwrap()
            .disabled
    );
    // A token made to read cannot contribute.
    let reader = s
        .person_with("reader@example.org", &["editor"], Scopes::READ)
        .await;
    let (status, v) = s
        .api(Method::GET, "/api/v1/contributions", Some(&reader), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let mut forum = body(&s, Entity::FORUM, "colombo-process").await;
    forum["summary"] = json!("Proposed by a reading token.");
    let (status, v) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&reader),
            Some(json!({"entity": "forum", "record": forum})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    assert!(v["detail"].as_str().unwrap().contains("may only read"));

    // The password changes (in person): every token of the account stops at once.
    let (status, _) = s.api(Method::GET, "/api/v1/me", Some(&admin), None).await;
    assert_eq!(status, StatusCode::OK);
    let stored = agora_web::auth::hash_password("the old passphrase of the admin".into())
        .await
        .unwrap();
    s.store.set_password(admin.id, &stored, None).await.unwrap();
    let (status, v) = s.api(Method::GET, "/api/v1/me", Some(&admin), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{v}");
    // Through the account page, as a person does it: a token made before stops too.
    let me = s.person("me@example.org", &["editor"]).await;
    let session_hash = agora_web::auth::token_hash(me.cookie.split_once('=').unwrap().1);
    let stored = agora_web::auth::hash_password("an old passphrase for the editor".into())
        .await
        .unwrap();
    s.store
        .set_password(me.id, &stored, Some(&session_hash))
        .await
        .unwrap();
    let (token, hash) = agora_web::auth::new_token();
    s.store
        .create_api_token(me.id, "made before", &hash, Scopes::READ)
        .await
        .unwrap();
    let me = Person { token, ..me };
    let (status, _) = s.api(Method::GET, "/api/v1/me", Some(&me), None).await;
    assert_eq!(status, StatusCode::OK);
    let r = s
        .post_form(
            "/account/password",
            Some(&me),
            &format!(
                "csrf={}&current=an+old+passphrase+for+the+editor\
                 &password=violet+ledger+harbour+compass+1987\
                 &confirm=violet+ledger+harbour+compass+1987",
                me.csrf
            ),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let (status, _) = s.api(Method::GET, "/api/v1/me", Some(&me), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(
        s.store
            .api_tokens(me.id)
            .await
            .unwrap()
            .iter()
            .all(|t| t.revoked_at.is_some())
    );
}

/// A browser on its own loopback address (127.0.0.N), following no redirects: each address is
/// another client as the server sees it.
fn browser_at(n: u8) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .local_address(std::net::IpAddr::from([127, 0, 0, n]))
        .build()
        .unwrap()
}

/// The sign-in form's cookie and token, from a browser.
async fn form_of(client: &reqwest::Client, base: &str) -> (String, String) {
    let r = client
        .get(format!("{base}/account/sign-in"))
        .send()
        .await
        .unwrap();
    let cookie = cookie_of(&r);
    (cookie, csrf_of(&r.text().await.unwrap()))
}

/// A sign-in through the form: the cookies sent (the form's, maybe a device's), and the answer.
async fn sign_in(
    client: &reqwest::Client,
    base: &str,
    cookies: &str,
    csrf: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(format!("{base}/account/sign-in"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookies)
        .body(
            serde_urlencoded::to_string([("csrf", csrf), ("email", email), ("password", password)])
                .unwrap(),
        )
        .send()
        .await
        .unwrap()
}

/// Finding 2: the count of failures was read before any failure was written, so parallel
/// sign-ins checked 59 passwords and let the right one in. Now each attempt is reserved before
/// its password is checked: of 100 wrong ones at once for one account, from 100 addresses (so
/// that only the account's limit applies), at most 10 are checked, and the right password,
/// sent next from a browser the account does not know, is not let in.
#[tokio::test]
async fn a_hundred_parallel_sign_ins_for_one_account_check_at_most_ten_passwords() {
    let s = server().await;
    let password = "ledger harbour violet compass 1987";
    s.account_with_password("focal@example.org", &["focal_point:LKA"], password)
        .await;
    let (cookie, csrf) = form_of(&no_redirects(), &s.base).await;
    let mut tasks = Vec::new();
    for i in 0..100u8 {
        let (base, cookie, csrf) = (s.base.clone(), cookie.clone(), csrf.clone());
        tasks.push(tokio::spawn(async move {
            let client = browser_at(i + 2);
            let guess = format!("wrong guess number {i} of many");
            let r = sign_in(&client, &base, &cookie, &csrf, "focal@example.org", &guess).await;
            (r.status(), r.headers().contains_key("retry-after"))
        }));
    }
    let mut checked = 0;
    for t in tasks {
        let (status, retry) = t.await.unwrap();
        match status.as_u16() {
            // The password was checked (and was wrong).
            401 => checked += 1,
            429 | 503 => assert!(retry, "{status} says when to try again"),
            other => panic!("unexpected {other}"),
        }
    }
    assert!((1..=10).contains(&checked), "{checked} passwords checked");
    // Attempts refused as busy were given back (no password was checked): one at a time, the
    // account takes what is left of its ten, and no more.
    for n in 0..=10u8 {
        let r = sign_in(
            &browser_at(150 + n),
            &s.base,
            &cookie,
            &csrf,
            "focal@example.org",
            "one more wrong guess",
        )
        .await;
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            break;
        }
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        checked += 1;
    }
    assert_eq!(checked, 10, "ten passwords in all, however they arrived");
    let r = sign_in(
        &browser_at(200),
        &s.base,
        &cookie,
        &csrf,
        "focal@example.org",
        password,
    )
    .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
}

/// Finding 3 (its form-token part): a cookie `agora_form=X` with a field `csrf=X` passed. The
/// token must be the server's MAC of the cookie.
#[tokio::test]
async fn a_form_token_of_the_clients_choosing_is_refused() {
    let s = server().await;
    let password = "ledger harbour violet compass 1987";
    s.account_with_password("sec@colombo.example", &[], password)
        .await;
    let chosen = "ab".repeat(32);
    let client = no_redirects();
    let r = sign_in(
        &client,
        &s.base,
        &format!("agora_form={chosen}"),
        &chosen,
        "sec@colombo.example",
        password,
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The token the server made for another cookie does not fit this one either.
    let (_, other_token) = form_of(&client, &s.base).await;
    let r = sign_in(
        &client,
        &s.base,
        &format!("agora_form={chosen}"),
        &other_token,
        "sec@colombo.example",
        password,
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The set-password form takes the same tokens.
    let (token, hash) = agora_web::auth::new_token();
    s.store
        .add_setup_token(
            &agora_core::account::Email::parse("sec@colombo.example").unwrap(),
            &hash,
            "2999-01-01T00:00:00.000Z",
        )
        .await
        .unwrap();
    let r = s
        .post_form(
            &format!("/account/setup/{token}"),
            None,
            &format!(
                "csrf={chosen}&password=violet+compass+ledger+harbour+2026\
                 &password_again=violet+compass+ledger+harbour+2026"
            ),
            &[("cookie", &format!("agora_form={chosen}"))],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // With the server's own pair, signing in works.
    let (cookie, csrf) = form_of(&client, &s.base).await;
    let r = sign_in(
        &client,
        &s.base,
        &cookie,
        &csrf,
        "sec@colombo.example",
        password,
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

/// Finding 7: ten failures from one address locked an account for everyone, and ten failures
/// on unknown accounts locked a shared address out. A browser that signed in before keeps
/// signing in while the account is attacked from elsewhere; an address is slowed, not locked.
#[tokio::test]
async fn a_known_device_signs_in_while_its_account_is_under_attack_and_addresses_are_only_slowed() {
    let s = server().await;
    let password = "ledger harbour violet compass 1987";
    s.account_with_password(
        "sec@colombo.example",
        &["secretariat:colombo-process"],
        password,
    )
    .await;
    // The owner signs in once from the office: the browser is remembered.
    let office = browser_at(2);
    let (cookie, csrf) = form_of(&office, &s.base).await;
    let r = sign_in(
        &office,
        &s.base,
        &cookie,
        &csrf,
        "sec@colombo.example",
        password,
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let device = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("agora_device="))
        .expect("a device cookie");
    assert!(
        device.contains("HttpOnly") && device.contains("SameSite=Strict"),
        "{device}"
    );
    let device = device.split(';').next().unwrap().to_owned();
    // Someone elsewhere guesses, from many addresses, until the account is locked for them.
    for n in 10..40u8 {
        let r = sign_in(
            &browser_at(n),
            &s.base,
            &cookie,
            &csrf,
            "sec@colombo.example",
            "a wrong guess from elsewhere",
        )
        .await;
        assert!(matches!(r.status().as_u16(), 401 | 429), "{}", r.status());
    }
    let stranger = sign_in(
        &browser_at(50),
        &s.base,
        &cookie,
        &csrf,
        "sec@colombo.example",
        password,
    )
    .await;
    assert_eq!(
        stranger.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "a new device waits, even with the right password"
    );
    // The owner's browser is not locked out.
    let both = format!("{cookie}; {device}");
    let r = sign_in(
        &office,
        &s.base,
        &both,
        &csrf,
        "sec@colombo.example",
        password,
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // A device cookie is the account's own: for another account it counts for nothing.
    s.account_with_password("other@colombo.example", &[], password)
        .await;
    for _ in 0..10 {
        let r = sign_in(
            &browser_at(60),
            &s.base,
            &format!("{cookie}; {device}"),
            &csrf,
            "other@colombo.example",
            "a wrong guess with a borrowed device",
        )
        .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = sign_in(
        &browser_at(61),
        &s.base,
        &both,
        &csrf,
        "other@colombo.example",
        password,
    )
    .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);

    // A shared address: ten failures on unknown accounts, then it is slowed, not locked.
    let shared = browser_at(70);
    for i in 0..10 {
        let r = sign_in(
            &shared,
            &s.base,
            &cookie,
            &csrf,
            &format!("nobody{i}@example.org"),
            "whatever it is",
        )
        .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    s.account_with_password("colleague@colombo.example", &[], password)
        .await;
    let r = sign_in(
        &shared,
        &s.base,
        &cookie,
        &csrf,
        "colleague@colombo.example",
        password,
    )
    .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait <= 2, "a short delay, not fifteen minutes: {wait}");
    tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
    let r = sign_in(
        &shared,
        &s.base,
        &cookie,
        &csrf,
        "colleague@colombo.example",
        password,
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "a colleague gets in");
}

/// Finding 4: every refused sign-in wrote a row with the e-mail as typed (60 KB accepted), and
/// the admin page showed only the last 500. Fields are bounded, refusals aggregated per window,
/// and the page filters and pages through everything.
#[tokio::test]
async fn the_audit_log_cannot_be_flooded_and_its_page_reaches_every_entry() {
    let s = server().await;
    let admin = s.person("admin@example.org", &["admin"]).await;
    let (cookie, csrf) = form_of(&no_redirects(), &s.base).await;
    let client = no_redirects();
    let huge = format!("{}@example.org", "a".repeat(60_000));
    let r = sign_in(&client, &s.base, &cookie, &csrf, &huge, "whatever it is").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // 2,000 refused sign-ins, eight at a time.
    let mut statuses = std::collections::BTreeMap::new();
    for wave in 0..250 {
        let mut tasks = Vec::new();
        for i in 0..8 {
            let (base, cookie, csrf, client) =
                (s.base.clone(), cookie.clone(), csrf.clone(), client.clone());
            tasks.push(tokio::spawn(async move {
                sign_in(
                    &client,
                    &base,
                    &cookie,
                    &csrf,
                    &format!("flood{}@example.org", wave * 8 + i),
                    "not the password",
                )
                .await
                .status()
                .as_u16()
            }));
        }
        for t in tasks {
            *statuses.entry(t.await.unwrap()).or_insert(0) += 1;
        }
    }
    assert_eq!(statuses.values().sum::<i32>(), 2_000, "{statuses:?}");
    let log = s
        .store
        .audit_log(&Default::default(), 10_000)
        .await
        .unwrap();
    let sign_ins: Vec<_> = log.iter().filter(|a| a.action == "sign_in").collect();
    assert!(
        sign_ins.len() <= 10,
        "{} rows: {sign_ins:?}",
        sign_ins.len()
    );
    assert_eq!(
        sign_ins.iter().map(|a| a.count).sum::<i64>(),
        2_001,
        "every refusal is counted"
    );
    assert!(
        log.iter()
            .all(|a| a.target.len() <= 4 * agora_store::AUDIT_FIELD_CHARS),
        "no 60 KB row"
    );
    assert!(sign_ins.iter().all(|a| a.client == "127.0.0.1"));

    // Real events do not scroll away: 250 of them, then the page, filtered and paged.
    for n in 0..250 {
        s.store
            .audit(agora_store::AuditEvent {
                actor: "account:1",
                action: "contribution.publish",
                target: &n.to_string(),
                outcome: "ok",
                client: "",
            })
            .await
            .unwrap();
    }
    let rows_of = |page: &str| page.matches("<tr><td><time>").count();
    let mut next = Some("/admin/audit".to_owned());
    let mut total = 0;
    let mut pages = 0;
    while let Some(path) = next {
        let r = s.get_as(&path, Some(&admin)).await;
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let page = r.text().await.unwrap();
        total += rows_of(&page);
        pages += 1;
        next = page
            .split("<a href=\"")
            .filter_map(|p| p.split_once("\" rel=\"next\""))
            .map(|(href, _)| href.replace("&amp;", "&"))
            .next();
    }
    let everything = s
        .store
        .audit_log(&Default::default(), 10_000)
        .await
        .unwrap()
        .len();
    assert_eq!(total, everything, "the pages reach every entry");
    assert!(pages >= 3);
    let refused = s
        .get_as("/admin/audit?outcome=refused&action=sign_in", Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(rows_of(&refused), sign_ins.len());
    assert!(refused.contains("refused: throttled"));
    let one = s
        .get_as(
            "/admin/audit?action=contribution.publish&q=249",
            Some(&admin),
        )
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(rows_of(&one), 1);
    assert_eq!(
        s.get_as("/admin/audit?outcome=maybe", Some(&admin))
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        s.get_as("/admin/audit?before=-3", Some(&admin))
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );
}

/// Finding 6: uploading the exact bytes of a confidential file answered 409 "in the library
/// already", confirming that it exists. The upload is answered as a new one; the editor who
/// may see both decides, and publishing adds a document that shares the file.
#[tokio::test]
async fn uploading_a_hidden_documents_bytes_answers_like_a_new_file() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    let (secretariat, editor) = s.secretariat_and_editor().await;
    let secret = "Confidential assessment of the Colombo Process, interview notes 7.";
    let sha = s
        .document(
            "confidential-interviews",
            "Interview notes",
            DocVisibility::Confidential,
            secret,
        )
        .await;
    let fields = [
        ("forum", "colombo-process"),
        ("kind", "study"),
        ("lang", "en"),
    ];
    // What a new file gets, and what the hidden file's bytes get: the same answer.
    let (new_status, new) = s
        .upload_api(
            "/api/v1/documents",
            &secretariat,
            &fields,
            Some((
                "fresh.txt",
                b"A study of labour migration corridors, never seen before.",
            )),
        )
        .await;
    let (status, v) = s
        .upload_api(
            "/api/v1/documents",
            &secretariat,
            &fields,
            Some(("notes.txt", secret.as_bytes())),
        )
        .await;
    assert_eq!(
        (new_status, status),
        (StatusCode::CREATED, StatusCode::CREATED),
        "{v}"
    );
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&new), keys(&v));
    assert_eq!(v["state"], new["state"]);
    let id = v["entity_id"].as_str().unwrap().to_owned();
    assert_ne!(id, "confidential-interviews");
    assert_ne!(
        id,
        agora_ingest::documents::id_for(&sha).as_str(),
        "an upload's id says nothing about its bytes"
    );
    let text = serde_json::to_string(&v).unwrap();
    assert!(!text.contains("confidential-interviews") && !text.contains("Interview notes"));
    // Through the form too: the same redirect to the new contribution.
    let r = s
        .upload_form(
            "/documents/upload",
            &secretariat,
            &fields,
            Some(("notes.txt", secret.as_bytes())),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Its page says nothing of the hidden document to the uploader; the editor sees it.
    let page_for = |who: &Person| {
        let path = format!("/contributions/{}", v["id"]);
        let who = who.clone();
        let s = &s;
        async move { s.get_as(&path, Some(&who)).await.text().await.unwrap() }
    };
    let mine = page_for(&secretariat).await;
    assert!(!mine.contains("confidential-interviews") && !mine.contains("same file"));
    assert!(!mine.contains("cannot be published until it is rebased"));
    let editors = page_for(&editor).await;
    assert!(editors.contains("The same file is in the library already"));
    assert!(editors.contains("/documents/confidential-interviews"));
    // Published, it is a document of its own that shares the file; the hidden one is as it was.
    let n = v["id"].as_i64().unwrap();
    for step in ["submit", "start_review", "publish"] {
        let who = if step == "submit" {
            &secretariat
        } else {
            &editor
        };
        let (status, r) = s
            .api(
                Method::POST,
                &format!("/api/v1/contributions/{n}/steps"),
                Some(who),
                Some(json!({"step": step})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{step}: {r}");
    }
    let published = s.store.document(&id).await.unwrap().unwrap();
    assert_eq!(published.versions[0].files[0].sha256, sha);
    let hidden = s
        .store
        .document("confidential-interviews")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(hidden.visibility, DocVisibility::Confidential);
    let mut holders = s.store.documents_with_blob(&sha).await.unwrap();
    holders.sort();
    let mut expected = vec!["confidential-interviews".to_owned(), id.clone()];
    expected.sort();
    assert_eq!(holders, expected);
    let file = s
        .get_as(&format!("/documents/{id}/files/{sha}"), Some(&secretariat))
        .await;
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(
        s.get_as(
            &format!("/documents/confidential-interviews/files/{sha}"),
            Some(&secretariat)
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
}

/// Finding 5: the public's relevance scores were computed with the statistics of the whole
/// index, so watching a word's scores before and after revealed words of hidden documents.
/// Scores (and snippets) come from what the viewer may see.
#[tokio::test]
async fn scores_for_those_who_may_not_see_a_document_do_not_move_when_it_arrives() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    let non_member = s.person("fp@brazil.example", &["focal_point:BRA"]).await;
    let member = s.person("fp@srilanka.example", &["focal_point:LKA"]).await;
    let queries = [
        "migration",
        "regional consultative processes",
        "\"migration and development\"",
        "dialogue",
    ];
    let results = |who: Option<Person>| {
        let s = &s;
        async move {
            let mut out = Vec::new();
            for q in queries {
                let path = format!(
                    "/api/v1/search?{}",
                    serde_urlencoded::to_string([("q", q), ("limit", "100")]).unwrap()
                );
                let (status, v) = s.api(Method::GET, &path, who.as_ref(), None).await;
                assert_eq!(status, StatusCode::OK, "{v}");
                // Ids, scores and snippets, as the API gives them.
                out.push((v["total"].clone(), v["results"].clone()));
            }
            out
        }
    };
    let before = (
        results(None).await,
        results(Some(non_member.clone())).await,
        results(Some(member.clone())).await,
    );
    let words = "Migration and development: regional consultative processes in dialogue on \
                 migration, migration, migration.";
    s.document(
        "hidden-confidential-study",
        "Migration dialogue study",
        DocVisibility::Confidential,
        words,
    )
    .await;
    s.document(
        "hidden-participants-briefing",
        "Migration briefing for participants",
        DocVisibility::Participants {
            forum: "colombo-process".parse().unwrap(),
            public_from: None,
        },
        words,
    )
    .await;
    assert_eq!(results(None).await, before.0, "the public's results moved");
    assert_eq!(
        results(Some(non_member)).await,
        before.1,
        "a non-member's focal point's results moved"
    );
    // The member's focal point sees the participants' briefing: its results count it.
    let member_now = results(Some(member)).await;
    assert_ne!(member_now, before.2);
    assert!(
        serde_json::to_string(&member_now)
            .unwrap()
            .contains("hidden-participants-briefing")
    );
}

/// Behind a reverse proxy every request comes from the proxy: the address it says it forwarded
/// for is the client's — but only when the proxy is trusted, and an IPv6 client counts by its /64.
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_is_counted_on_its_own() {
    let s = server_behind_proxy().await;
    let (cookie, csrf) = form_of(&no_redirects(), &s.base).await;
    let from = |forwarded: &'static str, email: &'static str| {
        let (base, cookie, csrf) = (s.base.clone(), cookie.clone(), csrf.clone());
        async move {
            no_redirects()
                .post(format!("{base}/account/sign-in"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", cookie)
                .header("x-forwarded-for", forwarded)
                .body(format!(
                    "csrf={csrf}&email={email}&password=not+the+password"
                ))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    for i in 0..10 {
        let email = ["a%40x.org", "b%40x.org"][i % 2];
        assert_eq!(from("203.0.113.5", email).await, StatusCode::UNAUTHORIZED);
    }
    // That client waits; another behind the same proxy does not.
    assert_eq!(
        from("203.0.113.5", "c%40x.org").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        from("198.51.100.7", "c%40x.org").await,
        StatusCode::UNAUTHORIZED
    );
    // A client cannot hide behind an address of its choosing put first.
    assert_eq!(
        from("192.0.2.1, 203.0.113.5", "c%40x.org").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // IPv6: one subscriber's /64 is one client.
    for i in 0..10 {
        let (addr, email) = [
            ("2001:db8:7:7::1", "d%40x.org"),
            ("2001:db8:7:7:ffff::2", "e%40x.org"),
        ][i % 2];
        assert_eq!(from(addr, email).await, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(
        from("2001:db8:7:7:1234::9", "f%40x.org").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    let log = s.store.audit_log(&Default::default(), 100).await.unwrap();
    assert!(log.iter().any(|a| a.client == "203.0.113.5"), "{log:?}");
    assert!(
        log.iter().any(|a| a.client == "2001:db8:7:7::/64"),
        "{log:?}"
    );

    // Without trust, the header is anybody's to write and is not believed.
    let plain = server().await;
    let (cookie, csrf) = form_of(&no_redirects(), &plain.base).await;
    for i in 0..11u8 {
        let r = no_redirects()
            .post(format!("{}/account/sign-in", plain.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", &cookie)
            .header("x-forwarded-for", format!("203.0.113.{i}"))
            .body(format!(
                "csrf={csrf}&email=g{i}%40x.org&password=not+the+password"
            ))
            .send()
            .await
            .unwrap();
        let want = if i < 10 {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::TOO_MANY_REQUESTS
        };
        assert_eq!(r.status(), want, "attempt {i}");
    }
}
