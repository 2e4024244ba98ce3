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
    assert!(page.contains("<strong>31 December 2010</strong>"), "{page}");
    assert!(page.contains("the last day of 2010"), "{page}");
    let (status, _, page) = s.text("/?as_of=2009-06").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<strong>30 June 2009</strong>, the last day of June 2009"));
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

/// A page's text as a person reads it: tags dropped, spaces collapsed.
fn words(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .replace(" .", ".")
        .replace(" ,", ",")
        .replace(" :", ":")
}

#[tokio::test]
async fn the_latest_changes_read_as_sentences() {
    let s = server().await;
    let japan: agora_core::Membership = serde_json::from_value(serde_json::json!({
        "id": "colombo-process:observer:JPN", "forum_id": "colombo-process",
        "member": {"type": "area", "id": "JPN"}, "role": "observer", "start_date": "2025-11",
        "sources": [{"url": "https://www.colomboprocess.org/"}], "verification": "unverified"
    }))
    .unwrap();
    let mut d = agora_core::Dataset::default();
    d.memberships.push(japan.clone());
    s.store.import(&d, "test", &|_| {}).await.unwrap();
    let latest = |home: &str| words(&home[home.find("id=\"latest\"").unwrap()..]);
    let (_, _, home) = s.text("/").await;
    let text = latest(&home);
    assert!(
        text.contains("Japan became an observer of Colombo Process (since November 2025)."),
        "{text}"
    );
    // The sentence links to the member's page.
    assert!(
        home.contains("<a href=\"/areas/JPN\">Japan became an observer"),
        "{home}"
    );
    // No codes: neither the operation nor the record's id.
    assert!(
        !text.contains("create") && !text.contains("colombo-process:"),
        "{text}"
    );
    // A correction, an end, then a removal, say so.
    let mut d = agora_core::Dataset::default();
    let mut corrected = japan.clone();
    corrected.start_date = Some("2025-10".parse().unwrap());
    d.memberships.push(corrected.clone());
    s.store.import(&d, "test", &|_| {}).await.unwrap();
    let (_, _, home) = s.text("/").await;
    assert!(
        latest(&home)
            .contains("The record of Japan in Colombo Process was corrected (since October 2025)."),
        "{}",
        latest(&home)
    );
    let mut d = agora_core::Dataset::default();
    corrected.end_date = Some("2026-01".parse().unwrap());
    d.memberships.push(corrected);
    s.store.import(&d, "test", &|_| {}).await.unwrap();
    let (_, _, home) = s.text("/").await;
    assert!(
        latest(&home).contains(
            "Japan is no longer an observer of Colombo Process (October 2025 – January 2026)."
        ),
        "{}",
        latest(&home)
    );
    s.store
        .import_removing(
            &agora_core::Dataset::default(),
            std::slice::from_ref(&japan.id),
            "test",
            &|_| {},
        )
        .await
        .unwrap();
    let (_, _, home) = s.text("/").await;
    assert!(
        latest(&home).contains("The record of Japan in Colombo Process was removed."),
        "{}",
        latest(&home)
    );
    // The same sentences, in the feed of the state.
    let (status, ct, feed) = s.text("/changes.atom?area=JPN").await;
    assert_eq!(status, 200, "{feed}");
    assert_eq!(ct, "application/atom+xml; charset=utf-8");
    for sentence in [
        "Japan became an observer of Colombo Process (since November 2025).",
        "The record of Japan in Colombo Process was removed.",
    ] {
        assert!(feed.contains(sentence), "{sentence}: {feed}");
    }
}

/// An entry's titles in an Atom feed, in order.
fn titles(feed: &str) -> Vec<String> {
    feed.split("<entry>")
        .skip(1)
        .map(|e| {
            let start = e.find("<title type=\"text\">").unwrap() + 19;
            e[start..start + e[start..].find("</title>").unwrap()].to_owned()
        })
        .collect()
}

#[tokio::test]
async fn feeds_show_the_public_what_changed_and_answer_conditions() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    s.document("open-study", "Open study", DocVisibility::Public, "Open.")
        .await;
    let hidden = DocVisibility::Participants {
        forum: "colombo-process".parse().unwrap(),
        public_from: None,
    };
    s.document("closed-study", "Closed study", hidden, "Closed.")
        .await;
    s.document(
        "secret-study",
        "Secret study",
        DocVisibility::Confidential,
        "Secret.",
    )
    .await;
    let path = "/changes.atom?forum=colombo-process&what=document&new=true";
    let res = s.get(path).await;
    assert_eq!(res.status(), 200);
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    let modified = res.headers()["last-modified"].to_str().unwrap().to_owned();
    let feed = res.text().await.unwrap();
    assert_eq!(
        titles(&feed),
        ["New outcome document of Colombo Process: Open study (study)."]
    );
    assert!(
        !feed.contains("Closed study") && !feed.contains("Secret study"),
        "{feed}"
    );
    assert!(
        feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"http://127.0.0.1:8080/documents/open-study\"/>"),
        "{feed}"
    );
    // The whole log's feed does not show them either.
    let (_, _, all) = s.text("/changes.atom").await;
    assert!(
        !all.contains("Closed study") && !all.contains("Secret study"),
        "{all}"
    );
    // Unchanged: 304, by either condition.
    let again = |name: &'static str, value: String| {
        let req = s
            .client
            .get(format!("{}{path}", s.base))
            .header(name, value);
        async move { req.send().await.unwrap().status() }
    };
    assert_eq!(again("if-none-match", etag.clone()).await, 304);
    assert_eq!(again("if-modified-since", modified.clone()).await, 304);
    // A new document: the feed has it, and answers the old conditions in full (an HTTP date
    // counts whole seconds: a change within the same second is told by the ETag alone).
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    s.document("new-study", "New study", DocVisibility::Public, "New.")
        .await;
    assert_eq!(again("if-none-match", etag).await, 200);
    assert_eq!(again("if-modified-since", modified).await, 200);
    let (_, _, feed) = s.text(path).await;
    assert_eq!(titles(&feed).len(), 2, "{feed}");
    assert!(titles(&feed)[0].contains("New study"), "{feed}");
    // In French, in French.
    let (_, _, fr) = s.text(&format!("/fr{path}")).await;
    assert!(fr.contains("xml:lang=\"fr\""), "{fr}");
    assert!(
        fr.contains("http://127.0.0.1:8080/fr/documents/new-study"),
        "{fr}"
    );
    // Mistakes are refused, naming the parameter.
    for bad in [
        "/changes.atom?forum=nowhere",
        "/changes.atom?what=people",
        "/changes.atom?new=yes",
        "/changes.atom?area=XXX",
        "/changes.atom?colour=blue",
    ] {
        let (status, _, body) = s.text(bad).await;
        assert_eq!(status, 400, "{bad}: {body}");
    }
}

