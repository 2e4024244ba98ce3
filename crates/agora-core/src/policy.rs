//! The access policy: the one place that answers "may this viewer see this?" and "may this
//! viewer take this step?". Everything else asks here.
//!
//! Roles are granted to accounts, some with a scope: `secretariat` of a forum, `focal_point` of a
//! state. Operations that need a role take a capability that only [`Viewer`] hands out, and only to
//! a viewer holding that role (see lldap in docs/STYLE.md): authorisation cannot be forgotten.
//! Participation is a fact of the registry on a day, so the policy asks the caller for it through
//! [`Participation`] rather than doing IO itself.

use std::fmt;

use agora_i18n::Said;
use serde::{Deserialize, Serialize};

use crate::date::Day;
use crate::ids::{AreaCode, ForumId};
use crate::words::word_enum;

/// A role granted to an account.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AccessRole {
    Admin,
    /// The support unit: reviews and publishes everything.
    Editor,
    /// A forum's secretariat: edits that forum's records, reads its participants-only material.
    Secretariat(ForumId),
    /// A state's focal point: reads participants-only material of the fora the state is a member
    /// of at the time of reading; submits follow-up and practices for its state.
    FocalPoint(AreaCode),
    /// Reads confidential assessment material.
    Researcher,
    /// Invited by an editor to review the practices submitted to one call for practices
    /// (by the call's number).
    Reviewer(i64),
}

/// Why a role could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleError(pub String);

impl RoleError {
    /// What is wrong, to be written in the reader's language.
    pub fn said(&self) -> Said {
        Said::new("role-not-a-role").with("input", self.0.as_str())
    }
}

crate::words::said_error!(RoleError);

impl std::str::FromStr for AccessRole {
    type Err = RoleError;
    /// `admin`, `editor`, `researcher`, `secretariat:FORUM-ID`, `focal_point:ISO3`,
    /// `reviewer:CALL`.
    fn from_str(s: &str) -> Result<AccessRole, RoleError> {
        let bad = || RoleError(s.chars().take(80).collect());
        match s.split_once(':') {
            None => match s {
                "admin" => Ok(AccessRole::Admin),
                "editor" => Ok(AccessRole::Editor),
                "researcher" => Ok(AccessRole::Researcher),
                _ => Err(bad()),
            },
            Some(("secretariat", f)) => ForumId::parse(f)
                .map(AccessRole::Secretariat)
                .map_err(|_| bad()),
            Some(("focal_point", a)) => AreaCode::parse(a)
                .map(AccessRole::FocalPoint)
                .map_err(|_| bad()),
            Some(("reviewer", n)) => match n.parse::<i64>() {
                Ok(call) if call > 0 && call.to_string() == n => Ok(AccessRole::Reviewer(call)),
                _ => Err(bad()),
            },
            Some(_) => Err(bad()),
        }
    }
}

impl fmt::Display for AccessRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AccessRole::Admin => f.write_str("admin"),
            AccessRole::Editor => f.write_str("editor"),
            AccessRole::Researcher => f.write_str("researcher"),
            AccessRole::Secretariat(id) => write!(f, "secretariat:{id}"),
            AccessRole::FocalPoint(code) => write!(f, "focal_point:{code}"),
            AccessRole::Reviewer(call) => write!(f, "reviewer:{call}"),
        }
    }
}

impl Serialize for AccessRole {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AccessRole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<AccessRole, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

word_enum! {
    /// What an API token may do with its account's roles. Reading is always allowed; the rest
    /// only when the token was made for it. A person signed in at a browser holds every scope.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Scope {
        /// Read what the account may read (participants-only and confidential material included).
        Read => "read",
        /// Propose, revise and review contributions, and upload documents, as the roles allow.
        Contribute => "contribute",
        /// An administrator's powers that take rather than give: the audit log, the list of
        /// accounts, revoking roles and disabling accounts (never an administrator's).
        Administer => "administer",
    }
}

/// The scopes of a token: `read` always, and any others it was made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Scopes {
    contribute: bool,
    administer: bool,
}

/// Why a list of scopes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeError(pub String);

impl ScopeError {
    /// What is wrong, to be written in the reader's language.
    pub fn said(&self) -> Said {
        Said::new("scope-not-a-scope").with("input", self.0.as_str())
    }
}

