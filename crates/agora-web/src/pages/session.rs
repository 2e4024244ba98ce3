//! Signing in and out. Sessions live in the database (every node shares them); the cookie holds
//! a random id of which only a hash is stored, and a new id is issued at every sign-in.
//!
//! Guessing is limited by `agora_core::throttle`: each attempt is reserved in the store before
//! its password is checked (so parallel attempts cannot get past the limit) under the account
//! and the client's address — or, for a browser that signed in to the account before (its
//! device cookie), under that device alone, so an attack from elsewhere never locks the owner
//! out. Passwords are checked a few at a time ([`crate::auth::Hashing`]); beyond that a request
//! gets 503 with Retry-After. Known and unknown e-mails, and disabled accounts, get the same
//! answer in about the same time (a password hash is always checked).

use std::net::SocketAddr;

use agora_core::account::{Account, Email};
use agora_core::throttle::{PER_ACCOUNT, PER_ADDRESS, PER_DEVICE, Rule};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{PageError, private};
use crate::auth;
use crate::error::AppError;
use crate::lang::filters;
use crate::state::AppState;

/// How long a session lasts.
pub const SESSION_HOURS: u64 = 12;
/// How long a browser that signed in is remembered as the account's device.
pub const DEVICE_DAYS: u64 = 180;
/// The longest e-mail address (RFC 5321): anything longer is refused before it is looked at.
pub const MAX_EMAIL_CHARS: usize = 254;

/// A real Argon2id hash of a random secret, made once: checked for unknown e-mails and disabled
/// accounts so that they take as long as known ones.
async fn decoy_hash() -> String {
    static DECOY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DECOY
        .get_or_init(|| async {
            let (secret, _) = auth::new_token();
            auth::hash_password(secret).await.unwrap_or_default()
        })
        .await
        .clone()
}

pub fn cookie_name(state: &AppState) -> &'static str {
    if state.secure_cookies {
        "__Host-agora_session"
    } else {
        "agora_session"
    }
}

/// Forms shown before anyone is signed in (sign in, set a password) carry a token that must
/// match a cookie set with the form (double submit): a page elsewhere cannot read the cookie, so
/// it cannot forge the post, not even to sign a person into someone else's account.
pub fn form_cookie_name(state: &AppState) -> &'static str {
    if state.secure_cookies {
        "__Host-agora_form"
    } else {
        "agora_form"
    }
}

/// The form token of this browser (a MAC of its form cookie under the installation's key), and
/// the cookie to set when it is new.
pub fn form_token(state: &AppState, headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    if let Some(c) = cookie_value(headers, form_cookie_name(state)).filter(|v| auth::is_token(v)) {
        return (auth::form_mac(&state.form_key, c), None);
    }
    let (cookie_id, _) = auth::new_token();
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{}={cookie_id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=7200{secure}",
        form_cookie_name(state)
    );
    (
        auth::form_mac(&state.form_key, &cookie_id),
        Some(HeaderValue::from_str(&cookie).expect("hex and ASCII")),
    )
}

/// Whether a posted form's token is the one made for this browser's form cookie. A client may
/// send any cookie it likes, but cannot make the token that goes with it.
pub fn form_token_ok(state: &AppState, headers: &HeaderMap, given: &str) -> bool {
    cookie_value(headers, form_cookie_name(state))
        .filter(|v| auth::is_token(v))
        .is_some_and(|c| {
            auth::constant_time_eq(
                auth::form_mac(&state.form_key, c).as_bytes(),
                given.as_bytes(),
            )
        })
}

/// The cookie that marks a browser as one that signed in to an account before.
pub fn device_cookie_name(state: &AppState) -> &'static str {
    if state.secure_cookies {
        "__Host-agora_device"
    } else {
        "agora_device"
    }
}

/// The answer to a form whose token is missing or wrong.
pub fn form_token_refused() -> Response {
    (
        StatusCode::FORBIDDEN,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        format!("{}\n", crate::lang::text("form-token-wrong")),
    )
        .into_response()
}

