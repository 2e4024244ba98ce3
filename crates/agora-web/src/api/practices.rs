//! `/api/v1/practices` (published good practices, with the forum, state and theme they
//! concern; the people to contact for callers signed in), `/api/v1/practice-calls` (calls for
//! practices: open, invite reviewers, accept, submit) and `/api/v1/practice-submissions`
//! (declare, score, let a reviewer with a conflict review, decide). A submission the caller
//! may not read is not found; reviews are blind to each other until the two needed are in.

use std::collections::BTreeMap;

use agora_app::practices::calls::{self, Reviewed, SubmissionView, Submitting};
use agora_core::Said;
use agora_core::practice::review::{Criterion, Scored, Scores, Stage};
use agora_core::practice::{Contact, Practice};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::contributions::{read_json, token_only};
use super::{SourceOut, sources};
use crate::error::{ApiError, AppError, Problem};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

/// A published practice in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct PracticeSummaryOut {
    #[schema(example = "rcp-periods-of-reflection-and-revitalisation")]
    pub id: String,
    /// Its title keyed by ISO 639 language code (English always).
    pub titles: BTreeMap<String, String>,
    pub summaries: BTreeMap<String, String>,
    pub fora: Vec<String>,
    pub states: Vec<String>,
    pub themes: Vec<String>,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Whether it was published after a call's peer review.
    pub peer_reviewed: bool,
    /// Its page.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PracticesPage {
    pub results: Vec<PracticeSummaryOut>,
}

/// What shows a practice's results.
#[derive(Debug, Serialize, ToSchema)]
pub struct PracticeEvidenceOut {
    pub document: Option<String>,
    pub paragraph: Option<u32>,
    pub url: Option<String>,
    pub figure: Option<String>,
    pub note: Option<String>,
}

/// The public summary of a practice's peer review: never who reviewed it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewSummaryOut {
    /// The call it answered.
    pub call: i64,
    pub reviews: u32,
    /// Each criterion's mean score out of 5, to one decimal.
    pub means: BTreeMap<String, f64>,
    /// The day it was published.
    pub decided: String,
}

/// Someone to contact about a practice.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactOut {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

/// A published practice, whole.
#[derive(Debug, Serialize, ToSchema)]
pub struct PracticeOut {
    #[serde(flatten)]
    pub summary: PracticeSummaryOut,
    pub context: String,
    pub done: String,
    pub results: String,
    pub evidence: Vec<PracticeEvidenceOut>,
    pub lessons: String,
    pub replication: String,
    /// low, medium, high or unknown.
    pub cost: &'static str,
    pub partners: Vec<String>,
    pub sources: Vec<SourceOut>,
    /// verified or unverified.
    pub verification: &'static str,
    /// CC-BY-4.0, CC-BY-SA-4.0 or CC0-1.0.
    pub licence: &'static str,
    pub review: Option<ReviewSummaryOut>,
    /// The people to contact: for callers signed in (null for anyone else).
    pub contacts: Option<Vec<ContactOut>>,
}

fn summary_out(state: &AppState, p: &Practice) -> PracticeSummaryOut {
    let names = |n: &agora_core::Names| n.iter().map(|(l, t)| (l.to_string(), t.clone())).collect();
    PracticeSummaryOut {
        id: p.id.to_string(),
        titles: names(&p.titles),
        summaries: names(&p.summaries),
        fora: p.fora.iter().map(ToString::to_string).collect(),
        states: p.states.iter().map(ToString::to_string).collect(),
        themes: p.themes.iter().map(ToString::to_string).collect(),
        from: p.from.map(|d| d.to_string()),
        to: p.to.map(|d| d.to_string()),
        peer_reviewed: p.review.is_some(),
        url: state.public_url.link(&format!("/practices/{}", p.id)),
    }
}

fn contact_out(c: Contact) -> ContactOut {
    ContactOut {
        name: c.name,
        role: c.role,
        email: c.email,
    }
}

fn practice_out(state: &AppState, p: Practice, contacts: Option<Vec<Contact>>) -> PracticeOut {
    PracticeOut {
        summary: summary_out(state, &p),
        evidence: p
            .evidence
            .into_iter()
            .map(|e| PracticeEvidenceOut {
                document: e.document.map(|d| d.to_string()),
                paragraph: e.paragraph,
                url: e.url,
                figure: e.figure,
                note: e.note,
            })
            .collect(),
        cost: p.cost.as_str(),
        sources: sources(&p.sources),
        verification: p.verification.as_str(),
        licence: p.licence.as_str(),
        review: p.review.map(|r| ReviewSummaryOut {
            call: r.call,
            reviews: r.reviews,
            means: r
                .means
                .into_iter()
                .map(|(c, tenths)| (c.as_str().to_owned(), f64::from(tenths) / 10.0))
                .collect(),
            decided: r.decided,
        }),
        contacts: contacts.map(|c| c.into_iter().map(contact_out).collect()),
        context: p.context,
        done: p.done,
        results: p.results,
        lessons: p.lessons,
        replication: p.replication,
        partners: p.partners,
    }
}

