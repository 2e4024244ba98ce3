//! Assessments of what a forum achieved against its own objectives, and their reports. An
//! editor opens one for a forum and a period and assigns researchers; they record the
//! objectives (each from a library document's paragraph), the outputs that served them, the
//! impacts with their evidence and attribution, the five dimensions rated, interviews and the
//! coded passages ([`steps`]); the forum's secretariat replies to the draft; an editor
//! publishes. A draft is read by its researchers, editors and the forum's secretariat —
//! anyone else, a researcher not assigned to it too, is answered as if it did not exist.
//! Interview notes, their unreleased extracts and the codes of their passages are read by the
//! assigned researchers alone: no other view here carries them.

use agora_core::assessment::{self, Body, Code, Consent, Interview, Passage, Status, YEARS};
use agora_core::{ForumId, Said};
use agora_store::{NewAssessment, StoredAssessment, StoredStep};

use crate::{App, Caller, Error, Result};

mod body;
mod checks;
pub mod steps;

/// An assessment as an editor asks to open it.
#[derive(Debug, Clone)]
pub struct Opening {
    pub forum: String,
    pub from: i32,
    pub to: i32,
}

/// Open an assessment of a forum for a period of years: its id. Editors only.
pub async fn open(app: &App, who: &Caller<'_>, o: &Opening) -> Result<String> {
    let account = who.account()?;
    if !who.viewer.may_run_assessments() {
        app.audit(&who.actor(), "assessment.open", "assessment", "refused")
            .await;
        return Err(Error::forbidden("assessment-editors"));
    }
    let r = app.registry().await?;
    let Some(forum) = r.forum(o.forum.trim()) else {
        return Err(Error::bad(
            "forum",
            Said::new("check-unknown-forum").with("id", o.forum.trim()),
        ));
    };
    for (field, year) in [("from", o.from), ("to", o.to)] {
        if !YEARS.contains(&year) {
            return Err(Error::bad(
                field,
                Said::new("assessment-year")
                    .with("first", *YEARS.start())
                    .with("last", *YEARS.end()),
            ));
        }
    }
    if o.to < o.from {
        return Err(Error::bad("to", Said::new("assessment-period-order")));
    }
    let id = assessment::id_of(&forum.id, o.from, o.to);
    app.store
        .open_assessment(&NewAssessment {
            id: id.clone(),
            forum: forum.id.to_string(),
            from_year: o.from,
            to_year: o.to,
            body: serde_json::to_string(&Body::default()).expect("a body serialises"),
            opened_by: account.id,
        })
        .await?;
    app.audit(
        &who.actor(),
        "assessment.open",
        &format!("assessment:{id}"),
        "opened",
    )
    .await;
    Ok(id)
}

/// An assessment in a list.
#[derive(Debug, Clone)]
pub struct Summary {
    pub id: String,
    pub forum: ForumId,
    pub from: i32,
    pub to: i32,
    pub status: Status,
    pub published_at: Option<String>,
}

/// The assessments the caller may read (published ones, and the drafts they work on, edit or
/// reply to), by forum and period — never in an order of what they found.
pub async fn list(app: &App, who: &Caller<'_>) -> Result<Vec<Summary>> {
    let mut out = Vec::new();
    for a in app.store.assessments().await? {
        let Some((forum, status)) = parsed(&a) else {
            continue;
        };
        if status == Status::Draft {
            let assigned = assigned(app, who, &a.id).await?;
            if !who.viewer.may_read_draft_assessment(assigned, &forum) {
                continue;
            }
        }
        out.push(Summary {
            id: a.id,
            forum,
            from: a.from_year,
            to: a.to_year,
            status,
            published_at: a.published_at,
        });
    }
    Ok(out)
}

fn parsed(a: &StoredAssessment) -> Option<(ForumId, Status)> {
    Some((ForumId::parse(&a.forum).ok()?, Status::parse(&a.status)?))
}

/// Whether the caller's account is assigned to the assessment.
pub(crate) async fn assigned(app: &App, who: &Caller<'_>, id: &str) -> Result<bool> {
    let Some(account) = who.account else {
        return Ok(false);
    };
    Ok(app
        .store
        .assessment_researchers(id)
        .await?
        .iter()
        .any(|r| r.account_id == account.id.get()))
}

