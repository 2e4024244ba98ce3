//! The site as people use it (issue 25): what they type and where they land, against the real
//! server with the built-in dataset. Run on SQLite only: nothing here depends on the backend.

mod common;

use common::*;
use reqwest::StatusCode;

#[tokio::test]
async fn responses_are_compressed_when_the_client_accepts_it() {
    let s = server().await;
    for path in [
        "/api/openapi.json",
        "/map.svg",
        "/fora",
        "/static/style.css",
    ] {
        let plain = s.get(path).await;
        assert_eq!(plain.status(), StatusCode::OK, "{path}");
        assert!(plain.headers().get("content-encoding").is_none(), "{path}");
        let size = plain.bytes().await.unwrap().len();
        let zipped = s
            .client
            .get(format!("{}{path}", s.base))
            .header("accept-encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(zipped.status(), StatusCode::OK, "{path}");
        assert_eq!(zipped.headers()["content-encoding"], "gzip", "{path}");
        assert!(
            zipped.headers()["vary"]
                .to_str()
                .unwrap()
                .to_lowercase()
                .contains("accept-encoding"),
            "{path}"
        );
        // Tags are weak (one spans both encodings), and still answer a revalidation.
        let tag = zipped.headers()["etag"].to_str().unwrap().to_owned();
        assert!(tag.starts_with("W/\""), "{path}: {tag}");
        let gz = zipped.bytes().await.unwrap().len();
        assert!(gz * 2 < size, "{path}: {gz} bytes compressed of {size}");
        let again = s
            .client
            .get(format!("{}{path}", s.base))
            .header("accept-encoding", "gzip")
            .header("if-none-match", &tag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
    }
}

#[tokio::test]
async fn a_page_for_one_person_is_never_compressed() {
    // It carries the person's form token beside words anyone can put in it (a search): its
    // compressed length could give the token away (BREACH).
    let s = server().await;
    let reader = s.person("reader@example.org", &[]).await;
    for path in ["/search?q=colombo", "/account"] {
        let r = no_redirects()
            .get(format!("{}{path}", s.base))
            .header("cookie", &reader.cookie)
            .header("accept-encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        assert!(r.headers().get("content-encoding").is_none(), "{path}");
    }
}

#[tokio::test]
async fn a_missing_page_offers_a_search_for_what_it_names() {
    let s = server().await;
    for (path, words) in [
        ("/no-such/colombo-process-page", "colombo process page"),
        ("/fora/colombo", "colombo"),
    ] {
        let (status, _, page) = s.text(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.contains("action=\"/search\""), "{path}: {page}");
        assert!(
            page.contains(&format!("value=\"{words}\"")),
            "{path}: {page}"
        );
    }
    // What is searched for is escaped, never markup.
    let (_, _, page) = s.text("/fora/%3Cscript%3E").await;
    assert!(!page.contains("<script>"), "{page}");
    assert!(page.contains("value=\"&#60;script&#62;\""), "{page}");
}

#[tokio::test]
async fn an_area_code_in_lower_case_leads_to_its_page() {
    let s = server().await;
    let r = no_redirects()
        .get(format!("{}/areas/eth?as_of=2010", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(r.headers()["location"], "/areas/ETH?as_of=2010");
    let (status, _, _) = s.text("/areas/xxq").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_year_or_a_month_means_its_last_day_and_the_page_says_so() {
    let s = server().await;
    let (status, _, page) = s.text("/areas/ETH?as_of=2010").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("<strong>2010-12-31</strong>"), "{page}");
    assert!(page.contains("the last day of 2010"), "{page}");
    let (status, _, page) = s.text("/?as_of=2009-06").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<strong>2009-06-30</strong>, the last day of 2009-06"));
    // The API reads them the same way, and says which day it answered for.
    let v = s.ok("/api/v1/fora/rcm?as_of=2010-02").await;
    assert_eq!(v["as_of"], "2010-02-28");
    // A day is shown as it is, without a note; a bad one is still refused, naming the field.
    let (_, _, page) = s.text("/?as_of=2009-06-04").await;
    assert!(!page.contains("the last day of"));
    let (status, _, page) = s.text("/?as_of=2009-13").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("as_of"), "{page}");
}
