//! A submission's review: declaring no conflict, scoring, an editor's leave for a reviewer
//! with a conflict, the editor's decision, and the submission as each reader may see it
//! (reviews blind to each other until the two needed are in; the reviewers' names for editors
//! only).

use agora_core::Said;
use agora_core::account::Email;
use agora_core::kind::RecordKind;
use agora_core::practice::review::{Affiliation, Decision, REVIEWS_NEEDED, Scores, Stage};
use agora_core::practice::{Contact, Practice, PracticeKind};
use agora_store::{Decided, StoredCall, StoredEvent, StoredSubmission};

use super::{
    call, checked_scores, events_for, readable, reviewer_of, round, scores_of, stage, summary,
    wanted,
};
use crate::{App, Caller, Error, Result};

fn practice_of(sub: &StoredSubmission) -> Result<Practice> {
    serde_json::from_str(&sub.body)
        .map_err(|e| Error::Internal(format!("submission {} does not read: {e}", sub.id)))
}

/// Declare no conflict of interest with a submission's current round, which the caller is
/// invited to review and whose invitation they accepted. `conflict` is what the reviewer
/// declares (empty: none). A declared conflict, an affiliation with a state or forum the
/// practice names, or a role in one of them is refused (and logged) unless an editor has let
/// this reviewer review it; its submitter never reviews it.
pub async fn declare(app: &App, who: &Caller<'_>, id: i64, conflict: &str) -> Result<()> {
    let account = who.account()?;
    let sub = readable(app, who, id).await?;
    if !who.viewer.may_review_for(sub.call_id) {
        return Err(Error::forbidden("practice-not-invited"));
    }
    if sub.submitted_by == account.id.get() {
        return Err(Error::forbidden("practice-own"));
    }
    let reviewers = app.store.reviewers(sub.call_id).await?;
    let Some(affiliation) =
        reviewer_of(&reviewers, account.id.get()).and_then(|r| r.affiliation.clone())
    else {
        return Err(Error::conflict("practice-accept-first"));
    };
    if sub.status != "submitted" {
        return Err(Error::conflict("practice-not-in-review"));
    }
    let reviews = app.store.reviews(id).await?;
    if round(&sub, &reviews).any(|r| r.reviewer == account.id.get()) {
        return Err(Error::conflict("practice-declared-already"));
    }
    let most = wanted(stage(&sub, &reviews));
    if round(&sub, &reviews).count() >= most {
        return Err(Error::conflict("practice-enough-reviewers"));
    }
    let let_through = app
        .store
        .overrides(id)
        .await?
        .iter()
        .any(|o| o.reviewer == account.id.get());
    let conflict: String = conflict.trim().chars().take(1000).collect();
    let practice = practice_of(&sub)?;
    let named = affiliation
        .parse::<Affiliation>()
        .is_ok_and(|a| a.conflicts_with(&practice))
        || who.viewer.has_stake_in(&practice.fora, &practice.states);
    if !let_through && (named || !conflict.is_empty()) {
        let note = match named {
            true => affiliation.clone(),
            false => conflict.clone(),
        };
        app.store
            .practice_event(id, account.id, "refused", &note)
            .await?;
        app.audit(
            &who.actor(),
            "practice.review.declare",
            &format!("submission:{id}"),
            "conflict",
        )
        .await;
        return Err(Error::Forbidden(match named {
            true => Said::new("practice-conflict").with("affiliation", affiliation.as_str()),
            false => Said::new("practice-conflict-declared"),
        }));
    }
    // A conflict the reviewer declared, let through by an editor, stays in the history.
    if !app
        .store
        .declare(id, sub.round, account.id, most as i64, &conflict)
        .await?
    {
        return Err(Error::conflict("practice-enough-reviewers"));
    }
    Ok(())
}

