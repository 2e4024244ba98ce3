//! Reporting cycles as pages: the cycles a reader may see (`/reporting-cycles`) and a cycle's
//! dashboard (`/reporting-cycles/{id}`: every state × recommendation, what was reported and how
//! it was reviewed, where the state and the secretariat disagree, the states overdue), with the
//! forms a focal point reports by and the secretariat reviews by.

use agora_app::cycles::Dashboard;
use agora_core::Member;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::fora::member_name;
use super::recommendations::status_label;
use super::{PageError, Posted, html};
use crate::error::AppError;
use crate::lang::{Localised, filters, text};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

/// A cycle in the list.
pub struct CycleRow {
    pub id: i64,
    pub title: String,
    pub forum: Localised,
    pub deadline_iso: String,
    pub deadline: String,
}

#[derive(Template)]
#[template(path = "cycles.html")]
pub struct CyclesPage {
    pub rows: Vec<CycleRow>,
}

fn forum(r: &agora_app::registry::Registry, id: &str) -> Localised {
    match id.parse() {
        Ok(f) => super::fora::forum_name(r, &f),
        Err(_) => Localised::new(id, "en"),
    }
}

pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let cycles = agora_app::cycles::list(&state, &who.caller()).await?;
    html(&CyclesPage {
        rows: cycles
            .into_iter()
            .map(|c| CycleRow {
                id: c.id,
                forum: forum(&r, &c.forum),
                deadline: crate::lang::date(&c.deadline),
                deadline_iso: c.deadline,
                title: c.title,
            })
            .collect(),
    })
}

/// One state × recommendation of the dashboard.
pub struct CellRow {
    pub state: Localised,
    pub recommendation: String,
    /// What was reported: status, progress, note; empty when nothing.
    pub reported: String,
    pub note: String,
    /// The review's word, and the secretariat's note.
    pub review: String,
    pub review_note: String,
    pub missing: bool,
    pub queried: bool,
    /// The report's number, when the caller may review it now.
    pub reviewable: Option<i64>,
}

#[derive(Template)]
#[template(path = "cycle.html")]
pub struct CyclePage {
    pub id: i64,
    pub title: String,
    pub forum_id: String,
    pub forum: Localised,
    pub deadline_iso: String,
    pub deadline: String,
    pub d: Dashboard,
    pub cells: Vec<CellRow>,
    pub disagreements: Vec<CellRow>,
    /// (state, its name, reports owed, when reminded).
    pub overdue: Vec<(Localised, usize, String)>,
    /// The states the reader may report for, by name.
    pub report_for: Vec<(String, Localised)>,
    pub statuses: Vec<(&'static str, String)>,
    pub csrf: String,
}

fn state_name(r: &agora_app::registry::Registry, code: &str) -> Localised {
    match code.parse() {
        Ok(a) => member_name(r, &Member::Area(a)),
        Err(_) => Localised::new(code, "en"),
    }
}

pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let n: i64 = id
        .parse()
        .map_err(|_| AppError::not_found("reporting_cycle", &id))?;
    let r = state.registry().await?;
    let d = agora_app::cycles::dashboard(&state, &who.caller(), n).await?;
    let cells: Vec<CellRow> = d
        .cells
        .iter()
        .map(|c| {
            let rep = c.report.as_ref();
            let status =
                rep.and_then(|x| agora_core::recommendation::FollowUpStatus::parse(&x.status));
            CellRow {
                state: state_name(&r, &c.state),
                recommendation: c.recommendation.clone(),
                reported: match (rep, status) {
                    (Some(x), Some(s)) => crate::lang::text_with(
                        "cycle-reported",
                        &[
                            ("status", status_label(s).into()),
                            ("progress", x.progress.into()),
                        ],
                    ),
                    _ => String::new(),
                },
                note: rep.map(|x| x.note.clone()).unwrap_or_default(),
                review: match rep.map(|x| x.review.as_str()) {
                    Some("validated") => text("cycle-review-validated"),
                    Some("queried") => text("cycle-review-queried"),
                    Some(_) => text("cycle-review-pending"),
                    None => String::new(),
                },
                review_note: rep.map(|x| x.review_note.clone()).unwrap_or_default(),
                missing: rep.is_none(),
                queried: rep.is_some_and(|x| x.review == "queried"),
                reviewable: rep
                    .filter(|x| d.keeper && x.review == "pending")
                    .map(|x| x.id),
            }
        })
        .collect();
    let disagreements = cells
        .iter()
        .filter(|c| c.queried)
        .map(|c| CellRow {
            state: c.state.clone(),
            recommendation: c.recommendation.clone(),
            reported: c.reported.clone(),
            note: c.note.clone(),
            review: c.review.clone(),
            review_note: c.review_note.clone(),
            missing: false,
            queried: true,
            reviewable: None,
        })
        .collect();
    let overdue = d
        .overdue
        .iter()
        .map(|(s, owed)| {
            let when = d
                .reminded
                .iter()
                .find(|(x, _)| x == s)
                .map(|(_, at)| crate::lang::date(at.get(..10).unwrap_or(at)))
                .unwrap_or_default();
            (state_name(&r, s), *owed, when)
        })
        .collect();
    let report_for = d
        .reporter_for
        .iter()
        .map(|s| (s.clone(), state_name(&r, s)))
        .collect();
    html(&CyclePage {
        id: d.cycle.id,
        title: d.cycle.title.clone(),
        forum_id: d.cycle.forum.clone(),
        forum: forum(&r, &d.cycle.forum),
        deadline: crate::lang::date(&d.cycle.deadline),
        deadline_iso: d.cycle.deadline.clone(),
        cells,
        disagreements,
        overdue,
        report_for,
        statuses: agora_core::recommendation::FollowUpStatus::ALL
            .iter()
            .map(|s| (s.as_str(), status_label(*s)))
            .collect(),
        csrf: who.csrf(),
        d,
    })
}

/// `POST /reporting-cycles/{id}/reports`: a focal point's report, from the dashboard's form.
pub async fn report(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n: i64 = id
        .parse()
        .map_err(|_| AppError::not_found("reporting_cycle", &id))?;
    agora_app::cycles::report(
        &state,
        &who.caller(),
        n,
        &agora_app::cycles::Reporting {
            state: form.field("state").to_owned(),
            recommendation: form.field("recommendation").to_owned(),
            status: form.field("status").to_owned(),
            progress: form.field("progress").to_owned(),
            note: form.field("note").to_owned(),
        },
    )
    .await?;
    Ok(super::see_other(format!("/reporting-cycles/{n}")))
}

/// `POST /reporting-cycles/{id}/reports/{report}/review`: the secretariat's review.
pub async fn review(
    State(state): State<AppState>,
    Path((id, report)): Path<(String, String)>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n: i64 = id
        .parse()
        .map_err(|_| AppError::not_found("reporting_cycle", &id))?;
    let report: i64 = report
        .parse()
        .map_err(|_| AppError::not_found("report", &report))?;
    agora_app::cycles::review(
        &state,
        &who.caller(),
        n,
        report,
        form.field("decision"),
        form.field("note"),
    )
    .await?;
    Ok(super::see_other(format!("/reporting-cycles/{n}")))
}
