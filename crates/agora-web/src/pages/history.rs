//! A record's public version history: a forum's (its profile and its entries), a state's or an
//! organisation's, each version with the fields it changed and who made it, by role.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::PageError;
use super::contribute::{ChangeRow, change_rows};
use crate::error::AppError;
use crate::lang::{filters, text, text_with};
use crate::state::AppState;

pub struct VersionRow {
    pub at: String,
    pub what: String,
    /// `create`, `update` or `delete`.
    pub op: String,
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
    /// The message saying what the history covers.
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
                what: text_with(
                    match v.change.entity.as_str() {
                        "area" => "history-what-area",
                        "organisation" => "history-what-organisation",
                        kind => state
                            .kinds()
                            .get(kind)
                            .map_or("history-what-membership", |k| k.label()),
                    },
                    &[("id", (&v.change.entity_id).into())],
                ),
                op: v.change.op.clone(),
                by: maker_words(&agora_app::history::made_by(
                    v.role.as_deref(),
                    &v.change.origin,
                )),
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
    const OWN_RECORD: &str = "history-covers-record";
    let registry = state.registry().await?;
    let missing = || AppError::not_found(what, id);
    // A state's or an organisation's own record: its key, name and page (under `list`).
    let own_record = |key: &str, names: &agora_core::Names, list: &str| {
        (
            key.to_owned(),
            crate::lang::Localised::name(names).text,
            format!("/{list}/{key}"),
            OWN_RECORD,
        )
    };
    let (scope, name, back, covers) = match what {
        "forum" => {
            let f = registry.forum(id).ok_or_else(missing)?;
            (
                f.id.to_string(),
                crate::lang::Localised::name(&f.names).text,
                format!("/fora/{}", f.id),
                "history-covers-forum",
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

/// Who made a version, in words: by role, never by person.
fn maker_words(m: &agora_app::history::Maker) -> String {
    use agora_app::history::Maker;
    match m {
        Maker::Role { role, published } => {
            let who = match role.split_once(':') {
                Some(("secretariat", f)) => {
                    text_with("history-by-secretariat", &[("forum", f.into())])
                }
                Some(("focal_point", a)) => {
                    text_with("history-by-focal-point", &[("area", a.into())])
                }
                _ => match role.as_str() {
                    "editor" => text("history-by-editor"),
                    "admin" => text("history-by-admin"),
                    other => other.to_owned(),
                },
            };
            if *published {
                text_with("history-by-published", &[("who", who.into())])
            } else {
                who
            }
        }
        Maker::Builtin => text("history-by-builtin"),
        Maker::Import => text("history-by-import"),
    }
}
