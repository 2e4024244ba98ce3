//! Calls for practices and their peer review (issue 20): an editor opens a call and invites
//! reviewers, who accept with an affiliation; secretariats and focal points submit practices
//! to it; reviewers declare any conflict, then score, in rounds; an editor decides. Publishing
//! writes the practice through the generic path of its kind, logged in the change log, in the
//! same transaction as the decision. Everything here but a call itself is for the people the
//! application lets see it; the store only keeps it.

use agora_core::account::AccountId;

use crate::StoreError;

/// A call as an editor opens it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCall {
    pub title: String,
    /// A theme of the vocabulary.
    pub theme: String,
    /// The last day to submit (YYYY-MM-DD).
    pub deadline: String,
    pub questions: Vec<String>,
    pub opened_by: AccountId,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCall {
    pub id: i64,
    pub title: String,
    pub theme: String,
    pub deadline: String,
    pub questions: Vec<String>,
    pub opened_by: i64,
    pub opened_at: String,
}

/// A reviewer invited to a call, and their affiliation once they accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReviewer {
    pub call_id: i64,
    pub account_id: i64,
    pub invited_by: i64,
    pub invited_at: String,
    /// `state:ISO3`, `forum:ID` or `organisation:NAME`, as accepted.
    pub affiliation: Option<String>,
    pub accepted_at: Option<String>,
}

/// A practice as submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSubmission {
    pub call_id: i64,
    /// The id it is published under.
    pub practice_id: String,
    /// The practice (`agora_core::practice::Practice`) as JSON.
    pub body: String,
    /// The answers to the call's questions, a JSON list of strings.
    pub answers: String,
    /// The people to contact, a JSON list; kept apart from the record.
    pub contacts: String,
    pub submitted_by: AccountId,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSubmission {
    pub id: i64,
    pub call_id: i64,
    pub practice_id: String,
    pub body: String,
    pub answers: String,
    pub submitted_by: i64,
    /// `submitted`, `returned`, `published` or `rejected`.
    pub status: String,
    /// The review round: 1, then one more each time it is submitted again.
    pub round: i64,
    pub submitted_at: String,
    pub decided_at: Option<String>,
}

/// A reviewer's review of one round of a submission: declared first (no conflict), scored
/// after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReview {
    pub id: i64,
    pub submission_id: i64,
    pub round: i64,
    pub reviewer: i64,
    pub declared_at: String,
    /// The scores (`agora_core::practice::review::Scores`) as JSON, once submitted.
    pub scores: Option<String>,
    pub total: Option<i64>,
    pub submitted_at: Option<String>,
}

/// An editor's leave for a reviewer with a conflict of interest to review a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredOverride {
    pub submission_id: i64,
    pub reviewer: i64,
    pub overridden_by: i64,
    pub reason: String,
    pub at: String,
}

/// One step in a submission's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    pub id: i64,
    pub submission_id: i64,
    pub at: String,
    pub actor: i64,
    /// submitted, resubmitted, declared, refused, override, reviewed, third_asked, returned,
    /// published, rejected, contacts_removed.
    pub event: String,
    pub note: String,
}

/// An editor's decision, as the store carries it out.
#[derive(Clone, Copy)]
pub enum Decided<'a> {
    /// Published: the record (its checked id and canonical body) is written through its
    /// kind's generic path.
    Published {
        kind: &'a dyn agora_core::kind::RecordKind,
        body: &'a str,
    },
    Returned,
    Rejected,
}

#[async_trait::async_trait]
pub trait PracticeStore: Send + Sync {
    async fn open_call(&self, call: &NewCall) -> Result<i64, StoreError>;

    /// Every call, newest first.
    async fn calls(&self) -> Result<Vec<StoredCall>, StoreError>;

    async fn call(&self, id: i64) -> Result<Option<StoredCall>, StoreError>;

    /// Invite an account to review a call's practices; false when it was invited already.
    async fn invite_reviewer(
        &self,
        call_id: i64,
        account: AccountId,
        by: AccountId,
    ) -> Result<bool, StoreError>;

