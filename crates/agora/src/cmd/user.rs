//! `agora user`: accounts and their roles. No account or password exists until an administrator
//! creates one here; a new account gets a one-time link to set its own password.

use std::process::ExitCode;

use agora_core::account::Email;
use agora_core::policy::{AccessRole, Scope, Scopes};
use agora_store::Store;
use anyhow::{Context, bail};

/// Manage accounts and roles.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Create an account with roles and print a one-time link to set its password.
    Add {
        email: String,
        /// A role: admin, editor, researcher, secretariat:FORUM-ID or focal_point:ISO3 (repeatable).
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        #[command(flatten)]
        site: super::Site,
    },
    /// Print a new one-time link to set an account's password (e.g. when the first expired).
    Link {
        email: String,
        #[command(flatten)]
        site: super::Site,
    },
    /// Give an account a role.
    Grant { email: String, role: String },
    /// Take a role away from an account.
    Revoke { email: String, role: String },
    /// Disable an account: it can no longer sign in, and its unused links stop working.
    Disable { email: String },
    /// Make an API token for an account (printed once; only its hash is stored). It reads with
    /// the account's roles, and contributes or administers only with those scopes, until it is
    /// revoked on the account page, the account's password changes or the account is disabled.
    Token {
        email: String,
        /// What the token is for, e.g. the program that uses it.
        #[arg(long, default_value = "made with agora user token")]
        name: String,
        /// What it may do besides reading: contribute, administer (repeatable).
        #[arg(long = "scope")]
        scopes: Vec<String>,
    },
    /// List accounts with their roles.
    List,
}

/// An audit event of the command line (done by whoever runs it on the server).
fn cli<'a>(action: &'a str, target: &'a str) -> agora_store::AuditEvent<'a> {
    agora_store::AuditEvent {
        actor: "cli",
        action,
        target,
        outcome: "ok",
        client: "",
    }
}

fn email(s: &str) -> anyhow::Result<Email> {
    Ok(Email::parse(s)?)
}

/// Parse a role and check that its scope exists in the registry.
async fn role(store: &dyn Store, s: &str) -> anyhow::Result<AccessRole> {
    let role: AccessRole = s.parse()?;
    let catalogue = store.catalogue().await?;
    match &role {
        AccessRole::Secretariat(f) if !catalogue.fora.contains(f) => {
            bail!("unknown forum '{f}' in role '{s}'")
        }
        AccessRole::FocalPoint(a) if !catalogue.areas.contains(a) => {
            bail!("unknown state '{a}' in role '{s}'")
        }
        _ => Ok(role),
    }
}

/// Say what granting or revoking a role did: `done` when it changed the account, else `not`.
fn print_role_change(e: &Email, r: &AccessRole, changed: bool, done: &str, not: &str) {
    println!("{e}: {} {r}", if changed { done } else { not });
}

fn link(public_url: &agora_app::PublicUrl, token: &str) -> String {
    public_url.link(&format!("/account/setup/{token}"))
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(place).await?;
    let store = store.as_ref();
    match args.action {
        Action::Add {
            email: e,
            roles,
            site,
        } => {
            let e = email(&e)?;
            let mut parsed = Vec::new();
            for r in &roles {
                parsed.push(role(store, r).await?);
            }
            let (account, token) = agora_app::accounts::add(store, &e, &parsed)
                .await
                .context("creating the account")?;
            store.audit(cli("user.add", e.as_str())).await?;
            println!(
                "created {} with roles: {}",
                account.email,
                roles_text(&account.roles)
            );
            println!(
                "one-time link to set the password (valid {} hours):",
                agora_app::accounts::SETUP_LINK_HOURS
            );
            println!("{}", link(&site.for_links(&place.data_dir), &token));
        }
        Action::Link { email: e, site } => {
            let e = email(&e)?;
            let token = agora_app::accounts::new_setup_link(store, &e).await?;
            store.audit(cli("user.link", e.as_str())).await?;
            println!(
                "one-time link to set the password of {e} (valid {} hours):",
                agora_app::accounts::SETUP_LINK_HOURS
            );
            println!("{}", link(&site.for_links(&place.data_dir), &token));
        }
        Action::Grant { email: e, role: r } => {
            let (e, r) = (email(&e)?, role(store, &r).await?);
            let changed = store.grant_role(&e, &r).await?;
            store.audit(cli("user.grant", &format!("{e} {r}"))).await?;
            print_role_change(&e, &r, changed, "granted", "already had");
        }
        Action::Revoke { email: e, role: r } => {
            let (e, r): (Email, AccessRole) = (email(&e)?, r.parse()?);
            let changed = store.revoke_role(&e, &r).await?;
            store.audit(cli("user.revoke", &format!("{e} {r}"))).await?;
            print_role_change(&e, &r, changed, "revoked", "did not have");
        }
        Action::Disable { email: e } => {
            let e = email(&e)?;
            let changed = store.disable_account(&e).await?;
            store.audit(cli("user.disable", e.as_str())).await?;
            println!(
                "{e}: {}",
                if changed {
                    "disabled"
                } else {
                    "was disabled already"
                }
            );
        }
        Action::Token {
            email: e,
            name,
            scopes,
        } => {
            let scopes = Scopes::parse(&scopes.join(" "))?;
            let e = email(&e)?;
            let account = store
                .account_by_email(&e)
                .await?
                .with_context(|| format!("no account with the e-mail {e}"))?;
            if account.disabled {
                bail!("the account {e} is disabled");
            }
            let (token, hash) = agora_app::accounts::new_token();
            if scopes.has(Scope::Administer) && !account.roles.contains(&AccessRole::Admin) {
                bail!("only an administrator's token may administer; {e} is not one");
            }
            let id = store
                .create_api_token(account.id, &name, &hash, scopes)
                .await?;
            store
                .audit(cli("token.create", &format!("{e} {id}")))
                .await?;
            println!(
                "API token for {e}, scopes {} (send as `Authorization: Bearer TOKEN`; shown once):",
                scopes.words()
            );
            println!("{token}");
        }
        Action::List => {
            let accounts = store.accounts().await?;
            if accounts.is_empty() {
                println!(
                    "no accounts (create the first admin with `agora user add EMAIL --role admin`)"
                );
            }
            for a in accounts {
                let state = match (a.disabled, a.has_password) {
                    (true, _) => "disabled",
                    (false, true) => "active",
                    (false, false) => "waiting for its password",
                };
                println!("{}\t{}\t{}", a.email, roles_text(&a.roles), state);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn roles_text(roles: &[AccessRole]) -> String {
    if roles.is_empty() {
        "(no role)".into()
    } else {
        roles
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}
