//! `/api/v1/fora`: the list with filters, one forum, its memberships.

use agora_core::Role;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use utoipa::IntoParams;

use super::{ForaPage, ForumOut, ForumSummary, MembershipOut, MembershipsPage};
use crate::error::{ApiError, OrNotFound, Problem};
use crate::params::{FORA_PARAMS, ForaRequest, Params, page};
use crate::state::AppState;

/// The filters of the fora list (and of the analyses, which take the same).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `Params`; this struct only describes them for OpenAPI
pub struct ForaQuery {
    /// Free text over names, acronyms and aliases in every language; accent- and case-insensitive.
    /// A forum matches when one of its names holds every word (most of them, for three words or
    /// more); results come best match first unless `sort` says otherwise.
    q: Option<String>,
    /// Category.
    #[param(inline, value_type = Option<String>, pattern = "^(rcp|interregional_forum|regional_organisation|migration_body|global_process)$")]
    category: Option<String>,
    /// An M49 code: fora serving that region or with a member state in it.
    #[param(minimum = 1, maximum = 999)]
    region: Option<u16>,
    /// A theme id of the vocabulary (e.g. `labour-migration`).
    theme: Option<String>,
    /// Migration-and-development status.
    #[param(value_type = Option<String>, pattern = "^(priority|ad_hoc|not_addressed|unknown)$")]
    md_status: Option<String>,
    /// `active` (existing on the `as_of` day: established by then, not yet dissolved) or
    /// `dissolved` (before that day).
    #[param(value_type = Option<String>, pattern = "^(active|dissolved)$")]
    status: Option<String>,
    /// The day to count members on (YYYY-MM-DD; a month YYYY-MM or a year YYYY means its last day);
    /// default today.
    #[param(value_type = Option<String>, pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    as_of: Option<String>,
}

/// The order of the fora list.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `Params`
pub struct ForaSortQuery {
    /// `name` (the default without `q`), `relevance` (how well a name matches `q`: the default
    /// with it), `established` or `members` (most first).
    #[param(value_type = Option<String>, pattern = "^(name|established|members|relevance)$")]
    sort: Option<String>,
}

/// List fora.
#[utoipa::path(get, path = "/api/v1/fora", operation_id = "list_fora", tag = "fora", params(ForaQuery, ForaSortQuery, super::PageQuery),
    responses(
        (status = 200, description = "A page of fora", body = ForaPage),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<ForaPage>, ApiError> {
    let p = Params::api(q.as_deref(), FORA_PARAMS)?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let rows = req.query.run(&r);
    let (rows, next_cursor) = page(
        rows,
        |(f, k)| (k.clone(), f.id.to_string()),
        req.query.sort.as_str(),
        req.cursor.as_deref(),
        req.limit,
    )?;
    Ok(Json(ForaPage {
        results: rows
            .into_iter()
            .map(|(f, _)| {
                let mut row = ForumSummary::new(f, &r, req.query.day);
                row.matched_name = req
                    .query
                    .filter
                    .q
                    .as_deref()
                    .and_then(|q| r.match_name(&f.id, q))
                    .map(|m| m.name.to_owned())
                    .filter(|n| *n != row.name);
                row
            })
            .collect(),
        next_cursor,
    }))
}

#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct AsOfQuery {
    /// The day (YYYY-MM-DD; a month YYYY-MM or a year YYYY means its last day); default today.
    #[param(value_type = Option<String>, pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    as_of: Option<String>,
}

/// One forum's profile.
#[utoipa::path(get, path = "/api/v1/fora/{id}", operation_id = "show_forum", tag = "fora",
    params(("id" = String, Path, description = "The forum's slug, e.g. `rcm`"), AsOfQuery),
    responses(
        (status = 200, description = "The forum", body = ForumOut),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No forum with that id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<ForumOut>, ApiError> {
    let p = Params::api(q.as_deref(), &["as_of"])?;
    let day = p.as_of(state.today())?;
    let r = state.registry().await?;
    let f = r.forum(&id).or_not_found("forum", &id)?;
    Ok(Json(ForumOut::new(f, &r, day)))
}

#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct MembershipsQuery {
    /// Only memberships active on this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY means its
    /// last day); without it, every membership ever.
    #[param(value_type = Option<String>, pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    as_of: Option<String>,
    /// Only this role.
    #[param(value_type = Option<String>, pattern = "^(member|observer|partner|associate|chair|co_chair|secretariat|steering_group)$")]
    role: Option<String>,
}

/// A forum's memberships: members, observers, partners, chairs, secretariats.
#[utoipa::path(get, path = "/api/v1/fora/{id}/memberships", operation_id = "forum_memberships", tag = "fora",
    params(("id" = String, Path, description = "The forum's slug"), MembershipsQuery, super::PageQuery),
    responses(
        (status = 200, description = "A page of memberships, sorted by id", body = MembershipsPage),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No forum with that id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn memberships(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<MembershipsPage>, ApiError> {
    let p = Params::api(q.as_deref(), &["as_of", "role", "cursor", "limit"])?;
    let as_of = p.optional_as_of()?;
    let role = p.choice("role", &Role::ALL, Role::as_str)?;
    let limit = p.limit()?;
    let r = state.registry().await?;
    let f = r.forum(&id).or_not_found("forum", &id)?;
    let mut rows = r.memberships_of_forum(&f.id, as_of, role);
    rows.sort_by(|a, b| a.id.cmp(&b.id));
    let (rows, next_cursor) = page(
        rows,
        |m| (String::new(), m.id.to_string()),
        "id",
        p.get("cursor"),
        limit,
    )?;
    Ok(Json(MembershipsPage {
        results: rows
            .into_iter()
            .map(|m| MembershipOut::new(m, &r, as_of.unwrap_or_else(|| state.today())))
            .collect(),
        next_cursor,
    }))
}