/// An assessment the caller may read, with whether they are assigned to it; or not found.
pub(crate) async fn readable(
    app: &App,
    who: &Caller<'_>,
    id: &str,
) -> Result<(StoredAssessment, ForumId, Status, bool)> {
    let missing = || Error::not_found("assessment", id);
    let a = app.store.assessment(id).await?.ok_or_else(missing)?;
    let (forum, status) = parsed(&a).ok_or_else(missing)?;
    let assigned = assigned(app, who, id).await?;
    if status == Status::Draft && !who.viewer.may_read_draft_assessment(assigned, &forum) {
        return Err(missing());
    }
    Ok((a, forum, status, assigned))
}

/// Whether the caller may read the assessment: nothing, or not found (what an interface asks
/// before it reads what the caller sent).
pub async fn find(app: &App, who: &Caller<'_>, id: &str) -> Result<()> {
    readable(app, who, id).await.map(|_| ())
}

/// An interview as its assigned researchers read it.
#[derive(Debug, Clone)]
pub struct InterviewView {
    pub n: i64,
    /// None once withdrawn.
    pub about: Option<Interview>,
    pub notes: Option<String>,
    /// Each extract with its words.
    pub extracts: Vec<(assessment::Extract, String)>,
    pub recorded_at: String,
    pub withdrawn_at: Option<String>,
}

/// A coded passage, numbered as the reader sees it.
#[derive(Debug, Clone)]
pub struct CodeView {
    pub n: i64,
    pub code: Code,
}

/// A step of the history as the caller may read it.
#[derive(Debug, Clone)]
pub struct StepView {
    pub at: String,
    pub event: String,
    /// What the step says (a reply's words; which interview or extract): never notes.
    pub note: String,
    /// Who acted: for editors and the assigned researchers only.
    pub actor: Option<String>,
}

/// What the caller may do with it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Powers {
    pub work: bool,
    pub assign: bool,
    pub reply: bool,
    pub publish: bool,
}

/// An assessment as the caller may read it.
#[derive(Debug, Clone)]
pub struct View {
    pub id: String,
    pub forum: ForumId,
    pub from: i32,
    pub to: i32,
    pub status: Status,
    pub version: i64,
    pub published_at: Option<String>,
    pub body: Body,
    /// How many interviews were held, and how many of them were withdrawn since.
    pub interviews_held: usize,
    pub interviews_withdrawn: usize,
    /// The extracts released to the report, without a name: only their words.
    pub released: Vec<String>,
    /// Passages of library documents the caller may read.
    pub document_codes: Vec<CodeView>,
    /// The secretariat's replies to the draft (when, and what).
    pub replies: Vec<(String, String)>,
    pub history: Vec<StepView>,
    /// For the assigned researchers only: the interviews with their notes, and the codes of
    /// their passages.
    pub interviews: Option<Vec<InterviewView>>,
    pub interview_codes: Option<Vec<CodeView>>,
    /// The researchers' e-mail addresses: for editors and the researchers themselves.
    pub researchers: Option<Vec<String>>,
    pub powers: Powers,
}

/// The extracts of an interview with their words (those whose range no longer fits the notes
/// are skipped).
fn extracts_of(about: &Interview, notes: &str) -> Vec<(assessment::Extract, String)> {
    about
        .extracts
        .iter()
        .filter_map(|e| Some((e.clone(), assessment::passage(notes, e.start, e.end)?)))
        .collect()
}

/// An interview's extracts that may reach the report: released, approved by the interviewee,
/// and the interview's consent covers quoting.
pub fn quotable(about: &Interview, notes: &str) -> Vec<String> {
    if about.consent != Consent::Quotable {
        return Vec::new();
    }
    extracts_of(about, notes)
        .into_iter()
        .filter(|(e, _)| e.approved && e.released)
        .map(|(_, words)| words)
        .collect()
}

/// The interviews as stored, read.
pub(crate) async fn interviews(app: &App, id: &str) -> Result<Vec<InterviewView>> {
    let mut out = Vec::new();
    for i in app.store.interviews(id).await? {
        let about: Option<Interview> = match &i.about {
            Some(json) => Some(serde_json::from_str(json).map_err(|e| {
                Error::Internal(format!("interview {} of {id} does not read: {e}", i.n))
            })?),
            None => None,
        };
        let extracts = match (&about, &i.notes) {
            (Some(a), Some(notes)) => extracts_of(a, notes),
            _ => Vec::new(),
        };
        out.push(InterviewView {
            n: i.n,
            about,
            notes: i.notes,
            extracts,
            recorded_at: i.recorded_at,
            withdrawn_at: i.withdrawn_at,
        });
    }
    Ok(out)
}

pub(crate) fn body_of(a: &StoredAssessment) -> Result<Body> {
    serde_json::from_str(&a.body)
        .map_err(|e| Error::Internal(format!("assessment {} does not read: {e}", a.id)))
}

