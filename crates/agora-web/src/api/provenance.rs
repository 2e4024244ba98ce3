//! `/api/v1/provenance`: how sure the registry is of its facts, and the queue of facts to verify.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{RawQuery, State};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{ApiError, Problem};
use crate::params::{Params, page};
use crate::state::AppState;

/// A source host and how many facts cite it.
#[derive(Debug, Serialize, ToSchema)]
pub struct HostCount {
    #[schema(example = "www.iom.int")]
    pub host: String,
    pub facts: usize,
}

/// A fact to verify: unverified, or not checked for more than a year (stale).
#[derive(Debug, Serialize, ToSchema)]
pub struct FactOut {
    /// `forum` or `membership`.
    pub kind: &'static str,
    #[schema(example = "bali-process:member:AUS")]
    pub id: String,
    /// The forum it belongs to.
    pub forum: String,
    /// `verified` or `unverified`.
    pub verification: &'static str,
    pub last_checked: Option<String>,
    pub stale: bool,
    /// The best kind of publisher among its sources: primary, encyclopedia, mirror, staging or
    /// other.
    pub best_source: &'static str,
}

/// The registry's facts (fora and memberships) by verification state, source and last check,
/// with a page of the queue.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProvenanceOut {
    pub verified: usize,
    pub unverified: usize,
    /// Never checked, or last checked more than `stale_after_days` ago.
    pub stale: usize,
    pub never_checked: usize,
    pub stale_after_days: i64,
    /// Facts by the best kind of publisher among their sources.
    pub by_source_class: BTreeMap<&'static str, usize>,
    /// The 25 source hosts cited by the most facts.
    pub by_host: Vec<HostCount>,
    /// Facts by the year they were last checked (`never` for none).
    pub by_last_checked: BTreeMap<String, usize>,
    /// Facts to verify next: never checked first, then the oldest check, unverified before
    /// verified. (Pages are not counted per view, so views do not order it.)
    pub queue: Vec<FactOut>,
    pub next_cursor: Option<String>,
}

/// How sure the registry is of its facts.
#[utoipa::path(get, path = "/api/v1/provenance", operation_id = "provenance", tag = "fora", params(super::PageQuery),
    responses(
        (status = 200, description = "Counts and a page of the queue of facts to verify", body = ProvenanceOut),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<ProvenanceOut>, ApiError> {
    let p = Params::api(q.as_deref(), &["cursor", "limit"])?;
    let limit = p.limit()?;
    let r = state.registry().await?;
    let report = agora_app::provenance::report(&r, state.today());
    let (queue, next_cursor) = page(
        report.queue.into_iter().enumerate().collect(),
        |(i, f): &(usize, agora_app::provenance::Fact)| (format!("{i:08}"), f.id.clone()),
        "queue",
        p.get("cursor"),
        limit,
    )?;
    Ok(Json(ProvenanceOut {
        verified: report.tally.verified,
        unverified: report.tally.unverified,
        stale: report.tally.stale,
        never_checked: report.tally.never_checked,
        stale_after_days: agora_core::provenance::STALE_AFTER_DAYS,
        by_source_class: report
            .by_class
            .into_iter()
            .map(|(c, n)| (c.as_str(), n))
            .collect(),
        by_host: report
            .by_host
            .into_iter()
            .map(|(host, facts)| HostCount { host, facts })
            .collect(),
        by_last_checked: report.by_checked,
        queue: queue
            .into_iter()
            .map(|(_, f)| FactOut {
                kind: f.kind,
                id: f.id,
                forum: f.forum,
                verification: f.verification.as_str(),
                last_checked: f.last_checked.map(|d| d.to_string()),
                stale: f.stale,
                best_source: f.best_source.as_str(),
            })
            .collect(),
        next_cursor,
    }))
}
