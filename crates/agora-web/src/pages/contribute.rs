//! Contribution pages: proposing a change to a forum's records, my contributions, the editors'
//! review queue, a contribution with its diff and steps (the public version history is in
//! `history.rs`).

use agora_core::contribution::{Contribution, Entity, FieldChange};
use agora_core::policy::{ContributionState, Step, take_step};
use agora_store::ContributionFilter;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::{PageError, Posted, private_page, see_other};
use crate::error::AppError;
use crate::lang::filters;
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::contributions as contrib;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct Row {
    pub id: i64,
    pub title: String,
    pub forum: String,
    pub forum_name: crate::lang::Localised,
    /// The contribution's state as stored (said in words by the template).
    pub state: &'static str,
    pub role: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "contributions.html")]
struct ListPage {
    /// The messages of the page's heading and introduction.
    heading: &'static str,
    intro: &'static str,
    action: &'static str,
    /// The viewer may propose changes (a link to the spreadsheet upload).
    may_propose: bool,
    states: Vec<Choice>,
    fora: Vec<Choice>,
    rows: Vec<Row>,
}

async fn rows(state: &AppState, list: Vec<Contribution>) -> Result<Vec<Row>, AppError> {
    let registry = state.registry().await?;
    Ok(list
        .into_iter()
        .map(|c| Row {
            id: c.id,
            title: c.title,
            forum_name: super::fora::forum_name(&registry, &c.forum),
            forum: c.forum.to_string(),
            state: c.state.as_str(),
            role: c.author_role,
            updated: c
                .updated_at
                .chars()
                .take(16)
                .collect::<String>()
                .replace('T', " "),
        })
        .collect())
}

fn state_choices(selected: Option<ContributionState>) -> Vec<Choice> {
    std::iter::once(Choice {
        value: String::new(),
        label: crate::lang::text("audit-any"),
        selected: selected.is_none(),
    })
    .chain(ContributionState::ALL.into_iter().map(|s| Choice {
        value: s.as_str().into(),
        label: crate::lang::text_with("contribution-status", &[("status", s.as_str().into())]),
        selected: Some(s) == selected,
    }))
    .collect()
}

fn read_filter(query: Option<&str>) -> Result<ContributionFilter, AppError> {
    let p = Params::parse(query, &["state", "forum"])?;
    let state = match p.get("state") {
        None | Some("") => None,
        Some(s) => Some(ContributionState::parse(s).ok_or_else(|| {
            AppError::bad(
                "state",
                crate::params::not_one_of(s, ContributionState::ALL.map(|c| c.as_str())),
            )
        })?),
    };
    let fora = match p.get("forum") {
        None | Some("") => None,
        Some(f) => Some(vec![f.parse().map_err(|e: agora_core::ids::IdError| {
            AppError::bad("forum", e.said())
        })?]),
    };
    Ok(ContributionFilter {
        fora,
        state,
        author_id: None,
    })
}

/// My contributions: those I wrote, and those of the fora whose secretariat I am.
pub async fn mine(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    who.account()?;
    let filter = read_filter(q.as_deref())?;
    let selected = filter.state;
    let mut list = contrib::visible(&state, &who.caller(), filter.clone()).await?;
    if who.viewer.may_open_every_contribution() {
        let me = who.account()?.id;
        list.retain(|c| c.author_id == me);
    }
    let page = ListPage {
        heading: "account-my-contributions",
        intro: "contributions-mine-lede",
        action: "/contributions",
        may_propose: who.viewer.contributes_somewhere(),
        states: state_choices(selected),
        fora: Vec::new(),
        rows: rows(&state, list).await?,
    };
    private_page(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "spreadsheet.html")]
struct SpreadsheetPage {
    csrf: String,
    /// The forum whose members' spreadsheet this is (`?forum=`): (id, name).
    forum: Option<(String, String)>,
}