/// Release a reviewer who declared for the current round and has not scored, so that another
/// may review it: editors only, logged.
pub async fn release(app: &App, who: &Caller<'_>, id: i64, email: &str) -> Result<()> {
    let account = who.account()?;
    if !who.viewer.may_run_calls() {
        return Err(Error::forbidden("practice-call-editors"));
    }
    let sub = readable(app, who, id).await?;
    let email = Email::parse(email.trim()).map_err(|e| Error::bad("email", e.said()))?;
    let Some(reviewer) = app.store.account_by_email(&email).await? else {
        return Err(Error::bad(
            "email",
            Said::new("practice-not-a-reviewer").with("email", email.as_str()),
        ));
    };
    if !app
        .store
        .release_reviewer(id, sub.round, reviewer.id, account.id)
        .await?
    {
        return Err(Error::conflict("practice-not-declared"));
    }
    app.audit(
        &who.actor(),
        "practice.review.release",
        &format!("submission:{id} account:{}", reviewer.id),
        "released",
    )
    .await;
    Ok(())
}

/// Score the rubric for a submission's current round, after declaring: where the review now
/// stands. A third reviewer is asked (logged) when this makes two reviews whose totals lie
/// more than the margin apart.
pub async fn score(app: &App, who: &Caller<'_>, id: i64, scores: &Scores) -> Result<Stage> {
    let account = who.account()?;
    let sub = readable(app, who, id).await?;
    if !who.viewer.may_review_for(sub.call_id) {
        return Err(Error::forbidden("practice-not-invited"));
    }
    if sub.status != "submitted" {
        return Err(Error::conflict("practice-not-in-review"));
    }
    let total = checked_scores(scores)?;
    let json = serde_json::to_string(scores).expect("scores serialise");
    if !app
        .store
        .score(id, sub.round, account.id, &json, i64::from(total))
        .await?
    {
        let reviews = app.store.reviews(id).await?;
        let mine = round(&sub, &reviews).find(|r| r.reviewer == account.id.get());
        return Err(Error::conflict(match mine {
            Some(r) if r.scores.is_some() => "practice-scored-already",
            _ => "practice-declare-first",
        }));
    }
    let reviews = app.store.reviews(id).await?;
    let now = stage(&sub, &reviews);
    let scored = round(&sub, &reviews).filter(|r| r.total.is_some()).count();
    if now == Stage::ThirdAsked && scored == REVIEWS_NEEDED {
        let totals: Vec<String> = round(&sub, &reviews)
            .filter_map(|r| r.total.map(|t| t.to_string()))
            .collect();
        app.store
            .practice_event(id, account.id, "third_asked", &totals.join(" / "))
            .await?;
        // Asked: the call's reviewers who accepted and are not among this round's.
        let c = call(app, sub.call_id).await?;
        for r in app.store.reviewers(sub.call_id).await? {
            if r.accepted_at.is_none() || round(&sub, &reviews).any(|x| x.reviewer == r.account_id)
            {
                continue;
            }
            let to = app
                .store
                .account_by_id(agora_core::account::AccountId::new(r.account_id))
                .await?;
            if let Some(to) = to.filter(|a| !a.disabled) {
                super::ask(
                    app,
                    &to,
                    &c.title,
                    "third",
                    &format!("/practice-submissions/{id}"),
                )
                .await?;
            }
        }
    }
    Ok(now)
}

