//! Helpers shared by the HTTP test binaries: a real server on a free port with the built-in
//! dataset, and people with roles.
#![allow(dead_code)]

use std::sync::Arc;

use agora_store::{DataDir, Store};
use reqwest::StatusCode;
use serde_json::Value;

pub struct Server {
    pub base: String,
    pub store: Arc<dyn Store>,
    pub blobs: agora_store::Blobs,
    pub client: reqwest::Client,
    _tmp: tempfile::TempDir,
}

pub const TODAY: &str = "2026-11-27";

pub async fn server() -> Server {
    server_with(false).await
}

/// A server as if behind `--public-url https://...` when `secure`: cookies are `Secure` and
/// `__Host-` prefixed.
pub async fn server_with(secure: bool) -> Server {
    server_set(|state| state.secure_cookies = secure).await
}

/// A server behind a reverse proxy at 127.0.0.1 (`--trusted-proxy 127.0.0.1`): the test client
/// plays the proxy, and `X-Forwarded-For` says who the client is.
pub async fn server_behind_proxy() -> Server {
    server_set(|state| state.trusted_proxies = vec!["127.0.0.1".parse().unwrap()].into()).await
}

/// A server whose state `set` adjusts before it serves.
pub async fn server_set(set: impl FnOnce(&mut agora_web::AppState)) -> Server {
    let tmp = tempfile::tempdir().unwrap();
    let url = match std::env::var("AGORA_TEST_BACKEND").as_deref() {
        Ok("postgres") => Some(
            agora_store::testing::fresh_postgres_database()
                .await
                .expect("AGORA_TEST_BACKEND=postgres needs AGORA_TEST_POSTGRES_URL"),
        ),
        Ok("sqlite") | Err(_) => None,
        Ok(other) => panic!("unknown AGORA_TEST_BACKEND {other}"),
    };
    let store = agora_store::testing::fresh_store(tmp.path(), url.as_deref()).await;
    store
        .import(&agora_ingest::builtin::dataset(), "test", &|_| {})
        .await
        .unwrap();
    // The built-in meetings, without their outcome documents: a test's library starts empty.
    let meetings: Vec<Value> = agora_ingest::builtin::meetings()
        .into_iter()
        .map(|mut m| {
            m.documents.clear();
            serde_json::to_value(m).unwrap()
        })
        .collect();
    write_meetings(store.as_ref(), &meetings).await;
    write_recommendations(store.as_ref()).await;
    agora_app::routes::load_builtin(store.as_ref())
        .await
        .unwrap();
    write_practices(store.as_ref()).await;
    let index = std::sync::Arc::new(
        agora_search::SearchIndex::open(&DataDir::new(tmp.path()).index_dir()).unwrap(),
    );
    // The installation's blobs: files here on SQLite, the database's tables on PostgreSQL.
    let blobs = DataDir::new(tmp.path()).blobs_of(store.as_ref());
    let mut state = agora_web::AppState::new(
        store.clone(),
        blobs.clone(),
        index,
        Some(TODAY.parse().unwrap()),
    )
    .await
    .unwrap();
    set(&mut state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(agora_web::serve(
        listener,
        state,
        std::future::pending(),
        std::time::Duration::from_secs(1),
    ));
    Server {
        base,
        blobs,
        store,
        client: reqwest::Client::new(),
        _tmp: tmp,
    }
}

impl Server {
    /// The same installation (its database and files) served by a second process whose
    /// clock says `today`: days pass for the data this server wrote.
    pub async fn on_day(&self, today: &str) -> Server {
        let tmp = tempfile::tempdir().unwrap();
        let index = std::sync::Arc::new(
            agora_search::SearchIndex::open(&DataDir::new(tmp.path()).index_dir()).unwrap(),
        );
        let state = agora_web::AppState::new(
            self.store.clone(),
            self.blobs.clone(),
            index,
            Some(today.parse().unwrap()),
        )
        .await
        .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(agora_web::serve(
            listener,
            state,
            std::future::pending(),
            std::time::Duration::from_secs(1),
        ));
        Server {
            base,
            blobs: self.blobs.clone(),
            store: self.store.clone(),
            client: reqwest::Client::new(),
            _tmp: tmp,
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }
    pub async fn text(&self, path: &str) -> (StatusCode, String, String) {
        let r = self.get(path).await;
        let status = r.status();
        let ct = r
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (status, ct, r.text().await.unwrap())
    }
    pub async fn json(&self, path: &str) -> (StatusCode, Value) {
        let (status, ct, body) = self.text(path).await;
        assert!(ct.contains("json"), "{path}: content type {ct}");
        (status, serde_json::from_str(&body).unwrap())
    }
    /// Expect a 200 JSON answer.
    pub async fn ok(&self, path: &str) -> Value {
        let (status, v) = self.json(path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {v}");
        v
    }
}

/// The `name=value` of a response's first cookie.
pub fn cookie_of(r: &reqwest::Response) -> String {
    r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

/// The text between the first `start` in `text` and the next `end` after it.
pub fn between(text: &str, start: &str, end: char) -> String {
    let (_, after) = text
        .split_once(start)
        .unwrap_or_else(|| panic!("no {start:?} in the text"));
    after.split(end).next().unwrap_or_default().to_owned()
}

/// The synchronizer token of a page's first form.
pub fn csrf_of(page: &str) -> String {
    between(page, "name=\"csrf\" value=\"", '"')
}

/// The sign-in form's cookie and token, as a browser gets them.
pub async fn sign_in_form(base: &str) -> (String, String) {
    let r = reqwest::get(format!("{base}/account/sign-in"))
        .await
        .unwrap();
    let cookie = cookie_of(&r);
    (cookie, csrf_of(&r.text().await.unwrap()))
}

pub fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A signed-in person: a session cookie with its form token, and an API token.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: agora_core::account::AccountId,
    pub cookie: String,
    pub csrf: String,
    pub token: String,
}

impl Server {
    /// The Colombo Process's secretariat (`sec@colombo.example`) and an editor
    /// (`editor@example.org`), as the contribution tests need them.
    pub async fn secretariat_and_editor(&self) -> (Person, Person) {
        let secretariat = self
            .person("sec@colombo.example", &["secretariat:colombo-process"])
            .await;
        (
            secretariat,
            self.person("editor@example.org", &["editor"]).await,
        )
    }

    /// An account with roles, signed in (a session made through the store, as sign-in makes
    /// it) and holding an API token that may contribute.
    pub async fn person(&self, email: &str, roles: &[&str]) -> Person {
        use agora_core::policy::{Scope, Scopes};
        self.person_with(email, roles, Scopes::of(&[Scope::Contribute]))
            .await
    }

    /// [`Server::person`] whose API token has these scopes.
    pub async fn person_with(
        &self,
        email: &str,
        roles: &[&str],
        scopes: agora_core::policy::Scopes,
    ) -> Person {
        let (account, _) = self.account_with_link(email, roles).await;
        let (session, session_hash) = agora_web::auth::new_token();
        let (csrf, _) = agora_web::auth::new_token();
        self.store
            .create_session(account.id, &session_hash, &csrf, "2999-01-01T00:00:00.000Z")
            .await
            .unwrap();
        let (token, token_hash) = agora_web::auth::new_token();
        self.store
            .create_api_token(account.id, "tests", &token_hash, scopes)
            .await
            .unwrap();
        Person {
            id: account.id,
            cookie: format!("agora_session={session}"),
            csrf,
            token,
        }
    }

    /// A new account with roles and a one-time link to set its password (valid until 2999): the
    /// account, and the link's token.
    pub async fn account_with_link(
        &self,
        email: &str,
        roles: &[&str],
    ) -> (agora_core::account::Account, String) {
        let (token, hash) = agora_web::auth::new_token();
        let roles: Vec<agora_core::policy::AccessRole> =
            roles.iter().map(|r| r.parse().unwrap()).collect();
        let account = self
            .store
            .create_account(
                &agora_core::account::Email::parse(email).unwrap(),
                &roles,
                &hash,
                "2999-01-01T00:00:00.000Z",
            )
            .await
            .unwrap();
        (account, token)
    }

    /// An account with roles and a password, set through the store as the one-time link sets
    /// it (not signed in).
    pub async fn account_with_password(&self, email: &str, roles: &[&str], password: &str) {
        let (_, token) = self.account_with_link(email, roles).await;
        let hash = agora_app::accounts::token_hash(&token);
        let stored = agora_web::auth::hash_password(password.to_owned())
            .await
            .unwrap();
        assert!(
            self.store
                .set_password_with_token(&hash, &stored)
                .await
                .unwrap()
        );
    }

    /// A form post with a person's session (or none), following no redirects.
    pub async fn post_form(
        &self,
        path: &str,
        who: Option<&Person>,
        body: &str,
        extra: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut req = no_redirects()
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_owned());
        if let Some(p) = who {
            req = req.header("cookie", &p.cookie);
        }
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        req.send().await.unwrap()
    }

    /// A page with a person's session (or none), following no redirects.
    pub async fn get_as(&self, path: &str, who: Option<&Person>) -> reqwest::Response {
        let mut req = no_redirects().get(format!("{}{path}", self.base));
        if let Some(p) = who {
            req = req.header("cookie", &p.cookie);
        }
        req.send().await.unwrap()
    }

    /// An API call with a person's token (or none).
    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        who: Option<&Person>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if let Some(p) = who {
            req = req.bearer_auth(&p.token);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let r = req.send().await.unwrap();
        let status = r.status();
        let text = r.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }
}

impl Server {
    /// The stored body of a built-in kind's record (forum, membership, document), as JSON.
    pub async fn record(&self, entity: agora_core::contribution::Entity, id: &str) -> Value {
        let kind = agora_core::kind::builtin()
            .into_iter()
            .find(|k| k.entity() == entity)
            .expect("a built-in kind");
        let body = self.store.record_body(kind.table(), id).await.unwrap();
        serde_json::from_str(&body.expect("the record exists")).unwrap()
    }

    /// Store a one-file document with some text (its bytes in the blob store); the file's SHA-256.
    pub async fn document(
        &self,
        id: &str,
        title: &str,
        visibility: agora_core::document::DocVisibility,
        text: &str,
    ) -> String {
        use agora_core::document::{DocFile, DocKind, DocVersion, Document};
        let (sha, _) = self.blobs.put(text.as_bytes()).await.unwrap();
        let d = Document {
            id: id.parse().unwrap(),
            kind: DocKind::Study,
            date: Some("2026".parse().unwrap()),
            fora: vec!["colombo-process".parse().unwrap()],
            meeting: Some(format!("{title} meeting")),
            themes: vec![],
            source_url: None,
            licence: None,
            about: agora_core::document::About::default(),
            visibility,
            versions: vec![DocVersion {
                lang: "en".parse().unwrap(),
                title: title.to_owned(),
                files: vec![DocFile {
                    sha256: sha.clone(),
                    name: format!("{title}.txt"),
                    media_type: "text/plain".into(),
                    size: text.len() as u64,
                }],
            }],
        };
        let texts = vec![("en".parse().unwrap(), text.to_owned())];
        assert!(self.store.put_document(&d, &texts, "test").await.unwrap());
        sha
    }
}

/// Check meetings as a contribution would and write them, as published.
pub async fn write_meetings(store: &dyn agora_store::Store, meetings: &[Value]) {
    use agora_core::kind::RecordKind;
    let kind = agora_core::meeting::MeetingKind;
    let mut known = store.catalogue().await.unwrap();
    known.meetings.extend(
        meetings
            .iter()
            .map(|m| m["id"].as_str().unwrap().parse().unwrap()),
    );
    let records: Vec<(String, String)> = meetings
        .iter()
        .map(|m| {
            let c = kind.check(m, &known).unwrap();
            (c.id, c.body)
        })
        .collect();
    store.write_records(&kind, &records, "test").await.unwrap();
}

/// An editor reviews a contribution and publishes it.
pub async fn publish(s: &Server, editor: &Person, n: i64) {
    for step in ["start_review", "publish"] {
        let (status, v) = s
            .api(
                reqwest::Method::POST,
                &format!("/api/v1/contributions/{n}/steps"),
                Some(editor),
                Some(serde_json::json!({"step": step})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{v}");
    }
}

/// The built-in recommendations, without the paper they are in (a test's library starts
/// empty).
pub async fn write_recommendations(store: &dyn agora_store::Store) {
    use agora_core::kind::RecordKind;
    let kind = agora_core::recommendation::RecommendationKind;
    let builtin = agora_ingest::builtin::recommendations();
    let mut known = store.catalogue().await.unwrap();
    known
        .recommendations
        .extend(builtin.iter().map(|r| (r.id.clone(), r.into())));
    let records: Vec<(String, String)> = builtin
        .into_iter()
        .map(|mut r| {
            r.document = None;
            r.paragraph = None;
            let c = kind
                .check(&serde_json::to_value(r).unwrap(), &known)
                .unwrap();
            (c.id, c.body)
        })
        .collect();
    store.write_records(&kind, &records, "test").await.unwrap();
}

/// The built-in practices, their evidence pointing to the paper's address rather than to the
/// library (which these servers leave empty).
pub async fn write_practices(store: &dyn agora_store::Store) {
    use agora_core::kind::RecordKind;
    let kind = agora_core::practice::PracticeKind;
    let known = store.catalogue().await.unwrap();
    let records: Vec<(String, String)> = agora_ingest::builtin::practices()
        .into_iter()
        .map(|mut p| {
            let url = p.sources[0].url.clone();
            for e in &mut p.evidence {
                e.document = None;
                e.paragraph = None;
                e.url = Some(url.clone());
            }
            let c = kind
                .check(&serde_json::to_value(p).unwrap(), &known)
                .unwrap();
            (c.id, c.body)
        })
        .collect();
    store.write_records(&kind, &records, "test").await.unwrap();
}

/// A `multipart/form-data` body of text fields and a file (name, bytes): its content type and
/// bytes.
pub fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "agora-test-boundary-7d1e0c";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

impl Server {
    /// Upload a file to an API route (`/api/v1/documents`, `/api/v1/contributions/spreadsheet`)
    /// with a person's token: the status and the JSON answer.
    pub async fn upload_api(
        &self,
        path: &str,
        who: &Person,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> (StatusCode, Value) {
        let (content_type, body) = multipart(fields, file);
        let r = self
            .client
            .post(format!("{}{path}", self.base))
            .bearer_auth(&who.token)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap();
        let status = r.status();
        let text = r.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    /// A multipart form posted to a page (`/documents/upload`, `/contributions/spreadsheet`) as
    /// `who`, with their session and form token.
    pub async fn upload_form(
        &self,
        path: &str,
        who: &Person,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> reqwest::Response {
        let mut all = vec![("csrf", who.csrf.as_str())];
        all.extend_from_slice(fields);
        let (content_type, body) = multipart(&all, file);
        no_redirects()
            .post(format!("{}{path}", self.base))
            .header("cookie", &who.cookie)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap()
    }
}

/// A route template made a path: the `specific` replacements first (in order), then the forum,
/// the language file, the feed key and the like, and any other id as `1`.
pub fn fill_route(template: &str, specific: &[(&str, &str)]) -> String {
    const COMMON: [(&str, &str); 9] = [
        ("{*path}", "style.css"),
        ("{forum}", "colombo-process"),
        ("/fora/{id}", "/fora/colombo-process"),
        ("{id}", "1"),
        ("{name}", "1999-01-01"),
        ("{report}", "1"),
        ("{key}", "x.atom"),
        ("{token}", "x"),
        ("{sha}", "0"),
    ];
    specific
        .iter()
        .chain(COMMON.iter())
        .fold(template.to_owned(), |p, (from, to)| p.replace(from, to))
}

/// Every GET route whose template `keep` accepts, made a path by [`fill_route`].
pub fn get_routes(keep: impl Fn(&str) -> bool, specific: &[(&str, &str)]) -> Vec<String> {
    agora_web::router::route_table()
        .into_iter()
        .filter(|(m, t)| *m == reqwest::Method::GET && keep(t))
        .map(|(_, t)| fill_route(t, specific))
        .collect()
}

/// The paths of a canary sweep: these, a search for each word on each of `searches`, and the
/// pages among them again in Arabic.
pub fn with_searches_in_arabic(
    mut paths: Vec<String>,
    words: &[&str],
    searches: &[&str],
) -> Vec<String> {
    for w in words {
        for p in searches {
            paths.push(format!("{p}?q={w}"));
        }
    }
    let arabic: Vec<String> = paths
        .iter()
        .filter(|p| {
            !p.starts_with("/api/")
                && !p.starts_with("/static/")
                && !["/healthz", "/readyz", "/metrics"].contains(&p.as_str())
        })
        .map(|p| format!("/ar{p}"))
        .collect();
    paths.extend(arabic);
    paths
}

/// A PDF's text as poppler's `pdftotext` reads it (Debian poppler-utils, which `scripts/test`
/// installs): what a reader copying from the PDF, or a search engine, gets.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("read.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (Debian poppler-utils, installed by scripts/test)");
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A response's body as a person reads it: a PDF's text, anything else as it is.
pub async fn readable(r: reqwest::Response) -> String {
    let pdf = r
        .headers()
        .get("content-type")
        .is_some_and(|v| v.as_bytes().starts_with(b"application/pdf"));
    let bytes = r.bytes().await.unwrap();
    if pdf {
        pdf_text(&bytes)
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    }
}