#[tokio::test]
async fn labels_are_words_not_codes() {
    let s = server().await;
    let (_, _, iom) = s.text("/organisations/iom").await;
    assert!(
        iom.contains("<dt>Kind</dt><dd>intergovernmental organisation</dd>"),
        "{iom}"
    );
    let (_, _, orgs) = s.text("/organisations").await;
    assert!(orgs.contains("<td>United Nations body</td>"), "{orgs}");
    s.document(
        "a-study",
        "A study",
        agora_core::document::DocVisibility::Public,
        "Text of a study.",
    )
    .await;
    let (_, _, study) = s.text("/documents/a-study").await;
    assert!(study.contains("Language: English"), "{study}");
    // Websites are labelled by their address, with what they are when not the current one.
    let (_, _, page) = s.text("/fora/soderkoping-process").await;
    let text = words(&page);
    assert!(
        text.contains("www.soderkoping.org.ua (earlier website)")
            && text.contains("eapmigrationpanel.org (successor&#39;s website)"),
        "{text}"
    );
    assert!(!text.contains("successor:)"), "{text}");
}

#[tokio::test]
async fn the_home_map_links_each_state_to_its_page_with_a_title() {
    let s = server().await;
    let (_, _, home) = s.text("/?as_of=2009-06-04").await;
    let eth = &home[home
        .find("<a href=\"/areas/ETH?as_of=2009-06-04\" tabindex=\"-1\"><title>Ethiopia: ")
        .expect("Ethiopia is a link on the map")..];
    // Its title gives the same count as the table beside it.
    let count: String = eth
        .split("Ethiopia: ")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(
        home.contains(&format!(
            "<a href=\"/areas/ETH?as_of=2009-06-04\">Ethiopia</a></td><td class=\"num\">{count}</td>"
        )),
        "{count}"
    );
}

#[tokio::test]
async fn search_names_states_and_organisations_in_every_language() {
    let s = server().await;
    for (q, code, matched) in [
        ("Ethiopia", "ETH", None),
        ("Éthiopie", "ETH", Some("Éthiopie")),
        ("etiopia", "ETH", Some("Etiopía")),
        ("Эфиопия", "ETH", Some("Эфиопия")),
        ("Sweden", "SWE", None),
    ] {
        let v = s.ok(&format!("/api/v1/search?q={}", urlencode(q))).await;
        let first = &v["named"][0];
        assert_eq!(first["type"], "state", "{q}: {v}");
        assert_eq!(first["id"], code, "{q}");
        assert_eq!(first["url"], format!("/areas/{code}"), "{q}");
        assert_eq!(first["matched"].as_str(), matched, "{q}");
    }
    let v = s.ok("/api/v1/search?q=IOM").await;
    assert!(
        v["named"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["type"] == "organisation" && n["id"] == "iom"),
        "{v}"
    );
    // On the page: a link to the state's page, said in words.
    let (_, _, page) = s.text("/search?q=%C3%89thiopie").await;
    let text = words(&page);
    assert!(
        text.contains("States and organisations Ethiopia (Éthiopie), a state, taking part in"),
        "{text}"
    );
    assert!(page.contains("href=\"/areas/ETH\""));
    // Not on later pages, nor in a search of one type.
    let v = s.ok("/api/v1/search?q=Ethiopia&type=document").await;
    assert_eq!(v["named"], serde_json::json!([]));
}

#[tokio::test]
async fn british_spelling_finds_the_papers_american_and_nothing_found_suggests_what_finds() {
    let s = server().await;
    agora_app::ingest::load_builtin(&*s.store, &s.blobs)
        .await
        .unwrap();
    // The paper, and the agreements of Bangkok it records (their locator names the section).
    let v = s
        .ok("/api/v1/search?q=cross-fertilisation&type=document")
        .await;
    assert_eq!(v["total"], 1, "{v}");
    assert_eq!(v["results"][0]["id"], "gfmd-2009-rt3-2-background-paper");
    let v = s.ok("/api/v1/search?q=cross-fertilisation").await;
    assert_eq!(v["facets"]["type"][0]["value"], "recommendation", "{v}");
    // A misspelt word: nothing, and a suggestion that finds the paper.
    let v = s.ok("/api/v1/search?q=fertilizaton").await;
    assert_eq!(v["total"], 0);
    let suggestion = v["suggestion"].as_str().expect("a suggestion").to_owned();
    assert_eq!(suggestion, "fertilization");
    let found = s
        .ok(&format!("/api/v1/search?q={}", urlencode(&suggestion)))
        .await;
    assert!(found["total"].as_u64().unwrap() > 0);
    // A misspelt state: its name is offered, on the page as a link.
    let v = s.ok("/api/v1/search?q=Ethopia").await;
    assert_eq!(v["close"][0]["id"], "ETH", "{v}");
    let (_, _, page) = s.text("/search?q=Ethopia").await;
    assert!(
        page.contains("Did you mean <a href=\"/search?q=Ethiopia\">Ethiopia</a>?"),
        "{page}"
    );
    assert!(words(&page).contains("Ethiopia, a state"));
    // Nothing close: nothing offered.
    let v = s.ok("/api/v1/search?q=qqqqqqqqqq").await;
    assert_eq!(v["suggestion"], serde_json::Value::Null);
    assert_eq!(v["close"], serde_json::json!([]));
}

fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("q", s)]).unwrap()[2..].to_owned()
}

/// A CSV response's rows, the header first, after checking that it is one to download.
async fn csv_rows(s: &Server, path: &str) -> Vec<Vec<String>> {
    let r = s.get(path).await;
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    assert_eq!(
        r.headers()["content-type"],
        "text/csv; charset=utf-8",
        "{path}"
    );
    let disposition = r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.starts_with("attachment; filename=\""),
        "{disposition}"
    );
    let body = r.text().await.unwrap();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[tokio::test]
async fn every_list_page_offers_a_csv_of_what_it_shows() {
    let s = server().await;
    // The RCPs with their secretariats and websites, as the page shows them.
    let query = "category=rcp&show_secretariat=yes&show_website=yes&as_of=2010";
    let (_, _, page) = s.text(&format!("/fora?{query}")).await;
    assert!(
        page.contains("href=\"/fora.csv?category=rcp&amp;as_of=2010&amp;show_secretariat=yes&amp;show_website=yes\""),
        "{page}"
    );
    assert!(page.contains("<th scope=\"col\">Secretariat</th>"));
    let rows = csv_rows(&s, &format!("/fora.csv?{query}")).await;
    assert_eq!(
        rows[0],
        [
            "id",
            "name",
            "acronyms",
            "category",
            "members",
            "members_dates_not_recorded",
            "members_suspended",
            "established",
            "secretariat",
            "secretariat_dates_not_recorded",
            "website",
            "as_of",
            "page"
        ]
    );
    let total: usize = words(&page)
        .split(" fora match")
        .next()
        .and_then(|t| t.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert_eq!(rows.len() - 1, total, "every row, not one page");
    let colombo = rows.iter().find(|r| r[0] == "colombo-process").unwrap();
    assert_eq!(colombo[3], "Regional consultative process");
    // The sources name its secretariat without dates: said apart.
    assert_eq!(colombo[8], "");
    assert_eq!(colombo[9], "International Organization for Migration");
    assert!(colombo[10].starts_with("http"), "{colombo:?}");
    assert_eq!(colombo[11], "2010-12-31");
    let budapest = rows.iter().find(|r| r[0] == "budapest-process");
    assert!(
        budapest.is_some_and(|b| b[8] == "International Centre for Migration Policy Development"),
        "{budapest:?}"
    );
    // The Bali Process was an RCP in 2010, not today: today's list says so beside itself.
    assert!(rows.iter().any(|r| r[0] == "bali-process"));
    let (_, _, today) = s.text("/fora?category=rcp").await;
    let today = words(&today);
    assert!(
        today.contains("These were also “Regional consultative process” at another time")
            && today.contains("Bali Process (2002 – 2010)"),
        "{today}"
    );
    // Without the columns asked for, the CSV has none of them.
    let plain = csv_rows(&s, "/fora.csv?category=rcp").await;
    assert!(!plain[0].contains(&"secretariat".to_owned()));
    // A bad value changes nothing and says why.
    let (status, _, body) = s.text("/fora.csv?show_website=1").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("show_website"), "{body}");

    // A forum's members, in the open-data format that the import reads back.
    let rows = csv_rows(&s, "/fora/colombo-process/members.csv?as_of=2010").await;
    assert_eq!(rows[0], agora_ingest::csv_format::MEMBERSHIP_COLUMNS);
    assert!(rows[1..].iter().all(|r| r[1] == "colombo-process"));
    let all = csv_rows(&s, "/fora/colombo-process/members.csv?rows=all").await;
    assert!(all.len() >= rows.len());
    let body = s
        .get("/fora/colombo-process/members.csv?rows=all")
        .await
        .text()
        .await
        .unwrap();
    let parsed = agora_ingest::csv_format::parse(
        "memberships.csv",
        &body,
        &agora_ingest::builtin::dataset(),
    );
    assert!(parsed.is_ok(), "the bundle's import reads it back");

    // States, organisations and the library.
    let states = csv_rows(&s, "/areas.csv?as_of=2010").await;
    assert_eq!(states[0], ["code", "name", "region", "fora", "as_of"]);
    let eth = states.iter().find(|r| r[0] == "ETH").unwrap();
    assert_eq!(eth[4], "2010-12-31");
    let orgs = csv_rows(&s, "/organisations.csv").await;
    assert!(orgs.iter().any(|r| r[0] == "iom"));
    agora_app::ingest::load_builtin(&*s.store, &s.blobs)
        .await
        .unwrap();
    let docs = csv_rows(&s, "/documents.csv").await;
    assert_eq!(docs[0][..3], ["id", "title", "kind"]);
    assert_eq!(docs[1][0], "gfmd-2009-rt3-2-background-paper");
}

