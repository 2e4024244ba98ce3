//! Assessments of fora against their own objectives (issue 21): an editor opens one per forum
//! and period and assigns researchers; they write its body (objectives, outputs, impacts,
//! ratings, method and limits) in versions, record interviews (notes kept apart), code
//! passages; the forum's secretariat replies to the draft; an editor publishes. The store only
//! keeps all this: who reads what is the application's policy.

use agora_core::account::AccountId;

use crate::StoreError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssessment {
    pub id: String,
    pub forum: String,
    pub from_year: i32,
    pub to_year: i32,
    /// The body (`agora_core::assessment::Body`) as JSON.
    pub body: String,
    pub opened_by: AccountId,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAssessment {
    pub id: String,
    pub forum: String,
    pub from_year: i32,
    pub to_year: i32,
    /// `draft` or `published`.
    pub status: String,
    pub body: String,
    /// 1 when opened, one more on each change of the body.
    pub version: i64,
    pub opened_by: i64,
    pub opened_at: String,
    pub published_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResearcher {
    pub account_id: i64,
    pub assigned_by: i64,
    pub assigned_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredInterview {
    pub n: i64,
    /// What is known of it (`agora_core::assessment::Interview`) as JSON; None once withdrawn.
    pub about: Option<String>,
    /// Its notes; None once withdrawn.
    pub notes: Option<String>,
    pub recorded_by: i64,
    pub recorded_at: String,
    pub withdrawn_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCode {
    pub n: i64,
    /// The interview whose notes it codes, if it codes notes.
    pub interview: Option<i64>,
    /// The code (`agora_core::assessment::Code`) as JSON.
    pub body: String,
    pub coded_by: i64,
    pub coded_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredStep {
    pub id: i64,
    pub at: String,
    pub actor: i64,
    /// opened, assigned, objective, output, impact, rating, method, interview, extract,
    /// released, coded, withdrawn, reply, published.
    pub event: String,
    pub note: String,
}

/// What a change is, for the history: the event and its note.
#[derive(Debug, Clone, Copy)]
pub struct Step<'a> {
    pub actor: AccountId,
    pub event: &'a str,
    pub note: &'a str,
}

#[async_trait::async_trait]
pub trait AssessmentStore: Send + Sync {
    /// Open an assessment as a draft at version 1; a conflict when the forum has one for the
    /// period already.
    async fn open_assessment(&self, a: &NewAssessment) -> Result<(), StoreError>;

    /// Every assessment, by forum and period.
    async fn assessments(&self) -> Result<Vec<StoredAssessment>, StoreError>;

    async fn assessment(&self, id: &str) -> Result<Option<StoredAssessment>, StoreError>;

    /// Assign a researcher to a draft; false when assigned already or published.
    async fn assign_researcher(
        &self,
        id: &str,
        account: AccountId,
        by: AccountId,
    ) -> Result<bool, StoreError>;

    async fn assessment_researchers(&self, id: &str) -> Result<Vec<StoredResearcher>, StoreError>;

    /// Replace the body of a draft that is still at `version`: false when it is not (someone
    /// changed it meanwhile, or it was published).
    async fn write_assessment_body(
        &self,
        id: &str,
        version: i64,
        body: &str,
        step: Step<'_>,
    ) -> Result<bool, StoreError>;

    /// Record an interview in a draft: its number (from 1). The step's note must not hold the
    /// notes.
    async fn record_interview(
        &self,
        id: &str,
        about: &str,
        notes: &str,
        step: Step<'_>,
    ) -> Result<i64, StoreError>;

    /// Every interview, withdrawn ones too, by number.
    async fn interviews(&self, id: &str) -> Result<Vec<StoredInterview>, StoreError>;

    /// Replace what is known of an interview of a draft still holding `about` as it was read:
    /// false when it changed, was withdrawn, or the assessment is published.
    async fn update_interview(
        &self,
        id: &str,
        n: i64,
        was: &str,
        about: &str,
        step: Step<'_>,
    ) -> Result<bool, StoreError>;

    /// Withdraw an interview, of a draft or of a published report: its notes, what is known of
    /// it and the codes of its passages are deleted; the row says only that it was withdrawn.
    /// False when it was withdrawn already.
    async fn withdraw_interview(
        &self,
        id: &str,
        n: i64,
        step: Step<'_>,
    ) -> Result<bool, StoreError>;

    /// Code a passage of a draft (of an interview's notes when `interview` is given, which
    /// must not be withdrawn): its number.
    async fn add_code(
        &self,
        id: &str,
        interview: Option<i64>,
        body: &str,
        step: Step<'_>,
    ) -> Result<Option<i64>, StoreError>;

    async fn codes(&self, id: &str) -> Result<Vec<StoredCode>, StoreError>;

    /// Add a step to the history of a draft (a reply to it): false once it is published.
    async fn add_assessment_step(&self, id: &str, step: Step<'_>) -> Result<bool, StoreError>;

    /// Publish a draft: false when it is published already.
    async fn publish_assessment(&self, id: &str, step: Step<'_>) -> Result<bool, StoreError>;

    /// The history, oldest first.
    async fn assessment_steps(&self, id: &str) -> Result<Vec<StoredStep>, StoreError>;
}