crate::words::said_error!(ScopeError);

impl Scopes {
    /// Reading only.
    pub const READ: Scopes = Scopes {
        contribute: false,
        administer: false,
    };

    /// These scopes (reading is always among them).
    pub fn of(scopes: &[Scope]) -> Scopes {
        Scopes {
            contribute: scopes.contains(&Scope::Contribute),
            administer: scopes.contains(&Scope::Administer),
        }
    }

    pub fn has(&self, scope: Scope) -> bool {
        match scope {
            Scope::Read => true,
            Scope::Contribute => self.contribute,
            Scope::Administer => self.administer,
        }
    }

    /// Scopes written as words separated by spaces or commas (`read contribute`).
    pub fn parse(s: &str) -> Result<Scopes, ScopeError> {
        let mut out = Vec::new();
        for word in s.split([' ', ',']).filter(|w| !w.is_empty()) {
            out.push(
                Scope::parse(word).ok_or_else(|| ScopeError(word.chars().take(40).collect()))?,
            );
        }
        Ok(Scopes::of(&out))
    }

    /// The scopes as stored and shown: `read`, then the others in order.
    pub fn words(&self) -> String {
        Scope::ALL
            .into_iter()
            .filter(|s| self.has(*s))
            .map(Scope::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// How a viewer proved who they are: in person (a session, after a password), or with an API
/// token and its scopes. Only a person manages credentials: a token never makes a token,
/// changes a password or makes an administrator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Credential {
    InPerson,
    Token(Scopes),
}

/// Who is asking: the public (no roles), or a signed-in account with its roles, in person or
/// through an API token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    roles: Vec<AccessRole>,
    credential: Credential,
}

impl Default for Viewer {
    fn default() -> Viewer {
        Viewer {
            roles: Vec::new(),
            credential: Credential::InPerson,
        }
    }
}

/// Proof that the viewer may act as an editor (review and publish anything).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditorCap(());

/// Proof that the viewer may act as an administrator (manage accounts, read the audit log).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdminCap {
    in_person: bool,
}

impl AdminCap {
    /// Whether this administrator may give powers: make an account (and receive its one-time
    /// link to set a password) or grant a role. Only in person: an `administer` token that
    /// could would give its bearer any role, through an account of its own making.
    pub fn may_give_powers(&self) -> bool {
        self.in_person
    }

    /// Whether this administrator may take powers from an account holding `roles` (revoke a
    /// role, disable it): for an administrator's account only in person, so that a token never
    /// demotes or disables one.
    pub fn may_manage(&self, roles: &[AccessRole]) -> bool {
        self.in_person || !roles.contains(&AccessRole::Admin)
    }
}

/// Proof that the viewer may propose changes to one forum's records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributorCap {
    forum: ForumId,
}

impl ContributorCap {
    pub fn forum(&self) -> &ForumId {
        &self.forum
    }
}

/// Proof that the viewer may report an error in one forum's records: it opens an error report
/// and nothing else ([`Proposer::may_draft`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReporterCap {
    forum: ForumId,
}

/// The kind of record an error report is (see `kind::ErrorReportKind`).
pub const ERROR_REPORT: &str = "error_report";

/// Who opens a contribution, with the proof that they may: a forum's contributor (its
/// secretariat or an editor) or a reporter of an error. The store asks it before it keeps one.
#[derive(Debug, Clone, Copy)]
pub enum Proposer<'a> {
    Contributor(&'a ContributorCap),
    Reporter(&'a ReporterCap),
}

impl Proposer<'_> {
    pub fn forum(&self) -> &ForumId {
        match self {
            Proposer::Contributor(c) => &c.forum,
            Proposer::Reporter(r) => &r.forum,
        }
    }

    /// Whether this proposer may open a contribution of these records (`kinds`: the first
    /// record's kind, then those proposed with it) carrying document texts or not: a reporter
    /// opens one error report, alone and without texts.
    pub fn may_draft<'k>(&self, mut kinds: impl Iterator<Item = &'k str>, texts: bool) -> bool {
        match self {
            Proposer::Contributor(_) => true,
            Proposer::Reporter(_) => {
                kinds.next() == Some(ERROR_REPORT) && kinds.next().is_none() && !texts
            }
        }
    }
}

