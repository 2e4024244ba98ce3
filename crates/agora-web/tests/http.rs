//! HTTP tests against the real server on a free port, each with its own database holding the
//! built-in dataset, and "today" fixed so that answers do not change with the calendar.
//! `AGORA_TEST_BACKEND=postgres` runs them on PostgreSQL (a fresh database per test on the
//! server of `AGORA_TEST_POSTGRES_URL`); the default is SQLite.

mod common;

use agora_core::Dataset;
use common::*;
use reqwest::StatusCode;
use serde_json::Value;

fn ids(v: &Value, field: &str) -> Vec<String> {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x[field].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn puebla_finds_the_regional_conference_and_its_eleven_2009_members() {
    let s = server().await;
    let found = s.ok("/api/v1/fora?q=puebla").await;
    assert_eq!(ids(&found, "id"), ["rcm"]);
    assert_eq!(
        found["results"][0]["name"],
        "Regional Conference on Migration"
    );
    let members = s
        .ok("/api/v1/fora/rcm/memberships?as_of=2009-06-04&role=member")
        .await;
    let mut codes: Vec<String> = members["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["member"]["id"].as_str().unwrap().to_owned())
        .collect();
    codes.sort();
    assert_eq!(
        codes,
        [
            "BLZ", "CAN", "CRI", "DOM", "GTM", "HND", "MEX", "NIC", "PAN", "SLV", "USA"
        ]
    );
    let m = &members["results"][0];
    assert_eq!(m["organization_id"], "rcm");
    assert_eq!(m["member"]["@type"], "Area");
    assert_eq!(m["role"], "member");
    assert!(
        m["sources"].as_array().unwrap()[0]["url"]
            .as_str()
            .unwrap()
            .starts_with("http")
    );
    assert!(["verified", "unverified"].contains(&m["verification"].as_str().unwrap()));
}

#[tokio::test]
async fn search_ignores_accents_and_case_and_covers_aliases() {
    let s = server().await;
    for q in ["soderkoping", "SÖDERKÖPING", "Cross-Border", "cbcp"] {
        let v = s.ok(&format!("/api/v1/fora?q={q}")).await;
        assert!(
            ids(&v, "id").contains(&"soderkoping-process".to_owned()),
            "{q}"
        );
    }
    // A Spanish name, found first and shown as the name that matched; and a former name.
    let spanish = s
        .ok("/api/v1/fora?q=conferencia%20regional%20sobre%20migracion")
        .await;
    assert_eq!(ids(&spanish, "id")[0], "rcm");
    assert_eq!(
        spanish["results"][0]["matched_name"],
        "Conferencia Regional sobre Migración"
    );
    assert!(
        ids(
            &s.ok("/api/v1/fora?q=organisation%20of%20african%20unity")
                .await,
            "id"
        )
        .contains(&"au".to_owned())
    );
    assert_eq!(
        s.ok("/api/v1/fora?q=zzzzqqq").await["results"],
        serde_json::json!([])
    );
}

#[tokio::test]
async fn filters_narrow_the_fora_list() {
    let s = server().await;
    let rcps = s
        .ok("/api/v1/fora?category=rcp&as_of=2009-06-04&limit=500")
        .await;
    let rcp_ids = ids(&rcps, "id");
    assert!(
        rcp_ids.contains(&"bali-process".to_owned()),
        "the Bali Process was an RCP in 2009"
    );
    let now = ids(&s.ok("/api/v1/fora?category=rcp&limit=500").await, "id");
    assert!(
        !now.contains(&"bali-process".to_owned()),
        "IOM later reclassified it"
    );
    let regional = ids(
        &s.ok("/api/v1/fora?category=regional_organisation&limit=500")
            .await,
        "id",
    );
    assert_eq!(regional.len(), 21);
    let west_africa = ids(&s.ok("/api/v1/fora?region=11&limit=500").await, "id");
    assert!(
        west_africa.contains(&"ecowas".to_owned()) && west_africa.contains(&"midwa".to_owned())
    );
    let dissolved = ids(&s.ok("/api/v1/fora?status=dissolved").await, "id");
    assert_eq!(dissolved, ["soderkoping-process"]);
    let themed = ids(
        &s.ok("/api/v1/fora?theme=remittances&limit=500").await,
        "id",
    );
    assert!(!themed.is_empty() && themed.len() < 53);
    let md = s.ok("/api/v1/fora?md_status=priority&limit=500").await;
    assert!(
        md["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["md_status"] == "priority")
    );
    // Sorting by members: most first.
    let by_members = s.ok("/api/v1/fora?sort=members&limit=3").await;
    let counts: Vec<u64> = by_members["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["member_count"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
}

#[tokio::test]
async fn cursor_paging_visits_every_record_once() {
    let s = server().await;
    for (path, field, total) in [
        ("/api/v1/areas?limit=7", "code", 255),
        ("/api/v1/fora?sort=established&limit=5", "id", 66),
        ("/api/v1/organisations?limit=10", "id", 45),
        ("/api/v1/fora/acp-eu-dialogue/memberships?limit=9", "id", 0),
    ] {
        let mut seen = Vec::new();
        let mut next = path.to_owned();
        loop {
            let v = s.ok(&next).await;
            seen.extend(ids(&v, field));
            match v["next_cursor"].as_str() {
                Some(c) => next = format!("{path}&cursor={c}"),
                None => break,
            }
        }
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), seen.len(), "{path}: a record came twice");
        if total > 0 {
            assert_eq!(seen.len(), total, "{path}");
        } else {
            assert!(seen.len() > 100, "{path}: {}", seen.len());
        }
    }
}

#[tokio::test]
async fn one_record_endpoints_answer_with_the_whole_record() {
    let s = server().await;
    let f = s.ok("/api/v1/fora/bali-process?as_of=2009-06-04").await;
    assert_eq!(f["category"], "interregional_forum");
    assert_eq!(f["categories"][0]["category"], "rcp");
    assert_eq!(f["as_of"], "2009-06-04");
    let igad = s.ok("/api/v1/fora/igad").await;
    assert!(
        igad["children"]
            .as_array()
            .unwrap()
            .contains(&Value::from("igad-rcp"))
    );
    let swe = s.ok("/api/v1/areas/SWE?as_of=2009-06-04").await;
    assert_eq!(swe["names"]["fr"], "Suède");
    assert_eq!(swe["region"]["code"], 150);
    let forums: Vec<&str> = swe["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["organization_id"].as_str().unwrap())
        .collect();
    assert!(
        forums.contains(&"eu") && !forums.contains(&"soderkoping-process"),
        "{forums:?}"
    );
    let all = s.ok("/api/v1/areas/SWE").await;
    assert!(
        all["memberships"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["organization_id"] == "soderkoping-process")
    );
    let iom = s.ok("/api/v1/organisations/iom").await;
    assert!(
        iom["memberships"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["role"] == "secretariat")
    );
}

#[tokio::test]
async fn unknown_ids_are_404_problems() {
    let s = server().await;
    for path in [
        "/api/v1/fora/no-such-forum",
        "/api/v1/fora/No%20Such",
        "/api/v1/fora/no-such-forum/memberships",
        "/api/v1/areas/QQQ",
        "/api/v1/areas/sweden",
        "/api/v1/organisations/nobody",
        "/api/v1/nothing-here",
    ] {
        let (status, ct, body) = s.text(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(ct, "application/problem+json", "{path}");
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["status"], 404);
        assert!(
            ["not_found", "no_route"].contains(&v["code"].as_str().unwrap()),
            "{path}: {v}"
        );
    }
    for path in [
        "/fora/no-such-forum",
        "/areas/QQQ",
        "/organisations/nobody",
        "/fora/nope/map.svg",
        "/nothing-here",
        "/static/nope.css",
    ] {
        let (status, ct, _) = s.text(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(ct.starts_with("text/"), "{path}: {ct}");
    }
}

#[tokio::test]
async fn malformed_parameters_are_400_problems_naming_the_parameter() {
    let s = server().await;
    let cases = [
        ("/api/v1/fora?as_of=2009-13-01", "as_of"),
        ("/api/v1/fora?as_of=yesterday", "as_of"),
        ("/api/v1/fora?limit=0", "limit"),
        ("/api/v1/fora?limit=501", "limit"),
        ("/api/v1/fora?limit=ten", "limit"),
        ("/api/v1/fora?cursor=not-a-cursor", "cursor"),
        ("/api/v1/fora?cursor=7631", "cursor"),
        ("/api/v1/fora?category=club", "category"),
        ("/api/v1/fora?region=999", "region"),
        ("/api/v1/fora?theme=gardening", "theme"),
        ("/api/v1/fora?sort=random", "sort"),
        ("/api/v1/fora?colour=red", "colour"),
        ("/api/v1/fora?q=a&q=b", "q"),
        ("/api/v1/fora/rcm?as_of=2009-02-30", "as_of"),
        ("/api/v1/fora/rcm/memberships?role=king", "role"),
        ("/api/v1/fora/rcm/memberships?as_of=09-06-04", "as_of"),
        ("/api/v1/fora/rcm/memberships?limit=-1", "limit"),
        ("/api/v1/areas?as_of=2009-00", "as_of"),
        ("/api/v1/areas?cursor=zz", "cursor"),
        ("/api/v1/areas/SWE?as_of=2009-06-31", "as_of"),
        ("/api/v1/organisations?limit=1000", "limit"),
        ("/api/v1/organisations/iom?as_of=x", "as_of"),
        // An empty value is a malformed value in the API (forms are the pages' business).
        ("/api/v1/fora?limit=", "limit"),
        ("/api/v1/fora?category=", "category"),
        ("/api/v1/fora?cursor=", "cursor"),
        ("/api/v1/areas/SWE?as_of=", "as_of"),
        ("/api/v1/organisations?limit=", "limit"),
    ];
    for (path, parameter) in cases {
        let (status, v) = s.json(path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {v}");
        assert_eq!(v["code"], "invalid_parameter", "{path}");
        assert_eq!(v["parameter"], parameter, "{path}: {v}");
        assert!(
            v["detail"]
                .as_str()
                .unwrap()
                .contains(&format!("'{parameter}'")),
            "{path}: {v}"
        );
    }
    // A cursor of one sort order is refused for another.
    let page = s.ok("/api/v1/fora?limit=2").await;
    let cursor = page["next_cursor"].as_str().unwrap();
    let (status, v) = s
        .json(&format!(
            "/api/v1/fora?limit=2&sort=members&cursor={cursor}"
        ))
        .await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("cursor"))
    );
    // Pages say the same in HTML.
    for (path, parameter) in [
        ("/fora?as_of=2009-13-01", "as_of"),
        ("/fora/rcm?as_of=nope", "as_of"),
        ("/areas/SWE?as_of=1", "as_of"),
        ("/?as_of=x", "as_of"),
        ("/fora?category=club", "category"),
    ] {
        let (status, ct, body) = s.text(path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert!(
            ct.starts_with("text/html")
                && body.contains(&format!("a value that cannot be read: “{parameter}”")),
            "{path}: {body}"
        );
        // What the rule says, in the page's language.
        assert!(body.contains("<p class=\"detail\">"), "{path}");
        // In French, the same in French, the rule's words too.
        let (status, _, body) = s.text(&format!("/fr{path}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert!(body.contains("une valeur illisible"), "{path}: {body}");
        let detail = body
            .split("<p class=\"detail\">")
            .nth(1)
            .and_then(|d| d.split("</p>").next())
            .unwrap_or_else(|| panic!("{path}: no detail in {body}"));
        assert!(
            [
                "n’est pas",
                "ne fait pas partie",
                "doit",
                "format attendu",
                "autorisé"
            ]
            .iter()
            .any(|w| detail.contains(w)),
            "{path}: the rule is not said in French: {detail}"
        );
    }
}

#[tokio::test]
async fn every_page_renders_and_says_which_date_it_shows() {
    let s = server().await;
    let pages = [
        ("/", "Inter-state dialogue on migration"),
        (
            "/?as_of=2009-06-04",
            "Showing the landscape on <strong>4 June 2009</strong>",
        ),
        ("/fora", "Regional Conference on Migration"),
        (
            "/fora?q=soderkoping&as_of=2009-06-04",
            "Söderköping Process",
        ),
        ("/fora/soderkoping-process", "Members on 27 November 2026"),
        (
            "/fora/soderkoping-process?as_of=2009-06-04",
            "Members on 4 June 2009 (9)",
        ),
        (
            "/fora/igad-rcp",
            "Intergovernmental Authority on Development",
        ),
        ("/areas", "States and territories"),
        ("/areas/SWE?as_of=2009-06-04", "Takes part in"),
        ("/areas/XKX", "Kosovo"),
        ("/organisations", "International Organization for Migration"),
        ("/organisations/iom", "secretariat"),
        ("/api/docs", "/api/openapi.json"),
    ];
    for (path, expected) in pages {
        let (status, ct, body) = s.text(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(ct.starts_with("text/html"), "{path}: {ct}");
        assert!(body.contains(expected), "{path}: {expected:?} missing");
        assert!(body.starts_with("<!DOCTYPE html>"), "{path}");
    }
    // Sweden joined the Söderköping Process in 2010: absent from the 2009 member table.
    let (_, _, y2009) = s.text("/fora/soderkoping-process?as_of=2009-06-04").await;
    let members_2009 = &y2009[y2009.find("id=\"members\"").unwrap()
        ..y2009.find("id=\"observers\"").unwrap_or(y2009.len())];
    assert!(!members_2009.contains(">Sweden<") && members_2009.contains(">Belarus<"));
    let (_, _, y2010) = s.text("/fora/soderkoping-process?as_of=2010-06-01").await;
    assert!(y2010.contains(">Sweden<"));
    // JSON-LD on forum and state pages.
    for path in ["/fora/rcm", "/areas/MEX"] {
        let (_, _, body) = s.text(path).await;
        let start = body.find("<script type=\"application/ld+json\">").unwrap() + 35;
        let end = start + body[start..].find("</script>").unwrap();
        let ld: Value = serde_json::from_str(&body[start..end]).unwrap();
        assert_eq!(ld["@context"], "https://schema.org", "{path}");
    }
    // Maps are SVG documents of their own.
    for path in [
        "/map.svg",
        "/map.svg?as_of=2009-06-04",
        "/fora/rcm/map.svg?as_of=2009-06-04",
    ] {
        let (status, ct, body) = s.text(path).await;
        assert_eq!(
            (status, ct.as_str()),
            (StatusCode::OK, "image/svg+xml"),
            "{path}"
        );
        assert!(
            body.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                && body.contains("<path d=\"M")
        );
    }
    let (_, _, rcm_map) = s.text("/fora/rcm/map.svg").await;
    assert!(rcm_map.contains("Mexico: member"));
}

#[tokio::test]
async fn static_files_health_and_openapi_are_served() {
    let s = server().await;
    for name in agora_web::statics::names() {
        let r = s.get(&format!("/static/{name}")).await;
        assert_eq!(r.status(), StatusCode::OK, "{name}");
        assert!(r.bytes().await.unwrap().len() > 100, "{name}");
    }
    // Every stylesheet, script and image a page refers to is there.
    for page in [
        "/",
        "/fora",
        "/fora/rcm",
        "/areas/SWE",
        "/organisations/iom",
        "/api/docs",
    ] {
        let (_, _, body) = s.text(page).await;
        for (i, _) in body
            .match_indices("=\"/static/")
            .chain(body.match_indices("=\"/map.svg"))
        {
            let url = &body[i + 2..];
            let url = &url[..url.find('"').unwrap()].replace("&amp;", "&");
            let r = s.get(url).await;
            assert_eq!(r.status(), StatusCode::OK, "{page} refers to {url}");
        }
    }
    let (status, _, body) = s.text("/healthz").await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok\n"));
    // Alive, but not ready while its search index has not caught up with the change log (the
    // test server has no follower: a search catches it up).
    let r = s.get("/readyz").await;
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(r.headers()["retry-after"], "1");
    let behind: Value = r.json().await.unwrap();
    assert_eq!(behind["ready"], false, "{behind}");
    assert!(
        behind["index"].as_i64() < behind["change_log"].as_i64(),
        "{behind}"
    );
    s.ok("/api/v1/search?q=migration").await;
    let ready = s.ok("/readyz").await;
    assert_eq!(ready["ready"], true, "{ready}");
    assert_eq!(ready["index"], ready["change_log"], "{ready}");
    let doc = s.ok("/api/openapi.json").await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for p in [
        "/api/v1/fora",
        "/api/v1/fora/{id}",
        "/api/v1/fora/{id}/memberships",
        "/api/v1/areas",
        "/api/v1/areas/{code}",
        "/api/v1/organisations",
        "/api/v1/organisations/{id}",
    ] {
        assert!(doc["paths"].get(p).is_some(), "{p} is not described");
    }
}

#[tokio::test]
async fn etags_and_security_headers() {
    let s = server().await;
    for path in ["/api/v1/fora/rcm", "/fora/rcm"] {
        let r = s.get(path).await;
        let tag = r.headers()["etag"].to_str().unwrap().to_owned();
        assert!(tag.starts_with("W/\""), "{tag}");
        let again = s
            .client
            .get(format!("{}{path}", s.base))
            .header("if-none-match", &tag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
        let other = s
            .client
            .get(format!("{}{path}", s.base))
            .header("if-none-match", "\"0\"")
            .send()
            .await
            .unwrap();
        assert_eq!(other.status(), StatusCode::OK, "{path}");
    }
    let r = s.get("/").await;
    let h = r.headers();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'")
            && csp.contains("script-src 'self'")
            && !csp.contains("unsafe-inline")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h.contains_key("referrer-policy"));
    // No page has inline script other than JSON-LD data.
    for path in ["/", "/fora", "/fora/rcm", "/areas/SWE", "/api/docs"] {
        let (_, _, body) = s.text(path).await;
        for (i, _) in body.match_indices("<script") {
            let tag = &body[i..i + body[i..].find('>').unwrap()];
            assert!(
                tag.contains("src=") || tag.contains("application/ld+json"),
                "{path}: {tag}"
            );
        }
    }
}

#[tokio::test]
async fn a_write_shows_on_the_very_next_request() {
    let s = server().await;
    let before = s.ok("/api/v1/fora/rcm").await;
    assert_eq!(before["member_count"], 11);
    let mut d = Dataset::default();
    let mut m = agora_ingest::builtin::dataset()
        .memberships
        .into_iter()
        .find(|m| m.id.as_str() == "rcm:member:BLZ")
        .unwrap();
    m.end_date = Some("2020".parse().unwrap());
    d.memberships.push(m);
    s.store.import(&d, "test", &|_| {}).await.unwrap();
    let after = s.ok("/api/v1/fora/rcm").await;
    assert_eq!(after["member_count"], 10);
}

#[test]
fn the_openapi_document_is_stable() {
    insta::assert_snapshot!("openapi", agora_web::openapi::document());
    let doc: serde_json::Value = serde_json::from_str(&agora_web::openapi::document()).unwrap();
    let mut ids: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|p| p.as_object().unwrap().values())
        .filter_map(|op| op["operationId"].as_str())
        .collect();
    let all = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all, "operation ids are unique: {ids:?}");
}

/// utoipa names a schema after its type alone: two types of one name in different modules
/// would be one schema in the document, and an operation would describe the other's body.
#[test]
fn every_schema_of_the_api_has_a_name_of_its_own() {
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut all = Vec::new();
    files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut all,
    );
    let mut seen = std::collections::BTreeMap::new();
    let mut twice = Vec::new();
    for f in all {
        let text = std::fs::read_to_string(&f).unwrap();
        let mut schema = false;
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with("#[derive(") && line.contains("ToSchema") {
                schema = true;
            } else if schema && (line.starts_with("pub struct ") || line.starts_with("pub enum ")) {
                let name: String = line
                    .split_whitespace()
                    .nth(2)
                    .unwrap()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if let Some(other) = seen.insert(name.clone(), f.clone()) {
                    twice.push(format!("{name}: {} and {}", other.display(), f.display()));
                }
                schema = false;
            }
        }
    }
    assert!(seen.len() > 50, "{seen:?}");
    assert!(twice.is_empty(), "{twice:#?}");
}

#[tokio::test]
async fn a_one_time_link_sets_a_password_once_and_refuses_cross_site_posts() {
    use agora_core::account::Email;
    let s = server().await;
    let email = Email::parse("secretariat@colombo.example").unwrap();
    let (_, token) = s
        .account_with_link(email.as_str(), &["secretariat:colombo-process"])
        .await;
    let path = format!("/account/setup/{token}");
    let r = s.get(&path).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["cache-control"], "no-store");
    assert_eq!(r.headers()["referrer-policy"], "no-referrer");
    let form_cookie = cookie_of(&r);
    let page = r.text().await.unwrap();
    assert!(page.contains("secretariat@colombo.example"));
    let csrf = csrf_of(&page);

    let post = |body: &'static str, extra: Option<(&'static str, &'static str)>| {
        let mut req = s
            .client
            .post(format!("{}{path}", s.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", &form_cookie)
            .body(format!("csrf={csrf}&{body}"));
        if let Some((k, v)) = extra {
            req = req.header(k, v);
        }
        req.send()
    };
    let good = "password=correct+horse+battery+staple&password_again=correct+horse+battery+staple";
    // Cross-site attempts are refused before anything is looked at.
    for header in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "http://evil.example"),
    ] {
        let r = post(good, Some(header)).await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{header:?}");
    }
    assert!(
        !s.store
            .account_by_email(&email)
            .await
            .unwrap()
            .unwrap()
            .has_password
    );
    // Bad passwords are explained and change nothing.
    for (body, says) in [
        (
            "password=short&password_again=short",
            "at least 15 characters",
        ),
        (
            "password=1qaz2wsx3edc4rfv&password_again=1qaz2wsx3edc4rfv",
            "most common",
        ),
        (
            "password=correct+horse+battery+staple&password_again=different+horse+battery",
            "differ",
        ),
    ] {
        let r = post(body, Some(("sec-fetch-site", "same-origin")))
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(r.text().await.unwrap().contains(says), "{body}");
    }
    assert!(
        !s.store
            .account_by_email(&email)
            .await
            .unwrap()
            .unwrap()
            .has_password
    );
    let r = post(good, Some(("sec-fetch-site", "same-origin")))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let done = r.text().await.unwrap();
    // What comes next is said: sign in.
    assert!(
        done.contains("Password set") && done.contains("href=\"/account/sign-in\""),
        "{done}"
    );
    assert!(
        s.store
            .account_by_email(&email)
            .await
            .unwrap()
            .unwrap()
            .has_password
    );
    // The link is used up.
    assert_eq!(s.get(&path).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        post(good, None).await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    for bad in ["/account/setup/nonsense", "/account/setup/..%2F..%2Fetc"] {
        assert_eq!(s.get(bad).await.status(), StatusCode::NOT_FOUND, "{bad}");
    }
    let audit = s.store.audit_log(&Default::default(), 20).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "account.setup" && a.outcome == "ok")
    );
    assert!(
        audit
            .iter()
            .any(|a| a.action == "account.setup" && a.outcome.starts_with("refused"))
    );
}