/// The list's filters.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct PracticesQuery {
    /// Applied by this forum (its id).
    forum: Option<String>,
    /// Applied in this state (ISO 3166-1 alpha-3).
    state: Option<String>,
    /// On this theme (its id).
    theme: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/practices", operation_id = "list_practices", tag = "practices",
    params(PracticesQuery),
    responses(
        (status = 200, description = "The published practices, by id", body = PracticesPage),
        (status = 400, description = "A malformed parameter, or a forum, state or theme that does not exist", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<PracticesPage>, ApiError> {
    let p = Params::api(q.as_deref(), &["forum", "state", "theme"])?;
    let filter = agora_app::practices::PracticeFilter {
        forum: p.get("forum").map(str::to_owned),
        state: p.get("state").map(str::to_owned),
        theme: p.get("theme").map(str::to_owned),
    };
    let found = agora_app::practices::list(&state, &filter).await?;
    Ok(Json(PracticesPage {
        results: found.iter().map(|p| summary_out(&state, p)).collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/practices/{id}", operation_id = "show_practice", tag = "practices",
    params(("id" = String, Path, description = "The practice's id")),
    responses(
        (status = 200, description = "The practice, with its contacts for a caller signed in", body = PracticeOut),
        (status = 404, description = "No published practice with that id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<PracticeOut>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let p = agora_app::practices::get(&state, &id).await?;
    let contacts = agora_app::practices::contacts(&state, &who.caller(), &id).await?;
    Ok(Json(practice_out(&state, p, contacts)))
}

#[utoipa::path(post, path = "/api/v1/practices/{id}/contacts/removal", operation_id = "remove_practice_contacts", tag = "practices",
    params(("id" = String, Path, description = "The practice's id")),
    security(("token" = [])),
    responses(
        (status = 204, description = "Its contact details are removed for good (or there were none)"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Neither its submitter nor an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No practice with that id that the caller may see", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn remove_contacts(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    token_only(&who)?;
    agora_app::practices::remove_contacts(&state, &who.caller(), &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A call for practices.
#[derive(Debug, Serialize, ToSchema)]
pub struct CallOut {
    pub id: i64,
    pub title: String,
    /// A theme of the vocabulary.
    pub theme: String,
    /// The last day to submit, YYYY-MM-DD.
    pub deadline: String,
    pub questions: Vec<String>,
    pub opened_at: String,
    /// Whether the deadline has passed.
    pub closed: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CallsPage {
    pub results: Vec<CallOut>,
}

/// A submission in a call's list.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionRowOut {
    pub id: i64,
    pub practice_id: String,
    /// submitted, returned, published or rejected.
    pub status: String,
    pub round: i64,
    pub submitted_at: String,
}

/// A call, with the submissions the caller may read.
#[derive(Debug, Serialize, ToSchema)]
pub struct CallShowOut {
    pub call: CallOut,
    pub submissions: Vec<SubmissionRowOut>,
}

fn call_out(state: &AppState, c: agora_store::StoredCall) -> CallOut {
    CallOut {
        closed: calls::closed(state, &c),
        id: c.id,
        title: c.title,
        theme: c.theme,
        deadline: c.deadline,
        questions: c.questions,
        opened_at: c.opened_at,
    }
}

fn number(what: &'static str, id: &str) -> Result<i64, AppError> {
    id.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| AppError::not_found(what, id))
}

#[utoipa::path(get, path = "/api/v1/practice-calls", operation_id = "list_practice_calls", tag = "practices",
    responses((status = 200, description = "Every call for practices, newest first", body = CallsPage)))]
pub async fn list_calls(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<CallsPage>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let found = calls::list(&state).await?;
    Ok(Json(CallsPage {
        results: found.into_iter().map(|c| call_out(&state, c)).collect(),
    }))
}

/// A call to open.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CallIn {
    pub title: String,
    /// A theme of the vocabulary (its id).
    pub theme: String,
    /// The last day to submit, YYYY-MM-DD, today or later.
    pub deadline: String,
    #[serde(default)]
    pub questions: Vec<String>,
}

/// A new call's or submission's number.
#[derive(Debug, Serialize, ToSchema)]
pub struct NumberOut {
    pub id: i64,
}

#[utoipa::path(post, path = "/api/v1/practice-calls", operation_id = "open_practice_call", tag = "practices",
    request_body = CallIn, security(("token" = [])),
    responses(
        (status = 201, description = "The call opened", body = NumberOut),
        (status = 400, description = "A malformed body, an unknown theme, a deadline past", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn open_call(
    State(state): State<AppState>,
    who: Who,
    body: Bytes,
) -> Result<(StatusCode, Json<NumberOut>), ApiError> {
    token_only(&who)?;
    if !who.caller().viewer.may_run_calls() {
        return Err(AppError::forbidden("practice-call-editors").into());
    }
    let c: CallIn = read_json(&body)?;
    let id = calls::open(
        &state,
        &who.caller(),
        &calls::Opening {
            title: c.title,
            theme: c.theme,
            deadline: c.deadline,
            questions: c.questions,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(NumberOut { id })))
}

#[utoipa::path(get, path = "/api/v1/practice-calls/{id}", operation_id = "show_practice_call", tag = "practices",
    params(("id" = String, Path, description = "The call's number")),
    responses(
        (status = 200, description = "The call, with the submissions the caller may read", body = CallShowOut),
        (status = 404, description = "No call with that number", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show_call(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<CallShowOut>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let n = number("practice_call", &id)?;
    let c = calls::call(&state, n).await?;
    let subs = calls::submissions(&state, &who.caller(), n).await?;
    Ok(Json(CallShowOut {
        call: call_out(&state, c),
        submissions: subs
            .into_iter()
            .map(|s| SubmissionRowOut {
                id: s.id,
                practice_id: s.practice_id,
                status: s.status,
                round: s.round,
                submitted_at: s.submitted_at,
            })
            .collect(),
    }))
}

/// An account to invite, by e-mail.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteIn {
    pub email: String,
}

#[utoipa::path(post, path = "/api/v1/practice-calls/{id}/reviewers", operation_id = "invite_practice_reviewer", tag = "practices",
    params(("id" = String, Path, description = "The call's number")),
    request_body = InviteIn, security(("token" = [])),
    responses(
        (status = 204, description = "The account is invited (given the role reviewer:CALL)"),
        (status = 400, description = "A malformed body, or no account with that e-mail", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No call with that number", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn invite(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    token_only(&who)?;
    if !who.caller().viewer.may_run_calls() {
        return Err(AppError::forbidden("practice-call-editors").into());
    }
    let n = number("practice_call", &id)?;
    let i: InviteIn = read_json(&body)?;
    calls::invite(&state, &who.caller(), n, &i.email).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Accepting an invitation to review.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptIn {
    /// Whom the reviewer speaks for: state:ISO3, forum:ID or organisation:NAME.
    #[schema(example = "organisation:University of Ghana")]
    pub affiliation: String,
}

#[utoipa::path(post, path = "/api/v1/practice-calls/{id}/acceptance", operation_id = "accept_practice_review", tag = "practices",
    params(("id" = String, Path, description = "The call's number")),
    request_body = AcceptIn, security(("token" = [])),
    responses(
        (status = 204, description = "The invitation is accepted"),
        (status = 400, description = "A malformed body or affiliation", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not invited to review this call", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No call with that number", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Accepted already", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn accept(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    token_only(&who)?;
    let n = number("practice_call", &id)?;
    let a: AcceptIn = read_json(&body)?;
    calls::accept(&state, &who.caller(), n, &a.affiliation).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A practice submitted to a call.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubmissionIn {
    /// The practice as `/api/v1/practices/{id}` gives it back, without `review`: titles and
    /// summaries (English required), fora and states, themes, from, to, context, done,
    /// results, evidence, lessons, replication, cost, partners, sources, licence; `id`
    /// optional (made from the English title).
    #[schema(value_type = Object)]
    pub practice: serde_json::Value,
    /// The answers to the call's questions, in order.
    #[serde(default)]
    pub answers: Vec<String>,
    /// The people to contact about it: shown only to people signed in, removable at any time.
    #[serde(default)]
    pub contacts: Vec<ContactOut>,
}

/// A submission made.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubmittedOut {
    pub id: i64,
    /// The id it will be published under.
    pub practice_id: String,
}

fn submitting(s: SubmissionIn) -> Submitting {
    Submitting {
        practice: s.practice,
        answers: s.answers,
        contacts: s
            .contacts
            .into_iter()
            .map(|c| Contact {
                name: c.name,
                role: c.role,
                email: c.email,
            })
            .collect(),
    }
}

#[utoipa::path(post, path = "/api/v1/practice-calls/{id}/submissions", operation_id = "submit_practice", tag = "practices",
    params(("id" = String, Path, description = "The call's number")),
    request_body = SubmissionIn, security(("token" = [])),
    responses(
        (status = 201, description = "The practice submitted for review", body = SubmittedOut),
        (status = 400, description = "A malformed body or practice, named at its field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Neither a secretariat nor a focal point of a forum or state it names, nor an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No call with that number", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The call is closed, or the id is taken", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn submit(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<SubmittedOut>), ApiError> {
    token_only(&who)?;
    if !who.caller().viewer.may_submit_practices() {
        return Err(AppError::forbidden("practice-submitters").into());
    }
    let n = number("practice_call", &id)?;
    let s: SubmissionIn = read_json(&body)?;
    let (id, practice_id) = calls::submit(&state, &who.caller(), n, &submitting(s)).await?;
    Ok((StatusCode::CREATED, Json(SubmittedOut { id, practice_id })))
}

mod submissions;
pub use submissions::*;

/// A stage's word.
pub(crate) fn stage_word(s: Stage) -> &'static str {
    match s {
        Stage::Reviewing { .. } => "reviewing",
        Stage::ThirdAsked => "third_asked",
        Stage::Ready => "ready",
    }
}

/// Scores as sent: criterion → {score, comment}; an unknown criterion is named.
pub(crate) fn scores_in(raw: BTreeMap<String, ScoredIn>) -> Result<Scores, AppError> {
    let mut out = Scores::new();
    for (name, s) in raw {
        let Some(c) = Criterion::parse(&name) else {
            return Err(AppError::bad(
                &format!("scores.{}", name.chars().take(40).collect::<String>()),
                Said::new("review-criterion-unknown"),
            ));
        };
        out.insert(
            c,
            Scored {
                score: s.score.clamp(0, 255) as u8,
                comment: s.comment,
            },
        );
    }
    Ok(out)
}

/// One criterion scored.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScoredIn {
    /// 1-5.
    pub score: i64,
    pub comment: String,
}

pub(crate) fn reviewed_out(r: Reviewed) -> ReviewOut {
    let (reviewer, affiliation) = match r.reviewer {
        Some((e, a)) => (Some(e), Some(a)),
        None => (None, None),
    };
    ReviewOut {
        round: r.round,
        number: r.number,
        mine: r.mine,
        reviewer,
        affiliation,
        submitted: r.submitted,
        total: r.total,
        scores: r.scores.map(|s| {
            s.into_iter()
                .map(|(c, x)| {
                    (
                        c.as_str().to_owned(),
                        ScoredIn {
                            score: i64::from(x.score),
                            comment: x.comment,
                        },
                    )
                })
                .collect()
        }),
    }
}

/// A review as the caller may see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewOut {
    pub round: i64,
    /// Its place in its round: how reviewers are named to anyone but editors.
    pub number: usize,
    pub mine: bool,
    /// The reviewer's e-mail and affiliation: for editors only.
    pub reviewer: Option<String>,
    pub affiliation: Option<String>,
    pub submitted: bool,
    /// Out of 35; null while hidden (reviews are blind to each other until the two needed are in).
    pub total: Option<i64>,
    pub scores: Option<BTreeMap<String, ScoredIn>>,
}

pub(crate) fn view_out(v: SubmissionView) -> SubmissionOut {
    SubmissionOut {
        id: v.submission.id,
        call: v.submission.call_id,
        practice_id: v.submission.practice_id.clone(),
        status: v.submission.status.clone(),
        round: v.submission.round,
        submitted_at: v.submission.submitted_at.clone(),
        decided_at: v.submission.decided_at.clone(),
        stage: stage_word(v.stage),
        practice: serde_json::to_value(&v.practice).unwrap_or_default(),
        answers: v.answers,
        contacts: v.contacts.into_iter().map(contact_out).collect(),
        reviews: v.reviews.into_iter().map(reviewed_out).collect(),
        history: v
            .events
            .into_iter()
            .map(|e| PracticeEventOut {
                at: e.at,
                event: e.event,
                note: e.note,
            })
            .collect(),
    }
}

/// One step of a submission's history.
#[derive(Debug, Serialize, ToSchema)]
pub struct PracticeEventOut {
    pub at: String,
    /// submitted, resubmitted, declared, refused, override, reviewed, third_asked, returned,
    /// published, rejected or contacts_removed.
    pub event: String,
    pub note: String,
}

/// A submission as the caller may see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionOut {
    pub id: i64,
    pub call: i64,
    pub practice_id: String,
    /// submitted, returned, published or rejected.
    pub status: String,
    pub round: i64,
    pub submitted_at: String,
    pub decided_at: Option<String>,
    /// Where the current round's review stands: reviewing, third_asked or ready.
    pub stage: &'static str,
    /// The practice as submitted.
    #[schema(value_type = Object)]
    pub practice: serde_json::Value,
    pub answers: Vec<String>,
    pub contacts: Vec<ContactOut>,
    pub reviews: Vec<ReviewOut>,
    pub history: Vec<PracticeEventOut>,
}
