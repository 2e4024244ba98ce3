//! Calls for practices as pages: every call (`/practice-calls`, with the form an editor opens
//! one by), one call (`/practice-calls/{id}`: its questions; for editors, the reviewers and the
//! form to invite one; for an invited reviewer, the form to accept; the submissions the reader
//! may read), and the form a secretariat or a focal point submits a practice by.

use agora_app::practices::calls::{self, Submitting};
use agora_core::Member;
use agora_core::practice::Contact;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use serde_json::{Value, json};

use super::fora::{forum_name, member_name};
use super::propose::{Mistakes, lines_of, mistake_of};
use super::{PageError, Posted, html};
use crate::error::AppError;
use crate::lang::{Localised, filters};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

pub struct CallRow {
    pub id: i64,
    pub title: String,
    pub theme: Localised,
    pub deadline_iso: String,
    pub deadline: String,
    pub closed: bool,
}

fn row(
    state: &AppState,
    r: &agora_app::registry::Registry,
    c: &agora_store::StoredCall,
) -> CallRow {
    CallRow {
        id: c.id,
        title: c.title.clone(),
        theme: r
            .theme(&c.theme)
            .map(|t| Localised::name(&t.labels))
            .unwrap_or_else(|| Localised::new(c.theme.clone(), "en")),
        deadline: crate::lang::date(&c.deadline),
        deadline_iso: c.deadline.clone(),
        closed: calls::closed(state, c),
    }
}

#[derive(Template)]
#[template(path = "practice_calls.html")]
pub struct CallsPage {
    pub rows: Vec<CallRow>,
    /// For editors: the themes to open a call on.
    pub themes: Vec<(String, Localised)>,
    pub may_open: bool,
    /// The practices the reader submitted, every call.
    pub mine: Vec<SubmissionRow>,
    pub csrf: String,
}

fn themes(r: &agora_app::registry::Registry) -> Vec<(String, Localised)> {
    let mut v: Vec<(String, Localised)> = r
        .data
        .themes
        .iter()
        .map(|t| (t.id.to_string(), Localised::name(&t.labels)))
        .collect();
    v.sort_by_key(|a| agora_core::fold(&a.1.text));
    v
}

pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let found = calls::list(&state).await?;
    let mine = match who.account {
        Some(_) => calls::mine(&state, &who.caller()).await?,
        None => Vec::new(),
    };
    html(&CallsPage {
        mine: mine.iter().map(submission_row).collect(),
        rows: found.iter().map(|c| row(&state, &r, c)).collect(),
        themes: themes(&r),
        may_open: who.viewer.may_run_calls(),
        csrf: who.csrf(),
    })
}

/// `POST /practice-calls`: an editor opens a call.
pub async fn open(
    State(state): State<AppState>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let id = calls::open(
        &state,
        &who.caller(),
        &calls::Opening {
            title: form.field("title").to_owned(),
            theme: form.field("theme").to_owned(),
            deadline: form.field("deadline").to_owned(),
            questions: lines_of(form.field("questions")),
        },
    )
    .await?;
    Ok(super::see_other(format!("/practice-calls/{id}")))
}

/// A submission in a call's list.
pub struct SubmissionRow {
    pub id: i64,
    pub title: Localised,
    pub status: String,
    pub round: i64,
}

#[derive(Template)]
#[template(path = "practice_call.html")]
pub struct CallPage {
    pub c: CallRow,
    pub questions: Vec<String>,
    pub rights: calls::CallRights,
    /// For editors: (e-mail, affiliation, accepted).
    pub reviewers: Vec<(String, String, bool)>,
    pub submissions: Vec<SubmissionRow>,
    pub csrf: String,
}

fn submission_row(s: &agora_store::StoredSubmission) -> SubmissionRow {
    SubmissionRow {
        id: s.id,
        title: serde_json::from_str::<agora_core::practice::Practice>(&s.body)
            .map(|p| Localised::name(&p.titles))
            .unwrap_or_else(|_| Localised::new(s.practice_id.clone(), "en")),
        status: status_label(&s.status),
        round: s.round,
    }
}

pub(super) fn number(what: &'static str, id: &str) -> Result<i64, AppError> {
    id.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| AppError::not_found(what, id))
}

pub(super) fn status_label(status: &str) -> String {
    crate::lang::said(&agora_core::Said::new("practice-status").with("status", status))
}

pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let n = number("practice_call", &id)?;
    let r = state.registry().await?;
    let caller = who.caller();
    let c = calls::call(&state, n).await?;
    let subs = calls::submissions(&state, &caller, n).await?;
    html(&CallPage {
        c: row(&state, &r, &c),
        questions: c.questions.clone(),
        rights: calls::rights(&state, &caller, n).await?,
        reviewers: calls::reviewers(&state, &caller, n)
            .await?
            .into_iter()
            .map(|(x, email)| {
                let accepted = x.accepted_at.is_some();
                (email, x.affiliation.unwrap_or_default(), accepted)
            })
            .collect(),
        submissions: subs.iter().map(submission_row).collect(),
        csrf: who.csrf(),
    })
}

/// `POST /practice-calls/{id}/reviewers`: an editor invites a reviewer by e-mail.
pub async fn invite(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n = number("practice_call", &id)?;
    calls::invite(&state, &who.caller(), n, form.field("email")).await?;
    Ok(super::see_other(format!("/practice-calls/{n}")))
}

/// `POST /practice-calls/{id}/acceptance`: an invited reviewer accepts.
pub async fn accept(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n = number("practice_call", &id)?;
    let affiliation = format!(
        "{}:{}",
        form.field("kind"),
        form.field("affiliation").trim()
    );
    calls::accept(&state, &who.caller(), n, &affiliation).await?;
    Ok(super::see_other(format!("/practice-calls/{n}")))
}

/// The submission form as typed.
#[derive(Debug, Clone, Default)]
pub struct Typed {
    pub title: String,
    pub summary: String,
    pub fora: Vec<String>,
    pub states: Vec<String>,
    pub themes: Vec<String>,
    pub from: String,
    pub to: String,
    pub texts: Vec<(&'static str, String)>,
    pub evidence_url: String,
    pub evidence_note: String,
    pub cost: String,
    pub partners: String,
    pub licence: String,
    pub contact_name: String,
    pub contact_role: String,
    pub contact_email: String,
    pub answers: Vec<String>,
}

impl Typed {
    fn empty(questions: usize) -> Typed {
        Typed {
            texts: agora_core::practice::TEXT_FIELDS
                .iter()
                .map(|f| (*f, String::new()))
                .collect(),
            cost: "unknown".into(),
            licence: "CC-BY-4.0".into(),
            answers: vec![String::new(); questions],
            ..Typed::default()
        }
    }

    pub(super) fn of(form: &super::Form, questions: usize) -> Typed {
        let all = |k: &str| form.all(k).into_iter().map(str::to_owned).collect();
        Typed {
            title: form.field("title").to_owned(),
            summary: form.field("summary").to_owned(),
            fora: all("fora"),
            states: all("states"),
            themes: all("themes"),
            from: form.field("from").trim().to_owned(),
            to: form.field("to").trim().to_owned(),
            texts: agora_core::practice::TEXT_FIELDS
                .iter()
                .map(|f| (*f, form.field(f).to_owned()))
                .collect(),
            evidence_url: form.field("evidence_url").trim().to_owned(),
            evidence_note: form.field("evidence_note").trim().to_owned(),
            cost: form.field("cost").to_owned(),
            partners: form.field("partners").to_owned(),
            licence: form.field("licence").to_owned(),
            contact_name: form.field("contact_name").trim().to_owned(),
            contact_role: form.field("contact_role").trim().to_owned(),
            contact_email: form.field("contact_email").trim().to_owned(),
            answers: (0..questions)
                .map(|i| form.field(&format!("answer_{i}")).to_owned())
                .collect(),
        }
    }

    /// A submission as its submitter revises it: its practice, contacts and answers.
    pub(super) fn of_practice(
        p: &agora_core::practice::Practice,
        contacts: &[Contact],
        answers: &[String],
        questions: usize,
    ) -> Typed {
        let first = p.evidence.iter().find(|e| e.url.is_some());
        let contact = contacts.first();
        Typed {
            title: p
                .titles
                .iter()
                .find(|(l, _)| l.as_str() == "en")
                .map(|(_, t)| t.clone())
                .unwrap_or_default(),
            summary: p.summary("en").to_owned(),
            fora: p.fora.iter().map(ToString::to_string).collect(),
            states: p.states.iter().map(ToString::to_string).collect(),
            themes: p.themes.iter().map(ToString::to_string).collect(),
            from: p.from.map(|d| d.to_string()).unwrap_or_default(),
            to: p.to.map(|d| d.to_string()).unwrap_or_default(),
            texts: p
                .texts()
                .iter()
                .map(|(f, t)| (*f, (*t).to_owned()))
                .collect(),
            evidence_url: first.and_then(|e| e.url.clone()).unwrap_or_default(),
            evidence_note: first.and_then(|e| e.note.clone()).unwrap_or_default(),
            cost: p.cost.as_str().to_owned(),
            partners: p.partners.join(", "),
            licence: p.licence.as_str().to_owned(),
            contact_name: contact.map(|c| c.name.clone()).unwrap_or_default(),
            contact_role: contact.and_then(|c| c.role.clone()).unwrap_or_default(),
            contact_email: contact.and_then(|c| c.email.clone()).unwrap_or_default(),
            answers: (0..questions)
                .map(|i| answers.get(i).cloned().unwrap_or_default())
                .collect(),
        }
    }

