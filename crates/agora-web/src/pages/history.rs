//! A record's public version history: a forum's (its profile and its entries), a state's or an
//! organisation's, each version with the fields it changed and who made it, by role.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::PageError;
use super::contribute::{ChangeRow, change_rows};
use crate::error::AppError;
use crate::lang::filters;
use crate::state::AppState;

pub struct VersionRow {
    pub at: String,
    pub what: String,
    pub op: &'static str,
    pub by: String,
    pub changes: Vec<ChangeRow>,
}

#[derive(Template)]
#[template(path = "history.html")]
struct HistoryPage {
    /// The record's name.
    name: String,
    /// Its page.
    back: String,
    /// What the history covers.
    covers: &'static str,
    versions: Vec<VersionRow>,
}

/// A record's public history page: `scope` is the change log's scope of the record.
async fn history_page(
    state: &AppState,
    scope: &str,
    name: String,
    back: String,
    covers: &'static str,
) -> Result<Response, PageError> {
    let versions =
        agora_app::history::versions(state, scope, &agora_core::policy::Viewer::anonymous())
            .await?
            .into_iter()
            .map(|(v, changes)| VersionRow {
                at: v
                    .change
                    .at
                    .chars()
                    .take(16)
                    .collect::<String>()
                    .replace('T', " "),
                // Kinds of record say how the history names them; areas and organisations are
                // changed by imports only.
                what: match v.change.entity.as_str() {
                    "area" => "the state's record".to_owned(),
                    "organisation" => "the organisation's record".to_owned(),
                    kind => state.kinds().get(kind).map_or_else(
                        || format!("entry {}", v.change.entity_id),
                        |k| k.label(&v.change.entity_id),
                    ),
                },
                op: match v.change.op.as_str() {
                    "create" => "added",
                    "delete" => "removed",
                    _ => "changed",
                },
                by: agora_app::history::made_by(v.role.as_deref(), &v.change.origin),
                changes: change_rows(&changes),
            })
            .collect();
    super::html(&HistoryPage {
        name,
        back,
        covers,
        versions,
    })
}

/// The history page of a forum (its profile and its members, chairs and secretariat), a state
/// or territory, or an organisation (their records; their memberships are in the fora's).
async fn record_history(
    state: &AppState,
    what: &'static str,
    id: &str,
) -> Result<Response, PageError> {
    const OWN_RECORD: &str =
        "Every change to this record (memberships are in each forum's history)";
    let registry = state.registry().await?;
    let missing = || AppError::not_found(what, id);
    // A state's or an organisation's own record: its key, name and page (under `list`).
    let own_record = |key: &str, names: &agora_core::Names, list: &str| {
        (
            key.to_owned(),
            agora_core::name_of(names).to_owned(),
            format!("/{list}/{key}"),
            OWN_RECORD,
        )
    };
    let (scope, name, back, covers) = match what {
        "forum" => {
            let f = registry.forum(id).ok_or_else(missing)?;
            let covers =
                "Every change to the forum's profile and to its members, chairs and secretariat";
            (
                f.id.to_string(),
                f.name().to_owned(),
                format!("/fora/{}", f.id),
                covers,
            )
        }
        "area" => {
            let a = registry.area(id).ok_or_else(missing)?;
            own_record(a.code.as_str(), &a.names, "areas")
        }
        _ => {
            let o = registry.organisation(id).ok_or_else(missing)?;
            own_record(o.id.as_str(), &o.names, "organisations")
        }
    };
    history_page(state, &scope, name, back, covers).await
}

/// A forum's history.
pub async fn history(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    record_history(&state, "forum", &id).await
}

/// A state's or territory's history.
pub async fn area_history(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    record_history(&state, "area", &code).await
}

/// An organisation's history.
pub async fn organisation_history(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    record_history(&state, "organisation", &id).await
}