/// The form proposing the rows of a spreadsheet as one contribution; with `?forum=ID`, the
/// spreadsheet of one forum's members (a row of another forum is refused).
pub async fn spreadsheet_form(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    agora_app::spreadsheets::may_propose(&who.caller())?;
    let p = crate::params::Params::parse(q.as_deref(), &["forum"])?;
    let registry = state.registry().await?;
    let forum = p.parse_with("forum", |f| match registry.forum(f) {
        Some(forum) => Ok((
            forum.id.to_string(),
            crate::lang::Localised::name(&forum.names).text,
        )),
        None => Err(agora_core::Said::new("no-such-forum").with("id", f)),
    })?;
    private_page(
        StatusCode::OK,
        &SpreadsheetPage {
            csrf: who.csrf(),
            forum,
        },
    )
}

/// Propose the rows of an uploaded spreadsheet that change anything, as one contribution.
pub async fn spreadsheet(
    State(state): State<AppState>,
    who: Who,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    agora_app::spreadsheets::may_propose(&who.caller())?;
    let upload = super::posted_upload(
        &state,
        &who,
        multipart,
        agora_app::spreadsheets::FIELDS,
        "/contributions/spreadsheet",
    )
    .await?;
    let id = agora_app::spreadsheets::propose(&state, &who.caller(), upload).await?;
    Ok(see_other(format!("/contributions/{id}")))
}

/// The editors' review queue, with filters.
pub async fn review(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    who.account()?;
    if !who.viewer.may_open_every_contribution() {
        return Err(AppError::forbidden("queue-for-editors").into());
    }
    let mut filter = read_filter(q.as_deref())?;
    if filter.state.is_none() && !q.as_deref().unwrap_or("").contains("state=") {
        filter.state = Some(ContributionState::Submitted);
    }
    let chosen_forum = filter.fora.as_ref().and_then(|f| f.first().cloned());
    let selected = filter.state;
    let list = contrib::visible(&state, &who.caller(), filter).await?;
    let registry = state.registry().await?;
    let mut fora: Vec<Choice> = vec![Choice {
        value: String::new(),
        label: crate::lang::text("audit-any"),
        selected: chosen_forum.is_none(),
    }];
    for f in &registry.data.fora {
        fora.push(Choice {
            value: f.id.to_string(),
            label: crate::lang::Localised::name(&f.names).text,
            selected: chosen_forum.as_ref() == Some(&f.id),
        });
    }
    let page = ListPage {
        heading: "account-review-queue",
        intro: "contributions-review-lede",
        action: "/review",
        may_propose: false,
        states: state_choices(selected),
        fora,
        rows: rows(&state, list).await?,
    };
    private_page(StatusCode::OK, &page)
}

pub struct ChangeRow {
    pub path: String,
    pub before: String,
    pub after: String,
}