#[tokio::test]
async fn a_spreadsheet_never_runs_a_cell_as_a_formula() {
    let s = server().await;
    // A name as a contribution could write it.
    let mut d = agora_ingest::builtin::dataset();
    let iom = d
        .organisations
        .iter_mut()
        .find(|o| o.id.as_str() == "iom")
        .unwrap();
    iom.names.insert(
        "en".parse().unwrap(),
        "=HYPERLINK(\"http://example.org\")".into(),
    );
    s.store.import(&d, "test", &|_| {}).await.unwrap();
    let rows = csv_rows(&s, "/organisations.csv").await;
    let iom = rows.iter().find(|r| r[0] == "iom").unwrap();
    assert_eq!(iom[1], "'=HYPERLINK(\"http://example.org\")");
    for path in [
        "/fora.csv?show_secretariat=yes",
        "/areas.csv",
        "/organisations.csv",
    ] {
        for row in csv_rows(&s, path).await {
            for cell in row {
                assert!(!cell.starts_with(['=', '+', '-', '@']), "{path}: {cell}");
            }
        }
    }
}

#[tokio::test]
async fn a_document_reads_on_its_page_with_the_search_marked_and_a_citation() {
    let s = server().await;
    agora_app::ingest::load_builtin(&*s.store, &s.blobs)
        .await
        .unwrap();
    // From the search, the link carries the words.
    let (_, _, results) = s.text("/search?q=cross-fertilisation").await;
    let link = "/documents/gfmd-2009-rt3-2-background-paper?q=cross-fertilisation";
    assert!(results.contains(&format!("href=\"{link}\"")), "{results}");
    let (status, _, page) = s.text(link).await;
    assert_eq!(status, StatusCode::OK);
    let text = words(&page);
    assert!(
        text.contains("Author International Organization for Migration (IOM)"),
        "{text}"
    );
    assert!(text.contains("Publisher Global Forum on Migration and Development"));
    assert!(text.contains("Abstract Written to prepare the discussion"));
    // The American spelling of the text, marked for the British of the search.
    assert!(page.contains("<mark id=\"match-en-1\">"), "{page}");
    assert!(page.contains(">fertilization</mark>"));
    assert!(text.contains("words of the text marked. Go to the first"));
    // Cite this: plain text, BibTeX and CSL-JSON.
    assert!(text.contains(
        "Cite this Plain text International Organization for Migration (IOM) (2009). Roundtable 3"
    ));
    assert!(page.contains("@techreport{gfmd-2009-rt3-2-background-paper,"));
    assert!(page.contains("&#34;type&#34;: &#34;report&#34;"));
    // Without a search: nothing marked; a bad parameter is refused.
    let (_, _, plain) = s.text("/documents/gfmd-2009-rt3-2-background-paper").await;
    assert!(!plain.contains("<mark"));
    assert!(plain.contains("words, as extracted from the file"));
    let (status, _, _) = s
        .text("/documents/gfmd-2009-rt3-2-background-paper?x=1")
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // The file downloads under a name people can read.
    let href = between(
        &plain,
        "href=\"/documents/gfmd-2009-rt3-2-background-paper/files/",
        '"',
    );
    let r = s
        .get(&format!(
            "/documents/gfmd-2009-rt3-2-background-paper/files/{href}"
        ))
        .await;
    assert_eq!(
        r.headers()["content-disposition"],
        "attachment; filename=\"roundtable-3-session-3-2-regional-and-inter-regional-processes-and-fora-en.txt\""
    );
    // The API gives the same.
    let v = s
        .ok("/api/v1/documents/gfmd-2009-rt3-2-background-paper")
        .await;
    assert_eq!(
        v["authors"],
        serde_json::json!(["International Organization for Migration (IOM)"])
    );
    assert!(
        v["abstract"]
            .as_str()
            .unwrap()
            .starts_with("Written to prepare")
    );
}

fn form(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).unwrap()
}