/// A private page with the form cookie set if it is new.
pub fn with_form_cookie(mut res: Response, cookie: Option<HeaderValue>) -> Response {
    if let Some(c) = cookie {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Whether the request names a session (valid or not).
pub fn has_session_cookie(state: &AppState, headers: &HeaderMap) -> bool {
    cookie_value(headers, cookie_name(state)).is_some()
}

/// The signed-in account of a request, its session's synchronizer token and the session's hash.
pub async fn current(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<(Account, String, String)>, AppError> {
    let Some(id) = cookie_value(headers, cookie_name(state)).filter(|v| auth::is_token(v)) else {
        return Ok(None);
    };
    let hash = auth::token_hash(id);
    Ok(state
        .store
        .session(&hash)
        .await?
        .map(|(a, csrf)| (a, csrf, hash)))
}

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    email: String,
    error: Option<String>,
    csrf: String,
}

pub async fn sign_in_form(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (csrf, cookie) = form_token(&state, &headers);
    let page = SignInPage {
        email: String::new(),
        error: None,
        csrf,
    };
    Ok(with_form_cookie(
        private(
            StatusCode::OK,
            crate::lang::render(&page).map_err(AppError::from)?,
        ),
        cookie,
    ))
}

/// A refused sign-in, for the audit log (aggregated per address and window).
async fn refused_sign_in(state: &AppState, client: &str, typed: &str, outcome: &str) {
    state
        .audit_from(client, "anonymous", "sign_in", typed, outcome)
        .await
}

pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = super::Form::read(&body)?;
    let field = |name: &str| form.field(name);
    let client = state.client_key(peer.ip(), &headers);
    if !form_token_ok(&state, &headers, field("csrf")) {
        refused_sign_in(&state, &client, field("email"), "refused: bad csrf token").await;
        return Ok(form_token_refused());
    }
    let csrf = field("csrf").to_owned();
    let typed = field("email").trim().to_owned();
    if typed.chars().count() > MAX_EMAIL_CHARS {
        refused_sign_in(&state, &client, &typed, "refused: e-mail address too long").await;
        return Err(AppError::bad(
            "email",
            agora_core::Said::new("email-too-long").with("most", MAX_EMAIL_CHARS),
        )
        .into());
    }
    let email = Email::parse(&typed).ok();
    let found = match &email {
        Some(e) => state.store.credentials(e).await.map_err(AppError::from)?,
        None => None,
    };
    // A browser that signed in to this very account before is counted on its own; any other
    // attempt under the account asked for and the client's address.
    let device = cookie_value(&headers, device_cookie_name(&state))
        .filter(|v| auth::is_token(v))
        .map(auth::token_hash);
    let trusted = match (&device, &found) {
        (Some(d), Some((a, _))) => {
            state
                .store
                .trusted_device(d)
                .await
                .map_err(AppError::from)?
                == Some(a.id)
        }
        _ => false,
    };
    let keys: Vec<(String, Rule)> = match &device {
        Some(d) if trusted => vec![(format!("device:{d}"), PER_DEVICE)],
        _ => {
            let who = email
                .as_ref()
                .map_or_else(|| typed.to_lowercase(), |e| e.as_str().to_owned());
            vec![
                (format!("account:{who}"), PER_ACCOUNT),
                (format!("address:{client}"), PER_ADDRESS),
            ]
        }
    };
    let names: Vec<String> = keys.iter().map(|(k, _)| k.clone()).collect();
    if let Err(wait) = state
        .store
        .reserve_attempts(&keys, agora_core::time::now_secs())
        .await
        .map_err(AppError::from)?
    {
        refused_sign_in(&state, &client, &typed, "refused: throttled").await;
        let page = SignInPage {
            email: typed.clone(),
            error: Some(crate::lang::text("sign-in-too-many")),
            csrf: csrf.clone(),
        };
        let mut res = private(
            StatusCode::TOO_MANY_REQUESTS,
            crate::lang::render(&page).map_err(AppError::from)?,
        );
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(wait));
        return Ok(res);
    }
    let (account, stored) = match found {
        Some((a, Some(h))) if !a.disabled => (Some(a), h),
        _ => (None, decoy_hash().await),
    };
    let password_ok = match state
        .hashing
        .verify(field("password").to_owned(), stored)
        .await
    {
        Ok(ok) => ok,
        Err(busy) => {
            // No password was checked: the attempt is not counted.
            state
                .store
                .release_attempts(&names)
                .await
                .map_err(AppError::from)?;
            return Err(AppError::from(busy).into());
        }
    };
    let Some(account) = account.filter(|_| password_ok) else {
        refused_sign_in(&state, &client, &typed, "refused: wrong e-mail or password").await;
        let page = SignInPage {
            email: typed,
            error: Some(crate::lang::text("sign-in-wrong")),
            csrf,
        };
        return Ok(private(
            StatusCode::UNAUTHORIZED,
            crate::lang::render(&page).map_err(AppError::from)?,
        ));
    };
    state
        .store
        .release_attempts(&names)
        .await
        .map_err(AppError::from)?;
    let (id, id_hash) = auth::new_token();
    let (csrf, _) = auth::new_token();
    state
        .store
        .create_session(
            account.id,
            &id_hash,
            &csrf,
            &agora_core::time::hours_from_now(SESSION_HOURS),
        )
        .await
        .map_err(AppError::from)?;
    // The language the person signs in in is the one Agora writes to them in; not kept, the
    // sign-in still holds (mail falls back to the page's language).
    if let Err(e) = state
        .store
        .set_account_language(account.id, crate::lang::Here::current().locale.code())
        .await
    {
        tracing::warn!(error = %e, "an account's language could not be kept");
    }
    state
        .audit_from(
            &client,
            &agora_app::actor(&account),
            "sign_in",
            account.email.as_str(),
            "ok",
        )
        .await;
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{}={id}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        cookie_name(&state),
        SESSION_HOURS * 3600
    );
    let mut res = super::see_other("/account");
    res.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).expect("hex and ASCII"),
    );
    if !trusted {
        // From now on this browser is one of the account's devices.
        let (device, device_hash) = auth::new_token();
        state
            .store
            .trust_device(
                account.id,
                &device_hash,
                &agora_core::time::hours_from_now(DEVICE_DAYS * 24),
            )
            .await
            .map_err(AppError::from)?;
        let cookie = format!(
            "{}={device}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{secure}",
            device_cookie_name(&state),
            DEVICE_DAYS * 24 * 3600
        );
        res.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_str(&cookie).expect("hex and ASCII"),
        );
    }
    Ok(res)
}

pub async fn sign_out(
    State(state): State<AppState>,
    super::Posted { who, .. }: super::Posted,
) -> Result<Response, PageError> {
    let (Some(account), Some(session)) = (who.account.as_ref(), who.session.as_ref()) else {
        return Ok(super::see_other("/account/sign-in"));
    };
    let (account, hash) = (account.clone(), session.hash.clone());
    state
        .store
        .end_session(&hash)
        .await
        .map_err(AppError::from)?;
    state.audit_own(&account, "sign_out").await;
    let mut res = super::see_other("/");
    let expired = format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
        cookie_name(&state)
    );
    res.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&expired).expect("ASCII"),
    );
    Ok(res)
}

#[cfg(test)]
mod tests {
    use argon2::password_hash::PasswordHash;

    #[tokio::test]
    async fn the_decoy_is_a_real_argon2id_hash_with_our_parameters() {
        let decoy = super::decoy_hash().await;
        let h =
            PasswordHash::new(&decoy).expect("parses, so verifying against it runs the full hash");
        assert_eq!(h.algorithm.as_str(), "argon2id");
        assert!(decoy.contains("m=19456,t=2,p=1"), "{decoy}");
        assert_eq!(decoy, super::decoy_hash().await, "made once");
    }
}
