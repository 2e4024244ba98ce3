//! Access control and web security over real HTTP: every route for every kind of viewer,
//! forged posts on every state-changing route, API tokens, and contributions from draft to the
//! public record. `AGORA_TEST_BACKEND=postgres` runs them on PostgreSQL.

mod common;

use agora_core::contribution::Entity;
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const FORUM: &str = "colombo-process";

/// The kinds of viewer of the route-by-role table, in its column order.
const ROLES: [(&str, &[&str]); 9] = [
    ("anonymous", &[]),
    ("an account without roles", &[]),
    ("focal point of a member state", &["focal_point:LKA"]),
    ("focal point of a non-member state", &["focal_point:BRA"]),
    (
        "secretariat of this forum",
        &["secretariat:colombo-process"],
    ),
    (
        "secretariat of another forum",
        &["secretariat:soderkoping-process"],
    ),
    ("editor", &["editor"]),
    ("researcher", &["researcher"]),
    ("admin", &["admin"]),
];

/// The ids a route template's parameters are filled with.
struct Ids<'a> {
    token: &'a str,
    api_token: &'a str,
    account: &'a str,
    contribution: &'a str,
    document: &'a str,
    sha: &'a str,
}

impl Default for Ids<'_> {
    fn default() -> Self {
        Ids {
            token: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            api_token: "999999",
            account: "999999",
            contribution: "1",
            document: "gfmd-2009-rt3-2-background-paper",
            sha: "0000000000000000000000000000000000000000000000000000000000000000",
        }
    }
}

/// A route template made a path: this forum, Sri Lanka, IOM, and the given ids.
fn concrete(template: &str, ids: &Ids) -> String {
    template
        .replace("{*path}", "style.css")
        .replace("{file}", "documents.csv")
        .replace("{name}", "1999-01-01")
        .replace("/account/searches/{id}", "/account/searches/999")
        .replace("{key}", &format!("{}.atom", "0".repeat(64)))
        .replace("{token}", ids.token)
        .replace(
            "/account/tokens/{id}",
            &format!("/account/tokens/{}", ids.api_token),
        )
        .replace(
            "/admin/users/{id}",
            &format!("/admin/users/{}", ids.account),
        )
        .replace(
            "/contributions/{id}",
            &format!("/contributions/{}", ids.contribution),
        )
        .replace("/documents/{id}", &format!("/documents/{}", ids.document))
        .replace("{sha}", ids.sha)
        .replace("/fora/{id}", &format!("/fora/{FORUM}"))
        .replace("/areas/{code}", "/areas/LKA")
        .replace("/organisations/{id}", "/organisations/iom")
        .replace(
            "/meetings/{id}",
            "/meetings/global-rcp-meeting-2009-bangkok",
        )
        .replace(
            "/recommendations/{id}",
            "/recommendations/gfmd-2009-rt3.2-c",
        )
        .replace("/follow-ups/{id}", "/follow-ups/restricted-fu")
        .replace("/reporting-cycles/{id}", "/reporting-cycles/999")
        .replace(
            "/practices/{id}",
            "/practices/rcp-periods-of-reflection-and-revitalisation",
        )
        .replace("/practice-calls/{id}", "/practice-calls/999")
        .replace(
            "/assessments/{id}",
            "/assessments/colombo-process-2003-2009",
        )
        .replace("/practice-submissions/{id}", "/practice-submissions/999")
        .replace("{report}", "1")
        .replace("{forum}", FORUM)
        .replace(
            "/landscape/then-and-now.csv",
            "/landscape/then-and-now.csv?compare=2009",
        )
        .replace(
            "/api/v1/analysis/changes",
            "/api/v1/analysis/changes?from=2009-06-04",
        )
}

/// Everybody of [`ROLES`] but the public, signed in.
async fn people(s: &Server) -> Vec<Option<Person>> {
    let mut out = vec![None];
    for (i, (_, roles)) in ROLES.iter().enumerate().skip(1) {
        out.push(Some(s.person(&format!("p{i}@example.org"), roles).await));
    }
    out
}

/// The current body of a record, as the dataset format has it.
async fn record(s: &Server, entity: Entity, id: &str) -> Value {
    s.record(entity, id).await
}

