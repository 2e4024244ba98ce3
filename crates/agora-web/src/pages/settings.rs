//! Account settings (password, API tokens) and administration (accounts and roles, the audit
//! log). Every page here is for one person: never cached.

use agora_core::account::{Account, Email, NewPassword};
use agora_core::policy::{AccessRole, AdminCap, Scope, Scopes};
use agora_store::AuditFilter;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::{PageError, Posted, private_page, see_other};
use crate::auth;
use crate::error::AppError;
use crate::lang::{filters, text, text_with};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub scopes: String,
    pub created: String,
    pub revoked: Option<String>,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    email: String,
    roles: Vec<super::contribute::RoleWords>,
    /// The fora whose records the account may propose changes to (its secretariats'): (id, name).
    propose: Vec<(String, String)>,
    /// What others did to the account's contributions, newest first.
    news: Vec<NewsRow>,
    /// Mail is sent too.
    mails: bool,
    csrf: String,
    editor: bool,
    admin: bool,
    tokens: Vec<TokenRow>,
    message: Option<String>,
    new_token: Option<String>,
    /// Saved searches, followed in the private feed: (id, name, the search's address).
    searches: Vec<(i64, String, String)>,
    /// When the private feed's address was made (it was shown then), if it exists.
    feed_made: Option<String>,
}

/// A step or comment someone else took on one of the account's contributions.
pub struct NewsRow {
    pub id: i64,
    pub title: String,
    pub at: String,
    pub who: super::contribute::RoleWords,
    /// The step as stored (publish, request_changes, comment...): said in words by the template.
    pub action: String,
    pub status: &'static str,
    pub comment: String,
}

/// Log a change of the account's password: `outcome` is ok, or why it was refused.
async fn audit_password_change(state: &AppState, who: &Who, account: &Account, outcome: &str) {
    state
        .audit(
            &who.actor(),
            "account.password",
            account.email.as_str(),
            outcome,
        )
        .await;
}

/// The account page again, a 400 saying why what was asked is refused.
async fn refused(state: &AppState, who: &Who, message: String) -> Result<Response, PageError> {
    account_page(state, who, StatusCode::BAD_REQUEST, Some(message), None).await
}

async fn account_page(
    state: &AppState,
    who: &Who,
    status: StatusCode,
    message: Option<String>,
    new_token: Option<String>,
) -> Result<Response, PageError> {
    let account = who.account()?;
    let tokens = state
        .store
        .api_tokens(account.id)
        .await
        .map_err(AppError::from)?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            scopes: t.scopes.words(),
            created: t
                .created_at
                .chars()
                .take(16)
                .collect::<String>()
                .replace('T', " "),
            revoked: t
                .revoked_at
                .map(|r| r.chars().take(16).collect::<String>().replace('T', " ")),
        })
        .collect();
    let registry = state.registry().await?;
    let propose = account
        .roles
        .iter()
        .filter_map(|r| match r {
            agora_core::policy::AccessRole::Secretariat(f) => {
                Some((f.to_string(), registry.forum_name(f).to_owned()))
            }
            _ => None,
        })
        .collect();
    let news = agora_app::news::news(state, &who.caller())
        .await?
        .into_iter()
        .map(|(c, e)| NewsRow {
            id: c.id,
            title: c.title.clone(),
            at: e.at.chars().take(16).collect::<String>().replace('T', " "),
            who: super::contribute::RoleWords::of(&e.actor_role, &registry),
            action: e.action.clone(),
            status: e.state.as_str(),
            comment: e.comment.clone(),
        })
        .collect();
    let searches = agora_app::feeds::saved(state, &who.caller())
        .await?
        .into_iter()
        .map(|s| (s.id, s.name, format!("/search?{}", s.query)))
        .collect();
    let feed_made = agora_app::feeds::key_made(state, &who.caller())
        .await?
        .map(|at| at.chars().take(16).collect::<String>().replace('T', " "));
    let page = AccountPage {
        searches,
        feed_made,
        email: account.email.to_string(),
        roles: account
            .roles
            .iter()
            .map(|r| super::contribute::RoleWords::of(&r.to_string(), &registry))
            .collect(),
        propose,
        news,
        mails: state.mail_configured(),
        csrf: who.csrf(),
        editor: who.viewer.may_open_every_contribution(),
        admin: who.viewer.as_admin().is_some(),
        tokens,
        message,
        new_token,
    };
    private_page(status, &page)
}

