//! `/fora/{id}/report`: anyone signed in reports an error in a forum's records, with a source;
//! the report becomes a contribution in the editors' queue (`agora_app::contributions::report_error`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::{PageError, Posted, private_page};
use crate::error::OrNotFound;
use crate::lang::filters;
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::contributions as contrib;

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    forum_id: String,
    forum_name: String,
    csrf: String,
    what: String,
    source: String,
    /// The contribution a report became, once sent.
    reported: Option<i64>,
    /// Why the report was refused: the field and the reason.
    problem: Option<(String, String)>,
}

/// `/fora/{id}/report`: the form to report an error, for anyone signed in.
pub async fn form(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let registry = state.registry().await?;
    let forum = registry.forum(&id).or_not_found("forum", &id)?;
    who.account()?;
    private_page(
        StatusCode::OK,
        &ReportPage {
            forum_id: forum.id.to_string(),
            forum_name: forum.name().to_owned(),
            csrf: who.csrf(),
            what: String::new(),
            source: String::new(),
            reported: None,
            problem: None,
        },
    )
}

/// Send a report: it becomes a contribution in the editors' queue.
pub async fn send(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let registry = state.registry().await?;
    let forum = registry.forum(&id).or_not_found("forum", &id)?;
    let (what, source) = (form.field("what"), form.field("source"));
    let page = |reported, problem| ReportPage {
        forum_id: forum.id.to_string(),
        forum_name: forum.name().to_owned(),
        csrf: who.csrf(),
        what: what.to_owned(),
        source: source.to_owned(),
        reported,
        problem,
    };
    // A refused report comes back with what was typed and the reason beside the form.
    match contrib::report_error(&state, &who.caller(), &id, what, source).await {
        Ok(n) => private_page(StatusCode::OK, &page(Some(n), None)),
        Err(agora_app::Error::BadParameter { parameter, message }) => private_page(
            StatusCode::BAD_REQUEST,
            &page(None, Some((parameter, crate::lang::said(&message)))),
        ),
        // Too many reports from this account: the form, its text kept, says when to try again.
        Err(agora_app::Error::Throttled { retry_after }) => {
            let wait = crate::lang::text_with("error-too-many", &[("seconds", retry_after.into())]);
            let mut res = private_page(
                StatusCode::TOO_MANY_REQUESTS,
                &page(None, Some(("report".to_owned(), wait))),
            )?;
            res.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, retry_after.into());
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}