/// Who takes part in which forum on a day: the registry answers, the policy asks.
pub trait Participation {
    /// Whether `state` is a member (role `member`) of `forum` on `day`.
    fn is_member(&self, state: &AreaCode, forum: &ForumId, day: Day) -> bool;
}

/// Who may see a thing: the one visibility type, which documents store as it is (`{"level":
/// "participants", "forum": ..., "public_from": ...}`) and the search index encodes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "level", rename_all = "snake_case")]
pub enum Visibility {
    Public,
    /// The participants of a forum: focal points of its member states (on the day of reading),
    /// its secretariat, editors and admins. An embargo date, if any, makes it public from that day.
    Participants {
        forum: ForumId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        public_from: Option<Day>,
    },
    /// Named roles only: researchers, editors and admins.
    Confidential,
}

impl Visibility {
    /// Its level, as stored and filtered on: `public`, `participants`, `confidential`.
    pub fn level(&self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Participants { .. } => "participants",
            Visibility::Confidential => "confidential",
        }
    }
}

impl Viewer {
    /// The public.
    pub fn anonymous() -> Viewer {
        Viewer::default()
    }

    /// A signed-in account with its roles, in person.
    pub fn with_roles(roles: impl IntoIterator<Item = AccessRole>) -> Viewer {
        let mut roles: Vec<AccessRole> = roles.into_iter().collect();
        roles.sort();
        roles.dedup();
        Viewer {
            roles,
            credential: Credential::InPerson,
        }
    }

    /// The same account acting through an API token with `scopes`.
    pub fn through_token(self, scopes: Scopes) -> Viewer {
        Viewer {
            credential: Credential::Token(scopes),
            ..self
        }
    }

    /// Whether the viewer's credential allows `scope` (a person in person holds every scope).
    pub fn may(&self, scope: Scope) -> bool {
        match self.credential {
            Credential::InPerson => true,
            Credential::Token(s) => s.has(scope),
        }
    }

    /// Whether the viewer is a person signed in (not a program with a token): only a person
    /// makes or revokes API tokens and changes the account's password.
    pub fn in_person(&self) -> bool {
        self.credential == Credential::InPerson
    }

    pub fn roles(&self) -> &[AccessRole] {
        &self.roles
    }

    pub fn is_anonymous(&self) -> bool {
        self.roles.is_empty()
    }

    fn has(&self, role: &AccessRole) -> bool {
        self.roles.contains(role)
    }

    /// Editors and admins (who hold every editor power), whatever their credential allows them
    /// to do: what they may read.
    fn editor_role(&self) -> bool {
        self.has(&AccessRole::Editor) || self.has(&AccessRole::Admin)
    }

    /// Admins hold every editor power; a token needs the `contribute` scope to use them.
    pub fn as_editor(&self) -> Option<EditorCap> {
        (self.editor_role() && self.may(Scope::Contribute)).then_some(EditorCap(()))
    }

    /// An admin in person, or through a token with the `administer` scope.
    pub fn as_admin(&self) -> Option<AdminCap> {
        (self.has(&AccessRole::Admin) && self.may(Scope::Administer)).then_some(AdminCap {
            in_person: self.credential == Credential::InPerson,
        })
    }

    /// The forum's secretariat, or an editor, may propose changes to a forum's records (a
    /// token needs the `contribute` scope).
    pub fn as_contributor(&self, forum: &ForumId) -> Option<ContributorCap> {
        (self.may_open_contributions_of(forum) && self.may(Scope::Contribute)).then(|| {
            ContributorCap {
                forum: forum.clone(),
            }
        })
    }

    /// Anyone signed in may report an error in a forum's records, with a source (a person, or a
    /// token with the `contribute` scope): the report becomes a contribution that editors
    /// review. `signed_in` says whether an account is behind the viewer (an anonymous viewer
    /// and an account without roles look alike here).
    pub fn as_reporter(&self, forum: &ForumId, signed_in: bool) -> Option<ReporterCap> {
        (signed_in && self.may(Scope::Contribute)).then(|| ReporterCap {
            forum: forum.clone(),
        })
    }

    /// A forum's secretariat, or an editor, opens the forum's reporting cycles and validates
    /// or queries their reports (a token needs the `contribute` scope).
    pub fn may_keep_cycles_of(&self, forum: &ForumId) -> bool {
        self.may_open_contributions_of(forum) && self.may(Scope::Contribute)
    }