fn show_value(v: &Option<Value>) -> String {
    match v {
        None => "—".into(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    }
}

pub fn change_rows(changes: &[FieldChange]) -> Vec<ChangeRow> {
    changes
        .iter()
        .map(|c| ChangeRow {
            path: c.path.clone(),
            before: show_value(&c.before),
            after: show_value(&c.after),
        })
        .collect()
}

/// One record of a contribution on its page: what it is and what changes in it.
pub struct RecordRows {
    pub entity: String,
    pub entity_id: String,
    pub is_new: bool,
    pub stale: bool,
    pub changes: Vec<ChangeRow>,
    /// A membership entry in words: as proposed, and as it was (when it changes one).
    pub entry: Option<EntryWords>,
    pub entry_before: Option<EntryWords>,
}

/// A membership entry as people read it: "Japan — observer — since November 2025 — source …".
pub struct EntryWords {
    pub member: String,
    pub member_href: String,
    pub role: String,
    pub start: Option<super::propose::DateRead>,
    pub end: Option<super::propose::DateRead>,
    pub note: String,
    pub sources: Vec<String>,
}

impl EntryWords {
    pub fn of(m: &agora_core::Membership, registry: &agora_app::registry::Registry) -> EntryWords {
        use agora_core::Member;
        EntryWords {
            member: registry.member_name(&m.member),
            member_href: match &m.member {
                Member::Area(c) => format!("/areas/{c}"),
                Member::Organisation(o) => format!("/organisations/{o}"),
                Member::Forum(f) => format!("/fora/{f}"),
            },
            role: super::role_label(m.role),
            start: m
                .start_date
                .map(|d| super::propose::DateRead::of("start_date", d)),
            end: m
                .end_date
                .map(|d| super::propose::DateRead::of("end_date", d)),
            note: m.note.clone().unwrap_or_default(),
            sources: m.sources.iter().map(|s| s.url.clone()).collect(),
        }
    }
}

/// An account's role in words: (what it is, and of what: a forum's or a state's name).
pub struct RoleWords {
    /// admin, editor, researcher, secretariat, focal_point or reviewer (said in words by the template);
    /// "other" for a role this page does not know, shown as stored.
    pub kind: &'static str,
    pub of: String,
    pub stored: String,
}

impl RoleWords {
    pub fn of(stored: &str, registry: &agora_app::registry::Registry) -> RoleWords {
        use agora_core::policy::AccessRole;
        let (kind, of) = match stored.parse::<AccessRole>() {
            Ok(AccessRole::Admin) => ("admin", String::new()),
            Ok(AccessRole::Editor) => ("editor", String::new()),
            Ok(AccessRole::Researcher) => ("researcher", String::new()),
            Ok(AccessRole::Reviewer(call)) => ("reviewer", call.to_string()),
            Ok(AccessRole::Secretariat(f)) => ("secretariat", registry.forum_name(&f).to_owned()),
            Ok(AccessRole::FocalPoint(a)) => (
                "focal_point",
                registry
                    .area(a.as_str())
                    .map(|x| agora_core::name_of(&x.names).to_owned())
                    .unwrap_or_else(|| a.to_string()),
            ),
            Err(_) => ("other", String::new()),
        };
        RoleWords {
            kind,
            of,
            stored: stored.to_owned(),
        }
    }
}

pub struct EventRow {
    pub at: String,
    pub role: RoleWords,
    pub action: String,
    pub comment: String,
}

pub struct Action {
    /// The step as stored (said in words by the template).
    pub step: &'static str,
}

#[derive(Template)]
#[template(path = "contribution.html")]
struct ContributionPage {
    id: i64,
    title: String,
    forum: String,
    forum_name: crate::lang::Localised,
    /// The status as stored (draft, submitted, in_review, changes_requested, published,
    /// withdrawn): the template says it in words.
    status: &'static str,
    role: RoleWords,
    /// Just sent or saved from a form: say what happens next.
    sent: bool,
    /// The viewer is an editor: the fields as stored are shown beside the change in words.
    editor: bool,
    /// Where the author hears of it: by mail (an SMTP server is set up) or on the account page.
    mails: bool,
    stale: bool,
    /// Every record it changes, the first first.
    records: Vec<RecordRows>,
    events: Vec<EventRow>,
    actions: Vec<Action>,
    csrf: String,
    /// The viewer may revise it (a draft or a contribution sent back).
    revisable: bool,
    /// For an uploaded document: the beginning of its file's text per language, and whether
    /// there is more.
    texts: Vec<(String, String, bool)>,
    /// For an uploaded document: the documents of the library that hold the same file, those the
    /// viewer may see (id, title). Publishing adds a document that shares the file.
    same_file: Vec<(String, String)>,
}

/// How much of an uploaded document's text its contribution page shows.
const TEXT_SHOWN: usize = 3000;

pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["sent"])?;
    let sent = p
        .parse_with("sent", |v| match v {
            "1" => Ok(true),
            _ => Err(crate::params::not_the_flag(v, "1")),
        })?
        .unwrap_or(false);
    let c = contrib::load(&state, &who.caller(), &id).await?;
    let registry = state.registry().await?;
    // A membership's entries in words: as proposed, and as the registry has it now.
    let proposed: Vec<String> = c.records().into_iter().map(|r| r.proposed).collect();
    let entry_of = |v: &String| -> Option<agora_core::Membership> { serde_json::from_str(v).ok() };
    let records: Vec<RecordRows> = contrib::record_changes(&state, &c)
        .await?
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let is_entry = r.entity == Entity::MEMBERSHIP;
            let entry = proposed
                .get(i)
                .filter(|_| is_entry)
                .and_then(entry_of)
                .map(|m| EntryWords::of(&m, &registry));
            let entry_before = (is_entry && !r.is_new)
                .then(|| {
                    registry
                        .data
                        .memberships
                        .iter()
                        .find(|m| m.id.as_str() == r.entity_id)
                })
                .flatten()
                .map(|m| EntryWords::of(m, &registry));
            RecordRows {
                entity: r.entity.to_string(),
                entity_id: r.entity_id,
                is_new: r.is_new,
                stale: r.stale,
                changes: change_rows(&r.changes),
                entry,
                entry_before,
            }
        })
        .collect();
    let actions = Step::ALL
        .into_iter()
        .filter(|s| take_step(&who.viewer, &c.forum, c.state, *s).is_ok())
        .map(|s| Action { step: s.as_str() })
        .collect();
    let page = ContributionPage {
        id: c.id,
        title: c.title.clone(),
        forum_name: super::fora::forum_name(&registry, &c.forum),
        forum: c.forum.to_string(),
        status: c.state.as_str(),
        role: RoleWords::of(&c.author_role, &registry),
        sent,
        editor: who.viewer.as_editor().is_some(),
        mails: state.mail_configured(),
        stale: records.iter().any(|r| r.stale),
        records,
        events: c
            .events
            .iter()
            .map(|e| EventRow {
                at: e.at.chars().take(16).collect::<String>().replace('T', " "),
                role: RoleWords::of(&e.actor_role, &registry),
                action: e.action.clone(),
                comment: e.comment.clone(),
            })
            .collect(),
        actions,
        csrf: who.csrf(),
        revisable: c.entity != Entity::DOCUMENT
            && matches!(
                c.state,
                ContributionState::Draft | ContributionState::ChangesRequested
            ),
        texts: if c.entity == Entity::DOCUMENT {
            state
                .store
                .contribution_texts(c.id)
                .await
                .map_err(AppError::from)?
                .into_iter()
                .map(|(lang, text)| {
                    let shown: String = text.chars().take(TEXT_SHOWN).collect();
                    let more = shown.len() < text.len();
                    (lang, shown, more)
                })
                .collect()
        } else {
            Vec::new()
        },
        same_file: contrib::same_file(&state, &registry, &who.caller(), &c).await?,
    };
    private_page(StatusCode::OK, &page)
}

