//! Organisations: the list, and where each is secretariat, observer or partner.

use agora_core::Member;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::{PageError, html, period_label, role_label};
use crate::error::OrNotFound;
use crate::lang::{Localised, filters};
use crate::params::Params;
use crate::state::AppState;

pub struct OrgRow {
    pub id: String,
    pub name: Localised,
    pub acronyms: String,
    pub kind: String,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "organisations.html")]
pub struct OrganisationsPage {
    pub rows: Vec<OrgRow>,
}

/// Every organisation with the number of roles it holds or held, by name.
fn org_rows(r: &agora_app::registry::Registry) -> Vec<OrgRow> {
    let mut rows: Vec<OrgRow> = r
        .data
        .organisations
        .iter()
        .map(|o| OrgRow {
            id: o.id.to_string(),
            name: Localised::name(&o.names),
            acronyms: o.acronyms.join(", "),
            kind: super::organisation_kind_label(o.kind),
            count: r
                .memberships_of_member(&Member::Organisation(o.id.clone()), None)
                .len(),
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    rows
}

pub async fn list(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    html(&OrganisationsPage { rows: org_rows(&r) })
}

/// `/organisations.csv`: the list as the page shows it.
pub async fn list_csv(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let rows = org_rows(&r)
        .into_iter()
        .map(|o| vec![o.id, o.name.text, o.acronyms, o.kind, o.count.to_string()])
        .collect();
    super::csv(
        "organisations",
        &["id", "name", "acronyms", "kind", "roles"],
        rows,
    )
}

pub struct RoleRow {
    pub forum_id: String,
    pub forum: Localised,
    pub role: String,
    pub period: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "organisation.html")]
pub struct OrganisationPage {
    pub id: String,
    pub name: Localised,
    pub acronyms: String,
    pub names: Vec<String>,
    pub kind: String,
    pub website: Option<String>,
    pub rows: Vec<RoleRow>,
    /// The meetings it hosted, chaired or took part in, a year at a time, latest first.
    pub meeting_years: Vec<super::meetings::TimelineYear>,
}

pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let o = r.organisation(&id).or_not_found("organisation", &id)?;
    html(&OrganisationPage {
        meeting_years: super::meetings::timeline(&r, &Member::Organisation(o.id.clone())),
        id: o.id.to_string(),
        name: Localised::name(&o.names),
        acronyms: o.acronyms.join(", "),
        names: super::names_besides_shown(&o.names),
        kind: super::organisation_kind_label(o.kind),
        website: o.website.clone(),
        rows: r
            .memberships_of_member(&Member::Organisation(o.id.clone()), None)
            .into_iter()
            .map(|m| RoleRow {
                forum_id: m.forum_id.to_string(),
                forum: super::fora::forum_name(&r, &m.forum_id),
                role: role_label(m.role),
                period: period_label(m.start_date, m.end_date),
                note: m.note.clone().unwrap_or_default(),
            })
            .collect(),
    })
}