#[tokio::test]
async fn proposing_keeps_what_was_typed_says_mistakes_beside_fields_and_what_happens_next() {
    let s = server().await;
    let (sec, editor) = s.secretariat_and_editor().await;
    let r = s.get_as("/fora/colombo-process/propose", Some(&sec)).await;
    let page = r.text().await.unwrap();
    // The role is not chosen in advance; states are offered by name.
    assert!(
        page.contains("<option value=\"\" selected>Choose a role</option>"),
        "{page}"
    );
    assert!(page.contains("<option value=\"Japan\">state · JPN</option>"));
    // Japan as an observer, typed by name, with a date that cannot be read and no source.
    let bad = form(&[
        ("csrf", &sec.csrf),
        ("kind", "membership"),
        ("membership", "new"),
        ("member", "Japan"),
        ("role", "observer"),
        ("start_date", "Nov 20255"),
        ("then", "submit"),
    ]);
    let r = s
        .post_form("/fora/colombo-process/propose", Some(&sec), &bad, &[])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = r.text().await.unwrap();
    assert!(page.contains("value=\"Japan\""), "what was typed is kept");
    assert!(page.contains("value=\"Nov 20255\""));
    assert!(page.contains("id=\"start_date-error\""), "{page}");
    assert!(words(&page).contains("“Nov 20255” cannot be read as a date"));
    assert!(page.contains("id=\"source_url-error\""));
    assert!(
        page.contains("<a href=\"#start_date\">"),
        "the summary links to the field"
    );
    assert!(page.contains("<option value=\"observer\" selected>"));
    // An ambiguous or unknown name says what it may mean.
    let unknown = form(&[
        ("csrf", &sec.csrf),
        ("kind", "membership"),
        ("member", "Japon"),
        ("role", "observer"),
        ("source_url", "https://example.org/japan"),
    ]);
    let r = s
        .post_form("/fora/colombo-process/propose", Some(&sec), &unknown, &[])
        .await;
    // "Japon" is Japan's name in French and Spanish: it is Japan.
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let nobody = form(&[
        ("csrf", &sec.csrf),
        ("kind", "membership"),
        ("member", "Jpaan"),
        ("role", "observer"),
        ("source_url", "https://example.org/japan"),
    ]);
    let r = s
        .post_form("/fora/colombo-process/propose", Some(&sec), &nobody, &[])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(words(&r.text().await.unwrap()).contains("did you mean Japan"));
    // Corrected: sent, and the page says what happens next and the change in words.
    let good = form(&[
        ("csrf", &sec.csrf),
        ("kind", "membership"),
        ("membership", "new"),
        ("member", "Japan"),
        ("role", "observer"),
        ("start_date", "Nov 2025"),
        ("source_url", "https://example.org/colombo-japan"),
        ("then", "submit"),
    ]);
    let r = s
        .post_form("/fora/colombo-process/propose", Some(&sec), &good, &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let at = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(at.ends_with("?sent=1"), "{at}");
    let page = s.get_as(&at, Some(&sec)).await.text().await.unwrap();
    let text = words(&page);
    assert!(
        text.contains("Sent for review. What happens next"),
        "{text}"
    );
    assert!(
        text.contains("Adds: Japan — observer — since November 2025 — source: https://example.org/colombo-japan"),
        "{text}"
    );
    assert!(text.contains("Status Sent: waiting for an editor"));
    assert!(text.contains("Proposed by the secretariat of Colombo Process"));
    for code in ["forum_id", "member.type", "secretariat:colombo-process"] {
        assert!(!text.contains(code), "{code}: {text}");
    }
    // Editors see it waiting in the navigation, on every page; others do not.
    let home = s.get_as("/", Some(&editor)).await.text().await.unwrap();
    assert!(
        home.contains("<li><a href=\"/review\">Review (1)</a></li>"),
        "{home}"
    );
    let theirs = s.get_as("/", Some(&sec)).await.text().await.unwrap();
    assert!(!theirs.contains("href=\"/review\""));
    // The editor publishes it in one step; the published page does not offer Withdraw first.
    let id = at
        .trim_start_matches("/contributions/")
        .trim_end_matches("?sent=1");
    let page = s
        .get_as(&format!("/contributions/{id}"), Some(&editor))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<button type=\"submit\" name=\"step\" value=\"publish\">Publish</button>"),
        "{page}"
    );
    let r = s
        .post_form(
            &format!("/contributions/{id}/step"),
            Some(&editor),
            &form(&[("csrf", &editor.csrf), ("step", "publish"), ("comment", "")]),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = s
        .get_as(&format!("/contributions/{id}"), Some(&editor))
        .await
        .text()
        .await
        .unwrap();
    assert!(words(&page).contains("Status Published"));
    let first_button = between(&page, "<button type=\"submit\" name=\"step\" value=\"", '"');
    assert_ne!(first_button, "withdraw", "{page}");
    assert!(page.contains("<summary>Withdraw this publication</summary>"));
    let v = s
        .ok("/api/v1/fora/colombo-process/memberships?as_of=2026-01")
        .await;
    assert!(v.to_string().contains("\"JPN\""), "{v}");
    // The author reads the news on their account page (no mail is set up here), and finds the
    // action to propose there too.
    let account = s.get_as("/account", Some(&sec)).await.text().await.unwrap();
    let text = words(&account);
    assert!(
        text.contains("Japan — observer — Colombo Process: an editor published it"),
        "{text}"
    );
    assert!(account.contains("href=\"/fora/colombo-process/propose\""));
    assert!(text.contains("Roles the secretariat of Colombo Process"));
    let home = s.get_as("/", Some(&editor)).await.text().await.unwrap();
    assert!(home.contains("Review (0)"));
    // Once no longer the forum's secretariat, the account reads no news of its contributions
    // (their titles and the editors' comments are the forum's).
    let email = agora_core::account::Email::parse("sec@colombo.example").unwrap();
    let role: agora_core::policy::AccessRole = "secretariat:colombo-process".parse().unwrap();
    assert!(s.store.revoke_role(&email, &role).await.unwrap());
    let account = s.get_as("/account", Some(&sec)).await.text().await.unwrap();
    assert!(!account.contains("Japan — observer"), "{account}");
}

