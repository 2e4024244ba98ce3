//! `/api/v1/reporting-cycles`: the cycles the caller may see, opening one (a forum's
//! secretariat or an editor), a cycle's dashboard, a focal point's report and the
//! secretariat's review. A cycle the caller may not see is not found.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::contributions::{read_json, token_only};
use crate::error::{ApiError, AppError, Problem};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

/// A cycle to open.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CycleIn {
    /// The forum (its id) whose member states report.
    pub forum: String,
    pub title: String,
    /// The recommendations (ids) the states report on.
    pub recommendations: Vec<String>,
    /// The states (ISO 3166-1 alpha-3), members of the forum today.
    pub states: Vec<String>,
    /// The last day to report, YYYY-MM-DD, today or later.
    pub deadline: String,
}

/// A cycle.
#[derive(Debug, Serialize, ToSchema)]
pub struct CycleOut {
    pub id: i64,
    pub forum: String,
    pub title: String,
    pub recommendations: Vec<String>,
    pub states: Vec<String>,
    pub deadline: String,
    pub opened_at: String,
}

/// The cycles the caller may see.
#[derive(Debug, Serialize, ToSchema)]
pub struct CyclesPage {
    pub results: Vec<CycleOut>,
}

/// What one state reported on one recommendation, and its review.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportOut {
    pub id: i64,
    pub state: String,
    pub recommendation: String,
    /// planned, under_way, completed, stalled or discontinued.
    pub status: String,
    pub progress: i64,
    pub note: String,
    pub reported_at: String,
    /// pending, validated or queried.
    pub review: String,
    pub review_note: String,
    pub reviewed_at: Option<String>,
}

/// A state that owes reports after the deadline.
#[derive(Debug, Serialize, ToSchema)]
pub struct OverdueOut {
    pub state: String,
    /// How many reports it owes.
    pub owed: usize,
    /// When it was reminded, if it was.
    pub reminded_at: Option<String>,
}

/// A cycle with its reports, counted.
#[derive(Debug, Serialize, ToSchema)]
pub struct DashboardOut {
    pub cycle: CycleOut,
    pub reports: Vec<ReportOut>,
    /// States × recommendations.
    pub expected: usize,
    pub reported: usize,
    pub validated: usize,
    /// Queried reports: where the state and the secretariat disagree.
    pub queried: usize,
    /// Whether the deadline has passed.
    pub closed: bool,
    pub overdue: Vec<OverdueOut>,
}

/// A report.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportIn {
    /// The state reported for (ISO 3166-1 alpha-3): the caller is its focal point.
    pub state: String,
    pub recommendation: String,
    /// planned, under_way, completed, stalled or discontinued.
    pub status: String,
    /// 0-100.
    pub progress: i64,
    #[serde(default)]
    pub note: String,
}

/// A review of a report.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewIn {
    /// validated or queried.
    pub decision: String,
    /// What is to be checked (needed to query).
    #[serde(default)]
    pub note: String,
}

/// A new report's or cycle's id.
#[derive(Debug, Serialize, ToSchema)]
pub struct IdOut {
    pub id: i64,
}

fn cycle_out(c: agora_store::StoredCycle) -> CycleOut {
    CycleOut {
        id: c.id,
        forum: c.forum,
        title: c.title,
        recommendations: c.recommendations,
        states: c.states,
        deadline: c.deadline,
        opened_at: c.opened_at,
    }
}

fn number(id: &str) -> Result<i64, AppError> {
    id.parse()
        .map_err(|_| AppError::not_found("reporting_cycle", id))
}

#[utoipa::path(get, path = "/api/v1/reporting-cycles", operation_id = "list_reporting_cycles", tag = "recommendations",
    responses((status = 200, description = "The reporting cycles the caller may see, newest first", body = CyclesPage)))]
pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Json<CyclesPage>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let cycles = agora_app::cycles::list(&state, &who.caller()).await?;
    Ok(Json(CyclesPage {
        results: cycles.into_iter().map(cycle_out).collect(),
    }))
}

