//! Contribution pages: proposing a change to a forum's records, my contributions, the editors'
//! review queue, a contribution with its diff and steps (the public version history is in
//! `history.rs`).

use agora_core::contribution::{Contribution, Entity, FieldChange};
use agora_core::policy::{ContributionState, Step, take_step};
use agora_core::{Member, PartialDate, Role};
use agora_store::ContributionFilter;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::{Form, PageError, Posted, private_page, see_other};
use crate::error::AppError;
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::contributions as contrib;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The roles of a membership, one selected.
fn role_choices(selected: &str) -> Vec<Choice> {
    Role::ALL
        .into_iter()
        .map(|r| Choice {
            value: r.as_str().into(),
            label: super::role_label(r).into(),
            selected: r.as_str() == selected,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "propose.html")]
struct ProposePage {
    forum_id: String,
    forum_name: String,
    csrf: String,
    memberships: Vec<Choice>,
    roles: Vec<Choice>,
    /// A new entry's fields start empty.
    member: String,
    start_date: String,
    end_date: String,
    note: String,
    name_en: String,
    acronyms: String,
    established: String,
    dissolved: String,
    summary: String,
    objectives: String,
}

/// The forum, and the viewer's right to contribute to it: 303 to sign in for the public, 403
/// for accounts that may not.
async fn contributable(
    state: &AppState,
    who: &Who,
    id: &str,
) -> Result<agora_core::Forum, AppError> {
    let registry = state.registry().await?;
    let forum = registry
        .forum(id)
        .cloned()
        .ok_or_else(|| AppError::not_found("forum", id))?;
    who.account()?;
    if who.viewer.as_contributor(&forum.id).is_none() {
        return Err(contrib::not_contributor(&who.caller(), &forum.id).into());
    }
    Ok(forum)
}

pub async fn propose_form(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let forum = contributable(&state, &who, &id).await?;
    let registry = state.registry().await?;
    let mut memberships = vec![Choice {
        value: "new".into(),
        label: "A new entry".into(),
        selected: true,
    }];
    for m in registry.memberships_of_forum(&forum.id, None, None) {
        memberships.push(Choice {
            value: m.id.to_string(),
            label: format!(
                "{} — {} ({})",
                registry.member_name(&m.member),
                super::role_label(m.role),
                super::period_label(m.start_date, m.end_date)
            ),
            selected: false,
        });
    }
    let roles = role_choices(Role::Chair.as_str());
    let page = ProposePage {
        forum_id: forum.id.to_string(),
        forum_name: forum.name().to_owned(),
        csrf: who.csrf(),
        memberships,
        roles,
        member: String::new(),
        start_date: String::new(),
        end_date: String::new(),
        note: String::new(),
        name_en: forum.name().to_owned(),
        acronyms: forum.acronyms.join(", "),
        established: forum.established.map(|d| d.to_string()).unwrap_or_default(),
        dissolved: forum.dissolved.map(|d| d.to_string()).unwrap_or_default(),
        summary: forum.summary.clone().unwrap_or_default(),
        objectives: forum.objectives.join("\n"),
    };
    private_page(StatusCode::OK, &page)
}

fn date_field(form: &Form, name: &str) -> Result<Option<PartialDate>, AppError> {
    match form.field(name).trim() {
        "" => Ok(None),
        s => s
            .parse()
            .map(Some)
            .map_err(|_| AppError::bad(name, "a date is YYYY, YYYY-MM or YYYY-MM-DD")),
    }
}

/// Add the form's source to a record's sources, unless it is there already.
fn add_source(sources: &mut Vec<agora_core::Source>, form: &Form) -> Result<(), AppError> {
    if let Some(s) = source_field(form)?
        && !sources.iter().any(|x| x.url == s.url)
    {
        sources.push(s);
    }
    Ok(())
}

fn source_field(form: &Form) -> Result<Option<agora_core::Source>, AppError> {
    match form.field("source_url").trim() {
        "" => Ok(None),
        u if u.starts_with("https://") || u.starts_with("http://") => {
            Ok(Some(agora_core::Source {
                url: u.to_owned(),
                note: Some(form.field("source_note").trim())
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            }))
        }
        _ => Err(AppError::bad(
            "source_url",
            "a source is an http(s) address",
        )),
    }
}

/// The record a form proposes, built on the record as it is or, when revising a contribution,
/// on the record it proposes.
async fn record_from_form(
    state: &AppState,
    forum: &agora_core::Forum,
    form: &Form,
    revising: Option<&Contribution>,
) -> Result<(Entity, Value), AppError> {
    let registry = state.registry().await?;
    let unreadable = |e: serde_json::Error| {
        AppError::Conflict(format!("the stored proposal cannot be read: {e}"))
    };
    let kind = match revising {
        Some(c) => c.entity.as_str(),
        None => form.field("kind"),
    };
    match kind {
        "forum" => {
            let mut f = match revising {
                Some(c) => serde_json::from_str(&c.proposed).map_err(unreadable)?,
                None => forum.clone(),
            };
            let name = form.field("name_en").trim();
            if name.is_empty() {
                return Err(AppError::bad("name_en", "a forum needs a name"));
            }
            f.names
                .insert("en".parse().expect("en is a language"), name.to_owned());
            f.acronyms = form
                .field("acronyms")
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            f.established = date_field(form, "established")?;
            f.dissolved = date_field(form, "dissolved")?;
            f.summary = Some(form.field("summary").trim())
                .filter(|s| !s.is_empty())
                .map(str::to_owned);
            f.objectives = form
                .field("objectives")
                .lines()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            add_source(&mut f.sources, form)?;
            Ok((
                Entity::FORUM,
                serde_json::to_value(&f).expect("records serialise"),
            ))
        }
        "membership" => {
            let role = Role::parse(form.field("role"))
                .ok_or_else(|| AppError::bad("role", "choose a role"))?;
            let typed = form.field("member").trim();
            let member = if let Some(a) = registry.area(&typed.to_uppercase()) {
                Member::Area(a.code.clone())
            } else if let Some(o) = registry.organisation(&typed.to_lowercase()) {
                Member::Organisation(o.id.clone())
            } else if let Some(f) = registry.forum(&typed.to_lowercase()) {
                Member::Forum(f.id.clone())
            } else {
                return Err(AppError::bad(
                    "member",
                    "give a state's ISO 3166 alpha-3 code (e.g. LKA) or the id of an organisation or forum",
                ));
            };
            let start = date_field(form, "start_date")?;
            let end = date_field(form, "end_date")?;
            let existing = match (revising, form.field("membership")) {
                (Some(c), _) => Some(serde_json::from_str(&c.proposed).map_err(unreadable)?),
                (None, "new" | "") => None,
                (None, id) => Some(
                    registry
                        .memberships_of_forum(&forum.id, None, None)
                        .into_iter()
                        .find(|m| m.id.as_str() == id)
                        .cloned()
                        .ok_or_else(|| {
                            AppError::bad("membership", "no such entry of this forum")
                        })?,
                ),
            };
            let mut m = match existing {
                Some(m) => m,
                None => {
                    let taken = |id: &str| {
                        registry
                            .memberships_of_forum(&forum.id, None, None)
                            .iter()
                            .any(|m| m.id.as_str() == id)
                    };
                    let id = agora_core::Membership::new_id(&forum.id, role, &member, start, taken)
                        .map_err(|_| AppError::bad("member", "cannot make an id"))?;
                    agora_core::Membership {
                        id,
                        forum_id: forum.id.clone(),
                        member: member.clone(),
                        role,
                        start_date: None,
                        end_date: None,
                        note: None,
                        sources: Vec::new(),
                        verification: agora_core::Verification::Unverified,
                        last_checked: None,
                        suspensions: Vec::new(),
                    }
                }
            };
            m.member = member;
            m.role = role;
            m.start_date = start;
            m.end_date = end;
            m.note = Some(form.field("note").trim())
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .or(m.note);
            add_source(&mut m.sources, form)?;
            Ok((
                Entity::MEMBERSHIP,
                serde_json::to_value(&m).expect("records serialise"),
            ))
        }
        _ => Err(AppError::bad(
            "kind",
            "propose a change to the forum or to an entry",
        )),
    }
}

pub async fn propose(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let forum = contributable(&state, &who, &id).await?;
    let (entity, record) = record_from_form(&state, &forum, &form, None).await?;
    let n = contrib::propose(
        &state,
        &who.caller(),
        &entity,
        &record,
        form.field("title"),
        form.field("comment"),
        form.field("then") == "submit",
    )
    .await?;
    Ok(see_other(format!("/contributions/{n}")))
}

pub struct Row {
    pub id: i64,
    pub title: String,
    pub forum: String,
    pub forum_name: String,
    pub state: &'static str,
    pub role: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "contributions.html")]
