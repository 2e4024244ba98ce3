//! Calls for practices and their peer review. An editor opens a call (a theme, a deadline,
//! questions) and invites reviewers by e-mail (each gets the `reviewer:CALL` role and accepts
//! by stating an affiliation); a forum's secretariat or a state's focal point (or an editor on
//! their behalf) submits a practice before the deadline; each reviewer declares that they have
//! no conflict of interest — refused when their state or forum is named in the practice unless
//! an editor lets them, logged — then scores the rubric; the reviews are blind to each other
//! until the two needed are in; a third reviewer is asked when the two totals lie far apart;
//! an editor publishes, returns (with the reviews, for a new round) or rejects, and every step
//! stays in the history. A call is public; what is submitted to it is read only by its
//! submitter, the call's reviewers and editors: anyone else is answered as if it did not exist.

use agora_core::account::Email;
use agora_core::kind::RecordKind;
use agora_core::policy::AccessRole;
use agora_core::practice::review::{
    Affiliation, Decision, REVIEWS_NEEDED, Scores, Stage, means, score_problems, total,
};
use agora_core::practice::{Contact, Practice, PracticeKind, ReviewSummary, contact_problems};
use agora_core::{Day, Said};
use agora_store::{
    NewCall, NewSubmission, StoredCall, StoredEvent, StoredReview, StoredReviewer, StoredSubmission,
};
use serde_json::Value;

use crate::{App, Caller, Error, Result};

/// The most questions one call asks.
pub const MOST_QUESTIONS: usize = 20;

/// A call as an editor asks to open it.
#[derive(Debug, Clone)]
pub struct Opening {
    pub title: String,
    pub theme: String,
    pub deadline: String,
    pub questions: Vec<String>,
}

/// Open a call for practices: its number. Editors only; the theme is one of the vocabulary;
/// the deadline today or later.
pub async fn open(app: &App, who: &Caller<'_>, o: &Opening) -> Result<i64> {
    let account = who.account()?;
    if !who.viewer.may_run_calls() {
        app.audit(&who.actor(), "practice.call.open", "call", "refused")
            .await;
        return Err(Error::forbidden("practice-call-editors"));
    }
    let title = o.title.trim();
    if title.is_empty() || title.chars().count() > 300 {
        return Err(Error::bad("title", Said::new("practice-call-title")));
    }
    let r = app.registry().await?;
    if r.theme(o.theme.trim()).is_none() {
        return Err(Error::bad(
            "theme",
            Said::new("check-unknown-theme").with("id", o.theme.trim()),
        ));
    }
    let deadline: Day = o.deadline.trim().parse().map_err(|_| {
        Error::bad(
            "deadline",
            Said::new("cycle-deadline").with("typed", Said::as_given(o.deadline.trim())),
        )
    })?;
    if deadline < app.today() {
        return Err(Error::bad(
            "deadline",
            Said::new("cycle-deadline-past").with("today", app.today().to_string()),
        ));
    }
    let questions: Vec<String> = o
        .questions
        .iter()
        .map(|q| q.trim().to_owned())
        .filter(|q| !q.is_empty())
        .collect();
    if questions.len() > MOST_QUESTIONS {
        return Err(Error::bad(
            "questions",
            Said::new("practice-too-many").with("most", MOST_QUESTIONS),
        ));
    }
    if let Some(i) = questions.iter().position(|q| q.chars().count() > 1000) {
        return Err(Error::bad(
            &format!("questions[{i}]"),
            Said::new("at-most-characters").with("most", 1000),
        ));
    }
    let id = app
        .store
        .open_call(&NewCall {
            title: title.to_owned(),
            theme: o.theme.trim().to_owned(),
            deadline: deadline.to_string(),
            questions,
            opened_by: account.id,
        })
        .await?;
    app.audit(
        &who.actor(),
        "practice.call.open",
        &format!("call:{id}"),
        "opened",
    )
    .await;
    Ok(id)
}

/// Every call, newest first: calls are public.
pub async fn list(app: &App) -> Result<Vec<StoredCall>> {
    Ok(app.store.calls().await?)
}

