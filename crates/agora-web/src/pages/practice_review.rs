//! A submitted practice as a page (`/practice-submissions/{id}`), for its submitter, the call's
//! reviewers and editors: the practice, the answers, the contacts, where its review stands, the
//! reviews as far as the reader may read them (blind to each other until the two needed are
//! in; reviewers named to editors only), the history; and the forms to declare no conflict,
//! score the rubric, let a reviewer with a conflict review, and decide.

use agora_app::practices::calls::{self, Reviewed};
use agora_core::practice::review::{Criterion, HIGHEST, LOWEST, Scored, Scores, Stage};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::practice_calls::{Typed, number, status_label, submit_page};
use super::practices::{Body, criterion_label};
use super::{PageError, Posted, html};
use crate::lang::{filters, text, text_with};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

/// A review as shown: its heading, whether mine, its total and scores when readable.
pub struct ReviewRow {
    pub heading: String,
    /// The reviewer's e-mail and affiliation, for editors.
    pub reviewer: Option<(String, String)>,
    pub mine: bool,
    pub total: Option<i64>,
    /// (criterion, score, comment).
    pub scores: Vec<(String, u8, String)>,
    pub state: String,
}

#[derive(Template)]
#[template(path = "practice_submission.html")]
pub struct SubmissionPage {
    pub id: i64,
    pub practice_id: String,
    pub b: Body,
    pub call_id: i64,
    pub call_title: String,
    pub status: String,
    pub stage: String,
    pub answers: Vec<(String, String)>,
    pub contacts: Vec<agora_core::practice::Contact>,
    pub reviews: Vec<ReviewRow>,
    /// (when, what, note).
    pub history: Vec<(String, String, String)>,
    pub may_declare: bool,
    pub may_score: bool,
    pub may_decide: bool,
    pub may_remove_contacts: bool,
    /// Its submitter may revise it and submit it again (it was returned).
    pub may_revise: bool,
    /// The rubric: (criterion's word, its name).
    pub criteria: Vec<(&'static str, String)>,
    pub range: Vec<u8>,
    pub csrf: String,
}

fn review_row(r: Reviewed) -> ReviewRow {
    ReviewRow {
        heading: text_with(
            "practice-review-heading",
            &[
                ("round", r.round.into()),
                ("number", (r.number as i64).into()),
            ],
        ),
        reviewer: r.reviewer.clone(),
        mine: r.mine,
        total: r.total,
        scores: r
            .scores
            .unwrap_or_default()
            .into_iter()
            .map(|(c, s)| (criterion_label(c), s.score, s.comment))
            .collect(),
        state: match (r.submitted, r.total.is_some()) {
            (false, _) => text("practice-review-declared"),
            (true, true) => String::new(),
            (true, false) => text("practice-review-blind"),
        },
    }
}

pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let n = number("practice_submission", &id)?;
    let v = calls::view(&state, &who.caller(), n).await?;
    let r = state.registry().await?;
    let stage = match v.stage {
        Stage::Reviewing { done, needed } => text_with(
            "practice-stage-reviewing",
            &[
                ("done", (done as i64).into()),
                ("needed", (needed as i64).into()),
            ],
        ),
        Stage::ThirdAsked => text("practice-stage-third"),
        Stage::Ready => text("practice-stage-ready"),
    };
    html(&SubmissionPage {
        id: v.submission.id,
        practice_id: v.submission.practice_id.clone(),
        b: Body::of(&r, &v.practice),
        call_id: v.call.id,
        call_title: v.call.title.clone(),
        status: status_label(&v.submission.status),
        stage,
        answers: v
            .call
            .questions
            .iter()
            .cloned()
            .zip(v.answers.iter().cloned())
            .collect(),
        contacts: v.contacts,
        reviews: v.reviews.into_iter().map(review_row).collect(),
        history: v
            .events
            .into_iter()
            .map(|e| {
                (
                    crate::lang::date(e.at.get(..10).unwrap_or(&e.at)),
                    crate::lang::said(
                        &agora_core::Said::new("practice-event").with("event", e.event.as_str()),
                    ),
                    e.note,
                )
            })
            .collect(),
        may_declare: v.may_declare,
        may_score: v.may_score,
        may_decide: v.may_decide,
        may_remove_contacts: v.may_remove_contacts,
        may_revise: v.mine && v.submission.status == "returned",
        criteria: Criterion::ALL
            .iter()
            .map(|c| (c.as_str(), criterion_label(*c)))
            .collect(),
        range: (LOWEST..=HIGHEST).collect(),
        csrf: who.csrf(),
    })
}

