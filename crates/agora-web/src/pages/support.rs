//! A forum declaring its support for implementing a recommendation, alone or jointly with other
//! fora (the paper's outcome (c)): a form for the secretariats and editors, whose declaration
//! goes to the editors as a contribution like any other follow-up entry. The fora offered are
//! those the person may contribute for (the policy's decision): a joint declaration is made by
//! someone who may speak for every forum in it.

use agora_core::contribution::Entity;
use agora_core::recommendation::{FollowUp, FollowUpStatus, Recommendation};
use agora_core::{Day, ForumId, PartialDate};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use super::contribute::Choice;
use super::propose::{DateRead, Mistakes, date_field};
use super::{Form, PageError, Posted, private_page, see_other};
use crate::error::AppError;
use crate::lang::{filters, text};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::contributions as contrib;
use agora_app::registry::Registry;

#[derive(Template)]
#[template(path = "support.html")]
struct SupportPage {
    id: String,
    /// The recommendation's first words, in the reader's language when it has them.
    words: String,
    words_lang: String,
    csrf: String,
    fora: Vec<Choice>,
    /// The other fora it may be declared with (the same list: the one chosen above, if ticked
    /// too, is dropped when the form is read).
    with: Vec<Choice>,
    statuses: Vec<Choice>,
    date: String,
    read: Option<DateRead>,
    description: String,
    evidence: String,
    comment: String,
    mistakes: Mistakes,
}

impl SupportPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.mistakes.of(field)
    }
}

/// The fora the person may declare support for, by name.
fn declarable(who: &Who, r: &Registry) -> Vec<(ForumId, String)> {
    let chain = crate::lang::chain();
    let mut fora: Vec<(ForumId, String)> = r
        .data
        .fora
        .iter()
        .filter(|f| who.viewer.as_contributor(&f.id).is_some())
        .map(|f| (f.id.clone(), r.forum_name_in(&f.id, &chain).0.to_owned()))
        .collect();
    fora.sort_by_cached_key(|f| f.1.to_lowercase());
    fora
}

/// Whether the person may declare some forum's support (the page's link to the form).
pub fn may_declare(who: &Who, r: &Registry) -> bool {
    r.data
        .fora
        .iter()
        .any(|f| who.viewer.as_contributor(&f.id).is_some())
}

/// The recommendation, and the fora the person may declare support for: 404 for an unknown
/// recommendation, sign in first, 403 for someone who may speak for no forum.
async fn setting(
    state: &AppState,
    who: &Who,
    id: &str,
) -> Result<(Recommendation, Vec<(ForumId, String)>), AppError> {
    let r = state.registry().await?;
    let x = r
        .recommendations
        .get(id)
        .cloned()
        .ok_or_else(|| AppError::not_found("recommendation", id))?;
    who.account()?;
    let fora = declarable(who, &r);
    if fora.is_empty() {
        return Err(AppError::forbidden("support-no-forum"));
    }
    Ok((x, fora))
}

fn page(who: &Who, x: &Recommendation, fora: &[(ForumId, String)], form: &Form) -> SupportPage {
    let (words, lang) = agora_core::name_in(&x.texts, &crate::lang::chain());
    let chosen = match form.field("forum") {
        "" => fora.first().map_or("", |f| f.0.as_str()),
        f => f,
    };
    let with = form.all("with");
    let status = match form.field("status") {
        "" => "planned",
        s => s,
    };
    SupportPage {
        id: x.id.to_string(),
        words: agora_core::recommendation::headline(words, 300),
        words_lang: lang.to_owned(),
        csrf: who.csrf(),
        fora: fora
            .iter()
            .map(|(id, name)| Choice {
                value: id.to_string(),
                label: name.clone(),
                selected: id.as_str() == chosen,
            })
            .collect(),
        with: fora
            .iter()
            .map(|(id, name)| Choice {
                value: id.to_string(),
                label: name.clone(),
                selected: with.contains(&id.as_str()),
            })
            .collect(),
        statuses: FollowUpStatus::ALL
            .iter()
            .map(|s| Choice {
                value: s.as_str().to_owned(),
                label: super::recommendations::status_label(*s),
                selected: s.as_str() == status,
            })
            .collect(),
        date: form.field("date").to_owned(),
        read: None,
        description: form.field("description").to_owned(),
        evidence: form.field("evidence").to_owned(),
        comment: form.field("comment").to_owned(),
        mistakes: Mistakes::default(),
    }
}

/// `GET /recommendations/{id}/support`: the form.
pub async fn form(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let (x, fora) = setting(&state, &who, &id).await?;
    private_page(StatusCode::OK, &page(&who, &x, &fora, &Form(Vec::new())))
}