/// A call, or not found.
pub async fn call(app: &App, id: i64) -> Result<StoredCall> {
    app.store
        .call(id)
        .await?
        .ok_or_else(|| Error::not_found("practice_call", &id.to_string()))
}

/// Whether the call's deadline has passed.
pub fn closed(app: &App, c: &StoredCall) -> bool {
    c.deadline.parse::<Day>().is_ok_and(|d| d < app.today())
}

/// Invite the account with this e-mail to review a call's practices: it is given the
/// `reviewer:CALL` role. Editors only; the account must exist. Whether it was new.
pub async fn invite(app: &App, who: &Caller<'_>, call_id: i64, email: &str) -> Result<bool> {
    let account = who.account()?;
    if !who.viewer.may_run_calls() {
        return Err(Error::forbidden("practice-call-editors"));
    }
    call(app, call_id).await?;
    let email = Email::parse(email.trim()).map_err(|e| Error::bad("email", e.said()))?;
    let Some(invited) = app.store.account_by_email(&email).await? else {
        return Err(Error::bad(
            "email",
            Said::new("practice-no-such-account").with("email", email.as_str()),
        ));
    };
    app.store
        .grant_role(&email, &AccessRole::Reviewer(call_id))
        .await?;
    let new = app
        .store
        .invite_reviewer(call_id, invited.id, account.id)
        .await?;
    if new {
        let c = call(app, call_id).await?;
        ask(
            app,
            &invited,
            &c.title,
            "invited",
            &format!("/practice-calls/{call_id}"),
        )
        .await?;
    }
    app.audit(
        &who.actor(),
        "practice.reviewer.invite",
        &format!("call:{call_id} account:{}", invited.id),
        if new { "invited" } else { "already" },
    )
    .await;
    Ok(new)
}

/// Accept an invitation to review a call, stating an affiliation (`state:ISO3`, `forum:ID`
/// or `organisation:NAME`), which must exist. Once.
pub async fn accept(app: &App, who: &Caller<'_>, call_id: i64, affiliation: &str) -> Result<()> {
    let account = who.account()?;
    call(app, call_id).await?;
    if !who.viewer.may_review_for(call_id) {
        return Err(Error::forbidden("practice-not-invited"));
    }
    let a: Affiliation =
        affiliation
            .parse()
            .map_err(|e: agora_core::practice::review::AffiliationError| {
                Error::bad("affiliation", e.said())
            })?;
    let r = app.registry().await?;
    match &a {
        Affiliation::State(s) if r.area(s.as_str()).is_none() => {
            return Err(Error::bad(
                "affiliation",
                Said::new("check-unknown-area").with("id", s.as_str()),
            ));
        }
        Affiliation::Forum(f) if r.forum(f.as_str()).is_none() => {
            return Err(Error::bad(
                "affiliation",
                Said::new("no-such-forum").with("id", f.as_str()),
            ));
        }
        _ => {}
    }
    if !app
        .store
        .accept_invitation(call_id, account.id, &a.to_string())
        .await?
    {
        // A role given without an editor's invitation (by an administrator) is none.
        let invited = app.store.reviewers(call_id).await?;
        return Err(match reviewer_of(&invited, account.id.get()) {
            Some(_) => Error::conflict("practice-accepted-already"),
            None => Error::forbidden("practice-not-invited"),
        });
    }
    app.audit(
        &who.actor(),
        "practice.reviewer.accept",
        &format!("call:{call_id}"),
        "accepted",
    )
    .await;
    Ok(())
}

/// A practice as a submitter sends it: the record (its `id` optional: made from the English
/// title when missing), the answers to the call's questions, the people to contact.
#[derive(Debug, Clone)]
pub struct Submitting {
    pub practice: Value,
    pub answers: Vec<String>,
    pub contacts: Vec<Contact>,
}

