//! `/api/v1/recommendations` (the register, with the page's filters, and one recommendation
//! with its parts, related ones and progress) and `/api/v1/follow-ups` (the entries the caller
//! may see, and one). A follow-up entry the caller may not see is neither listed, counted nor
//! weighed into a progress.

use std::collections::BTreeMap;

use agora_app::recommendations::{Recommendations, Sight, sort_key};
use agora_app::registry::Registry;
use agora_core::recommendation::{FollowUp, Recommendation};
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use serde::Serialize;
use utoipa::ToSchema;

use super::{MemberRef, SourceOut};
use crate::error::{ApiError, OrNotFound, Problem};
use crate::params::{Params, RECOMMENDATIONS_PARAMS, RecommendationsRequest, page};
use crate::state::AppState;
use crate::viewer::Who;

/// The register's filters.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct RecommendationsQuery {
    /// Words of its text (accents and case do not matter).
    q: Option<String>,
    /// Made by this forum (its id).
    forum: Option<String>,
    /// Made at this meeting (its id).
    meeting: Option<String>,
    /// On this theme (its id).
    theme: Option<String>,
    /// Addressed to this state (ISO 3166-1 alpha-3), forum or organisation (its id).
    addressee: Option<String>,
    /// With a follow-up entry in this status: planned, under_way, completed, stalled or
    /// discontinued.
    status: Option<String>,
    /// recommendation, possible_outcome, agreement, action_plan, track, area or item.
    kind: Option<String>,
    /// Made in this year.
    year: Option<i32>,
    /// A `next_cursor` from a previous page.
    cursor: Option<String>,
    /// Page size, 1-500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<u32>,
}

/// A link to an earlier recommendation.
#[derive(Debug, Serialize, ToSchema)]
pub struct RelationOut {
    /// repeats, builds_on or replaces.
    pub kind: &'static str,
    pub to: String,
}

/// A recommendation, an agreed outcome or a node of an action plan.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendationOut {
    #[schema(example = "gfmd-2009-rt3.2-c")]
    pub id: String,
    /// recommendation, possible_outcome, agreement, action_plan, track, area or item.
    pub kind: &'static str,
    /// Its words keyed by ISO 639 language code.
    pub texts: BTreeMap<String, String>,
    /// The forum that made it.
    pub forum: String,
    pub meeting: Option<String>,
    /// The document of the library it is written in, where in it, and the paragraph of its
    /// text (from 1).
    pub document: Option<String>,
    pub locator: Option<String>,
    pub paragraph: Option<u32>,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    pub date: Option<String>,
    pub themes: Vec<String>,
    pub addressees: Vec<MemberRef>,
    pub all_participating_states: bool,
    pub related: Vec<RelationOut>,
    pub part_of: Option<String>,
    pub weight: u32,
    /// Its parts' ids, in order.
    pub parts: Vec<String>,
    /// Its progress in percent from what the caller may see (an action plan's from its
    /// parts'); null when nothing is reported.
    pub progress: Option<f64>,
    /// The follow-up entries of it the caller may see (ids).
    pub follow_ups: Vec<String>,
    pub sources: Vec<SourceOut>,
    /// `verified` or `unverified`.
    pub verification: &'static str,
    pub note: Option<String>,
}

/// A page of the register.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendationsPage {
    pub results: Vec<RecommendationOut>,
    pub total: usize,
    pub next_cursor: Option<String>,
}

/// One step of a follow-up's timeline.
#[derive(Debug, Serialize, ToSchema)]
pub struct UpdateOut {
    pub date: String,
    pub status: &'static str,
    pub progress: u8,
    pub note: Option<String>,
}

/// A piece of evidence: a document of the library or an address.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvidenceOut {
    pub document: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
}

/// What an actor did about a recommendation.
#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUpOut {
    pub id: String,
    pub recommendation: String,
    /// The forum it is followed up in.
    pub forum: String,
    pub actor: MemberRef,
    /// Fora declaring their support jointly with the actor.
    pub with: Vec<String>,
    /// endorsement, commitment, support_declaration, activity, law_change, policy_change,
    /// practice_change or report.
    pub kind: &'static str,
    /// planned, under_way, completed, stalled or discontinued.
    pub status: &'static str,
    /// Its own progress as reported.
    pub progress: u8,
    /// Its progress from its parts the caller may see, else its own.
    pub computed_progress: f64,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub description: Option<String>,
    pub evidence: Vec<EvidenceOut>,
    pub updates: Vec<UpdateOut>,
    pub part_of: Option<String>,
    pub weight: u32,
    /// `public` or `participants`.
    pub visibility: &'static str,
}