#[tokio::test]
async fn a_forum_or_a_state_is_compared_between_two_dates() {
    let s = server().await;
    // Ethiopia's fora at the end of 2010 and today.
    let (status, _, page) = s.text("/areas/ETH?as_of=2010&compare=2026-12-01").await;
    assert_eq!(status, StatusCode::OK);
    let text = words(&page);
    assert!(
        text.contains("31 December 2010 compared with 1 December 2026"),
        "{text}"
    );
    assert!(page.contains("id=\"compare\" name=\"compare\" value=\"2026-12-01\""));
    // The portfolio says each forum's category, and each bar of the timeline is labelled.
    assert!(page.contains("<th scope=\"col\">Category</th>"));
    assert!(page.contains("class=\"bar-label\""), "{page}");
    assert!(
        page.contains(">IGAD</text>") || page.contains(">IGAD-RCP</text>"),
        "{page}"
    );
    // A forum's members: the Budapest Process in 2000 and in 2010.
    let (status, _, page) = s
        .text("/fora/budapest-process?as_of=2000&compare=2010")
        .await;
    assert_eq!(status, StatusCode::OK);
    let text = words(&page);
    assert!(
        text.contains("31 December 2000 compared with 31 December 2010"),
        "{text}"
    );
    assert!(text.contains("On 31 December 2010, not on 31 December 2000"));
    // A bad date changes nothing and says why; pages that compare nothing refuse it.
    let (status, _, body) = s.text("/areas/ETH?compare=soon").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("compare"), "{body}");
    let (status, _, _) = s.text("/areas?compare=2010").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn revising_a_draft_keeps_what_was_typed_and_says_the_mistake() {
    let s = server().await;
    let (sec, _) = s.secretariat_and_editor().await;
    let draft = form(&[
        ("csrf", &sec.csrf),
        ("kind", "membership"),
        ("membership", "new"),
        ("member", "Japan"),
        ("role", "observer"),
        ("start_date", "2025"),
        ("source_url", "https://example.org/colombo-japan"),
        ("then", "draft"),
    ]);
    let r = s
        .post_form("/fora/colombo-process/propose", Some(&sec), &draft, &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let at = r.headers()["location"]
        .to_str()
        .unwrap()
        .trim_end_matches("?sent=1")
        .to_owned();
    let page = s
        .get_as(&format!("{at}/edit"), Some(&sec))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("value=\"Japan\""), "the member by its name");
    let bad = form(&[
        ("csrf", &sec.csrf),
        ("member", "Japan"),
        ("role", "observer"),
        ("start_date", "2025"),
        ("end_date", "2024"),
        ("note", "Kept"),
        ("then", "draft"),
    ]);
    let r = s
        .post_form(&format!("{at}/edit"), Some(&sec), &bad, &[])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = r.text().await.unwrap();
    assert!(
        words(&page).contains("the end comes before the start"),
        "{page}"
    );
    assert!(page.contains("value=\"2024\"") && page.contains("value=\"Kept\""));
}

#[tokio::test]
async fn correcting_an_entry_keeps_what_is_left_empty() {
    let s = server().await;
    let (sec, _) = s.secretariat_and_editor().await;
    let before = s
        .record(
            agora_core::contribution::Entity::MEMBERSHIP,
            "colombo-process:chair:IND",
        )
        .await;
    // Only the note changes: who, the role and the dates are left empty.
    let fix = form(&[
        ("csrf", &sec.csrf),
        ("kind", "membership"),
        ("membership", "colombo-process:chair:IND"),
        ("note", "Chaired the senior officials' meetings."),
        ("then", "draft"),
    ]);
    let r = s
        .post_form("/fora/colombo-process/propose", Some(&sec), &fix, &[])
        .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let at = r.headers()["location"]
        .to_str()
        .unwrap()
        .trim_end_matches("?sent=1")
        .to_owned();
    let id: i64 = at.trim_start_matches("/contributions/").parse().unwrap();
    let c = s.store.contribution(id).await.unwrap().unwrap();
    let proposed: serde_json::Value = serde_json::from_str(&c.proposed).unwrap();
    for kept in ["member", "role", "start_date", "end_date", "sources"] {
        assert_eq!(proposed[kept], before[kept], "{kept}");
    }
    assert_eq!(proposed["note"], "Chaired the senior officials' meetings.");
}

#[tokio::test]
async fn open_data_holds_only_what_the_public_may_see() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    s.document("open-study", "Open study", DocVisibility::Public, "Open.")
        .await;
    let hidden = DocVisibility::Participants {
        forum: "colombo-process".parse().unwrap(),
        public_from: None,
    };
    s.document("closed-study", "Closed study", hidden, "Closed.")
        .await;
    // A note a spreadsheet would run as a formula.
    let formula: agora_core::Membership = serde_json::from_value(serde_json::json!({
        "id": "colombo-process:observer:JPN", "forum_id": "colombo-process",
        "member": {"type": "area", "id": "JPN"}, "role": "observer", "start_date": "2025-11",
        "note": "=HYPERLINK(\"http://evil.example\")",
        "sources": [{"url": "https://www.colomboprocess.org/"}], "verification": "unverified"
    }))
    .unwrap();
    let mut d = agora_core::Dataset::default();
    d.memberships.push(formula);
    s.store.import(&d, "test", &|_| {}).await.unwrap();
    let csv_rows = |text: &str| -> Vec<Vec<String>> {
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    };
    let (status, ct, docs) = s.text("/api/v1/data/documents.csv").await;
    assert_eq!(status, 200, "{docs}");
    assert_eq!(ct, "text/csv; charset=utf-8");
    assert!(
        docs.starts_with(&agora_ingest::bundle::DOCUMENTS.columns().join(",")),
        "{docs}"
    );
    assert!(
        docs.contains("open-study") && !docs.contains("closed-study"),
        "{docs}"
    );
    // Memberships: the import format, every row, the formula kept as text.
    let (_, _, members) = s.text("/api/v1/data/memberships.csv").await;
    assert!(members.starts_with(&agora_ingest::csv_format::MEMBERSHIP_COLUMNS.join(",")));
    let snapshot = s.store.snapshot().await.unwrap();
    assert_eq!(csv_rows(&members).len(), snapshot.memberships.len());
    assert!(
        members.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""),
        "formula"
    );
    let (_, _, older) = s
        .text("/api/v1/data/memberships.csv?as_of=2009-06-04")
        .await;
    let older = csv_rows(&older).len();
    assert!(0 < older && older < snapshot.memberships.len(), "{older}");
    // The package describes every file, beside it or, as of a day, at its dated address.
    let (_, package) = s.json("/api/v1/data/datapackage.json").await;
    let paths: Vec<&str> = package["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), agora_ingest::bundle::TABLES.len());
    assert!(paths.contains(&"memberships.csv"), "{paths:?}");
    assert!(paths.contains(&"follow_ups.csv"), "{paths:?}");
    let (_, dated) = s
        .json("/api/v1/data/datapackage.json?as_of=2009-06-04")
        .await;
    assert_eq!(
        dated["resources"][4]["path"],
        "http://127.0.0.1:8080/api/v1/data/memberships.csv?as_of=2009-06-04"
    );
    // Popolo: four lists, whole JSON.
    let (status, popolo) = s.json("/api/v1/data/popolo.json").await;
    assert_eq!(status, 200);
    assert_eq!(
        popolo["memberships"].as_array().unwrap().len(),
        snapshot.memberships.len()
    );
    assert!(popolo["events"].is_array());
    // Mistakes: an unknown file, a day that is not one.
    for (path, code) in [
        ("/api/v1/data/people.csv", 404),
        ("/api/v1/data/../agora.db", 404),
        ("/api/v1/data/fora.csv?as_of=yesterday", 400),
        ("/api/v1/data/fora.csv?format=xml", 400),
    ] {
        let (status, _, body) = s.text(path).await;
        assert_eq!(status, code, "{path}: {body}");
    }
    // The page links every file.
    let (status, _, page) = s.text("/data?as_of=2009-06-04").await;
    assert_eq!(status, 200);
    for t in agora_ingest::bundle::TABLES {
        let href = format!("/api/v1/data/{}.csv?as_of=2009-06-04", t.name);
        assert!(page.contains(&href), "{href}");
    }
}

