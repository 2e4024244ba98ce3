//! `/api/v1/me`, `/api/v1/contributions` and a forum's version history. Writes need an API
//! token (`Authorization: Bearer`): a session cookie alone cannot write through the API, so the
//! API needs no CSRF token.

use agora_core::contribution::{Contribution, Entity, FieldChange};
use agora_store::ContributionFilter;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use crate::error::{ApiError, AppError, Problem};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::contributions as contrib;

/// The account a request acts for.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeOut {
    pub email: String,
    /// `admin`, `editor`, `researcher`, `secretariat:FORUM`, `focal_point:ISO3`.
    pub roles: Vec<String>,
}

#[utoipa::path(get, path = "/api/v1/me", operation_id = "me", tag = "contributions",
    security(("token" = [])),
    responses(
        (status = 200, description = "The account of the token", body = MeOut),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn me(who: Who) -> Result<Json<MeOut>, ApiError> {
    let a = who.account()?;
    Ok(Json(MeOut {
        email: a.email.to_string(),
        roles: a.roles.iter().map(ToString::to_string).collect(),
    }))
}

/// One changed field.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FieldChangeOut {
    /// The field, dotted for nested ones (`names.en`).
    pub path: String,
    /// Any JSON value; absent (null) when the field was not set.
    pub before: Option<Value>,
    /// Any JSON value; absent (null) when the field is removed.
    pub after: Option<Value>,
}

fn changes_out(c: Vec<FieldChange>) -> Vec<FieldChangeOut> {
    c.into_iter()
        .map(|c| FieldChangeOut {
            path: c.path,
            before: c.before,
            after: c.after,
        })
        .collect()
}

/// One step on a contribution, by role.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventOut {
    pub at: String,
    pub role: String,
    pub action: String,
    pub state: String,
    pub comment: String,
}

/// One record a contribution changes.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecordOut {
    /// `forum` or `membership`.
    pub entity: String,
    pub entity_id: String,
    /// The contribution creates this record.
    pub new: bool,
    /// The record changed since the contribution was drafted.
    pub stale: bool,
    pub changes: Vec<FieldChangeOut>,
    #[schema(value_type = Object)]
    pub proposed: Value,
}

/// A contribution: a proposed change to one record or to several, reviewed and published
/// together. `entity`, `entity_id`, `changes` and `proposed` describe the first record;
/// `records` lists every one, the first first.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionOut {
    pub id: i64,
    pub forum_id: String,
    /// `forum` or `membership`.
    pub entity: String,
    pub entity_id: String,
    pub title: String,
    /// `draft`, `submitted`, `in_review`, `changes_requested`, `published`, `withdrawn`.
    pub state: String,
    pub author_role: String,
    pub created_at: String,
    pub updated_at: String,
    /// A record changed since the contribution was drafted: rebase before publishing.
    pub stale: bool,
    pub changes: Vec<FieldChangeOut>,
    #[schema(value_type = Object)]
    pub proposed: Value,
    pub records: Vec<RecordOut>,
    pub events: Vec<EventOut>,
}

async fn out(state: &AppState, c: Contribution) -> Result<ContributionOut, AppError> {
    let records: Vec<RecordOut> = contrib::record_changes(state, &c)
        .await?
        .into_iter()
        .map(|r| RecordOut {
            entity: r.entity.as_str().into(),
            entity_id: r.entity_id,
            new: r.is_new,
            stale: r.stale,
            changes: changes_out(r.changes),
            proposed: r.proposed,
        })
        .collect();
    let first = &records[0];
    let stale = records.iter().any(|r| r.stale);
    let (changes, proposed) = (first.changes.clone(), first.proposed.clone());
    Ok(ContributionOut {
        id: c.id,
        forum_id: c.forum.to_string(),
        entity: c.entity.as_str().into(),
        entity_id: c.entity_id,
        title: c.title,
        state: c.state.as_str().into(),
        author_role: c.author_role,
        created_at: c.created_at,
        updated_at: c.updated_at,
        stale,
        changes,
        proposed,
        records,
        events: c
            .events
            .into_iter()
            .map(|e| EventOut {
                at: e.at,
                role: e.actor_role,
                action: e.action,
                state: e.state.as_str().into(),
                comment: e.comment,
            })
            .collect(),
    })
}

/// A contribution the viewer may open, as the API shows it.
pub(crate) async fn opened(
    state: &AppState,
    who: &Who,
    id: &str,
) -> Result<ContributionOut, AppError> {
    out(state, contrib::load(state, &who.caller(), id).await?).await
}

/// The answer to a request that made a contribution (a proposal, an upload, a spreadsheet).
pub(crate) type Created = (StatusCode, Json<ContributionOut>);