    /// A revision of `before`: the form's fields over the practice as it was (its titles and
    /// summaries in other languages, its evidence beyond the form's one address, its sources
    /// and its other contacts are kept).
    pub(super) fn revising(
        &self,
        before: &agora_core::practice::Practice,
        contacts: &[Contact],
    ) -> Submitting {
        let mut s = self.submitting();
        let mut old = serde_json::to_value(before).unwrap_or_default();
        if let (Some(old), Some(new)) = (old.as_object_mut(), s.practice.as_object()) {
            for (k, v) in new {
                match k.as_str() {
                    "titles" | "summaries" => {
                        if let (Some(o), Some(n)) =
                            (old.get_mut(k).and_then(Value::as_object_mut), v.as_object())
                        {
                            o.extend(n.clone());
                        }
                    }
                    "evidence" => {
                        let kept = old.get_mut(k).and_then(Value::as_array_mut);
                        match (kept, v.as_array()) {
                            (Some(kept), Some(added)) => {
                                for e in added {
                                    if !kept.iter().any(|x| x.get("url") == e.get("url")) {
                                        kept.push(e.clone());
                                    }
                                }
                            }
                            _ => {
                                old.insert(k.clone(), v.clone());
                            }
                        }
                    }
                    _ => {
                        old.insert(k.clone(), v.clone());
                    }
                }
            }
            for day in ["from", "to"] {
                if !new.contains_key(day) {
                    old.remove(day);
                }
            }
            old.remove("review");
        }
        s.practice = old;
        if let Some(first) = s.contacts.first().cloned() {
            s.contacts = std::iter::once(first)
                .chain(contacts.iter().skip(1).cloned())
                .collect();
        } else {
            s.contacts = contacts.to_vec();
        }
        s
    }

    /// What the application is asked to submit.
    fn submitting(&self) -> Submitting {
        let mut p = json!({
            "titles": {"en": self.title},
            "summaries": {"en": self.summary},
            "fora": self.fora, "states": self.states, "themes": self.themes,
            "cost": self.cost, "licence": self.licence,
            "partners": self.partners.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()).collect::<Vec<_>>(),
        });
        for (field, words) in &self.texts {
            p[*field] = Value::String(words.clone());
        }
        for (field, day) in [("from", &self.from), ("to", &self.to)] {
            if !day.is_empty() {
                p[field] = Value::String(day.clone());
            }
        }
        if !self.evidence_url.is_empty() {
            let mut e = json!({"url": self.evidence_url});
            if !self.evidence_note.is_empty() {
                e["note"] = Value::String(self.evidence_note.clone());
            }
            p["evidence"] = json!([e]);
        }
        let contacts = match self.contact_name.is_empty() && self.contact_email.is_empty() {
            true => Vec::new(),
            false => vec![Contact {
                name: self.contact_name.clone(),
                role: (!self.contact_role.is_empty()).then(|| self.contact_role.clone()),
                email: (!self.contact_email.is_empty()).then(|| self.contact_email.clone()),
            }],
        };
        Submitting {
            practice: p,
            answers: self.answers.clone(),
            contacts,
        }
    }
}