pub async fn account(State(state): State<AppState>, who: Who) -> Result<Response, PageError> {
    account_page(&state, &who, StatusCode::OK, None, None).await
}

/// Change the password: the current one is asked again; every other session ends.
pub async fn password(
    State(state): State<AppState>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let account = who.in_person()?.clone();
    let stored = state
        .store
        .credentials(&account.email)
        .await
        .map_err(AppError::from)?
        .and_then(|(_, h)| h)
        .unwrap_or_default();
    if !state
        .hashing
        .verify(form.field("current").to_owned(), stored)
        .await
        .map_err(AppError::from)?
    {
        audit_password_change(&state, &who, &account, "refused: wrong current password").await;
        return refused(&state, &who, text("account-current-wrong")).await;
    }
    if form.field("password") != form.field("confirm") {
        return refused(&state, &who, text("account-passwords-differ")).await;
    }
    let new = match NewPassword::check(form.field("password"), &account.email) {
        Ok(p) => p,
        Err(e) => {
            let why = text_with(
                "account-password-refused",
                &[("why", crate::lang::said(&e.said()).into())],
            );
            return refused(&state, &who, why).await;
        }
    };
    let hash = state.hashing.hash_new(new.expose()).await?;
    state
        .store
        .set_password(
            account.id,
            &hash,
            who.session.as_ref().map(|s| s.hash.as_str()),
        )
        .await
        .map_err(AppError::from)?;
    audit_password_change(&state, &who, &account, "ok").await;
    account_page(
        &state,
        &who,
        StatusCode::OK,
        Some(text("account-password-changed")),
        None,
    )
    .await
}

/// Create an API token: shown once, stored as a hash; it acts with the account's roles, within
/// its scopes (reading, and contributing or administering when ticked). Only a person signed
/// in makes one: a token never makes a token.
pub async fn create_token(
    State(state): State<AppState>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let account = who.in_person()?;
    let name = form.field("name").trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::bad_key("name", "token-name").into());
    }
    let mut scopes = vec![Scope::Read];
    for (field, scope) in [
        ("contribute", Scope::Contribute),
        ("administer", Scope::Administer),
    ] {
        match form.field(field) {
            "" => {}
            "yes" => scopes.push(scope),
            _ => return Err(AppError::bad_key(field, "tick-or-leave").into()),
        }
    }
    if scopes.contains(&Scope::Administer) && who.viewer.as_admin().is_none() {
        return Err(AppError::forbidden("token-administer-admin-only").into());
    }
    let (token, hash) = auth::new_token();
    let id = state
        .store
        .create_api_token(account.id, name, &hash, Scopes::of(&scopes))
        .await
        .map_err(AppError::from)?;
    state
        .audit(&who.actor(), "token.create", &id.to_string(), "ok")
        .await;
    account_page(
        &state,
        &who,
        StatusCode::OK,
        Some(text_with("account-token-made", &[("name", name.into())])),
        Some(token),
    )
    .await
}

pub async fn revoke_token(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, .. }: Posted,
) -> Result<Response, PageError> {
    let account = who.in_person()?;
    let n: i64 = id.parse().map_err(|_| AppError::not_found("token", &id))?;
    if !state
        .store
        .revoke_api_token(account.id, n)
        .await
        .map_err(AppError::from)?
    {
        return Err(AppError::not_found("token", &id).into());
    }
    state.audit(&who.actor(), "token.revoke", &id, "ok").await;
    Ok(see_other("/account"))
}

fn require_admin(who: &Who) -> Result<AdminCap, AppError> {
    who.account()?;
    who.viewer
        .as_admin()
        .ok_or_else(|| AppError::forbidden("page-for-administrators"))
}