#[tokio::test]
async fn a_release_never_changes_and_says_what_changed_since_the_last() {
    use sha2::Digest;
    let s = server().await;
    let admin = s.person("admin@example.org", &["admin"]).await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let form = |p: &Person| format!("csrf={}", p.csrf);
    // Only an administrator makes one.
    let refused = s
        .post_form("/data/releases", Some(&editor), &form(&editor), &[])
        .await;
    assert_eq!(refused.status(), 403);
    let made = s
        .post_form("/data/releases", Some(&admin), &form(&admin), &[])
        .await;
    assert_eq!(made.status(), 303);
    // Named by the server's day.
    let (_, _, page) = s.text("/data").await;
    let at = page.find("id=\"release-").expect("a release") + 12;
    let today = page[at..at + 10].to_owned();
    assert!(today.parse::<agora_core::Day>().is_ok(), "{today}");
    assert!(page.contains("The first release."), "{page}");
    // Every file matches its checksum, as listed in SHA256SUMS.
    let (status, _, sums) = s.text(&format!("/data/releases/{today}/SHA256SUMS")).await;
    assert_eq!(status, 200, "{sums}");
    let listed: Vec<(String, String)> = sums
        .lines()
        .map(|l| {
            let (sha, name) = l.split_once("  ").unwrap();
            (sha.to_owned(), name.to_owned())
        })
        .collect();
    // The bundle's files, its datapackage.json and the Popolo file.
    assert_eq!(listed.len(), agora_ingest::bundle::TABLES.len() + 2);
    let mut first = Vec::new();
    for (sha, name) in &listed {
        let res = s.get(&format!("/data/releases/{today}/{name}")).await;
        assert_eq!(res.status(), 200, "{name}");
        assert!(
            res.headers()["cache-control"]
                .to_str()
                .unwrap()
                .contains("immutable")
        );
        let bytes = res.bytes().await.unwrap();
        assert_eq!(&hex(&sha2::Sha256::digest(&bytes)), sha, "{name}");
        first.push(bytes);
    }
    // The data change; the release does not.
    let japan: agora_core::Membership = serde_json::from_value(serde_json::json!({
        "id": "colombo-process:observer:JPN", "forum_id": "colombo-process",
        "member": {"type": "area", "id": "JPN"}, "role": "observer", "start_date": "2025-11",
        "sources": [{"url": "https://www.colomboprocess.org/"}], "verification": "unverified"
    }))
    .unwrap();
    let mut d = agora_core::Dataset::default();
    d.memberships.push(japan);
    s.store.import(&d, "test", &|_| {}).await.unwrap();
    for ((_, name), before) in listed.iter().zip(&first) {
        let again = s
            .get(&format!("/data/releases/{today}/{name}"))
            .await
            .bytes()
            .await
            .unwrap();
        assert_eq!(&again, before, "{name} changed");
    }
    // The next release says what changed since.
    let made = s
        .post_form("/data/releases", Some(&admin), &form(&admin), &[])
        .await;
    assert_eq!(made.status(), 303);
    let (_, _, page) = s.text("/data").await;
    assert!(
        page.contains(&format!("Since release {today}: 0 fora added, 0 removed; one membership added, 0 removed, 0 changed.")),
        "{page}"
    );
    // The feed announces releases; the catalogue lists both.
    let (_, _, feed) = s.text("/changes.atom").await;
    assert!(
        feed.contains(&format!("New release of the open data: {today}.2.")),
        "{feed}"
    );
    let (_, catalog) = s.json("/data/catalog.jsonld").await;
    assert_eq!(catalog["dcat:dataset"].as_array().unwrap().len(), 2);
    // Mistakes: an unknown release, an unknown file.
    for path in [
        "/data/releases/1999-01-01/fora.csv".to_owned(),
        format!("/data/releases/{today}/agora.db"),
    ] {
        let (status, _, _) = s.text(&path).await;
        assert_eq!(status, 404, "{path}");
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn a_saved_search_is_a_private_feed_that_gains_entries_and_can_be_ended() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let word = "zqxseasonal";
    s.document(
        "closed-paper",
        "Closed paper",
        DocVisibility::Confidential,
        &format!("Seasonal workers {word}."),
    )
    .await;
    // The public feed of the search: nothing confidential.
    let (status, ct, public) = s.text(&format!("/search.atom?q={word}")).await;
    assert_eq!(status, 200, "{public}");
    assert_eq!(ct, "application/atom+xml; charset=utf-8");
    assert!(titles(&public).is_empty(), "{public}");
    // The editor saves the search, then makes the private feed's address.
    let query = format!("q={word}&type=document");
    let saved = s
        .post_form(
            "/account/searches",
            Some(&editor),
            &format!(
                "csrf={}&name=Seasonal&query={}",
                editor.csrf,
                query.replace('&', "%26").replace('=', "%3D")
            ),
            &[],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let page = s
        .post_form(
            "/account/feed-key",
            Some(&editor),
            &format!("csrf={}", editor.csrf),
            &[],
        )
        .await
        .text()
        .await
        .unwrap();
    let at = page.find("/feeds/").expect("the address is shown");
    let end = at + page[at..].find(".atom").unwrap() + 5;
    let address = page[at..end].to_owned();
    let (status, _, private) = s.text(&address).await;
    assert_eq!(status, 200, "{private}");
    assert_eq!(titles(&private), ["Closed paper"]);
    assert!(
        private.contains("Found by your saved search “Seasonal”."),
        "{private}"
    );
    // A matching document is published: both feeds gain it.
    s.document(
        "open-paper",
        "Open paper",
        DocVisibility::Public,
        &format!("More on {word}."),
    )
    .await;
    let (_, _, private) = s.text(&address).await;
    assert_eq!(titles(&private).len(), 2, "{private}");
    let (_, _, public) = s.text(&format!("/search.atom?q={word}")).await;
    assert_eq!(titles(&public), ["Open paper"]);
    // A private feed is kept by no shared cache.
    let res = s.get(&address).await;
    assert!(
        res.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("private")
    );
    // A new address ends the old; ending it ends the new.
    let again = s
        .post_form(
            "/account/feed-key",
            Some(&editor),
            &format!("csrf={}", editor.csrf),
            &[],
        )
        .await
        .text()
        .await
        .unwrap();
    let at = again.find("/feeds/").unwrap();
    let end = at + again[at..].find(".atom").unwrap() + 5;
    let newer = again[at..end].to_owned();
    assert_ne!(newer, address);
    assert_eq!(s.text(&address).await.0, 404);
    assert_eq!(s.text(&newer).await.0, 200);
    let ended = s
        .post_form(
            "/account/feed-key/end",
            Some(&editor),
            &format!("csrf={}", editor.csrf),
            &[],
        )
        .await;
    assert_eq!(ended.status(), 303);
    assert_eq!(s.text(&newer).await.0, 404);
    // A forged or malformed address is not found either; a bad search is refused.
    assert_eq!(
        s.text(&format!("/feeds/{}.atom", "0".repeat(64))).await.0,
        404
    );
    assert_eq!(s.text("/feeds/x.atom").await.0, 404);
    let bad = s
        .post_form(
            "/account/searches",
            Some(&editor),
            &format!("csrf={}&name=Bad&query=forum%3Dnowhere", editor.csrf),
            &[],
        )
        .await;
    assert_eq!(bad.status(), 400);
}

#[tokio::test]
async fn an_unpublished_contribution_is_in_no_feed_export_or_release() {
    let s = server().await;
    let (sec, _editor) = s.secretariat_and_editor().await;
    let admin = s.person("admin@example.org", &["admin"]).await;
    let canary = "zqxunpublished";
    let record = serde_json::json!({
        "id": "colombo-process:observer:ISL:2027", "forum_id": "colombo-process",
        "member": {"type": "area", "id": "ISL"}, "role": "observer", "start_date": "2027",
        "note": canary, "sources": [{"url": "https://example.org/colombo"}],
        "verification": "unverified"
    });
    let (status, v) = s
        .api(
            reqwest::Method::POST,
            "/api/v1/contributions",
            Some(&sec),
            Some(serde_json::json!({"entity": "membership", "record": record, "title": canary, "submit": true})),
        )
        .await;
    assert_eq!(status, 201, "{v}");
    let made = s
        .post_form(
            "/data/releases",
            Some(&admin),
            &format!("csrf={}", admin.csrf),
            &[],
        )
        .await;
    assert_eq!(made.status(), 303);
    let (_, _, page) = s.text("/data").await;
    let at = page.find("id=\"release-").unwrap() + 12;
    let release = page[at..at + 10].to_owned();
    let mut paths: Vec<String> = [
        "/",
        "/changes.atom",
        "/changes.atom?forum=colombo-process",
        "/changes.atom?area=ISL",
        "/search.atom?q=zqxunpublished",
        "/api/v1/data/memberships.csv",
        "/api/v1/data/popolo.json",
        "/fora/colombo-process/members.csv?rows=all",
    ]
    .map(str::to_owned)
    .to_vec();
    paths.extend(
        ["memberships.csv", "popolo.json"].map(|f| format!("/data/releases/{release}/{f}")),
    );
    for path in paths {
        let (status, _, body) = s.text(&path).await;
        assert_eq!(status, 200, "{path}");
        let found = if path.starts_with("/search.atom") {
            titles(&body).len()
        } else {
            body.matches(canary).count()
        };
        assert_eq!(found, 0, "{path}: {body}");
    }
}