/// A new chair of the Colombo Process, proposed through the API by `who`.
async fn propose_chair(s: &Server, who: &Person, state: &str, submit: bool) -> i64 {
    let mut m = record(s, Entity::MEMBERSHIP, "colombo-process:chair:IND").await;
    m["id"] = json!(format!("colombo-process:chair:{state}:2026"));
    m["member"] = json!({"type": "area", "id": state});
    m["start_date"] = json!("2026");
    m["end_date"] = Value::Null;
    let (status, v) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(who),
            Some(json!({"entity": "membership", "record": m, "title": format!("{state} chairs from 2026"), "submit": submit})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    v["id"].as_i64().unwrap()
}

async fn step(s: &Server, who: &Person, id: i64, step: &str, comment: &str) -> (StatusCode, Value) {
    s.api(
        Method::POST,
        &format!("/api/v1/contributions/{id}/steps"),
        Some(who),
        Some(json!({"step": step, "comment": comment})),
    )
    .await
}

/// Statuses per route, one per column of [`ROLES`].
fn expected(method: &Method, path: &str) -> Option<[u16; 9]> {
    const ALL: [u16; 9] = [200; 9];
    const SIGNED_IN: [u16; 9] = [303, 200, 200, 200, 200, 200, 200, 200, 200];
    const CONTRIBUTORS: [u16; 9] = [303, 403, 403, 403, 200, 403, 200, 403, 200];
    const EDITORS: [u16; 9] = [303, 403, 403, 403, 403, 403, 200, 403, 200];
    const ADMINS: [u16; 9] = [303, 403, 403, 403, 403, 403, 403, 403, 200];
    let get = *method == Method::GET;
    Some(match (get, path) {
        (
            true,
            "/"
            | "/fora"
            | "/fora.csv"
            | "/fora/{id}/members.csv"
            | "/areas.csv"
            | "/organisations.csv"
            | "/fora/{id}"
            | "/fora/{id}/map.svg"
            | "/fora/{id}/history"
            | "/map.svg"
            | "/areas"
            | "/areas/{code}"
            | "/areas/{code}/history"
            | "/organisations"
            | "/organisations/{id}"
            | "/organisations/{id}/history"
            | "/provenance"
            | "/api/v1/provenance"
            | "/api/docs"
            | "/api/openapi.json"
            | "/api/v1/fora"
            | "/api/v1/fora/{id}"
            | "/api/v1/fora/{id}/memberships"
            | "/api/v1/fora/{id}/history"
            | "/api/v1/areas"
            | "/api/v1/areas/{code}"
            | "/api/v1/organisations"
            | "/api/v1/organisations/{id}"
            | "/meetings"
            | "/meetings.ics"
            | "/fora/{id}/meetings.ics"
            | "/areas/{code}/meetings.ics"
            | "/meetings/{id}"
            | "/meetings/{id}/map.svg"
            | "/api/v1/meetings"
            | "/api/v1/meetings/{id}"
            | "/recommendations"
            | "/recommendations/{id}"
            | "/follow-ups"
            | "/follow-ups.csv"
            | "/api/v1/recommendations"
            | "/api/v1/recommendations/{id}"
            | "/api/v1/analysis/overlap"
            | "/landscape"
            | "/landscape.csv"
            | "/areas/{code}/map.svg"
            | "/areas/{code}/neighbours.csv"
            | "/landscape/then-and-now.csv"
            | "/api/v1/analysis/duplication"
            | "/api/v1/analysis/network"
            | "/api/v1/analysis/changes"
            | "/api/v1/analysis/suggestions/{forum}"
            | "/api/v1/follow-ups"
            | "/reporting-cycles"
            | "/api/v1/reporting-cycles"
            | "/practices"
            | "/practices/{id}"
            | "/api/v1/practices"
            | "/api/v1/practices/{id}"
            | "/practice-calls"
            | "/api/v1/practice-calls"
            | "/assessments"
            | "/api/v1/assessments"
            | "/changes.atom"
            | "/data"
            | "/data/catalog.jsonld"
            | "/search.atom"
            | "/api/v1/data/{file}"
            | "/healthz"
            | "/readyz"
            | "/metrics"
            | "/static/{*path}"
            | "/account/sign-in"
            | "/account/reset",
        ) => ALL,
        // An unknown one-time link is not found, whoever asks.
        (_, "/account/setup/{token}") => [404; 9],
        // A made-up private feed address opens nothing, whoever asks.
        (true, "/feeds/{key}") => [404; 9],
        // The sweep's follow-up entry exists only in the canary test: here, none is found.
        (true, "/follow-ups/{id}" | "/api/v1/follow-ups/{id}") => [404; 9],
        // No reporting cycle was opened here: none is found, whoever asks (the canary test and
        // the cycle's own test open some).
        (true, "/reporting-cycles/{id}" | "/api/v1/reporting-cycles/{id}") => [404; 9],
        (
            false,
            "/reporting-cycles/{id}/reports" | "/reporting-cycles/{id}/reports/{report}/review",
        ) => [303, 404, 404, 404, 404, 404, 404, 404, 404],
        // No call for practices was opened here, nothing submitted: none is found, whoever
        // asks (the practices' own tests open some).
        (
            true,
            "/practice-calls/{id}"
            | "/api/v1/practice-calls/{id}"
            | "/practice-submissions/{id}"
            | "/api/v1/practice-submissions/{id}",
        ) => [404; 9],
        // Revising a returned practice: its submitter, of a submission that exists.
        (_, "/practice-submissions/{id}/revise") => [303, 404, 404, 404, 404, 404, 404, 404, 404],
        // The form to submit a practice: who may submit some (a secretariat, a focal point, an
        // editor), to a call that exists.
        (true, "/practice-calls/{id}/submit") => [303, 403, 404, 404, 404, 404, 404, 403, 404],
        // Removing the contacts of a built-in practice (none kept): editors; nobody submitted it.
        (false, "/practices/{id}/contacts/removal") => {
            [303, 403, 403, 403, 403, 403, 303, 403, 303]
        }
        (false, "/api/v1/practices/{id}/contacts/removal") => {
            [401, 403, 403, 403, 403, 403, 204, 403, 204]
        }
        // Opening a call: editors (the sweep's form has no title: 400).
        (false, "/practice-calls") => [303, 403, 403, 403, 403, 403, 400, 403, 400],
        (false, "/api/v1/practice-calls") => [401, 403, 403, 403, 403, 403, 400, 403, 400],
        // Inviting a reviewer, letting one with a conflict review, deciding: editors, on a call
        // or a submission that exists.
        (
            false,
            "/practice-calls/{id}/reviewers"
            | "/practice-submissions/{id}/overrides"
            | "/practice-submissions/{id}/releases"
            | "/practice-submissions/{id}/decision",
        ) => [303, 403, 403, 403, 403, 403, 404, 403, 404],
        (
            false,
            "/api/v1/practice-calls/{id}/reviewers"
            | "/api/v1/practice-submissions/{id}/overrides"
            | "/api/v1/practice-submissions/{id}/releases"
            | "/api/v1/practice-submissions/{id}/decision",
        ) => [401, 403, 403, 403, 403, 403, 400, 403, 400],
        // Accepting, submitting, declaring, scoring: on a call or submission that exists.
        (
            false,
            "/practice-calls/{id}/acceptance"
            | "/practice-calls/{id}/submit"
            | "/practice-submissions/{id}/declaration"
            | "/practice-submissions/{id}/review",
        ) => [303, 404, 404, 404, 404, 404, 404, 404, 404],
        (
            false,
            "/api/v1/practice-calls/{id}/acceptance"
            | "/api/v1/practice-submissions/{id}/resubmission"
            | "/api/v1/practice-submissions/{id}/declaration"
            | "/api/v1/practice-submissions/{id}/review",
        ) => [401, 400, 400, 400, 400, 400, 400, 400, 400],
        // Submitting: who may submit some practice (the sweep's body is not one: 400).
        (false, "/api/v1/practice-calls/{id}/submissions") => {
            [401, 403, 400, 400, 400, 400, 400, 403, 400]
        }
        // No assessment was opened here: none is found, whoever asks (the assessments' own
        // tests open one, and find it only as its researchers, editors and the forum's
        // secretariat while it is a draft).
        (
            true,
            "/assessments/{id}" | "/assessments/{id}/report.pdf" | "/api/v1/assessments/{id}",
        ) => [404; 9],
        (false, "/assessments/{id}/steps") => [303, 404, 404, 404, 404, 404, 404, 404, 404],
        (false, "/api/v1/assessments/{id}/steps") => [401, 404, 404, 404, 404, 404, 404, 404, 404],
        // Opening one: editors (the sweep's form names no forum: 400).
        (false, "/assessments") => [303, 403, 403, 403, 403, 403, 400, 403, 400],
        (false, "/api/v1/assessments") => [401, 403, 403, 403, 403, 403, 400, 403, 400],
        // Deciding on a proposed link: editors (the sweep's form names no recommendation: 400).
        (false, "/recommendations/{id}/related") => [303, 403, 403, 403, 403, 403, 400, 403, 400],
        // Declaring a forum's support: who may speak for some forum (any forum's secretariat, an
        // editor); the sweep's form is empty (the form again with its mistakes, 400).
        (true, "/recommendations/{id}/support") => [303, 403, 403, 403, 200, 200, 200, 403, 200],
        (false, "/recommendations/{id}/support") => [303, 403, 403, 403, 400, 400, 400, 403, 400],
        // Opening a cycle: its forum's secretariat and editors (the sweep's has no
        // recommendation: 400); another forum's secretariat may not.
        (false, "/api/v1/reporting-cycles") => [401, 403, 403, 403, 400, 403, 400, 403, 400],
        // Reporting: focal points (the sweep's body is not a report: 400).
        (false, "/api/v1/reporting-cycles/{id}/reports") => {
            [401, 403, 400, 400, 403, 403, 403, 403, 403]
        }
        // Reviewing: who keeps some forum's cycles (the sweep's body is not a review: 400).
        (false, "/api/v1/reporting-cycles/{id}/reports/{report}/review") => {
            [401, 403, 403, 403, 400, 400, 400, 403, 400]
        }
        // Saving a search, making or ending the private feed's address: anyone signed in
        // (the sweep's saved search has no name: 400).
        (false, "/account/searches") => [303, 400, 400, 400, 400, 400, 400, 400, 400],
        (false, "/account/searches/{id}/delete") => [303, 404, 404, 404, 404, 404, 404, 404, 404],
        (false, "/account/feed-key") => [303, 200, 200, 200, 200, 200, 200, 200, 200],
        (false, "/account/feed-key/end") => [303; 9],
        // No release was made here: none is found, whoever asks (the release tests fetch
        // the files of one).
        (true, "/data/releases/{name}/{file}") => [404; 9],
        // Only an administrator makes a release (then sent back to the open data page).
        (false, "/data/releases") => [303, 403, 403, 403, 403, 403, 403, 403, 303],
        (true, "/account" | "/contributions") => SIGNED_IN,
        (
            true,
            "/documents" | "/documents.csv" | "/api/v1/documents" | "/search" | "/api/v1/search",
        ) => ALL,
        // A participants-only document of this forum: its participants (the member state's
        // focal point, its secretariat) and editors; for everyone else it does not exist.
        (true, "/documents/{id}" | "/documents/{id}/files/{sha}" | "/api/v1/documents/{id}") => {
            [404, 404, 200, 404, 200, 404, 200, 404, 200]
        }
        // Without the form's cookie a sign-in (or a request for a link) is refused before
        // anything is looked at.
        (false, "/account/sign-in" | "/account/reset") => [403; 9],
        (false, "/account/sign-out") => [303; 9],
        // The posted forms are incomplete: who may act gets 400 (or 404 for a token that is
        // not theirs), who may not is refused first.
        (false, "/account/password" | "/account/tokens") => {
            [303, 400, 400, 400, 400, 400, 400, 400, 400]
        }
        (false, "/account/tokens/{id}/revoke") => [303, 404, 404, 404, 404, 404, 404, 404, 404],
        (true, "/admin/users" | "/admin/audit") => ADMINS,
        (false, "/admin/users" | "/admin/users/{id}") => {
            [303, 403, 403, 403, 403, 403, 403, 403, 400]
        }
        // Anyone signed in may report an error; the posted form is incomplete (400).
        (true, "/fora/{id}/report") => SIGNED_IN,
        (false, "/fora/{id}/report") => [303, 400, 400, 400, 400, 400, 400, 400, 400],
        (true, "/fora/{id}/propose" | "/fora/{id}/meetings/propose") => CONTRIBUTORS,
        (false, "/fora/{id}/propose" | "/fora/{id}/meetings/propose") => {
            [303, 403, 403, 403, 400, 403, 400, 403, 400]
        }
        (true, "/contributions/{id}") => [404, 404, 404, 404, 200, 404, 200, 404, 200],
        (false, "/contributions/{id}/step") => [303, 404, 404, 404, 400, 404, 400, 404, 400],
        (false, "/contributions/{id}/rebase") => [303, 404, 404, 404, 409, 404, 409, 404, 409],
        (true, "/contributions/{id}/edit") => [404, 404, 404, 404, 200, 404, 200, 404, 200],
        (false, "/contributions/{id}/edit") => [303, 404, 404, 404, 400, 404, 400, 404, 400],
        (true, "/review") => EDITORS,
        // Uploads: for a forum's secretariat (any forum's) and editors. The table posts a
        // urlencoded form, not a multipart one: refused for who may not upload, 400 for who may.
        (true, "/documents/upload" | "/contributions/spreadsheet") => {
            [303, 403, 403, 403, 200, 200, 200, 403, 200]
        }
        (false, "/documents/upload" | "/contributions/spreadsheet") => {
            [303, 403, 403, 403, 400, 400, 400, 403, 400]
        }
        (false, "/api/v1/documents" | "/api/v1/contributions/spreadsheet") => {
            [401, 403, 403, 403, 400, 400, 400, 403, 400]
        }
        (true, "/api/v1/me") => [401, 200, 200, 200, 200, 200, 200, 200, 200],
        (true, "/api/v1/contributions") => [401, 200, 200, 200, 200, 200, 200, 200, 200],
        // A proposal that changes nothing: refused for who may not propose, 400 for who may.
        (false, "/api/v1/contributions") => [401, 403, 403, 403, 400, 403, 400, 403, 400],
        (true, "/api/v1/contributions/{id}") => [401, 404, 404, 404, 200, 404, 200, 404, 200],
        (false, "/api/v1/contributions/{id}/steps") => {
            [401, 404, 404, 404, 400, 404, 400, 404, 400]
        }
        // Not a membership record: refused for who may not see it, 400 for who may.
        (false, "/api/v1/contributions/{id}") => [401, 404, 404, 404, 400, 404, 400, 404, 400],
        _ => return None,
    })
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_access_policy_says() {
    let s = server().await;
    let people = people(&s).await;
    let secretariat = people[4].clone().unwrap();
    let admin = people[8].clone().unwrap();
    let contribution = propose_chair(&s, &secretariat, "BGD", false).await;
    let forum_body = record(&s, Entity::FORUM, FORUM).await;
    let sha = s
        .document(
            "colombo-ministerial-briefing",
            "Briefing for the ministerial",
            agora_core::document::DocVisibility::Participants {
                forum: FORUM.parse().unwrap(),
                public_from: None,
            },
            "For the participants only.",
        )
        .await;
    let table = agora_web::router::route_table();
    let mut missing = Vec::new();
    for (method, path) in &table {
        if expected(method, path).is_none() {
            missing.push(format!("{method} {path}"));
        }
    }
    assert!(
        missing.is_empty(),
        "routes without an entry in the route-by-role table: {missing:?}"
    );
    // Signing out ends the session: it goes last.
    let mut order: Vec<&(Method, &str)> = table.iter().collect();
    order.sort_by_key(|(_, p)| *p == "/account/sign-out");
    let mut wrong = Vec::new();
    for (method, template) in order {
        let contribution = contribution.to_string();
        let path = concrete(
            template,
            &Ids {
                account: &admin.id.to_string(),
                contribution: &contribution,
                document: "colombo-ministerial-briefing",
                sha: &sha,
                ..Ids::default()
            },
        );
        let want = expected(method, template).unwrap();
        // Each page answers in another language as it does in English (in Arabic here; signing
        // out goes last, once).
        let mut variants = vec![path.clone()];
        if *template != "/account/sign-out"
            && let Some(arabic) = in_arabic(&path)
        {
            variants.insert(0, arabic);
        }
        for path in variants {
            for (i, who) in people.iter().enumerate() {
                let got = if path.starts_with("/api/v1/") {
                    let body = match (method.as_str(), *template) {
                        ("GET", _) => None,
                        ("POST", "/api/v1/contributions") => {
                            Some(json!({"entity": "forum", "record": forum_body}))
                        }
                        ("POST", "/api/v1/reporting-cycles") => Some(sweep_cycle()),
                        ("PUT", _) => Some(json!({"record": {"id": "x"}})),
                        _ => Some(json!({"step": "no-such-step"})),
                    };
                    s.api(method.clone(), &path, who.as_ref(), body).await.0
                } else if *method == Method::GET {
                    s.get_as(&path, who.as_ref()).await.status()
                } else {
                    let csrf = who.as_ref().map(|p| p.csrf.as_str()).unwrap_or("none");
                    s.post_form(&path, who.as_ref(), &format!("csrf={csrf}"), &[])
                        .await
                        .status()
                };
                if got.as_u16() != want[i] {
                    wrong.push(format!(
                        "{method} {path} as {}: {} (expected {})",
                        ROLES[i].0,
                        got.as_u16(),
                        want[i]
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A page's address in Arabic (`/ar/...`), or `None` for what exists in one language only (the
/// API, its description, the static files, the health check).
fn in_arabic(path: &str) -> Option<String> {
    let one_language = (path.starts_with("/api/") && !path.starts_with("/api/docs"))
        || path.starts_with("/static/")
        || path == "/healthz"
        || path == "/readyz"
        || path == "/metrics";
    match path {
        _ if one_language => None,
        "/" => Some("/ar".to_owned()),
        p => Some(format!("/ar{p}")),
    }
}

/// Statuses per route for an administrator's API tokens (who holds every role's powers), one
/// per scope set: reading only; reading and contributing; reading and administering. A token
/// reads what its account may; it acts only within its scopes; it never manages credentials.
fn expected_for_token(method: &Method, path: &str) -> Option<[u16; 3]> {
    const READS: [u16; 3] = [200; 3];
    const CONTRIBUTES: [u16; 3] = [403, 200, 403];
    const NEVER: [u16; 3] = [403; 3];
    let get = *method == Method::GET;
    if get && expected(method, path)? == [200; 9] {
        return Some(READS);
    }
    Some(match (get, path) {
        (_, "/account/setup/{token}") => [404; 3],
        (
            true,
            "/account" | "/contributions" | "/review" | "/contributions/{id}" | "/fora/{id}/report",
        ) => READS,
        (true, "/documents/{id}" | "/documents/{id}/files/{sha}" | "/api/v1/documents/{id}") => {
            READS
        }
        (true, "/api/v1/me" | "/api/v1/contributions" | "/api/v1/contributions/{id}") => READS,
        // The sign-in form's cookie is missing; signing out without a session goes to sign in.
        (false, "/account/sign-in" | "/account/reset") => NEVER,
        (false, "/account/sign-out") => [303; 3],
        (true, "/data/releases/{name}/{file}" | "/feeds/{key}") => [404; 3],
        (true, "/follow-ups/{id}" | "/api/v1/follow-ups/{id}") => [404; 3],
        (true, "/reporting-cycles/{id}" | "/api/v1/reporting-cycles/{id}") => [404; 3],
        (
            false,
            "/reporting-cycles/{id}/reports" | "/reporting-cycles/{id}/reports/{report}/review",
        ) => [404; 3],
        // An administrator keeps every forum's cycles, within the token's scopes; no
        // administrator is a focal point.
        (
            false,
            "/api/v1/reporting-cycles" | "/api/v1/reporting-cycles/{id}/reports/{report}/review",
        ) => [403, 400, 403],
        (false, "/api/v1/reporting-cycles/{id}/reports") => NEVER,
        (
            true,
            "/practice-calls/{id}"
            | "/api/v1/practice-calls/{id}"
            | "/practice-submissions/{id}"
            | "/api/v1/practice-submissions/{id}",
        ) => [404; 3],
        // An administrator holds every editor power within the token's scopes.
        (true, "/practice-calls/{id}/submit") => [403, 404, 403],
        (_, "/practice-submissions/{id}/revise") => [404; 3],
        (
            false,
            "/practice-calls/{id}/reviewers"
            | "/practice-submissions/{id}/overrides"
            | "/practice-submissions/{id}/releases"
            | "/practice-submissions/{id}/decision",
        ) => [403, 404, 403],
        (false, "/practice-calls") => [403, 400, 403],
        (false, "/practices/{id}/contacts/removal") => [403, 303, 403],
        (false, "/api/v1/practices/{id}/contacts/removal") => [403, 204, 403],
        (
            false,
            "/practice-calls/{id}/acceptance"
            | "/practice-calls/{id}/submit"
            | "/practice-submissions/{id}/declaration"
            | "/practice-submissions/{id}/review",
        ) => [404; 3],
        (
            false,
            "/api/v1/practice-calls"
            | "/api/v1/practice-calls/{id}/reviewers"
            | "/api/v1/practice-submissions/{id}/overrides"
            | "/api/v1/practice-submissions/{id}/decision"
            | "/api/v1/practice-submissions/{id}/releases"
            | "/api/v1/practice-calls/{id}/submissions",
        ) => [403, 400, 403],
        (
            false,
            "/api/v1/practice-calls/{id}/acceptance"
            | "/api/v1/practice-submissions/{id}/resubmission"
            | "/api/v1/practice-submissions/{id}/declaration"
            | "/api/v1/practice-submissions/{id}/review",
        ) => [400; 3],
        (false, "/recommendations/{id}/related") => [403, 400, 403],
        (
            true,
            "/assessments/{id}" | "/assessments/{id}/report.pdf" | "/api/v1/assessments/{id}",
        ) => [404; 3],
        (false, "/assessments/{id}/steps" | "/api/v1/assessments/{id}/steps") => [404; 3],
        (false, "/assessments" | "/api/v1/assessments") => [403, 400, 403],
        (false, "/account/searches" | "/account/feed-key" | "/account/feed-key/end") => NEVER,
        (false, "/account/searches/{id}/delete") => NEVER,
        // An administrator's token with the `administer` scope may make a release.
        (false, "/data/releases") => [403, 403, 303],
        // Tokens never make tokens, revoke them or change the password.
        (false, "/account/password" | "/account/tokens" | "/account/tokens/{id}/revoke") => NEVER,
        (true, "/admin/users" | "/admin/audit") => [403, 403, 200],
        // Making accounts (and receiving their links) needs a person: no token may.
        (false, "/admin/users") => NEVER,
        // The account changed is the administrator's own: a token never changes an admin.
        (false, "/admin/users/{id}") => NEVER,
        (
            true,
            "/fora/{id}/propose"
            | "/fora/{id}/meetings/propose"
            | "/contributions/{id}/edit"
            | "/documents/upload"
            | "/contributions/spreadsheet"
            | "/recommendations/{id}/support",
        ) => CONTRIBUTES,
        (
            false,
            "/fora/{id}/propose"
            | "/fora/{id}/meetings/propose"
            | "/recommendations/{id}/support"
            | "/fora/{id}/report"
            | "/contributions/{id}/step"
            | "/contributions/{id}/edit"
            | "/documents/upload"
            | "/contributions/spreadsheet"
            | "/api/v1/documents"
            | "/api/v1/contributions/spreadsheet"
            | "/api/v1/contributions"
            | "/api/v1/contributions/{id}/steps"
            | "/api/v1/contributions/{id}",
        ) => [403, 400, 403],
        (false, "/contributions/{id}/rebase") => [403, 409, 403],
        _ => return None,
    })
}

#[tokio::test]
async fn every_route_answers_every_token_scope_as_the_access_policy_says() {
    use agora_core::policy::{Scope, Scopes};
    let s = server().await;
    let secretariat = s
        .person("sec@colombo.example", &["secretariat:colombo-process"])
        .await;
    let mut tokens = Vec::new();
    for (i, scopes) in [&[][..], &[Scope::Contribute], &[Scope::Administer]]
        .into_iter()
        .enumerate()
    {
        tokens.push(
            s.person_with(
                &format!("admin{i}@example.org"),
                &["admin"],
                Scopes::of(scopes),
            )
            .await,
        );
    }
    let contribution = propose_chair(&s, &secretariat, "BGD", false).await;
    let forum_body = record(&s, Entity::FORUM, FORUM).await;
    let sha = s
        .document(
            "colombo-ministerial-briefing",
            "Briefing for the ministerial",
            agora_core::document::DocVisibility::Participants {
                forum: FORUM.parse().unwrap(),
                public_from: None,
            },
            "For the participants only.",
        )
        .await;
    let table = agora_web::router::route_table();
    let missing: Vec<String> = table
        .iter()
        .filter(|(m, p)| expected_for_token(m, p).is_none())
        .map(|(m, p)| format!("{m} {p}"))
        .collect();
    assert!(
        missing.is_empty(),
        "routes without an entry in the route-by-scope table: {missing:?}"
    );
    let mut wrong = Vec::new();
    for (method, template) in &table {
        let contribution = contribution.to_string();
        let path = concrete(
            template,
            &Ids {
                account: &tokens[2].id.to_string(),
                contribution: &contribution,
                document: "colombo-ministerial-briefing",
                sha: &sha,
                ..Ids::default()
            },
        );
        let want = expected_for_token(method, template).unwrap();
        for (i, who) in tokens.iter().enumerate() {
            let mut req = no_redirects()
                .request(method.clone(), format!("{}{path}", s.base))
                .bearer_auth(&who.token);
            if path.starts_with("/api/v1/") {
                req = match (method.as_str(), *template) {
                    ("GET", _) => req,
                    ("POST", "/api/v1/contributions") => {
                        req.json(&json!({"entity": "forum", "record": forum_body}))
                    }
                    ("POST", "/api/v1/documents") => req
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body("csrf=none"),
                    ("POST", "/api/v1/reporting-cycles") => req.json(&sweep_cycle()),
                    ("PUT", _) => req.json(&json!({"record": {"id": "x"}})),
                    _ => req.json(&json!({"step": "no-such-step"})),
                };
            } else if *method != Method::GET {
                req = req
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body("csrf=none");
            }
            let got = req.send().await.unwrap().status().as_u16();
            if got != want[i] {
                wrong.push(format!(
                    "{method} {path} with a token of scopes {}: {got} (expected {})",
                    ["read", "read contribute", "read administer"][i],
                    want[i]
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A body that the route would accept with the right token.
fn valid_post(template: &str, ctx: &SweepContext) -> Option<String> {
    Some(match template {
        "/account/setup/{token}" => {
            "password=correct+horse+battery+staple&password_again=correct+horse+battery+staple"
                .into()
        }
        "/account/sign-in" => "email=signer%40example.org&password=correct+horse+battery+staple".into(),
        "/account/sign-out" => String::new(),
        "/data/releases" => String::new(),
        "/account/searches" => "name=Sweep&query=q%3Dmigration".into(),
        "/account/searches/{id}/delete" | "/account/feed-key" | "/account/feed-key/end" => {
            String::new()
        }
        "/account/reset" => "email=signer%40example.org".into(),
        "/account/password" => "current=x&password=x&confirm=x".into(),
        "/account/tokens" => "name=sweep".into(),
        "/account/tokens/{id}/revoke" => String::new(),
        "/reporting-cycles/{id}/reports" => {
            "state=LKA&recommendation=gfmd-2009-rt3.2-c&status=under_way&progress=10".into()
        }
        "/reporting-cycles/{id}/reports/{report}/review" => "decision=validated".into(),
        "/recommendations/{id}/related" => "other=gfmd-2009-rt3.2-a&decision=unrelated".into(),
        "/recommendations/{id}/support" => {
            "forum=colombo-process&status=planned&description=Sweep+declaration&then=submit".into()
        }
        "/api/v1/reporting-cycles" => sweep_cycle().to_string(),
        "/api/v1/reporting-cycles/{id}/reports" => {
            json!({"state": "LKA", "recommendation": "gfmd-2009-rt3.2-c", "status": "under_way", "progress": 10}).to_string()
        }
        "/api/v1/reporting-cycles/{id}/reports/{report}/review" => {
            json!({"decision": "validated"}).to_string()
        }
        "/practices/{id}/contacts/removal" => String::new(),
        "/practice-calls" => {
            "title=Sweep&theme=labour-migration&deadline=2027-01-31".into()
        }
        "/practice-calls/{id}/reviewers" => "email=other%40example.org".into(),
        "/practice-calls/{id}/acceptance" => "kind=organisation&affiliation=IOM".into(),
        "/practice-calls/{id}/submit" => "title=Sweep&summary=Sweep".into(),
        "/practice-submissions/{id}/declaration" => "conflict=none".into(),
        "/practice-submissions/{id}/review" => "score_applied=3".into(),
        "/practice-submissions/{id}/overrides" => "email=other%40example.org&reason=Sweep".into(),
        "/practice-submissions/{id}/decision" => "decision=publish".into(),
        "/practice-submissions/{id}/releases" => "email=other%40example.org".into(),
        "/practice-submissions/{id}/revise" => "title=Sweep&summary=Sweep".into(),
        "/api/v1/practice-submissions/{id}/releases" => json!({"email": "other@example.org"}).to_string(),
        "/api/v1/practices/{id}/contacts/removal" => String::new(),
        "/api/v1/practice-calls" => {
            json!({"title": "Sweep", "theme": "labour-migration", "deadline": "2027-01-31"}).to_string()
        }
        "/api/v1/practice-calls/{id}/reviewers" => json!({"email": "other@example.org"}).to_string(),
        "/api/v1/practice-calls/{id}/acceptance" => json!({"affiliation": "organisation:IOM"}).to_string(),
        "/api/v1/practice-calls/{id}/submissions" | "/api/v1/practice-submissions/{id}/resubmission" => {
            json!({"practice": {"titles": {"en": "Sweep"}}}).to_string()
        }
        "/api/v1/practice-submissions/{id}/declaration" => json!({}).to_string(),
        "/api/v1/practice-submissions/{id}/review" => json!({"scores": {}}).to_string(),
        "/api/v1/practice-submissions/{id}/overrides" => {
            json!({"email": "other@example.org", "reason": "Sweep"}).to_string()
        }
        "/api/v1/practice-submissions/{id}/decision" => json!({"decision": "publish"}).to_string(),
        "/assessments" => "forum=colombo-process&from=2003&to=2009".into(),
        "/assessments/{id}/steps" => "step=reply&text=Sweep".into(),
        "/api/v1/assessments" => {
            json!({"forum": "colombo-process", "from": 2003, "to": 2009}).to_string()
        }
        "/api/v1/assessments/{id}/steps" => json!({"step": "publish"}).to_string(),
        "/admin/users" => "email=new-person%40example.org&role=researcher".into(),
        "/admin/users/{id}" => "action=grant&role=researcher".into(),
        "/fora/{id}/propose" => {
            "kind=membership&membership=new&member=BGD&role=chair&start_date=2026&source_url=https%3A%2F%2Fexample.org&then=submit".into()
        }
        "/fora/{id}/meetings/propose" => {
            "meeting=new&title_en=Sweep+technical+meeting&kind_of_meeting=technical&status=scheduled&start_date=2027-01-10&city=Dhaka&source_url=https%3A%2F%2Fexample.org&then=submit".into()
        }
        "/fora/{id}/report" => {
            "what=The+chair+is+wrong&source=https%3A%2F%2Fwww.colomboprocess.org%2F".into()
        }
        "/contributions/{id}/step" => "step=submit".into(),
        "/contributions/{id}/rebase" => String::new(),
        "/api/v1/contributions" => {
            json!({"entity": "forum", "record": ctx.changed_forum, "submit": true}).to_string()
        }
        "/api/v1/contributions/{id}/steps" => json!({"step": "submit"}).to_string(),
        "/api/v1/contributions/{id}" => json!({"record": ctx.revised_chair}).to_string(),
        "/contributions/{id}/edit" => "member=NPL&role=chair&start_date=2027".into(),
        // Sent as multipart (see `UPLOAD_FIELDS`, `SPREADSHEET_FILE`); the API refuses a
        // session cookie first.
        "/documents/upload"
        | "/api/v1/documents"
        | "/contributions/spreadsheet"
        | "/api/v1/contributions/spreadsheet" => String::new(),
        _ => return None,
    })
}

/// The fields of an upload the sweep would have accepted with the right token.
const UPLOAD_FIELDS: [(&str, &str); 3] = [
    ("forum", FORUM),
    ("kind", "meeting_report"),
    ("visibility", "participants"),
];
const UPLOAD_FILE: (&str, &[u8]) = (
    "sweep.md",
    b"# Senior officials meeting\n\nThe sweep's upload about labour migration.",
);

/// A spreadsheet the sweep would have proposed with the right token: a new chair of this forum.
const SPREADSHEET_FILE: (&str, &[u8]) = (
    "memberships.csv",
    b"forum_id,member_type,member_id,role,start_date,sources\r\ncolombo-process,area,BGD,chair,2026,https://example.org/colombo\r\n",
);

struct SweepContext {
    changed_forum: Value,
    revised_chair: Value,
}

/// What a forged post must not change: records, contributions, accounts and roles, tokens.
async fn everything(s: &Server, admin: &Person) -> String {
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}",
        s.store.latest_change().await.unwrap(),
        s.store.contributions(&Default::default()).await.unwrap(),
        s.store.accounts().await.unwrap(),
        s.store.api_tokens(admin.id).await.unwrap(),
    )
}

#[tokio::test]
async fn every_state_changing_route_refuses_posts_without_the_right_token_or_from_another_site() {
    let s = server().await;
    let admin = s.person("admin@example.org", &["admin"]).await;
    let other = s.person("other@example.org", &["editor"]).await;
    let draft = propose_chair(&s, &admin, "NPL", false).await;
    let (_, setup_token) = s
        .account_with_link("setup@example.org", &["researcher"])
        .await;
    // The form cookie a browser would hold from the sign-in or setup page.
    let (form_cookie, _) = sign_in_form(&s.base).await;
    let mut changed_forum = record(&s, Entity::FORUM, FORUM).await;
    changed_forum["summary"] = json!("A changed summary.");
    let mut revised_chair: Value =
        serde_json::from_str(&s.store.contribution(draft).await.unwrap().unwrap().proposed)
            .unwrap();
    revised_chair["start_date"] = json!("2027");
    let ctx = SweepContext {
        changed_forum,
        revised_chair,
    };

    let before = everything(&s, &admin).await;
    let posts: Vec<(Method, &str)> = agora_web::router::route_table()
        .into_iter()
        .filter(|(m, _)| *m != Method::GET)
        .collect();
    assert!(posts.len() >= 14, "{posts:?}");
    let mut wrong = Vec::new();
    for (method, template) in &posts {
        let body = valid_post(template, &ctx)
            .unwrap_or_else(|| panic!("{method} {template} has no body in the CSRF sweep"));
        let draft = draft.to_string();
        let path = concrete(
            template,
            &Ids {
                token: &setup_token,
                api_token: "1",
                account: &other.id.to_string(),
                contribution: &draft,
                ..Ids::default()
            },
        );
        let json = path.starts_with("/api/");
        let cookie = format!("{}; {form_cookie}", admin.cookie);
        for (case, token, site) in [
            ("no token", None, "same-origin"),
            ("a wrong token", Some("0".repeat(64)), "same-origin"),
            (
                "a cross-site request",
                Some(admin.csrf.clone()),
                "cross-site",
            ),
        ] {
            let mut req = no_redirects()
                .request(method.clone(), format!("{}{path}", s.base))
                .header("cookie", &cookie)
                .header("sec-fetch-site", site);
            let upload = match *template {
                "/documents/upload" => Some((UPLOAD_FIELDS.to_vec(), UPLOAD_FILE)),
                "/contributions/spreadsheet" => Some((vec![], SPREADSHEET_FILE)),
                _ => None,
            };
            req = if let Some((mut fields, file)) = upload {
                if let Some(t) = &token {
                    fields.insert(0, ("csrf", t.as_str()));
                }
                let (content_type, body) = multipart(&fields, Some(file));
                req.header("content-type", content_type).body(body)
            } else if json {
                req.header("content-type", "application/json")
                    .body(body.clone())
            } else {
                let mut form = body.clone();
                if let Some(t) = &token {
                    form = format!("csrf={t}&{form}");
                }
                req.header("content-type", "application/x-www-form-urlencoded")
                    .body(form)
            };
            let status = req.send().await.unwrap().status();
            if status != StatusCode::FORBIDDEN {
                wrong.push(format!("{method} {path} with {case}: {status}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(
        everything(&s, &admin).await,
        before,
        "a forged post changed something"
    );
    // Still signed in: the forged sign-out did nothing.
    assert_eq!(
        s.get_as("/account", Some(&admin)).await.status(),
        StatusCode::OK
    );

    // The same bodies with the right token work, so the refusals above were the token's doing.
    let (status, _) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&admin),
            Some(
                serde_json::from_str(&valid_post("/api/v1/contributions", &ctx).unwrap()).unwrap(),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, v) = s
        .api(
            Method::PUT,
            &format!("/api/v1/contributions/{draft}"),
            Some(&admin),
            Some(json!({"record": ctx.revised_chair, "comment": "a year later"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert!(v["changes"].to_string().contains("2027"), "{v}");
    let r = s
        .post_form(
            &format!("/fora/{FORUM}/propose"),
            Some(&admin),
            &format!(
                "csrf={}&{}",
                admin.csrf,
                valid_post("/fora/{id}/propose", &ctx).unwrap()
            ),
            &[],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let r = s
        .post_form(
            "/admin/users",
            Some(&admin),
            &format!(
                "csrf={}&{}",
                admin.csrf,
                valid_post("/admin/users", &ctx).unwrap()
            ),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().await.unwrap().contains("/account/setup/"));
    for (path, fields, file) in [
        ("/documents/upload", &UPLOAD_FIELDS[..], UPLOAD_FILE),
        ("/contributions/spreadsheet", &[], SPREADSHEET_FILE),
    ] {
        let r = s.upload_form(path, &admin, fields, Some(file)).await;
        assert_eq!(
            r.status(),
            StatusCode::SEE_OTHER,
            "{path}: {}",
            r.text().await.unwrap()
        );
    }
}

#[tokio::test]
async fn api_tokens_act_for_their_account_until_revoked_or_the_account_is_disabled() {
    let s = server().await;
    let sec = s
        .person("sec@example.org", &["secretariat:colombo-process"])
        .await;
    // Make a token on the account page.
    let r = s
        .post_form(
            "/account/tokens",
            Some(&sec),
            &format!("csrf={}&name=nightly+sync", sec.csrf),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["cache-control"], "no-store");
    let page = r.text().await.unwrap();
    let token = between(&page, "id=\"new-token\">", '<');
    assert!(agora_web::auth::is_token(&token), "{token}");
    let with = |t: &str| Person {
        token: t.to_owned(),
        ..sec.clone()
    };
    let (status, me) = s
        .api(Method::GET, "/api/v1/me", Some(&with(&token)), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["roles"], json!(["secretariat:colombo-process"]));
    // The store keeps only a hash.
    let tokens = s.store.api_tokens(sec.id).await.unwrap();
    let made = tokens.iter().find(|t| t.name == "nightly sync").unwrap();
    // Malformed and unknown tokens are refused, never treated as the public.
    for bad in ["nonsense", &"f".repeat(64)] {
        let (status, v) = s
            .api(Method::GET, "/api/v1/fora", Some(&with(bad)), None)
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{bad}");
        assert_eq!(v["code"], "bad_token");
    }
    // Revoke it.
    let r = s
        .post_form(
            &format!("/account/tokens/{}/revoke", made.id),
            Some(&sec),
            &format!("csrf={}", sec.csrf),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (status, _) = s
        .api(Method::GET, "/api/v1/me", Some(&with(&token)), None)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Someone else cannot revoke a token that is not theirs.
    let other = s.person("other@example.org", &["editor"]).await;
    let theirs = s.store.api_tokens(sec.id).await.unwrap();
    let live = theirs.iter().find(|t| t.revoked_at.is_none()).unwrap();
    let r = s
        .post_form(
            &format!("/account/tokens/{}/revoke", live.id),
            Some(&other),
            &format!("csrf={}", other.csrf),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        s.api(Method::GET, "/api/v1/me", Some(&sec), None).await.0,
        StatusCode::OK
    );
    // Disabling the account stops its tokens and sessions.
    s.store
        .disable_account(&agora_core::account::Email::parse("sec@example.org").unwrap())
        .await
        .unwrap();
    assert_eq!(
        s.api(Method::GET, "/api/v1/me", Some(&sec), None).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        s.get_as("/account", Some(&sec)).await.status(),
        StatusCode::SEE_OTHER
    );
    // A session cookie alone cannot write through the API.
    let r = no_redirects()
        .post(format!("{}/api/v1/contributions", s.base))
        .header("cookie", &other.cookie)
        .json(&json!({"entity": "forum", "record": {}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_contribution_reaches_the_public_only_when_an_editor_publishes_it() {
    let s = server().await;
    let sec = s
        .person("sec@colombo.example", &["secretariat:colombo-process"])
        .await;
    let other = s
        .person(
            "sec@soderkoping.example",
            &["secretariat:soderkoping-process"],
        )
        .await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let chairs = |v: &Value| -> Vec<String> {
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["member"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let public_chairs = "/api/v1/fora/colombo-process/memberships?role=chair";

    // The secretariat proposes through the form and submits.
    let r = s
        .post_form(
            "/fora/colombo-process/propose",
            Some(&sec),
            &format!(
                "csrf={}&kind=membership&membership=new&member=bgd&role=chair&start_date=2026&source_url=https%3A%2F%2Fexample.org%2Fchair&title=Bangladesh+chairs&comment=Agreed+at+the+ministerial&then=submit",
                sec.csrf
            ),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let location = location.trim_end_matches("?sent=1").to_owned();
    let id: i64 = location
        .trim_start_matches("/contributions/")
        .parse()
        .unwrap();
    assert!(!chairs(&s.ok(public_chairs).await).contains(&"BGD".to_owned()));
    // Another forum's secretariat cannot even open it.
    assert_eq!(
        s.get_as(&location, Some(&other)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.get_as(&location, None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.api(
            Method::GET,
            &format!("/api/v1/contributions/{id}"),
            Some(&other),
            None
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    // The secretariat cannot publish its own proposal.
    assert_eq!(
        step(&s, &sec, id, "start_review", "").await.0,
        StatusCode::FORBIDDEN
    );
    // The editor sees it in the queue, with the diff.
    let queue = s.get_as("/review", Some(&editor)).await;
    assert_eq!(queue.headers()["cache-control"], "no-store");
    assert!(queue.text().await.unwrap().contains("Bangladesh chairs"));
    let page = s
        .get_as(&location, Some(&editor))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("member.id")
            && page.contains("BGD")
            && page.contains("Agreed at the ministerial"),
        "{page}"
    );
    let (status, v) = step(&s, &editor, id, "start_review", "").await;
    assert_eq!(
        (status, v["state"].as_str()),
        (StatusCode::OK, Some("in_review"))
    );
    // Sent back and resubmitted.
    assert_eq!(
        step(&s, &editor, id, "request_changes", "").await.0,
        StatusCode::BAD_REQUEST,
        "a reason is needed"
    );
    assert_eq!(
        step(
            &s,
            &editor,
            id,
            "request_changes",
            "Add the source of the decision"
        )
        .await
        .0,
        StatusCode::OK
    );
    // The secretariat revises it on the page, adding the source, and resubmits.
    let edit = s.get_as(&format!("{location}/edit"), Some(&sec)).await;
    assert_eq!(edit.status(), StatusCode::OK);
    assert!(edit.text().await.unwrap().contains("value=\"Bangladesh\""));
    let r = s
        .post_form(
            &format!("{location}/edit"),
            Some(&sec),
            &format!(
                "csrf={}&member=BGD&role=chair&start_date=2026&source_url=https%3A%2F%2Fexample.org%2Fdecision&comment=Source+added&then=submit",
                sec.csrf
            ),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        s.get_as(&format!("{location}/edit"), Some(&sec))
            .await
            .status(),
        StatusCode::CONFLICT,
        "submitted: no longer revisable"
    );
    assert_eq!(
        step(&s, &editor, id, "start_review", "").await.0,
        StatusCode::OK
    );
    let before = s.store.latest_change().await.unwrap();
    let (status, v) = step(&s, &editor, id, "publish", "Thank you").await;
    assert_eq!(
        (status, v["state"].as_str()),
        (StatusCode::OK, Some("published")),
        "{v}"
    );
    // Published: on the public record and in the change log, at once.
    assert!(chairs(&s.ok(public_chairs).await).contains(&"BGD".to_owned()));
    assert_eq!(s.store.latest_change().await.unwrap(), before + 1);
    let published = record(&s, Entity::MEMBERSHIP, "colombo-process:chair:BGD:2026").await;
    assert_eq!(
        published["sources"].as_array().unwrap().len(),
        2,
        "{published}"
    );
    let history = s.ok("/api/v1/fora/colombo-process/history").await;
    let newest = &history["results"][0];
    assert_eq!(newest["entity_id"], "colombo-process:chair:BGD:2026");
    assert_eq!(newest["op"], "create");
    assert_eq!(
        newest["by"],
        "the secretariat of colombo-process (published by an editor)"
    );
    let page = s
        .get_as("/fora/colombo-process/history", None)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("colombo-process:chair:BGD:2026") && !page.contains("sec@colombo.example")
    );
    let events = &v["events"];
    let actions: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "create",
            "submit",
            "start_review",
            "request_changes",
            "edit",
            "submit",
            "start_review",
            "publish"
        ]
    );

    // A stale contribution must be rebased before it is published.
    let mut forum = record(&s, Entity::FORUM, FORUM).await;
    forum["summary"] = json!("Ministerial consultations of Asian countries of origin.");
    let (status, first) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&sec),
            Some(json!({"entity": "forum", "record": forum, "submit": true})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    let first = first["id"].as_i64().unwrap();
    let mut forum2 = record(&s, Entity::FORUM, FORUM).await;
    forum2["acronyms"] = json!(["CP", "RCP-Colombo"]);
    let (_, second) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&editor),
            Some(json!({"entity": "forum", "record": forum2, "submit": true})),
        )
        .await;
    let second = second["id"].as_i64().unwrap();
    step(&s, &editor, second, "start_review", "").await;
    assert_eq!(
        step(&s, &editor, second, "publish", "").await.0,
        StatusCode::OK
    );
    step(&s, &editor, first, "start_review", "").await;
    let (status, v) = step(&s, &editor, first, "publish", "").await;
    assert_eq!(status, StatusCode::CONFLICT, "{v}");
    assert!(v["detail"].as_str().unwrap().contains("rebase"), "{v}");
    let (_, v) = s
        .api(
            Method::GET,
            &format!("/api/v1/contributions/{first}"),
            Some(&editor),
            None,
        )
        .await;
    assert_eq!(v["stale"], true);
    assert_eq!(
        step(&s, &editor, first, "rebase", "").await.0,
        StatusCode::OK
    );
    assert_eq!(
        step(&s, &editor, first, "publish", "").await.0,
        StatusCode::OK
    );
    let now = record(&s, Entity::FORUM, FORUM).await;
    assert_eq!(
        now["summary"], forum["summary"],
        "the contribution's change"
    );
    assert_eq!(
        now["acronyms"],
        json!(["CP", "RCP-Colombo"]),
        "kept from the other one"
    );

    // Withdrawing a published contribution restores the record as it was.
    assert_eq!(
        step(&s, &editor, id, "withdraw", "Published too early")
            .await
            .0,
        StatusCode::OK
    );
    assert!(!chairs(&s.ok(public_chairs).await).contains(&"BGD".to_owned()));
    let history = s.ok("/api/v1/fora/colombo-process/history").await;
    assert_eq!(history["results"][0]["op"], "delete");
    // Areas and organisations have their histories too.
    let area = s
        .get_as("/areas/LKA/history", None)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        area.contains("the state’s record added by a data import"),
        "{area}"
    );
    // The audit log has the steps.
    let log = s.store.audit_log(&Default::default(), 100).await.unwrap();
    assert!(
        log.iter()
            .any(|a| a.action == "contribution.publish" && a.outcome == "ok")
    );
    assert!(
        log.iter()
            .any(|a| a.action == "contribution.publish" && a.outcome.starts_with("refused"))
    );
}

#[tokio::test]
async fn every_illegal_step_is_refused_for_every_role() {
    use agora_core::policy::{ContributionState, Step, Viewer, take_step};
    let s = server().await;
    let people = people(&s).await;
    let sec = people[4].clone().unwrap();
    let editor = people[6].clone().unwrap();
    // One contribution in each state.
    let mut in_state = Vec::new();
    for (i, (state, path)) in [
        (ContributionState::Draft, &[][..]),
        (ContributionState::Submitted, &["submit"][..]),
        (ContributionState::InReview, &["submit", "start_review"][..]),
        (
            ContributionState::ChangesRequested,
            &["submit", "start_review", "request_changes"][..],
        ),
        (
            ContributionState::Published,
            &["submit", "start_review", "publish"][..],
        ),
        (
            ContributionState::Withdrawn,
            &["submit", "start_review", "publish", "withdraw"][..],
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let area = ["AFG", "CHN", "IDN", "KHM", "PAK", "PHL"][i];
        let id = propose_chair(&s, &sec, area, false).await;
        for st in path {
            let who = if *st == "submit" { &sec } else { &editor };
            let (status, v) = step(&s, who, id, st, "because").await;
            assert_eq!(status, StatusCode::OK, "{st}: {v}");
        }
        in_state.push((state, id));
    }
    let forum: agora_core::ForumId = FORUM.parse().unwrap();
    let mut checked = 0;
    for (i, who) in people.iter().enumerate() {
        let viewer = Viewer::with_roles(ROLES[i].1.iter().map(|r| r.parse().unwrap()));
        for (state, id) in &in_state {
            for st in Step::ALL {
                let allowed = take_step(&viewer, &forum, *state, st);
                if allowed.is_ok() {
                    continue; // legal steps are taken in the other tests
                }
                let (status, _) = match who {
                    Some(p) => step(&s, p, *id, st.as_str(), "x").await,
                    None => {
                        s.api(
                            Method::POST,
                            &format!("/api/v1/contributions/{id}/steps"),
                            None,
                            Some(json!({"step": st.as_str()})),
                        )
                        .await
                    }
                };
                let visible = viewer.as_contributor(&forum).is_some();
                let want = match (who, visible, allowed) {
                    (None, _, _) => StatusCode::UNAUTHORIZED,
                    (_, false, _) => StatusCode::NOT_FOUND,
                    (_, true, Err(agora_core::policy::StepRefused::NotFromHere { .. })) => {
                        StatusCode::CONFLICT
                    }
                    (_, true, _) => StatusCode::FORBIDDEN,
                };
                assert_eq!(status, want, "{} {st:?} on {state:?}", ROLES[i].0);
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "{checked}");
    // Nothing moved.
    for (state, id) in in_state {
        let c = s.store.contribution(id).await.unwrap().unwrap();
        assert_eq!(c.state, state);
    }
}

#[tokio::test]
async fn signed_in_pages_are_never_stored_and_secure_cookies_are_host_prefixed() {
    let s = server_with(true).await;
    let r = reqwest::get(format!("{}/account/sign-in", s.base))
        .await
        .unwrap();
    let form_cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        form_cookie.starts_with("__Host-agora_form=")
            && form_cookie.contains("; Secure")
            && form_cookie.contains("Path=/")
            && !form_cookie.contains("Domain"),
        "{form_cookie}"
    );
    let csrf = csrf_of(&r.text().await.unwrap());
    s.account_with_password(
        "editor@example.org",
        &["editor"],
        "correct horse battery staple",
    )
    .await;
    let r = s
        .post_form(
            "/account/sign-in",
            None,
            &format!(
                "csrf={csrf}&email=editor%40example.org&password=correct+horse+battery+staple"
            ),
            &[("cookie", form_cookie.split(';').next().unwrap())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let session = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        session.starts_with("__Host-agora_session=")
            && session.contains("; Secure")
            && session.contains("HttpOnly")
            && session.contains("SameSite=Lax")
            && session.contains("Path=/")
            && !session.contains("Domain"),
        "{session}"
    );
    let cookie = session.split(';').next().unwrap().to_owned();
    // The plain name is not accepted when cookies are secure.
    let plain = cookie.replace("__Host-agora_session", "agora_session");
    let me = Person {
        id: agora_core::account::AccountId::new(0),
        cookie,
        csrf: String::new(),
        token: String::new(),
    };
    let mine = s.get_as("/fora/colombo-process", Some(&me)).await;
    assert_eq!(mine.headers()["cache-control"], "no-store");
    assert!(
        mine.text()
            .await
            .unwrap()
            .contains("/fora/colombo-process/propose")
    );
    let public = s.get_as("/fora/colombo-process", None).await;
    assert!(
        public
            .headers()
            .get("cache-control")
            .is_none_or(|v| v != "no-store")
    );
    assert!(!public.text().await.unwrap().contains("/propose"));
    for page in ["/account", "/review", "/contributions"] {
        let r = s.get_as(page, Some(&me)).await;
        assert_eq!(r.status(), StatusCode::OK, "{page}");
        assert_eq!(r.headers()["cache-control"], "no-store", "{page}");
    }
    let other = Person {
        cookie: plain,
        ..me.clone()
    };
    assert_eq!(
        s.get_as("/account", Some(&other)).await.status(),
        StatusCode::SEE_OTHER
    );
}

/// A cycle the sweeps ask to open: nothing to report on (400 for who may open one).
fn sweep_cycle() -> Value {
    json!({"forum": FORUM, "title": "Sweep", "recommendations": [], "states": ["LKA"], "deadline": "2027-01-31"})
}

/// Write a follow-up entry as published.
async fn write_follow_up(s: &Server, record: Value) {
    use agora_core::kind::RecordKind;
    let kind = agora_core::recommendation::FollowUpKind;
    let known = s.store.catalogue().await.unwrap();
    let c = kind.check(&record, &known).unwrap();
    s.store
        .write_records(&kind, &[(c.id, c.body)], "test")
        .await
        .unwrap();
}

/// Search queries that would find the canary: a word, a phrase, a would-be prefix, and the
/// word with each facet of the restricted documents as a filter.
fn search_probes(canary: &str) -> Vec<String> {
    let prefix = &canary[..canary.len() - 3];
    vec![
        format!("q={canary}"),
        format!("q=%22Assessment+{canary}%22"),
        format!("q=%22text+says+{canary}%22"),
        format!("q={prefix}*"),
        format!("q={}", canary.to_uppercase()),
        format!("q={canary}&forum={FORUM}"),
        format!("q={canary}&kind=study"),
        format!("q={canary}&lang=en"),
        format!("q={canary}&year_from=2026&year_to=2026"),
        format!("q={canary}&type=document&sort=date"),
    ]
}

#[tokio::test]
async fn restricted_documents_leave_no_trace_on_any_page_or_endpoint() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    let people = people(&s).await;
    let canary = "zqxcanary7731";
    let mut shas = Vec::new();
    for (n, visibility) in [
        DocVisibility::Participants {
            forum: FORUM.parse().unwrap(),
            public_from: None,
        },
        DocVisibility::Confidential,
    ]
    .into_iter()
    .enumerate()
    {
        shas.push(
            s.document(
                &format!("restricted-{n}"),
                &format!("Assessment {canary}"),
                visibility,
                &format!("The text says {canary}."),
            )
            .await,
        );
    }
    // They are the outcome documents of the meeting the route table's meeting routes show
    // (Bangkok, 2009): its page, map, feeds and API answers name neither.
    let mut bangkok = agora_ingest::builtin::meetings()
        .into_iter()
        .find(|m| m.id.as_str() == "global-rcp-meeting-2009-bangkok")
        .expect("a built-in meeting");
    bangkok.documents = vec![
        "restricted-0".parse().unwrap(),
        "restricted-1".parse().unwrap(),
    ];
    write_meetings(s.store.as_ref(), &[serde_json::to_value(&bangkok).unwrap()]).await;
    // A follow-up entry for the Colombo Process's participants only, of the recommendation
    // the route table's recommendation routes show: its words, its progress and its id are
    // on no page or answer for who may not see it.
    write_follow_up(
        &s,
        json!({
            "id": "restricted-fu",
            "recommendation": "gfmd-2009-rt3.2-c",
            "forum": FORUM,
            "actor": {"type": "forum", "id": FORUM},
            "kind": "activity",
            "status": "under_way",
            "progress": 60,
            "description": format!("Assessment {canary}"),
            "updates": [{"date": "2010-05", "status": "under_way", "progress": 60}],
            "visibility": {"level": "participants", "forum": FORUM}
        }),
    )
    .await;
    // And an entry proposed and not yet published: a contribution, in no list.
    let (status, v) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            people[4].as_ref(),
            Some(
                json!({"entity": "follow_up", "submit": true, "title": "Unpublished", "record": {
                    "id": "restricted-draft",
                    "recommendation": "gfmd-2009-rt3.2-b",
                    "forum": FORUM,
                    "actor": {"type": "forum", "id": FORUM},
                    "kind": "commitment",
                    "status": "planned",
                    "progress": 0,
                    "description": format!("Draft {canary}"),
                }}),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let progress = |v: &Value| v["progress"].clone();
    let (_, public) = s
        .api(
            Method::GET,
            "/api/v1/recommendations/gfmd-2009-rt3.2-c",
            None,
            None,
        )
        .await;
    assert_eq!(progress(&public), Value::Null, "{public}");
    let (_, member) = s
        .api(
            Method::GET,
            "/api/v1/recommendations/gfmd-2009-rt3.2-c",
            people[2].as_ref(),
            None,
        )
        .await;
    assert_eq!(progress(&member), json!(60.0), "{member}");
    assert_eq!(member["follow_ups"], json!(["restricted-fu"]));
    // (Its participants see the participants-only one there: the sweep below looks at a page
    // that does name it to those who may see it.)
    let participant = s
        .get_as(
            "/meetings/global-rcp-meeting-2009-bangkok",
            people[2].as_ref(),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(participant.contains(canary), "{participant}");
    // Every GET route, the restricted documents' own pages and files included, as the public,
    // an account without roles and a focal point of a non-member state: nothing mentions them.
    let mut paths = Vec::new();
    for (method, template) in agora_web::router::route_table() {
        if method != Method::GET {
            continue;
        }
        for (n, sha) in shas.iter().enumerate() {
            let document = format!("restricted-{n}");
            paths.push(concrete(
                template,
                &Ids {
                    document: &document,
                    sha,
                    ..Ids::default()
                },
            ));
        }
    }
    // The pages in another language than English are the same pages: swept too (in Arabic).
    let localised: Vec<String> = paths.iter().filter_map(|p| in_arabic(p)).collect();
    paths.extend(localised);
    paths.sort();
    paths.dedup();
    // The same accounts' API tokens of every scope are swept too: a token reads what its
    // account may, never more.
    use agora_core::policy::{Scope, Scopes};
    let mut tokens = Vec::new();
    for (i, scopes) in [
        Scopes::READ,
        Scopes::of(&[Scope::Contribute, Scope::Administer]),
    ]
    .into_iter()
    .enumerate()
    {
        tokens.push(
            s.person_with(&format!("t{i}@example.org"), &[], scopes)
                .await,
        );
        tokens.push(
            s.person_with(&format!("fp{i}@example.org"), &["focal_point:BRA"], scopes)
                .await,
        );
    }
    let mut seen = Vec::new();
    for path in &paths {
        for who in [None, people[1].as_ref(), people[3].as_ref()] {
            let body = s.get_as(path, who).await.text().await.unwrap();
            if body.contains(canary) {
                seen.push(path.clone());
            }
            // A meeting's or a recommendation's answers do not even name them by id (a
            // follow-up entry's own address is answered "not found", repeating what was
            // asked).
            if (path.contains("meetings") || path.contains("recommendations"))
                && body.contains("restricted-")
            {
                seen.push(format!("{path} (an outcome document's id)"));
            }
        }
        for who in &tokens {
            let body = no_redirects()
                .get(format!("{}{path}", s.base))
                .bearer_auth(&who.token)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            if body.contains(canary) {
                seen.push(format!("{path} (with a token)"));
            }
        }
    }
    assert!(seen.is_empty(), "the canary appears on {seen:?}");
    // Search, as the API and as the page: terms, phrases, a would-be prefix, each facet as a
    // filter. For who may not see them, a query matching only them finds nothing, counts 0
    // and has no facet at all.
    let searches = search_probes(canary);
    for who in [0, 1, 3, 5] {
        for q in &searches {
            let (status, v) = s
                .api(
                    Method::GET,
                    &format!("/api/v1/search?{q}"),
                    people[who].as_ref(),
                    None,
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{q}: {v}");
            let text = v.to_string();
            assert!(!text.contains(canary), "{}: {q}: {text}", ROLES[who].0);
            assert_eq!(v["total"], 0, "{}: {q}: {v}", ROLES[who].0);
            for (facet, counts) in v["facets"].as_object().unwrap() {
                assert_eq!(
                    counts.as_array().unwrap().len(),
                    0,
                    "{}: {q}: {facet}",
                    ROLES[who].0
                );
            }
            let page = s
                .get_as(&format!("/search?{q}"), people[who].as_ref())
                .await
                .text()
                .await
                .unwrap();
            assert!(page.contains("0 results for"), "{q}");
            // The query is echoed in the search box and the status line; nothing else has it.
            let results = &page[page.find("<div class=\"search\">").unwrap()..];
            assert!(
                !results.contains(canary),
                "{}: {q}: {results}",
                ROLES[who].0
            );
            assert!(!results.contains("<aside"), "{q}: no facets for nothing");
        }
        // Browsing everything (no words) lists neither.
        let (_, v) = s
            .api(
                Method::GET,
                "/api/v1/search?limit=100",
                people[who].as_ref(),
                None,
            )
            .await;
        assert!(!v.to_string().contains(canary), "{}: {v}", ROLES[who].0);
    }
    // Those entitled find them, with the facets to match: the probes could have found them.
    let search = async |who: usize, q: String| {
        s.api(
            Method::GET,
            &format!("/api/v1/search?{q}"),
            people[who].as_ref(),
            None,
        )
        .await
    };
    // (The two documents and the follow-up entry.)
    let (_, v) = search(6, format!("q={canary}")).await;
    assert_eq!(v["total"], 3, "editor: {v}");
    let (_, v) = search(6, format!("q={}*", &canary[..canary.len() - 3])).await;
    assert_eq!(v["total"], 3, "editor, by a prefix: {v}");
    assert_eq!(
        v["facets"]["kind"][0],
        json!({"value": "study", "count": 2})
    );
    assert_eq!(
        v["facets"]["type"],
        json!([{"value": "document", "count": 2}, {"value": "follow_up", "count": 1}])
    );
    assert_eq!(v["facets"]["forum"][0], json!({"value": FORUM, "count": 3}));
    let (_, v) = search(2, format!("q=%22text+says+{canary}%22")).await;
    assert_eq!(v["total"], 1, "member state's focal point: {v}");
    assert_eq!(v["results"][0]["id"], "restricted-0");
    let marked: Vec<&str> = v["results"][0]["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["mark"] == true)
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(marked, vec!["text", "says", canary]);
    let (_, v) = search(7, format!("q={canary}")).await;
    assert_eq!(v["total"], 1, "researcher: {v}");
    assert_eq!(v["results"][0]["id"], "restricted-1");
    // A hidden document is refused exactly like one that does not exist.
    let hidden = s.get_as("/documents/restricted-0", None).await;
    let absent = s.get_as("/documents/restricted-9", None).await;
    assert_eq!(
        (hidden.status(), absent.status()),
        (StatusCode::NOT_FOUND, StatusCode::NOT_FOUND)
    );
    // (Both echo what was asked for: in the message, and as words in the search they offer.)
    assert_eq!(
        hidden
            .text()
            .await
            .unwrap()
            .replace("restricted-0", "X")
            .replace("restricted 0", "X"),
        absent
            .text()
            .await
            .unwrap()
            .replace("restricted-9", "X")
            .replace("restricted 9", "X")
    );
    // Those entitled do see them: the sweep could have found them.
    let list = s
        .get_as("/documents", people[6].as_ref())
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        list.matches("Assessment zqxcanary7731").count(),
        2,
        "editor: {list}"
    );
    let forum_page = s
        .get_as(&format!("/fora/{FORUM}"), people[2].as_ref())
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        forum_page.matches("Assessment zqxcanary7731").count(),
        1,
        "the member state's focal point sees the participants-only one on the forum page"
    );
    let list = s
        .get_as("/documents", people[7].as_ref())
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        list.matches("Assessment zqxcanary7731").count(),
        1,
        "researcher: confidential only"
    );
    let file = s
        .get_as(
            &format!("/documents/restricted-0/files/{}", shas[0]),
            people[2].as_ref(),
        )
        .await;
    assert_eq!(
        file.status(),
        StatusCode::OK,
        "the member state's focal point"
    );
    assert_eq!(
        file.headers()["content-disposition"],
        format!("attachment; filename=\"assessment-{canary}-en.txt\"")
    );
    assert_eq!(file.headers()["cache-control"], "no-store");
    assert_eq!(
        file.headers()["content-security-policy"],
        "sandbox; default-src 'none'"
    );
    assert_eq!(
        file.text().await.unwrap(),
        format!("The text says {canary}.")
    );
}

#[tokio::test]
async fn an_unpublished_contribution_leaves_no_trace_for_those_who_may_not_open_it() {
    let s = server().await;
    let people = people(&s).await;
    let sec = people[4].clone().unwrap();
    let canary = "qvzdraftcanary4410";
    let mut forum = record(&s, Entity::FORUM, FORUM).await;
    forum["summary"] = json!(format!("A summary that says {canary}."));
    let (status, v) = s
        .api(
            Method::POST,
            "/api/v1/contributions",
            Some(&sec),
            Some(json!({"entity": "forum", "record": forum, "title": format!("Draft {canary}"), "comment": canary, "submit": true})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let id = v["id"].as_i64().unwrap();
    let mut paths: Vec<String> = agora_web::router::route_table()
        .into_iter()
        .filter(|(m, _)| *m == Method::GET)
        .map(|(_, t)| {
            concrete(
                t,
                &Ids {
                    contribution: &id.to_string(),
                    ..Ids::default()
                },
            )
        })
        .collect();
    paths.push("/review?state=".into());
    paths.push("/api/v1/contributions?state=submitted".into());
    let mut seen = Vec::new();
    // The public, an account without roles, a member state's focal point, another forum's
    // secretariat, a researcher: none may open it.
    for who in [0, 1, 2, 5, 7] {
        for path in &paths {
            let r = if path.starts_with("/api/") {
                s.api(Method::GET, path, people[who].as_ref(), None)
                    .await
                    .1
                    .to_string()
            } else {
                s.get_as(path, people[who].as_ref())
                    .await
                    .text()
                    .await
                    .unwrap()
            };
            if r.contains(canary) {
                seen.push(format!("{} {path}", ROLES[who].0));
            }
        }
    }
    assert!(seen.is_empty(), "the draft appears: {seen:?}");
    // Its own forum's secretariat and the editors do see it.
    let editor = people[6].as_ref();
    let queue = s.get_as("/review", editor).await.text().await.unwrap();
    assert!(queue.contains(canary));
    let mine = s
        .get_as("/contributions", Some(&sec))
        .await
        .text()
        .await
        .unwrap();
    assert!(mine.contains(canary));
}

#[tokio::test]
async fn reclassifying_a_document_or_revoking_a_role_changes_the_very_next_search() {
    use agora_core::document::DocVisibility;
    let s = server().await;
    let member = s.person("member@example.org", &["focal_point:LKA"]).await;
    let researcher = s.person("researcher@example.org", &["researcher"]).await;
    let token = "qqmoving5512";
    let put = async |visibility| {
        s.document(
            "moving",
            &format!("Moving {token}"),
            visibility,
            &format!("It says {token}."),
        )
        .await
    };
    let total = async |who: Option<&Person>| {
        let (status, v) = s
            .api(Method::GET, &format!("/api/v1/search?q={token}"), who, None)
            .await;
        assert_eq!(status, StatusCode::OK, "{v}");
        v["total"].as_u64().unwrap()
    };
    put(DocVisibility::Participants {
        forum: FORUM.parse().unwrap(),
        public_from: None,
    })
    .await;
    assert_eq!(
        (
            total(None).await,
            total(Some(&member)).await,
            total(Some(&researcher)).await
        ),
        (0, 1, 0)
    );
    put(DocVisibility::Confidential).await;
    assert_eq!(
        (
            total(None).await,
            total(Some(&member)).await,
            total(Some(&researcher)).await
        ),
        (0, 0, 1)
    );
    let revoked = s
        .store
        .revoke_role(
            &agora_core::account::Email::parse("researcher@example.org").unwrap(),
            &"researcher".parse().unwrap(),
        )
        .await
        .unwrap();
    assert!(revoked);
    assert_eq!(total(Some(&researcher)).await, 0, "the role is gone");
    // An embargo that ended is public without waiting for anything.
    put(DocVisibility::Participants {
        forum: FORUM.parse().unwrap(),
        public_from: Some(TODAY.parse().unwrap()),
    })
    .await;
    assert_eq!(total(None).await, 1);
    put(DocVisibility::Confidential).await;
    assert_eq!(total(None).await, 0);
}

#[tokio::test]
async fn an_uploaded_document_reaches_the_library_and_search_only_when_an_editor_publishes_it() {
    let s = server().await;
    let secretariat = s
        .person("sec@example.org", &["secretariat:colombo-process"])
        .await;
    let other_secretariat = s
        .person("other@example.org", &["secretariat:soderkoping-process"])
        .await;
    let member = s.person("member@example.org", &["focal_point:LKA"]).await;
    let outsider = s.person("outsider@example.org", &["focal_point:BRA"]).await;
    let editor = s.person("editor@example.org", &["editor"]).await;
    let canary = "zqupload7731";
    let text = format!("# Colombo senior officials {canary}\n\nLabour migration and {canary}.");
    let search = async |who: Option<&Person>| {
        let (status, v) = s
            .api(
                Method::GET,
                &format!("/api/v1/search?q={canary}"),
                who,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{v}");
        v["total"].as_u64().unwrap()
    };
    let nothing_stored = async || {
        (
            s.store
                .contributions(&Default::default())
                .await
                .unwrap()
                .len(),
            s.blobs.list().await.unwrap().len(),
        )
    };
    let before = nothing_stored().await;

    // Bad uploads: each a clear 400 (or 403) naming what is wrong, and nothing stored.
    let fields = [
        ("forum", FORUM),
        ("kind", "meeting_report"),
        ("visibility", "participants"),
    ];
    for (case, fields, file, status, says) in [
        ("no file", fields.to_vec(), None, 400, "choose a file"),
        (
            "an unknown field",
            [fields.as_slice(), &[("colour", "red")]].concat(),
            Some(("a.md", text.as_bytes())),
            400,
            "unknown field",
        ),
        (
            "an unknown forum",
            vec![("forum", "no-such-forum"), ("kind", "study")],
            Some(("a.md", text.as_bytes())),
            400,
            "no forum",
        ),
        (
            "a kind that is none",
            vec![("forum", FORUM), ("kind", "poem")],
            Some(("a.md", text.as_bytes())),
            400,
            "use declaration",
        ),
        (
            "text named .pdf",
            fields.to_vec(),
            Some(("report.pdf", text.as_bytes())),
            400,
            "pdf",
        ),
        (
            "a truncated PDF",
            fields.to_vec(),
            Some((
                "report.pdf",
                b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog".as_slice(),
            )),
            400,
            "pdf",
        ),
        (
            "another forum's document",
            vec![("forum", "soderkoping-process"), ("kind", "study")],
            Some(("a.md", text.as_bytes())),
            403,
            "secretariat",
        ),
        (
            "a confidential document by a secretariat",
            vec![
                ("forum", FORUM),
                ("kind", "study"),
                ("visibility", "confidential"),
            ],
            Some(("a.md", text.as_bytes())),
            403,
            "confidential",
        ),
    ] {
        let (got, v) = s
            .upload_api("/api/v1/documents", &secretariat, &fields, file)
            .await;
        assert_eq!(got.as_u16(), status, "{case}: {v}");
        assert!(
            v["detail"].as_str().unwrap().to_lowercase().contains(says),
            "{case}: {v}"
        );
    }
    assert_eq!(nothing_stored().await, before);

    // The secretariat uploads a participants-only report and submits it.
    let (status, v) = s
        .upload_api(
            "/api/v1/documents",
            &secretariat,
            &[
                ("forum", FORUM),
                ("kind", "meeting_report"),
                ("date", "2026-03"),
                ("visibility", "participants"),
                ("comment", "From the senior officials meeting"),
                ("submit", "true"),
            ],
            Some(("colombo-som.md", text.as_bytes())),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_eq!(v["state"], "submitted", "{v}");
    let contribution = v["id"].as_i64().unwrap();
    let doc = v["entity_id"].as_str().unwrap().to_owned();
    // Pending: in no library, no search, no file, for anyone; the contribution is its forum's
    // contributors' to open (with the file's text), and no one else's.
    for who in [None, Some(&member), Some(&editor), Some(&secretariat)] {
        assert_eq!(search(who).await, 0);
        let (status, _) = s
            .api(Method::GET, &format!("/api/v1/documents/{doc}"), who, None)
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    for (who, open) in [
        (&secretariat, true),
        (&editor, true),
        (&other_secretariat, false),
        (&member, false),
        (&outsider, false),
    ] {
        let page = s
            .get_as(&format!("/contributions/{contribution}"), Some(who))
            .await;
        let status = page.status();
        let body = page.text().await.unwrap();
        assert_eq!(status.is_success(), open, "{status}");
        assert_eq!(body.contains(canary), open);
    }
    // An editor publishes it: now the forum's participants find it, and no one else.
    for step in ["start_review", "publish"] {
        let (status, v) = s
            .api(
                Method::POST,
                &format!("/api/v1/contributions/{contribution}/steps"),
                Some(&editor),
                Some(json!({"step": step})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{step}: {v}");
    }
    assert_eq!(
        (
            search(None).await,
            search(Some(&member)).await,
            search(Some(&outsider)).await,
            search(Some(&secretariat)).await
        ),
        (0, 1, 0, 1)
    );
    let (status, d) = s
        .api(
            Method::GET,
            &format!("/api/v1/documents/{doc}"),
            Some(&member),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{d}");
    assert_eq!(d["visibility"], "participants");
    assert_eq!(d["kind"], "meeting_report");
    let file = s
        .get_as(
            d["versions"][0]["files"][0]["url"].as_str().unwrap(),
            Some(&member),
        )
        .await;
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(file.bytes().await.unwrap().as_ref(), text.as_bytes());
    let (status, v) = s
        .upload_api(
            "/api/v1/documents",
            &secretariat,
            &[("forum", FORUM), ("kind", "study")],
            Some(("again.md", text.as_bytes())),
        )
        .await;
    // The same bytes again are a new proposal (whether a file is in the library is not the
    // uploader's to learn); its page tells whoever may see the document that it is there.
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_ne!(v["entity_id"], doc.as_str(), "{v}");
    let again = s
        .get_as(&format!("/contributions/{}", v["id"]), Some(&secretariat))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        again.contains("The same file is in the library already")
            && again.contains(&format!("/documents/{doc}")),
        "the forum's own participants-only document, which its secretariat may see"
    );

    // An editor's confidential upload is not the forum secretariat's to open or list.
    let secret = format!("A confidential note {canary}x.");
    let confidential_fields = [
        ("forum", FORUM),
        ("kind", "other"),
        ("visibility", "confidential"),
    ];
    let (status, v) = s
        .upload_api(
            "/api/v1/documents",
            &editor,
            &confidential_fields,
            Some(("note.txt", secret.as_bytes())),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert_eq!(
        v["parameter"], "lang",
        "too short to tell its language: {v}"
    );
    let (status, v) = s
        .upload_api(
            "/api/v1/documents",
            &editor,
            &[confidential_fields.as_slice(), &[("lang", "en")]].concat(),
            Some(("note.txt", secret.as_bytes())),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let confidential = v["id"].as_i64().unwrap();
    let page = s
        .get_as(
            &format!("/contributions/{confidential}"),
            Some(&secretariat),
        )
        .await;
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    let (_, list) = s
        .api(
            Method::GET,
            "/api/v1/contributions",
            Some(&secretariat),
            None,
        )
        .await;
    assert!(!list.to_string().contains(&format!("{canary}x")), "{list}");
    assert!(!list.to_string().contains("note.txt"), "{list}");

    // Withdrawn: out of the library and the search again.
    let (status, v) = s
        .api(
            Method::POST,
            &format!("/api/v1/contributions/{contribution}/steps"),
            Some(&editor),
            Some(json!({"step": "withdraw", "comment": "uploaded by mistake"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(search(Some(&member)).await, 0);
    let (status, _) = s
        .api(
            Method::GET,
            &format!("/api/v1/documents/{doc}"),
            Some(&member),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(s.store.integrity_problems().await.unwrap().is_empty());
}