/// Whether the administrator may take powers from an account with these roles: the policy
/// keeps an administrator's account for a person signed in.
fn manageable(cap: &AdminCap, roles: &[AccessRole]) -> Result<(), AppError> {
    if cap.may_manage(roles) {
        Ok(())
    } else {
        Err(AppError::forbidden("token-cannot-change-admin"))
    }
}

/// Whether the administrator may give powers (make accounts, grant roles): in person only.
fn may_give_powers(cap: &AdminCap) -> Result<(), AppError> {
    if cap.may_give_powers() {
        Ok(())
    } else {
        Err(AppError::forbidden("token-cannot-give-powers"))
    }
}

pub struct UserRow {
    pub id: String,
    pub email: String,
    pub roles: Vec<String>,
    pub status: &'static str,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage {
    csrf: String,
    users: Vec<UserRow>,
    message: Option<String>,
    link: Option<String>,
}

async fn users_page(
    state: &AppState,
    who: &Who,
    status: StatusCode,
    message: Option<String>,
    link: Option<String>,
) -> Result<Response, PageError> {
    let users = state
        .store
        .accounts()
        .await
        .map_err(AppError::from)?
        .into_iter()
        .map(|a| UserRow {
            status: if a.disabled {
                "disabled"
            } else if a.has_password {
                "active"
            } else {
                "waiting"
            },
            id: a.id.to_string(),
            email: a.email.to_string(),
            roles: a.roles.iter().map(ToString::to_string).collect(),
        })
        .collect();
    let page = UsersPage {
        csrf: who.csrf(),
        users,
        message,
        link,
    };
    private_page(status, &page)
}

pub async fn users(State(state): State<AppState>, who: Who) -> Result<Response, PageError> {
    require_admin(&who)?;
    users_page(&state, &who, StatusCode::OK, None, None).await
}

/// A role whose scope exists.
async fn checked_role(state: &AppState, s: &str) -> Result<AccessRole, AppError> {
    let role: AccessRole = s
        .trim()
        .parse()
        .map_err(|e: agora_core::policy::RoleError| AppError::bad("role", e.said()))?;
    let registry = state.registry().await?;
    match &role {
        AccessRole::Secretariat(f) if registry.forum(f.as_str()).is_none() => Err(AppError::bad(
            "role",
            agora_core::Said::new("no-such-forum").with("id", f.to_string()),
        )),
        AccessRole::FocalPoint(a) if registry.area(a.as_str()).is_none() => Err(AppError::bad(
            "role",
            agora_core::Said::new("no-such-state").with("id", a.to_string()),
        )),
        _ => Ok(role),
    }
}

/// Create an account with a role; the page shows its one-time link to set a password.
pub async fn add_user(
    State(state): State<AppState>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    may_give_powers(&require_admin(&who)?)?;
    let email = Email::parse(form.field("email")).map_err(|e| AppError::bad("email", e.said()))?;
    let role = checked_role(&state, form.field("role")).await?;
    let (_, token) = agora_app::accounts::add(state.store.as_ref(), &email, &[role]).await?;
    state
        .audit(&who.actor(), "user.add", email.as_str(), "ok")
        .await;
    users_page(
        &state,
        &who,
        StatusCode::OK,
        Some(text_with(
            "admin-account-made",
            &[
                ("email", email.as_str().into()),
                ("hours", auth::SETUP_LINK_HOURS.into()),
            ],
        )),
        Some(format!("/account/setup/{token}")),
    )
    .await
}