#[derive(Template)]
#[template(path = "practice_submit.html")]
pub struct SubmitPage {
    pub c: CallRow,
    pub questions: Vec<(usize, String, String)>,
    pub typed: Typed,
    pub fora: Vec<(String, Localised, bool)>,
    pub states: Vec<(String, Localised, bool)>,
    pub themes: Vec<(String, Localised, bool)>,
    pub costs: Vec<(&'static str, String)>,
    pub licences: Vec<&'static str>,
    pub mistakes: Mistakes,
    pub csrf: String,
    /// The submission revised, when a returned practice is submitted again.
    pub revising: Option<i64>,
}

/// The submission form, with the fora and states the reader may submit for (every one for
/// editors); `revising` a returned submission, or a new one.
pub(super) fn submit_page(
    state: &AppState,
    who: &Who,
    r: &agora_app::registry::Registry,
    c: &agora_store::StoredCall,
    typed: Typed,
    mistakes: Mistakes,
    revising: Option<i64>,
) -> SubmitPage {
    let mut fora: Vec<(String, Localised, bool)> = r
        .data
        .fora
        .iter()
        .filter(|f| {
            who.viewer
                .may_submit_practice_about(std::slice::from_ref(&f.id), &[])
        })
        .map(|f| {
            (
                f.id.to_string(),
                forum_name(r, &f.id),
                typed.fora.contains(&f.id.to_string()),
            )
        })
        .collect();
    fora.sort_by_key(|a| agora_core::fold(&a.1.text));
    let mut states: Vec<(String, Localised, bool)> = r
        .data
        .areas
        .iter()
        .filter(|a| {
            who.viewer
                .may_submit_practice_about(&[], std::slice::from_ref(&a.code))
        })
        .map(|a| {
            let code = a.code.to_string();
            let chosen = typed.states.contains(&code);
            (code, member_name(r, &Member::Area(a.code.clone())), chosen)
        })
        .collect();
    states.sort_by_key(|a| agora_core::fold(&a.1.text));
    SubmitPage {
        c: row(state, r, c),
        questions: c
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                (
                    i,
                    q.clone(),
                    typed.answers.get(i).cloned().unwrap_or_default(),
                )
            })
            .collect(),
        themes: themes(r)
            .into_iter()
            .map(|(id, name)| {
                let chosen = typed.themes.contains(&id);
                (id, name, chosen)
            })
            .collect(),
        fora,
        states,
        costs: agora_core::practice::CostBand::ALL
            .iter()
            .map(|b| {
                (
                    b.as_str(),
                    crate::lang::said(
                        &agora_core::Said::new("practice-cost").with("band", b.as_str()),
                    ),
                )
            })
            .collect(),
        licences: agora_core::practice::Licence::ALL
            .iter()
            .map(|l| l.as_str())
            .collect(),
        typed,
        mistakes,
        csrf: who.csrf(),
        revising,
    }
}

/// `GET /practice-calls/{id}/submit`: the form, for those who may submit.
pub async fn submit_form(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let n = number("practice_call", &id)?;
    who.caller().account()?;
    if !who.viewer.may_submit_practices() {
        return Err(AppError::forbidden("practice-submitters").into());
    }
    let r = state.registry().await?;
    let c = calls::call(&state, n).await?;
    let typed = Typed::empty(c.questions.len());
    html(&submit_page(
        &state,
        &who,
        &r,
        &c,
        typed,
        Mistakes::default(),
        None,
    ))
}

/// `POST /practice-calls/{id}/submit`: a practice submitted; its mistakes shown on the form,
/// kept as typed.
pub async fn submit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let n = number("practice_call", &id)?;
    let c = calls::call(&state, n).await?;
    let typed = Typed::of(&form, c.questions.len());
    match calls::submit(&state, &who.caller(), n, &typed.submitting()).await {
        Ok((sub, _)) => Ok(super::see_other(format!("/practice-submissions/{sub}"))),
        Err(e) => refused(&state, &who, &c, typed, e, None).await,
    }
}

/// The submission form again, with what was typed and the mistake the application named
/// (400); any other refusal as an error page.
pub(super) async fn refused(
    state: &AppState,
    who: &Who,
    c: &agora_store::StoredCall,
    typed: Typed,
    e: agora_app::Error,
    revising: Option<i64>,
) -> Result<Response, PageError> {
    let Some((_, said)) = mistake_of(&e) else {
        return Err(AppError::from(e).into());
    };
    let field = match &e {
        agora_app::Error::BadParameter { parameter, .. } => form_field(parameter),
        _ => "form".to_owned(),
    };
    let mut mistakes = Mistakes::default();
    mistakes.add(&field, said);
    let r = state.registry().await?;
    let mut page = html(&submit_page(state, who, &r, c, typed, mistakes, revising))?;
    *page.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    Ok(page)
}

/// The form's field for a parameter the application refused (`practice.titles.en` → `title`).
fn form_field(parameter: &str) -> String {
    let p = parameter.trim_start_matches("practice.");
    let head = p.split(['.', '[']).next().unwrap_or(p);
    match head {
        "titles" => "title".into(),
        "summaries" => "summary".into(),
        "evidence" => "evidence_url".into(),
        "contacts" => match p.contains("email") {
            true => "contact_email".into(),
            false => "contact_name".into(),
        },
        "answers" => "answer_0".into(),
        "fora" | "states" | "themes" | "from" | "to" | "context" | "done" | "results"
        | "lessons" | "replication" | "cost" | "partners" | "licence" => head.into(),
        _ => "form".into(),
    }
}