/// Let a reviewer with a conflict of interest review a submission: editors only, with a
/// reason; logged in the history and the audit log.
pub async fn override_conflict(
    app: &App,
    who: &Caller<'_>,
    id: i64,
    email: &str,
    reason: &str,
) -> Result<()> {
    let account = who.account()?;
    if !who.viewer.may_run_calls() {
        return Err(Error::forbidden("practice-call-editors"));
    }
    let sub = readable(app, who, id).await?;
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 1000 {
        return Err(Error::bad("reason", Said::new("practice-override-reason")));
    }
    let email = Email::parse(email.trim()).map_err(|e| Error::bad("email", e.said()))?;
    let reviewers = app.store.reviewers(sub.call_id).await?;
    let reviewer = match app.store.account_by_email(&email).await? {
        Some(a) if reviewer_of(&reviewers, a.id.get()).is_some() => a,
        _ => {
            return Err(Error::bad(
                "email",
                Said::new("practice-not-a-reviewer").with("email", email.as_str()),
            ));
        }
    };
    if !app
        .store
        .override_conflict(id, reviewer.id, account.id, reason)
        .await?
    {
        return Err(Error::conflict("practice-overridden-already"));
    }
    app.audit(
        &who.actor(),
        "practice.conflict.override",
        &format!("submission:{id} account:{}", reviewer.id),
        "allowed",
    )
    .await;
    Ok(())
}

/// An editor's decision on a submitted practice. Publishing needs the reviews the round
/// wants (two, three when a third was asked) and writes the practice with the public summary
/// of its review; returning sends it back with the reviews for a new round; rejecting ends
/// it. Every decision stays in the history with the editor's note.
pub async fn decide(
    app: &App,
    who: &Caller<'_>,
    id: i64,
    decision: &str,
    note: &str,
) -> Result<()> {
    let account = who.account()?;
    if !who.viewer.may_run_calls() {
        return Err(Error::forbidden("practice-call-editors"));
    }
    let sub = readable(app, who, id).await?;
    let decision = super::decision(decision)?;
    if sub.status != "submitted" {
        return Err(Error::conflict("practice-not-in-review"));
    }
    let note = note.trim();
    if note.chars().count() > 5000 {
        return Err(Error::bad(
            "note",
            Said::new("at-most-characters").with("most", 5000),
        ));
    }
    let reviews = app.store.reviews(id).await?;
    let body;
    let decided = match decision {
        Decision::Publish => {
            if stage(&sub, &reviews) != Stage::Ready {
                return Err(Error::conflict("practice-reviews-missing"));
            }
            let scored: Vec<_> = round(&sub, &reviews)
                .filter(|r| r.total.is_some())
                .collect();
            let mut p = practice_of(&sub)?;
            p.review = Some(summary(app, sub.call_id, &scored));
            let value = serde_json::to_value(&p).expect("practices serialise");
            let known = app.store.catalogue().await?;
            // The records may have moved since it was submitted (a document withdrawn): it
            // is returned to its submitter rather than published broken.
            body = PracticeKind
                .check(&value, &known)
                .map_err(|r| {
                    Error::Conflict(
                        Said::new("practice-no-longer-valid")
                            .with("field", r.field)
                            .with("said", r.message),
                    )
                })?
                .body;
            Decided::Published {
                kind: &PracticeKind,
                body: &body,
            }
        }
        Decision::Return if stage(&sub, &reviews) != Stage::Ready => {
            return Err(Error::conflict("practice-reviews-missing"));
        }
        Decision::Return => Decided::Returned,
        Decision::Reject => Decided::Rejected,
    };
    if !app
        .store
        .decide_practice(id, sub.round, decided, account.id, note)
        .await?
    {
        return Err(Error::conflict("practice-not-in-review"));
    }
    app.audit(
        &who.actor(),
        "practice.decide",
        &format!("submission:{id}"),
        decision.as_str(),
    )
    .await;
    Ok(())
}

/// One review as a reader of the submission may see it.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub round: i64,
    /// Its place in its round (1, 2, 3): how reviewers are named to anyone but editors.
    pub number: usize,
    pub mine: bool,
    /// The reviewer's e-mail and affiliation: for editors only.
    pub reviewer: Option<(String, String)>,
    /// The scores, when they are in and the reader may read them.
    pub scores: Option<Scores>,
    pub total: Option<i64>,
    pub submitted: bool,
}