/// Grant or revoke a role, or disable an account.
pub async fn change_user(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let cap = require_admin(&who)?;
    let missing = || AppError::not_found("account", &id);
    let account_id: agora_core::account::AccountId = id.parse().map_err(|_| missing())?;
    let target = state
        .store
        .account_by_id(account_id)
        .await
        .map_err(AppError::from)?
        .ok_or_else(missing)?;
    let action = form.field("action");
    manageable(&cap, &target.roles)?;
    let done = match action {
        "grant" => {
            may_give_powers(&cap)?;
            let role = checked_role(&state, form.field("role")).await?;
            state.store.grant_role(&target.email, &role).await
        }
        "revoke" => {
            let role = checked_role(&state, form.field("role")).await?;
            state.store.revoke_role(&target.email, &role).await
        }
        "disable" => {
            if Some(&target.id) == who.account.as_ref().map(|a| &a.id) {
                return Err(AppError::conflict("cannot-disable-self").into());
            }
            state.store.disable_account(&target.email).await
        }
        _ => return Err(AppError::bad_key("action", "admin-action-unknown").into()),
    }
    .map_err(AppError::from)?;
    state
        .audit(
            &who.actor(),
            &format!("user.{action}"),
            target.email.as_str(),
            if done { "ok" } else { "ok: nothing to change" },
        )
        .await;
    Ok(see_other("/admin/users"))
}

pub struct AuditRow {
    pub at: String,
    /// When the latest of aggregated refusals came (None for a single event).
    pub last: Option<String>,
    pub count: i64,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub client: String,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    rows: Vec<AuditRow>,
    actor: String,
    action: String,
    outcome: String,
    q: String,
    /// The link to the next (older) page, when there is one.
    older: Option<String>,
    /// Whether this is not the first page.
    paged: bool,
}

/// Entries per page of the audit log.
const AUDIT_PAGE: i64 = 100;

fn minute(at: &str) -> String {
    at.chars().take(19).collect::<String>().replace('T', " ")
}

/// The audit log, refused attempts included (aggregated per window), newest first: filtered by
/// actor, action, outcome and text, and paged through to the very first entry.
pub async fn audit_log(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    require_admin(&who)?;
    let p = Params::parse(q.as_deref(), &["actor", "action", "outcome", "q", "before"])?;
    let refused = match p.get("outcome") {
        None | Some("any") => None,
        Some("refused") => Some(true),
        Some("ok") => Some(false),
        Some(_) => return Err(AppError::bad_key("outcome", "audit-outcome-unknown").into()),
    };
    let before = p.parse_with("before", |v| {
        v.parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| agora_core::Said::new("audit-before"))
    })?;
    let filter = AuditFilter {
        actor: p.text("actor").map(str::to_owned),
        action: p.text("action").map(str::to_owned),
        refused,
        text: p.text("q").map(str::to_owned),
        before,
    };
    let mut entries = state
        .store
        .audit_log(&filter, AUDIT_PAGE + 1)
        .await
        .map_err(AppError::from)?;
    let more = entries.len() as i64 > AUDIT_PAGE;
    entries.truncate(AUDIT_PAGE as usize);
    let older = match (more, entries.last()) {
        (true, Some(last)) => {
            let mut query: Vec<(&str, String)> = Vec::new();
            for (k, v) in [
                ("actor", &filter.actor),
                ("action", &filter.action),
                ("q", &filter.text),
            ] {
                if let Some(v) = v {
                    query.push((k, v.clone()));
                }
            }
            if let Some(o) = p.get("outcome") {
                query.push(("outcome", o.to_owned()));
            }
            query.push(("before", last.seq.to_string()));
            Some(format!(
                "/admin/audit?{}",
                serde_urlencoded::to_string(&query).expect("strings encode")
            ))
        }
        _ => None,
    };
    let rows = entries
        .into_iter()
        .map(|a| AuditRow {
            last: (a.count > 1).then(|| minute(&a.last_at)),
            at: minute(&a.at),
            count: a.count,
            actor: a.actor,
            action: a.action,
            target: a.target,
            outcome: a.outcome,
            client: a.client,
        })
        .collect();
    let page = AuditPage {
        rows,
        actor: filter.actor.unwrap_or_default(),
        action: filter.action.unwrap_or_default(),
        outcome: p.get("outcome").unwrap_or("any").to_owned(),
        q: filter.text.unwrap_or_default(),
        older,
        paged: before.is_some(),
    };
    private_page(StatusCode::OK, &page)
}