    /// A state's focal point reports for that state in a reporting cycle (a token needs the
    /// `contribute` scope). The cycle must also be one the viewer may see.
    pub fn may_report_for(&self, state: &AreaCode) -> bool {
        self.has(&AccessRole::FocalPoint(state.clone())) && self.may(Scope::Contribute)
    }

    /// Whether the viewer reports for some state (a focal point, with the `contribute` scope).
    pub fn reports_somewhere(&self) -> bool {
        self.may(Scope::Contribute)
            && self
                .roles
                .iter()
                .any(|r| matches!(r, AccessRole::FocalPoint(_)))
    }

    /// Whether the viewer may read the contributions to a forum's records: its secretariat
    /// and editors, with any credential.
    pub fn may_open_contributions_of(&self, forum: &ForumId) -> bool {
        self.editor_role() || self.has(&AccessRole::Secretariat(forum.clone()))
    }

    /// Whether the viewer may read every contribution (editors and admins).
    pub fn may_open_every_contribution(&self) -> bool {
        self.editor_role()
    }

    /// The fora whose contributions the viewer may open, of those in `wanted` (every forum
    /// when None); None when the viewer may open every contribution.
    pub fn contribution_fora(&self, wanted: Option<&[ForumId]>) -> Option<Vec<ForumId>> {
        if self.may_open_every_contribution() {
            return wanted.map(<[ForumId]>::to_vec);
        }
        Some(
            self.roles
                .iter()
                .filter_map(|r| match r {
                    AccessRole::Secretariat(f) => Some(f.clone()),
                    _ => None,
                })
                .filter(|f| wanted.is_none_or(|w| w.contains(f)))
                .collect(),
        )
    }

    /// The role a viewer acts in on a forum's records, as the history shows it: the forum's
    /// secretariat, else editor, else administrator; None for anyone else.
    pub fn acting_role(&self, forum: &ForumId) -> Option<AccessRole> {
        let secretariat = AccessRole::Secretariat(forum.clone());
        if self.has(&secretariat) {
            Some(secretariat)
        } else if self.has(&AccessRole::Editor) {
            Some(AccessRole::Editor)
        } else if self.has(&AccessRole::Admin) {
            Some(AccessRole::Admin)
        } else {
            None
        }
    }

    /// Editors open calls for practices, invite reviewers, override a conflict of interest
    /// and decide on reviewed practices (a token needs the `contribute` scope).
    pub fn may_run_calls(&self) -> bool {
        self.as_editor().is_some()
    }

    /// Whether the viewer may read every submission and review, with the reviewers' names
    /// (editors and admins, with any credential).
    pub fn may_read_every_submission(&self) -> bool {
        self.editor_role()
    }

    /// Whether an editor invited the viewer to review the practices of a call.
    pub fn invited_to_review(&self, call: i64) -> bool {
        self.has(&AccessRole::Reviewer(call))
    }

    /// A reviewer of a call, with the `contribute` scope, may accept the invitation, declare
    /// a conflict of interest and score a practice.
    pub fn may_review_for(&self, call: i64) -> bool {
        self.invited_to_review(call) && self.may(Scope::Contribute)
    }

    /// Who may submit a practice to a call: a forum's secretariat, a state's focal point, or
    /// an editor on their behalf (a token needs the `contribute` scope).
    pub fn may_submit_practices(&self) -> bool {
        self.contributes_somewhere() || self.reports_somewhere()
    }

    /// Whether the viewer may submit a practice applied by these fora and states: an editor
    /// (on anyone's behalf), the secretariat of one of the fora, the focal point of one of the
    /// states (a token needs the `contribute` scope).
    pub fn may_submit_practice_about(&self, fora: &[ForumId], states: &[AreaCode]) -> bool {
        self.may(Scope::Contribute)
            && (self.editor_role()
                || fora
                    .iter()
                    .any(|f| self.has(&AccessRole::Secretariat(f.clone())))
                || states
                    .iter()
                    .any(|a| self.has(&AccessRole::FocalPoint(a.clone()))))
    }

