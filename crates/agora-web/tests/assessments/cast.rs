//! The cast of the assessment tests: the Colombo Process's founding document in the library, an
//! editor, two researchers and the forum's secretariat; the assessment opened and an interview
//! recorded; a step through the API.

use agora_core::document::DocVisibility;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

pub const ID: &str = "colombo-process-2003-2009";
/// A word found only in the interview's notes outside the extract released.
pub const NOTES_WORD: &str = "zqxnotes7781";
/// The extract the interviewee approved, and one they did not.
pub const QUOTED: &str = "The ministerial meetings made us pick up the phone to each other.";
pub const NOT_QUOTED: &str = "Our minister distrusted the chair";

/// The founding document's text: its paragraphs, as the library numbers them.
pub const FOUNDING: &str = "Ministerial Consultations on Overseas Employment and Contractual Labour for Countries of Origin in Asia.\n\nThe participating states agree to share experiences, lessons learned and best practices on overseas employment.\n\nThey agree to consult on issues faced by overseas workers, and to propose practical solutions for their well-being.";

pub fn notes() -> String {
    format!(
        "Met in Colombo. {QUOTED} {NOT_QUOTED} and said so in private ({NOTES_WORD}). \
         Training for labour attachés began after 2005."
    )
}

pub async fn step(s: &Server, who: &Person, body: Value) -> (StatusCode, Value) {
    s.api(
        Method::POST,
        &format!("/api/v1/assessments/{ID}/steps"),
        Some(who),
        Some(body),
    )
    .await
}

/// The character offsets of `part` in `text`.
pub fn range(text: &str, part: &str) -> (usize, usize) {
    let at = text.find(part).expect("the part is in the text");
    let start = text[..at].chars().count();
    (start, start + part.chars().count())
}

pub struct Cast {
    pub editor: Person,
    pub researcher: Person,
    pub other_researcher: Person,
    pub secretariat: Person,
}

pub async fn cast(s: &Server) -> Cast {
    s.document(
        "colombo-process-founding-2003",
        "Colombo Process founding",
        DocVisibility::Public,
        FOUNDING,
    )
    .await;
    Cast {
        editor: s.person("editor@example.org", &["editor"]).await,
        researcher: s.person("r1@uni.example", &["researcher"]).await,
        other_researcher: s.person("r2@uni.example", &["researcher"]).await,
        secretariat: s
            .person("sec@colombo.example", &["secretariat:colombo-process"])
            .await,
    }
}

/// Open the assessment and assign the researcher; record an interview: its notes' number.
pub async fn opened(s: &Server, c: &Cast) -> i64 {
    let (status, v) = s
        .api(
            Method::POST,
            "/api/v1/assessments",
            Some(&c.editor),
            Some(json!({"forum": "colombo-process", "from": 2003, "to": 2009})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_eq!(v["id"], ID);
    let (status, v) = step(
        s,
        &c.editor,
        json!({"step": "assign", "email": "r1@uni.example"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (status, v) = step(
        s,
        &c.researcher,
        json!({"step": "interview", "role": "Official of a ministry of labour", "state": "LKA",
               "held_on": "2026-03-02", "consent": "quotable", "notes": notes(),
               "themes": ["trust"]}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    v["n"].as_i64().unwrap()
}