struct ListPage {
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
            forum_name: registry.forum_name(&c.forum).to_owned(),
            forum: c.forum.to_string(),
            state: c.state.label(),
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
        label: "any".into(),
        selected: selected.is_none(),
    })
    .chain(ContributionState::ALL.into_iter().map(|s| Choice {
        value: s.as_str().into(),
        label: s.label().into(),
        selected: Some(s) == selected,
    }))
    .collect()
}

fn read_filter(query: Option<&str>) -> Result<ContributionFilter, AppError> {
    let p = Params::parse(query, &["state", "forum"])?;
    let state = match p.get("state") {
        None | Some("") => None,
        Some(s) => {
            Some(ContributionState::parse(s).ok_or_else(|| AppError::bad("state", "not a state"))?)
        }
    };
    let fora = match p.get("forum") {
        None | Some("") => None,
        Some(f) => Some(vec![
            f.parse()
                .map_err(|_| AppError::bad("forum", "not a forum id"))?,
        ]),
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
        heading: "My contributions",
        intro: "Changes you proposed, and those proposed for the fora whose secretariat you are.",
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
}

/// The form proposing the rows of a spreadsheet as one contribution.
pub async fn spreadsheet_form(who: Who) -> Result<Response, PageError> {
    agora_app::spreadsheets::may_propose(&who.caller())?;
    private_page(StatusCode::OK, &SpreadsheetPage { csrf: who.csrf() })
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
        return Err(AppError::Forbidden("the review queue is for editors".into()).into());
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
        label: "any".into(),
        selected: chosen_forum.is_none(),
    }];
    for f in &registry.data.fora {
        fora.push(Choice {
            value: f.id.to_string(),
            label: f.name().to_owned(),
            selected: chosen_forum.as_ref() == Some(&f.id),
        });
    }
    let page = ListPage {
        heading: "Review queue",
        intro: "Contributions waiting for an editor. Nothing reaches the public before an editor publishes it.",
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
}

