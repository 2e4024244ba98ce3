//! `/api/v1/practice-submissions/{id}`: a submission as the caller may see it, and its steps.

use std::collections::BTreeMap;

use agora_app::practices::calls;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    ScoredIn, SubmissionIn, SubmissionOut, number, scores_in, stage_word, submitting, view_out,
};
use crate::api::contributions::{read_json, token_only};
use crate::error::{ApiError, AppError, Problem};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

fn submission(id: &str) -> Result<i64, AppError> {
    number("practice_submission", id)
}

#[utoipa::path(get, path = "/api/v1/practice-submissions/{id}", operation_id = "show_practice_submission", tag = "practices",
    params(("id" = String, Path, description = "The submission's number")),
    security(("token" = [])),
    responses(
        (status = 200, description = "The submission, its reviews as far as the caller may read them, its history", body = SubmissionOut),
        (status = 404, description = "No submission with that number that the caller may read (its submitter, the call's reviewers and editors)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show_submission(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<SubmissionOut>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let v = calls::view(&state, &who.caller(), submission(&id)?).await?;
    Ok(Json(view_out(v)))
}

#[utoipa::path(post, path = "/api/v1/practice-submissions/{id}/resubmission", operation_id = "resubmit_practice", tag = "practices",
    params(("id" = String, Path, description = "The submission's number")),
    request_body = SubmissionIn, security(("token" = [])),
    responses(
        (status = 204, description = "The returned practice, revised, is submitted again: a new round of review"),
        (status = 400, description = "A malformed body or practice, named at its field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not its submitter", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No submission with that number that the caller may read", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It was not returned", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn resubmit(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    token_only(&who)?;
    let n = submission(&id)?;
    let s: SubmissionIn = read_json(&body)?;
    calls::resubmit(&state, &who.caller(), n, &submitting(s)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A reviewer's declaration before scoring.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclarationIn {
    /// Any conflict of interest with the practice, in the reviewer's words; empty or absent
    /// for none. A conflict declared is refused unless an editor lets the reviewer review.
    #[serde(default)]
    pub conflict: String,
}

#[utoipa::path(post, path = "/api/v1/practice-submissions/{id}/declaration", operation_id = "declare_no_conflict", tag = "practices",
    params(("id" = String, Path, description = "The submission's number")),
    request_body = DeclarationIn, security(("token" = [])),
    responses(
        (status = 204, description = "Declared: the reviewer may score"),
        (status = 400, description = "A malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a reviewer of its call, or a conflict of interest (a state or forum of the reviewer's is named in the practice, or one declared)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No submission with that number that the caller may read", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not accepted yet, declared already, not in review, or reviewers enough", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn declare(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    token_only(&who)?;
    let n = submission(&id)?;
    let d: DeclarationIn = read_json(&body)?;
    calls::declare(&state, &who.caller(), n, &d.conflict).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A review: every criterion of the rubric (applied, relevant, effective, coherent,
/// innovative, replicable, sustainable) scored 1-5 with a comment.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PracticeReviewIn {
    pub scores: BTreeMap<String, ScoredIn>,
}

/// Where the review stands after a score.
#[derive(Debug, Serialize, ToSchema)]
pub struct StageOut {
    /// reviewing, third_asked (the two totals lie far apart) or ready.
    pub stage: &'static str,
}

#[utoipa::path(post, path = "/api/v1/practice-submissions/{id}/review", operation_id = "review_practice", tag = "practices",
    params(("id" = String, Path, description = "The submission's number")),
    request_body = PracticeReviewIn, security(("token" = [])),
    responses(
        (status = 200, description = "The review is in", body = StageOut),
        (status = 400, description = "A malformed body, a criterion missing or unknown, a score out of range, a comment missing", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a reviewer of its call", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No submission with that number that the caller may read", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not declared first, scored already, or not in review", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn review(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<StageOut>, ApiError> {
    token_only(&who)?;
    let n = submission(&id)?;
    let r: PracticeReviewIn = read_json(&body)?;
    let scores = scores_in(r.scores)?;
    let stage = calls::score(&state, &who.caller(), n, &scores).await?;
    Ok(Json(StageOut {
        stage: stage_word(stage),
    }))
}

/// An editor's leave for a reviewer with a conflict of interest.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OverrideIn {
    /// The reviewer's e-mail.
    pub email: String,
    pub reason: String,
}

#[utoipa::path(post, path = "/api/v1/practice-submissions/{id}/overrides", operation_id = "override_conflict", tag = "practices",
    params(("id" = String, Path, description = "The submission's number")),
    request_body = OverrideIn, security(("token" = [])),
    responses(
        (status = 204, description = "The reviewer may review it despite the conflict (logged)"),
        (status = 400, description = "A malformed body, no reason, not a reviewer of the call", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No submission with that number", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Let already", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn override_conflict(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    token_only(&who)?;
    if !who.caller().viewer.may_run_calls() {
        return Err(AppError::forbidden("practice-call-editors").into());
    }
    let n = submission(&id)?;
    let o: OverrideIn = read_json(&body)?;
    calls::override_conflict(&state, &who.caller(), n, &o.email, &o.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An editor's decision.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionIn {
    /// publish, return (to its submitter, with the reviews) or reject.
    pub decision: String,
    #[serde(default)]
    pub note: String,
}

#[utoipa::path(post, path = "/api/v1/practice-submissions/{id}/decision", operation_id = "decide_practice", tag = "practices",
    params(("id" = String, Path, description = "The submission's number")),
    request_body = DecisionIn, security(("token" = [])),
    responses(
        (status = 204, description = "Decided: published, returned or rejected"),
        (status = 400, description = "A malformed body or decision", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No submission with that number", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not in review, or the reviews needed are not in", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn decide(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    token_only(&who)?;
    if !who.caller().viewer.may_run_calls() {
        return Err(AppError::forbidden("practice-call-editors").into());
    }
    let n = submission(&id)?;
    let d: DecisionIn = read_json(&body)?;
    calls::decide(&state, &who.caller(), n, &d.decision, &d.note).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A reviewer to release.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReleaseIn {
    /// The reviewer's e-mail.
    pub email: String,
}

#[utoipa::path(post, path = "/api/v1/practice-submissions/{id}/releases", operation_id = "release_practice_reviewer", tag = "practices",
    params(("id" = String, Path, description = "The submission's number")),
    request_body = ReleaseIn, security(("token" = [])),
    responses(
        (status = 204, description = "The reviewer, who had declared and not scored, is released: another may review it (logged)"),
        (status = 400, description = "A malformed body or e-mail", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No submission with that number", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "That reviewer has not declared for the current round, or has scored", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn release(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    token_only(&who)?;
    if !who.caller().viewer.may_run_calls() {
        return Err(AppError::forbidden("practice-call-editors").into());
    }
    let n = submission(&id)?;
    let r: ReleaseIn = read_json(&body)?;
    calls::release(&state, &who.caller(), n, &r.email).await?;
    Ok(StatusCode::NO_CONTENT)
}