#[tokio::test]
async fn signing_in_and_out_with_database_sessions() {
    let s = server().await;
    s.account_with_password(
        "sec@colombo.example",
        &["secretariat:colombo-process"],
        "correct horse battery staple",
    )
    .await;
    let c = no_redirects();
    let (form_cookie, form_csrf) = sign_in_form(&s.base).await;
    let sign_in = |email: &'static str, password: &'static str| {
        c.post(format!("{}/account/sign-in", s.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", &form_cookie)
            .body(format!(
                "csrf={form_csrf}&email={}&password={}",
                email.replace('@', "%40"),
                password.replace(' ', "+")
            ))
            .send()
    };
    // Known and unknown e-mails answer alike.
    let wrong = sign_in("sec@colombo.example", "wrong password entirely")
        .await
        .unwrap();
    let unknown = sign_in("nobody@colombo.example", "wrong password entirely")
        .await
        .unwrap();
    assert_eq!(
        (wrong.status(), unknown.status()),
        (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED)
    );
    let (a, b) = (wrong.text().await.unwrap(), unknown.text().await.unwrap());
    assert_eq!(
        a.replace("sec@colombo.example", "X"),
        b.replace("nobody@colombo.example", "X")
    );

    let ok = sign_in("sec@colombo.example", "correct horse battery staple")
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let cookie = ok.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("agora_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let session = cookie.split(';').next().unwrap().to_owned();
    // A new session id at every sign-in.
    let again = sign_in("sec@colombo.example", "correct horse battery staple")
        .await
        .unwrap();
    assert_ne!(
        again.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap(),
        session
    );

    let page = c
        .get(format!("{}/account", s.base))
        .header("cookie", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(page.headers()["cache-control"], "no-store");
    let body = page.text().await.unwrap();
    // The account's roles in words.
    assert!(
        body.contains("sec@colombo.example") && body.contains("the secretariat of Colombo Process")
    );
    let csrf = csrf_of(&body);
    // Anonymous /account goes to sign in.
    assert_eq!(
        c.get(format!("{}/account", s.base))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::SEE_OTHER
    );

    // Signing out needs the session's token.
    let out = |token: String| {
        c.post(format!("{}/account/sign-out", s.base))
            .header("cookie", &session)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("csrf={token}"))
            .send()
    };
    assert_eq!(
        out("0".repeat(64)).await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    let cross = c
        .post(format!("{}/account/sign-out", s.base))
        .header("cookie", &session)
        .header("sec-fetch-site", "cross-site")
        .body(format!("csrf={csrf}"))
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        c.get(format!("{}/account", s.base))
            .header("cookie", &session)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK,
        "still signed in"
    );
    assert_eq!(out(csrf).await.unwrap().status(), StatusCode::SEE_OTHER);
    // The old cookie is refused now.
    assert_eq!(
        c.get(format!("{}/account", s.base))
            .header("cookie", &session)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::SEE_OTHER
    );

    // Disabling an account ends its sessions.
    let fresh = sign_in("sec@colombo.example", "correct horse battery staple")
        .await
        .unwrap();
    let fresh = cookie_of(&fresh);
    s.store
        .disable_account(&agora_core::account::Email::parse("sec@colombo.example").unwrap())
        .await
        .unwrap();
    assert_eq!(
        c.get(format!("{}/account", s.base))
            .header("cookie", &fresh)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::SEE_OTHER
    );
    let disabled = sign_in("sec@colombo.example", "correct horse battery staple")
        .await
        .unwrap();
    assert_eq!(
        disabled.status(),
        StatusCode::UNAUTHORIZED,
        "a disabled account cannot sign in"
    );
}

#[tokio::test]
async fn the_eleventh_failed_sign_in_within_fifteen_minutes_is_a_429() {
    let s = server().await;
    s.account_with_password(
        "focal@example.org",
        &["secretariat:colombo-process"],
        "correct horse battery staple",
    )
    .await;
    let c = no_redirects();
    let (form_cookie, form_csrf) = sign_in_form(&s.base).await;
    let attempt = |email: String, password: &'static str| {
        c.post(format!("{}/account/sign-in", s.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", &form_cookie)
            .body(format!(
                "csrf={form_csrf}&email={email}&password={password}"
            ))
            .send()
    };
    for i in 1..=10 {
        let r = attempt("focal%40example.org".into(), "wrong")
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    let r = attempt("focal%40example.org".into(), "correct+horse+battery+staple")
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    // The same address is throttled for other e-mails too (10 failures from it already).
    let r = attempt("someone-else%40example.org".into(), "wrong")
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let log = s.store.audit_log(&Default::default(), 50).await.unwrap();
    assert!(log.iter().any(|a| a.outcome == "refused: throttled"));
}

#[tokio::test]
async fn the_document_list_pages_with_cursors_and_never_counts_what_the_viewer_may_not_see() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    for n in 1..=5 {
        s.document(
            &format!("doc-{n}"),
            &format!("Paper {n}"),
            DocVisibility::Public,
            "text",
        )
        .await;
    }
    let hidden = DocVisibility::Participants {
        forum: "colombo-process".parse().unwrap(),
        public_from: None,
    };
    s.document("doc-0-hidden", "Hidden paper", hidden, "text")
        .await;

    // Two at a time, newest first (all of 2026 here, so by id), until the cursor runs out.
    let mut seen = Vec::new();
    let mut path = "/api/v1/documents?limit=2".to_owned();
    loop {
        let page = s.ok(&path).await;
        let ids = ids(&page, "id");
        assert!(ids.len() <= 2, "{ids:?}");
        seen.extend(ids);
        match page["next_cursor"].as_str() {
            Some(c) => path = format!("/api/v1/documents?limit=2&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(seen, ["doc-1", "doc-2", "doc-3", "doc-4", "doc-5"]);
    let all = s.ok("/api/v1/documents?forum=colombo-process").await;
    assert_eq!(ids(&all, "id"), seen);
    assert!(all["next_cursor"].is_null());

    let (status, _) = s.json("/api/v1/documents?cursor=nonsense").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _, page) = s.text("/documents").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("5 documents"),
        "the count is of what the viewer may see"
    );
    assert!(!page.contains("Hidden paper"));
}

#[tokio::test]
async fn the_latest_changes_show_what_the_public_may_see_and_nothing_else() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    let hidden = DocVisibility::Participants {
        forum: "colombo-process".parse().unwrap(),
        public_from: None,
    };
    s.document("doc-hidden", "A participants-only note", hidden, "text")
        .await;
    s.document("doc-open", "An open report", DocVisibility::Public, "text")
        .await;
    let (status, _, page) = s.text("/").await;
    assert_eq!(status, StatusCode::OK);
    let latest = &page[page.find("id=\"latest\"").unwrap()..];
    assert!(
        latest.contains("An open report"),
        "a public document's change is listed"
    );
    assert!(latest.contains("/documents/doc-open"));
    assert!(!page.contains("participants-only note") && !page.contains("doc-hidden"));
    // Ten changes are listed even though one of the newest is hidden.
    let list = &latest[..latest.find("</ul>").unwrap()];
    assert_eq!(list.matches("<li>").count(), 10, "{list}");
}

#[tokio::test]
async fn linked_data_names_records_by_absolute_links_at_the_public_url() {
    let url = agora_app::PublicUrl::parse("https://agora.example/hub").unwrap();
    let s = server_set(|state| *state = state.clone().with_public_url(url)).await;
    let (status, _, page) = s.text("/fora/rcm").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(r#""@id":"https://agora.example/hub/fora/rcm""#),
        "{page}"
    );
    let (_, _, page) = s.text("/areas/SWE").await;
    assert!(page.contains(r#""@id":"https://agora.example/hub/areas/SWE""#));
}

/// A token's multipart upload of a spreadsheet through the API.
async fn post_spreadsheet(
    s: &Server,
    who: &Person,
    name: &str,
    csv: &[u8],
    fields: &[(&str, &str)],
) -> (StatusCode, Value) {
    s.upload_api(
        "/api/v1/contributions/spreadsheet",
        who,
        fields,
        Some((name, csv)),
    )
    .await
}

/// The memberships spreadsheet `agora export --format csv` writes, as a secretariat would
/// download and edit it: its header and `keep`'s rows.
fn memberships_csv(
    d: &Dataset,
    keep: impl Fn(&csv::StringRecord) -> bool,
) -> Vec<csv::StringRecord> {
    let files = agora_ingest::export(d, agora_ingest::Format::Csv);
    let file = files.iter().find(|f| f.name == "memberships.csv").unwrap();
    let mut reader = csv::Reader::from_reader(file.contents.as_bytes());
    let mut rows = vec![reader.headers().unwrap().clone()];
    rows.extend(reader.records().map(Result::unwrap).filter(|r| keep(r)));
    rows
}

fn csv_bytes(rows: &[csv::StringRecord]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.into_inner().unwrap()
}

#[tokio::test]
async fn a_contribution_carries_several_records_from_a_batch_or_a_spreadsheet() {
    use agora_core::contribution::Entity;
    use reqwest::Method;
    use serde_json::json;
    let s = server().await;
    let (sec, editor) = s.secretariat_and_editor().await;
    // A batch through the API: a note on India's chair, and Bangladesh as a new chair.
    let mut india = s
        .record(Entity::MEMBERSHIP, "colombo-process:chair:IND")
        .await;
    india["note"] = json!("Chaired the senior officials' meetings of 2011.");
    let mut bangladesh = india.clone();
    bangladesh["id"] = json!("colombo-process:chair:BGD:2026");
    bangladesh["member"] = json!({"type": "area", "id": "BGD"});
    bangladesh["start_date"] = json!("2026");
    bangladesh["end_date"] = Value::Null;
    bangladesh["note"] = Value::Null;
    let batch = json!({"entity": "membership", "records": [india, bangladesh], "title": "Chairs, checked", "submit": true});
    // Refused whole: a record twice (its place named), record and records both, neither.
    let twice = json!({"entity": "membership", "records": [bangladesh, india, bangladesh]});
    let both = json!({"entity": "membership", "record": india, "records": [bangladesh]});
    let neither = json!({"entity": "membership"});
    for (body, parameter) in [
        (&twice, "records[2].record"),
        (&both, "records"),
        (&neither, "record"),
    ] {
        let (status, v) = s
            .api(
                Method::POST,
                "/api/v1/contributions",
                Some(&sec),
                Some(body.clone()),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
        assert_eq!(v["parameter"], parameter, "{v}");
    }
    assert!(
        s.store
            .contributions(&Default::default())
            .await
            .unwrap()
            .is_empty()
    );
    let (status, v) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&sec),
            Some(batch),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_eq!(v["entity_id"], "colombo-process:chair:IND");
    let records = v["records"].as_array().unwrap();
    assert_eq!(
        records
            .iter()
            .map(|r| (
                r["entity_id"].as_str().unwrap(),
                r["new"].as_bool().unwrap()
            ))
            .collect::<Vec<_>>(),
        [
            ("colombo-process:chair:IND", false),
            ("colombo-process:chair:BGD:2026", true)
        ]
    );
    let id = v["id"].as_i64().unwrap();
    // The reviewer sees both on the contribution's page, and publishes them together.
    let page = s
        .get_as(&format!("/contributions/{id}"), Some(&editor))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("2 records, published together"), "{page}");
    // Each entry in words: the one it adds, and the one it changes with what it was.
    assert!(
        page.contains("Adds: <a href=\"/areas/BGD\">Bangladesh</a> — chair — since 2026"),
        "{page}"
    );
    assert!(
        page.contains("Changes: <a href=\"/areas/IND\">India</a> — chair"),
        "{page}"
    );
    assert!(
        page.contains("Was: <a href=\"/areas/IND\">India</a> — chair"),
        "{page}"
    );
    let seq = s.store.latest_change().await.unwrap();
    for step in ["start_review", "publish"] {
        let (status, v) = s
            .api(
                Method::POST,
                &format!("/api/v1/contributions/{id}/steps"),
                Some(&editor),
                Some(json!({"step": step})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{v}");
    }
    assert_eq!(
        s.store.latest_change().await.unwrap(),
        seq + 2,
        "one change per record"
    );
    assert_eq!(
        s.record(Entity::MEMBERSHIP, "colombo-process:chair:IND")
            .await["note"],
        "Chaired the senior officials' meetings of 2011."
    );
    assert_eq!(
        s.record(Entity::MEMBERSHIP, "colombo-process:chair:BGD:2026")
            .await["start_date"],
        "2026"
    );

    // A spreadsheet: Colombo's memberships as exported, one note changed and one row added
    // without an id; the rows left as they are are not proposed.
    let d = s.store.snapshot().await.unwrap();
    let mut rows = memberships_csv(&d, |r| &r[1] == "colombo-process");
    let unchanged = csv_bytes(&rows);
    let header = rows[0].clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let india_row = rows
        .iter()
        .position(|r| &r[0] == "colombo-process:chair:IND")
        .unwrap();
    let mut edited: Vec<String> = rows[india_row].iter().map(str::to_owned).collect();
    edited[column("note")] = "Chaired the ministerial consultation of 2011.".into();
    rows[india_row] = csv::StringRecord::from(edited.clone());
    let mut maldives = edited;
    maldives[column("id")] = String::new();
    maldives[column("member_id")] = "MDV".into();
    maldives[column("start_date")] = "2027".into();
    maldives[column("end_date")] = String::new();
    maldives[column("note")] = String::new();
    rows.push(csv::StringRecord::from(maldives));
    let sheet = csv_bytes(&rows);
    let (status, v) = post_spreadsheet(
        &s,
        &sec,
        "memberships.csv",
        &sheet,
        &[("title", "Our members, 2027")],
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_eq!(v["title"], "Our members, 2027");
    assert_eq!(
        v["records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["entity_id"].as_str().unwrap())
            .collect::<Vec<_>>(),
        [
            "colombo-process:chair:IND",
            "colombo-process:chair:MDV:2027"
        ]
    );
    // Refused: a spreadsheet that changes nothing, one that is not CSV, a row that is wrong
    // (named by its line).
    let (status, v) = post_spreadsheet(&s, &sec, "memberships.csv", &unchanged, &[]).await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("file")),
        "{v}"
    );
    assert!(
        v["detail"].as_str().unwrap().contains("nothing to propose"),
        "{v}"
    );
    let (status, v) = post_spreadsheet(&s, &sec, "members.xlsx", &sheet, &[]).await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("file")),
        "{v}"
    );
    let broken = String::from_utf8(sheet.clone())
        .unwrap()
        .replace(",chair,", ",king,");
    let (status, v) = post_spreadsheet(&s, &sec, "memberships.csv", broken.as_bytes(), &[]).await;
    assert_eq!(
        (status, v["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("file")),
        "{v}"
    );
    assert!(v["detail"].as_str().unwrap().contains("line 2"), "{v}");
    // Another forum's rows are not this secretariat's to propose.
    let theirs = memberships_csv(&d, |r| &r[1] == "soderkoping-process");
    let mut theirs = theirs;
    let mut row: Vec<String> = theirs[1].iter().map(str::to_owned).collect();
    row[column("note")] = "Changed by another forum's secretariat.".into();
    theirs[1] = csv::StringRecord::from(row);
    let (status, v) = post_spreadsheet(&s, &sec, "memberships.csv", &csv_bytes(&theirs), &[]).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    // The same form on the site, for a person signed in.
    let form = s.get_as("/contributions/spreadsheet", Some(&sec)).await;
    assert_eq!(form.status(), StatusCode::OK);
    let r = s
        .upload_form(
            "/contributions/spreadsheet",
            &sec,
            &[("submit", "submit")],
            Some(("memberships.csv", &sheet)),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let page = s.get_as(&location, Some(&sec)).await.text().await.unwrap();
    assert!(
        page.contains("data-status=\"submitted\"")
            && page.contains("Adds: <a href=\"/areas/MDV\">Maldives</a> — chair — since 2027"),
        "{page}"
    );
}

#[tokio::test]
async fn as_of_answers_never_overstate() {
    let s = server().await;
    // Before any forum of the built-in data existed, nobody takes part in anything.
    let eth = s.ok("/api/v1/areas/ETH?as_of=1950-01-01").await;
    assert_eq!(eth["fora_count"], 0, "{eth}");
    let mtm = s.ok("/api/v1/fora/mtm-dialogue?as_of=1950-01-01").await;
    assert_eq!(
        (
            mtm["member_count"].as_u64(),
            mtm["members_undated"].as_u64()
        ),
        (Some(0), Some(0))
    );
    // Undated rows are counted apart, never in the members on a day.
    let mtm = s.ok("/api/v1/fora/mtm-dialogue?as_of=2009-06-04").await;
    assert_eq!(mtm["member_count"], 0);
    assert!(mtm["members_undated"].as_u64().unwrap() > 10, "{mtm}");
    let (_, _, page) = s.text("/fora/mtm-dialogue?as_of=2009-06-04").await;
    assert!(
        page.contains("Dates not recorded ("),
        "the undated rows are listed apart"
    );
    // The Söderköping Process was dissolved in 2011: no members today, a banner, and Poland's
    // fora today do not include it.
    let sp = s.ok("/api/v1/fora/soderkoping-process").await;
    assert_eq!(sp["member_count"], 0);
    let (_, _, page) = s.text("/fora/soderkoping-process").await;
    assert!(
        page.contains("This forum was dissolved in 2011."),
        "banner missing"
    );
    assert!(
        page.contains("Its work continues in <a href=\"/fora/eap-panel?as_of="),
        "the banner names its successor"
    );
    assert_eq!(sp["successor_id"], "eap-panel");
    let pol = s.ok("/api/v1/areas/POL?as_of=2026-11-27").await;
    let fora: Vec<&str> = pol["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["organization_id"].as_str().unwrap())
        .collect();
    assert!(
        fora.contains(&"eu") && !fora.contains(&"soderkoping-process"),
        "{fora:?}"
    );
    let pol_2009 = s.ok("/api/v1/areas/POL?as_of=2009-06-04").await;
    assert!(
        pol_2009["memberships"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["organization_id"] == "soderkoping-process"),
        "Poland took part in 2009"
    );
}

#[tokio::test]
async fn no_forum_shows_zero_members_today_without_saying_why() {
    let s = server().await;
    let fora = s.ok("/api/v1/fora?status=active&limit=500").await;
    let rows = fora["results"].as_array().unwrap();
    assert!(rows.len() > 40, "{} fora exist today", rows.len());
    for f in rows {
        let shown = f["member_count"].as_u64().unwrap() + f["members_undated"].as_u64().unwrap();
        assert!(
            shown > 0 || f["participation"].is_string(),
            "{} shows 0 members and does not say why",
            f["id"]
        );
    }
    // The GFMD is open: it says so instead of a count.
    let gfmd = s.ok("/api/v1/fora/gfmd").await;
    assert!(
        gfmd["participation"]
            .as_str()
            .unwrap()
            .starts_with("Open to all States")
    );
    let (_, _, page) = s.text("/fora").await;
    assert!(page.contains("open to all"));
}

#[tokio::test]
async fn an_inter_regional_summit_follows_the_enlargement_of_its_parties() {
    let s = server().await;
    let through = |v: &Value| -> Vec<String> {
        v["members_through"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                format!(
                    "{}/{}",
                    t["area"].as_str().unwrap(),
                    t["through"].as_str().unwrap()
                )
            })
            .collect()
    };
    // Croatia joined the EU on 1 July 2013; the United Kingdom left it on 31 January 2020.
    let y2009 = s.ok("/api/v1/fora/africa-eu-summit?as_of=2009-06-04").await;
    let t2009 = through(&y2009);
    assert!(
        t2009.contains(&"GBR/eu".to_owned()) && !t2009.contains(&"HRV/eu".to_owned()),
        "{t2009:?}"
    );
    assert!(t2009.contains(&"ETH/au".to_owned()), "{t2009:?}");
    let now = s.ok("/api/v1/fora/africa-eu-summit").await;
    let tnow = through(&now);
    assert!(
        tnow.contains(&"HRV/eu".to_owned()) && !tnow.contains(&"GBR/eu".to_owned()),
        "{tnow:?}"
    );
    // The count is of states, not of the two organisations.
    assert_eq!(now["member_count"].as_u64().unwrap() as usize, tnow.len());
    let (_, _, page) = s.text("/fora/africa-eu-summit").await;
    assert!(page.contains("States taking part through their regional organisation"));
    // The ACP Group's states have no recorded dates of accession: the ACP side of the ACP-EU
    // partnership is counted and listed apart ("dates not recorded"), never as 0 in silence.
    let acp = s.ok("/api/v1/fora/acp-eu-partnership").await;
    let undated = acp["members_through_undated"].as_array().unwrap();
    assert!(undated.len() >= 79, "{}", undated.len());
    assert!(undated.iter().all(|t| t["through"] == "acp-group"));
    assert!(acp["members_undated"].as_u64().unwrap() as usize >= undated.len());
    assert_eq!(
        acp["member_count"].as_u64().unwrap() as usize,
        through(&acp).len(),
        "the EU side, dated"
    );
    let (_, _, page) = s.text("/fora/acp-eu-partnership").await;
    let apart = &page[page.find("id=\"undated\"").unwrap()..];
    assert!(
        apart.contains("Ethiopia") && apart.contains("Caribbean and Pacific States"),
        "{apart}"
    );
}

#[tokio::test]
async fn every_home_page_count_equals_the_list_it_links_to() {
    let s = server().await;
    for day in ["2009-06-04", "2026-11-27"] {
        let (_, _, home) = s.text(&format!("/?as_of={day}")).await;
        let mut checked = 0;
        // Each category's row: <a href="/fora?category=X&amp;status=active&amp;as_of=D">Label</a></td><td class="num">N</td>
        for part in home.split("<a href=\"/fora?").skip(1) {
            let href = part[..part.find('"').unwrap()].replace("&amp;", "&");
            let Some(n) = part
                .find("<td class=\"num\">")
                .map(|i| &part[i + 16..])
                .and_then(|rest| rest[..rest.find('<').unwrap()].parse::<u64>().ok())
                .or_else(|| {
                    // "<a href=...>N fora</a> existed on this date"
                    let text = &part[part.find('>').unwrap() + 1..];
                    text.split_whitespace().next().and_then(|w| w.parse().ok())
                })
            else {
                continue;
            };
            let list = s.ok(&format!("/api/v1/fora?{href}&limit=500")).await;
            assert_eq!(
                list["results"].as_array().unwrap().len() as u64,
                n,
                "{day}: /fora?{href}"
            );
            checked += 1;
        }
        assert!(checked >= 6, "{day}: {checked} counts checked");
        // A state's count in the home table is its page's count.
        let eth = s.ok(&format!("/api/v1/areas/ETH?as_of={day}")).await;
        let (_, _, page) = s.text(&format!("/areas/ETH?as_of={day}")).await;
        let written = agora_web::lang::written_date(agora_i18n::Locale::En, day);
        assert!(page.contains(&format!(
            "Takes part in {} fora on {written}",
            eth["fora_count"]
        )));
    }
}

#[tokio::test]
async fn fora_are_shown_and_found_by_the_names_people_use() {
    let s = server().await;
    // The name people use is the display name; the formal one stays findable.
    let add = s.ok("/api/v1/fora?q=Abu%20Dhabi%20Dialogue").await;
    assert_eq!(ids(&add, "id")[0], "abu-dhabi-dialogue");
    assert_eq!(add["results"][0]["name"], "Abu Dhabi Dialogue");
    let formal = s
        .ok("/api/v1/fora?q=Ministerial%20Consultation%20on%20Overseas%20Employment%20and%20Contractual%20Labour%20for%20Countries%20of%20Origin%20and%20Destination%20in%20Asia")
        .await;
    assert_eq!(ids(&formal, "id")[0], "abu-dhabi-dialogue");
    assert!(
        formal["results"][0]["matched_name"]
            .as_str()
            .unwrap()
            .starts_with("Ministerial Consultation")
    );
    // A common variant finds the CPLP, and the page shows the name that matched.
    let cplp = s
        .ok("/api/v1/fora?q=Community%20of%20Portuguese-speaking%20Countries")
        .await;
    assert_eq!(ids(&cplp, "id")[0], "cplp");
    let (_, _, page) = s
        .text("/fora?q=Community%20of%20Portuguese-speaking%20Countries")
        .await;
    assert!(page.contains("matched: Community of Portuguese Speaking Countries"));
    // A forum found by its own name comes before its successor, found by an alias naming it.
    assert_eq!(
        ids(&s.ok("/api/v1/fora?q=soderkoping").await, "id"),
        ["soderkoping-process", "eap-panel"]
    );
    // Words that say nothing of a name are not asked for.
    assert_eq!(
        ids(&s.ok("/api/v1/fora?q=the%20GFMD").await, "id"),
        ["gfmd"]
    );
    // ...unless the word is the forum's acronym: LAS is the League of Arab States.
    let las = ids(&s.ok("/api/v1/fora?q=the%20LAS").await, "id");
    assert!(las.contains(&"las".to_owned()), "{las:?}");
    // An acronym two fora share finds both.
    let bp = ids(&s.ok("/api/v1/fora?q=BP").await, "id");
    assert!(
        bp.contains(&"bali-process".to_owned()) && bp.contains(&"budapest-process".to_owned()),
        "{bp:?}"
    );
}

#[tokio::test]
async fn a_suspended_member_is_marked_inside_its_suspension_and_plain_outside() {
    let s = server().await;
    // Madagascar was suspended from SADC from March 2009 to January 2014.
    let status = |v: Value| -> (String, usize) {
        let m = v["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["member"]["id"] == "MDG")
            .cloned()
            .unwrap();
        (
            m["status"].as_str().unwrap().to_owned(),
            m["suspensions"].as_array().unwrap().len(),
        )
    };
    let inside = s
        .ok("/api/v1/fora/sadc/memberships?as_of=2011-06-01&role=member")
        .await;
    assert_eq!(status(inside), ("suspended".to_owned(), 1));
    let outside = s
        .ok("/api/v1/fora/sadc/memberships?as_of=2015-06-01&role=member")
        .await;
    assert_eq!(status(outside), ("active".to_owned(), 1));
    // Still a member, counted as one, and the count says how many were suspended.
    let sadc = s.ok("/api/v1/fora/sadc?as_of=2011-06-01").await;
    assert_eq!(sadc["members_suspended"], 1);
    let later = s.ok("/api/v1/fora/sadc?as_of=2015-06-01").await;
    assert_eq!(later["members_suspended"], 0);
    let (_, _, page) = s.text("/fora/sadc?as_of=2011-06-01").await;
    assert!(page.contains(", of which 1 suspended)"), "count");
    let row = &page[page.find(">Madagascar<").unwrap()..];
    assert!(row[..200].contains("class=\"suspended\""), "mark");
    let (_, _, page) = s.text("/fora/sadc?as_of=2015-06-01").await;
    let row = &page[page.find(">Madagascar<").unwrap()..];
    assert!(
        !row[..200].contains("class=\"suspended\""),
        "no mark outside"
    );
}

#[tokio::test]
async fn the_provenance_page_lists_unverified_and_stale_facts() {
    let s = server().await;
    let p = s.ok("/api/v1/provenance?limit=500").await;
    let (verified, unverified) = (
        p["verified"].as_u64().unwrap(),
        p["unverified"].as_u64().unwrap(),
    );
    assert!(
        verified > 300 && unverified > 500,
        "{verified} {unverified}"
    );
    // The ten rows of the CIS council of heads of migration bodies were checked against the CIS
    // Executive Committee's page on 2026-12-02; every other built-in fact was never checked, so
    // is stale.
    assert_eq!(p["stale"].as_u64().unwrap(), verified + unverified - 10);
    assert_eq!(
        p["by_last_checked"]["never"].as_u64().unwrap(),
        verified + unverified - 10
    );
    assert_eq!(p["by_last_checked"]["2026"], 10);
    assert!(p["by_source_class"]["primary"].as_u64().unwrap() >= verified);
    let queue = p["queue"].as_array().unwrap();
    assert_eq!(queue.len(), 500);
    // Unverified first among the never-checked.
    assert_eq!(queue[0]["verification"], "unverified");
    assert!(queue.iter().all(|f| f["stale"] == true));
    // The cursor pages through the rest, without repeating.
    let next = p["next_cursor"].as_str().unwrap();
    let rest = s
        .ok(&format!("/api/v1/provenance?limit=500&cursor={next}"))
        .await;
    assert_ne!(rest["queue"][0]["id"], queue[499]["id"]);
    let (_, _, page) = s.text("/provenance").await;
    assert!(page.contains("To verify next ("));
    assert!(page.contains(">unverified<"));
    assert!(page.contains(">never<"));
}

#[tokio::test]
async fn anyone_signed_in_reports_an_error_and_editors_find_it_in_their_queue() {
    let s = server().await;
    // Signed in, with no role at all.
    let reader = s.person("reader@example.org", &[]).await;
    let (_, _, page) = s.text("/fora/rcm").await;
    assert!(
        page.contains("to report an error"),
        "anonymous: sign in first"
    );
    assert!(
        s.get_as("/fora/rcm/report", Some(&reader))
            .await
            .text()
            .await
            .unwrap()
            .contains("Send the report")
    );
    let form = |what: &str, source: &str| {
        format!(
            "csrf={}&what={}&source={}",
            reader.csrf,
            what.replace(' ', "+"),
            source.replace(':', "%3A").replace('/', "%2F")
        )
    };
    let report = |what: &str, source: &str| {
        let body = form(what, source);
        let (s, reader) = (&s, &reader);
        async move {
            s.post_form("/fora/rcm/report", Some(reader), &body, &[])
                .await
        }
    };
    let stored = || async {
        s.store
            .contributions(&Default::default())
            .await
            .unwrap()
            .len()
    };
    // A bad source is refused beside the form, keeping what was typed; nothing is stored.
    let before = stored().await;
    let bad = report("Belize joined in 1997", "the web").await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let body = bad.text().await.unwrap();
    assert!(
        body.contains("Belize joined in 1997") && body.contains("source"),
        "{body}"
    );
    assert_eq!(stored().await, before);
    // A good one becomes a submitted contribution of the forum.
    let ok = report("Belize joined in 1997", "https://www.crmsv.org/").await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(ok.text().await.unwrap().contains("review queue"));
    let all = s.store.contributions(&Default::default()).await.unwrap();
    let found = all
        .iter()
        .find(|c| c.title == "Belize joined in 1997")
        .unwrap();
    assert_eq!(found.forum.as_str(), "rcm");
    assert_eq!(found.entity.as_str(), "error_report");
    assert_eq!(
        found.state,
        agora_core::policy::ContributionState::Submitted
    );
    // The general proposal path never takes an error report (it would let a forum's
    // secretariat rewrite one).
    let (status, problem) = s
        .api(
            reqwest::Method::POST,
            "/api/v1/contributions",
            Some(&reader),
            Some(serde_json::json!({"entity": "error_report", "record": {
                "id": "rcm:report:1", "forum_id": "rcm", "what": "x", "source": "https://x.org"}})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    // Anonymous posts are sent to sign in; nothing is stored.
    let anonymous = s
        .post_form(
            "/fora/rcm/report",
            None,
            "csrf=none&what=x&source=https%3A%2F%2Fx.org",
            &[],
        )
        .await;
    assert_ne!(anonymous.status(), StatusCode::OK);
    assert_eq!(stored().await, before + 1);
    // One account may not flood the queue: after ten reports in a quarter of an hour the next
    // is refused (429, with when to try again) and nothing is stored.
    for i in 2..=10 {
        let ok = report(&format!("Report {i}"), "https://www.crmsv.org/").await;
        assert_eq!(ok.status(), StatusCode::OK, "report {i}");
    }
    let refused = report("Report 11", "https://www.crmsv.org/").await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.headers().contains_key("retry-after"));
    // The form comes back with what was typed, and says when to try again.
    let body = refused.text().await.unwrap();
    assert!(
        body.contains("Report 11") && body.contains("try again in"),
        "{body}"
    );
    assert_eq!(stored().await, before + 10);
}

#[tokio::test]
async fn two_overlapping_rows_in_one_batch_are_refused() {
    let s = server().await;
    let editor = s.person("batch-editor@example.org", &["editor"]).await;
    let row = |id: &str, start: &str| {
        serde_json::json!({"id": id, "forum_id": "colombo-process",
            "member": {"type": "area", "id": "MDV"}, "role": "observer",
            "start_date": start, "sources": [{"url": "https://www.colomboprocess.org/"}],
            "verification": "unverified"})
    };
    let (status, problem) = s
        .api(
            reqwest::Method::POST,
            "/api/v1/contributions",
            Some(&editor),
            Some(serde_json::json!({"entity": "membership", "records": [
                row("colombo-process:observer:MDV:2027", "2027"),
                row("colombo-process:observer:MDV:2028", "2028"),
            ]})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    assert!(
        problem.to_string().contains("overlaps in time"),
        "{problem}"
    );
}

#[tokio::test]
async fn a_forums_spreadsheet_is_refused_row_by_row_and_changes_nothing() {
    let s = server().await;
    let (sec, _editor) = s.secretariat_and_editor().await;
    let header = agora_ingest::csv_format::MEMBERSHIP_COLUMNS.join(",");
    let row = |forum: &str, member: &str, start: &str, note: &str| {
        format!(
            "{forum}:observer:{member},{forum},area,{member},observer,{start},,unverified,,{note},https://example.org/x,\r\n"
        )
    };
    let before = s.store.latest_change().await.unwrap();
    let colombo = [("forum", "colombo-process")];
    for (what, file, expected) in [
        (
            "wrong columns",
            format!(
                "{header},colour\r\n{}",
                row("colombo-process", "MDV", "2027", "")
            )
            .into_bytes(),
            vec!["unknown column 'colour'"],
        ),
        (
            "an unknown state",
            format!("{header}\r\n{}", row("colombo-process", "XQZ", "2027", "")).into_bytes(),
            vec!["line 2"],
        ),
        (
            "a date before the forum existed",
            format!("{header}\r\n{}", row("colombo-process", "MDV", "1990", "")).into_bytes(),
            vec!["line 2", "1990"],
        ),
        (
            "a formula",
            format!(
                "{header}\r\n{}",
                row("colombo-process", "MDV", "2027", "=HYPERLINK(1)")
            )
            .into_bytes(),
            vec!["line 2", "formula"],
        ),
        (
            "a row of another forum",
            format!(
                "{header}\r\n{}{}",
                row("colombo-process", "MDV", "2027", ""),
                row("bali-process", "MDV", "2027", "")
            )
            .into_bytes(),
            vec!["line 3", "belongs to bali-process"],
        ),
        (
            "invalid UTF-8",
            [
                format!("{header}\r\n").into_bytes(),
                b"colombo-process:observer:MDV,\xff\xfe\r\n".to_vec(),
            ]
            .concat(),
            vec!["line 2", "UTF-8"],
        ),
    ] {
        let (status, v) = post_spreadsheet(&s, &sec, "memberships.csv", &file, &colombo).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{what}: {v}");
        let said = v.to_string();
        for e in expected {
            assert!(said.contains(e), "{what}: {e}: {said}");
        }
    }
    assert_eq!(s.store.latest_change().await.unwrap(), before);
    assert!(
        s.store
            .contributions(&Default::default())
            .await
            .unwrap()
            .is_empty()
    );
    // The same rows of its own forum make one draft.
    let good = format!(
        "{header}\r\n{}",
        row("colombo-process", "MDV", "2027", "Joined.")
    );
    let (status, v) =
        post_spreadsheet(&s, &sec, "memberships.csv", good.as_bytes(), &colombo).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
}

#[tokio::test]
async fn a_file_larger_than_the_etag_limit_is_sent_whole_a_chunk_at_a_time() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    // 9 MiB: more than the middleware fingerprints (8 MiB), more than one database chunk.
    let line = "Labour migration between the Colombo Process and its destinations.\n";
    let text: String = line.repeat((9 << 20) / line.len() + 1);
    let sha = s
        .document("doc-large", "A large report", DocVisibility::Public, &text)
        .await;
    let path = format!("/documents/doc-large/files/{sha}");
    let r = s.get(&path).await;
    assert_eq!(r.status(), StatusCode::OK);
    let tag = r.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(tag, format!("W/\"{sha}\""), "the file's tag is its SHA-256");
    assert_eq!(
        r.headers()["content-length"].to_str().unwrap(),
        text.len().to_string()
    );
    let body = r.bytes().await.unwrap();
    assert_eq!(body.len(), text.len());
    assert_eq!(agora_store::sha256_hex(&body), sha);
    // Asked again with the tag: 304, nothing sent.
    let again = s
        .client
        .get(format!("{}{path}", s.base))
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
}