pub struct EventRow {
    pub at: String,
    pub role: String,
    pub action: String,
    pub state: &'static str,
    pub comment: String,
}

pub struct Action {
    pub step: &'static str,
    pub label: &'static str,
}

#[derive(Template)]
#[template(path = "contribution.html")]
struct ContributionPage {
    id: i64,
    title: String,
    forum: String,
    forum_name: String,
    entity: String,
    state: &'static str,
    role: String,
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
) -> Result<Response, PageError> {
    let c = contrib::load(&state, &who.caller(), &id).await?;
    let records: Vec<RecordRows> = contrib::record_changes(&state, &c)
        .await?
        .into_iter()
        .map(|r| RecordRows {
            entity: r.entity.to_string(),
            entity_id: r.entity_id,
            is_new: r.is_new,
            stale: r.stale,
            changes: change_rows(&r.changes),
        })
        .collect();
    let registry = state.registry().await?;
    let actions = Step::ALL
        .into_iter()
        .filter(|s| take_step(&who.viewer, &c.forum, c.state, *s).is_ok())
        .map(|s| Action {
            step: s.as_str(),
            label: s.label(),
        })
        .collect();
    let page = ContributionPage {
        id: c.id,
        title: c.title.clone(),
        forum_name: registry.forum_name(&c.forum).to_owned(),
        forum: c.forum.to_string(),
        entity: c.entity.to_string(),
        state: c.state.label(),
        role: c.author_role.clone(),
        stale: records.iter().any(|r| r.stale),
        records,
        events: c
            .events
            .iter()
            .map(|e| EventRow {
                at: e.at.chars().take(16).collect::<String>().replace('T', " "),
                role: e.actor_role.clone(),
                action: e.action.replace('_', " "),
                state: e.state.label(),
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
    roles: Vec<Choice>,
    member: String,
    start_date: String,
    end_date: String,
    note: String,
    name_en: String,
    acronyms: String,
    established: String,
    dissolved: String,
    summary: String,
    objectives: String,
}

/// A contribution its authors may still change: a draft, or one sent back by an editor.
async fn revisable(state: &AppState, who: &Who, id: &str) -> Result<Contribution, AppError> {
    let c = contrib::load_to_act(state, &who.caller(), id).await?;
    if c.entity == Entity::DOCUMENT {
        return Err(AppError::Conflict(
            "an uploaded document is not revised here: upload the corrected file instead".into(),
        ));
    }
    if !matches!(
        c.state,
        ContributionState::Draft | ContributionState::ChangesRequested
    ) {
        return Err(AppError::Conflict(format!(
            "a contribution that is {} cannot be revised",
            c.state.label()
        )));
    }
    Ok(c)
}

pub async fn revise_form(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let c = revisable(&state, &who, &id).await?;
    let proposed: Value = serde_json::from_str(&c.proposed).unwrap_or(Value::Null);
    let text = |k: &str| proposed[k].as_str().unwrap_or("").to_owned();
    let role = text("role");
    let page = RevisePage {
        id: c.id,
        title: c.title.clone(),
        csrf: who.csrf(),
        is_forum: c.entity == Entity::FORUM,
        roles: role_choices(&role),
        member: proposed["member"]["id"].as_str().unwrap_or("").to_owned(),
        start_date: text("start_date"),
        end_date: text("end_date"),
        note: text("note"),
        name_en: proposed["names"]["en"].as_str().unwrap_or("").to_owned(),
        acronyms: proposed["acronyms"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
        established: text("established"),
        dissolved: text("dissolved"),
        summary: text("summary"),
        objectives: proposed["objectives"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
    };
    private_page(StatusCode::OK, &page)
}

pub async fn revise(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let c = revisable(&state, &who, &id).await?;
    let registry = state.registry().await?;
    let forum = registry
        .forum(c.forum.as_str())
        .cloned()
        .ok_or_else(|| AppError::not_found("forum", c.forum.as_str()))?;
    let (_, record) = record_from_form(&state, &forum, &form, Some(&c)).await?;
    contrib::revise(&state, &who.caller(), &c, &record, form.field("comment")).await?;
    if form.field("then") == "submit" {
        contrib::step(&state, &who.caller(), &id, "submit", "").await?;
    }
    Ok(see_other(format!("/contributions/{id}")))
}
