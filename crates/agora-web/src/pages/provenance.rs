//! `/provenance`: how sure the registry is of its facts, and the facts to verify next.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::{PageError, html};
use crate::lang::{date, filters, text};
use crate::params::Params;
use crate::state::AppState;

/// How many facts of the queue the page lists (the API pages through all of them).
const SHOWN: usize = 200;

pub struct QueueRow {
    pub href: String,
    pub id: String,
    pub kind: String,
    pub verified: bool,
    pub checked: String,
    pub best_source: String,
}

#[derive(Template)]
#[template(path = "provenance.html")]
pub struct ProvenancePage {
    pub verified: usize,
    pub unverified: usize,
    pub stale: usize,
    pub never_checked: usize,
    pub stale_after_days: i64,
    pub by_class: Vec<(String, usize)>,
    pub by_host: Vec<(String, usize)>,
    pub by_checked: Vec<(String, usize)>,
    pub queue: Vec<QueueRow>,
    pub queue_total: usize,
}

pub async fn page(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let report = agora_app::provenance::report(&r, state.today());
    let queue_total = report.queue.len();
    html(&ProvenancePage {
        verified: report.tally.verified,
        unverified: report.tally.unverified,
        stale: report.tally.stale,
        never_checked: report.tally.never_checked,
        stale_after_days: agora_core::provenance::STALE_AFTER_DAYS,
        by_class: report
            .by_class
            .into_iter()
            .map(|(c, n)| (class_words(c), n))
            .collect(),
        by_host: report.by_host,
        by_checked: report.by_checked.into_iter().collect(),
        queue: report
            .queue
            .into_iter()
            .take(SHOWN)
            .map(|f| QueueRow {
                href: format!("/fora/{}", f.forum),
                id: f.id,
                kind: text(if f.kind == "forum" {
                    "provenance-kind-forum"
                } else {
                    "provenance-kind-membership"
                }),
                verified: f.verification == agora_core::Verification::Verified,
                checked: f
                    .last_checked
                    .map_or_else(|| text("provenance-never"), date),
                best_source: class_words(f.best_source),
            })
            .collect(),
        queue_total,
    })
}

/// A kind of source, in words.
fn class_words(c: agora_core::provenance::SourceClass) -> String {
    use agora_core::provenance::SourceClass::*;
    text(match c {
        Primary => "provenance-class-primary",
        Encyclopedia => "provenance-class-encyclopedia",
        Mirror => "provenance-class-mirror",
        Staging => "provenance-class-staging",
        Other => "provenance-class-other",
    })
}
