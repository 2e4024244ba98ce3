//! `/api/v1/analysis/…`: the landscape analyses (issue 19), with the fora list's filters and an
//! `as_of` day. `overlap`: the members every pair of fora shares on the day.

use axum::Json;
use axum::extract::{RawQuery, State};
use serde::Serialize;
use utoipa::ToSchema;

use super::fora::ForaQuery;
use crate::error::{ApiError, Problem};
use crate::params::{FORA_FILTER_PARAMS, ForaRequest, Params};
use crate::state::AppState;

/// A forum as the analysis measured it on the day.
#[derive(Serialize, ToSchema)]
pub struct MeasuredForum {
    pub id: String,
    /// Its name in English.
    pub name: String,
    /// Member states on the day (directly, or through a member forum that takes part for its
    /// states). States only: a member forum of an RCP or a global process, or an organisation,
    /// is a member of its own but no state of it is counted here.
    pub members: usize,
    /// Of those, the ones suspended on the day.
    pub suspended: Vec<String>,
    /// States listed without dates: never counted in `members` nor in a measure.
    pub undated: Vec<String>,
    /// An open process, which keeps no list of members: not measured.
    pub open: bool,
}

/// Two fora and what they share on the day.
#[derive(Serialize, ToSchema)]
pub struct OverlapPair {
    pub a: String,
    pub b: String,
    /// The member states of both (ISO 3166-1 alpha-3).
    pub shared: Vec<String>,
    /// Shared ÷ members of either.
    pub jaccard: f64,
    /// Shared ÷ members of the smaller forum; absent when one has no members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overlap: Option<f64>,
}

/// A state and the number of measured fora it is a member of on the day.
#[derive(Serialize, ToSchema)]
pub struct BusyState {
    pub state: String,
    pub fora: usize,
}

/// The overlap of the fora's memberships on a day.
#[derive(Serialize, ToSchema)]
pub struct OverlapOut {
    /// The day measured (YYYY-MM-DD).
    pub as_of: String,
    /// The fora that existed on the day and pass the filters (with `status=dissolved`, none:
    /// a forum dissolved before the day has no members on it).
    pub fora: Vec<MeasuredForum>,
    /// Every pair of measured fora sharing at least one member, most alike first (by Jaccard,
    /// then shared members).
    pub pairs: Vec<OverlapPair>,
    /// The states that are members of the most fora, most first.
    pub busiest_states: Vec<BusyState>,
}

fn codes<'a>(s: impl IntoIterator<Item = &'a agora_core::AreaCode>) -> Vec<String> {
    s.into_iter().map(ToString::to_string).collect()
}

/// Membership overlap of every pair of fora on a day.
#[utoipa::path(get, path = "/api/v1/analysis/overlap", operation_id = "analysis_overlap", tag = "analysis",
    params(ForaQuery),
    responses(
        (status = 200, description = "The fora measured, the pairs sharing members, the busiest states", body = OverlapOut),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn overlap(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<OverlapOut>, ApiError> {
    let p = Params::api(q.as_deref(), FORA_FILTER_PARAMS)?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let day = req.query.day;
    let (l, pairs) = agora_app::analysis::overlap(&r, &req.query.filter, day);
    let fora = &l.fora;
    Ok(Json(OverlapOut {
        as_of: day.to_string(),
        fora: fora
            .iter()
            .map(|p| MeasuredForum {
                id: p.forum.to_string(),
                name: r.forum_name(&p.forum).to_owned(),
                members: p.states.len(),
                suspended: codes(&p.suspended),
                undated: codes(&p.undated),
                open: p.open,
            })
            .collect(),
        pairs: pairs
            .iter()
            .map(|x| OverlapPair {
                a: fora[x.a].forum.to_string(),
                b: fora[x.b].forum.to_string(),
                shared: codes(fora[x.a].states.intersection(&fora[x.b].states)),
                jaccard: x.jaccard().unwrap_or(0.0),
                overlap: x.overlap(),
            })
            .collect(),
        busiest_states: l
            .busiest_states()
            .into_iter()
            .take(20)
            .map(|(s, n)| BusyState {
                state: s.to_string(),
                fora: n,
            })
            .collect(),
    }))
}