/// 201 with the new contribution, as the API shows it.
pub(crate) async fn created(state: &AppState, who: &Who, id: i64) -> Result<Created, AppError> {
    Ok((
        StatusCode::CREATED,
        Json(opened(state, who, &id.to_string()).await?),
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionsPage {
    pub results: Vec<ContributionOut>,
}

/// Query of the contributions list.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `Params`
pub struct ContributionsQuery {
    /// Only contributions in this state.
    #[param(value_type = Option<String>, pattern = "^(draft|submitted|in_review|changes_requested|published|withdrawn)$")]
    state: Option<String>,
    /// Only contributions to this forum's records.
    forum: Option<String>,
}

/// Writes through the API need a token; a browser session has the pages (with their CSRF
/// tokens) instead.
pub(crate) fn token_only(who: &Who) -> Result<(), AppError> {
    who.account()?;
    if who.session.is_some() {
        return Err(AppError::forbidden("api-token-only"));
    }
    Ok(())
}

#[utoipa::path(get, path = "/api/v1/contributions", operation_id = "list_contributions", tag = "contributions",
    params(ContributionsQuery), security(("token" = [])),
    responses(
        (status = 200, description = "The contributions the account may open, latest first", body = ContributionsPage),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Json<ContributionsPage>, ApiError> {
    who.account()?;
    let p = Params::api(q.as_deref(), &["state", "forum"])?;
    let filter = ContributionFilter {
        state: p.choice(
            "state",
            &agora_core::policy::ContributionState::ALL,
            agora_core::policy::ContributionState::as_str,
        )?,
        fora: p
            .parse_with("forum", |f| {
                f.parse::<agora_core::ForumId>().map_err(|e| e.said())
            })?
            .map(|f| vec![f]),
        author_id: None,
    };
    let mut results = Vec::new();
    for c in contrib::visible(&state, &who.caller(), filter).await? {
        results.push(out(&state, c).await?);
    }
    Ok(Json(ContributionsPage { results }))
}

/// A new contribution.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContributionIn {
    /// `forum` or `membership`.
    #[schema(pattern = "^(forum|membership)$")]
    pub entity: String,
    /// The whole record as proposed, in the shape `GET /api/v1/fora/{id}` documents for the
    /// dataset format (see `agora export --format json`). Give this or `records`.
    #[schema(value_type = Option<Object>)]
    #[serde(default)]
    pub record: Option<Value>,
    /// Several records of the same kind and forum, proposed, reviewed and published together
    /// (at most 2,000). Give this or `record`.
    #[schema(value_type = Vec<Object>)]
    #[serde(default)]
    pub records: Vec<Value>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub comment: String,
    /// Submit for review at once instead of keeping a draft.
    #[serde(default)]
    pub submit: bool,
}

pub(crate) fn read_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    serde_json::from_slice(body).map_err(|e| {
        AppError::bad(
            "body",
            agora_core::Said::new("body-not-json").with("error", e.to_string()),
        )
    })
}

#[utoipa::path(post, path = "/api/v1/contributions", operation_id = "create_contribution", tag = "contributions",
    request_body = ContributionIn, security(("token" = [])),
    responses(
        (status = 201, description = "The draft (or submitted) contribution", body = ContributionOut),
        (status = 400, description = "A malformed body or record", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account may not propose changes to this forum", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(state): State<AppState>,
    who: Who,
    body: Bytes,
) -> Result<Created, ApiError> {
    token_only(&who)?;
    let input: ContributionIn = read_json(&body)?;
    let entity = Entity::parse(&input.entity)
        .ok_or_else(|| AppError::bad_key("entity", "entity-forum-or-membership"))?;
    let records = match (input.record, input.records) {
        (Some(one), more) if more.is_empty() => vec![one],
        (None, more) if !more.is_empty() => more,
        (Some(_), _) => {
            return Err(AppError::bad_key("records", "record-or-records").into());
        }
        (None, _) => return Err(AppError::bad_key("record", "record-missing").into()),
    };
    let id = contrib::propose_records(
        &state,
        &who.caller(),
        &entity,
        &records,
        &input.title,
        &input.comment,
        input.submit,
    )
    .await?;
    Ok(created(&state, &who, id).await?)
}

/// A spreadsheet of records, as a multipart form.
#[derive(ToSchema)]
#[allow(dead_code)] // documents the multipart form read by `upload::read`
pub struct SpreadsheetUpload {
    /// A CSV file with the columns `agora export --format csv` writes: `fora.csv` (id, name_en,
    /// category, ...) or `memberships.csv` (forum_id, member_type, member_id, role, ...). The
    /// rows that differ from the records as they are become one contribution.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    title: Option<String>,
    /// A comment for the editors.
    comment: Option<String>,
    /// `true` to submit for review at once instead of keeping a draft.
    submit: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/contributions/spreadsheet", operation_id = "create_contribution_from_spreadsheet", tag = "contributions",
    request_body(content = SpreadsheetUpload, content_type = "multipart/form-data"),
    security(("token" = [])),
    responses(
        (status = 201, description = "One contribution carrying every row that differs from the records as they are", body = ContributionOut),
        (status = 400, description = "A malformed form or file, a row that is refused (its place named), or no row that changes anything", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account may not propose changes to these records, or used a session cookie", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the upload limit"),
    ))]
pub async fn create_from_spreadsheet(
    State(state): State<AppState>,
    who: Who,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Created, ApiError> {
    token_only(&who)?;
    agora_app::spreadsheets::may_propose(&who.caller())?;
    let upload = crate::upload::read(multipart, agora_app::spreadsheets::FIELDS).await?;
    let id = agora_app::spreadsheets::propose(&state, &who.caller(), upload).await?;
    Ok(created(&state, &who, id).await?)
}

#[utoipa::path(get, path = "/api/v1/contributions/{id}", operation_id = "show_contribution", tag = "contributions",
    params(("id" = String, Path, description = "The contribution's number")), security(("token" = [])),
    responses(
        (status = 200, description = "The contribution with its changes and steps", body = ContributionOut),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No contribution this account may open", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
) -> Result<Json<ContributionOut>, ApiError> {
    who.account()?;
    Ok(Json(opened(&state, &who, &id).await?))
}

/// A revised proposal.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevisionIn {
    /// The whole record as now proposed (the same record: same kind and id).
    #[schema(value_type = Object)]
    pub record: Value,
    #[serde(default)]
    pub comment: String,
    /// Submit for review at once.
    #[serde(default)]
    pub submit: bool,
}

#[utoipa::path(put, path = "/api/v1/contributions/{id}", operation_id = "revise_contribution", tag = "contributions",
    params(("id" = String, Path, description = "The contribution's number")),
    request_body = RevisionIn, security(("token" = [])),
    responses(
        (status = 200, description = "The revised contribution", body = ContributionOut),
        (status = 400, description = "A malformed body or record", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A session cookie instead of a token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No contribution this account may open", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Only drafts and contributions sent back can be revised", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn revise(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<ContributionOut>, ApiError> {
    token_only(&who)?;
    let input: RevisionIn = read_json(&body)?;
    let c = contrib::load_to_act(&state, &who.caller(), &id).await?;
    contrib::revise(&state, &who.caller(), &c, &input.record, &input.comment).await?;
    if input.submit {
        contrib::step(&state, &who.caller(), &id, "submit", "").await?;
    }
    Ok(Json(opened(&state, &who, &id).await?))
}

/// A step on a contribution.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepIn {
    /// `submit`, `start_review`, `request_changes`, `publish`, `withdraw`, `rebase`, or
    /// `comment` (a comment alone).
    #[schema(pattern = "^(submit|start_review|request_changes|publish|withdraw|rebase|comment)$")]
    pub step: String,
    #[serde(default)]
    pub comment: String,
}

#[utoipa::path(post, path = "/api/v1/contributions/{id}/steps", operation_id = "step_contribution", tag = "contributions",
    params(("id" = String, Path, description = "The contribution's number")),
    request_body = StepIn, security(("token" = [])),
    responses(
        (status = 200, description = "The contribution after the step", body = ContributionOut),
        (status = 400, description = "A malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account may not take this step", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No contribution this account may open", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The step is not possible from the contribution's state, or it is stale", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn step(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<ContributionOut>, ApiError> {
    token_only(&who)?;
    let input: StepIn = read_json(&body)?;
    if input.step == "rebase" {
        contrib::rebase(&state, &who.caller(), &id).await?;
    } else {
        contrib::step(&state, &who.caller(), &id, &input.step, &input.comment).await?;
    }
    Ok(Json(opened(&state, &who, &id).await?))
}

/// One version in a record's public history: when, what, and by which role (never which person).
#[derive(Debug, Serialize, ToSchema)]
pub struct VersionOut {
    pub seq: i64,
    pub at: String,
    /// `forum` or `membership`.
    pub entity: String,
    pub entity_id: String,
    /// `create`, `update` or `delete`.
    pub op: String,
    /// Who made it, by role.
    pub by: String,
    pub changes: Vec<FieldChangeOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HistoryPage {
    pub results: Vec<VersionOut>,
}

#[utoipa::path(get, path = "/api/v1/fora/{id}/history", operation_id = "forum_history", tag = "fora",
    params(("id" = String, Path, description = "The forum's slug")),
    responses(
        (status = 200, description = "Versions of the forum and its memberships, newest first", body = HistoryPage),
        (status = 404, description = "No forum with that id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn history(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<HistoryPage>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let registry = state.registry().await?;
    let forum = registry
        .forum(&id)
        .ok_or_else(|| AppError::not_found("forum", &id))?;
    let results = agora_app::history::versions(
        &state,
        forum.id.as_str(),
        &agora_core::policy::Viewer::anonymous(),
    )
    .await?
    .into_iter()
    .map(|(v, changes)| VersionOut {
        by: agora_app::history::made_by(v.role.as_deref(), &v.change.origin).to_string(),
        seq: v.change.seq,
        at: v.change.at,
        entity: v.change.entity,
        entity_id: v.change.entity_id,
        op: v.change.op,
        changes: changes_out(changes),
    })
    .collect();
    Ok(Json(HistoryPage { results }))
}