fn rec_out(x: &Recommendation, r: &Registry, sight: &Sight<'_>) -> RecommendationOut {
    let recs: &Recommendations = &r.recommendations;
    RecommendationOut {
        id: x.id.to_string(),
        kind: x.kind.as_str(),
        texts: x
            .texts
            .iter()
            .map(|(l, t)| (l.to_string(), t.clone()))
            .collect(),
        forum: x.forum.to_string(),
        meeting: x.meeting.as_ref().map(ToString::to_string),
        // A document the caller may not see is not named, nor where in it.
        document: x
            .document
            .as_ref()
            .filter(|_| recs.source_seen(x, sight))
            .map(ToString::to_string),
        locator: x.locator.clone().filter(|_| recs.source_seen(x, sight)),
        paragraph: x.paragraph.filter(|_| recs.source_seen(x, sight)),
        date: x.date.map(|d| d.to_string()),
        themes: x.themes.iter().map(ToString::to_string).collect(),
        addressees: x.addressees.iter().map(|a| MemberRef::new(a, r)).collect(),
        all_participating_states: x.all_participating_states,
        related: x
            .related
            .iter()
            .map(|rel| RelationOut {
                kind: rel.kind.as_str(),
                to: rel.to.to_string(),
            })
            .collect(),
        part_of: x.part_of.as_ref().map(ToString::to_string),
        weight: x.weight,
        parts: recs
            .parts(x.id.as_str())
            .iter()
            .map(|p| p.id.to_string())
            .collect(),
        progress: recs.progress(x, sight),
        follow_ups: recs
            .followed(x.id.as_str(), sight)
            .iter()
            .map(|f| f.id.to_string())
            .collect(),
        sources: super::sources(&x.sources),
        verification: x.verification.as_str(),
        note: x.note.clone(),
    }
}

fn follow_up_out(f: &FollowUp, r: &Registry, sight: &Sight<'_>) -> FollowUpOut {
    FollowUpOut {
        id: f.id.to_string(),
        recommendation: f.recommendation.to_string(),
        forum: f.forum.to_string(),
        actor: MemberRef::new(&f.actor, r),
        with: f.with.iter().map(ToString::to_string).collect(),
        kind: f.kind.as_str(),
        status: f.status.as_str(),
        progress: f.progress,
        computed_progress: r.recommendations.follow_up_progress(f, sight),
        start_date: f.start_date.map(|d| d.to_string()),
        end_date: f.end_date.map(|d| d.to_string()),
        description: f.description.clone(),
        evidence: r
            .recommendations
            .evidence(f, sight)
            .into_iter()
            .map(|e| EvidenceOut {
                document: e.document.as_ref().map(ToString::to_string),
                url: e.url.clone(),
                note: e.note.clone(),
            })
            .collect(),
        updates: f
            .updates
            .iter()
            .map(|u| UpdateOut {
                date: u.date.to_string(),
                status: u.status.as_str(),
                progress: u.progress,
                note: u.note.clone(),
            })
            .collect(),
        // The whole it is part of, only when the caller may see it.
        part_of: r.recommendations.whole(f, sight).map(|w| w.id.to_string()),
        weight: f.weight,
        visibility: f.visibility.level(),
    }
}

