//! `/api/v1/areas`: states and territories, and each one's memberships.

use agora_core::Member;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use utoipa::IntoParams;

use super::{AreaOut, AreaSummary, AreasPage, MembershipOut};
use crate::error::{ApiError, OrNotFound, Problem};
use crate::params::{Params, page};
use crate::state::AppState;

#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct AreasQuery {
    /// The day to count fora on (YYYY-MM-DD; a month YYYY-MM or a year YYYY means its last day);
    /// default today.
    #[param(value_type = Option<String>, pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    as_of: Option<String>,
}

/// List states and territories, by code.
#[utoipa::path(get, path = "/api/v1/areas", operation_id = "list_areas", tag = "areas", params(AreasQuery, super::PageQuery),
    responses(
        (status = 200, description = "A page of areas", body = AreasPage),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<AreasPage>, ApiError> {
    let p = Params::api(q.as_deref(), &["as_of", "cursor", "limit"])?;
    let day = p.as_of(state.today())?;
    let limit = p.limit()?;
    let r = state.registry().await?;
    let rows: Vec<_> = r.data.areas.iter().collect();
    let (rows, next_cursor) = page(
        rows,
        |a| (String::new(), a.code.to_string()),
        "code",
        p.get("cursor"),
        limit,
    )?;
    Ok(Json(AreasPage {
        results: rows
            .into_iter()
            .map(|a| AreaSummary::new(a, &r, day))
            .collect(),
        next_cursor,
    }))
}

/// One state or territory, with every forum it takes part in.
#[utoipa::path(get, path = "/api/v1/areas/{code}", operation_id = "show_area", tag = "areas",
    params(("code" = String, Path, description = "ISO 3166-1 alpha-3 code, e.g. `SWE`"), super::MembershipsOnQuery),
    responses(
        (status = 200, description = "The area and its memberships", body = AreaOut),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No area with that code", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<AreaOut>, ApiError> {
    let p = Params::api(q.as_deref(), &["as_of"])?;
    let as_of = p.optional_as_of()?;
    let r = state.registry().await?;
    let a = r.area(&code).or_not_found("area", &code)?;
    let day = as_of.unwrap_or_else(|| state.today());
    Ok(Json(AreaOut {
        area: AreaSummary::new(a, &r, day),
        as_of: day.to_string(),
        memberships: r
            .memberships_of_member(&Member::Area(a.code.clone()), as_of)
            .into_iter()
            .map(|m| MembershipOut::new(m, &r, day))
            .collect(),
    }))
}
