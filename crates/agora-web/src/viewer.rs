//! Who is asking: every route takes a [`Who`], read from an `Authorization: Bearer` API token or
//! from the session cookie, and asks the access policy (agora-core) what that viewer may do.
//! A request without either is the public. A bearer token that is unknown or revoked is refused
//! outright (401), never silently downgraded to the public view.

use agora_core::account::Account;
use agora_core::policy::Viewer;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth;
use crate::error::{ApiError, AppError};
use crate::state::AppState;

/// A signed-in person's session: its synchronizer token (for forms) and the hash of its id.
#[derive(Debug, Clone)]
pub struct Session {
    pub csrf: String,
    pub hash: String,
}

/// The viewer of a request.
#[derive(Debug, Clone)]
pub struct Who {
    pub account: Option<Account>,
    pub viewer: Viewer,
    /// Present when the request came with a session cookie (not with a token).
    pub session: Option<Session>,
}

impl Who {
    fn public() -> Who {
        Who {
            account: None,
            viewer: Viewer::anonymous(),
            session: None,
        }
    }

    fn of(account: Account, session: Option<Session>) -> Who {
        Who {
            viewer: Viewer::with_roles(account.roles.iter().cloned()),
            account: Some(account),
            session,
        }
    }

    /// The viewer [`layer`] found for a request; the public when it had no credentials.
    pub fn of_request<B>(req: &axum::http::Request<B>) -> Who {
        req.extensions()
            .get::<Who>()
            .cloned()
            .unwrap_or_else(Who::public)
    }

    /// The session's synchronizer token, for the forms of a page (empty without a session).
    pub fn csrf(&self) -> String {
        self.session
            .as_ref()
            .map(|s| s.csrf.clone())
            .unwrap_or_default()
    }

    /// The signed-in account, or [`AppError::SignInRequired`].
    pub fn account(&self) -> Result<&Account, AppError> {
        self.account.as_ref().ok_or(AppError::SignInRequired)
    }

    /// The signed-in account of a person in person (not a program with an API token): only a
    /// person makes or revokes tokens and changes the password.
    pub fn in_person(&self) -> Result<&Account, AppError> {
        let account = self.account()?;
        if !self.viewer.in_person() {
            return Err(AppError::forbidden("token-cannot-manage"));
        }
        Ok(account)
    }

    /// The viewer as the application layer's use-cases take it.
    pub fn caller(&self) -> agora_app::Caller<'_> {
        agora_app::Caller {
            account: self.account.as_ref(),
            viewer: &self.viewer,
            locale: crate::lang::Here::current().locale,
        }
    }

    /// The audit log's name for this viewer.
    pub fn actor(&self) -> String {
        match &self.account {
            Some(a) => agora_app::actor(a),
            None => "anonymous".to_owned(),
        }
    }

    /// Check a form's synchronizer token against the session's. Requests authenticated with a
    /// bearer token carry no ambient credentials and need none (what the token may do is its
    /// scopes' business, in the policy); everyone else must match.
    pub fn check_csrf(&self, given: &str) -> Result<(), AppError> {
        match &self.session {
            Some(s) if auth::constant_time_eq(s.csrf.as_bytes(), given.as_bytes()) => Ok(()),
            Some(_) => Err(AppError::forbidden("form-token-wrong")),
            None if self.account.is_some() => Ok(()),
            None => Err(AppError::SignInRequired),
        }
    }
}

/// The `Authorization: Bearer` token of a request: None without the header; Err if the header
/// is there but is not a well-formed bearer token.
fn bearer(parts: &Parts) -> Option<Result<&str, ()>> {
    let value = parts.headers.get(header::AUTHORIZATION)?;
    Some(
        value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| auth::is_token(t))
            .ok_or(()),
    )
}

/// The viewer from the request's credentials.
pub async fn who(state: &AppState, parts: &Parts) -> Result<Who, AppError> {
    if let Some(token) = bearer(parts) {
        let token = token.map_err(|_| AppError::BadToken)?;
        return match state
            .store
            .account_for_api_token(&auth::token_hash(token))
            .await?
        {
            Some((account, scopes)) => {
                let mut who = Who::of(account, None);
                who.viewer = who.viewer.through_token(scopes);
                Ok(who)
            }
            None => Err(AppError::BadToken),
        };
    }
    Ok(
        match crate::pages::session::current(state, &parts.headers).await? {
            Some((account, csrf, hash)) => Who::of(account, Some(Session { csrf, hash })),
            None => Who::public(),
        },
    )
}

fn refuse(path: &str, e: AppError) -> Response {
    if path.starts_with("/api/") {
        ApiError(e).into_response()
    } else {
        crate::pages::PageError(e).into_response()
    }
}

/// Whether a request carries credentials: a bearer token or a session cookie. (Other cookies,
/// such as the sign-in form's, say nothing about who is asking.)
pub fn has_credentials(state: &AppState, headers: &axum::http::HeaderMap) -> bool {
    headers.contains_key(header::AUTHORIZATION)
        || crate::pages::session::has_session_cookie(state, headers)
}

/// Work out the viewer once per request, before any handler: requests with credentials are
/// looked up (a bad bearer token is refused here, on every route), the rest are the public
/// without a query.
pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !has_credentials(&state, req.headers()) || req.uri().path().starts_with("/static/") {
        return next.run(req).await;
    }
    let (mut parts, body) = req.into_parts();
    match who(&state, &parts).await {
        Ok(w) => {
            parts.extensions.insert(w);
            next.run(Request::from_parts(parts, body)).await
        }
        Err(e) => refuse(parts.uri.path(), e),
    }
}

impl FromRequestParts<AppState> for Who {
    type Rejection = Response;

    /// The viewer the layer found; the public when the request had no credentials.
    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Who, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Who>()
            .cloned()
            .unwrap_or_else(Who::public))
    }
}