/// Recommendations, filtered as the register page filters them, latest first.
#[utoipa::path(get, path = "/api/v1/recommendations", operation_id = "list_recommendations", tag = "recommendations", params(RecommendationsQuery),
    responses(
        (status = 200, description = "A page of recommendations", body = RecommendationsPage),
        (status = 400, description = "A malformed parameter, an unknown forum, meeting, theme or addressee", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Json<RecommendationsPage>, ApiError> {
    let p = Params::api(q.as_deref(), RECOMMENDATIONS_PARAMS)?;
    let r = state.registry().await?;
    let req = RecommendationsRequest::parse(&p, &r)?;
    let sight = Sight::new(&who.viewer, state.today(), &r);
    let all = r.recommendations.filter(&req.filter, &sight);
    let total = all.len();
    let (shown, next_cursor) = page(
        all,
        |x| sort_key(x),
        "recommendations",
        req.cursor.as_deref(),
        req.limit,
    )?;
    Ok(Json(RecommendationsPage {
        results: shown.into_iter().map(|x| rec_out(x, &r, &sight)).collect(),
        total,
        next_cursor,
    }))
}

/// One recommendation.
#[utoipa::path(get, path = "/api/v1/recommendations/{id}", operation_id = "show_recommendation", tag = "recommendations",
    params(("id" = String, Path, description = "The recommendation's id, e.g. `gfmd-2009-rt3.2-c`")),
    responses(
        (status = 200, description = "The recommendation", body = RecommendationOut),
        (status = 404, description = "No recommendation with that id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<RecommendationOut>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let sight = Sight::new(&who.viewer, state.today(), &r);
    let x = r
        .recommendations
        .get(&id)
        .or_not_found("recommendation", &id)?;
    Ok(Json(rec_out(x, &r, &sight)))
}

/// The follow-up filters.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct FollowUpsQuery {
    /// Of this recommendation (its id).
    recommendation: Option<String>,
    /// Followed up in this forum (its id).
    forum: Option<String>,
    /// planned, under_way, completed, stalled or discontinued.
    status: Option<String>,
}

/// Follow-up entries the caller may see.
#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUpsPage {
    pub results: Vec<FollowUpOut>,
    pub total: usize,
}

/// The follow-up entries the caller may see, by id.
#[utoipa::path(get, path = "/api/v1/follow-ups", operation_id = "list_follow_ups", tag = "recommendations", params(FollowUpsQuery),
    responses(
        (status = 200, description = "The follow-up entries", body = FollowUpsPage),
        (status = 400, description = "A malformed parameter, an unknown recommendation or forum", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn follow_ups(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Json<FollowUpsPage>, ApiError> {
    use agora_core::Said;
    use agora_core::recommendation::FollowUpStatus;
    let p = Params::api(q.as_deref(), &["recommendation", "forum", "status"])?;
    let r = state.registry().await?;
    let recommendation = p.parse_with("recommendation", |x| match r.recommendations.get(x) {
        Some(rec) => Ok(rec.id.to_string()),
        None => Err(Said::new("check-unknown-recommendation").with("id", x)),
    })?;
    let forum = p.parse_with("forum", |f| match r.forum(f) {
        Some(forum) => Ok(forum.id.to_string()),
        None => Err(Said::new("no-such-forum").with("id", f)),
    })?;
    let status = p.choice("status", &FollowUpStatus::ALL, FollowUpStatus::as_str)?;
    let sight = Sight::new(&who.viewer, state.today(), &r);
    let results: Vec<FollowUpOut> = r
        .recommendations
        .follow_ups()
        .iter()
        .filter(|f| sight.sees(f))
        .filter(|f| {
            recommendation
                .as_deref()
                .is_none_or(|x| f.recommendation.as_str() == x)
        })
        .filter(|f| forum.as_deref().is_none_or(|x| f.forum.as_str() == x))
        .filter(|f| status.is_none_or(|s| f.status == s))
        .map(|f| follow_up_out(f, &r, &sight))
        .collect();
    Ok(Json(FollowUpsPage {
        total: results.len(),
        results,
    }))
}

/// One follow-up entry, if the caller may see it.
#[utoipa::path(get, path = "/api/v1/follow-ups/{id}", operation_id = "show_follow_up", tag = "recommendations",
    params(("id" = String, Path, description = "The follow-up entry's id")),
    responses(
        (status = 200, description = "The follow-up entry", body = FollowUpOut),
        (status = 404, description = "No follow-up entry with that id that the caller may see", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn follow_up(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<FollowUpOut>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let sight = Sight::new(&who.viewer, state.today(), &r);
    let f = r
        .recommendations
        .follow_up(&id)
        .filter(|f| sight.sees(f))
        .or_not_found("follow_up", &id)?;
    Ok(Json(follow_up_out(f, &r, &sight)))
}
