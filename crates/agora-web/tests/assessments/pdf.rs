//! The report's PDF holds the report's words: the page's `<article id="report">` and the PDF
//! made from it, read back with poppler's `pdftotext`, in English and in Arabic.

use std::collections::BTreeMap;

use reqwest::StatusCode;
use serde_json::json;

use crate::cast::*;
use crate::common::*;

/// The words of an assessment page's report (`<article id="report">`) as a reader sees them:
/// the tags out, the entities decoded, an ordered list's numbers in.
fn report_of_page(html: &str) -> String {
    let start = html
        .find("<article id=\"report\">")
        .expect("the page marks its report");
    let end = start + html[start..].find("</article>").unwrap();
    let mut out = String::new();
    let mut rest = &html[start..end];
    let mut numbered = None;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let gt = lt + rest[lt..].find('>').unwrap();
        let tag = &rest[lt + 1..gt];
        let name = tag.split([' ', '/']).find(|s| !s.is_empty()).unwrap_or("");
        match (name, tag.starts_with('/')) {
            ("ol", false) => numbered = Some(0),
            ("ol", true) => numbered = None,
            ("li", false) => {
                if let Some(n) = numbered.as_mut() {
                    *n += 1;
                    out.push_str(&format!(" {n}. "));
                }
            }
            _ => {}
        }
        out.push(' ');
        rest = &rest[gt + 1..];
    }
    out.push_str(rest);
    decoded(&out)
}

fn decoded(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = amp + rest[amp..].find(';').expect("an entity ends");
        let entity = &rest[amp + 1..semi];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            e if e.starts_with("#x") => {
                char::from_u32(u32::from_str_radix(&e[2..], 16).unwrap()).unwrap()
            }
            e if e.starts_with('#') => char::from_u32(e[1..].parse().unwrap()).unwrap(),
            e => panic!("an entity the test does not know: &{e};"),
        };
        out.push(c);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}

/// The letters Noto Sans Arabic joins to a lam before them in one glyph (its required
/// ligatures: alef, alef with madda, hamza above or below, wasla, wavy hamza; alef maksura).
const JOINED_TO_LAM: [char; 8] = ['ا', 'آ', 'أ', 'إ', 'ٱ', 'ٲ', 'ٳ', 'ى'];

