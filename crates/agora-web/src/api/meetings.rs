//! `/api/v1/meetings`: the calendar, with the same filters as the page, and one meeting.

use axum::Json;
use axum::extract::{Path, RawQuery, State};

use super::{MeetingOut, MeetingsPage};
use crate::error::{ApiError, OrNotFound, Problem};
use crate::params::{MEETINGS_PARAMS, MeetingsRequest, Params, page};
use crate::state::AppState;
use crate::viewer::Who;

/// Meetings, filtered as the calendar page filters them: upcoming ones earliest first, past
/// ones (and both, without `when`) latest first.
#[utoipa::path(get, path = "/api/v1/meetings", operation_id = "list_meetings", tag = "meetings", params(super::MeetingsQuery),
    responses(
        (status = 200, description = "A page of meetings", body = MeetingsPage),
        (status = 400, description = "A malformed parameter, an unknown forum or state", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Json<MeetingsPage>, ApiError> {
    let p = Params::api(q.as_deref(), MEETINGS_PARAMS)?;
    let r = state.registry().await?;
    let req = MeetingsRequest::parse(&p, &r)?;
    let all = r.meetings.filter(&req.filter, state.today());
    let total = all.len();
    let when = req.filter.when;
    let (shown, next_cursor) = page(
        all,
        |m| agora_app::meetings::sort_key(m, when),
        "meetings",
        req.cursor.as_deref(),
        req.limit,
    )?;
    let mut results = Vec::with_capacity(shown.len());
    for m in shown {
        results.push(out(&state, &who, &r, m).await?);
    }
    Ok(Json(MeetingsPage {
        results,
        total,
        next_cursor,
    }))
}

/// One meeting.
#[utoipa::path(get, path = "/api/v1/meetings/{id}", operation_id = "show_meeting", tag = "meetings",
    params(("id" = String, Path, description = "The meeting's id, e.g. `global-rcp-meeting-2009-bangkok`")),
    responses(
        (status = 200, description = "The meeting", body = MeetingOut),
        (status = 404, description = "No meeting with that id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<MeetingOut>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let m = r.meetings.get(&id).or_not_found("meeting", &id)?;
    Ok(Json(out(&state, &who, &r, m).await?))
}

/// A meeting as the API gives it, with the outcome documents the caller may see.
async fn out(
    state: &AppState,
    who: &Who,
    r: &agora_app::registry::Registry,
    m: &agora_core::meeting::Meeting,
) -> Result<MeetingOut, ApiError> {
    let documents = agora_app::meetings::outcome_documents(state, &who.caller(), m)
        .await?
        .into_iter()
        .map(|d| d.id.to_string())
        .collect();
    Ok(MeetingOut::new(m, r, documents))
}
