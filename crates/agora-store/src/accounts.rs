//! Accounts and how they sign in: roles, one-time links, passwords, sessions, the sign-in
//! throttle, trusted devices, API tokens; the installation's secrets and the audit log.

use agora_core::account::{Account, AccountId, Email};
use agora_core::policy::AccessRole;

use crate::StoreError;

/// One event to append to the audit log. Fields are cut to a bounded length when stored
/// ([`AUDIT_FIELD_CHARS`]); refusals (an outcome starting with `refused`) are aggregated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditEvent<'a> {
    /// Who acted: `cli`, `account:ID`, `anonymous`, ...
    pub actor: &'a str,
    pub action: &'a str,
    pub target: &'a str,
    /// `ok`, or `refused: why`.
    pub outcome: &'a str,
    /// The client's address, when the event came over HTTP (else empty).
    pub client: &'a str,
}

impl AuditEvent<'_> {
    /// Refusals are aggregated: one row per actor, action, outcome and client in each window of
    /// [`AUDIT_WINDOW_MINUTES`], with a count.
    pub fn is_refusal(&self) -> bool {
        self.outcome.starts_with("refused")
    }
}

/// The most characters of each field of an audit event that are kept (an e-mail address has
/// at most 254); longer values are cut and marked with an ellipsis.
pub const AUDIT_FIELD_CHARS: usize = 254;
/// The most devices remembered per account (the latest ones).
pub const DEVICES_PER_ACCOUNT: i64 = 20;

/// The most client addresses with a row of their own for one kind of refusal in one window; the
/// refusals of further addresses share one row (client `*`).
pub const AUDIT_CLIENTS_PER_WINDOW: i64 = 20;

/// The window over which repeated refusals share one row.
pub const AUDIT_WINDOW_MINUTES: u32 = 15;

/// One entry of the audit log: an event, or refusals aggregated over a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    /// When it happened (for aggregated refusals: the first of them).
    pub at: String,
    /// Who acted: `cli`, `account:ID`, `anonymous`, ...
    pub actor: String,
    pub action: String,
    /// What it was about (for aggregated refusals: the first one's).
    pub target: String,
    /// `ok`, or `refused: why`.
    pub outcome: String,
    /// The client's address, or empty.
    pub client: String,
    /// How many events the entry stands for (1 unless refusals were aggregated).
    pub count: i64,
    /// The latest of them.
    pub last_at: String,
}

/// Which audit entries to list (newest first).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// This actor exactly (`account:7`, `anonymous`, `cli`).
    pub actor: Option<String>,
    /// This action exactly (`sign_in`, `contribution.publish`, ...).
    pub action: Option<String>,
    /// Only refusals (true) or only what went through (false).
    pub refused: Option<bool>,
    /// Text found in the target or the client's address (case-insensitive).
    pub text: Option<String>,
    /// Only entries older than this one (the cursor of the next page).
    pub before: Option<i64>,
}

/// An API token as its owner sees it (the token itself is shown once, at creation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    /// What it may do with its account's roles.
    pub scopes: agora_core::policy::Scopes,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// Accounts, their credentials and sessions, the secrets of the installation and the audit log.
#[async_trait::async_trait]
pub trait AccountStore: Send + Sync {
    /// Create an account with roles and a one-time link (stored as the hash of its token) to set
    /// its password. A Conflict error if the e-mail is taken.
    async fn create_account(
        &self,
        email: &Email,
        roles: &[AccessRole],
        setup_token_hash: &str,
        setup_expires_at: &str,
    ) -> Result<Account, StoreError>;

    /// Every account, by e-mail.
    async fn accounts(&self) -> Result<Vec<Account>, StoreError>;

    async fn account_by_email(&self, email: &Email) -> Result<Option<Account>, StoreError>;

    /// Grant a role; false if the account had it already. NotFound if there is no such account.
    async fn grant_role(&self, email: &Email, role: &AccessRole) -> Result<bool, StoreError>;

    /// Revoke a role; false if the account did not have it.
    async fn revoke_role(&self, email: &Email, role: &AccessRole) -> Result<bool, StoreError>;

    /// Disable an account; false if it was disabled already.
    async fn disable_account(&self, email: &Email) -> Result<bool, StoreError>;

    /// A new one-time link to set the password of an existing account.
    async fn add_setup_token(
        &self,
        email: &Email,
        token_hash: &str,
        expires_at: &str,
    ) -> Result<(), StoreError>;

    /// The account a one-time link belongs to, if the link is unused, unexpired and the account
    /// enabled.
    async fn account_for_setup(&self, token_hash: &str) -> Result<Option<Account>, StoreError>;