/// The declaration a form makes, or its mistakes (each beside its field).
fn declaration(
    x: &Recommendation,
    fora: &[(ForumId, String)],
    form: &Form,
    today: Day,
    existing: impl Fn(&str) -> Option<FollowUp>,
) -> Result<serde_json::Value, (Mistakes, Vec<DateRead>)> {
    let mut mistakes = Mistakes::default();
    let mut read = Vec::new();
    let may = |f: &str| fora.iter().any(|(id, _)| id.as_str() == f);
    let forum = form.field("forum");
    if !may(forum) {
        mistakes.add("forum", text("support-mistake-forum"));
    }
    let mut with: Vec<&str> = form.all("with");
    with.retain(|f| *f != forum);
    with.sort_unstable();
    with.dedup();
    if with.iter().any(|f| !may(f)) {
        mistakes.add("with", text("support-mistake-with"));
    }
    let status = FollowUpStatus::parse(form.field("status"));
    if status.is_none() {
        mistakes.add("status", text("support-mistake-status"));
    }
    let date = date_field(form, "date", &mut mistakes, &mut read);
    if date.is_some_and(|d: PartialDate| d.first_day() > today) {
        mistakes.add("date", text("support-mistake-future"));
    }
    let description = form.field("description").trim();
    if description.is_empty() {
        mistakes.add("description", text("support-mistake-description"));
    }
    let evidence = form.field("evidence").trim();
    let web = (evidence.starts_with("https://") || evidence.starts_with("http://"))
        && evidence.len() > 10;
    if !(evidence.is_empty() || web) {
        mistakes.add("evidence", text("support-mistake-evidence"));
    }
    let Some(status) = status.filter(|_| mistakes.is_empty()) else {
        return Err((mistakes, read));
    };
    let id = format!("{forum}:support:{}", x.id);
    // A forum that declared its support before changes its declaration: what it said then (its
    // timeline, its evidence) is kept, and a new dated status is added to the timeline.
    let (mut record, before) = match existing(&id) {
        Some(f) => (
            serde_json::to_value(&f).expect("follow-ups serialise"),
            Some((f.status, f.progress, !f.updates.is_empty())),
        ),
        None => (
            json!({
                "id": id,
                "recommendation": x.id,
                "forum": forum,
                "actor": {"type": "forum", "id": forum},
                "kind": "support_declaration",
            }),
            None,
        ),
    };
    // The form asks no progress: a completed declaration is at 100; otherwise it keeps the
    // progress it had (none for a new one).
    let progress = match (status, before) {
        (FollowUpStatus::Completed, _) => 100,
        (_, Some((_, p, _))) if p < 100 => p,
        _ => 0,
    };
    record["with"] = json!(with);
    record["status"] = json!(status);
    record["progress"] = json!(progress);
    record["description"] = json!(description);
    if record
        .get("start_date")
        .is_none_or(serde_json::Value::is_null)
        && let Some(d) = date
    {
        record["start_date"] = json!(d.to_string());
    }
    let changed = before.is_none_or(|(s, p, _)| s != status || p != progress);
    let timeline = before.is_some_and(|(_, _, t)| t);
    // A dated declaration starts its timeline; a change to one with a timeline is dated (today
    // unless the form says when).
    let when = match (date, timeline && changed) {
        (Some(d), _) => Some(d),
        (None, true) => Some(PartialDate::Day(today)),
        (None, false) => None,
    };
    if let Some(d) = when {
        let update = json!({"date": d.to_string(), "status": status, "progress": progress});
        match record
            .get_mut("updates")
            .and_then(serde_json::Value::as_array_mut)
        {
            Some(updates) => updates.push(update),
            None => record["updates"] = json!([update]),
        }
    }
    if !evidence.is_empty() {
        let url = json!({ "url": evidence });
        match record
            .get_mut("evidence")
            .and_then(serde_json::Value::as_array_mut)
        {
            Some(list) if list.iter().any(|e| e["url"] == evidence) => {}
            Some(list) => list.push(url),
            None => record["evidence"] = json!([url]),
        }
    }
    Ok(record)
}

/// `POST /recommendations/{id}/support`: the declaration proposed (sent for review, or kept as
/// a draft), or the form again with its mistakes and nothing changed.
pub async fn declare(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let (x, fora) = setting(&state, &who, &id).await?;
    let refuse = |mistakes: Mistakes, read: Vec<DateRead>| {
        let page = SupportPage {
            mistakes,
            read: read.into_iter().next(),
            ..page(&who, &x, &fora, &form)
        };
        private_page(StatusCode::BAD_REQUEST, &page)
    };
    let r = state.registry().await?;
    let existing = |id: &str| r.recommendations.follow_up(id).cloned();
    let record = match declaration(&x, &fora, &form, state.today(), existing) {
        Ok(r) => r,
        Err((mistakes, read)) => return refuse(mistakes, read),
    };
    let forum = form.field("forum");
    let name = fora
        .iter()
        .find(|(f, _)| f.as_str() == forum)
        .map_or(forum, |(_, n)| n.as_str());
    let title = crate::lang::text_with(
        "support-contribution-title",
        &[("forum", name.into()), ("id", x.id.to_string().into())],
    );
    match contrib::propose(
        &state,
        &who.caller(),
        &Entity::new("follow_up"),
        &record,
        &title,
        form.field("comment"),
        form.field("then") != "draft",
    )
    .await
    {
        Ok(n) => Ok(see_other(format!("/contributions/{n}?sent=1"))),
        Err(agora_app::Error::BadParameter { message, .. }) => refuse(
            Mistakes(vec![("form".into(), crate::lang::said(&message))]),
            Vec::new(),
        ),
        Err(e) => Err(AppError::from(e).into()),
    }
}