    /// The submitter of a practice reads its reviews, without their authors' names, once an
    /// editor has returned or decided it (editors read them by [`Viewer::may_read_reviews`]).
    pub fn may_read_decided_reviews(&self, submitter: bool, decided: bool) -> bool {
        submitter && decided
    }

    /// Who may read a submitted practice before it is published: its submitter, the call's
    /// reviewers, editors. Never the public, a researcher or another forum's secretariat.
    pub fn may_read_submission(&self, submitter: bool, call: i64) -> bool {
        self.editor_role() || submitter || self.invited_to_review(call)
    }

    /// Whether the viewer may read the other reviews of a round of a practice. One who reviews
    /// it (`reviewing`: declared in the round) reads them once their own is in and the reviews
    /// needed are all in — an editor too: reviews are blind to each other until then. Anyone
    /// else reads them only as an editor.
    pub fn may_read_reviews(&self, reviewing: bool, own_in: bool, all_in: bool) -> bool {
        match reviewing {
            true => own_in && all_in,
            false => self.editor_role(),
        }
    }

    /// Who acted at each step of a submission, and what a reviewer's step says (an
    /// affiliation refused, the totals that asked a third reviewer): editors only.
    pub fn may_read_review_notes(&self) -> bool {
        self.editor_role()
    }

    /// Whether the viewer has a stake in a practice whatever affiliation they stated: the
    /// secretariat of a forum it names, the focal point of a state it names. A conflict of
    /// interest as a reviewer, as a named affiliation is.
    pub fn has_stake_in(&self, fora: &[ForumId], states: &[AreaCode]) -> bool {
        self.roles.iter().any(|r| match r {
            AccessRole::Secretariat(f) => fora.contains(f),
            AccessRole::FocalPoint(a) => states.contains(a),
            _ => false,
        })
    }

    /// The people to contact about a practice not yet published: its submitter and editors
    /// (reviewers judge the practice, not who to call about it).
    pub fn may_see_submission_contacts(&self, submitter: bool) -> bool {
        submitter || self.editor_role()
    }

    /// The contact details of a published practice are for people signed in (`signed_in`:
    /// an account is behind the viewer, whatever its roles).
    pub fn may_see_contacts(&self, signed_in: bool) -> bool {
        signed_in
    }

    /// Who may remove the contact details of a practice: the person who gave them (its
    /// submitter), or an editor (a token needs the `contribute` scope).
    pub fn may_remove_contacts(&self, submitter: bool) -> bool {
        self.may(Scope::Contribute) && (submitter || self.editor_role())
    }

    /// Whether the viewer may propose changes to some forum's records (an editor, or some
    /// forum's secretariat): who may open the upload form at all.
    pub fn contributes_somewhere(&self) -> bool {
        self.may(Scope::Contribute)
            && (self.editor_role()
                || self
                    .roles
                    .iter()
                    .any(|r| matches!(r, AccessRole::Secretariat(_))))
    }

    /// May this viewer see that a record changed? `visibility` is the record's visibility now,
    /// None when it no longer exists (a change to a record the viewer cannot look up, or that
    /// is gone, is not shown: a removed restricted document leaves no trace in public lists).
    pub fn may_see_change(
        &self,
        visibility: Option<&Visibility>,
        day: Day,
        registry: &dyn Participation,
    ) -> bool {
        visibility.is_some_and(|v| self.may_see(v, day, registry))
    }

    /// May this viewer see a thing of this visibility, on this day?
    pub fn may_see(&self, visibility: &Visibility, day: Day, registry: &dyn Participation) -> bool {
        match visibility {
            Visibility::Public => true,
            Visibility::Participants { forum, public_from } => {
                public_from.is_some_and(|d| day >= d)
                    || self.editor_role()
                    || self.has(&AccessRole::Secretariat(forum.clone()))
                    || self.roles.iter().any(|r| match r {
                        AccessRole::FocalPoint(state) => registry.is_member(state, forum, day),
                        _ => false,
                    })
            }
            Visibility::Confidential => self.editor_role() || self.has(&AccessRole::Researcher),
        }
    }
}

/// The states of a contribution (a proposed change to records).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContributionState {
    Draft,
    Submitted,
    InReview,
    ChangesRequested,
    Published,
    Withdrawn,
}