pub async fn step(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    contrib::step(
        &state,
        &who.caller(),
        &id,
        form.field("step"),
        form.field("comment"),
    )
    .await?;
    Ok(see_other(format!("/contributions/{id}")))
}

pub async fn rebase(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, .. }: Posted,
) -> Result<Response, PageError> {
    contrib::rebase(&state, &who.caller(), &id).await?;
    Ok(see_other(format!("/contributions/{id}")))
}

#[derive(Template)]
#[template(path = "revise.html")]
struct RevisePage {
    id: i64,
    title: String,
    csrf: String,
    is_forum: bool,
    entry: super::propose::EntryForm,
    profile: super::propose::ProfileForm,
    names: Vec<super::propose::NameOption>,
}

/// A contribution its authors may still change: a draft, or one sent back by an editor.
async fn revisable(state: &AppState, who: &Who, id: &str) -> Result<Contribution, AppError> {
    let c = contrib::load_to_act(state, &who.caller(), id).await?;
    if c.entity == Entity::DOCUMENT {
        return Err(AppError::conflict("document-not-revised"));
    }
    if !matches!(
        c.state,
        ContributionState::Draft | ContributionState::ChangesRequested
    ) {
        return Err(AppError::Conflict(
            agora_core::Said::new("contribution-not-revisable").with("state", c.state.said()),
        ));
    }
    Ok(c)
}

