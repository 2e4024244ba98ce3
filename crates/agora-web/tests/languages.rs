//! The six languages (issue 22): the language in the URL, its links, its alternates, the
//! response cache, the first visit. Run on SQLite only: nothing here depends on the backend.

mod common;

use common::*;
use reqwest::StatusCode;

const CODES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

async fn page(s: &Server, path: &str) -> String {
    let r = no_redirects()
        .get(format!("{}{path}", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    r.text().await.unwrap()
}

#[tokio::test]
async fn a_page_in_a_language_says_so_and_reads_its_way() {
    let s = server().await;
    for code in CODES {
        let prefix = if code == "en" {
            String::new()
        } else {
            format!("/{code}")
        };
        let body = page(&s, &format!("{prefix}/fora/rcm?as_of=2010")).await;
        let dir = if code == "ar" { "rtl" } else { "ltr" };
        assert!(
            body.contains(&format!("<html lang=\"{code}\" dir=\"{dir}\">")),
            "{code}: {}",
            &body[..200]
        );
        // Every page names itself in the six languages, and English as the default.
        for other in CODES {
            let href = if other == "en" {
                "/fora/rcm?as_of=2010".to_owned()
            } else {
                format!("/{other}/fora/rcm?as_of=2010")
            };
            assert!(
                body.contains(&format!(
                    "<link rel=\"alternate\" hreflang=\"{other}\" href=\"{href}\">"
                )),
                "{code}: no alternate for {other}"
            );
        }
        assert!(body.contains("hreflang=\"x-default\" href=\"/fora/rcm?as_of=2010\""));
    }
}

#[tokio::test]
async fn links_and_forms_keep_the_language() {
    let s = server().await;
    let body = page(&s, "/fr/fora/rcm").await;
    assert!(
        body.contains("href=\"/fr/fora\""),
        "the navigation stays in French"
    );
    assert!(body.contains("action=\"/fr/search\"") || body.contains("href=\"/fr/search\""));
    // What exists in one language only keeps its address.
    assert!(body.contains("href=\"/static/style.css\""));
    assert!(body.contains("href=\"/api/v1/fora\""));
    assert!(!body.contains("href=\"/fora\""), "a link left French");
    // The switcher's English link is the English page.
    assert!(body.contains("hreflang=\"en\" lang=\"en\" href=\"/fora/rcm\""));
    // The French words are there.
    assert!(body.contains("Aller au contenu"), "French skip link");
}

#[tokio::test]
async fn a_cached_page_is_never_served_in_another_language() {
    let s = server().await;
    for (first, then) in [("/fora/rcm", "/fr/fora/rcm"), ("/ru/areas", "/areas")] {
        let a = page(&s, first).await;
        let b = page(&s, then).await;
        let a_again = page(&s, first).await;
        assert_eq!(a, a_again, "{first} is cached");
        let lang_of = |body: &str| between(body, "<html lang=\"", '"');
        assert_ne!(lang_of(&a), lang_of(&b), "{first} then {then}");
        let want = if then.starts_with("/fr") { "fr" } else { "en" };
        assert_eq!(lang_of(&b), want, "{then}");
    }
    // A French page asked twice: the second answer is the first (from the cache), in French.
    let one = page(&s, "/fr/fora").await;
    let two = page(&s, "/fr/fora").await;
    assert_eq!(one, two);
    assert!(two.contains("<html lang=\"fr\""));
}

#[tokio::test]
async fn the_first_visit_goes_to_the_browsers_language() {
    let s = server().await;
    let visit = |accept: &'static str, referer: Option<String>| {
        let mut r = no_redirects()
            .get(format!("{}/?as_of=2010", s.base))
            .header("accept-language", accept);
        if let Some(r2) = referer {
            r = r.header("referer", r2);
        }
        r.send()
    };
    let r = visit("fr-CH, fr;q=0.9, en;q=0.8", None).await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/fr?as_of=2010");
    assert!(
        r.headers()["vary"]
            .to_str()
            .unwrap()
            .contains("Accept-Language")
    );
    let r = visit("ar", None).await.unwrap();
    assert_eq!(r.headers()["location"], "/ar?as_of=2010");
    // English, or a language Agora is not written in: the English home page.
    for accept in ["en-GB,en;q=0.9", "de-DE,de;q=0.9", ""] {
        let r = visit(accept, None).await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{accept}");
    }
    // Coming from one of our pages (the switcher's English link): English, as chosen; from
    // another site's link too (behind a proxy, the host a page was served under may not be
    // the one the server sees).
    let host = s.base.trim_start_matches("http://").to_owned();
    for referer in [
        format!("http://{host}/fr/fora"),
        "https://agora.example.org/fr".to_owned(),
    ] {
        let r = visit("fr", Some(referer.clone())).await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{referer}");
    }
    // Only `/` is sent on: a shared link to an English page stays English.
    let r = no_redirects()
        .get(format!("{}/fora", s.base))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn prefixes_that_are_not_pages_are_refused_or_sent_home() {
    let s = server().await;
    let get = |path: &str| no_redirects().get(format!("{}{path}", s.base)).send();
    let r = get("/en/fora?as_of=2010").await.unwrap();
    assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(r.headers()["location"], "/fora?as_of=2010");
    let r = get("/en").await.unwrap();
    assert_eq!(r.headers()["location"], "/");
    for path in [
        "/fr/api/v1/fora",
        "/fr/static/style.css",
        "/fr/healthz",
        "/fr/api/openapi.json",
    ] {
        let r = get(path).await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(
            r.text().await.unwrap().contains("<html lang=\"fr\""),
            "{path}"
        );
    }
    // The API documentation is a page, in every language.
    assert_eq!(get("/zh/api/docs").await.unwrap().status(), StatusCode::OK);
    // An unknown page in a language: the error page, in that language.
    let r = get("/es/no-such-page").await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let body = r.text().await.unwrap();
    assert!(body.contains("<html lang=\"es\""));
    assert!(body.contains("Página no encontrada"), "{body}");
}

#[tokio::test]
async fn a_redirect_keeps_the_language() {
    let s = server().await;
    // A page that needs a signed-in reader sends to the sign-in page, in the reader's language.
    let r = no_redirects()
        .get(format!("{}/ru/contributions", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/ru/account/sign-in");
}

#[tokio::test]
async fn every_page_type_carries_its_alternates_in_every_language() {
    let s = server().await;
    let pages = [
        "/",
        "/fora",
        "/fora/soderkoping-process?as_of=2009-06-04",
        "/areas",
        "/areas/UKR",
        "/organisations",
        "/organisations/iom",
        "/documents",
        "/search?q=colombo",
        "/provenance",
        "/api/docs",
        "/account/sign-in",
        "/account/reset",
        "/fora/colombo-process/history",
    ];
    for page_path in pages {
        for code in ["ru", "es"] {
            let path = if page_path == "/" {
                format!("/{code}")
            } else {
                format!("/{code}{page_path}")
            };
            let body = page(&s, &path).await;
            for other in CODES {
                let href = match (other, page_path) {
                    ("en", p) => p.to_owned(),
                    (o, "/") => format!("/{o}"),
                    (o, p) => format!("/{o}{p}"),
                };
                let want = format!(
                    "<link rel=\"alternate\" hreflang=\"{other}\" href=\"{}\">",
                    href.replace('&', "&#38;")
                );
                assert!(body.contains(&want), "{path}: no {want}");
            }
        }
    }
}

#[tokio::test]
async fn content_in_another_language_than_the_page_says_which() {
    let s = server().await;
    // The ASEM has a Chinese name: the Chinese page shows it, unmarked.
    let body = page(&s, "/zh/fora/asem").await;
    assert!(body.contains("<h1>亚欧会议"), "the Chinese name");
    // The Colombo Process has none: its English name, marked as English.
    let body = page(&s, "/zh/fora/colombo-process").await;
    assert!(
        body.contains("<h1><span lang=\"en\">Colombo Process</span>"),
        "marked as English"
    );
    // French: Ethiopia in French, unmarked; on the English page, never a lang mark.
    let body = page(&s, "/fr/areas/ETH").await;
    assert!(body.contains("<h1>Éthiopie"), "Ethiopia in French");
    let body = page(&s, "/areas/ETH").await;
    assert!(body.contains("<h1>Ethiopia"));
    // A search result's title carries its language when it is not the page's.
    let body = page(&s, "/ar/search?q=%22non-binding+dialogue%22").await;
    assert!(
        body.contains("<span lang=\"en\">"),
        "an English title on the Arabic page"
    );
}

#[tokio::test]
async fn counts_and_dates_read_as_each_language_writes_them() {
    let s = server().await;
    // 9 members of the Söderköping Process in June 2009.
    let cases = [
        ("", "Members on 4 June 2009 (9)"),
        ("/fr", "4 juin 2009"),
        ("/es", "4 de junio de 2009"),
        ("/ru", "4 июня 2009"),
        ("/zh", "2009年6月4日"),
        ("/ar", "4 يونيو 2009"),
    ];
    for (prefix, want) in cases {
        let body = page(
            &s,
            &format!("{prefix}/fora/soderkoping-process?as_of=2009-06-04"),
        )
        .await;
        assert!(body.contains(want), "{prefix}: {want}");
    }
}

#[tokio::test]
async fn a_timeline_reads_the_way_its_page_does() {
    let s = server().await;
    // Ethiopia's portfolio: the line of the page's day sits on the right in English (time runs
    // left to right) and on the left in Arabic (right to left).
    let x_of_today = |body: &str| -> f64 {
        let at = body.find("class=\"as-of-line\"").expect("the day's line");
        let line = &body[body[..at].rfind("<line").unwrap()..at];
        between(line, "x1=\"", '"').parse().unwrap()
    };
    let english = x_of_today(&page(&s, "/areas/ETH").await);
    let arabic = x_of_today(&page(&s, "/ar/areas/ETH").await);
    assert!(english > 900.0, "{english}");
    assert!(arabic < 100.0, "{arabic}");
    assert!(
        (english + arabic - 1000.0).abs() < 1.0,
        "mirrored: {english} and {arabic}"
    );
}

/// A forum's summary and objectives in the reader's language: proposed in French through the
/// usual moderated contribution, published by an editor, then shown on the French page (and the
/// English ones elsewhere, marked as English), and offered for revision in the form.
#[tokio::test]
async fn a_forum_says_what_it_is_in_the_readers_language() {
    use agora_core::contribution::Entity;
    let s = server().await;
    let (sec, editor) = s.secretariat_and_editor().await;
    let english = page(&s, "/fora/colombo-process").await;
    let lede = between(&english, "<p class=\"lede\">", '<');
    assert!(
        !lede.is_empty(),
        "the Colombo Process has an English summary"
    );

    let mut record = s.record(Entity::FORUM, "colombo-process").await;
    // English is the forum's own summary, never a translation of it.
    record["translations"] = serde_json::json!({"en": {"summary": "Colombo"}});
    let (status, v) = s
        .api(
            reqwest::Method::POST,
            "/api/v1/contributions",
            Some(&sec),
            Some(serde_json::json!({"entity": "forum", "record": record.clone()})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert!(
        v["detail"].as_str().unwrap().contains("not a translation"),
        "{v}"
    );

    record["translations"] = serde_json::json!({"fr": {
        "summary": "Le Processus de Colombo est un processus consultatif régional.",
        "objectives": ["Protéger les travailleurs migrants", "Optimiser les avantages de la migration de main-d’œuvre"],
    }});
    let (status, v) = s
        .api(
            reqwest::Method::POST,
            "/api/v1/contributions",
            Some(&sec),
            Some(serde_json::json!({"entity": "forum", "record": record, "submit": true})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let id = v["id"].as_i64().unwrap();
    let (status, v) = s
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/contributions/{id}/steps"),
            Some(&editor),
            Some(serde_json::json!({"step": "publish"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");

    let french = page(&s, "/fr/fora/colombo-process").await;
    assert!(
        french.contains(
            "<p class=\"lede\">Le Processus de Colombo est un processus consultatif régional.</p>"
        ),
        "the summary in French, as the page's own words"
    );
    assert!(french.contains("<ul><li>Protéger les travailleurs migrants</li>"));
    // English and the languages without a French fallback before English read the English.
    let english = page(&s, "/fora/colombo-process").await;
    assert!(english.contains(&format!("<p class=\"lede\">{lede}</p>")));
    assert!(!english.contains("Protéger"));
    let spanish = page(&s, "/es/fora/colombo-process").await;
    assert!(
        spanish.contains(&format!("<p class=\"lede\" lang=\"en\">{lede}</p>")),
        "the English summary on the Spanish page, marked as English"
    );
    // The API gives every language; the form offers the French to revise.
    let v = s.ok("/api/v1/fora/colombo-process").await;
    assert_eq!(
        v["translations"]["fr"]["objectives"][0],
        "Protéger les travailleurs migrants"
    );
    let form = s
        .get_as("/fr/fora/colombo-process/propose", Some(&sec))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        form.contains(
            "name=\"summary_fr\" rows=\"3\" maxlength=\"5000\" lang=\"fr\">Le Processus de Colombo"
        ),
        "{form}"
    );
}

/// Regions and the countries of a forum's map are named in the reader's language (CLDR's names
/// of the M49 regions), and a region CLDR names otherwise stays in English, marked as English.
#[tokio::test]
async fn regions_and_countries_are_named_in_the_readers_language() {
    let s = server().await;
    let french = page(&s, "/fr/fora/colombo-process").await;
    assert!(
        french.contains("Asie du Sud, Asie du Sud-Est et Asie de l’Est"),
        "the regions served in French, as the page's own words"
    );
    let english = page(&s, "/fora/colombo-process").await;
    assert!(english.contains("Southern Asia, South-eastern Asia and Eastern Asia"));
    // The filter of the list of fora names its regions in the page's language.
    let list = page(&s, "/es/fora").await;
    assert!(
        list.contains("<option value=\"2\">África (002)</option>"),
        "Africa in Spanish"
    );
    // M49's "Latin America and the Caribbean" is not CLDR's "Latin America": English it stays,
    // marked as English.
    assert!(list.contains(" lang=\"en\">Latin America and the Caribbean (419)</option>"));
    // A forum's map names the states that are not its members in the page's language too.
    let map = page(&s, "/ru/fora/colombo-process/map.svg").await;
    assert!(
        map.contains("<title>Франция</title>"),
        "France, not a member, in Russian"
    );
}

/// A spreadsheet's problems are said in the page's language: where (its line), the column,
/// and what is wrong.
#[tokio::test]
async fn a_spreadsheets_problems_are_said_in_the_readers_language() {
    let s = server().await;
    let (sec, _) = s.secretariat_and_editor().await;
    let csv =
        "forum_id,member_type,member_id,role,start_date\ncolombo-process,area,JPN,chief,2025\n";
    let r = s
        .upload_form(
            "/fr/contributions/spreadsheet",
            &sec,
            &[("title", "Japon")],
            Some(("m.csv", csv.as_bytes())),
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let body = r.text().await.unwrap();
    assert!(
        body.contains(
            "m.csv : ligne 2 : role : « chief » ne fait pas partie des valeurs suivantes"
        ),
        "{body}"
    );
    // The API says the same in English.
    let (status, v) = s
        .upload_api(
            "/api/v1/contributions/spreadsheet",
            &sec,
            &[],
            Some(("m.csv", csv.as_bytes())),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        v["detail"]
            .as_str()
            .unwrap()
            .contains("m.csv: line 2: role: 'chief' is not one of:"),
        "{v}"
    );
}