/// The practice of a submission checked against the rules and the ids that exist, with the
/// id given (or made from its English title), never with a review of its own.
async fn checked(app: &App, s: &Submitting, id: Option<&str>) -> Result<(String, String)> {
    let mut record = s.practice.clone();
    let Some(obj) = record.as_object_mut() else {
        return Err(Error::bad("practice", Said::new("practice-not-an-object")));
    };
    if obj.contains_key("review") {
        return Err(Error::bad(
            "practice.review",
            Said::new("practice-review-not-yours"),
        ));
    }
    let id = match (id, obj.get("id").and_then(Value::as_str)) {
        (Some(fixed), _) => fixed.to_owned(),
        (None, Some(given)) => given.to_owned(),
        (None, None) => {
            let title = obj
                .get("titles")
                .and_then(|t| t.get("en"))
                .and_then(Value::as_str)
                .unwrap_or("");
            free_id(app, &agora_core::practice::slug(title)).await?
        }
    };
    obj.insert("id".into(), Value::String(id));
    obj.entry("verification")
        .or_insert(Value::String("unverified".into()));
    let known = app.store.catalogue().await?;
    let c = PracticeKind
        .check(&record, &known)
        .map_err(|r| Error::bad(&format!("practice.{}", r.field), r.message))?;
    if let Some(p) = contact_problems(&s.contacts).into_iter().next() {
        return Err(Error::bad(&p.field, p.message));
    }
    if s.answers.len() > MOST_QUESTIONS {
        return Err(Error::bad(
            "answers",
            Said::new("practice-too-many").with("most", MOST_QUESTIONS),
        ));
    }
    if let Some(i) = s.answers.iter().position(|a| a.chars().count() > 5000) {
        return Err(Error::bad(
            &format!("answers[{i}]"),
            Said::new("at-most-characters").with("most", 5000),
        ));
    }
    Ok((c.id, c.body))
}

/// `base`, or `base-2`, `base-3`... : the first not held by a practice or a submission.
async fn free_id(app: &App, base: &str) -> Result<String> {
    let r = app.registry().await?;
    let taken: std::collections::BTreeSet<String> = app
        .store
        .submissions(None)
        .await?
        .into_iter()
        .map(|s| s.practice_id)
        .collect();
    let mut n = 1;
    loop {
        let id = match n {
            1 => base.to_owned(),
            _ => format!("{base}-{n}"),
        };
        if !taken.contains(&id) && r.practices.get(&id).is_none() {
            return Ok(id);
        }
        n += 1;
    }
}

fn contacts_json(contacts: &[Contact]) -> String {
    let trimmed: Vec<Contact> = contacts
        .iter()
        .map(|c| Contact {
            name: c.name.trim().to_owned(),
            role: c.role.as_ref().map(|r| r.trim().to_owned()),
            email: c.email.as_ref().map(|e| e.trim().to_owned()),
        })
        .collect();
    serde_json::to_string(&trimmed).expect("contacts serialise")
}

/// Submit a practice to an open call: its number and the id it will be published under.
/// Refused after the deadline, and unless the caller may submit for a forum or a state the
/// practice names.
pub async fn submit(
    app: &App,
    who: &Caller<'_>,
    call_id: i64,
    s: &Submitting,
) -> Result<(i64, String)> {
    let account = who.account()?;
    if !who.viewer.may_submit_practices() {
        return Err(Error::forbidden("practice-submitters"));
    }
    let c = call(app, call_id).await?;
    if closed(app, &c) {
        return Err(Error::Conflict(
            Said::new("practice-call-closed").with("deadline", c.deadline.as_str()),
        ));
    }
    let (id, body) = checked(app, s, None).await?;
    let p: Practice = serde_json::from_str(&body).expect("a checked practice reads");
    if !who.viewer.may_submit_practice_about(&p.fora, &p.states) {
        app.audit(
            &who.actor(),
            "practice.submit",
            &format!("call:{call_id}"),
            "refused",
        )
        .await;
        return Err(Error::forbidden("practice-not-yours"));
    }
    let n = app
        .store
        .submit_practice(&NewSubmission {
            call_id,
            practice_id: id.clone(),
            body,
            answers: serde_json::to_string(&s.answers).expect("strings serialise"),
            contacts: contacts_json(&s.contacts),
            submitted_by: account.id,
        })
        .await
        .map_err(|e| match e {
            agora_store::StoreError::Conflict(said) => Error::Conflict(said),
            other => other.into(),
        })?;
    app.audit(
        &who.actor(),
        "practice.submit",
        &format!("submission:{n}"),
        "submitted",
    )
    .await;
    Ok((n, id))
}