/// An assessment as the caller may read it, or not found.
pub async fn view(app: &App, who: &Caller<'_>, id: &str) -> Result<View> {
    let (a, forum, status, assigned) = readable(app, who, id).await?;
    let body = body_of(&a)?;
    let researcher = who.viewer.may_read_interviews(assigned);
    let draft = status == Status::Draft;
    let all = interviews(app, id).await?;
    let released = all
        .iter()
        .filter_map(|i| Some(quotable(i.about.as_ref()?, i.notes.as_deref()?)))
        .flatten()
        .collect();
    let registry = app.registry().await?;
    let today = app.today();
    let mut document_codes = Vec::new();
    let mut interview_codes = Vec::new();
    for c in app.store.codes(id).await? {
        let code: Code = serde_json::from_str(&c.body)
            .map_err(|e| Error::Internal(format!("code {} of {id} does not read: {e}", c.n)))?;
        match &code.passage {
            Passage::Interview { .. } => {
                if researcher {
                    interview_codes.push(CodeView { n: c.n, code });
                }
            }
            Passage::Document { document, .. } => {
                let Some(d) = registry.document(document.as_str()) else {
                    continue;
                };
                if !who.viewer.may_see(&d.visibility, today, registry.as_ref()) {
                    continue;
                }
                document_codes.push(CodeView { n: c.n, code });
            }
        }
    }
    // Outsiders get the passages numbered among themselves: the numbers of the codes of notes
    // they may not read leave no gaps to count.
    if !researcher {
        for (i, c) in document_codes.iter_mut().enumerate() {
            c.n = i as i64 + 1;
        }
    }
    let steps = app.store.assessment_steps(id).await?;
    let insider = who.viewer.may_read_assessment_history(assigned);
    let replies = steps
        .iter()
        .filter(|s| s.event == "reply")
        .map(|s| (s.at.clone(), s.note.clone()))
        .collect();
    let history = history(app, &steps, insider).await?;
    let researchers = if insider {
        let mut emails = Vec::new();
        for r in app.store.assessment_researchers(id).await? {
            if let Some(acc) = app
                .store
                .account_by_id(agora_core::account::AccountId::new(r.account_id))
                .await?
            {
                emails.push(acc.email.as_str().to_owned());
            }
        }
        Some(emails)
    } else {
        None
    };
    Ok(View {
        id: a.id,
        from: a.from_year,
        to: a.to_year,
        version: a.version,
        published_at: a.published_at,
        interviews_held: all.len(),
        interviews_withdrawn: all.iter().filter(|i| i.withdrawn_at.is_some()).count(),
        released,
        document_codes,
        replies,
        history,
        interviews: researcher.then_some(all),
        interview_codes: researcher.then_some(interview_codes),
        researchers,
        powers: Powers {
            work: draft && who.viewer.may_work_on_assessment(assigned),
            assign: draft && who.viewer.may_run_assessments(),
            reply: draft && who.viewer.may_reply_to_assessment(&forum),
            publish: draft && who.viewer.may_run_assessments(),
        },
        forum,
        status,
        body,
    })
}

/// The steps of the history only insiders read.
const INSIDE_STEPS: [&str; 6] = [
    "assigned",
    "interview",
    "extract",
    "released",
    "coded",
    "withdrawn",
];

/// The history: who acted, and the steps about researchers and interviews, only for insiders
/// (editors, the assigned researchers).
async fn history(app: &App, steps: &[StoredStep], insider: bool) -> Result<Vec<StepView>> {
    let mut names = std::collections::BTreeMap::new();
    let mut out = Vec::new();
    for s in steps {
        // Who was assigned, when an interview was held, marked, coded or withdrawn: told to
        // outsiders only as the report's counts, never as dated steps (a date could name an
        // interviewee to someone who knows who was met that day).
        if !insider && INSIDE_STEPS.contains(&s.event.as_str()) {
            continue;
        }
        let actor = if insider {
            if let std::collections::btree_map::Entry::Vacant(e) = names.entry(s.actor) {
                let email = app
                    .store
                    .account_by_id(agora_core::account::AccountId::new(s.actor))
                    .await?
                    .map(|a| a.email.as_str().to_owned())
                    .unwrap_or_else(|| format!("account:{}", s.actor));
                e.insert(email);
            }
            names.get(&s.actor).cloned()
        } else {
            None
        };
        out.push(StepView {
            at: s.at.clone(),
            event: s.event.clone(),
            note: s.note.clone(),
            actor,
        });
    }
    Ok(out)
}