    /// Set the password through a one-time link: in one transaction the link is used up, the
    /// hash stored, and every session and API token of the account ended. False if the link is not (or no
    /// longer) valid.
    async fn set_password_with_token(
        &self,
        token_hash: &str,
        password_hash: &str,
    ) -> Result<bool, StoreError>;

    /// An account and its password hash, for signing in. None if there is no such account.
    async fn credentials(
        &self,
        email: &Email,
    ) -> Result<Option<(Account, Option<String>)>, StoreError>;

    /// Start a session (stored as the hash of its id) with its synchronizer token.
    async fn create_session(
        &self,
        account_id: AccountId,
        id_hash: &str,
        csrf: &str,
        expires_at: &str,
    ) -> Result<(), StoreError>;

    /// The account and synchronizer token of a live session of an enabled account.
    async fn session(&self, id_hash: &str) -> Result<Option<(Account, String)>, StoreError>;

    /// End a session; false if there was none.
    async fn end_session(&self, id_hash: &str) -> Result<bool, StoreError>;

    /// Reserve one attempt under each key, by its rule (a sign-in before its password is
    /// checked, `account:`, `address:`, `device:`; an error report, `report:`): all or none, in one transaction that holds each key's counter while it decides, so that
    /// parallel attempts are counted one after another. `now` is in seconds since the epoch.
    /// `Ok(Err(seconds))`: refused (nothing counted); try again in that many seconds.
    async fn reserve_attempts(
        &self,
        keys: &[(String, agora_core::throttle::Rule)],
        now: i64,
    ) -> Result<Result<(), u64>, StoreError>;

    /// Give back the attempts reserved under these keys (the password was right).
    async fn release_attempts(&self, keys: &[String]) -> Result<(), StoreError>;

    /// Remember a device (the hash of its cookie's id) as one that signed in to an account; an
    /// account keeps its latest [`DEVICES_PER_ACCOUNT`]. A password change forgets them all.
    async fn trust_device(
        &self,
        account_id: AccountId,
        id_hash: &str,
        expires_at: &str,
    ) -> Result<(), StoreError>;

    /// The account a device signed in to, if it is remembered and unexpired.
    async fn trusted_device(&self, id_hash: &str) -> Result<Option<AccountId>, StoreError>;

    /// Forget attempt counters last used before `before` (seconds since the epoch), and
    /// expired devices. How many rows went.
    async fn forget_stale_sign_ins(&self, before: i64) -> Result<u64, StoreError>;

    /// A secret of the installation under `name`, the same for every node: stored as `fresh`
    /// the first time it is asked for, and read back ever after.
    async fn secret(&self, name: &str, fresh: &str) -> Result<String, StoreError>;

    /// Append to the audit log: an event gets a row; a refusal adds one to the count of its
    /// window's row (one per actor, action, outcome and client), so floods stay small.
    async fn audit(&self, event: AuditEvent<'_>) -> Result<(), StoreError>;

    /// Audit entries matching a filter, newest first, at most `limit`.
    async fn audit_log(
        &self,
        filter: &AuditFilter,
        limit: i64,
    ) -> Result<Vec<AuditEntry>, StoreError>;

    /// An account by its id.
    async fn account_by_id(&self, id: AccountId) -> Result<Option<Account>, StoreError>;

    /// Keep the language an account's person last used the site in (a locale's code, `fr`):
    /// what Agora writes to them in (the news of their contributions).
    async fn set_account_language(&self, id: AccountId, code: &str) -> Result<(), StoreError>;

    /// The language an account's person last used the site in, if known.
    async fn account_language(&self, id: AccountId) -> Result<Option<String>, StoreError>;

    /// Set an account's password, end every session of it but `keep` (a session id hash) and
    /// revoke every API token of it (a password change is when a leaked credential is cut off).
    async fn set_password(
        &self,
        account_id: AccountId,
        password_hash: &str,
        keep: Option<&str>,
    ) -> Result<(), StoreError>;

    /// Store a new API token (by the hash of its secret) with its scopes for an account; its id.
    async fn create_api_token(
        &self,
        account_id: AccountId,
        name: &str,
        token_hash: &str,
        scopes: agora_core::policy::Scopes,
    ) -> Result<i64, StoreError>;

    /// An account's API tokens, newest first.
    async fn api_tokens(&self, account_id: AccountId) -> Result<Vec<ApiToken>, StoreError>;

    /// Revoke one of an account's tokens; false if it has no such live token.
    async fn revoke_api_token(
        &self,
        account_id: AccountId,
        token_id: i64,
    ) -> Result<bool, StoreError>;

    /// The enabled account a live API token belongs to, and the token's scopes.
    async fn account_for_api_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<(Account, agora_core::policy::Scopes)>, StoreError>;
}
