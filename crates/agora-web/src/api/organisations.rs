//! `/api/v1/organisations`: international and regional organisations, and where they take part.

use agora_core::Member;
use axum::Json;
use axum::extract::{Path, RawQuery, State};

use super::{MembershipOut, OrganisationOut, OrganisationSummary, OrganisationsPage};
use crate::error::{ApiError, OrNotFound, Problem};
use crate::params::{Params, page};
use crate::state::AppState;

/// List organisations, by id.
#[utoipa::path(get, path = "/api/v1/organisations", operation_id = "list_organisations", tag = "organisations", params(super::PageQuery),
    responses(
        (status = 200, description = "A page of organisations", body = OrganisationsPage),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<OrganisationsPage>, ApiError> {
    let p = Params::api(q.as_deref(), &["cursor", "limit"])?;
    let limit = p.limit()?;
    let r = state.registry().await?;
    let rows: Vec<_> = r.data.organisations.iter().collect();
    let (rows, next_cursor) = page(
        rows,
        |o| (String::new(), o.id.to_string()),
        "id",
        p.get("cursor"),
        limit,
    )?;
    Ok(Json(OrganisationsPage {
        results: rows.into_iter().map(OrganisationSummary::new).collect(),
        next_cursor,
    }))
}

/// One organisation, with the fora where it is secretariat, observer or partner.
#[utoipa::path(get, path = "/api/v1/organisations/{id}", operation_id = "show_organisation", tag = "organisations",
    params(("id" = String, Path, description = "The organisation's id, e.g. `iom`"), super::MembershipsOnQuery),
    responses(
        (status = 200, description = "The organisation", body = OrganisationOut),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No organisation with that id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<OrganisationOut>, ApiError> {
    let p = Params::api(q.as_deref(), &["as_of"])?;
    let as_of = p.optional_as_of()?;
    let r = state.registry().await?;
    let o = r.organisation(&id).or_not_found("organisation", &id)?;
    Ok(Json(OrganisationOut {
        organisation: OrganisationSummary::new(o),
        as_of: as_of.map(|d| d.to_string()),
        memberships: r
            .memberships_of_member(&Member::Organisation(o.id.clone()), as_of)
            .into_iter()
            .map(|m| MembershipOut::new(m, &r, as_of.unwrap_or_else(|| state.today())))
            .collect(),
    }))
}