#[utoipa::path(post, path = "/api/v1/reporting-cycles", operation_id = "open_reporting_cycle", tag = "recommendations",
    request_body = CycleIn, security(("token" = [])),
    responses(
        (status = 201, description = "The cycle opened", body = IdOut),
        (status = 400, description = "A malformed body, an unknown forum or recommendation, a state that is not a member, a deadline past", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not the forum's secretariat or an editor", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn open(
    State(state): State<AppState>,
    who: Who,
    body: Bytes,
) -> Result<(StatusCode, Json<IdOut>), ApiError> {
    token_only(&who)?;
    agora_app::cycles::may_keep_some(&who.caller())?;
    let c: CycleIn = read_json(&body)?;
    let id = agora_app::cycles::open(
        &state,
        &who.caller(),
        &agora_app::cycles::Opening {
            forum: c.forum,
            title: c.title,
            recommendations: c.recommendations,
            states: c.states,
            deadline: c.deadline,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(IdOut { id })))
}

#[utoipa::path(get, path = "/api/v1/reporting-cycles/{id}", operation_id = "show_reporting_cycle", tag = "recommendations",
    params(("id" = String, Path, description = "The cycle's number")),
    responses(
        (status = 200, description = "The cycle's dashboard", body = DashboardOut),
        (status = 404, description = "No cycle with that number that the caller may see", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<DashboardOut>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let d = agora_app::cycles::dashboard(&state, &who.caller(), number(&id)?).await?;
    let reminded = d.reminded.clone();
    Ok(Json(DashboardOut {
        reports: d
            .cells
            .iter()
            .filter_map(|c| c.report.clone())
            .map(|r| ReportOut {
                id: r.id,
                state: r.state,
                recommendation: r.recommendation,
                status: r.status,
                progress: r.progress,
                note: r.note,
                reported_at: r.reported_at,
                review: r.review,
                review_note: r.review_note,
                reviewed_at: r.reviewed_at,
            })
            .collect(),
        expected: d.expected,
        reported: d.reported,
        validated: d.validated,
        queried: d.queried,
        closed: d.closed,
        overdue: d
            .overdue
            .into_iter()
            .map(|(s, owed)| OverdueOut {
                reminded_at: reminded
                    .iter()
                    .find(|(r, _)| *r == s)
                    .map(|(_, at)| at.clone()),
                state: s,
                owed,
            })
            .collect(),
        cycle: cycle_out(d.cycle),
    }))
}

#[utoipa::path(post, path = "/api/v1/reporting-cycles/{id}/reports", operation_id = "report_in_cycle", tag = "recommendations",
    params(("id" = String, Path, description = "The cycle's number")),
    request_body = ReportIn, security(("token" = [])),
    responses(
        (status = 201, description = "The report made (or made again)", body = IdOut),
        (status = 400, description = "A malformed body, a recommendation the cycle does not ask about, a bad status or progress", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a focal point of a state of the cycle", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No cycle with that number that the caller may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "That report was validated already", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn report(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<IdOut>), ApiError> {
    token_only(&who)?;
    agora_app::cycles::may_report_some(&who.caller())?;
    let r: ReportIn = read_json(&body)?;
    let id = agora_app::cycles::report(
        &state,
        &who.caller(),
        number(&id)?,
        &agora_app::cycles::Reporting {
            state: r.state,
            recommendation: r.recommendation,
            status: r.status,
            progress: r.progress.to_string(),
            note: r.note,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(IdOut { id })))
}

#[utoipa::path(post, path = "/api/v1/reporting-cycles/{id}/reports/{report}/review", operation_id = "review_report", tag = "recommendations",
    params(("id" = String, Path, description = "The cycle's number"), ("report" = String, Path, description = "The report's number")),
    request_body = ReviewIn, security(("token" = [])),
    responses(
        (status = 204, description = "The report validated or queried"),
        (status = 400, description = "A malformed body, a query without a note", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not the forum's secretariat or an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No cycle with that number that the caller may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No such report awaiting review", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn review(
    State(state): State<AppState>,
    who: Who,
    Path((id, report)): Path<(String, String)>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    token_only(&who)?;
    agora_app::cycles::may_keep_some(&who.caller())?;
    let r: ReviewIn = read_json(&body)?;
    let report: i64 = report
        .parse()
        .map_err(|_| AppError::not_found("report", &report))?;
    agora_app::cycles::review(
        &state,
        &who.caller(),
        number(&id)?,
        report,
        &r.decision,
        &r.note,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