/// A text's words in order. What poppler does to right-to-left text is undone first, and
/// nothing else: the invisible direction marks it adds (and Fluent's isolation marks) are
/// dropped; so are Arabic vowel marks, which poppler may put before their letter or after a
/// space (a mark never begins a word, so a space before one goes too); poppler writes the two
/// letters of a lam ligature glyph in reverse, so the page's text is read with them in that
/// order (`from_page`); and a word ends where the script changes, as poppler may glue the last
/// Arabic word of a run to the next English one. Punctuation separates words: poppler may move
/// a colon or a bracket to the other side of a right-to-left run.
fn words_of(text: &str, from_page: bool) -> Vec<String> {
    let invisible = |c: char| {
        matches!(u32::from(c), 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069
            | 0x061C | 0xFEFF | 0x00AD)
    };
    let mark = |c: char| matches!(u32::from(c), 0x064B..=0x065F | 0x0670);
    let arabic = |c: char| matches!(u32::from(c), 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF);
    let chars: Vec<char> = text.chars().filter(|c| !invisible(*c)).collect();
    let mut kept: Vec<char> = chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !(mark(**c) || (c.is_whitespace() && chars.get(i + 1).is_some_and(|n| mark(*n))))
        })
        .map(|(_, c)| *c)
        .collect();
    if from_page {
        let mut i = 0;
        while i + 1 < kept.len() {
            if kept[i] == 'ل' && JOINED_TO_LAM.contains(&kept[i + 1]) {
                kept.swap(i, i + 1);
                i += 2;
            } else {
                i += 1;
            }
        }
    }
    let mut out = Vec::new();
    let mut word = String::new();
    for c in kept {
        let script_changes = word
            .chars()
            .next_back()
            .is_some_and(|p| arabic(p) != arabic(c));
        if (!c.is_alphanumeric() || script_changes) && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        if c.is_alphanumeric() {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// A text's words, counted.
fn words(text: &str, from_page: bool) -> BTreeMap<String, usize> {
    let mut counted = BTreeMap::new();
    for w in words_of(text, from_page) {
        *counted.entry(w).or_default() += 1;
    }
    counted
}

/// The page's section headings (`<h2>`) in its order.
fn headings(html: &str) -> Vec<String> {
    html.split("<h2")
        .skip(1)
        .map(|h| {
            let text = &h[h.find('>').unwrap() + 1..h.find("</h2>").unwrap()];
            decoded(text)
        })
        .collect()
}

fn differences(page: &BTreeMap<String, usize>, pdf: &BTreeMap<String, usize>) -> Vec<String> {
    let mut out = Vec::new();
    for (w, n) in page {
        let m = pdf.get(w).copied().unwrap_or(0);
        if m != *n {
            out.push(format!("{w}: {n} on the page, {m} in the PDF"));
        }
    }
    for (w, m) in pdf {
        if !page.contains_key(w) {
            out.push(format!("{w}: only in the PDF ({m})"));
        }
    }
    out
}

#[tokio::test]
async fn the_report_pdf_holds_the_words_of_the_report_page_in_english_and_arabic() {
    let s = server().await;
    let c = cast(&s).await;
    let n = opened(&s, &c).await;
    let notes = notes();
    let (a, b) = range(&notes, QUOTED);
    let (na, nb) = range(&notes, NOT_QUOTED);
    let (da, db) = range(
        FOUNDING,
        "share experiences, lessons learned and best practices",
    );
    for body in [
        json!({"step": "objective", "text": "Share experiences, lessons learned and best practices on overseas employment",
               "document": "colombo-process-founding-2003", "paragraph": 2}),
        json!({"step": "objective", "text": "التشاور بشأن القضايا التي يواجهها العمال في الخارج",
               "document": "colombo-process-founding-2003", "paragraph": 3}),
        json!({"step": "output", "kind": "meeting", "title": "Dhaka ministerial consultation",
               "meeting": "colombo-process-2011-dhaka", "objectives": [1, 2]}),
        json!({"step": "output", "kind": "training", "title": "Training of labour attachés",
               "date": "2006-05-01", "objectives": [2]}),
        json!({"step": "impact", "state": "LKA", "change": "practice",
               "description": "أرسلت سري لانكا ملحقين عماليين إلى دول الخليج بعد تدريب المشاورات.",
               "objective": 2, "attribution": "documented", "judged_by": "The assessment's researchers",
               "evidence": [{"document": "colombo-process-founding-2003", "paragraph": 3}]}),
        json!({"step": "rate", "dimension": "networks", "rating": "substantial",
               "evidence": "Officials of origin states met every year or two, and kept in touch between the meetings by telephone and e-mail.",
               "confidence": "medium"}),
        json!({"step": "rate", "dimension": "trust", "rating": "moderate",
               "evidence": "Interviews only.", "confidence": "low"}),
        json!({"step": "method", "method": "Documents of the Process and interviews with officials.",
               "limits": "Few interviews; attribution rests on the Process's own documents."}),
        json!({"step": "extract", "interview": n, "start": a, "end": b, "approved": true}),
        json!({"step": "release", "interview": n, "extract": 1}),
        json!({"step": "code", "document": "colombo-process-founding-2003", "lang": "en",
               "start": da, "end": db, "objectives": [1], "dimensions": ["understanding"], "stance": "for"}),
        json!({"step": "code", "interview": n, "start": na, "end": nb,
               "dimensions": ["trust"], "stance": "against"}),
    ] {
        let (status, v) = step(&s, &c.researcher, body).await;
        assert_eq!(status, StatusCode::OK, "{v}");
    }
    let pdf_path = format!("/assessments/{ID}/report.pdf");

    // The assigned researcher's page quotes the passage coded in the notes; the PDF, which is
    // printed and sent, never does.
    let page = readable(
        s.get_as(&format!("/assessments/{ID}"), Some(&c.researcher))
            .await,
    )
    .await;
    assert!(report_of_page(&page).contains(NOT_QUOTED));
    let r = s.get_as(&pdf_path, Some(&c.researcher)).await;
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let theirs = readable(r).await;
    assert!(
        theirs.contains("phone") && !theirs.contains("distrusted"),
        "{theirs}"
    );

    // The draft's PDF is read by whoever reads the draft, and no one else.
    for (who, expected) in [
        (None, StatusCode::NOT_FOUND),
        (Some(&c.other_researcher), StatusCode::NOT_FOUND),
        (Some(&c.editor), StatusCode::OK),
        (Some(&c.secretariat), StatusCode::OK),
    ] {
        let r = s.get_as(&pdf_path, who).await;
        assert_eq!(r.status(), expected, "{:?}", who.map(|p| p.id));
    }
    let (status, v) = step(
        &s,
        &c.secretariat,
        json!({"step": "reply", "text": "The secretariat thanks the researchers."}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (status, v) = step(&s, &c.editor, json!({"step": "publish"})).await;
    assert_eq!(status, StatusCode::OK, "{v}");

    for prefix in ["", "/ar"] {
        let (status, _, page) = s.text(&format!("{prefix}/assessments/{ID}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.contains(&format!("href=\"{prefix}{pdf_path}\"")),
            "the page links its PDF"
        );
        let r = s.get(&format!("{prefix}{pdf_path}")).await;
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()["content-type"], "application/pdf");
        let bytes = r.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let pdf = pdf_text(&bytes);
        let html = report_of_page(&page);
        let (on_page, in_pdf) = (words(&html, true), words(&pdf, false));
        assert!(
            on_page.len() > 100,
            "{prefix}: a report of some length: {html}"
        );
        let wrong = differences(&on_page, &in_pdf);
        assert!(
            wrong.is_empty(),
            "{prefix}: {wrong:#?}\n--- page\n{html}\n--- pdf\n{pdf}"
        );
        // Reading order: the sections follow one another as on the page (a table's cells
        // are read by poppler column by column: words are compared as counts above).
        let sequence = words_of(&pdf, false);
        let mut at = 0;
        for h in headings(&page[page.find("<article").unwrap()..page.find("</article>").unwrap()]) {
            let first = words_of(&h, true).remove(0);
            let found = sequence[at..].iter().position(|w| *w == first);
            assert!(
                found.is_some(),
                "{prefix}: the heading {h:?} after word {at} of {sequence:?}"
            );
            at += found.unwrap() + 1;
        }
        // The title comes first.
        let title: Vec<_> = html.split_whitespace().take(3).collect();
        let first: Vec<_> = pdf.split_whitespace().take(3).collect();
        if prefix.is_empty() {
            assert_eq!(title, first);
        }
        // What is not the report is not in it: the quoted extract is, the other notes are not.
        assert!(in_pdf.contains_key("phone"));
        assert!(!pdf.contains(NOTES_WORD) && !pdf.contains("distrusted"));
    }
    // The Arabic PDF is Arabic: its headings are the Arabic catalogue's.
    let (_, _, ar) = s.text(&format!("/ar/assessments/{ID}")).await;
    assert!(ar.contains("dir=\"rtl\""));
}
