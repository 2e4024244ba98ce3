//! A forgotten password: with mail set up, a one-time link goes to the account's address (the
//! page says the same whether or not an account uses it); without, the page says to ask the
//! operator, who runs `agora user link`.

use std::net::SocketAddr;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::session::{form_token, form_token_ok, form_token_refused, with_form_cookie};
use super::{PageError, private};
use crate::error::AppError;
use crate::lang::filters;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "reset.html")]
struct ResetPage {
    csrf: String,
    /// Mail is sent: the form is offered.
    mails: bool,
    email: String,
    /// The link was asked for (the same answer whether or not an account uses the address).
    asked: bool,
    error: Option<String>,
    hours: u64,
}

fn page(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    email: String,
    asked: bool,
    error: Option<String>,
) -> Result<Response, PageError> {
    let (csrf, cookie) = form_token(state, headers);
    let page = ResetPage {
        csrf,
        mails: state.mail_configured(),
        email,
        asked,
        error,
        hours: if state.mail_configured() {
            agora_app::accounts::RESET_LINK_HOURS
        } else {
            agora_app::accounts::SETUP_LINK_HOURS
        },
    };
    Ok(with_form_cookie(
        private(status, crate::lang::render(&page).map_err(AppError::from)?),
        cookie,
    ))
}

pub async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    page(&state, &headers, StatusCode::OK, String::new(), false, None)
}

pub async fn send(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = super::Form::read(&body)?;
    if !form_token_ok(&state, &headers, form.field("csrf")) {
        return Ok(form_token_refused());
    }
    let typed = form.field("email").trim().to_owned();
    let client = state.client_key(peer.ip(), &headers);
    match agora_app::accounts::send_reset_link(
        &state,
        &typed,
        &client,
        crate::lang::Here::current().locale,
    )
    .await
    {
        Ok(()) => page(&state, &headers, StatusCode::OK, typed, true, None),
        Err(agora_app::Error::BadParameter { message, .. }) => page(
            &state,
            &headers,
            StatusCode::BAD_REQUEST,
            typed,
            false,
            Some(crate::lang::said(&message)),
        ),
        Err(agora_app::Error::Conflict(_)) => {
            page(&state, &headers, StatusCode::CONFLICT, typed, false, None)
        }
        Err(e) => Err(AppError::from(e).into()),
    }
}
