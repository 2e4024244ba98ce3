//! The navigation's part that depends on who reads: an editor signed in sees "Review (N)", the
//! contributions waiting for an editor. Pages are rendered without it (most pages are the same
//! for everyone, and cached so); for an editor's pages, this layer writes it in at the mark the
//! base template leaves.

use askama::Template;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::lang::filters;
use crate::state::AppState;
use crate::viewer::Who;

/// Where the base template leaves room for the review link.
pub const MARK: &str = "<!--nav:review-->";

/// The largest page this layer reads back to write the link in.
const MOST: usize = 16 * 1024 * 1024;

#[derive(Template)]
#[template(path = "nav_review.html")]
struct ReviewLink {
    waiting: usize,
}

/// Writes "Review (N)" into an editor's pages.
pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let who = Who::of_request(&req);
    let editor = who.session.is_some() && who.viewer.as_editor().is_some();
    let res = next.run(req).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !editor || !html {
        return res;
    }
    let filter = agora_store::ContributionFilter {
        state: Some(agora_core::policy::ContributionState::Submitted),
        ..Default::default()
    };
    let Ok(waiting) = state.store.contributions(&filter).await.map(|c| c.len()) else {
        return res;
    };
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MOST).await else {
        return (
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            "the page was too large",
        )
            .into_response();
    };
    let page = String::from_utf8_lossy(&bytes);
    let link = crate::lang::render(&ReviewLink { waiting }).unwrap_or_default();
    let page = page.replacen(MARK, &link, 1);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(page))
}
