//! Contributions: proposed changes to the records of a forum, reviewed and published (or
//! withdrawn) through the steps the policy allows.

use agora_core::ForumId;
use agora_core::contribution::{Contribution, Entity, RecordChange};
use agora_core::policy::{ContributionState, ContributorCap, Transition};

use crate::StoreError;

/// A contribution to store: a draft (of the forum of the capability it is stored with).
#[derive(Debug, Clone)]
pub struct NewContribution {
    pub entity: Entity,
    pub entity_id: String,
    pub title: String,
    pub base: Option<String>,
    pub proposed: String,
    pub author_id: agora_core::account::AccountId,
    pub author_role: String,
    pub comment: String,
    /// For a document: the text extracted from its file, per language (written into the
    /// library with the document when it is published).
    pub texts: Vec<(agora_core::Lang, String)>,
    /// The records after the first (`entity`, `entity_id`, `base`, `proposed`), when it
    /// carries several.
    pub also: Vec<RecordChange>,
}

/// Which contributions to list.
#[derive(Debug, Clone, Default)]
pub struct ContributionFilter {
    /// Only those changing records of these fora.
    pub fora: Option<Vec<ForumId>>,
    pub state: Option<ContributionState>,
    pub author_id: Option<agora_core::account::AccountId>,
}

/// Who takes a step and why.
#[derive(Debug, Clone)]
pub struct Actor {
    pub account_id: agora_core::account::AccountId,
    pub role: String,
    pub comment: String,
}

/// Contributions and their events.
#[async_trait::async_trait]
pub trait ContributionStore: Send + Sync {
    /// Store a draft contribution to the records of the proposer's forum (with a `create`
    /// event); its id. A proposer who may not open a contribution of these records
    /// ([`agora_core::policy::Proposer::may_draft`]: a reporter opens one error report, alone)
    /// is refused and nothing is stored.
    async fn create_contribution(
        &self,
        by: agora_core::policy::Proposer<'_>,
        c: &NewContribution,
    ) -> Result<i64, StoreError>;

    /// A contribution with its events.
    async fn contribution(&self, id: i64) -> Result<Option<Contribution>, StoreError>;

    /// The texts a document contribution carries (language, text), by language.
    async fn contribution_texts(&self, id: i64) -> Result<Vec<(String, String)>, StoreError>;

    /// Contributions matching a filter (without events), newest first.
    async fn contributions(
        &self,
        filter: &ContributionFilter,
    ) -> Result<Vec<Contribution>, StoreError>;

    /// Replace a draft's (or a sent-back contribution's) records, each with its proposal and
    /// base (the first record is `records[0]`; the list replaces the whole), logging `action`
    /// (`edit`, `rebase`). A Conflict error if it is no longer in `expected`; NotFound if it does
    /// not change the records of the capability's forum.
    async fn revise_contribution(
        &self,
        cap: &ContributorCap,
        id: i64,
        expected: ContributionState,
        records: &[RecordChange],
        action: &str,
        actor: &Actor,
    ) -> Result<(), StoreError>;

    /// Move a contribution as the policy allowed (a [`Transition`] only the policy makes),
    /// logging it. Publishing writes every record it carries and the change log in the same
    /// transaction, and is refused whole (Conflict, "stale") if any record is no longer its
    /// base; withdrawing restores every base (or removes a record the contribution created),
    /// refused whole if any record changed since it was published. A Conflict error if the
    /// contribution is no longer in the transition's `from` state. `kinds` are the declared
    /// kinds of record (a Conflict error if a record's kind is not among them): each record's
    /// owners are checked again here, and a kind without a module of its own in the store is
    /// written by the generic path (its table, key, body and derived columns).
    async fn step_contribution(
        &self,
        id: i64,
        transition: &Transition,
        actor: &Actor,
        kinds: &[std::sync::Arc<dyn agora_core::kind::RecordKind>],
    ) -> Result<(), StoreError>;
}