/// Submit a returned practice again, revised: a new round of review. Its submitter only.
pub async fn resubmit(app: &App, who: &Caller<'_>, id: i64, s: &Submitting) -> Result<()> {
    let account = who.account()?;
    let sub = readable(app, who, id).await?;
    if sub.submitted_by != account.id.get() {
        return Err(Error::forbidden("practice-not-yours"));
    }
    if sub.status != "returned" {
        return Err(Error::conflict("practice-not-returned"));
    }
    let (_, body) = checked(app, s, Some(&sub.practice_id)).await?;
    let p: Practice = serde_json::from_str(&body).expect("a checked practice reads");
    if !who.viewer.may_submit_practice_about(&p.fora, &p.states) {
        return Err(Error::forbidden("practice-not-yours"));
    }
    let answers = serde_json::to_string(&s.answers).expect("strings serialise");
    if !app
        .store
        .resubmit_practice(id, &body, &answers, &contacts_json(&s.contacts), account.id)
        .await?
    {
        return Err(Error::conflict("practice-not-returned"));
    }
    Ok(())
}

/// A submission the caller may read, or not found.
async fn readable(app: &App, who: &Caller<'_>, id: i64) -> Result<StoredSubmission> {
    let mine = |s: &StoredSubmission| who.account.is_some_and(|a| a.id.get() == s.submitted_by);
    match app.store.submission(id).await? {
        Some(s) if who.viewer.may_read_submission(mine(&s), s.call_id) => Ok(s),
        _ => Err(Error::not_found("practice_submission", &id.to_string())),
    }
}

/// The submissions to a call the caller may read: every one for editors and the call's
/// reviewers, one's own for a submitter, none for anyone else.
pub async fn submissions(
    app: &App,
    who: &Caller<'_>,
    call_id: i64,
) -> Result<Vec<StoredSubmission>> {
    call(app, call_id).await?;
    let me = who.account.map(|a| a.id.get());
    Ok(app
        .store
        .submissions(Some(call_id))
        .await?
        .into_iter()
        .filter(|s| {
            who.viewer
                .may_read_submission(me == Some(s.submitted_by), s.call_id)
        })
        .collect())
}

/// The submissions the caller made, every call.
pub async fn mine(app: &App, who: &Caller<'_>) -> Result<Vec<StoredSubmission>> {
    let me = who.account()?.id.get();
    Ok(app
        .store
        .submissions(None)
        .await?
        .into_iter()
        .filter(|s| s.submitted_by == me)
        .collect())
}

mod review;
pub use review::{
    Reviewed, SubmissionView, decide, declare, override_conflict, release, score, view,
};

/// The stage of the current round of a submission from its reviews.
fn stage(sub: &StoredSubmission, reviews: &[StoredReview]) -> Stage {
    let totals: Vec<u32> = round(sub, reviews)
        .filter_map(|r| r.total.map(|t| t as u32))
        .collect();
    Stage::of(&totals)
}

/// The reviews of a submission's current round, in the order declared.
fn round<'a>(
    sub: &'a StoredSubmission,
    reviews: &'a [StoredReview],
) -> impl Iterator<Item = &'a StoredReview> {
    reviews.iter().filter(move |r| r.round == sub.round)
}

/// How many reviews the current round wants in all: two, or three once a third is asked.
fn wanted(stage: Stage) -> usize {
    match stage {
        Stage::ThirdAsked => REVIEWS_NEEDED + 1,
        _ => REVIEWS_NEEDED,
    }
}

fn scores_of(r: &StoredReview) -> Option<Scores> {
    r.scores
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
}

/// The reviewer of a call with this account, if invited.
fn reviewer_of(reviewers: &[StoredReviewer], account: i64) -> Option<&StoredReviewer> {
    reviewers.iter().find(|r| r.account_id == account)
}

