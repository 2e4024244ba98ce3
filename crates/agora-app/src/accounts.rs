//! Accounts as every interface makes them (the CLI's `agora user`, the administrators' page):
//! an account with its roles and a one-time link to set its password, a new link for an
//! existing account; and the random tokens behind links, sessions and API tokens, stored only
//! as their SHA-256.

use agora_core::account::{Account, Email};
use agora_core::policy::AccessRole;
use agora_store::Store;
use sha2::{Digest, Sha256};

use crate::Error;

/// How long a one-time link to set a password stays valid.
pub const SETUP_LINK_HOURS: u64 = 72;
/// How long a link to set a new password, asked for by mail, works: a mailbox read later by
/// someone else finds it spent.
pub const RESET_LINK_HOURS: u64 = 2;

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new random token (256 bits, hex) and the hash under which it is stored.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source works");
    let token = hex(&bytes);
    let hash = token_hash(&token);
    (token, hash)
}

/// The stored form of a token. Tokens are long random strings, so a plain SHA-256 suffices.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Whether a string can be a token (64 hex digits): anything else is refused before any lookup.
pub fn is_token(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// Make an account with roles and a one-time link to set its password (valid
/// [`SETUP_LINK_HOURS`]): the account and the link's token (shown once, never stored).
pub async fn add(
    store: &dyn Store,
    email: &Email,
    roles: &[AccessRole],
) -> Result<(Account, String), Error> {
    let (token, hash) = new_token();
    let expires = agora_core::time::hours_from_now(SETUP_LINK_HOURS);
    let account = store.create_account(email, roles, &hash, &expires).await?;
    Ok((account, token))
}

/// A new one-time link to set the password of an existing account: its token.
pub async fn new_setup_link(store: &dyn Store, email: &Email) -> Result<String, Error> {
    link_for(store, email, SETUP_LINK_HOURS).await
}

async fn link_for(store: &dyn Store, email: &Email, hours: u64) -> Result<String, Error> {
    let (token, hash) = new_token();
    let expires = agora_core::time::hours_from_now(hours);
    store.add_setup_token(email, &hash, &expires).await?;
    Ok(token)
}

/// Someone forgot their password: when an account uses `typed` and mail is set up, a one-time
/// link to set a new one goes to that address. The answer is the same whether or not an account
/// uses it (the form says nothing of who has an account); asking too often for one address, or
/// from one client, is refused for a while. Without mail, [`Error::Conflict`]: an operator gives
/// links (`agora user link`).
pub async fn send_reset_link(
    app: &crate::App,
    typed: &str,
    client: &str,
    locale: agora_i18n::Locale,
) -> Result<(), Error> {
    let Some(mailer) = &app.mailer else {
        return Err(Error::conflict("site-sends-no-mail"));
    };
    let email = Email::parse(typed).map_err(|e| Error::bad("email", e.said()))?;
    let keys = [
        (
            format!("reset:address:{}", email.as_str()),
            agora_core::throttle::RESETS_PER_ADDRESS,
        ),
        (
            format!("reset:client:{client}"),
            agora_core::throttle::RESETS_PER_CLIENT,
        ),
    ];
    if let Err(retry_after) = app
        .store
        .reserve_attempts(&keys, agora_core::time::now_secs())
        .await?
    {
        return Err(Error::Throttled { retry_after });
    }
    let outcome = match app.store.account_by_email(&email).await? {
        Some(a) if !a.disabled => {
            let token = link_for(app.store.as_ref(), &email, RESET_LINK_HOURS).await?;
            let (subject, body) = crate::mail::Reset {
                email: email.as_str(),
                link: app
                    .public_url
                    .link(&format!("{}/account/setup/{token}", locale.prefix())),
                hours: RESET_LINK_HOURS as i64,
            }
            .write(locale);
            mailer.send_later(email.to_string(), subject, body);
            "sent"
        }
        Some(_) => "refused: account disabled",
        None => "refused: no such account",
    };
    app.audit_from(
        client,
        "anonymous",
        "account.reset_link",
        email.as_str(),
        outcome,
    )
    .await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, ha) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert!(is_token(&a) && !is_token("../etc") && !is_token(&a.to_uppercase()));
        assert_eq!(ha, token_hash(&a));
        assert_ne!(ha, a);
    }
}