pub async fn revise_form(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let c = revisable(&state, &who, &id).await?;
    if c.entity.as_str() == "meeting" {
        return super::propose_meeting::revise_form(&state, &who, &c).await;
    }
    let registry = state.registry().await?;
    let proposed: Value = serde_json::from_str(&c.proposed).unwrap_or(Value::Null);
    let text = |k: &str| proposed[k].as_str().unwrap_or("").to_owned();
    // The member by its name, as the form offers it.
    let member_id = proposed["member"]["id"].as_str().unwrap_or("");
    let member = match registry.resolve_named(member_id) {
        Ok(n) => n.name().to_owned(),
        Err(_) => member_id.to_owned(),
    };
    let page = RevisePage {
        id: c.id,
        title: c.title.clone(),
        csrf: who.csrf(),
        is_forum: c.entity == Entity::FORUM,
        entry: super::propose::EntryForm {
            member,
            role: text("role"),
            start_date: text("start_date"),
            end_date: text("end_date"),
            note: text("note"),
            ..Default::default()
        },
        // The forum as proposed, every field of the form filled from it (its names and texts
        // in the other languages too, so that a revision keeps them).
        profile: serde_json::from_value::<agora_core::Forum>(proposed.clone())
            .map(|f| super::propose::ProfileForm::of_forum(&f))
            .unwrap_or_default(),
        names: super::propose::name_options(&registry),
    };
    private_page(StatusCode::OK, &page)
}

pub async fn revise(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let c = revisable(&state, &who, &id).await?;
    if c.entity.as_str() == "meeting" {
        return revise_meeting(&state, &who, &c, &form).await;
    }
    let registry = state.registry().await?;
    let forum = registry
        .forum(c.forum.as_str())
        .cloned()
        .ok_or_else(|| AppError::not_found("forum", c.forum.as_str()))?;
    let refuse = |mistakes: super::propose::Mistakes, read: Vec<super::propose::DateRead>| {
        let page = RevisePage {
            id: c.id,
            title: c.title.clone(),
            csrf: who.csrf(),
            is_forum: c.entity == Entity::FORUM,
            entry: super::propose::EntryForm {
                mistakes: mistakes.clone(),
                read: if c.entity == Entity::FORUM {
                    Vec::new()
                } else {
                    read.clone()
                },
                ..super::propose::EntryForm::from_form(&form)
            },
            profile: super::propose::ProfileForm {
                mistakes,
                read,
                ..super::propose::ProfileForm::from_form(&form)
            },
            names: super::propose::name_options(&registry),
        };
        private_page(StatusCode::BAD_REQUEST, &page)
    };
    let record = match super::propose::record_from_form(&state, &forum, &form, Some(&c)).await? {
        Ok((_, record)) => record,
        Err((mistakes, read)) => return refuse(mistakes, read),
    };
    if let Err(e) = contrib::revise(&state, &who.caller(), &c, &record, form.field("comment")).await
    {
        return match super::propose::mistake_of(&e) {
            Some(m) => refuse(super::propose::Mistakes(vec![m]), Vec::new()),
            None => Err(AppError::from(e).into()),
        };
    }
    if form.field("then") == "submit" {
        contrib::step(&state, &who.caller(), &id, "submit", "").await?;
    }
    Ok(see_other(format!("/contributions/{id}?sent=1")))
}

/// A proposed meeting revised through the meeting form.
async fn revise_meeting(
    state: &AppState,
    who: &Who,
    c: &Contribution,
    form: &super::Form,
) -> Result<Response, PageError> {
    let record = match super::propose_meeting::revise(state, who, c, form).await? {
        Ok(record) => record,
        Err(refused) => return Ok(refused),
    };
    if let Err(e) = contrib::revise(state, &who.caller(), c, &record, form.field("comment")).await {
        return match super::propose_meeting::revise_mistake(&e) {
            Some(m) => {
                super::propose_meeting::revise_refused(
                    state,
                    who,
                    c,
                    form,
                    super::propose::Mistakes(vec![m]),
                    Vec::new(),
                )
                .await
            }
            None => Err(AppError::from(e).into()),
        };
    }
    if form.field("then") == "submit" {
        contrib::step(state, &who.caller(), &c.id.to_string(), "submit", "").await?;
    }
    Ok(see_other(format!("/contributions/{}?sent=1", c.id)))
}