/// A submission as the caller may see it, with what they may do.
#[derive(Debug, Clone)]
pub struct SubmissionView {
    pub submission: StoredSubmission,
    pub call: StoredCall,
    pub practice: Practice,
    pub answers: Vec<String>,
    pub contacts: Vec<Contact>,
    pub stage: Stage,
    pub reviews: Vec<Reviewed>,
    pub events: Vec<StoredEvent>,
    /// The caller submitted it.
    pub mine: bool,
    pub may_declare: bool,
    pub may_score: bool,
    pub may_decide: bool,
    /// The caller may remove its contacts.
    pub may_remove_contacts: bool,
}

/// A submission, for its submitter, the call's reviewers and editors; not found for anyone
/// else.
pub async fn view(app: &App, who: &Caller<'_>, id: i64) -> Result<SubmissionView> {
    let sub = readable(app, who, id).await?;
    let me = who.account.map(|a| a.id.get());
    let mine = me == Some(sub.submitted_by);
    let c = call(app, sub.call_id).await?;
    let reviews = app.store.reviews(id).await?;
    let reviewers = app.store.reviewers(sub.call_id).await?;
    let editor = who.viewer.may_read_every_submission();
    let mut out = Vec::new();
    let mut rounds: Vec<i64> = reviews.iter().map(|r| r.round).collect();
    rounds.dedup();
    for n in rounds {
        let in_round: Vec<_> = reviews.iter().filter(|r| r.round == n).collect();
        let scored = in_round.iter().filter(|r| r.total.is_some()).count();
        let own_in = in_round
            .iter()
            .any(|r| Some(r.reviewer) == me && r.total.is_some());
        let decided = n < sub.round || sub.status != "submitted";
        let reviewing = in_round.iter().any(|r| Some(r.reviewer) == me);
        let others = who
            .viewer
            .may_read_reviews(reviewing, own_in, scored >= REVIEWS_NEEDED)
            || who.viewer.may_read_decided_reviews(mine, decided);
        for (i, r) in in_round.iter().enumerate() {
            let own = Some(r.reviewer) == me;
            let shown = own || others;
            let reviewer = match editor {
                true => {
                    let email = app
                        .store
                        .account_by_id(agora_core::account::AccountId::new(r.reviewer))
                        .await?
                        .map(|a| a.email.to_string())
                        .unwrap_or_default();
                    let aff = reviewer_of(&reviewers, r.reviewer)
                        .and_then(|x| x.affiliation.clone())
                        .unwrap_or_default();
                    Some((email, aff))
                }
                false => None,
            };
            out.push(Reviewed {
                round: n,
                number: i + 1,
                mine: own,
                reviewer,
                scores: if shown { scores_of(r) } else { None },
                total: if shown { r.total } else { None },
                submitted: r.total.is_some(),
            });
        }
    }
    let current = stage(&sub, &reviews);
    let accepted = me
        .and_then(|m| reviewer_of(&reviewers, m))
        .is_some_and(|r| r.affiliation.is_some());
    let my_review = round(&sub, &reviews).find(|r| Some(r.reviewer) == me);
    let open = sub.status == "submitted";
    let room = round(&sub, &reviews).count() < wanted(current);
    let may_review = open && accepted && who.viewer.may_review_for(sub.call_id);
    Ok(SubmissionView {
        practice: practice_of(&sub)?,
        answers: serde_json::from_str(&sub.answers).unwrap_or_default(),
        contacts: match who.viewer.may_see_submission_contacts(mine) {
            true => super::super::read_contacts(app, &sub.practice_id).await?,
            false => Vec::new(),
        },
        stage: current,
        reviews: out,
        events: events_for(who, app.store.practice_events(id).await?),
        mine,
        may_declare: may_review && my_review.is_none() && room,
        may_score: may_review && my_review.is_some_and(|r| r.total.is_none()),
        may_decide: open && who.viewer.may_run_calls(),
        may_remove_contacts: who.viewer.may_remove_contacts(mine),
        call: c,
        submission: sub,
    })
}