    /// Accept an invitation with an affiliation; false when there is no invitation, or it
    /// was accepted already.
    async fn accept_invitation(
        &self,
        call_id: i64,
        account: AccountId,
        affiliation: &str,
    ) -> Result<bool, StoreError>;

    /// A call's reviewers, in the order they were invited.
    async fn reviewers(&self, call_id: i64) -> Result<Vec<StoredReviewer>, StoreError>;

    /// Submit a practice to a call, with its contacts, logged as `submitted`: its number. A
    /// practice id already taken (published, or submitted before) is a conflict.
    async fn submit_practice(&self, s: &NewSubmission) -> Result<i64, StoreError>;

    /// Submit a returned practice again (a new round), with its new body, answers and
    /// contacts; false, and nothing changed, unless it was returned.
    async fn resubmit_practice(
        &self,
        id: i64,
        body: &str,
        answers: &str,
        contacts: &str,
        by: AccountId,
    ) -> Result<bool, StoreError>;

    /// The submissions to a call (every call when None), by number.
    async fn submissions(&self, call_id: Option<i64>) -> Result<Vec<StoredSubmission>, StoreError>;

    async fn submission(&self, id: i64) -> Result<Option<StoredSubmission>, StoreError>;

    /// A reviewer declares no conflict of interest with a round of a submission under review
    /// (logged, with `note`), while the round has fewer than `most` reviewers: counted and
    /// written in one transaction, so two declaring at once never make one too many. False,
    /// and nothing changed, when they had declared already, the round is full, or the
    /// submission is no longer under review in that round.
    async fn declare(
        &self,
        submission_id: i64,
        round: i64,
        reviewer: AccountId,
        most: i64,
        note: &str,
    ) -> Result<bool, StoreError>;

    /// An editor releases a reviewer who declared for a round and has not scored (logged), so
    /// that another may review it; false when there is no such declaration.
    async fn release_reviewer(
        &self,
        submission_id: i64,
        round: i64,
        reviewer: AccountId,
        by: AccountId,
    ) -> Result<bool, StoreError>;

    /// A reviewer's scores for a round they declared for, while it is under review (logged);
    /// false, and nothing changed, when they have not declared, have scored already, or the
    /// round was decided.
    async fn score(
        &self,
        submission_id: i64,
        round: i64,
        reviewer: AccountId,
        scores: &str,
        total: i64,
    ) -> Result<bool, StoreError>;

    /// Every review of a submission, every round, in the order declared.
    async fn reviews(&self, submission_id: i64) -> Result<Vec<StoredReview>, StoreError>;

    /// Let a reviewer with a conflict review a submission (logged); false when let already.
    async fn override_conflict(
        &self,
        submission_id: i64,
        reviewer: AccountId,
        by: AccountId,
        reason: &str,
    ) -> Result<bool, StoreError>;

    async fn overrides(&self, submission_id: i64) -> Result<Vec<StoredOverride>, StoreError>;

    /// Log a step of a submission's history.
    async fn practice_event(
        &self,
        submission_id: i64,
        actor: AccountId,
        event: &str,
        note: &str,
    ) -> Result<(), StoreError>;

    /// A submission's history, oldest first.
    async fn practice_events(&self, submission_id: i64) -> Result<Vec<StoredEvent>, StoreError>;

    /// An editor's decision on a submitted round, logged; publishing writes the record in the
    /// same transaction. False, and nothing changed, when the submission is not submitted in
    /// that round (decided already, or submitted again since).
    async fn decide_practice(
        &self,
        submission_id: i64,
        round: i64,
        decided: Decided<'_>,
        by: AccountId,
        note: &str,
    ) -> Result<bool, StoreError>;

    /// The people to contact about a practice (a JSON list), if any are kept.
    async fn practice_contacts(&self, practice_id: &str) -> Result<Option<String>, StoreError>;

    /// Remove them, for good; false when there were none.
    async fn remove_practice_contacts(&self, practice_id: &str) -> Result<bool, StoreError>;
}
