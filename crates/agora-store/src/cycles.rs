//! Reporting cycles: a forum's secretariat (or an editor) asks a set of states to report, by a
//! deadline, where they stand on a set of recommendations; each state's focal point reports; the
//! secretariat validates or queries each report. A cycle, its reports and the reminders sent
//! for it are for the forum's participants: the application decides who sees them.

use agora_core::account::AccountId;

use crate::StoreError;

/// A cycle as it is opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCycle {
    pub forum: String,
    pub title: String,
    pub recommendations: Vec<String>,
    pub states: Vec<String>,
    /// The last day to report (YYYY-MM-DD).
    pub deadline: String,
    pub opened_by: AccountId,
}

/// A cycle as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCycle {
    pub id: i64,
    pub forum: String,
    pub title: String,
    pub recommendations: Vec<String>,
    pub states: Vec<String>,
    pub deadline: String,
    pub opened_by: i64,
    pub opened_at: String,
}

/// What a state reported on one recommendation of a cycle, and the secretariat's review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReport {
    pub id: i64,
    pub cycle_id: i64,
    pub state: String,
    pub recommendation: String,
    pub status: String,
    pub progress: i64,
    pub note: String,
    pub reported_by: i64,
    pub reported_at: String,
    /// `pending`, `validated` or `queried`.
    pub review: String,
    pub review_note: String,
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<String>,
}

/// A report as a focal point makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReport {
    pub cycle_id: i64,
    pub state: String,
    pub recommendation: String,
    pub status: String,
    pub progress: i64,
    pub note: String,
    pub reported_by: AccountId,
}

#[async_trait::async_trait]
pub trait CycleStore: Send + Sync {
    /// Open a cycle; its id.
    async fn open_cycle(&self, cycle: &NewCycle) -> Result<i64, StoreError>;

    /// Every cycle, newest first.
    async fn cycles(&self) -> Result<Vec<StoredCycle>, StoreError>;

    async fn cycle(&self, id: i64) -> Result<Option<StoredCycle>, StoreError>;

    /// A cycle's reports, by state then recommendation.
    async fn cycle_reports(&self, cycle_id: i64) -> Result<Vec<StoredReport>, StoreError>;

    /// Report, or report again on what was queried or is still pending (the review starts
    /// over); None, and nothing changed, when that report was validated already.
    async fn put_report(&self, report: &NewReport) -> Result<Option<i64>, StoreError>;

    /// Validate or query a pending report of a cycle; false, and nothing changed, when it has
    /// no such report or the report is not pending.
    async fn review_report(
        &self,
        cycle_id: i64,
        report_id: i64,
        review: &str,
        note: &str,
        by: AccountId,
    ) -> Result<bool, StoreError>;

    /// The states of a cycle reminded of what they owe, with when.
    async fn reminders(&self, cycle_id: i64) -> Result<Vec<(String, String)>, StoreError>;

    /// Note that a state was reminded; false when it had been already.
    async fn mark_reminded(&self, cycle_id: i64, state: &str) -> Result<bool, StoreError>;
}