/// The public summary of a round's reviews.
fn summary(app: &App, call_id: i64, reviews: &[&StoredReview]) -> ReviewSummary {
    let scored: Vec<Scores> = reviews.iter().filter_map(|r| scores_of(r)).collect();
    ReviewSummary {
        call: call_id,
        reviews: scored.len() as u32,
        means: means(scored.iter()),
        decided: app.today().to_string(),
    }
}

/// A history's events as the caller may read them: who acted and the notes of reviewers'
/// steps for editors only (reviewers are known to editors only, and a review's total is not
/// told before the reviews are in).
pub fn events_for(who: &Caller<'_>, events: Vec<StoredEvent>) -> Vec<StoredEvent> {
    events
        .into_iter()
        .map(|mut e| {
            // Who acted, and what a reviewer's step says (an affiliation refused, the totals
            // that asked a third reviewer), are the editors'; an editor's note on a decision is
            // for the submitter too.
            if !who.viewer.may_read_review_notes() {
                e.actor = 0;
                if !matches!(e.event.as_str(), "returned" | "published" | "rejected") {
                    e.note = String::new();
                }
            }
            e
        })
        .collect()
}

/// The check of a review's scores, by field.
fn checked_scores(scores: &Scores) -> Result<u32> {
    if let Some(p) = score_problems(scores).into_iter().next() {
        return Err(Error::bad(&p.field, p.message));
    }
    Ok(total(scores))
}

/// A decision's word, or a bad parameter.
pub fn decision(word: &str) -> Result<Decision> {
    Decision::parse(word.trim()).ok_or_else(|| {
        Error::bad(
            "decision",
            Said::new("practice-decision").with("typed", Said::as_given(word.trim())),
        )
    })
}

/// For the pages: what a call's reader may do there.
#[derive(Debug, Clone, Default)]
pub struct CallRights {
    pub run: bool,
    pub submit: bool,
    /// Invited to review it, and whether (and with which affiliation) accepted.
    pub invited: bool,
    pub affiliation: Option<String>,
}

pub async fn rights(app: &App, who: &Caller<'_>, call_id: i64) -> Result<CallRights> {
    let reviewers = app.store.reviewers(call_id).await?;
    let me = who.account.map(|a| a.id.get());
    let mine = me.and_then(|m| reviewer_of(&reviewers, m));
    Ok(CallRights {
        run: who.viewer.may_run_calls(),
        submit: who.viewer.may_submit_practices(),
        invited: who.viewer.may_review_for(call_id) && mine.is_some(),
        affiliation: mine.and_then(|r| r.affiliation.clone()),
    })
}

/// For editors: a call's reviewers, with their e-mail.
pub async fn reviewers(
    app: &App,
    who: &Caller<'_>,
    call_id: i64,
) -> Result<Vec<(StoredReviewer, String)>> {
    if !who.viewer.may_read_every_submission() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for r in app.store.reviewers(call_id).await? {
        let email = app
            .store
            .account_by_id(agora_core::account::AccountId::new(r.account_id))
            .await?
            .map(|a| a.email.to_string())
            .unwrap_or_default();
        out.push((r, email));
    }
    Ok(out)
}

/// Ask a reviewer to review, by mail in their language when an SMTP server is set up, else in
/// the log: `why` is `invited` or `third`; `path` the page to go to.
pub(crate) async fn ask(
    app: &App,
    to: &agora_core::account::Account,
    title: &str,
    why: &str,
    path: &str,
) -> Result<()> {
    let locale = match app.store.account_language(to.id).await? {
        Some(code) => agora_i18n::Locale::from_code(&code).unwrap_or(agora_i18n::Locale::En),
        None => agora_i18n::Locale::En,
    };
    let (subject, body) = crate::mail::ReviewAsked {
        title,
        why,
        link: app.public_url.link(&format!("{}{path}", locale.prefix())),
    }
    .write(locale);
    match &app.mailer {
        Some(m) => m.send_later(to.email.to_string(), subject, body),
        None => tracing::info!(
            to = to.email.as_str(),
            subject = subject.as_str(),
            "a reviewer asked (no SMTP server set up: the mail is written here)\n{body}"
        ),
    }
    Ok(())
}
