//! Setting a password through a one-time link (`agora user add` and `agora user link` print it).
//! The link's token is unguessable and single-use, so it also serves as the form's CSRF token;
//! `middleware::same_origin` refuses cross-site posts before they get here.

use agora_core::account::NewPassword;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;

use super::PageError;
use crate::auth;
use crate::error::AppError;
use crate::lang::filters;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "account_setup.html")]
struct SetupPage {
    email: String,
    error: Option<String>,
    csrf: String,
}

#[derive(Template)]
#[template(path = "account_setup_done.html")]
struct SetupDone {
    email: String,
}

/// A private page whose URL holds the token: never sent on as a referrer either.
fn private(status: StatusCode, body: String) -> Response {
    let mut res = super::private(status, body);
    res.headers_mut().insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("no-referrer"),
    );
    res
}

async fn refuse(state: &AppState, why: &str) -> PageError {
    state
        .audit(
            "anonymous",
            "account.setup",
            "one-time link",
            &format!("refused: {why}"),
        )
        .await;
    PageError(AppError::InvalidLink)
}

pub async fn form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    if !auth::is_token(&token) {
        return Err(refuse(&state, "malformed link").await);
    }
    let Some(account) = state
        .store
        .account_for_setup(&auth::token_hash(&token))
        .await
        .map_err(AppError::from)?
    else {
        return Err(refuse(&state, "unknown, used or expired link").await);
    };
    let (csrf, cookie) = super::session::form_token(&state, &headers);
    let page = SetupPage {
        email: account.email.to_string(),
        error: None,
        csrf,
    };
    Ok(super::session::with_form_cookie(
        private(
            StatusCode::OK,
            crate::lang::render(&page).map_err(AppError::from)?,
        ),
        cookie,
    ))
}

pub async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    if !auth::is_token(&token) {
        return Err(refuse(&state, "malformed link").await);
    }
    let hash = auth::token_hash(&token);
    let Some(account) = state
        .store
        .account_for_setup(&hash)
        .await
        .map_err(AppError::from)?
    else {
        return Err(refuse(&state, "unknown, used or expired link").await);
    };
    let form = super::Form::read(&body)?;
    let field = |name: &str| form.field(name);
    if !super::session::form_token_ok(&state, &headers, field("csrf")) {
        let _ = refuse(&state, "bad csrf token").await;
        return Ok(super::session::form_token_refused());
    }
    let again = |error: String| -> Result<Response, PageError> {
        let page = SetupPage {
            email: account.email.to_string(),
            error: Some(error),
            csrf: field("csrf").to_owned(),
        };
        Ok(private(
            StatusCode::UNPROCESSABLE_ENTITY,
            crate::lang::render(&page).map_err(AppError::from)?,
        ))
    };
    if field("password") != field("password_again") {
        return again(crate::lang::text("account-passwords-differ"));
    }
    let password = match NewPassword::check(field("password"), &account.email) {
        Ok(p) => p,
        Err(e) => {
            return again(crate::lang::text_with(
                "account-password-refused",
                &[("why", crate::lang::said(&e.said()).into())],
            ));
        }
    };
    let stored = state.hashing.hash_new(password.expose()).await?;
    if !state
        .store
        .set_password_with_token(&hash, &stored)
        .await
        .map_err(AppError::from)?
    {
        return Err(refuse(&state, "link used while the form was open").await);
    }
    state.audit_own(&account, "account.setup").await;
    // The language the password was set in is the one Agora writes to the person in; not
    // kept, the password is set all the same.
    if let Err(e) = state
        .store
        .set_account_language(account.id, crate::lang::Here::current().locale.code())
        .await
    {
        tracing::warn!(error = %e, "an account's language could not be kept");
    }
    let page = SetupDone {
        email: account.email.to_string(),
    };
    Ok(private(
        StatusCode::OK,
        crate::lang::render(&page).map_err(AppError::from)?,
    ))
}