impl ContributionState {
    pub const ALL: [ContributionState; 6] = [
        ContributionState::Draft,
        ContributionState::Submitted,
        ContributionState::InReview,
        ContributionState::ChangesRequested,
        ContributionState::Published,
        ContributionState::Withdrawn,
    ];
}

word_enum! {
    /// A step a person takes on a contribution.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Step {
        /// The author hands a draft (or a reworked contribution) to the editors.
        Submit => "submit",
        /// An editor takes a submitted contribution up.
        StartReview => "start_review",
        /// An editor sends it back to the author.
        RequestChanges => "request_changes",
        /// An editor applies it to the records.
        Publish => "publish",
        /// An editor takes a published contribution back.
        Withdraw => "withdraw",
    }
}

impl Step {
    /// The step in words, as its button says it.
    pub fn said(self) -> Said {
        Said::new("contribution-step").with("step", self.as_str())
    }
}

/// Why a step was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepRefused {
    NotFromHere { from: ContributionState, step: Step },
    NotAllowed(Step),
}

impl StepRefused {
    /// What is wrong, to be written in the reader's language.
    pub fn said(&self) -> Said {
        match self {
            StepRefused::NotFromHere { from, step } => Said::new("step-not-from-here")
                .with("state", from.said())
                .with("step", step.said()),
            StepRefused::NotAllowed(step) => {
                Said::new("step-not-allowed").with("step", step.said())
            }
        }
    }
}

crate::words::said_error!(StepRefused);

/// A move of a contribution that the policy allowed. Only [`take_step`] and [`comment`] make
/// one, and the store moves a contribution only when handed one: a state change that skipped
/// the policy does not compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    from: ContributionState,
    to: ContributionState,
    /// None for a comment alone.
    step: Option<Step>,
}

impl Transition {
    pub fn from(&self) -> ContributionState {
        self.from
    }
    pub fn to(&self) -> ContributionState {
        self.to
    }
    pub fn step(&self) -> Option<Step> {
        self.step
    }
    /// The name logged with it: the step's, or `comment`.
    pub fn action(&self) -> &'static str {
        self.step.map(Step::as_str).unwrap_or("comment")
    }
}

/// A comment alone, without a change of state: whoever may contribute to the forum (and so may
/// open the contribution) may leave one.
pub fn comment(viewer: &Viewer, forum: &ForumId, state: ContributionState) -> Option<Transition> {
    viewer.as_contributor(forum).map(|_| Transition {
        from: state,
        to: state,
        step: None,
    })
}

/// The contribution state machine and who may take each step. `forum` is the forum whose
/// records the contribution changes; authors are that forum's secretariat (or an editor).
pub fn take_step(
    viewer: &Viewer,
    forum: &ForumId,
    from: ContributionState,
    step: Step,
) -> Result<Transition, StepRefused> {
    use ContributionState::*;
    let to = match (from, step) {
        (Draft | ChangesRequested, Step::Submit) => Submitted,
        (Submitted, Step::StartReview) => InReview,
        // An editor may publish or send back a submitted contribution in one step, when nothing
        // needs discussing, or take it up first.
        (Submitted | InReview, Step::RequestChanges) => ChangesRequested,
        (Submitted | InReview, Step::Publish) => Published,
        (Published, Step::Withdraw) => Withdrawn,
        _ => return Err(StepRefused::NotFromHere { from, step }),
    };
    let allowed = match step {
        Step::Submit => viewer.as_contributor(forum).is_some(),
        Step::StartReview | Step::RequestChanges | Step::Publish | Step::Withdraw => {
            viewer.as_editor().is_some()
        }
    };
    if allowed {
        Ok(Transition {
            from,
            to,
            step: Some(step),
        })
    } else {
        Err(StepRefused::NotAllowed(step))
    }
}

/// A reporter's error report goes to the editors at once: the one step a reporter takes, from
/// draft to submitted, with the proof that the reporter may report ([`Viewer::as_reporter`]).
pub fn submit_report(_reporter: &ReporterCap, from: ContributionState) -> Option<Transition> {
    (from == ContributionState::Draft).then_some(Transition {
        from,
        to: ContributionState::Submitted,
        step: Some(Step::Submit),
    })
}

mod assessments;
mod operators;
pub use operators::OperatorNetworks;

#[cfg(test)]
mod tests;