fn back(n: i64) -> Response {
    super::see_other(format!("/practice-submissions/{n}"))
}

/// `POST /practice-submissions/{id}/declaration`.
pub async fn declare(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n = number("practice_submission", &id)?;
    let conflict = match form.field("conflict") {
        "none" => "",
        _ => form.field("statement"),
    };
    let conflict = match (form.field("conflict"), conflict.trim().is_empty()) {
        ("some", true) => "-",
        _ => conflict,
    };
    calls::declare(&state, &who.caller(), n, conflict).await?;
    Ok(back(n))
}

/// `POST /practice-submissions/{id}/review`: the rubric, each criterion's score and comment.
pub async fn review(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n = number("practice_submission", &id)?;
    let mut scores = Scores::new();
    for c in Criterion::ALL {
        let score = form.field(&format!("score_{}", c.as_str()));
        scores.insert(
            c,
            Scored {
                score: score.parse().unwrap_or(0),
                comment: form.field(&format!("comment_{}", c.as_str())).to_owned(),
            },
        );
    }
    calls::score(&state, &who.caller(), n, &scores).await?;
    Ok(back(n))
}

/// `POST /practice-submissions/{id}/overrides`: an editor lets a reviewer with a conflict review.
pub async fn override_conflict(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n = number("practice_submission", &id)?;
    calls::override_conflict(
        &state,
        &who.caller(),
        n,
        form.field("email"),
        form.field("reason"),
    )
    .await?;
    Ok(back(n))
}

/// `POST /practice-submissions/{id}/decision`: an editor's decision.
pub async fn decide(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n = number("practice_submission", &id)?;
    calls::decide(
        &state,
        &who.caller(),
        n,
        form.field("decision"),
        form.field("note"),
    )
    .await?;
    Ok(back(n))
}

/// `POST /practice-submissions/{id}/releases`: an editor releases a reviewer who has not scored.
pub async fn release(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n = number("practice_submission", &id)?;
    calls::release(&state, &who.caller(), n, form.field("email")).await?;
    Ok(back(n))
}

/// A returned submission as its submitter may revise it: the submission, the call, the
/// practice, its contacts and answers; refused to anyone else, and unless it was returned.
async fn revisable(
    state: &AppState,
    who: &Who,
    n: i64,
) -> Result<calls::SubmissionView, PageError> {
    who.caller().account()?;
    let v = calls::view(state, &who.caller(), n).await?;
    if !v.mine {
        return Err(crate::error::AppError::forbidden("practice-not-yours").into());
    }
    if v.submission.status != "returned" {
        return Err(crate::error::AppError::from(agora_app::Error::conflict(
            "practice-not-returned",
        ))
        .into());
    }
    Ok(v)
}

/// `GET /practice-submissions/{id}/revise`: the submission form, filled with the returned
/// practice, for its submitter.
pub async fn revise_form(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let n = number("practice_submission", &id)?;
    let v = revisable(&state, &who, n).await?;
    let r = state.registry().await?;
    let typed = Typed::of_practice(&v.practice, &v.contacts, &v.answers, v.call.questions.len());
    html(&submit_page(
        &state,
        &who,
        &r,
        &v.call,
        typed,
        Default::default(),
        Some(n),
    ))
}

/// `POST /practice-submissions/{id}/revise`: the returned practice, revised, submitted again
/// (a new round of review); its mistakes shown on the form, kept as typed.
pub async fn revise(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n = number("practice_submission", &id)?;
    let v = revisable(&state, &who, n).await?;
    let typed = Typed::of(&form, v.call.questions.len());
    let revised = typed.revising(&v.practice, &v.contacts);
    match calls::resubmit(&state, &who.caller(), n, &revised).await {
        Ok(()) => Ok(back(n)),
        Err(e) => super::practice_calls::refused(&state, &who, &v.call, typed, e, Some(n)).await,
    }
}
